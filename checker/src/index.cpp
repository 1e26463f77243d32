#include "index.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <string>

namespace claimcheck::checker::detail {
namespace {

// The first eight bytes of a name as a big-endian number: comparing these
// orders names as comparing their first eight bytes does, with no call into
// memcmp; only names that share them are compared in full.
std::uint64_t prefix_key(std::string_view name) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < 8; ++i)
    key = key << 8 | (i < name.size() ? static_cast<unsigned char>(name[i]) : 0u);
  return key;
}

// Numbers names as they come (first seen, first numbered), then ranks them:
// rank[n] is where name n sorts among the distinct names. The table is open
// addressing over one array holding each name's hash, and names are compared
// against copies kept together in one buffer, so a lookup among a hundred
// thousand document ids costs a cache miss or two, not a node chase and a
// read back into the claim (over a kilobyte, anywhere) that first named it.
// A name that repeats the one before costs no lookup at all.
class Interner {
 public:
  std::uint32_t add(std::string_view name) {
    if (!distinct_.empty() && name == last_name_)
      return last_;
    if (2 * (distinct_.size() + 1) > slots_.size())
      grow();
    std::size_t const hash = std::hash<std::string_view>{}(name);
    std::size_t const mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].number != kEmpty && (slots_[i].hash != hash || copy(slots_[i]) != name))
      i = (i + 1) & mask;
    if (slots_[i].number == kEmpty) {
      slots_[i] = {hash, static_cast<std::uint32_t>(distinct_.size()),
                   static_cast<std::uint32_t>(name.size()), buffer_.size()};
      distinct_.push_back(name);
      buffer_.append(name);
    }
    last_name_ = name;
    last_ = slots_[i].number;
    return last_;
  }

  /// The distinct names, sorted; fills `rank` (first-seen number -> position).
  std::vector<std::string_view> sorted(std::vector<std::uint32_t>& rank) const {
    struct Entry {
      std::uint64_t prefix;
      std::string_view name;
      std::uint32_t first_seen;
    };
    std::vector<Entry> order;
    order.reserve(distinct_.size());
    for (std::size_t n = 0; n < distinct_.size(); ++n)
      order.push_back({prefix_key(distinct_[n]), distinct_[n], static_cast<std::uint32_t>(n)});
    std::sort(order.begin(), order.end(), [](Entry const& a, Entry const& b) {
      return a.prefix != b.prefix ? a.prefix < b.prefix : a.name < b.name;
    });
    rank.resize(distinct_.size());
    std::vector<std::string_view> out(distinct_.size());
    for (std::size_t r = 0; r < order.size(); ++r) {
      rank[order[r].first_seen] = static_cast<std::uint32_t>(r);
      out[r] = order[r].name;
    }
    return out;
  }

  /// Replaces first-seen numbers by ranks.
  void rerank(std::vector<std::uint32_t>& numbers) const {
    std::vector<std::uint32_t> rank;
    (void)sorted(rank);
    for (auto& n : numbers) {
      if (n != ClaimIndex::kNone)
        n = rank[n];
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::size_t hash = 0;
    std::uint32_t number = kEmpty;
    std::uint32_t size = 0;  // the name's copy in buffer_
    std::size_t offset = 0;
  };

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    std::size_t mask = slots_.size() - 1;
    for (Slot const& s : old) {
      if (s.number == kEmpty)
        continue;
      std::size_t i = s.hash & mask;
      while (slots_[i].number != kEmpty)
        i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::string_view copy(Slot const& slot) const {
    return std::string_view(buffer_).substr(slot.offset, slot.size);
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> distinct_;  // the names as given (they outlive the index)
  std::string buffer_;                      // their copies, one after another
  std::string_view last_name_;
  std::uint32_t last_ = 0;
};

std::string_view label(std::optional<extractor::ScopedPeriod> const& p) {
  return p ? std::string_view(p->period.label) : std::string_view();
}

int start_year(std::optional<extractor::ScopedPeriod> const& p) {
  if (!p || p->period.start.size() < 4)
    return 0;
  int year = 0;
  for (char ch : std::string_view(p->period.start).substr(0, 4)) {
    if (ch < '0' || ch > '9')
      return year;  // as atoi would: the digits before the first non-digit
    year = 10 * year + (ch - '0');
  }
  return year;
}

// "2015-03-31" -> 20150331; -1 for anything else.
std::int32_t iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-')
    return -1;
  std::int32_t out = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7)
      continue;
    if (s[i] < '0' || s[i] > '9')
      return -1;
    out = 10 * out + (s[i] - '0');
  }
  return out;
}

ClaimIndex::Facts facts_of(extractor::Claim const& c) {
  ClaimIndex::Facts f;
  f.low = c.quantity.low;
  f.high = c.quantity.high;
  f.level_end = is_level_end(c);
  f.at_year = start_year(level_time(c));
  f.kind = c.quantity.kind;
  f.usable = usable(c);
  f.from_lexicon = c.metric && c.metric->source == "lexicon";
  f.change = c.change.has_value();
  f.from_to = c.change && c.change->from && c.change->to;
  f.baseline = c.time.baseline.has_value();
  f.baseline_label = f.baseline && !c.time.baseline->period.label.empty();
  f.vague = c.quantity.vague;
  f.role_total = c.metric && c.metric->role == "total";
  f.comment = c.section == extractor::Section::kComment;
  // A round count ("81,000") may be rounded to its last non-zero digit, or cut
  // there ("642,000" for 642,980): widened so, it agrees with the figure it
  // stands for.
  if (c.quantity.kind == grammar::QuantityKind::kCount && f.high - f.low <= 1 &&
      std::isfinite(f.low) && c.quantity.value >= 1000 && std::fmod(c.quantity.value, 100) == 0) {
    double place = 100;
    // Two significant digits at least: "100,000" is 95,000 to 110,000, not
    // anything from 50,000.
    while (std::fmod(c.quantity.value, place * 10) == 0 && place * 10 <= c.quantity.value / 10)
      place *= 10;
    f.low = std::min(f.low, c.quantity.value - place / 2);
    f.high = std::max(f.high, c.quantity.value + place);
  }
  if (c.time.at) {
    f.at_document_date = c.time.at->resolved_from.find("document date") != std::string::npos;
  }
  if (auto const& at = level_time(c)) {
    f.at_start = iso_date(at->period.start);
    f.at_end = iso_date(at->period.end);
    f.at_dated = f.at_start >= 0 && f.at_end >= 0;
  }
  return f;
}

}  // namespace

bool usable(extractor::Claim const& c) {
  return !c.boilerplate && !c.figure_of_speech && c.confidence >= 0.3;
}

bool is_level_end(extractor::Claim const& c) {
  return c.change && !c.change->relative && c.change->from && c.change->to &&
         *c.change->to == c.quantity.value && c.time.end && !c.time.at;
}

std::optional<extractor::ScopedPeriod> const& level_time(extractor::Claim const& c) {
  return is_level_end(c) ? c.time.end : c.time.at;
}

// A counting sort: each claim goes to its group, groups keep input order.
ClaimIndex::Groups ClaimIndex::group_by(std::vector<extractor::Claim> const& claims,
                                        std::vector<std::uint32_t> const& number_of,
                                        std::size_t groups) {
  Groups out;
  out.starts.assign(groups + 1, 0);
  for (std::uint32_t n : number_of) {
    if (n != kNone)
      ++out.starts[n + 1];
  }
  for (std::size_t g = 0; g < groups; ++g)
    out.starts[g + 1] += out.starts[g];
  out.items.resize(out.starts[groups]);
  std::vector<std::uint32_t> next(out.starts.begin(), out.starts.end() - 1);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (number_of[i] != kNone)
      out.items[next[number_of[i]]++] = &claims[i];
  }
  return out;
}

// One pass over the claims reads everything the index needs from each (a
// claim is over a kilobyte, so every extra pass over a million of them is a
// pass over a gigabyte); the rest works on the compact arrays it fills.
ClaimIndex::ClaimIndex(CheckInput const& input) : claims_(&input.claims) {
  auto const& documents = input.documents;
  auto const& claims = input.claims;

  // Documents first: a document may have no claims, and a claim may name a
  // document that was not given.
  Interner docs;
  std::vector<std::uint32_t> document_numbers;
  for (auto const& d : documents)
    document_numbers.push_back(docs.add(d.id));
  Interner metrics, units, populations, measures, baselines, ends, geographies;
  std::deque<std::string> per_units;
  std::vector<std::uint32_t> unit(claims.size(), kNone), population(claims.size(), kNone),
      measure(claims.size(), kNone), baseline(claims.size(), kNone), end(claims.size(), kNone);
  std::vector<std::size_t> span_begin(claims.size());
  facts_.resize(claims.size());
  doc_of_.resize(claims.size());
  metric_of_.assign(claims.size(), kNone);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    extractor::Claim const& c = claims[i];
    doc_of_[i] = docs.add(c.doc);
    span_begin[i] = c.span.begin;
    facts_[i] = facts_of(c);
    if (!c.geography.empty())
      facts_[i].geography = geographies.add(c.geography);
    if (!c.metric || !facts_[i].usable)
      continue;
    metric_of_[i] = metrics.add(c.metric->key);
    // "£171 per child" is no sum of money to set against "£11.3m". The
    // interner keeps views: the composed name lives in `per_units` until the
    // units are ranked below.
    if (c.quantity.per.empty() || c.quantity.kind == grammar::QuantityKind::kRate) {
      unit[i] = units.add(c.quantity.unit);
    } else {
      per_units.push_back(c.quantity.unit + " per " + c.quantity.per);
      unit[i] = units.add(per_units.back());
    }
    population[i] = populations.add(c.population);
    measure[i] = measures.add(c.metric->measure);
    baseline[i] = baselines.add(label(c.time.baseline));
    end[i] = ends.add(label(c.time.end));
  }

  std::vector<std::uint32_t> rank;
  doc_ids_ = docs.sorted(rank);
  documents_.assign(doc_ids_.size(), nullptr);
  for (std::size_t i = 0; i < documents.size(); ++i)
    documents_[rank[document_numbers[i]]] = &documents[i];
  for (auto& n : doc_of_)
    n = rank[n];
  metric_keys_ = metrics.sorted(rank);
  for (auto& n : metric_of_) {
    if (n != kNone)
      n = rank[n];
  }
  units.rerank(unit);
  populations.rerank(population);
  measures.rerank(measure);
  baselines.rerank(baseline);
  ends.rerank(end);
  ranks_.resize(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i)
    ranks_[i] = Ranks{unit[i], population[i], measure[i], baseline[i], end[i]};

  by_metric_ = group_by(claims, metric_of_, metric_keys_.size());
  by_doc_ = group_by(claims, doc_of_, doc_ids_.size());
  // Text order within each document, by the offsets copied out above.
  std::vector<std::pair<std::size_t, extractor::Claim const*>> in_doc;
  for (std::uint32_t d = 0; d < doc_ids_.size(); ++d) {
    auto* first = by_doc_.items.data() + by_doc_.starts[d];
    auto* last = by_doc_.items.data() + by_doc_.starts[d + 1];
    in_doc.clear();
    for (auto* it = first; it != last; ++it)
      in_doc.push_back({span_begin[position(**it)], *it});
    std::stable_sort(in_doc.begin(), in_doc.end(),
                     [](auto const& a, auto const& b) { return a.first < b.first; });
    for (auto const& [begin, claim] : in_doc)
      *first++ = claim;
  }
}

}  // namespace claimcheck::checker::detail
