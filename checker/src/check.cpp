#include "claimcheck/checker/check.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <re2/re2.h>

#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/extractor/segment.hpp"
#include "index.hpp"
#include "intervals.hpp"

namespace claimcheck::checker {
namespace {

using detail::ClaimIndex;
using detail::is_level_end;
using detail::level_time;
using detail::usable;
using extractor::Claim;
using grammar::QuantityKind;

std::string severity_of(std::string const& verdict) {
  if (verdict == "contradicted" || verdict == "inconsistent")
    return "error";
  if (verdict == "conflict" || verdict == "disputed-baseline" || verdict == "unsupported" ||
      verdict == "variant") {
    return "warning";
  }
  return "info";
}

// "one year before 2013-14: 'the year before'": a period counted back from
// one its sentence states, as dependable as the stated one. Counted back
// from the document's date or a sentence before, it says so in brackets.
bool counted_back_from_stated(std::string_view resolved_from) {
  std::size_t const colon = resolved_from.find(": '");
  if (colon == std::string_view::npos)
    return false;
  std::string_view const how = resolved_from.substr(0, colon);
  bool const back =
      how.starts_with("one year before ") || (!how.empty() && how[0] >= '2' && how[0] <= '9' &&
                                              how.find(" years before ") != std::string_view::npos);
  return back && how.find('(') == std::string_view::npos;
}

// How far into a text its lede runs: the headline and the opening sentence.
constexpr std::size_t kLedeBytes = 400;

// Half a unit of a value's last decimal place: 67 -> 0.5, 42.8 -> 0.05.
double half_last_digit(double v) {
  double unit = 1;
  for (int places = 0; places < 4 && std::fabs(v / unit - std::round(v / unit)) > 1e-6; ++places)
    unit /= 10;
  return unit / 2;
}

// "per 10,000 aged 0-17" -> "10000", as a rate's `per` is written.
std::string per_of_unit(std::string_view unit) {
  std::string out;
  std::size_t i = unit.find_first_of("0123456789");
  for (; i != std::string_view::npos && i < unit.size(); ++i) {
    if (unit[i] >= '0' && unit[i] <= '9')
      out += unit[i];
    else if (unit[i] != ',')
      break;
  }
  return out;
}

// Formats a figure for a person: thousands separators from 1,000 up (no
// exponents: "66,410", not "6.64e+04"), one decimal at most from 100, three
// significant digits below. to_chars still costs ~600 instructions a call;
// the figures of a run repeat (a bucket's claims quote a few values, and half
// a million findings print two intervals each), so a small direct-mapped memo
// per thread answers most calls. Exact: a slot is keyed by the double's bits.
void format_figure(double v, char* out, std::size_t& size) {
  char digits[32];
  char* const end = digits + sizeof digits;
  std::to_chars_result r;
  double const a = std::fabs(v);
  bool whole = std::fabs(v - std::round(v)) < 1e-9;
  if (!std::isfinite(v)) {
    std::string_view word = v > 0 ? "inf" : std::isnan(v) ? "nan" : "-inf";
    std::copy(word.begin(), word.end(), out);
    size = word.size();
    return;
  }
  if (a >= 1000 && a < 1e18) {
    // "22,999.5 to 23,000.5": the rounding of a whole count keeps its half.
    bool const half = a < 1e9 && std::fabs(a - std::floor(a) - 0.5) < 1e-9;
    r = std::to_chars(digits, end, half ? std::trunc(v) : std::round(v), std::chars_format::fixed,
                      0);
    // Separators every three digits from the right.
    std::size_t n = static_cast<std::size_t>(r.ptr - digits), o = 0;
    std::size_t first = digits[0] == '-' ? 1 : 0;
    for (std::size_t i = 0; i < n; ++i) {
      out[o++] = digits[i];
      std::size_t left = n - i - 1;
      if (i >= first && left > 0 && left % 3 == 0)
        out[o++] = ',';
    }
    if (half) {
      out[o++] = '.';
      out[o++] = '5';
    }
    size = o;
    return;
  }
  if (whole) {
    r = std::to_chars(digits, end, v, std::chars_format::fixed, 0);
  } else if (a >= 100) {
    r = std::to_chars(digits, end, v, std::chars_format::fixed, 1);
  } else {
    r = std::to_chars(digits, end, v, std::chars_format::general, 3);
    // "general" switches to exponents below 1e-4 only; figures that small are noise.
  }
  std::size_t n = static_cast<std::size_t>(r.ptr - digits);
  // "108.0" -> "108"
  if (a >= 100 && !whole && n >= 2 && digits[n - 1] == '0' && digits[n - 2] == '.')
    n -= 2;
  std::copy(digits, digits + n, out);
  size = n;
}

void append_number(std::string& out, double v) {
  struct Slot {
    std::uint64_t bits = 0;
    bool used = false;
    std::uint8_t size = 0;
    char text[40];
  };
  thread_local std::array<Slot, 1024> memo;
  auto const bits = std::bit_cast<std::uint64_t>(v);
  Slot& slot = memo[(bits * 0x9E3779B97F4A7C15ull) >> 54];
  if (!slot.used || slot.bits != bits) {
    std::size_t size = 0;
    format_figure(v, slot.text, size);
    slot.size = static_cast<std::uint8_t>(size);
    slot.bits = bits;
    slot.used = true;
  }
  out.append(slot.text, slot.size);
}
std::string number(double v) {
  std::string out;
  append_number(out, v);
  return out;
}

std::string with_commas(double v) {
  return number(std::round(v));
}

// Money as a person writes it: "£3.6bn", "£538m", "£150"; `sign` is "£",
// "$", "€" or a code and a space ("NZD ").
std::string money(double amount, std::string_view sign = "\xC2\xA3") {
  double const a = std::fabs(amount);
  // In billions or millions where two decimals say it all; "£2,245,000",
  // not a rounded "£2.25m", where they would not.
  auto exact_in = [&](double unit) {
    double const hundredths = amount / unit * 100;
    return std::fabs(hundredths - std::round(hundredths)) < 1e-6;
  };
  std::string const s(sign);
  if (a >= 1e9 && exact_in(1e9))
    return s + number(amount / 1e9) + "bn";
  if (a >= 1e6 && exact_in(1e6))
    return s + number(amount / 1e6) + "m";
  return s + number(amount);
}

// "going to the museum", "going to work": a journey, where "going to double"
// is the future. A determiner or a place after it names where.
bool is_journey(re2::StringPiece marker, re2::StringPiece next) {
  if (!marker.ends_with("to") && !marker.ends_with("TO"))
    return false;
  static constexpr std::array<std::string_view, 20> kWhere = {
      "the",  "a",      "an",   "my",       "your",  "his",       "her",
      "our",  "their",  "this", "that",     "these", "those",     "school",
      "work", "church", "bed",  "hospital", "town",  "university"};
  std::string word(next.data(), next.size());
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return std::find(kWhere.begin(), kWhere.end(), word) != kWhere.end();
}

// The spaced hyphen, en dash or em dash that sets a phrase apart: "210 –
// roughly one in four – spilled".
constexpr std::array<std::string_view, 3> kDashes = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
bool is_a_dash(std::string_view gap) {
  return std::find(kDashes.begin(), kDashes.end(), gap) != kDashes.end();
}
bool ends_with_a_dash(std::string_view gap) {
  return std::any_of(kDashes.begin(), kDashes.end(),
                     [&](std::string_view dash) { return gap.ends_with(dash); });
}

// A sum of figures like `like`: money in its currency, counts in millions as
// millions, anything else as a number.
std::string amount_like(grammar::Quantity const& like, double v) {
  if (like.kind == grammar::QuantityKind::kMoney && like.unit == "GBP")
    return money(v);
  if (like.kind == grammar::QuantityKind::kMoney && like.unit.size() == 3)
    return money(v, like.unit == "USD"   ? "$"
                    : like.unit == "EUR" ? "\xE2\x82\xAC"
                                         : like.unit + " ");
  // "5.7 million", as counts in millions are written.
  if (like.kind == grammar::QuantityKind::kCount &&
      (like.scale == "million" || like.scale == "billion"))
    return number(v / (like.scale == "million" ? 1e6 : 1e9)) + " " + like.scale;
  return number(v);
}

FindingClaim entry(Claim const& c) {
  return FindingClaim{c.id, c.doc, c.text, {}, c.span};
}

// Built in place: `f.claims = {entry(a), entry(b)}` would copy each entry
// out of the initializer list.
std::vector<FindingClaim> entries(std::initializer_list<Claim const*> claims) {
  std::vector<FindingClaim> out;
  out.reserve(claims.size());
  for (Claim const* c : claims)
    out.push_back(FindingClaim{c->id, c->doc, c->text, std::string(), c->span});
  return out;
}

// The words of `text` in lower case, apostrophes kept ("i've").
std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t k = 0; k < text.size();) {
    while (k < text.size() && !std::isalpha(static_cast<unsigned char>(text[k])))
      ++k;
    std::string word;
    while (k < text.size() &&
           (std::isalpha(static_cast<unsigned char>(text[k])) || text[k] == '\''))
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k++])));
    if (!word.empty())
      out.push_back(std::move(word));
  }
  return out;
}

bool from_lexicon(Claim const& c) {
  return c.metric && c.metric->source == "lexicon";
}

std::string_view label_view(std::optional<extractor::ScopedPeriod> const& p) {
  return p ? std::string_view(p->period.label) : std::string_view();
}
std::string label(std::optional<extractor::ScopedPeriod> const& p) {
  return std::string(label_view(p));
}

// A year a period starts in, from its ISO start ("2010-04-01" -> 2010).
int start_year(std::optional<extractor::ScopedPeriod> const& p) {
  if (!p || p->period.start.size() < 4)
    return 0;
  return std::atoi(p->period.start.substr(0, 4).c_str());
}

bool overlaps(std::optional<extractor::ScopedPeriod> const& a,
              std::optional<extractor::ScopedPeriod> const& b) {
  if (!a || !b || a->period.start.empty() || b->period.start.empty())
    return false;
  return a->period.start <= b->period.end && b->period.start <= a->period.end;
}

// "15.5 to 16.5", "30 to inf", "£2.25bn to £2.35bn".
void append_bound(std::string& out, double v, bool as_money) {
  if (as_money && std::isfinite(v))
    out += money(v);
  else
    append_number(out, v);
}
void append_interval(std::string& out, double low, double high, bool as_money = false) {
  append_bound(out, low, as_money);
  out += " to ";
  append_bound(out, high, as_money);
}
// A sum's bounds in its own currency: "CAD 2.55bn to CAD 2.65bn".
void append_interval(std::string& out, grammar::Quantity const& q) {
  if (q.kind != QuantityKind::kMoney || q.unit.size() != 3) {
    append_interval(out, q.low, q.high, q.kind == QuantityKind::kMoney);
    return;
  }
  auto bound = [&](double v) {
    if (std::isfinite(v))
      out += amount_like(q, v);
    else
      append_number(out, v);
  };
  bound(q.low);
  out += " to ";
  bound(q.high);
}
std::string describe_interval(double low, double high) {
  std::string out;
  append_interval(out, low, high);
  return out;
}
std::string describe_interval(grammar::Quantity const& q) {
  std::string out;
  append_interval(out, q);
  return out;
}

std::string period_words(Claim const& c) {
  if (c.time.baseline && c.time.end)
    return "between " + label(c.time.baseline) + " and " + label(c.time.end);
  if (c.time.baseline)
    return "since " + label(c.time.baseline);
  if (c.time.end)
    return "to " + label(c.time.end);
  if (c.time.at)
    return "at " + label(c.time.at);
  return "with no stated period";
}

// A metric's reference series: its name and rows, looked up once per metric
// key rather than once per claim.
// "leaves" or "leaving" in the 20 bytes before `at`, any case. A fixed
// buffer: this runs for every claim of every document.
bool leaves_before(std::string_view text, std::size_t at) {
  std::size_t const from = at > 20 ? at - 20 : 0;
  char lower[20];
  std::size_t n = 0;
  for (std::size_t i = from; i < at && i < text.size(); ++i)
    lower[n++] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  std::string_view before(lower, n);
  return before.find("leaves") != std::string_view::npos ||
         before.find("leaving") != std::string_view::npos;
}

// A reference series a metric maps to, with what its rows measure: the kind
// of figure (from the unit: "GBP billion" is money, "per 10,000" a rate, a
// counted noun a count), how money is valued ("(real terms)" or "(cash)" in the
// unit), and the scale its money values are written in.
struct Series {
  std::string name;
  std::vector<corpus::ReferenceRow const*> rows;  // by period_end
  QuantityKind kind = QuantityKind::kCount;
  std::string basis;      // "real" | "cash" | "" (not said)
  double scale = 1;       // pounds per unit of a money row ("GBP billion": 1e9)
  std::string unit;       // the rows' unit as the CSV gives it
  bool snapshots = true;  // a stock counted on a day; else a flow over each row's period
  // One value of a facet ("ofsted_sif_inadequate"): it checks only a count out
  // of a whole the series' total matches ("23 of the 87"), since a count of
  // the whole or of another value is easily read as one of its.
  bool facet_value = false;
  // For a facet value's series, its family's total series ("inspected"),
  // by period_end: the whole each row's count is out of.
  std::vector<corpus::ReferenceRow const*> totals;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

Series describe_series(std::string name, std::vector<corpus::ReferenceRow const*> rows,
                       std::string const& measure) {
  Series out;
  out.name = std::move(name);
  out.snapshots = measure != "flow" && measure != "money";
  std::stable_sort(rows.begin(), rows.end(),
                   [](auto const* a, auto const* b) { return a->period_end < b->period_end; });
  out.rows = std::move(rows);
  std::string const unit = out.rows.empty() ? "" : lower(out.rows.front()->unit);
  out.unit = out.rows.empty() ? "" : out.rows.front()->unit;
  if (unit.find("gbp") != std::string::npos || unit.find("£") != std::string::npos) {
    out.kind = QuantityKind::kMoney;
    out.scale = unit.find("billion") != std::string::npos   ? 1e9
                : unit.find("million") != std::string::npos ? 1e6
                                                            : 1;
  } else if (unit.rfind("per ", 0) == 0) {
    out.kind = QuantityKind::kRate;
  } else if (unit == "percent" || unit == "%") {
    out.kind = QuantityKind::kPercent;
  }
  if (unit.find("real terms") != std::string::npos || unit.find("prices") != std::string::npos)
    out.basis = "real";
  else if (unit.find("cash") != std::string::npos)
    out.basis = "cash";
  return out;
}

class Checker {
 public:
  explicit Checker(CheckInput const& input) : in_(input), index_(input) {
    std::map<std::string_view, std::vector<corpus::ReferenceRow const*>> rows;
    for (auto const& r : in_.reference)
      rows[r.metric].push_back(&r);
    std::map<std::string_view, corpus::LexiconMetric const*> named;
    for (auto const& m : in_.lexicon.metrics)
      named.emplace(m.key, &m);
    series_.resize(index_.metric_count());
    for (std::uint32_t m = 0; m < index_.metric_count(); ++m) {
      std::string_view const key = index_.metric_key(m);
      auto found = named.find(key);
      // "ofsted_overall_inadequate": a facet of a family whose series are one
      // a value ("ofsted_sif_inadequate"), with the value last in its name.
      std::string_view facet;
      if (found == named.end()) {
        for (std::size_t cut = key.rfind('_'); cut != std::string_view::npos && cut > 0;
             cut = key.rfind('_', cut - 1)) {
          found = named.find(key.substr(0, cut));
          if (found != named.end()) {
            facet = key.substr(cut);  // "_inadequate"
            break;
          }
        }
        if (found == named.end())
          continue;
      }
      corpus::LexiconMetric const& metric = *found->second;
      // A family with facets ("ofsted_overall" by grade): its series are its
      // values'; the family itself, the whole they divide, is its total series.
      bool const by_facet = !metric.facet.empty();
      if (by_facet && facet.empty() && !metric.total_series.empty()) {
        if (auto r = rows.find(metric.total_series); r != rows.end())
          series_[m].push_back(describe_series(metric.total_series, r->second, metric.measure));
      }
      for (std::string const& name : metric.series) {
        if (!facet.empty() && !std::string_view(name).ends_with(facet))
          continue;
        auto r = rows.find(name);
        if (r != rows.end()) {
          series_[m].push_back(describe_series(name, r->second, metric.measure));
          series_[m].back().facet_value = by_facet;
          if (auto t = rows.find(metric.total_series); by_facet && t != rows.end())
            series_[m].back().totals = t->second;
        }
      }
    }
  }

  std::vector<Finding> run() {
    // Room for a finding a claim, reserved but untouched until used (pages
    // are only paid for when written): growing by doubling instead writes
    // every finding twice more and faults in twice the memory, which at half
    // a million findings is a tenth of the run.
    out_.reserve(in_.claims.size());
    baseline_disputes();
    cross_source();
    restated_under_a_shorter_key();
    parts_and_totals();
    breakdowns();
    composed_shares();
    shares_of_a_base();
    shares_said_of_the_figure_before();
    fractions_beside_their_percent();
    from_to_against_stated_change();
    levels_at_two_times_against_stated_change();
    multiples_of_a_pair();
    pairs_against_their_verbs();
    multiples_since_a_level_then();
    multiples_against_another_texts_level_then();
    percent_vs_points();
    what_is_left();
    multiples_of_another_figure();
    remainders();
    remainders_of_several_parts();
    parts_beyond_the_whole();
    listed_parts_beyond_the_whole();
    parts_then_their_total();
    list_totals();
    spending_splits();
    reference_checks();
    comment_audit();
    comments_against_their_articles();
    name_variants();
    surname_variants();
    full_name_variants();
    for (Finding& f : out_)
      lower_sentence_openers(f);
    return std::move(out_);
  }

  // A figure that opened its sentence ("An estimated 107,543", "Some 28,440")
  // is quoted mid-sentence in a finding: "From 111,029 to an estimated 107,543".
  static void lower_sentence_openers(Finding& f) {
    if (f.rule == "name-variant")
      return;  // names keep their capitals
    for (FindingClaim const& c : f.claims) {
      std::string const& t = c.text;
      if (t.size() < 2 || t[0] < 'A' || t[0] > 'Z' || t[1] < 'a' || t[1] > 'z')
        continue;
      std::string lowered = t;
      lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
      for (std::string* s : {&f.message, &f.explanation}) {
        for (std::size_t at = s->find(t); at != std::string::npos; at = s->find(t, at + 1)) {
          // Only mid-sentence: after a word, not at the start or after a full stop.
          if (at >= 2 && (*s)[at - 1] == ' ' && (*s)[at - 2] != '.')
            s->replace(at, t.size(), lowered);
        }
      }
    }
  }

 private:
  // Every rule adds its findings here, numbered in order ("F1", …) as they
  // come: a second pass over half a million findings would read them all again.
  void add(Finding&& f) {
    // Appended, not "F" + to_string(): g++ 12 warns falsely on that (-Wrestrict, PR 105329).
    f.id = "F";
    f.id += std::to_string(out_.size() + 1);
    // A rule may soften its verdict: inconsistent only within rounding is a warning.
    if (f.severity.empty())
      f.severity = severity_of(f.verdict);
    out_.push_back(std::move(f));
  }

  // A finding made where it is kept, for the rules that write many: no
  // Finding (eight strings, a vector) moved into place and destroyed after.
  Finding& open(char const* rule, char const* verdict, std::string const& metric) {
    Finding& f = out_.emplace_back();
    f.rule = rule;
    f.verdict = verdict;
    f.metric = metric;
    f.id = "F";
    f.id += std::to_string(out_.size());
    f.severity = severity_of(f.verdict);
    return f;
  }

  std::string_view title_view(std::uint32_t doc) const {
    corpus::Document const* d = index_.document(doc);
    return d && !d->title.empty() ? std::string_view(d->title) : index_.doc_id(doc);
  }
  std::string_view title_view(Claim const& c) const { return title_view(index_.doc_of(c)); }
  std::string title_of(std::uint32_t doc) const { return std::string(title_view(doc)); }
  std::string title_of(Claim const& c) const { return std::string(title_view(c)); }
  std::string key_of(std::uint32_t metric) const { return std::string(index_.metric_key(metric)); }
  bool is(Claim const& c, QuantityKind kind) const { return index_.facts(c).kind == kind; }

  // The reference series of the claim's metric that measures what the claim
  // does: money against money, a rate against a rate, a count (or a change in
  // one) against counts; or nullptr.
  Series const* series_of(Claim const& c) const {
    std::uint32_t m = index_.metric_of(c);
    if (m == ClaimIndex::kNone)
      return nullptr;
    QuantityKind want = QuantityKind::kCount;
    if ((c.metric && c.metric->measure == "money") || c.quantity.kind == QuantityKind::kMoney)
      want = QuantityKind::kMoney;
    else if (c.quantity.kind == QuantityKind::kRate)
      want = QuantityKind::kRate;
    for (Series const& s : series_[m]) {
      if (s.kind == want && (!s.facet_value || whole_of(c)))
        return &s;
    }
    return nullptr;
  }

  // The whole a count of one facet value is out of: the 87 of "23 of the
  // 87", or the total its sentence's breakdown opens with ("Of the 59
  // councils inspected …, 14 were judged good and 19 inadequate").
  std::optional<double> whole_of(Claim const& c) const {
    if (count_of_whole(c.quantity))
      return *c.quantity.denominator;
    if (c.quantity.kind != QuantityKind::kCount || !c.metric)
      return std::nullopt;
    for (Claim const* t : index_.claims_of(index_.doc_of(c))) {
      if (t->sentence_span.begin != c.sentence_span.begin || t == &c || !t->metric ||
          t->metric->role != "total" || t->quantity.kind != QuantityKind::kCount ||
          c.metric->key.size() <= t->metric->key.size() ||
          c.metric->key.compare(0, t->metric->key.size(), t->metric->key) != 0 ||
          c.metric->key[t->metric->key.size()] != '_')
        continue;
      return t->quantity.value;
    }
    return std::nullopt;
  }

  // "23 of the 87": a whole count out of a stated whole of ten or more.
  static bool count_of_whole(grammar::Quantity const& q) {
    return q.kind == QuantityKind::kRatio && q.numerator && q.denominator &&
           q.hedge == grammar::Hedge::kExact && *q.numerator == std::floor(*q.numerator) &&
           *q.denominator == std::floor(*q.denominator) && *q.denominator > *q.numerator &&
           *q.denominator >= 10;
  }

  // A series value as written in its unit: "£3.6bn" for 3.6 "GBP billion", "42,330".
  static std::string row_value(Series const& s, double v) {
    if (s.kind == QuantityKind::kRate)
      return number(v);  // "552.5", not a count's "553"
    return s.kind == QuantityKind::kMoney ? money(v * s.scale) : with_commas(v);
  }
  // A stock's row by its day ("2010-03-31 (64,400)"), a flow's by its period
  // ("2009-10 (27,800)").
  static std::string row_words(Series const& s, corpus::ReferenceRow const& r) {
    std::string const when = !s.snapshots && !r.period.empty() ? r.period : r.period_end;
    return when + " (" + row_value(s, r.value) + ")";
  }

  // --- baseline-dispute ------------------------------------------------------
  void baseline_disputes() {
    static re2::RE2 const kArgues(
        R"((?i)\bbaseline\b[^.]{0,80}\b(?:19|20)\d\d|\b(?:19|20)\d\d\b[^.]{0,60}\bbaseline\b)");
    // Sentences arguing about which baseline to use, by document.
    std::vector<std::vector<FindingClaim>> arguments(index_.doc_count());
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      corpus::Document const* doc = index_.document(d);
      if (!doc)
        continue;
      extractor::NormalizedText norm = extractor::normalize(doc->text);
      for (extractor::Span s : extractor::segment_sentences(norm.text)) {
        std::string_view sentence(norm.text.data() + s.begin, s.size());
        if (!re2::RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kArgues))
          continue;
        extractor::Span original = norm.map.to_original(s);
        FindingClaim f;
        f.doc = doc->id;
        f.sentence = doc->text.substr(original.begin, original.size());
        f.text = "baseline";
        f.span = original;
        arguments[d].push_back(std::move(f));
      }
    }
    for (std::uint32_t m = 0; m < index_.metric_count(); ++m) {
      // A subset ("aged 16 and over") or money valued otherwise ("in cash
      // terms") is another measure: each is its own dispute, as in cross-source-value.
      std::map<std::pair<std::string, std::string>, std::vector<Claim const*>> buckets;
      for (Claim const* c : index_.claims_about(m)) {
        ClaimIndex::Facts const& f = index_.facts(*c);
        if (!f.from_lexicon || !f.change || !f.baseline || c->quantity.vague)
          continue;
        // "by a quarter since 2010" too: a fraction of the baseline.
        // "5%, down from 6% in 2020" is a share's level, no change of the count.
        bool relative = (c->quantity.kind == QuantityKind::kPercent && c->change->relative) ||
                        c->quantity.kind == QuantityKind::kMultiplier ||
                        (c->quantity.kind == QuantityKind::kRatio && c->change->relative);
        bool money_pair = c->quantity.kind == QuantityKind::kMoney && c->change->from;
        if ((!relative && !money_pair) || count_of_a_part(*c))
          continue;
        // "in a decade", "over the last five years": a window counted back from
        // the day of writing is approximate, so it disputes no stated baseline.
        if (c->time.baseline->resolved_from.starts_with("relative to the document"))
          continue;
        // "up 2% on the previous year": a year-on-year change is a measure of
        // its own, not a choice of baseline; it disputes none.
        if (one_year_window(*c))
          continue;
        std::string scope = c->population;
        if (std::string const place = area(*c); !place.empty())
          scope += scope.empty() ? place.substr(1) : place;
        buckets[{scope, c->price_basis}].push_back(c);
      }
      for (auto const& [bucket, changes] : buckets)
        dispute(m, bucket.first, bucket.second, changes, arguments);
      same_figure_other_baselines(m);
    }
  }

  // A metric no lexicon knows has too many windows to call two baselines a
  // dispute, except one figure quoted from two: "up 63 per cent since 2019"
  // where the release says "risen by 63% since 2015, and by 24% since 2019".
  void same_figure_other_baselines(std::uint32_t m) {
    std::vector<Claim const*> changes;
    for (Claim const* c : index_.claims_about(m)) {
      ClaimIndex::Facts const& f = index_.facts(*c);
      if (f.from_lexicon || !f.change || !f.baseline || c->quantity.vague || !c->metric ||
          c->metric->source != "generic" || c->quantity.kind != QuantityKind::kPercent ||
          !c->change->relative || c->change->direction.empty() || one_year_window(*c) ||
          c->time.baseline->resolved_from.starts_with("relative to the document") ||
          !c->time.baseline->resolved_from.empty())
        continue;
      changes.push_back(c);
    }
    auto near = [&](Claim const& a, Claim const& b) {
      std::string const x = area(a), y = area(b);
      return x.empty() || y.empty() || x == y;
    };
    std::set<Claim const*> reported;
    for (std::size_t i = 0; i < changes.size(); ++i) {
      for (std::size_t j = i + 1; j < changes.size(); ++j) {
        Claim const& a = *changes[i];
        Claim const& b = *changes[j];
        if (index_.doc_of(a) == index_.doc_of(b) || reported.count(&a) || reported.count(&b) ||
            a.change->direction != b.change->direction || a.population != b.population ||
            !near(a, b) || !agrees(a, b) || start_year(a.time.baseline) == 0 ||
            start_year(a.time.baseline) == start_year(b.time.baseline))
          continue;
        reported.insert(&a);
        reported.insert(&b);
        std::string const key = key_of(m);
        Finding f;
        f.rule = "baseline-dispute";
        f.verdict = "disputed-baseline";
        f.metric = key;
        f.message = a.text + " and " + b.text + " for " + key + " are one " + a.change->direction +
                    " measured from two baselines (" + label(a.time.baseline) + ", " +
                    label(b.time.baseline) + ")";
        f.explanation = "The same change can only be right for one baseline. " + a.text + " (" +
                        title_of(a) + ") is " + a_change(a) + " " + period_words(a) + "; " +
                        b.text + " (" + title_of(b) + ") is " + a_change(b) + " " +
                        period_words(b) +
                        ". One of the two texts gives the figure the wrong start.";
        f.claims = entries({&a, &b});
        add(std::move(f));
      }
    }
  }

  // "an increase", "a decrease", "a change": what a change figure is, in words.
  static std::string a_change(Claim const& c) {
    std::string const& direction = c.change ? c.change->direction : std::string();
    if (direction.empty())
      return "a change";
    return (direction[0] == 'i' ? "an " : "a ") + direction;
  }

  // A change over the year to its end: its baseline a year before its end,
  // or (no end stated) the year before the text's.
  static bool one_year_window(Claim const& c) {
    if (!c.time.baseline || c.time.baseline->period.end.size() < 10)
      return false;
    std::string const& base = c.time.baseline->period.end;
    std::optional<extractor::ScopedPeriod> const& end = c.time.end ? c.time.end : c.time.at;
    if (!end || end->period.end.size() < 10)
      return false;
    int const base_month =
        std::atoi(base.substr(0, 4).c_str()) * 12 + std::atoi(base.substr(5, 2).c_str());
    int const end_month = std::atoi(end->period.end.substr(0, 4).c_str()) * 12 +
                          std::atoi(end->period.end.substr(5, 2).c_str());
    return end_month - base_month <= 12 && end_month > base_month;
  }

  void dispute(std::uint32_t m, std::string const& population, std::string const& basis,
               std::vector<Claim const*> const& changes,
               std::vector<std::vector<FindingClaim>> const& arguments) {
    // Two baselines are one when they are the same period, or a calendar
    // and a fiscal year (or a date) that overlap: "since 2010" and "since
    // 2010-11" start from one figure, "since 2010" and "since 2011" do not.
    // Read pair by pair: overlap alone would chain 2010, 2010-11 and 2011 into one.
    auto shape = [](grammar::Period const& p) {
      if (p.start.ends_with("-04-01") && p.end.ends_with("-03-31"))
        return 1;  // fiscal year
      if (p.start.ends_with("-01-01") && p.end.ends_with("-12-31"))
        return 2;  // calendar year
      return 3;
    };
    auto one_baseline = [&](Claim const* a, Claim const* b) {
      grammar::Period const& x = a->time.baseline->period;
      grammar::Period const& y = b->time.baseline->period;
      if (x.start == y.start && x.end == y.end)
        return true;
      return overlaps(a->time.baseline, b->time.baseline) && shape(x) != shape(y);
    };
    // A figure joins a group of baselines only if it is one with every member.
    std::vector<std::vector<Claim const*>> groups;
    for (Claim const* c : changes) {
      auto fits = std::find_if(groups.begin(), groups.end(), [&](auto const& group) {
        return std::all_of(group.begin(), group.end(),
                           [&](Claim const* member) { return one_baseline(member, c); });
      });
      if (fits == groups.end())
        groups.push_back({c});
      else
        fits->push_back(c);
    }
    std::size_t const distinct_baselines = groups.size();
    // (document, sentence) pairs, copied into the finding only once it is made.
    std::vector<std::pair<std::uint32_t, FindingClaim const*>> argued;
    std::set<Claim const*> disputed;  // figures whose own text argues about their baseline
    for (Claim const* c : changes) {
      auto const& in_doc = arguments[index_.doc_of(*c)];
      if (in_doc.empty())
        continue;
      // The text argues about this figure's baseline when it names that
      // baseline year and another one ("used 2012-13 …", "should have used 2010").
      std::set<int> years;
      for (auto const& a : in_doc) {
        static re2::RE2 const kYear(R"(\b((?:19|20)\d\d)\b)");
        re2::StringPiece input(a.sentence);
        std::string year;
        while (re2::RE2::FindAndConsume(&input, kYear, &year))
          years.insert(std::atoi(year.c_str()));
      }
      int own = start_year(c->time.baseline);
      if (!years.count(own) || years.size() < 2)
        continue;
      disputed.insert(c);
      for (auto const& a : in_doc) {
        if (std::none_of(argued.begin(), argued.end(), [&](auto const& x) {
              return x.second->span == a.span && x.first == index_.doc_of(*c);
            })) {
          argued.push_back({index_.doc_of(*c), &a});
        }
      }
    }
    if (distinct_baselines < 2 && argued.empty())
      return;
    std::string const key = key_of(m);
    std::string scope;
    if (!population.empty())
      scope += " (" + population + ")";
    if (!basis.empty())
      scope += " (" + basis + " terms)";
    Finding f;
    f.rule = "baseline-dispute";
    f.verdict = "disputed-baseline";
    f.metric = key;
    if (changes.size() == 1) {
      // One figure whose baseline year the text itself argues about.
      f.message = changes.front()->text + " for " + key + scope + " is measured " +
                  period_words(*changes.front()) + ", and the text argues about the baseline year";
    } else {
      f.message = std::to_string(changes.size()) + " change figures for " + key + scope +
                  " are measured from " + std::to_string(distinct_baselines) +
                  " different baselines" +
                  (argued.empty() ? "" : ", and the texts argue about the baseline year");
    }
    std::string why = "A change is only comparable with one measured over the same window. ";
    for (Claim const* c : changes) {
      why += c->text + " (" + title_of(*c) + ") is " + a_change(*c) + " " + period_words(*c);
      if (c->time.baseline && !c->time.baseline->resolved_from.empty()) {
        why += " (baseline " + c->time.baseline->resolved_from +
               (c->time.baseline->ambiguous ? "; ambiguous" : "") + ")";
      }
      // A window the text states plainly, and the series covers, has a
      // verdict of its own (the reference finding): offering another window
      // that happens to fit would hide a contradiction. Only a guessed or
      // argued-over window gets the windows that reproduce it.
      std::optional<WindowCheck> w;
      if (!vague_window(*c) && !disputed.count(c))
        w = check_window(*c);
      if (w && w->verdict != "unverifiable") {
        why += "; over that window " + w->message;
      } else {
        std::string implied = implied_windows(*c);
        if (!implied.empty())
          why += "; " + implied;
      }
      why += ". ";
      f.claims.push_back(entry(*c));
    }
    for (auto const& [doc, a] : argued) {
      why += "Argued in " + title_of(doc) + ": \"" + a->sentence + "\" ";
      f.claims.push_back(*a);
    }
    f.explanation = std::move(why);
    add(std::move(f));
  }

  // For a relative change with a reference series: which snapshots reproduce it.
  std::string implied_windows(Claim const& c) {
    Series const* series = series_of(c);
    if (!series)
      return {};
    std::string why_not = not_comparable(c, *series);
    if (!why_not.empty())
      return why_not;
    double lo, hi;
    if (!ratio_interval(c, lo, hi))
      return {};
    std::string matches;
    int found = 0;
    for (auto const* a : series->rows) {
      for (auto const* b : series->rows) {
        if (a->period_end >= b->period_end || a->value <= 0)
          continue;
        double r = b->value / a->value;
        if (r >= lo && r <= hi && found < 3) {
          matches += (found ? "; " : "") + number((r - 1) * 100) + "% matches " +
                     snapshot_words(*a, *series) + " (" + row_value(*series, a->value) + ") to " +
                     snapshot_words(*b, *series) + " (" + row_value(*series, b->value) + ") in " +
                     series->name;
          ++found;
        }
      }
    }
    return matches;
  }

  // The claimed end/baseline ratio as an interval.
  static bool ratio_interval(Claim const& c, double& lo, double& hi) {
    return ratio_interval(c, c.change ? c.change->direction : std::string(), lo, hi);
  }
  static bool ratio_interval(Claim const& c, std::string const& direction, double& lo, double& hi) {
    grammar::Quantity const& q = c.quantity;
    bool down = direction == "decrease";
    // "risen to 24%", "5%, down from 6%": levels reached, no ratio of end to
    // baseline.
    if (c.change && !c.change->relative && (c.change->from || c.change->to) &&
        q.kind != QuantityKind::kMoney && q.kind != QuantityKind::kCount)
      return false;
    if (q.kind == QuantityKind::kPercent) {
      double a = std::isfinite(q.low) ? q.low : 0, b = std::isfinite(q.high) ? q.high : 1e9;
      lo = down ? 1 - b / 100 : 1 + a / 100;
      hi = down ? 1 - a / 100 : 1 + b / 100;
      return true;
    }
    if (q.kind == QuantityKind::kMultiplier) {
      lo = q.low;
      hi = std::isfinite(q.high) ? q.high : 1e9;
      return true;
    }
    // "cut by two thirds", "up by a quarter": that fraction of the baseline
    // taken off or added. A fraction word is rounder than its digits, so it
    // allows up to half way to the next fraction of that denominator (2/3:
    // 0.58 to 0.75), not the grammar's width for a share of a whole.
    double a, b;
    if (fraction_of_change(q, a, b)) {
      lo = down ? 1 - b : 1 + a;
      hi = down ? 1 - a : 1 + b;
      return true;
    }
    return false;
  }

  // The range a figure allows in the arithmetic of one text (a change
  // between two levels, parts and what they leave), narrower than its honest
  // interval where the sum itself says more:
  // - a whole count stated to the unit ("412", "61") is that many, not 411.5
  //   to 412.5, or 412 - 61 - 287 would allow 63 to 65;
  // - a level the writer rounds with "about", "some" or "an estimated"
  //   beside the sum is rounded, not ±10%: within 2.5% of its value ("about
  //   £124bn, up from £98bn, a rise of more than a third"; a looser reading
  //   lets almost any change pass).
  static std::pair<double, double> bounds(grammar::Quantity const& q) {
    if (q.kind == QuantityKind::kCount && q.hedge == grammar::Hedge::kExact &&
        q.value == std::floor(q.value) && q.high - q.low <= 1)
      return {q.value, q.value};
    if (q.hedge == grammar::Hedge::kApprox)
      return {q.value * 0.975, q.value * 1.025};
    return {q.low, q.high};
  }

  // "cut by two thirds", "up by a quarter": what share of the baseline a
  // fraction word allows, [a, b]. A fraction word is rounder than its digits,
  // so it allows up to half way to the next fraction of that denominator
  // (2/3: 0.58 to 0.75), not the grammar's width for a share of a whole.
  static bool fraction_of_change(grammar::Quantity const& q, double& a, double& b) {
    if (q.kind != QuantityKind::kRatio || !q.denominator || *q.denominator < 2 || q.value <= 0 ||
        q.value >= 1)
      return false;
    double const band = 1 / (4 * *q.denominator);
    a = q.value - band, b = q.value + band;
    // "One in three", "a quarter": of the few unit fractions a writer picks
    // from, the nearest, so a share nearer one in four is not "one in three"
    // (25% of a whole). Past one in ten they crowd, and the band stands.
    if (q.numerator && *q.numerator == 1 && *q.denominator == std::floor(*q.denominator) &&
        *q.denominator <= 10) {
      double const k = *q.denominator;
      a = std::max(a, (1 / k + 1 / (k + 1)) / 2);
      b = std::min(b, (1 / k + 1 / (k - 1)) / 2);
    }
    // "almost a quarter" reaches up to a quarter, "more than a third" from one.
    if (q.hedge == grammar::Hedge::kNearly || q.hedge == grammar::Hedge::kLessThan ||
        q.hedge == grammar::Hedge::kAtMost)
      b = q.value;
    if (q.hedge == grammar::Hedge::kMoreThan || q.hedge == grammar::Hedge::kAtLeast)
      a = q.value;
    return true;
  }

  // --- cross-source-value ----------------------------------------------------
  // Past this many disagreeing pairs in one bucket, the bucket is one finding
  // (the largest group that agrees, and the figures outside it) instead of one
  // finding a pair: a fact-checker reads a list of outliers, not n² sentences,
  // and the output stays linear in the claims however a bucket fills up.
  static constexpr std::size_t kMaxPairFindings = 10;
  // How many figures a summary's explanation names from each side.
  static constexpr std::size_t kNamedInSummary = 20;

  // What makes two figures about one metric comparable, besides the metric:
  // kind, unit, population, measure and window, as ranks that order like the
  // words (ClaimIndex::Ranks), so bucketing sorts numbers.
  struct Comparable {
    std::uint32_t kind, unit, population, measure;
    bool change = false;
    std::uint32_t baseline = 0, end = 0;  // a change's window
    int at = 0;                           // a point figure's year
    auto operator<=>(Comparable const&) const = default;
  };

  // A kind's rank among the kinds' names ("count" < "money" < "percent" …).
  static std::uint32_t kind_rank(QuantityKind kind) {
    static auto const ranks = [] {
      std::vector<std::pair<std::string_view, int>> names;
      for (int k = 0; k <= static_cast<int>(QuantityKind::kYear); ++k)
        names.push_back({grammar::to_string(static_cast<QuantityKind>(k)), k});
      std::sort(names.begin(), names.end());
      std::vector<std::uint32_t> out(names.size());
      for (std::size_t r = 0; r < names.size(); ++r)
        out[names[r].second] = static_cast<std::uint32_t>(r);
      return out;
    }();
    return ranks[static_cast<std::size_t>(kind)];
  }

  // Read from the index alone: bucketing a million claims touches none of them.
  std::optional<Comparable> comparable(Claim const& c) const {
    ClaimIndex::Facts const& f = index_.facts(c);
    if (!(f.from_lexicon || specific_generic(c) || restatable(c)) ||
        f.kind == QuantityKind::kRange || f.vague)
      return std::nullopt;
    // Without honest bounds there is nothing to compare (and no order to sweep).
    if (std::isnan(f.low) || std::isnan(f.high))
      return std::nullopt;
    ClaimIndex::Ranks const& r = index_.ranks_of(c);
    Comparable k{kind_rank(f.kind), r.unit, r.population, r.measure};
    if (f.compared_as_change()) {
      k.change = true;
      k.baseline = r.baseline;
      k.end = r.end;
      if (!f.baseline_label)
        return std::nullopt;
    } else {
      k.at = f.at_year;
      if (k.at == 0 && !(specific_generic(c) && c.time.end))
        return std::nullopt;
      if (k.at == 0) {
        k.baseline = r.baseline;
        k.end = r.end;
      }
    }
    return k;
  }

  // A generic key of two words or more ("cpi_inflation", "unemployment_rate")
  // names one measure well enough to compare levels stated for one period
  // ("6.7% in the year to September 2023"), or changes since one stated
  // start; a one-word key ("price", "cost") does not, nor does a figure dated
  // only by its text.
  static bool specific_generic(Claim const& c) {
    if (!c.metric || c.metric->source != "generic" || c.metric->key.find('_') == std::string::npos)
      return false;
    // Stated in the figure's sentence, or the start of the window it states
    // ("the year to September 2023"); not carried, relative or the text's date.
    auto stated = [](std::optional<extractor::ScopedPeriod> const& p) {
      std::string_view const from = p ? std::string_view(p->resolved_from) : "";
      return p && (from.empty() || (from.starts_with("the ") && from.find(" to ") != from.npos)) &&
             !p->period.start.empty() && p->period.granularity != grammar::Granularity::kRelative;
    };
    // A relative change since a start the sentence states ("spending on
    // residential placements is up 87% since 2015-16"), to a stated end or none.
    if (is_level_end(c))
      return stated(c.time.end);
    if (c.change)
      return c.change->relative && !c.time.at && stated(c.time.baseline) &&
             (!c.time.end || stated(c.time.end));
    // At a point, or over a window of its own (a rate of inflation "in the
    // year to September 2023").
    return (stated(c.time.at) && !c.time.baseline && !c.time.end) ||
           (!c.time.at && stated(c.time.baseline) && stated(c.time.end));
  }
  // A one-word generic key ("people", "volunteers") is too broad to hold
  // two texts' figures to each other, except where one restates the other: a
  // count of one place and one year other than the text's date, the two
  // within kRestatedRatio of each other (compared()).
  bool restatable(Claim const& c) const {
    ClaimIndex::Facts const& f = index_.facts(c);
    return c.metric && c.metric->source == "generic" &&
           c.metric->key.find('_') == std::string::npos && f.kind == QuantityKind::kCount &&
           !c.change && f.at_year != 0 && !f.at_document_date && f.geography != ClaimIndex::kNone;
  }
  static constexpr double kRestatedRatio = 1.5;
  static bool same_period(std::optional<extractor::ScopedPeriod> const& a,
                          std::optional<extractor::ScopedPeriod> const& b) {
    return a.has_value() == b.has_value() &&
           (!a || (a->period.start == b->period.start && a->period.end == b->period.end));
  }

  // Buckets each metric's claims by what makes them comparable (one sort of
  // the metric's claims), then checks each bucket on its own.
  void cross_source() {
    std::vector<std::pair<Comparable, Claim const*>> keyed;
    std::vector<Claim const*> members;
    for (std::uint32_t m = 0; m < index_.metric_count(); ++m) {
      keyed.clear();
      for (Claim const* c : index_.claims_about(m)) {
        if (auto k = comparable(*c))
          keyed.push_back({*k, c});
      }
      std::stable_sort(keyed.begin(), keyed.end(),
                       [](auto const& a, auto const& b) { return a.first < b.first; });
      for (std::size_t i = 0, j = 0; i < keyed.size(); i = j) {
        members.clear();
        for (j = i; j < keyed.size() && keyed[j].first == keyed[i].first; ++j)
          members.push_back(keyed[j].second);
        check_bucket(m, members);
      }
    }
  }

  // "Households newly connected in 2024-25: 18,642" and "it connected
  // 18,462 households in the year to March 31": a table's label keys the
  // figure by its noun and what was done ("household_newly_connected"),
  // prose by the noun alone ("household") with the verb beside the figure.
  // Two counts of one period and place, the shorter key the longer's first
  // word and the longer's other words (its -ly adverbs aside) said within a
  // few words of the figure, are one count; past their rounding, a conflict.
  void restated_under_a_shorter_key() {
    // By the longer key's first word and the period: one count of one period.
    using Bucket = std::tuple<std::string_view, std::string_view, std::string_view>;
    std::map<Bucket, std::vector<Claim const*>> by_first_word;
    std::vector<Claim const*> short_keyed;
    for (Claim const& c : in_.claims) {
      ClaimIndex::Facts const& f = index_.facts(c);
      if (!f.usable || f.vague || f.change || f.kind != QuantityKind::kCount || !c.metric ||
          c.metric->source == "lexicon" || !c.time.at || f.at_document_date || is_duration(c) ||
          !std::isfinite(f.high))
        continue;
      std::string_view const key = c.metric->key;
      std::size_t const cut = key.find('_');
      if (cut == std::string_view::npos)
        short_keyed.push_back(&c);
      else
        by_first_word[{key.substr(0, cut), c.time.at->period.start, c.time.at->period.end}]
            .push_back(&c);
    }
    for (Claim const* b : short_keyed) {
      auto const longer =
          by_first_word.find({b->metric->key, b->time.at->period.start, b->time.at->period.end});
      if (longer == by_first_word.end())
        continue;
      ClaimIndex::Facts const& fb = index_.facts(*b);
      std::size_t const near_begin = b->span.begin > b->sentence_span.begin + 40
                                         ? b->span.begin - b->sentence_span.begin - 40
                                         : 0;
      std::string const near =
          lower(std::string_view(b->sentence).substr(near_begin, b->span.size() + 80));
      for (Claim const* a : longer->second) {
        ClaimIndex::Facts const& fa = index_.facts(*a);
        if (index_.doc_of(*a) == index_.doc_of(*b) || !same_period(a->time.at, b->time.at) ||
            fa.geography != fb.geography || a->population != b->population ||
            a->quantity.unit != b->quantity.unit)
          continue;
        double const small = std::min(fa.low, fb.low), large = std::max(fa.high, fb.high);
        if (!(small > 0 && large <= kRestatedRatio * small))
          continue;
        std::string_view const key = a->metric->key;
        bool said = true;
        std::string words;
        int said_words = 0;
        for (std::size_t i = key.find('_') + 1; said && i <= key.size();) {
          std::size_t const j = std::min(key.find('_', i), key.size());
          std::string_view const word = key.substr(i, j - i);
          i = j + 1;
          if (word.size() > 3 && word.ends_with("ly"))
            continue;  // "newly", "directly": how, not what
          // Said in any of its forms: "production" as "produced", by its stem.
          std::string_view const stem = word.substr(0, std::max<std::size_t>(5, word.size() - 4));
          said = word.size() >= 4 && near.find(stem) != std::string::npos;
          words += (words.empty() ? "'" : ", '") + std::string(word) + "'";
          ++said_words;
        }
        if (!said || words.empty())
          continue;
        bool const agree = fa.low <= fb.high && fb.low <= fa.high;
        if (agree)
          continue;  // one count said twice is no news
        conflict(a->metric->key, *a, *b);
        out_.back().explanation += " " + b->text + " is keyed " + b->metric->key +
                                   ", the first word of " + a->metric->key + ", and " + words +
                                   (said_words == 1 ? " stands" : " stand") +
                                   " beside it, so the two count one thing.";
      }
    }
  }

  void check_bucket(std::uint32_t metric, std::vector<Claim const*> const& members) {
    if (members.size() < 2)
      return;
    double max_low = -INFINITY, min_high = INFINITY;
    bool two_sources = false;
    std::uint32_t const first_doc = index_.doc_of(*members.front());
    for (Claim const* c : members) {
      ClaimIndex::Facts const& f = index_.facts(*c);
      max_low = std::max(max_low, f.low);
      min_high = std::min(min_high, f.high);
      two_sources =
          two_sources || index_.doc_of(*c) != first_doc || c->speaker != members.front()->speaker;
    }
    if (!two_sources)
      return;
    auto const same_at = [&] {
      return std::all_of(members.begin(), members.end(), [&](Claim const* c) {
        ClaimIndex::Facts const& f = index_.facts(*c);
        return f.compared_as_change() || same_time(*c, *members.front());
      });
    };
    // All of a bucket agreeing is one finding.
    if (max_low <= min_high && same_at()) {
      agree(key_of(metric), members, members.size());
      return;
    }
    disagreeing_bucket(metric, members);
  }

  // Two figures of one bucket are compared when they come from different
  // sources (documents, or a speaker quoted in one and its author), name no
  // different places, and (point figures) overlap in time.
  bool compared(Claim const& a, Claim const& b) const {
    if (index_.doc_of(a) == index_.doc_of(b) && a.speaker == b.speaker)
      return false;
    ClaimIndex::Facts const& fa = index_.facts(a);
    ClaimIndex::Facts const& fb = index_.facts(b);
    bool const changes = fa.compared_as_change();
    // Generic measures come monthly and quarterly: the same period exactly.
    bool const same_periods = fa.level_end || fb.level_end
                                  ? same_period(level_time(a), level_time(b))
                                  : same_period(a.time.at, b.time.at) &&
                                        same_period(a.time.baseline, b.time.baseline) &&
                                        same_period(a.time.end, b.time.end);
    if ((!fa.from_lexicon || !fb.from_lexicon) && !same_periods)
      return false;
    if ((fa.geography != ClaimIndex::kNone || fb.geography != ClaimIndex::kNone) &&
        fa.geography != fb.geography && area(a) != area(b)) {
      return false;
    }
    // A figure dated only by its text ("now", in a 2015 article) and one from
    // a text of another date, or from a stated period, need not be about the
    // same moment: a count that grows, a cumulative tally of inspections.
    if (!changes && (fa.at_document_date || fb.at_document_date) &&
        (!fa.at_document_date || !fb.at_document_date ||
         a.time.at->period.label != b.time.at->period.label)) {
      return false;
    }
    // One figure many times another is a different pot or part (a service's
    // share against a whole budget) under one broad key, not the same
    // figure misstated: not a conflict anyone can resolve.
    double const small = std::min(std::fabs(fa.low), std::fabs(fb.low));
    double const large = std::max(std::fabs(fa.high), std::fabs(fb.high));
    if (std::isfinite(large) && small > 0 && large > kSameThingRatio * small &&
        fa.kind != QuantityKind::kPercent)
      return false;
    // A one-word key is in a bucket only as restatable(): the two must be close.
    if (!fa.from_lexicon && a.metric->key.find('_') == std::string::npos &&
        !(small > 0 && large <= kRestatedRatio * small))
      return false;
    // "Up 29% since 2010" in 2016 and "up 38% since 2010" in 2018 end at
    // their texts' dates: two windows.
    if (fa.change && !a.time.end && !b.time.end &&
        date_of(a).substr(0, 4) != date_of(b).substr(0, 4)) {
      return false;
    }
    // Levels over one window ("in the year to September 2023") are of one time.
    bool const one_window = !a.time.at && !b.time.at && a.time.end &&
                            same_period(a.time.baseline, b.time.baseline) &&
                            same_period(a.time.end, b.time.end);
    return changes || one_window || same_time(a, b);
  }
  static constexpr double kSameThingRatio = 3;
  // Two bounds on one side ("more than £4,000") within this share of each
  // other are one bound restated.
  static constexpr double kSameBoundShare = 0.025;
  // A figure this many times off the series' counts is about a part (one
  // council, one service), not the whole misstated.
  static constexpr double kPartOfWholeRatio = 10;
  static bool a_part_of_every_row(double figure, Series const& series) {
    return std::all_of(series.rows.begin(), series.rows.end(), [&](auto const* r) {
      double const whole = r->value * series.scale;
      return figure > 0 && whole > 0 &&
             (figure * kPartOfWholeRatio <= whole || figure >= whole * kPartOfWholeRatio);
    });
  }

  // overlaps() on the claims' time.at, from the index's numbers when it has them.
  bool same_time(Claim const& a, Claim const& b) const {
    ClaimIndex::Facts const& fa = index_.facts(a);
    ClaimIndex::Facts const& fb = index_.facts(b);
    if (fa.at_dated && fb.at_dated)
      return fa.at_start <= fb.at_end && fb.at_start <= fa.at_end;
    return overlaps(level_time(a), level_time(b));
  }

  // A bucket that does not all agree: each disagreeing pair (found by a sweep
  // over the sorted intervals, not by visiting every pair) is a conflict, and
  // the largest group that agrees is one consistent finding; or, past
  // kMaxPairFindings pairs, one conflict finding for the whole bucket.
  void disagreeing_bucket(std::uint32_t metric, std::vector<Claim const*> const& members) {
    std::vector<detail::Interval>& intervals = intervals_;
    intervals.clear();
    for (Claim const* c : members)
      intervals.push_back({index_.facts(*c).low, index_.facts(*c).high});
    std::vector<detail::IndexPair>& pairs = pairs_;
    pairs.clear();
    bool const few = detail::disjoint_pairs(
        intervals, kMaxPairFindings,
        [&](std::uint32_t i, std::uint32_t j) { return compared(*members[i], *members[j]); }, pairs,
        sweep_);
    std::vector<Claim const*> const& agreeing = consensus(members, intervals);
    std::string const key = key_of(metric);
    if (!few) {
      disagree_many(key, members, agreeing);
      return;
    }
    for (auto [i, j] : pairs)
      conflict(key, *members[i], *members[j]);
    if (!agreeing.empty())
      agree(key, agreeing, members.size());
  }

  // The most figures of a bucket that agree with each other and overlap in
  // time, if they come from two documents or more; else nothing.
  std::vector<Claim const*> const& consensus(std::vector<Claim const*> const& members,
                                             std::vector<detail::Interval> const& intervals) {
    std::vector<Claim const*>& group = agreeing_;
    group.clear();
    detail::largest_agreeing(intervals, agreeing_at_, sweep_);
    for (std::uint32_t i : agreeing_at_) {
      Claim const* c = members[i];
      if (group.empty() || index_.facts(*c).change || same_time(*c, *group.front()))
        group.push_back(c);
    }
    bool const two_docs = std::any_of(group.begin(), group.end(), [&](Claim const* c) {
      return index_.doc_of(*c) != index_.doc_of(*group.front());
    });
    if (group.size() < 2 || !two_docs)
      group.clear();
    return group;
  }

  // `agreeing` are all (or, when `of` is more, some) of a bucket's `of` figures.
  void agree(std::string const& key, std::vector<Claim const*> const& agreeing, std::size_t of) {
    Finding f;
    f.rule = "cross-source-value";
    f.verdict = "consistent";
    f.metric = key;
    f.message = std::to_string(agreeing.size()) +
                (of > agreeing.size() ? " of " + std::to_string(of) : std::string()) +
                " figures for " + key + " " + period_words(*agreeing.front()) + " agree";
    // Two buckets of one metric (counts, and shares) read alike: name the figures.
    if (agreeing.size() <= 3) {
      f.message += " (";
      for (std::size_t i = 0; i < agreeing.size(); ++i)
        f.message += (i ? ", " : "") + agreeing[i]->text;
      f.message += ")";
    }
    std::string& why = f.explanation;
    f.claims.reserve(agreeing.size());
    for (Claim const* c : agreeing) {
      append_allows(why, *c);
      why += "; ";
      f.claims.push_back(entry(*c));
    }
    why +=
        "every range overlaps every other, so the figures are consistent once rounding and hedges "
        "are allowed for.";
    if (of > agreeing.size()) {
      f.explanation += " The other " + std::to_string(of - agreeing.size()) +
                       " figure(s) do not agree with all of these.";
    }
    add(std::move(f));
  }

  // The finding most buckets of a large input give, so it is written with
  // appends into two strings rather than chains of temporaries.
  void conflict(std::string const& key, Claim const& a, Claim const& b) {
    Finding& f = open("cross-source-value", "conflict", key);
    std::string& m = f.message;
    m.reserve(40 + a.text.size() + b.text.size() + 2 * key.size());
    // Within one text, the sources are its author and whom it quotes.
    auto source = [&](Claim const& c) {
      if (index_.doc_of(a) == index_.doc_of(b) && !c.speaker.empty())
        m.append(c.speaker).append(" in ");
      m.append(title_view(c));
    };
    m.append(a.text).append(" (");
    source(a);
    m.append(") and ").append(b.text).append(" (");
    source(b);
    m.append(") disagree on ").append(key);
    std::string& why = f.explanation;
    why.reserve(200 + key.size() + a.population.size());
    why.append("Both measure ").append(key);
    if (!a.population.empty())
      why.append(" for ").append(a.population);
    why.append(" ").append(period_words(a)).append(". ").append(a.text).append(" allows ");
    append_interval(why, a.quantity);
    why.append("; ").append(b.text).append(" allows ");
    append_interval(why, b.quantity);
    why.append(
        ". The ranges do not overlap: at least one figure is wrong, or they measure different "
        "things.");
    f.claims = entries({&a, &b});
  }

  // One finding for a bucket whose disagreeing pairs are too many to list:
  // the largest agreeing group (a few named) and every figure outside it.
  void disagree_many(std::string const& key, std::vector<Claim const*> const& members,
                     std::vector<Claim const*> const& agreeing) {
    // Sorted for lookup: a summarised bucket may hold thousands of figures.
    std::vector<Claim const*> in_group(agreeing.begin(), agreeing.end());
    std::sort(in_group.begin(), in_group.end());
    std::vector<Claim const*> others;
    for (Claim const* c : members) {
      if (!std::binary_search(in_group.begin(), in_group.end(), c))
        others.push_back(c);
    }
    Finding f;
    f.rule = "cross-source-value";
    f.verdict = "conflict";
    f.metric = key;
    f.message = std::to_string(members.size()) + " figures for " + key + " " +
                period_words(*members.front()) + " disagree";
    std::string why = "More than " + std::to_string(kMaxPairFindings) +
                      " pairs of these figures from different sources do not overlap, so they "
                      "are reported together rather than pair by pair. ";
    if (!agreeing.empty()) {
      double low = -INFINITY, high = INFINITY;
      for (Claim const* c : agreeing) {
        low = std::max(low, c->quantity.low);
        high = std::min(high, c->quantity.high);
      }
      f.message += ": " + std::to_string(agreeing.size()) + " agree on " +
                   describe_interval(low, high) + ", " + std::to_string(others.size()) + " do not";
      why += "The largest group that agrees is " + std::to_string(agreeing.size()) +
             " figures, all allowing " + describe_interval(low, high) + ": " + listed(agreeing) +
             ". ";
      for (std::size_t i = 0; i < agreeing.size() && i < 3; ++i)
        f.claims.push_back(entry(*agreeing[i]));
    }
    why += "Outside it: " + listed(others) + ".";
    for (Claim const* c : others)
      f.claims.push_back(entry(*c));
    f.explanation = std::move(why);
    add(std::move(f));
  }

  // "16% (Title) allows 15.5 to 16.5", appended.
  void append_allows(std::string& out, Claim const& c) const {
    out.append(c.text).append(" (").append(title_view(c)).append(") allows ");
    append_interval(out, c.quantity);
  }

  // "16% (Title) allows 15.5 to 16.5; …", the first kNamedInSummary of them.
  std::string listed(std::vector<Claim const*> const& claims) const {
    std::string out;
    for (std::size_t i = 0; i < claims.size() && i < kNamedInSummary; ++i) {
      if (i > 0)
        out += "; ";
      append_allows(out, *claims[i]);
    }
    if (claims.size() > kNamedInSummary)
      out += "; and " + std::to_string(claims.size() - kNamedInSummary) + " more";
    return out;
  }

  // --- percent-vs-points ----------------------------------------------------------------
  // "risen by five percentage points" in one source, "risen by 25%" in another:
  // the same change of a proportion stated two ways cannot be compared as numbers.
  void percent_vs_points() {
    for (std::uint32_t m = 0; m < index_.metric_count(); ++m) {
      auto const& group = index_.claims_about(m);
      std::string const key = key_of(m);
      for (Claim const* p : group) {
        if (!is(*p, QuantityKind::kPercentagePoints) || !index_.facts(*p).change)
          continue;
        for (Claim const* r : group) {
          if (index_.doc_of(*r) == index_.doc_of(*p) || !is(*r, QuantityKind::kPercent) ||
              !index_.facts(*r).change)
            continue;
          // Both must be changes over one stated window: "has since risen to
          // 24%" is a level, and a change with no window may be any change.
          if (r->change->direction.empty() || r->change->direction != p->change->direction)
            continue;
          bool same_window = !label_view(p->time.baseline).empty() &&
                             label_view(r->time.baseline) == label_view(p->time.baseline) &&
                             label_view(r->time.end) == label_view(p->time.end);
          if (!same_window || is_level(*r) || is_level(*p))
            continue;
          Finding f;
          f.rule = "percent-vs-points";
          f.verdict = "conflict";
          f.metric = key;
          f.message = p->text + " (" + title_of(*p) + ") and " + r->text + " (" + title_of(*r) +
                      ") state one change of a proportion in points and in per cent";
          f.explanation =
              p->text + " is an absolute change of the proportion; " + r->text +
              " is relative to where it started. They agree only if the starting share was " +
              number(100 * p->quantity.value / r->quantity.value) + "% (" +
              number(p->quantity.value) + " points / " + number(r->quantity.value) +
              "%); check which the source meant before comparing them.";
          f.claims = entries({p, r});
          add(std::move(f));
        }
      }
    }
  }

  // "risen to 24%", "fell to 17%": where a change ended, not its size.
  static bool is_level(Claim const& c) {
    if (c.span.begin < c.sentence_span.begin)
      return false;
    std::size_t at = c.span.begin - c.sentence_span.begin;
    if (at > c.sentence.size() || at < 3)
      return false;
    std::string_view before = std::string_view(c.sentence).substr(0, at);
    while (!before.empty() && before.back() == ' ')
      before.remove_suffix(1);
    return before.size() >= 3 && lower(before.substr(before.size() - 3)) == " to";
  }

  // --- arithmetic: "from £3.6bn to £2.1bn, a fall of 40%" ----------------------------------
  // The stated change a from->to pair is measured against: a percent or a
  // points change after it in its own sentence, or in the very next sentence
  // when that one opens by pointing back ("This is a fall of 24%", "That
  // represents …", "A rise of …") and names the same metric or none. A
  // figure further off is about something else.
  bool states_change_of(corpus::Document const& document, Claim const& to,
                        Claim const& stated) const {
    if (stated.span.begin < to.span.end)
      return stated.sentence_span.begin == to.sentence_span.begin;  // "by 62%, from … to …"
    std::string_view text = document.text;
    if (stated.sentence_span.begin == to.sentence_span.begin) {
      // "up from a half in 2010, and they are growing at 8% a year": a clause
      // with a subject of its own states another thing's change.
      static re2::RE2 const kOwnSubject(
          R"((?i)(?:;|,\s*(?:and|but|while|whereas)\s+(?:they|it|he|she|we|these|those)\b))");
      std::string_view const between = text.substr(to.span.end, stated.span.begin - to.span.end);
      return !re2::RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), kOwnSubject);
    }
    if (stated.sentence_span.begin < to.sentence_span.end ||
        stated.sentence_span.begin > text.size())
      return false;
    std::string_view gap =
        text.substr(to.sentence_span.end, stated.sentence_span.begin - to.sentence_span.end);
    if (gap.find_first_not_of(" \t\r\n") != std::string_view::npos || gap.find("\n\n") != gap.npos)
      return false;
    static re2::RE2 const kPointsBack(
        R"((?i)^\s*(?:(?:this|that|it|which)\b[^.]{0,30}?\b(?:is|was|represents|represented|amounts to|amounted to|marks|means)\b|(?:an?|the)\s+(?:rise|fall|increase|decrease|drop|cut|reduction|jump)\b))");
    std::string_view opening = text.substr(stated.sentence_span.begin, 80);
    if (!re2::RE2::PartialMatch(re2::StringPiece(opening.data(), opening.size()), kPointsBack))
      return false;
    return !stated.metric || stated.metric->source != "lexicon" ||
           (to.metric && stated.metric->key == to.metric->key);
  }

  // The "from" figure of the pair claims[i] ends: before it, or after it when
  // the pair is stated later-first ("fell to 10,737, down from 11,477").
  static Claim const* from_of(std::span<Claim const* const> claims, std::size_t i) {
    Claim const& to = *claims[i];
    auto is_from = [&](Claim const* c) {
      return c->quantity.value == *to.change->from && c->quantity.kind == to.quantity.kind;
    };
    for (std::size_t k = i; k-- > 0;) {
      if (is_from(claims[k]))
        return claims[k];
    }
    // After it in its sentence, or (a pair across two sentences) in the next.
    std::size_t next_sentence = std::string::npos;
    for (std::size_t k = i + 1; k < claims.size(); ++k) {
      if (claims[k]->sentence_span.begin != to.sentence_span.begin) {
        if (next_sentence == std::string::npos)
          next_sentence = claims[k]->sentence_span.begin;
        else if (claims[k]->sentence_span.begin != next_sentence)
          break;
      }
      if (is_from(claims[k]))
        return claims[k];
    }
    return nullptr;
  }

  // Each document that is loaded, with its claims in text order.
  template <typename F>
  void for_each_text(F&& f) const {
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      if (corpus::Document const* document = index_.document(d))
        f(*document, index_.claims_of(d));
    }
  }

  // A multiple `times` stated for a / b, whose rounding allows `ratio`.
  void add_multiple(Claim const& a, Claim const& b, Claim const& times,
                    std::pair<double, double> ratio, std::string message,
                    std::vector<FindingClaim> claims) {
    auto const [lo, hi] = ratio;
    bool const ok = lo <= times.quantity.high && times.quantity.low <= hi;
    Finding f;
    f.rule = "arithmetic";
    f.verdict = ok ? "consistent" : "inconsistent";
    f.metric = a.metric ? a.metric->key : "";
    f.message = std::move(message);
    std::string const range = number(lo) == number(hi)
                                  ? "it is " + number(lo)
                                  : "it lies between " + number(lo) + " and " + number(hi);
    f.explanation = a.text + " / " + b.text + " = " + number(a.quantity.value / b.quantity.value) +
                    "; with the rounding of both figures " + range + ". " + times.text +
                    " allows " + number(times.quantity.low) + " to " +
                    (std::isinf(times.quantity.high) ? std::string("any higher multiple")
                                                     : number(times.quantity.high)) +
                    ", so it is " + (ok ? "consistent." : "inconsistent.");
    f.claims = std::move(claims);
    add(std::move(f));
  }

  // "Visits nearly tripled over the same period, from 2,300 to 4,100", "from
  // 1,200 to 2,500, more than doubling": a multiple stated with the pair it
  // sizes, set beside what the pair gives (4,100 / 2,300 = 1.78).
  // "rose from 688 at 31 March 2017 to 651 at 31 March 2018": the word
  // that moves a from-to pair says which way it went, and the figures must go
  // that way beyond their rounding.
  void pairs_against_their_verbs() {
    std::set<std::string, std::less<>> const up(in_.lexicon.increase.begin(),
                                                in_.lexicon.increase.end());
    std::set<std::string, std::less<>> const down(in_.lexicon.decrease.begin(),
                                                  in_.lexicon.decrease.end());
    // Manner between the verb and "from": "rose sharply from", "fell back from".
    static std::set<std::string, std::less<>> const kManner = {
        "sharply",       "slightly",      "steadily",     "steeply", "rapidly",
        "back",          "again",         "further",      "only",    "just",
        "significantly", "substantially", "dramatically", "modestly"};
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& to = *claims[i];
        if (!index_.facts(to).from_to || !usable(to) || to.quantity.vague)
          continue;
        Claim const* from = from_of(claims, i);
        if (!from || !usable(*from) || from->sentence_span.begin != to.sentence_span.begin ||
            from->span.begin < from->sentence_span.begin)
          continue;
        // The verb is before the figure left ("… rose from", "…, up from") or,
        // the level reached said first, before that ("rose to £9.8m from
        // £11.2m"). The words before `c` when the last is `word`, nothing but
        // spaces after it ("from (" is an aside); else none.
        auto words_before = [&](Claim const& c, std::string_view word) {
          std::string_view const lead =
              text.substr(c.sentence_span.begin, c.span.begin - c.sentence_span.begin);
          std::size_t const last = lead.find_last_not_of(' ');
          std::vector<std::string> words = lower_words(lead);
          if (words.size() < 2 || words.back() != word || last == std::string_view::npos ||
              !std::isalpha(static_cast<unsigned char>(lead[last])))
            words.clear();
          return words;
        };
        // The verb at the end of `words`, past words of manner ("rose sharply").
        auto verb_of = [&](std::vector<std::string> const& words) -> std::string {
          std::size_t w = words.size();
          while (w > 1 && kManner.count(words[w - 2]))
            --w;
          return w < 2 ? std::string() : words[w - 2];
        };
        auto moves = [&](std::string const& word) { return up.count(word) || down.count(word); };
        std::string verb = verb_of(words_before(*from, "from"));
        if (!moves(verb) && to.span.end <= from->span.begin) {
          std::string_view const between = text.substr(to.span.end, from->span.begin - to.span.end);
          if (between.size() <= 40 && between.find_first_of(";:.()") == std::string_view::npos &&
              lower(between).ends_with("from "))
            verb = verb_of(words_before(to, "to"));
        }
        if (!moves(verb))
          continue;
        bool const says_up = up.count(verb) > 0, says_down = down.count(verb) > 0;
        auto const [from_low, from_high] = bounds(from->quantity);
        auto const [to_low, to_high] = bounds(to.quantity);
        bool const went_down = to_high<from_low, went_up = to_low> from_high;
        if (!(says_up && went_down) && !(says_down && went_up))
          continue;
        double const change = 100 * (to.quantity.value / from->quantity.value - 1);
        Finding f;
        f.rule = "arithmetic";
        f.verdict = "inconsistent";
        f.metric = to.metric ? to.metric->key : "";
        f.message = "'" + verb + "' from " + from->text + " to " + to.text + ", which is " +
                    (went_down ? "a fall" : "a rise") + " of " + number(std::fabs(change)) + "%";
        f.explanation = std::string("The text calls the change a ") + (says_up ? "rise" : "fall") +
                        " ('" + verb + "'), but " + from->text + " to " + to.text + " is " +
                        (went_down ? "down" : "up") + " " + number(std::fabs(change)) +
                        "%, beyond the rounding of either figure.";
        f.claims = entries({from, &to});
        add(std::move(f));
      }
    });
  }

  void multiples_of_a_pair() {
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        if (!index_.facts(*claims[i]).from_to)
          continue;
        Claim const& to = *claims[i];
        Claim const* from = from_of(claims, i);
        if (!from || from->quantity.low <= 0 || from->span.begin > to.span.begin ||
            !usable(*from) || !usable(to))
          continue;
        Claim const* times = nullptr;
        // Just before "from", nothing but words between ("over the same
        // period"), or a length of time ("doubled in two years, from").
        std::size_t before = i >= 2 ? i - 2 : 0;
        while (before > 0 && is_duration(*claims[before]) &&
               claims[before]->sentence_span.begin == to.sentence_span.begin)
          --before;
        if (i >= 2 && claims[i - 1] == from) {
          Claim const& c = *claims[before];
          std::string const between = lower(
              text.substr(c.span.end, from->span.begin - std::min(from->span.begin, c.span.end)));
          if (c.quantity.kind == QuantityKind::kMultiplier &&
              c.sentence_span.begin == to.sentence_span.begin && between.size() <= 48 &&
              between.find_first_of(";.()") == std::string::npos &&
              (between.ends_with(" from ") || between == "from "))
            times = &c;
        }
        // Or right after the pair: ", more than doubling", ", a threefold rise".
        if (!times && i + 1 < claims.size()) {
          Claim const& c = *claims[i + 1];
          std::string const between =
              lower(text.substr(to.span.end, c.span.begin - std::min(c.span.begin, to.span.end)));
          // A time may close the pair first: "to 12,300 this year – a fourfold increase".
          static re2::RE2 const kThenTheMultiple(
              "^(?: (?:this|last) year| in (?:19|20)\\d\\d(?:-\\d\\d)?| now| today)?"
              "(?:,| -| \xE2\x80\x93| \xE2\x80\x94)(?: an?)? $");
          if (c.quantity.kind == QuantityKind::kMultiplier &&
              c.sentence_span.begin == to.sentence_span.begin &&
              re2::RE2::FullMatch(re2::StringPiece(between.data(), between.size()),
                                  kThenTheMultiple))
            times = &c;
        }
        if (!times || !usable(*times))
          continue;
        auto const [to_low, to_high] = bounds(to.quantity);
        auto const [from_low, from_high] = bounds(from->quantity);
        double const point = to.quantity.value / from->quantity.value;
        add_multiple(to, *from, *times, {to_low / from_high, to_high / from_low},
                     "From " + from->text + " to " + to.text + " is " + number(point) +
                         " times, stated as " + times->text,
                     entries({from, &to, times}));
      }
    });
  }

  // "Wildfires burned 132,500 acres this year, … and the burned area has
  // quadrupled since 2017, when fires scorched 41,200 acres": a multiple
  // since a year, the level of that year after "when", and the level now
  // stated before it in the sentence.
  void multiples_since_a_level_then() {
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 1; i + 1 < claims.size(); ++i) {
        Claim const& times = *claims[i];
        Claim const& then = *claims[i + 1];
        if (times.quantity.kind != QuantityKind::kMultiplier || !times.time.baseline ||
            !times.change || times.change->direction != "increase" || !usable(times) ||
            then.sentence_span.begin != times.sentence_span.begin || !usable(then) || then.change ||
            then.quantity.low <= 0 ||
            (then.quantity.kind != QuantityKind::kCount &&
             then.quantity.kind != QuantityKind::kMoney))
          continue;
        std::string const between =
            lower(text.substr(times.span.end, then.span.begin - times.span.end));
        std::size_t const when = between.find(", when ");
        if (when == std::string::npos || between.size() > 80 ||
            between.find_first_of(";.()") != std::string::npos)
          continue;
        // The level now: the nearest of the same measure before the multiple.
        Claim const* now = nullptr;
        for (std::size_t k = i; k-- > 0;) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin != times.sentence_span.begin)
            break;
          if (c.quantity.kind == then.quantity.kind && c.quantity.unit == then.quantity.unit &&
              !c.change && usable(c) && !c.quantity.vague) {
            now = &c;
            break;
          }
        }
        if (!now)
          continue;
        auto const [now_low, now_high] = bounds(now->quantity);
        auto const [then_low, then_high] = bounds(then.quantity);
        double const point = now->quantity.value / then.quantity.value;
        add_multiple(*now, then, times, {now_low / then_high, now_high / then_low},
                     "From " + then.text + " to " + now->text + " is " + number(point) +
                         " times, stated as " + times.text,
                     entries({&then, now, &times}));
      }
    });
  }

  // "The number … has doubled since 2015, to 690" in one text, "690, up from
  // 410 in 2015" in another: a multiple since a year, with the level it
  // reached, held to the level of that year another text gives for the same
  // thing (690 / 410 = 1.68, not 2).
  void multiples_against_another_texts_level_then() {
    for_each_text([&](corpus::Document const&, std::span<Claim const* const> claims) {
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& times = *claims[i];
        if (times.quantity.kind != QuantityKind::kMultiplier || !times.time.baseline ||
            times.time.baseline->period.start.empty() || !times.change ||
            times.change->direction != "increase" || !usable(times) || !times.metric)
          continue;
        std::uint32_t const metric = index_.metric_of(times);
        if (metric == ClaimIndex::kNone)
          continue;
        // The level reached, said in the multiple's sentence ("…, to 690").
        Claim const* now = nullptr;
        std::size_t first = i;
        while (first > 0 && claims[first - 1]->sentence_span.begin == times.sentence_span.begin)
          --first;
        for (std::size_t k = first;
             k < claims.size() && claims[k]->sentence_span.begin == times.sentence_span.begin;
             ++k) {
          Claim const* c = claims[k];
          if (c != &times && !c->change && usable(*c) && !c->quantity.vague &&
              index_.metric_of(*c) == metric &&
              (c->quantity.kind == QuantityKind::kCount ||
               c->quantity.kind == QuantityKind::kMoney) &&
              (c->quantity.hedge == grammar::Hedge::kExact ||
               c->quantity.hedge == grammar::Hedge::kApprox) &&
              c->quantity.low > 0)
            now = c;
        }
        if (!now)
          continue;
        for (Claim const* then : index_.claims_about(metric)) {
          if (index_.doc_of(*then) == index_.doc_of(times) || then->change || !usable(*then) ||
              then->quantity.kind != now->quantity.kind ||
              then->quantity.unit != now->quantity.unit || then->quantity.vague ||
              then->quantity.low <= 0 || !std::isfinite(then->quantity.high) ||
              then->population != now->population ||
              index_.facts(*then).geography != index_.facts(*now).geography ||
              !same_period(then->time.at, times.time.baseline))
            continue;
          auto const [now_low, now_high] = bounds(now->quantity);
          auto const [then_low, then_high] = bounds(then->quantity);
          double const point = now->quantity.value / then->quantity.value;
          add_multiple(*now, *then, times, {now_low / then_high, now_high / then_low},
                       "From " + then->text + " (" + std::string(title_view(*then)) + ") to " +
                           now->text + " is " + number(point) + " times, stated as " + times.text,
                       entries({then, now, &times}));
          break;
        }
      }
    });
  }

  // "risen from 162 in 2019 to 184 today, 32 more judges", "from £2.18m to
  // £2.46m, an increase of £280,000": a change in the pair's own units,
  // stated in its sentence right after it.
  bool absolute_change_of(corpus::Document const& document, Claim const& to,
                          Claim const& stated) const {
    if (stated.sentence_span.begin != to.sentence_span.begin || stated.span.begin < to.span.end ||
        stated.quantity.kind != to.quantity.kind || stated.quantity.unit != to.quantity.unit ||
        (to.quantity.kind != QuantityKind::kCount && to.quantity.kind != QuantityKind::kMoney) ||
        !stated.change || stated.change->relative || stated.change->to ||
        stated.change->direction.empty() || !usable(stated))
      return false;
    std::string_view const gap =
        std::string_view(document.text).substr(to.span.end, stated.span.begin - to.span.end);
    // "to €11.9m in 2023, an increase of €4.5m": a year between is no figure.
    static re2::RE2 const kYear(R"(\b(?:19|20)\d\d(?:[-/]\d\d)?\b)");
    std::string without_years(gap);
    re2::RE2::GlobalReplace(&without_years, kYear, "");
    return gap.size() <= 40 && without_years.find_first_of(";:.()0123456789") == std::string::npos;
  }

  void add_absolute_change(Claim const& from, Claim const& to, Claim const& stated) {
    auto const [to_low, to_high] = bounds(to.quantity);
    auto const [from_low, from_high] = bounds(from.quantity);
    bool const down = stated.change->direction == "decrease";
    double const lo = to_low - from_high, hi = to_high - from_low;
    double const s_lo = down ? -stated.quantity.high : stated.quantity.low;
    double const s_hi = down ? -stated.quantity.low : stated.quantity.high;
    double const difference = to.quantity.value - from.quantity.value;
    bool const ok = lo <= s_hi && s_lo <= hi;
    auto const amount = [&](double v) { return amount_like(to.quantity, std::fabs(v)); };
    Finding f;
    f.rule = "arithmetic";
    f.verdict = ok ? "consistent" : "inconsistent";
    f.metric = to.metric ? to.metric->key : "";
    f.message = "From " + from.text + " to " + to.text + " is " +
                (difference < 0 ? "a fall" : "a rise") + " of " + amount(difference) +
                ", stated as " + stated.text;
    auto const signed_amount = [&](double v) { return (v < 0 ? "-" : "") + amount(v); };
    std::string const range =
        signed_amount(lo) == signed_amount(hi)
            ? "it is " + signed_amount(lo)
            : "it lies between " + signed_amount(lo) + " and " + signed_amount(hi);
    f.explanation = to.text + " - " + from.text + " = " + signed_amount(difference) +
                    "; with the rounding of both figures " + range + ". " + stated.text +
                    (down ? " down" : " up") + " is " +
                    (ok ? "within that range: consistent." : "outside it: inconsistent.");
    f.claims = entries({&from, &to, &stated});
    add(std::move(f));
  }

  // The change a from->to pair makes, set beside the per cent, points or
  // fraction `stated` for it.
  void add_change_of_pair(Claim const& from, Claim const& to, Claim const& stated) {
    bool const shares = to.quantity.kind == QuantityKind::kPercent;
    bool const points = stated.quantity.kind == QuantityKind::kPercentagePoints;
    double fraction_low = 0, fraction_high = 0;
    bool const fraction = fraction_of_change(stated.quantity, fraction_low, fraction_high);
    bool down = stated.change->direction == "decrease";
    double const stated_low = fraction ? 100 * fraction_low : stated.quantity.low;
    double const stated_high = fraction ? 100 * fraction_high : stated.quantity.high;
    double s_lo = down ? -stated_high : stated_low;
    double s_hi = down ? -stated_low : stated_high;
    auto const [to_low, to_high] = bounds(to.quantity);
    auto const [from_low, from_high] = bounds(from.quantity);
    // A share going from 36% to 17% moved 19 points: a difference, not a ratio.
    double lo, hi, point;
    std::string sum, unit = points ? " points" : "%";
    if (points) {
      lo = to_low - from_high;
      hi = to_high - from_low;
      point = to.quantity.value - from.quantity.value;
      sum = to.text + " - " + from.text + " = " + number(point) + " points";
    } else {
      lo = 100 * (to_low / from_high - 1);
      hi = 100 * (to_high / from_low - 1);
      point = 100 * (to.quantity.value / from.quantity.value - 1);
      sum = "(" + to.text + " - " + from.text + ") / " + from.text + " = " + number(point) + "%";
    }
    bool ok = lo <= s_hi && s_lo <= hi;
    Finding f;
    f.rule = "arithmetic";
    f.verdict = ok ? "consistent" : "inconsistent";
    f.metric = to.metric ? to.metric->key : "";
    f.message = "From " + from.text + " to " + to.text + " is " + number(point) + unit +
                ", stated as " + stated.text;
    bool const rounded_level = to.quantity.hedge == grammar::Hedge::kApprox ||
                               from.quantity.hedge == grammar::Hedge::kApprox;
    // "between 21.9% and 21.9%" says nothing: one figure when both ends print alike.
    std::string const range = number(lo) == number(hi) ? " it is " + number(point) + unit
                                                       : " it lies between " + number(lo) + unit +
                                                             " and " + number(hi) + unit;
    f.explanation =
        sum + "; with the rounding of both figures" +
        (rounded_level ? " (a hedged level read as within 2.5% of its value)" : "") + range + ". " +
        stated.text +
        (fraction ? " (" + number(100 * stated.quantity.value) + "%, read as " +
                        number(100 * fraction_low) + "% to " + number(100 * fraction_high) + "%)"
                  : "") +
        (down ? " down" : " up") + " is " +
        (ok ? "within that range: consistent." : "outside it: inconsistent.");
    // "rose from 3.8% to 4.2%, a rise of 0.4%": a share's change in
    // points stated as per cent, or in per cent stated as points.
    if (!ok && shares && !fraction) {
      double const points_low = to_low - from_high, points_high = to_high - from_low;
      double const percent_low = 100 * (to_low / from_high - 1);
      double const percent_high = 100 * (to_high / from_low - 1);
      if (!points && s_lo <= points_high && points_low <= s_hi)
        f.explanation += " It matches the difference in percentage points (" +
                         number(to.quantity.value - from.quantity.value) +
                         " points): points seem stated as per cent.";
      if (points && s_lo <= percent_high && percent_low <= s_hi)
        f.explanation += " It matches the relative change (" +
                         number(100 * (to.quantity.value / from.quantity.value - 1)) +
                         "%): per cent seems stated as points.";
    }
    // "fell from 2,840 to 1,760, a drop of 62%": 1,760 is 62% of 2,840,
    // what is left, stated as the fall.
    if (!ok && down && !points && !fraction && from.quantity.value > 0) {
      double const left = 100 * to.quantity.value / from.quantity.value;
      if (left >= stated_low && left <= stated_high)
        f.explanation += " " + to.text + " is " + number(left) + "% of " + from.text +
                         ": what is left seems stated as the fall.";
    }
    f.claims = entries({&from, &to, &stated});
    add(std::move(f));
  }

  void from_to_against_stated_change() {
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      for (std::size_t i = 0; i < claims.size(); ++i) {
        if (!index_.facts(*claims[i]).from_to)
          continue;
        Claim const& to = *claims[i];
        Claim const* from = from_of(claims, i);
        if (!from || from->quantity.low <= 0)
          continue;
        bool const shares = to.quantity.kind == QuantityKind::kPercent;
        Claim const& first = from->span.begin < to.span.begin ? *from : to;
        // "fell by 62%, from £1.3bn to £0.6bn", "saw a 47% rise, from 5,160 …":
        // the change stated just before the pair, "from" ending what lies between.
        std::size_t k = i + 1;
        for (std::size_t b = i; b-- > 0;) {
          Claim const& c = *claims[b];
          if (&c == from)
            continue;
          if (c.span.end <= first.span.begin && c.sentence_span.begin == to.sentence_span.begin &&
              first.span.begin - c.span.end <= 24) {
            std::string between = lower(
                std::string_view(document.text).substr(c.span.end, first.span.begin - c.span.end));
            while (!between.empty() && between.back() == ' ')
              between.pop_back();
            // "rose 3% to 15,310, from 14,860": the change just before the level
            // a later-first pair reached.
            bool const reached = &first == &to && (between == " to" || between == "to");
            if (between.ends_with(" from") || between == "from" || reached)
              k = b;
          }
          break;
        }
        for (; k < claims.size(); ++k) {
          Claim const& stated = *claims[k];
          if (stated.sentence_span.begin > to.sentence_span.end + 400)
            break;
          if (&stated == from || &stated == &to)
            continue;
          // "China rose to 15,310, from 14,860, but Nigeria fell from 2,840 to
          // 1,760, a drop of 62%": a change after another pair is that pair's.
          if (stated.span.begin > to.span.end && index_.facts(stated).from_to)
            break;
          if (absolute_change_of(document, to, stated)) {
            add_absolute_change(*from, to, stated);
            break;
          }
          bool const points = stated.quantity.kind == QuantityKind::kPercentagePoints;
          // "a rise of more than a third", "fell by half": a fraction states the
          // change as a share of the level it moved from.
          double fraction_low = 0, fraction_high = 0;
          bool const fraction = fraction_of_change(stated.quantity, fraction_low, fraction_high);
          // "… and core inflation fell to 3.3%": a level reached is no size of change.
          if ((stated.quantity.kind != QuantityKind::kPercent && !(points && shares) &&
               !fraction) ||
              !stated.change || stated.change->to || !usable(stated))
            continue;
          // "… 62.8 million died in 2023. The figure was up from 54.9 million,
          // an increase of 21%": a change said beside the "from" of a pair
          // whose level the sentence before gives.
          bool const from_later = from->sentence_span.begin > to.sentence_span.begin;
          if (!states_change_of(document, from_later ? *from : to, stated))
            continue;
          // "… fell from £11.3m to £5.1m, while spending on children in care
          // rose by 71%": a change the lexicon names as another measure's.
          if (stated.metric && to.metric && index_.facts(stated).from_lexicon &&
              index_.facts(to).from_lexicon && stated.metric->key != to.metric->key)
            continue;
          add_change_of_pair(*from, to, stated);
          break;
        }
      }
    });
  }

  // "$8.40 a kilo in 2022, is now fetching around $6.30, a fall of 33 per
  // cent", "70,100 in 2017-18, compared with 52,000 in 2012-13, a rise of
  // 35%": two levels of one thing at two times, with no "from … to" between
  // them, and the change said right after the second (and its own time) is
  // the change from the earlier to the later.
  void levels_at_two_times_against_stated_change() {
    static re2::RE2 const kChangeAfter(
        R"((?i)^(?:\s+(?:in|at|on|by|for)\s+[^,;.]{1,30})?,\s*(?:(?:an?|the)\s+(?:rise|fall|increase|decrease|drop|cut|reduction|jump|decline|gain)\s+of|(?:up|down)(?:\s+by)?)\s*$)");
    static re2::RE2 const kOtherSubject(R"((?i)[;:]|\b(?:while|whereas|but)\b)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 2; i < claims.size(); ++i) {
        Claim const& stated = *claims[i];
        Claim const& a = *claims[i - 2];
        Claim const& b = *claims[i - 1];
        auto const& fs = index_.facts(stated);
        auto const& fa = index_.facts(a);
        auto const& fb = index_.facts(b);
        if (!fs.usable || !fs.change || fs.from_to || !fa.usable || !fb.usable || fa.change ||
            fb.change || !fa.at_dated || !fb.at_dated)
          continue;
        if (a.sentence_span.begin != stated.sentence_span.begin ||
            b.sentence_span.begin != stated.sentence_span.begin || a.span.end > b.span.begin ||
            b.span.end > stated.span.begin || stated.span.begin > text.size())
          continue;
        if (a.quantity.kind != b.quantity.kind || a.quantity.unit != b.quantity.unit ||
            is_duration(a) || is_duration(b))
          continue;
        double fraction_low = 0, fraction_high = 0;
        bool const points = stated.quantity.kind == QuantityKind::kPercentagePoints;
        if (stated.quantity.kind != QuantityKind::kPercent &&
            !(points && a.quantity.kind == QuantityKind::kPercent) &&
            !fraction_of_change(stated.quantity, fraction_low, fraction_high))
          continue;
        // Two times apart, neither within the other.
        bool const a_first = fa.at_end < fb.at_start;
        if (!a_first && !(fb.at_end < fa.at_start))
          continue;
        // A level dated only by the text's own date is the latest one ("is now
        // fetching"); a text dated before the other level is misdated, not a fall.
        if ((a_first && fa.at_document_date) || (!a_first && fb.at_document_date))
          continue;
        std::string_view const after = text.substr(b.span.end, stated.span.begin - b.span.end);
        std::string_view const between = text.substr(a.span.end, b.span.begin - a.span.end);
        if (!re2::RE2::FullMatch(re2::StringPiece(after.data(), after.size()), kChangeAfter) ||
            re2::RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), kOtherSubject))
          continue;
        // "… 4,100 nurses in 2019, compared with 2,300 doctors in 2024": two things.
        if (a.metric && b.metric && fa.from_lexicon && fb.from_lexicon &&
            a.metric->key != b.metric->key)
          continue;
        Claim const& from = a_first ? a : b;
        Claim const& to = a_first ? b : a;
        if (from.quantity.low <= 0)
          continue;
        add_change_of_pair(from, to, stated);
      }
    });
  }

  // --- arithmetic: parts against a stated total --------------------------------
  static std::string base_key(std::string const& key) {
    auto at = key.rfind('_');
    return at == std::string::npos ? key : key.substr(0, at);
  }

  // A breakdown a text opens with its total: "Out of 87 authorities
  // inspected, 21 were rated inadequate, 43 … require improvement and 25 were
  // good or outstanding" — the total (metric.role "total") and the counts of
  // its facets that follow it closely, one a facet.
  struct Breakdown {
    Claim const* total = nullptr;
    std::map<std::string, Claim const*> parts;  // facet -> count
  };
  static Breakdown breakdown(std::span<Claim const* const> claims, std::string const& family) {
    Breakdown out;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      Claim const& t = *claims[i];
      if (!usable(t) || !t.metric || t.metric->role != "total" || t.metric->key != family ||
          t.quantity.kind != QuantityKind::kCount || t.quantity.value <= 0)
        continue;
      Breakdown b;
      b.total = &t;
      for (std::size_t j = i + 1; j < claims.size() && j <= i + 6; ++j) {
        Claim const& c = *claims[j];
        if (c.sentence_span.begin > t.sentence_span.end + 400)
          break;
        if (c.metric && c.metric->role == "total")
          break;
        if (!usable(c) || !c.metric || c.quantity.kind != QuantityKind::kCount ||
            c.metric->key.rfind(family + "_", 0) != 0)
          continue;
        b.parts.emplace(c.metric->key.substr(family.size() + 1), &c);
      }
      if (b.parts.size() >= 2)
        return b;
    }
    return out;
  }

  // Facets written as a union of others ("good_or_outstanding") -> their parts.
  std::map<std::string, std::vector<std::string>> composed_facets() const {
    std::map<std::string, std::vector<std::string>> out;
    for (auto const& [facet, values] : in_.lexicon.facets) {
      for (auto const& v : values) {
        if (!v.composed_of.empty())
          out[v.value] = v.composed_of;
      }
    }
    return out;
  }

  // Parts against a total that opens the breakdown, and every share of a
  // facet the text states elsewhere ("Only 26% were rated good or
  // outstanding") against part / total.
  void breakdowns() {
    auto const composed = composed_facets();
    std::set<std::string> grades;  // every plain facet value: a full partition names them all
    for (auto const& [facet, values] : in_.lexicon.facets) {
      for (auto const& v : values) {
        if (v.composed_of.empty())
          grades.insert(v.value);
      }
    }
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      auto const& claims = index_.claims_of(d);
      std::set<std::string> families;
      for (Claim const* c : claims) {
        ClaimIndex::Facts const& facts = index_.facts(*c);
        if (facts.role_total && facts.usable)
          families.insert(c->metric->key);
      }
      for (std::string const& family : families) {
        Breakdown b = breakdown(claims, family);
        if (!b.total)
          continue;
        double const total = b.total->quantity.value;
        double sum = 0;
        std::string terms;
        std::set<std::string> covered;
        for (auto const& [facet, c] : b.parts) {
          sum += c->quantity.value;
          terms += (terms.empty() ? "" : " + ") + c->text + " " + facet;
          auto it = composed.find(facet);
          if (it != composed.end())
            covered.insert(it->second.begin(), it->second.end());
          else
            covered.insert(facet);
        }
        bool const partition =
            std::includes(covered.begin(), covered.end(), grades.begin(), grades.end()) ||
            // grades of one scale only: inadequate .. outstanding
            (covered.count("inadequate") && covered.count("good") &&
             covered.count("requires_improvement") && covered.count("outstanding"));
        bool const equal = std::fabs(sum - total) < 0.5;
        bool const ok = equal || (sum < total && !partition);
        Finding f;
        f.rule = "arithmetic";
        f.verdict = ok ? "consistent" : "inconsistent";
        f.metric = family;
        f.message = "The parts " + std::string(equal ? "add up to" : "do not add up to") +
                    " the stated total of " + b.total->text + ": " + terms + " = " + number(sum);
        f.explanation = terms + " = " + number(sum) + ", against the " + b.total->text +
                        " the breakdown starts from" +
                        (equal         ? "."
                         : sum > total ? ": more parts than the whole, so at least one is wrong."
                         : partition   ? ": the grades cover every judgement, so they should "
                                         "sum to the whole."
                                       : "; the rest are not accounted for in the text.");
        f.claims.push_back(entry(*b.total));
        for (auto const& [facet, c] : b.parts)
          f.claims.push_back(entry(*c));
        add(std::move(f));
        shares_of_breakdown(claims, family, b);
      }
    }
  }

  void shares_of_breakdown(std::span<Claim const* const> claims, std::string const& family,
                           Breakdown const& b) {
    double const total = b.total->quantity.value;
    for (Claim const* share : claims) {
      if (!usable(*share) || !share->metric || share->metric->key.rfind(family + "_", 0) != 0 ||
          (share->quantity.kind != QuantityKind::kPercent &&
           share->quantity.kind != QuantityKind::kRatio) ||
          share->change)
        continue;
      // A share whose own sentence names a period, a count or another base
      // ("14% of all councils") is of something else.
      if (share->time.at && share->time.at->resolved_from.empty())
        continue;
      // A share said before the breakdown, but for a lede that sums it up
      // ("Nearly a quarter of councils inspected … have been rated
      // inadequate"), or paragraphs after it, is of another count ("The
      // inadequate share had climbed from 16% …" before "By 31 March 2017,
      // 127 councils had been inspected").
      if ((share->sentence_span.begin < b.total->sentence_span.begin &&
           share->sentence_span.begin > kLedeBytes) ||
          share->sentence_span.begin > b.total->sentence_span.end + 600)
        continue;
      // Nor is the start of a share's change ("from 16% to 24%") a level of it.
      bool const start_of_a_change = std::any_of(claims.begin(), claims.end(), [&](Claim const* c) {
        return c != share && c->sentence_span.begin == share->sentence_span.begin && c->change &&
               c->change->from && *c->change->from == share->quantity.value;
      });
      if (start_of_a_change)
        continue;
      bool other_figure = std::any_of(claims.begin(), claims.end(), [&](Claim const* c) {
        return c != share && c->sentence_span.begin == share->sentence_span.begin &&
               c->quantity.kind == QuantityKind::kCount && usable(*c);
      });
      if (other_figure || lower(share->sentence).find("of all") != std::string::npos)
        continue;
      if (!same_whole(*share, *b.total, total))
        continue;
      std::string facet = share->metric->key.substr(family.size() + 1);
      if (share_of_the_part(*share, facet))
        continue;
      auto part = b.parts.find(facet);
      if (part == b.parts.end())
        continue;  // composed shares are composed_shares()'
      double const pct = 100 * part->second->quantity.value / total;
      double const scale = share->quantity.kind == QuantityKind::kRatio ? 100 : 1;
      bool ok =
          pct >= scale * share->quantity.low - 1e-9 && pct <= scale * share->quantity.high + 1e-9;
      Finding f;
      f.rule = "arithmetic";
      f.verdict = ok ? "consistent" : "inconsistent";
      f.metric = family;
      f.message = part->second->text + " " + facet + " of " + b.total->text + " is " + number(pct) +
                  "%, stated as " + share->text;
      f.explanation = part->second->text + " / " + b.total->text + " = " + number(pct) + "%. " +
                      share->text + " allows " + number(scale * share->quantity.low) + "% to " +
                      number(scale * share->quantity.high) + "%, so it is " +
                      (ok ? "consistent." : "inconsistent beyond rounding.");
      f.claims = entries({b.total, part->second, share});
      add(std::move(f));
    }
  }

  // "Seven of 43 councils were rated inadequate, with a further 26 judged to
  // require improvement. A total of ten were found good": 7 + 26 + 10 = 43.
  void parts_and_totals() {
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      auto const& claims = index_.claims_of(d);
      for (std::size_t i = 0; i < claims.size(); ++i) {
        ClaimIndex::Facts const& facts = index_.facts(*claims[i]);
        if (!facts.usable || !facts.from_lexicon || facts.kind != QuantityKind::kRatio)
          continue;
        Claim const& whole = *claims[i];
        if (!whole.quantity.denominator || whole.quantity.low != whole.quantity.high)
          continue;
        double const total = *whole.quantity.denominator;
        std::string const family = base_key(whole.metric->key);
        std::vector<Claim const*> parts{&whole};
        std::set<std::string> facets{whole.metric->key};
        double sum = *whole.quantity.numerator;
        for (std::size_t j = i + 1; j < claims.size() && j <= i + 4; ++j) {
          Claim const& c = *claims[j];
          if (c.sentence_span.begin > whole.sentence_span.end + 400)
            break;
          if (!usable(c) || !c.metric || c.metric->key.rfind(family + "_", 0) != 0 ||
              facets.count(c.metric->key) || c.quantity.kind != QuantityKind::kCount) {
            continue;
          }
          parts.push_back(&c);
          facets.insert(c.metric->key);
          sum += c.quantity.value;
        }
        if (parts.size() < 3)
          continue;
        Finding f;
        f.rule = "arithmetic";
        f.verdict = std::fabs(sum - total) < 0.5 ? "consistent"
                                                 : (sum > total ? "inconsistent" : "consistent");
        f.metric = family;
        std::string terms;
        for (Claim const* p : parts) {
          terms += (terms.empty() ? "" : " + ") +
                   number(p->quantity.numerator ? *p->quantity.numerator : p->quantity.value) +
                   " (" + p->metric->key.substr(family.size() + 1) + ")";
        }
        f.message = "The parts " +
                    std::string(std::fabs(sum - total) < 0.5 ? "add up to" : "do not add up to") +
                    " the stated total of " + number(total);
        f.explanation = terms + " = " + number(sum) + ", against the " + number(total) +
                        " stated in \"" + whole.text + "\"" +
                        (std::fabs(sum - total) < 0.5
                             ? "."
                             : (sum > total ? ": more parts than the whole."
                                            : "; the rest are not accounted for in the text."));
        for (Claim const* p : parts)
          f.claims.push_back(entry(*p));
        add(std::move(f));
      }
    }
  }

  // "more than three-quarters of councils … not good enough" against 7
  // inadequate + 26 requiring improvement of 43: a share whose facet the
  // lexicon composes from others.
  void composed_shares() {
    std::map<std::string, std::vector<std::string>> composed;  // facet value -> parts
    for (auto const& [facet, values] : in_.lexicon.facets) {
      for (auto const& v : values) {
        if (!v.composed_of.empty())
          composed[v.value] = v.composed_of;
      }
    }
    if (composed.empty())
      return;
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      auto const& claims = index_.claims_of(d);
      for (Claim const* share : claims) {
        ClaimIndex::Facts const& facts = index_.facts(*share);
        if (!facts.usable || !facts.from_lexicon || facts.kind != QuantityKind::kRatio)
          continue;
        std::string const& key = share->metric->key;
        for (auto const& [value, parts] : composed) {
          if (key.size() <= value.size() || key.substr(key.size() - value.size()) != value)
            continue;
          std::string family = key.substr(0, key.size() - value.size() - 1);
          Claim const* whole = nullptr;
          std::map<std::string, Claim const*> found;
          // A breakdown opened by its total ("Out of 87 …, 21 …, 43 …").
          if (Breakdown b = breakdown(claims, family); b.total) {
            whole = b.total;
            for (auto const& [facet, c] : b.parts) {
              if (std::find(parts.begin(), parts.end(), facet) != parts.end())
                found.emplace(facet, c);
            }
          } else {
            // Or one whose first part names the whole ("Seven of 43 …, a further 26 …"):
            // its parts follow it, not figures of another round elsewhere in the text.
            for (Claim const* c : claims) {
              if (!c->metric || c->metric->key.rfind(family + "_", 0) != 0 || c == share)
                continue;
              std::string facet = c->metric->key.substr(family.size() + 1);
              if (std::find(parts.begin(), parts.end(), facet) == parts.end())
                continue;
              if (!whole && c->quantity.kind == QuantityKind::kRatio && c->quantity.denominator &&
                  c->quantity.low == c->quantity.high) {
                whole = c;
                found.emplace(facet, c);
              } else if (whole && c->quantity.kind == QuantityKind::kCount &&
                         c->sentence_span.begin <= whole->sentence_span.end + 400) {
                found.emplace(facet, c);
              }
            }
          }
          if (!whole || found.size() != parts.size()) {
            if (found.empty())
              compose_across_sources(*share, d, value, parts, family);
            continue;
          }
          double total =
              whole->metric->role == "total" ? whole->quantity.value : *whole->quantity.denominator;
          if (!same_whole(*share, *whole, total))
            continue;
          add_composed(*share, value, family, found, total, {});
        }
      }
    }
  }

  // Whether `share` can be a share of the breakdown whose whole is `whole`
  // (`total` of it): not of another place ("In London, 24 of the 33 boroughs"
  // against England's 151), nor of another stated base ("24 of the 33").
  bool same_whole(Claim const& share, Claim const& whole, double total) const {
    if (area(share) != area(whole))
      return false;
    grammar::Quantity const& q = share.quantity;
    bool const counted = q.denominator && q.numerator && q.low == q.high;
    return !counted || std::fabs(*q.denominator - total) < 0.5;
  }

  // "nearly two thirds of the councils judged inadequate": the grade after the
  // share's "of" names the whole it is a share of, not the part.
  static bool share_of_the_part(Claim const& share, std::string facet) {
    std::replace(facet.begin(), facet.end(), '_', ' ');
    std::size_t const at = share.span.end - share.sentence_span.begin;
    if (at > share.sentence.size())
      return false;
    std::string const after = lower(share.sentence.substr(at, 60));
    return after.starts_with(" of ") && after.find(facet) != std::string::npos;
  }

  // Where a composed share's parts and whole came from, when not all from its own text.
  struct Sources {
    std::string share_text, parts_text, whole_words;
    std::optional<ReferenceUse> use;
  };
  // The finding for a composed share against its parts of `total`.
  void add_composed(Claim const& share, std::string const& value, std::string const& family,
                    std::map<std::string, Claim const*> const& found, double total,
                    std::optional<Sources> const& sources) {
    double sum = 0;
    std::string terms;
    for (auto const& [facet, c] : found) {
      double const n = c->quantity.numerator ? *c->quantity.numerator : c->quantity.value;
      sum += n;
      terms += (terms.empty() ? "" : " + ") + number(n) + " " + facet;
    }
    double const ratio = sum / total;
    bool const ok = ratio >= share.quantity.low && ratio <= share.quantity.high;
    std::string const in_share = sources ? " in " + sources->share_text : "";
    Finding f;
    f.rule = "arithmetic";
    f.verdict = ok ? "consistent" : "inconsistent";
    f.metric = family;
    f.message =
        "\"" + share.text + "\" " + value +
        (sources ? " (" + sources->share_text + "): " + terms + " (" + sources->parts_text + ")"
                 : ": " + terms) +
        " of " + number(total) + " is " + number(100 * ratio) + "%";
    f.explanation = value + " is " + terms +
                    (sources ? ", as " + sources->parts_text + " gives them," : std::string()) +
                    " = " + number(sum) + " of " + number(total) + " = " + number(100 * ratio) +
                    "%; \"" + share.text + "\"" + in_share + " allows " +
                    number(100 * share.quantity.low) + "% to " + number(100 * share.quantity.high) +
                    "%, so it is " + (ok ? "consistent." : "inconsistent.") +
                    (sources ? " " + sources->whole_words : std::string());
    f.claims.push_back(entry(share));
    for (auto const& [facet, c] : found)
      f.claims.push_back(entry(*c));
    if (sources)
      f.reference = sources->use;
    add(std::move(f));
  }

  // "three out of four … less than good" in one text, "21 … inadequate, while a
  // further 43 required improvement" in another covering the same report: the
  // parts come from the other text, the whole from a total it states or else
  // from the lexicon's total series at the last snapshot before both texts.
  void compose_across_sources(Claim const& share, std::uint32_t share_doc, std::string const& value,
                              std::vector<std::string> const& parts, std::string const& family) {
    std::string const here = date_of(share);
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      auto const& claims = index_.claims_of(d);
      if (d == share_doc || claims.empty())
        continue;
      std::string const there = date_of(*claims.front());
      if (!same_coverage(here, there))
        continue;
      std::map<std::string, Claim const*> found;
      bool clash = false;
      for (Claim const* c : claims) {
        if (!usable(*c) || !c->metric || !index_.facts(*c).from_lexicon || c->quantity.vague ||
            c->quantity.kind != QuantityKind::kCount || c->metric->key.rfind(family + "_", 0) != 0)
          continue;
        std::string facet = c->metric->key.substr(family.size() + 1);
        if (std::find(parts.begin(), parts.end(), facet) == parts.end())
          continue;
        auto [at, fresh] = found.emplace(facet, c);
        clash = clash || (!fresh && at->second->quantity.value != c->quantity.value);
      }
      if (clash || found.size() != parts.size())
        continue;
      double total = 0;
      std::string whole_words;
      std::optional<ReferenceUse> use;
      if (Breakdown b = breakdown(claims, family); b.total) {
        total = b.total->quantity.value;
        whole_words = "The " + number(total) + " is the total " + title_of(d) + " states.";
      } else if (corpus::ReferenceRow const* row = total_row(family, coverage_date(here, there))) {
        total = row->value;
        whole_words = "The " + number(total) + " is the " + row->metric + " reference row at " +
                      row->period_end + " (" + row->source_title + "), the last before the texts.";
        use = ReferenceUse{row->metric, row->source_title, {{row->period_end, row->value}}};
      }
      if (total <= 0)
        continue;
      add_composed(share, value, family, found, total,
                   Sources{title_of(share_doc), title_of(d), whole_words, use});
    }
  }

  // Two texts on one report: published within two months of each other, or in
  // the same year when one of them gives only its year.
  static bool same_coverage(std::string const& a, std::string const& b) {
    if (a.size() >= 10 && b.size() >= 10)
      return days_apart(a, b) <= 62;
    return a.size() >= 4 && b.size() >= 4 && a.compare(0, 4, b, 0, 4) == 0;
  }
  // Days between two ISO dates, by 31-day months: near enough to say "weeks apart".
  static long days_apart(std::string const& a, std::string const& b) {
    auto day = [](std::string const& date) {
      int y = 0, m = 0, d = 0;
      std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d);
      return static_cast<long>(y) * 372 + (m - 1) * 31 + (d - 1);
    };
    return std::labs(day(a) - day(b));
  }
  // The day two texts speak from: the earlier full date either gives.
  static std::string coverage_date(std::string const& a, std::string const& b) {
    if (a.size() >= 10 && b.size() >= 10)
      return std::min(a, b);
    return a.size() >= 10 ? a : b.size() >= 10 ? b : std::string();
  }

  // The lexicon's total series for a facet family: its last snapshot on or
  // before `date` and less than a year before it.
  corpus::ReferenceRow const* total_row(std::string const& family, std::string const& date) const {
    std::string series;
    for (auto const& m : in_.lexicon.metrics) {
      if (m.key == family)
        series = m.total_series;
    }
    if (series.empty() || date.size() < 10)
      return nullptr;
    corpus::ReferenceRow const* best = nullptr;
    for (auto const& r : in_.reference) {
      if (r.metric != series || r.period_end > date.substr(0, 10))
        continue;
      if (!best || r.period_end > best->period_end)
        best = &r;
    }
    return best && days_apart(best->period_end, date) < 372 ? best : nullptr;
  }

  // --- arithmetic: "one in four adults (34%)", "34%, or one in three" -----------
  // A share given both as a fraction word and in per cent: the two must agree.
  void fractions_beside_their_percent() {
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
        Claim const& first = *claims[i];
        Claim const& second = *claims[i + 1];
        if (first.sentence_span.begin != second.sentence_span.begin ||
            second.span.begin < first.span.end || !usable(first) || !usable(second))
          continue;
        bool const fraction_first =
            is(first, QuantityKind::kRatio) && is(second, QuantityKind::kPercent);
        bool const percent_first =
            is(first, QuantityKind::kPercent) && is(second, QuantityKind::kRatio);
        if (!fraction_first && !percent_first)
          continue;
        Claim const& fraction = fraction_first ? first : second;
        Claim const& percent = fraction_first ? second : first;
        double a, b;
        if (!fraction_of_change(fraction.quantity, a, b))
          continue;
        std::string_view const gap =
            text.substr(first.span.end, second.span.begin - first.span.end);
        std::string_view const after = text.substr(second.span.end, 1);
        // "one in four adults in the area (34%)": the percent opens a bracket
        // of its own after a few words; "34% (one in three)", "34%, or one in three".
        // Digits between are a name's, not a figure's, since no claim lies
        // between the two: "a quarter of borrowers on Plan 2 loans (37%)".
        bool const bracketed = gap.ends_with("(") && after == ")" && gap.size() <= 40 &&
                               gap.find_first_of(".;:()") == gap.size() - 1;
        bool const restated = percent_first && (gap == ", or " || gap == " or ");
        if (!bracketed && !restated)
          continue;
        double const p_low = percent.quantity.low;
        double const p_high = std::isfinite(percent.quantity.high) ? percent.quantity.high : 100;
        bool const ok = p_low <= 100 * b && 100 * a <= p_high;
        Finding f;
        f.rule = "arithmetic";
        f.verdict = ok ? "consistent" : "inconsistent";
        f.metric = fraction.metric ? fraction.metric->key : "";
        f.message = fraction.text + " is given as " + percent.text;
        f.explanation = fraction.text + " (" + number(100 * fraction.quantity.value) +
                        "%) allows " + number(100 * a) + "% to " + number(100 * b) +
                        "%, as a fraction word is rounder than its digits; " + percent.text +
                        " allows " + number(p_low) + "% to " + number(p_high) + "%. " +
                        (ok ? "They overlap: consistent." : "They do not overlap: inconsistent.");
        f.claims = entries({&fraction, &percent});
        add(std::move(f));
      }
    });
  }

  // --- arithmetic: "Of the 15,270 …, 1,970 (13%)" -----------------------------------
  void shares_of_a_base() {
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      corpus::Document const* document = index_.document(d);
      if (!document)
        continue;
      std::string_view const text = document->text;
      auto const& claims = index_.claims_of(d);
      for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
        // "4.5 million (14%)", "4.5 million, or one in five,": a count and the
        // share of a base it is, in per cent or as a fraction.
        bool const fraction = is(*claims[i + 1], QuantityKind::kRatio);
        // "31,000 of the 248,000 bikes …, roughly one in four": a count out of
        // its whole, then the share the two make. "1,732 of the 2,318 leaks
        // reported within five working days – nine out of every ten": a
        // length of time between says which of them, and is no share.
        std::size_t const s =
            i + 2 < claims.size() && count_of_whole(claims[i]->quantity) &&
                    is_duration(*claims[i + 1]) &&
                    claims[i + 2]->sentence_span.begin == claims[i]->sentence_span.begin
                ? i + 2
                : i + 1;
        if (count_of_whole(claims[i]->quantity) &&
            (is(*claims[s], QuantityKind::kPercent) || is(*claims[s], QuantityKind::kRatio)) &&
            claims[i]->sentence_span.begin == claims[s]->sentence_span.begin &&
            claims[s]->span.begin >= claims[i]->span.end) {
          Claim const& counted = *claims[i];
          Claim const& share = *claims[s];
          std::string_view const gap =
              text.substr(counted.span.end, share.span.begin - counted.span.end);
          // (A year between is no figure: "stolen in the Netherlands in 2024,".)
          // "3,402 of the 5,960 gardens in the North Island, or 67%" too.
          if (gap.size() <= 80 && gap.find_first_of(";:.()") == std::string_view::npos &&
              (gap.ends_with(", ") || gap.ends_with(", or ") || ends_with_a_dash(gap) ||
               gap == " (")) {
            add_share_of_base(
                *counted.quantity.numerator, with_commas(*counted.quantity.numerator),
                *counted.quantity.denominator, with_commas(*counted.quantity.denominator), share,
                "", entries({&counted, &share}), counted.metric ? counted.metric->key : "");
          }
          continue;
        }
        if (!is(*claims[i], QuantityKind::kCount) ||
            !(is(*claims[i + 1], QuantityKind::kPercent) || fraction))
          continue;
        Claim const& part = *claims[i];
        Claim const& share = *claims[i + 1];
        if (part.sentence_span.begin != share.sentence_span.begin)
          continue;
        if (share.span.begin < part.span.end)
          continue;
        std::string_view gap = text.substr(part.span.end, share.span.begin - part.span.end);
        bool const bracketed = gap.find('(') != std::string_view::npos && gap.size() <= 3;
        bool const restated = gap == ", or " || gap == " or ";
        // "Of the 14,380 parcels, 5,210 were for children, more than half the
        // total" (or "- one in three of the total", "roughly one in four of
        // everything picked up"): a share of the whole said after the part's clause.
        std::string_view const after = text.substr(share.span.end, 16);
        bool const of_the_whole =
            part.quantity.unit.empty() && !is_duration(part) && gap.size() <= 48 &&
            (gap.ends_with(", ") || ends_with_a_dash(gap)) &&
            gap.find_first_of("0123456789;:.()") == std::string_view::npos &&
            (after.starts_with(" the total") || after.starts_with(" of the total") ||
             after.starts_with(" of them") || after.starts_with(" of all") ||
             after.starts_with(" of those") || after.starts_with(" of these") ||
             after.starts_with(" of everything") || after.starts_with(" of everyone") ||
             after.starts_with(" of the whole"));
        // "742 – or 36% – were farming at a loss": a share restated with "or"
        // between dashes.
        bool const dashed_or =
            std::any_of(kDashes.begin(), kDashes.end(), [&](std::string_view dash) {
              return gap == std::string(dash) + "or " &&
                     text.substr(share.span.end).starts_with(dash);
            });
        // "Of the 1,140 people on the list, 412, about a quarter, have waited":
        // the share set between commas (or dashes: "210 - roughly one in four
        // - spilled", or the above) after the part.
        bool const apposed =
            part.quantity.unit.empty() &&
            ((gap == ", " && share.span.end < text.size() && text[share.span.end] == ',') ||
             (is_a_dash(gap) && text.substr(share.span.end).starts_with(gap)) || dashed_or);
        // "Dublin accounted for 11,500 of last year's 30,330 completions -
        // more than half of the national total", "four of the region's 14
        // bathing waters - more than a third -": the part, "of", its base,
        // then the share.
        Claim const* part_of_named_base = nullptr;
        if (i > 0 && part.quantity.unit.empty() && is(*claims[i - 1], QuantityKind::kCount) &&
            claims[i - 1]->sentence_span.begin == part.sentence_span.begin &&
            claims[i - 1]->span.end <= part.span.begin &&
            claims[i - 1]->quantity.value < part.quantity.value && gap.size() <= 40 &&
            gap.find_first_of("0123456789;:.()") == std::string_view::npos &&
            (gap.ends_with(", ") || ends_with_a_dash(gap))) {
          if (of_its_whole(
                  text.substr(claims[i - 1]->span.end, part.span.begin - claims[i - 1]->span.end)))
            part_of_named_base = claims[i - 1];
        }
        if (part_of_named_base) {
          add_share_of_base(*part_of_named_base, part, share, "");
          continue;
        }
        if (!bracketed && !restated && !of_the_whole && !apposed)
          continue;
        // "an increase of 932,000, or 13.5%, on the 6,910,000": a change's
        // per cent is of the level it started from, not a share of a whole.
        if (part.change && !part.change->direction.empty()) {
          if ((bracketed || restated) && is(share, QuantityKind::kPercent))
            change_against_its_start(claims, i, text);
          continue;
        }
        // The base: the first count of the sentence before the part; else the
        // nearest count of the part's metric a sentence or two before ("31.3
        // million appointments … But about 4.5 million appointments, or one
        // in five, …").
        Claim const* base = nullptr;
        for (std::size_t k = 0; k < i; ++k) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin == part.sentence_span.begin &&
              c.quantity.kind == QuantityKind::kCount && c.quantity.value > part.quantity.value) {
            base = &c;
            break;
          }
        }
        for (std::size_t k = i; !base && k-- > 0;) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin == part.sentence_span.begin)
            continue;
          if (part.sentence_span.begin - c.sentence_span.end > 400)
            break;
          // Two lines of lists are two parts, whichever list each is in: "-
          // Other: 3,150" is no base of a later "- Other: 1,490 (3.9%)".
          if (list_line(text, part) && list_line(text, c))
            continue;
          if (c.quantity.kind == QuantityKind::kCount && c.quantity.unit == part.quantity.unit &&
              c.quantity.value > part.quantity.value && c.metric && part.metric &&
              c.metric->key == part.metric->key && !c.change && usable(c) &&
              (!c.time.at || !part.time.at || overlaps(c.time.at, part.time.at)))
            base = &c;
        }
        if (!base)
          continue;
        add_share_of_base(part, *base, share, "");
      }
    }
  }

  // What lies between a part and the whole it is out of: " of the ", " of
  // the region's ", " of Kettleby's ".
  static bool of_its_whole(std::string_view between) {
    static re2::RE2 const kOfTheWhole(
        R"((?i)^ of (?:(?:the|all|its|their|last year's|this year's|[a-z]+'s) ){0,2}$)");
    return re2::RE2::FullMatch(re2::StringPiece(between.data(), between.size()), kOfTheWhole);
  }

  // "- Oakhurst: 9,880", "Breedekloof: 251,300": a figure on a list's line
  // under a label of its own, with a bullet or a short capitalised label.
  static bool list_line(std::string_view text, Claim const& c) {
    // A table's label may carry its gloss: "Bring banks (servicing and glass haulage): €2.9m".
    static re2::RE2 const kItemLabel(R"(^\s*(?:[-*•]\s*[^:]+|[A-Z][^:.;]{0,59}):\s*$)");
    std::string_view const lead =
        text.substr(c.sentence_span.begin, c.span.begin - c.sentence_span.begin);
    return re2::RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), kItemLabel);
  }

  // claims[i] is a change ("an increase of 932,000") and claims[i + 1] its
  // per cent. The level it started from is the sentence's figure after "on
  // the" or "from"; else the level before the change, less (or plus) it:
  // "handled 7,842,000 …, an increase of 932,000, or 13.5%".
  void change_against_its_start(std::span<Claim const* const> claims, std::size_t i,
                                std::string_view text) {
    Claim const& change = *claims[i];
    Claim const& rate = *claims[i + 1];
    bool const up = change.change->direction == "increase";
    std::string const what = up ? "A rise of " : "A fall of ";
    auto same_sentence_count = [&](Claim const& c) {
      return c.sentence_span.begin == change.sentence_span.begin &&
             c.quantity.kind == change.quantity.kind && c.quantity.unit == change.quantity.unit &&
             !c.change && usable(c) && c.quantity.value > 0;
    };
    for (std::size_t k = i + 2; k < claims.size(); ++k) {
      Claim const& c = *claims[k];
      if (!same_sentence_count(c))
        break;
      std::string_view const gap = text.substr(rate.span.end, c.span.begin - rate.span.end);
      static re2::RE2 const kOnStart(R"(^,? (?:on|from) (?:the |a |an )?$)");
      if (!re2::RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kOnStart))
        break;
      add_share_of_base(change.quantity.value, change.text, c.quantity.value, c.text, rate, "",
                        entries({&c, &change, &rate}), change.metric ? change.metric->key : "",
                        " on ", what);
      return;
    }
    for (std::size_t k = i; k-- > 0;) {
      Claim const& level = *claims[k];
      if (!same_sentence_count(level))
        return;
      double const start = up ? level.quantity.value - change.quantity.value
                              : level.quantity.value + change.quantity.value;
      if (start <= 0)
        return;
      add_share_of_base(change.quantity.value, change.text, start, with_commas(start), rate,
                        "It started from " + level.text + (up ? " less " : " plus ") + change.text +
                            " = " + with_commas(start) + "; ",
                        entries({&level, &change, &rate}), change.metric ? change.metric->key : "",
                        " on ", what);
      return;
    }
  }

  // The finding for a part stated as a share of its base ("4.5 million, or
  // one in five"), `lead` saying how the three were linked.
  void add_share_of_base(Claim const& part, Claim const& base, Claim const& share,
                         std::string const& lead) {
    add_share_of_base(part.quantity.value, part.text, base.quantity.value, base.text, share, lead,
                      entries({&base, &part, &share}), part.metric ? part.metric->key : "");
  }
  void add_share_of_base(double part, std::string const& part_text, double base,
                         std::string const& base_text, Claim const& share, std::string const& lead,
                         std::vector<FindingClaim> claims, std::string const& metric,
                         std::string_view relation = " of ",
                         std::string_view message_opening = "") {
    double share_low = share.quantity.low, share_high = share.quantity.high;
    if (is(share, QuantityKind::kRatio)) {
      double a, b;
      if (!fraction_of_change(share.quantity, a, b))
        return;
      share_low = 100 * a, share_high = 100 * b;
    }
    double const pct = 100 * part / base;
    bool const ok = pct >= share_low - 1e-9 && pct <= share_high + 1e-9;
    Finding f;
    f.rule = "arithmetic";
    f.verdict = ok ? "consistent" : "inconsistent";
    f.metric = metric;
    f.message = std::string(message_opening) + part_text + std::string(relation) + base_text +
                " is " + number(pct) + "%, " +
                (ok ? "which rounds to " : "which does not round to ") + share.text;
    f.explanation = lead + part_text + " / " + base_text + " = " + number(pct) + "%. " +
                    share.text + " allows " + describe_interval(share_low, share_high) +
                    "%, so the " + (relation == " of " ? "share" : "change") + " is " +
                    (ok ? "consistent." : "inconsistent beyond rounding.");
    f.claims = std::move(claims);
    add(std::move(f));
  }

  // "4,150 unaccompanied children were looked after. That is about one in 12
  // of the 80,850 children in care": the share a sentence that points back
  // gives of a base it names is the previous sentence's count of that base.
  void shares_said_of_the_figure_before() {
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      corpus::Document const* document = index_.document(d);
      if (!document)
        continue;
      std::string_view const text = document->text;
      auto const& claims = index_.claims_of(d);
      // What "That is" points back to: the first count of the sentence
      // before, or of the one before that when the nearer one opens with an
      // object ("The total is still more than double the 1,950 of 2013").
      auto subject_before = [&](std::size_t i) -> Claim const* {
        std::size_t end = i;  // claims[..end) precede the sentence looked back from
        std::size_t from = claims[i]->sentence_span.begin;
        for (int back = 0; back < 2 && end > 0; ++back) {
          std::size_t const sentence = claims[end - 1]->sentence_span.begin;
          if (claims[end - 1]->sentence_span.end + 3 < from || sentence == from)
            return nullptr;
          std::size_t first = end - 1;
          while (first > 0 && claims[first - 1]->sentence_span.begin == sentence)
            --first;
          std::size_t count = first;
          while (count < end && !is(*claims[count], QuantityKind::kCount))
            ++count;
          if (count == end)
            return nullptr;
          Claim const& c = *claims[count];
          if (c.span.begin < sentence || c.span.begin > text.size())
            return nullptr;
          std::string const lead = lower(text.substr(sentence, c.span.begin - sentence));
          if (!lead.ends_with("the ") && !lead.ends_with("than "))
            return &c;
          from = sentence;
          end = first;
        }
        return nullptr;
      };
      for (std::size_t i = 1; i + 1 < claims.size(); ++i) {
        Claim const& share = *claims[i];
        Claim const& base = *claims[i + 1];
        bool const fraction = is(share, QuantityKind::kRatio);
        if (!(fraction || is(share, QuantityKind::kPercent)) || !is(base, QuantityKind::kCount) ||
            base.sentence_span.begin != share.sentence_span.begin ||
            share.span.end > base.span.begin || base.span.begin > text.size())
          continue;
        Claim const* const subject = subject_before(i);
        if (!subject)
          continue;
        Claim const& part = *subject;
        if (!is(part, QuantityKind::kCount) || !usable(part) || !usable(base) ||
            part.quantity.value >= base.quantity.value)
          continue;
        std::string const opening = lower(
            text.substr(share.sentence_span.begin, share.span.begin - share.sentence_span.begin));
        if (!points_back_to_a_figure(opening))
          continue;
        std::string_view const gap = text.substr(share.span.end, base.span.begin - share.span.end);
        if (gap != " of the " && gap != " of all " && gap != " of ")
          continue;
        add_share_of_base(part, base, share,
                          "'" + opening.substr(0, opening.size() - 1) + "' points back to the " +
                              part.text + " of a sentence before. ");
      }
      for (std::size_t i = 1; i < claims.size(); ++i)
        share_of_the_part_before(text, claims, i);
    }
  }

  static bool points_back_to_a_figure(std::string const& opening) {
    return opening == "that is " || opening == "this is " || opening == "that's " ||
           opening == "this represents " || opening == "that represents ";
  }

  // "… of the 38,400 incidents, 12,100 happened on footpaths. That is nearly
  // half of all fly-tipping": a share opening its sentence, naming no base
  // of its own, is of the part out of its whole the sentence before gives.
  void share_of_the_part_before(std::string_view text, std::span<Claim const* const> claims,
                                std::size_t i) {
    Claim const& share = *claims[i];
    if ((!is(share, QuantityKind::kRatio) && !is(share, QuantityKind::kPercent)) || share.change ||
        share.span.begin > text.size() ||
        !points_back_to_a_figure(lower(
            text.substr(share.sentence_span.begin, share.span.begin - share.sentence_span.begin))))
      return;
    if (i + 1 < claims.size() && claims[i + 1]->sentence_span.begin == share.sentence_span.begin)
      return;  // a figure of its own sentence may be its base
    Claim const& last = *claims[i - 1];
    if (last.sentence_span.end + 3 < share.sentence_span.begin ||
        last.sentence_span.begin == share.sentence_span.begin)
      return;
    std::size_t first = i - 1;
    while (first > 0 && claims[first - 1]->sentence_span.begin == last.sentence_span.begin)
      --first;
    std::vector<Claim const*> counts, out_of_whole;
    for (std::size_t k = first; k < i; ++k) {
      if (count_of_whole(claims[k]->quantity))
        out_of_whole.push_back(claims[k]);
      else if (is(*claims[k], QuantityKind::kCount) && usable(*claims[k]))
        counts.push_back(claims[k]);
    }
    std::string const lead = "'" +
                             lower(text.substr(share.sentence_span.begin,
                                               share.span.begin - share.sentence_span.begin - 1)) +
                             "' points back to ";
    // "12,100 of the 38,400 incidents": one figure, a count out of its whole.
    if (out_of_whole.size() == 1 && counts.empty()) {
      Claim const& counted = *out_of_whole[0];
      add_share_of_base(*counted.quantity.numerator, with_commas(*counted.quantity.numerator),
                        *counted.quantity.denominator, with_commas(*counted.quantity.denominator),
                        share, lead + counted.text + " in the sentence before. ",
                        entries({&counted, &share}), counted.metric ? counted.metric->key : "");
      return;
    }
    // "of the 38,400 incidents, 12,100 happened": the whole, then its part.
    if (counts.size() != 2 || !out_of_whole.empty())
      return;
    Claim const& whole = *counts[0];
    Claim const& part = *counts[1];
    std::string const before = lower(text.substr(whole.span.begin >= 7 ? whole.span.begin - 7 : 0,
                                                 std::min<std::size_t>(7, whole.span.begin)));
    std::string_view const gap = text.substr(whole.span.end, part.span.begin - whole.span.end);
    if (!(before.ends_with("of the ") || before.ends_with("of all ")) || !gap.ends_with(", ") ||
        gap.size() > 40 || gap.find_first_of("0123456789;:.()") != std::string_view::npos ||
        part.quantity.value >= whole.quantity.value || !whole.quantity.unit.empty() ||
        !part.quantity.unit.empty())
      return;
    add_share_of_base(part, whole, share,
                      lead + part.text + " of the " + whole.text + " in the sentence before. ");
  }

  // --- arithmetic: "Seven of 87 …, a further 20 of 87 …, which leaves 60" -----------
  void what_is_left() {
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& left = *claims[i];
        std::size_t b = left.span.begin;
        // "leaves within five years": a length of time is no count that is left.
        if (!leaves_before(text, b) || is_duration(left))
          continue;
        std::vector<Claim const*> taken;
        double total = 0;
        for (std::size_t k = 0; k < i; ++k) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin != left.sentence_span.begin ||
              c.quantity.kind != QuantityKind::kRatio || !c.quantity.denominator) {
            continue;
          }
          if (total == 0)
            total = *c.quantity.denominator;
          if (*c.quantity.denominator == total)
            taken.push_back(&c);
        }
        if (taken.empty())
          continue;
        double rest = total;
        std::string terms = number(total);
        for (Claim const* t : taken) {
          rest -= *t->quantity.numerator;
          terms += " - " + number(*t->quantity.numerator);
        }
        bool ok = left.quantity.low <= rest && rest <= left.quantity.high;
        Finding f;
        f.rule = "arithmetic";
        f.verdict = ok ? "consistent" : "inconsistent";
        f.metric = left.metric ? left.metric->key : "";
        f.message = "\"leaves " + left.text + "\": " + terms + " = " + number(rest);
        f.explanation = terms + " = " + number(rest) + ", and the text says " + left.text +
                        " are left, so it is " + (ok ? "consistent." : "inconsistent.");
        for (Claim const* t : taken)
          f.claims.push_back(entry(*t));
        f.claims.push_back(entry(left));
        add(std::move(f));
      }
    });
  }

  // --- arithmetic: "5,242 …, more than double the 2,774 who did so in 2021" ------------
  // A multiple set between two figures of one sentence: the first is that many
  // times the second ("the", "that of", "the national average of" between).
  void multiples_of_another_figure() {
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 1; i + 1 < claims.size(); ++i) {
        Claim const& times = *claims[i];
        Claim const& a = *claims[i - 1];
        Claim const& b = *claims[i + 1];
        if (times.quantity.kind != QuantityKind::kMultiplier ||
            a.sentence_span.begin != times.sentence_span.begin ||
            b.sentence_span.begin != times.sentence_span.begin || !usable(a) || !usable(b) ||
            a.quantity.kind != b.quantity.kind || a.quantity.unit != b.quantity.unit ||
            a.quantity.kind == QuantityKind::kMultiplier || b.quantity.low <= 0)
          continue;
        std::string const before = lower(text.substr(a.span.end, times.span.begin - a.span.end));
        std::string const after = lower(text.substr(times.span.end, b.span.begin - times.span.end));
        bool const compared = (after.starts_with(" the ") || after.starts_with(" that of ")) &&
                              after.size() <= 40 && after.find_first_of(",;.") == std::string::npos;
        if (!compared || before.size() > 100 || before.find_first_of(";.()") != std::string::npos)
          continue;
        double const point = a.quantity.value / b.quantity.value;
        add_multiple(
            a, b, times, {a.quantity.low / b.quantity.high, a.quantity.high / b.quantity.low},
            a.text + " is " + number(point) + " times " + b.text + ", stated as " + times.text,
            entries({&a, &times, &b}));
      }
    });
  }

  // "of every pound spent, 18% went on early help, 71% on late intervention
  // and 14% on other services": a split of spending into parts is exclusive,
  // so its shares cannot sum past 100%. (A survey's answers can: only a
  // sentence about spending, with the parts listed after "went on" or
  // "spent on", is read.)
  void spending_splits() {
    static re2::RE2 const kSplit(
        R"((?i)\b(?:went|goes|go|going|was spent|were spent|is spent|are spent|spent)\s+on\b)");
    static re2::RE2 const kOfAll(
        R"((?i)^\s*(?:of all|of the|among all|among the)\b[^,.;]{0,80},\s*$)");
    static re2::RE2 const kSaid(
        R"((?i)^\s*(?:of (?:them|those) )?(?:said|say|says|reported|told|agreed|thought|think|felt|wanted)\b)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 0; i < claims.size();) {
        std::size_t j = i;
        while (j < claims.size() &&
               claims[j]->sentence_span.begin == claims[i]->sentence_span.begin)
          ++j;
        std::vector<Claim const*> shares;
        for (std::size_t k = i; k < j; ++k) {
          Claim const& c = *claims[k];
          if (c.quantity.kind == QuantityKind::kPercent && usable(c))
            shares.push_back(&c);
        }
        i = j;
        if (shares.size() < 3)
          continue;
        Claim const& first = *shares.front();
        std::string_view const after_first =
            text.substr(first.span.end, std::min<std::size_t>(24, text.size() - first.span.end));
        bool const spending = re2::RE2::PartialMatch(
            re2::StringPiece(after_first.data(), after_first.size()), kSplit);
        // "Of all offences assigned an outcome, 5.7% led to a charge, 41% were
        // closed … and 57% were dropped": the outcomes of one whole, each
        // figure going on with what became of its part (not what it said).
        bool outcomes = false;
        if (!spending && first.span.begin >= first.sentence_span.begin) {
          std::string_view const lead =
              text.substr(first.sentence_span.begin, first.span.begin - first.sentence_span.begin);
          outcomes = re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kOfAll);
        }
        if (!spending && !outcomes)
          continue;
        // A spending split lists levels; a change among them is another figure.
        // ("57% were dropped" is an outcome, not a fall.)
        if (spending)
          std::erase_if(shares, [](Claim const* c) { return c->change.has_value(); });
        if (shares.size() < 3 || (spending && shares.front() != &first))
          continue;
        // The others each go on with "on …" (or a verb of what became of
        // them), listed with commas and "and".
        bool listed = true;
        for (std::size_t k = 0; k < shares.size() && listed; ++k) {
          std::string_view const after = text.substr(
              shares[k]->span.end, std::min<std::size_t>(16, text.size() - shares[k]->span.end));
          if (outcomes &&
              re2::RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kSaid)) {
            listed = false;
            break;
          }
          if (k == 0)
            continue;
          std::string_view const gap =
              text.substr(shares[k - 1]->span.end, shares[k]->span.begin - shares[k - 1]->span.end);
          listed = gap.size() <= 80 && gap.find_first_of(";.") == std::string_view::npos &&
                   (gap.ends_with(", ") || gap.ends_with(" and ")) &&
                   (outcomes || after.starts_with(" on "));
        }
        if (!listed)
          continue;
        double low = 0, point = 0;
        std::string sum;
        for (Claim const* c : shares) {
          low += c->quantity.low;
          point += c->quantity.value;
          sum += (sum.empty() ? "" : " + ") + c->text;
        }
        if (low <= 100)
          continue;
        Finding f;
        f.rule = "arithmetic";
        f.verdict = "inconsistent";
        f.metric = first.metric ? first.metric->key : "";
        f.message = std::string(spending ? "Shares of one spending split" : "Shares of one whole") +
                    " sum to " + number(point) + "%";
        f.explanation = sum + " = " + number(point) +
                        "%; even at the low end of each figure's "
                        "rounding they sum to " +
                        number(low) + "%, more than the whole they split.";
        for (Claim const* c : shares)
          f.claims.push_back(entry(*c));
        add(std::move(f));
      }
    });
  }

  // "The award will cost £1.1bn, of which schools must find £900m, which leaves
  // £525m": a whole, a part "of which", and what "leaves" / "leaving" after it.
  // A sentence that opens on a whole named before it: "Of those waiting, …".
  static re2::RE2 const& opens_on_a_whole() {
    static re2::RE2 const kOfThose(
        R"((?i)^\s*of (?:those|these|them|this|that|the total)\b[^.;]{0,60}$)");
    return kOfThose;
  }

  // A document's figures less its lengths of time: "£7.5bn over two years, of
  // which £4.7bn …" holds no sum of the two years.
  static std::vector<Claim const*> figures_without_durations(std::span<Claim const* const> all) {
    std::vector<Claim const*> claims;
    for (Claim const* c : all) {
      if (!is_duration(*c))
        claims.push_back(c);
    }
    return claims;
  }

  void remainders() {
    static re2::RE2 const kPart(R"((?i)\bof which\b[^.;]{0,60}$)");
    re2::RE2 const& kOfThose = opens_on_a_whole();
    static re2::RE2 const kRest(
        R"((?i)\b(?:leaving|leaves|left|leave|the remaining|the rest(?: of)?|the remainder(?: of)?)(?: (?:just|only|about|around|some|a further))?\s*$)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> all) {
      std::string_view const text = document.text;
      std::vector<Claim const*> const claims = figures_without_durations(all);
      // "The backlog reached 175,457 … Of those waiting, 139,961 had waited …,
      // leaving 45,496": a sentence that opens on a whole named a sentence or
      // two before; the whole is the larger figure of that measure nearest
      // the part and the rest together.
      auto whole_before = [&](std::size_t i) -> Claim const* {
        Claim const& part = *claims[i];
        Claim const& rest = *claims[i + 1];
        if (part.sentence_span.begin != rest.sentence_span.begin ||
            part.span.begin < part.sentence_span.begin)
          return nullptr;
        std::string_view const lead =
            text.substr(part.sentence_span.begin, part.span.begin - part.sentence_span.begin);
        if (!re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kOfThose))
          return nullptr;
        return whole_named_before(claims, i, part,
                                  std::max(part.quantity.value, rest.quantity.value),
                                  part.quantity.value + rest.quantity.value);
      };
      for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
        Claim const* opened_on = whole_before(i);
        bool const anaphoric = opened_on != nullptr;
        if (!anaphoric && i + 2 >= claims.size())
          continue;
        Claim const& whole = anaphoric ? *opened_on : *claims[i];
        Claim const& part = anaphoric ? *claims[i] : *claims[i + 1];
        Claim const& rest = anaphoric ? *claims[i + 1] : *claims[i + 2];
        // Whole, part and rest in one sentence, or (whole_before) a whole the
        // part's sentence opens on.
        bool const read_together =
            anaphoric || (part.sentence_span.begin == whole.sentence_span.begin &&
                          rest.sentence_span.begin == whole.sentence_span.begin);
        bool const one_measure =
            whole.quantity.kind == part.quantity.kind && part.quantity.kind == rest.quantity.kind &&
            whole.quantity.unit == part.quantity.unit && part.quantity.unit == rest.quantity.unit &&
            (whole.quantity.kind == QuantityKind::kMoney ||
             whole.quantity.kind == QuantityKind::kCount);
        if (!read_together || !one_measure || !usable(whole) || !usable(part) || !usable(rest) ||
            std::isinf(whole.quantity.high) || std::isinf(part.quantity.high))
          continue;
        std::string_view const to_part =
            text.substr(whole.span.end, part.span.begin - whole.span.end);
        std::string_view const to_rest =
            text.substr(part.span.end, rest.span.begin - part.span.end);
        if ((!anaphoric &&
             (to_part.size() > 100 ||
              !re2::RE2::PartialMatch(re2::StringPiece(to_part.data(), to_part.size()), kPart))) ||
            to_rest.size() > 140 ||
            !re2::RE2::PartialMatch(re2::StringPiece(to_rest.data(), to_rest.size()), kRest))
          continue;
        add_remainder(whole, {&part}, rest);
      }
    });
  }

  // The whole a sentence opening "Of those …" counts back to: the figure of
  // `like`'s measure among the four before claims[i] (within 600 bytes),
  // larger than `larger_than`, that comes nearest `sum`.
  static Claim const* whole_named_before(std::vector<Claim const*> const& claims, std::size_t i,
                                         Claim const& like, double larger_than, double sum) {
    Claim const* best = nullptr;
    for (std::size_t j = i; j-- > 0 && i - j <= 4;) {
      Claim const& c = *claims[j];
      if (like.sentence_span.begin - c.sentence_span.end > 600)
        break;
      if (c.quantity.kind != like.quantity.kind || c.quantity.unit != like.quantity.unit ||
          c.quantity.value <= larger_than)
        continue;
      if (!best || std::fabs(c.quantity.value - sum) < std::fabs(best->quantity.value - sum))
        best = &c;
    }
    return best;
  }

  // The finding on a whole less its parts against what the text says they leave.
  void add_remainder(Claim const& whole, std::vector<Claim const*> const& parts,
                     Claim const& left) {
    double lo = bounds(whole.quantity).first, hi = bounds(whole.quantity).second;
    double point = whole.quantity.value;
    std::string minus = whole.text, listed;  // "412 - 61 - 287", "61 and 287"
    for (std::size_t k = 0; k < parts.size(); ++k) {
      grammar::Quantity const& q = parts[k]->quantity;
      lo -= bounds(q).second;
      hi -= bounds(q).first;
      point -= q.value;
      minus += " - " + parts[k]->text;
      listed += (k == 0 ? "" : k + 1 == parts.size() ? " and " : ", ") + parts[k]->text;
    }
    bool const ok = lo <= bounds(left.quantity).second && bounds(left.quantity).first <= hi;
    auto amount = [&](double v) { return amount_like(whole.quantity, v); };
    Finding f;
    f.rule = "arithmetic";
    f.verdict = ok ? "consistent" : "inconsistent";
    f.metric = whole.metric ? whole.metric->key : "";
    f.message =
        whole.text + " less " + listed + " leaves " + amount(point) + ", stated as " + left.text;
    f.explanation = minus + " = " + amount(point) + "; with the rounding of " +
                    (parts.size() == 1 ? "both figures" : "every figure") + " it lies between " +
                    amount(lo) + " and " + amount(hi) + ". " + left.text + " is " +
                    (ok ? "inside that, so it is consistent." : "outside it: inconsistent.");
    f.claims.push_back(entry(whole));
    for (Claim const* c : parts)
      f.claims.push_back(entry(*c));
    f.claims.push_back(entry(left));
    add(std::move(f));
  }

  // "The council looks after 412 children. Of those, 61 live in children's
  // homes and 287 with foster carers, leaving 54 in other placements": a
  // sentence that opens on a whole named just before, lists two or more
  // parts and says what they leave.
  void remainders_of_several_parts() {
    re2::RE2 const& kOfThose = opens_on_a_whole();
    static re2::RE2 const kRest(
        R"((?i)[,;]\s*(?:leaving|which leaves|leaves)(?: (?:just|only|about|around|some|a further|the other|the remaining))?\s*$)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> all) {
      std::string_view const text = document.text;
      std::vector<Claim const*> const claims = figures_without_durations(all);
      auto same_measure = [](Claim const& a, Claim const& b) {
        return a.quantity.kind == b.quantity.kind && a.quantity.unit == b.quantity.unit &&
               (a.quantity.kind == QuantityKind::kCount || a.quantity.kind == QuantityKind::kMoney);
      };
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& first = *claims[i];
        if (first.span.begin < first.sentence_span.begin ||
            (i > 0 && claims[i - 1]->sentence_span.begin == first.sentence_span.begin))
          continue;  // the sentence's first figure only
        std::string_view const lead =
            text.substr(first.sentence_span.begin, first.span.begin - first.sentence_span.begin);
        if (!re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kOfThose))
          continue;
        // The parts, joined by commas and "and", up to the one "leaving" names.
        std::size_t rest = 0;
        for (std::size_t k = i + 1; k < claims.size() && k <= i + 4; ++k) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin != first.sentence_span.begin || !same_measure(first, c))
            break;
          std::string_view const gap =
              text.substr(claims[k - 1]->span.end, c.span.begin - claims[k - 1]->span.end);
          if (gap.size() > 120)
            break;
          if (re2::RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), kRest)) {
            rest = k;
            break;
          }
        }
        if (rest < i + 2)
          continue;  // one part: remainders() reads it
        std::vector<Claim const*> const parts(claims.begin() + static_cast<std::ptrdiff_t>(i),
                                              claims.begin() + static_cast<std::ptrdiff_t>(rest));
        Claim const& left = *claims[rest];
        bool const usable_parts =
            usable(left) && std::all_of(parts.begin(), parts.end(), [](Claim const* c) {
              return usable(*c) && !std::isinf(c->quantity.high);
            });
        double part_point = 0;
        for (Claim const* c : parts)
          part_point += c->quantity.value;
        // The whole: the figure of the measure a sentence or two before that
        // the parts and the rest together come nearest.
        Claim const* whole =
            whole_named_before(claims, i, first, part_point, part_point + left.quantity.value);
        if (!whole || !usable_parts || !usable(*whole) || std::isinf(whole->quantity.high))
          continue;
        add_remainder(*whole, parts, left);
      }
    });
  }

  // "Of all 51 jurisdictions, deaths fell in 39, were flat in four and rose
  // in nine": counts of the parts a sentence opens its whole with cannot sum
  // past it. (Whether they cover all of it the text may not say, so a sum
  // short of the whole is no finding.)
  void parts_beyond_the_whole() {
    static re2::RE2 const kOpensOnWhole(R"((?i)^\s*(?:of|out of|among) (?:all |the )?$)");
    static re2::RE2 const kStatesTotal(
        R"((?i)\b(?:totall?ed|totals|a total of|in total|amounted to|came to) (?:some |about |around |roughly |nearly |almost )?$)");
    // Between listed parts: no word that makes a figure another's change or comparison.
    static re2::RE2 const kNotAList(
        R"((?i)\b(?:from|to|up|down|compared|against|than|while|whereas|but|versus|vs|before|after|since|of)\b)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t i = 0; i + 2 < claims.size(); ++i) {
        Claim const& whole = *claims[i];
        // A breakdown the lexicon knows ("Out of 87 authorities inspected, …")
        // is breakdowns()' to read.
        bool const breakdown = whole.metric && whole.metric->role == "total";
        // Counts, or sums of money ("Of the £48.2m, broadcasting brought in £21.5m, …");
        // or the first part said out of the whole ("28,500 of the 62,200 children …
        // were recorded under neglect, 22,100 under emotional abuse, …").
        // ("One of 46 priority sites" names a member, not the first part.)
        bool const first_of_whole =
            count_of_whole(whole.quantity) && *whole.quantity.numerator >= 2;
        bool const countable = whole.quantity.kind == QuantityKind::kCount ||
                               whole.quantity.kind == QuantityKind::kMoney || first_of_whole;
        if (!countable || !usable(whole) || breakdown ||
            whole.span.begin < whole.sentence_span.begin ||
            (!first_of_whole && i > 0 &&
             claims[i - 1]->sentence_span.begin == whole.sentence_span.begin))
          continue;
        std::string_view const lead =
            text.substr(whole.sentence_span.begin, whole.span.begin - whole.sentence_span.begin);
        // "Export revenue totalled NZ$3.1 billion. Green kiwifruit contributed
        // NZ$1.4bn, SunGold NZ$1.9bn and …": a total that ends its sentence,
        // its parts listed in the next.
        Claim const& next = *claims[i + 1];
        bool const totalled =
            !first_of_whole && next.sentence_span.begin >= whole.sentence_span.end &&
            text.substr(whole.sentence_span.end, next.sentence_span.begin - whole.sentence_span.end)
                    .find_first_not_of(" \t\r\n") == std::string_view::npos &&
            re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kStatesTotal);
        // "The country's 512 screens are split between 388 in multiplexes, 97
        // …": a whole the sentence says is divided into the parts after it.
        static re2::RE2 const kSplitInto(
            R"((?i)^(?: [a-z'-]+){0,4} (?:are|were|is|was|has been|have been) (?:split|divided|broken down|shared) (?:between|among|into|across) )");
        std::string_view const after_whole =
            text.substr(whole.span.end, std::min<std::size_t>(80, text.size() - whole.span.end));
        bool const split =
            !first_of_whole &&
            re2::RE2::PartialMatch(re2::StringPiece(after_whole.data(), after_whole.size()),
                                   kSplitInto);
        if (!first_of_whole && !totalled && !split &&
            !re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kOpensOnWhole))
          continue;
        // What the parts are counted as, and the whole's bounds and words.
        grammar::Quantity like = whole.quantity;
        double whole_most = bounds(whole.quantity).second;
        std::string whole_text = whole.text;
        double low = 0, point = 0;
        std::string listed;
        if (first_of_whole) {
          like.kind = QuantityKind::kCount;
          like.unit.clear();
          like.value = *whole.quantity.numerator;
          like.scale.clear();
          whole_most = *whole.quantity.denominator + 0.5;
          whole_text = with_commas(*whole.quantity.denominator);
          low = *whole.quantity.numerator - 0.5;
          point = *whole.quantity.numerator;
          listed = with_commas(*whole.quantity.numerator);
        }
        // The parts: counts of the same sentence after the whole's phrase, in a list.
        std::vector<Claim const*> parts;
        std::size_t const parts_at =
            totalled ? next.sentence_span.begin : whole.sentence_span.begin;
        std::size_t previous_end = whole.span.end;
        for (std::size_t k = i + 1; k < claims.size() && claims[k]->sentence_span.begin == parts_at;
             ++k) {
          Claim const& c = *claims[k];
          // "Of the 5.3 million hectares burned, Manitoba accounts for 1.9
          // million, …": a part may leave the whole's unit unsaid, not its scale.
          bool const unit_unsaid = like.kind == QuantityKind::kCount && c.quantity.unit.empty() &&
                                   !like.unit.empty() && c.quantity.scale == like.scale;
          // "412 spilled more than 60 times, 538 …": a figure of another unit in
          // the same item as a part says what the part is, and the list goes on.
          bool const unlike = c.quantity.kind != like.kind ||
                              (c.quantity.unit != like.unit && !unit_unsaid) ||
                              c.quantity.per != like.per;
          if (unlike && !parts.empty() && c.span.begin >= previous_end) {
            std::string_view const within = text.substr(previous_end, c.span.begin - previous_end);
            if (within.size() <= 40 && within.find_first_of(",;.") == std::string_view::npos &&
                within.find(" and ") == std::string_view::npos) {
              previous_end = c.span.end;
              continue;
            }
          }
          if (unlike || !usable(c) || std::isinf(c.quantity.high) ||
              (c.change && c.change->relative) || after_an_article(text, c.span.begin))
            break;
          if (!parts.empty() || first_of_whole) {
            std::string_view const gap = text.substr(previous_end, c.span.begin - previous_end);
            if (gap.size() > 60 || gap.find_first_of(";.") != std::string_view::npos ||
                (gap.find(',') == std::string_view::npos &&
                 gap.find(" and ") == std::string_view::npos) ||
                (totalled &&
                 re2::RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), kNotAList)))
              break;
          }
          parts.push_back(&c);
          previous_end = c.span.end;
        }
        if (parts.size() + (first_of_whole ? 1 : 0) < 2)
          continue;
        double const whole_value =
            first_of_whole ? *whole.quantity.denominator : whole.quantity.value;
        add_parts_past_whole(whole, whole_text, whole_value, whole_most, like, parts, low, point,
                             listed);
        // "… and the remaining 251": the last part is the rest of the whole,
        // so the parts must reach it, not only stay within it.
        std::string_view const before_last =
            text.substr(whole.span.end, parts.back()->span.begin - whole.span.end);
        std::string_view const last_words =
            before_last.substr(before_last.size() > 24 ? before_last.size() - 24 : 0);
        bool const rest_of_whole = last_words.find("remaining") != std::string_view::npos ||
                                   last_words.find("the rest") != std::string_view::npos ||
                                   last_words.find("the remainder") != std::string_view::npos ||
                                   last_words.find("the other") != std::string_view::npos;
        if (rest_of_whole) {
          double const whole_least =
              first_of_whole ? *whole.quantity.denominator - 0.5 : bounds(whole.quantity).first;
          add_parts_short_of_whole(whole, whole_text, whole_least, like, parts,
                                   first_of_whole ? point + 0.5 : 0, point, listed);
        }
      }
    });
  }

  // "Langdale (168), Keswick (142), Wasdale (131) and Coniston (77) dealt
  // with 528 call-outs between them": a total said to be the listed parts'
  // together ("between them", "combined", "altogether") is their sum, neither
  // more nor less.
  void parts_then_their_total() {
    static re2::RE2 const kTogether(
        R"((?i)^(?: [a-z'-]+){0,3} (?:between them|between the (?:[a-z]+ )?of them|combined|altogether|put together)\b)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      for (std::size_t t = 2; t < claims.size(); ++t) {
        Claim const& total = *claims[t];
        bool const countable = total.quantity.kind == QuantityKind::kCount ||
                               total.quantity.kind == QuantityKind::kMoney;
        if (!countable || !usable(total) || total.change || total.span.end > text.size())
          continue;
        std::string_view const after =
            text.substr(total.span.end, std::min<std::size_t>(60, text.size() - total.span.end));
        if (!re2::RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kTogether))
          continue;
        // The parts: a list of like figures right before the total, each a
        // few words from the next, joined by commas or "and".
        std::vector<Claim const*> parts;
        std::size_t next_begin = total.span.begin;
        for (std::size_t k = t; k-- > 0;) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin != total.sentence_span.begin || c.span.end > next_begin ||
              c.quantity.kind != total.quantity.kind || c.quantity.unit != total.quantity.unit ||
              c.quantity.per != total.quantity.per || !usable(c) || c.change ||
              std::isinf(c.quantity.high))
            break;
          std::string_view const gap = text.substr(c.span.end, next_begin - c.span.end);
          if (gap.find_first_of(";.:") != std::string_view::npos || gap.size() > 40)
            break;
          if (!parts.empty() &&
              (lower_words(gap).size() > 4 || (gap.find(',') == std::string_view::npos &&
                                               gap.find(" and ") == std::string_view::npos)))
            break;
          parts.push_back(&c);
          next_begin = c.span.begin;
        }
        if (parts.size() < 2)
          continue;
        std::reverse(parts.begin(), parts.end());
        PartsSum const sum = sum_of(parts);
        auto const [least, most] = bounds(total.quantity);
        bool const ok = sum.low <= most && least <= sum.high;
        Finding f = parts_finding(total, parts);
        f.verdict = ok ? "consistent" : "inconsistent";
        f.message = sum.listed + " = " + amount_like(total.quantity, sum.point) +
                    (ok ? ", which matches " : ", not the ") + total.text +
                    " stated as their total";
        f.explanation =
            sum.listed + " = " + amount_like(total.quantity, sum.point) + ". The text gives " +
            total.text + " as their total, so the sum is " +
            (ok ? "consistent." : "inconsistent: a total of listed parts is their sum.");
        add(std::move(f));
      }
    });
  }

  // An arithmetic finding against `whole` and its `parts`, to be worded.
  Finding parts_finding(Claim const& whole, std::vector<Claim const*> const& parts) const {
    Finding f;
    f.rule = "arithmetic";
    f.verdict = "inconsistent";
    f.metric = whole.metric ? whole.metric->key : "";
    f.claims.push_back(entry(whole));
    for (Claim const* c : parts)
      f.claims.push_back(entry(*c));
    return f;
  }

  // Parts that end with "the remaining …" yet sum short of their whole.
  // `high`, `point` and `listed` start with what the whole's own phrase
  // counts as a part, as for add_parts_past_whole.
  void add_parts_short_of_whole(Claim const& whole, std::string const& whole_text,
                                double whole_least, grammar::Quantity const& like,
                                std::vector<Claim const*> const& parts, double high, double point,
                                std::string listed) {
    PartsSum const sum = sum_of(parts);
    high += sum.high;
    point += sum.point;
    listed += (listed.empty() || sum.listed.empty() ? "" : " + ") + sum.listed;
    if (high >= whole_least)
      return;
    Finding f = parts_finding(whole, parts);
    f.message = "Parts of " + whole_text + " sum to only " + amount_like(like, point);
    f.explanation = listed + " = " + amount_like(like, point) + ", less than the " + whole_text +
                    " they are parts of, though the last part is said to be the rest of it.";
    if (amount_like(like, high) != amount_like(like, point))
      f.explanation +=
          " Even at the top of their rounding they reach only " + amount_like(like, high) + ".";
    add(std::move(f));
  }

  // "with a 4,500 cubic metre storm tank": a figure after "a" measures the
  // thing it describes; it counts no part of anything.
  static bool after_an_article(std::string_view text, std::size_t at) {
    std::string_view before = text.substr(0, at);
    while (!before.empty() && before.back() == ' ')
      before.remove_suffix(1);
    for (std::string_view article : {" a", " an", " A", " An"}) {
      if (before.ends_with(article))
        return true;
    }
    return before == "a" || before == "an" || before == "A" || before == "An";
  }

  // Parts added up with their rounding: "£980,000 + £640,000" and its bounds.
  struct PartsSum {
    double low = 0, high = 0, point = 0;
    std::string listed;
  };
  static PartsSum sum_of(std::vector<Claim const*> const& parts) {
    PartsSum out;
    for (Claim const* p : parts) {
      out.low += bounds(p->quantity).first;
      out.high += bounds(p->quantity).second;
      out.point += p->quantity.value;
      out.listed += (out.listed.empty() ? "" : " + ") + p->text;
    }
    return out;
  }

  // Parts of one whole summing past it. `low`, `point` and `listed` start
  // with what the whole's own phrase counts as a part ("28,500 of the 62,200").
  void add_parts_past_whole(Claim const& whole, std::string const& whole_text, double whole_value,
                            double whole_most, grammar::Quantity const& like,
                            std::vector<Claim const*> const& parts, double low, double point,
                            std::string listed) {
    PartsSum const sum = sum_of(parts);
    low += sum.low;
    point += sum.point;
    listed += (listed.empty() || sum.listed.empty() ? "" : " + ") + sum.listed;
    // "£0.9bn + £0.6bn + £0.5bn" of "£1.8bn": £2.0bn as stated, yet each
    // rounded to the edge of its last digit they could just fit. Beyond
    // rounding it is an error; past the whole only as stated, a warning.
    bool const beyond_rounding = low > whole_most;
    if (!beyond_rounding && !(point > whole_most && point > whole_value * 1.03))
      return;
    Finding f = parts_finding(whole, parts);
    f.message = "Parts of " + whole_text + " sum to " + amount_like(like, point);
    f.explanation = listed + " = " + amount_like(like, point) + ", more than the " + whole_text +
                    " they are parts of; parts of one whole cannot sum past it.";
    if (!beyond_rounding) {
      f.severity = "warning";
      f.explanation +=
          " They fit only if every part's true value sits at the bottom of "
          "its rounding (" +
          amount_like(like, low) + " together) and the " + whole_text + "'s at the top (" +
          amount_like(like, whole_most) + ").";
    }
    add(std::move(f));
  }

  // A breakdown written as a list after a colon, its parts between
  // semicolons: "Outcomes of the 9,840 referrals: 2,310 no further action;
  // 3,870 an assessment; 4,020 early help". The whole is the one count before
  // the colon, or, for a list line whose label says it breaks something down
  // ("By legal status: 804; 212; 71"), the one count of the line before.
  void listed_parts_beyond_the_whole() {
    // A year, month or weekday between the parts makes the list a series over
    // time ("2021: 2,100; 2022: 3,500"), whose figures sum to nothing.
    static re2::RE2 const kWhen(
        R"((?i)\b(?:1[89]\d\d|20\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|quarter|year)s?\b)");
    static re2::RE2 const kBreaksDown(
        R"((?i)^[\s*•·-]*(?:by\b|of (?:whom|which|those|these|them)\b|.*\b(?:breakdown|broken down|split)\b))");
    auto like_count = [](Claim const& c) {
      grammar::Quantity const& q = c.quantity;
      return q.kind == QuantityKind::kCount && q.unit.empty() && q.per.empty() && usable(c) &&
             !std::isinf(q.high) && !(c.change && c.change->relative);
    };
    auto matches = [](std::string_view t, re2::RE2 const& re) {
      return re2::RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), re);
    };
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> all) {
      std::string_view const text = document.text;
      std::vector<Claim const*> const claims = figures_without_durations(all);
      std::size_t previous_begin = 0;  // the sentence before's first claim
      for (std::size_t a = 0, b = 0; a < claims.size(); previous_begin = a, a = b) {
        extractor::Span const sentence = claims[a]->sentence_span;
        for (b = a; b < claims.size() && claims[b]->sentence_span.begin == sentence.begin;)
          ++b;
        if (sentence.end > text.size() || sentence.begin >= sentence.end)
          continue;
        std::string_view const line = text.substr(sentence.begin, sentence.size());
        // The colon that opens the list; one between digits is a time or a ratio.
        std::size_t colon = std::string_view::npos;
        for (std::size_t i = 0; i < line.size(); ++i) {
          if (line[i] == ':' &&
              !(i > 0 && is_digit(line[i - 1]) && i + 1 < line.size() && is_digit(line[i + 1]))) {
            colon = sentence.begin + i;
            break;
          }
        }
        if (colon == std::string_view::npos)
          continue;
        std::size_t first_after = a;
        while (first_after < b && claims[first_after]->span.begin < colon)
          ++first_after;
        std::vector<Claim const*> parts;
        std::size_t previous_end = colon;
        for (std::size_t k = first_after; k < b; ++k) {
          Claim const& c = *claims[k];
          std::string_view const gap = text.substr(previous_end, c.span.begin - previous_end);
          bool const listed = gap.size() <= 80 && gap.find('.') == std::string_view::npos &&
                              (parts.empty() ? gap.find(';') == std::string_view::npos
                                             : gap.find(';') != std::string_view::npos) &&
                              !matches(gap, kWhen);
          if (!like_count(c) || !listed)
            break;
          parts.push_back(&c);
          previous_end = c.span.end;
        }
        if (parts.size() < 2)
          continue;
        // What follows the last part up to the next one's semicolon is its
        // label too: "4,020 to early help in 2023" is of a year.
        std::string_view tail = text.substr(previous_end, sentence.end - previous_end);
        if (std::size_t const cut = tail.find(';'); cut != std::string_view::npos)
          tail = tail.substr(0, cut);
        if (matches(tail, kWhen))
          continue;
        Claim const* whole = nullptr;
        if (first_after - a == 1) {
          whole = claims[a];
        } else if (first_after == a && a > 0) {
          std::string_view const label = text.substr(sentence.begin, colon - sentence.begin);
          extractor::Span const before = claims[previous_begin]->sentence_span;
          bool const line_before =
              a - previous_begin == 1 && before.end <= sentence.begin &&
              text.substr(before.end, sentence.begin - before.end).find_first_not_of(" \t\r\n") ==
                  std::string_view::npos;
          if (line_before && matches(label, kBreaksDown))
            whole = claims[previous_begin];
        }
        if (!whole || !like_count(*whole) ||
            std::any_of(parts.begin(), parts.end(),
                        [&](Claim const* p) { return p->quantity.value >= whole->quantity.value; }))
          continue;
        add_parts_past_whole(*whole, whole->text, whole->quantity.value,
                             bounds(whole->quantity).second, whole->quantity, parts, 0, 0, "");
      }
    });
  }

  // "- Total Rural Bus Fund: £2.35m" and the list lines under it, one sum
  // each ("- Shelters and displays: £415,000"), or the lines above a closing
  // "- Total: £15.4bn": the lines break the total down. Past it is an error;
  // short of it a warning, as a list may leave something out.
  void list_totals() {
    // A table's lines may go without bullets: "Crush by region (tonnes):",
    // then "Breedekloof: 251,300" … "Total: 1,240,000".
    static re2::RE2 const kTotalLabel(
        R"(^\s*(?:[-*•]\s*(?i:[^:]*\btotal\b[^:]*)|(?i:[^:.;]{0,40}\btotal\b[^:.;]{0,40})):\s*$)");
    for_each_text([&](corpus::Document const& document, std::span<Claim const* const> claims) {
      std::string_view const text = document.text;
      // A line's figure ends it; a figure in its label ("Keeping the T4 and
      // X47 hourly: £980,000") is part of the label.
      auto last_on_line = [&](std::size_t i) {
        return i + 1 == claims.size() ||
               claims[i + 1]->sentence_span.begin != claims[i]->sentence_span.begin;
      };
      auto label_is = [&](Claim const& c, re2::RE2 const& label) {
        std::string_view const lead =
            text.substr(c.sentence_span.begin, c.span.begin - c.sentence_span.begin);
        return re2::RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), label);
      };
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& total = *claims[i];
        grammar::Quantity const& q = total.quantity;
        if ((q.kind != QuantityKind::kMoney && q.kind != QuantityKind::kCount) || !usable(total) ||
            std::isinf(q.high) || !last_on_line(i) || !label_is(total, kTotalLabel))
          continue;
        // The lines right under the total, or else right above it ("- Total:
        // £15.4bn" closing a table): one line each, no blank line between.
        auto lines_next_to = [&](bool above) {
          std::vector<Claim const*> parts;
          extractor::Span previous = total.sentence_span;
          for (std::size_t k = i; above ? k-- > 0 : ++k < claims.size();) {
            if (!last_on_line(k))
              continue;  // a figure of a line's label
            Claim const& c = *claims[k];
            extractor::Span const upper = above ? c.sentence_span : previous;
            extractor::Span const lower_line = above ? previous : c.sentence_span;
            std::string_view const between =
                lower_line.begin >= upper.end ? text.substr(upper.end, lower_line.begin - upper.end)
                                              : std::string_view("x");
            if (between.find_first_not_of(" \t\r\n") != std::string_view::npos ||
                std::count(between.begin(), between.end(), '\n') > 1 || !list_line(text, c) ||
                label_is(c, kTotalLabel) || c.quantity.kind != q.kind ||
                c.quantity.unit != q.unit || !usable(c) || std::isinf(c.quantity.high) ||
                c.quantity.value >= q.value)
              break;
            parts.push_back(&c);
            previous = c.sentence_span;
          }
          if (above)
            std::reverse(parts.begin(), parts.end());
          return parts;
        };
        std::vector<Claim const*> parts = lines_next_to(false);
        bool under = true;
        if (parts.size() < 2) {
          parts = lines_next_to(true);
          under = false;
        }
        if (parts.size() < 2)
          continue;
        auto const [low, high, point, listed] = sum_of(parts);
        auto const [total_low, total_high] = bounds(q);
        bool const fits = low <= total_high && total_low <= high;
        Finding f;
        f.rule = "arithmetic";
        f.verdict = fits ? "consistent" : "inconsistent";
        f.metric = total.metric ? total.metric->key : "";
        if (!fits && point < q.value)
          f.severity = "warning";
        // Summed as the lines are written: "£2,245,000", not a rounded "£2.25m".
        std::string const sum = amount_like(parts.front()->quantity, point);
        f.message = std::string("The lines ") + (under ? "under " : "above ") + total.text +
                    " sum to " + sum;
        f.explanation = listed + " = " + sum + (fits ? ", which is " : ", not ") + "the " +
                        total.text + " the list's total line gives" +
                        (fits              ? "."
                         : point > q.value ? ": more than the whole, so a line is wrong."
                                           : ": short of it, so a line is wrong or missing.");
        f.claims.push_back(entry(total));
        for (Claim const* p : parts)
          f.claims.push_back(entry(*p));
        add(std::move(f));
      }
    });
  }

  // --- reference ------------------------------------------------------------------
  // "31 March 2016" for a 31 March snapshot, else the ISO date; a flow's row
  // is its period ("2009-10"), not the day it ends.
  static std::string snapshot_words(corpus::ReferenceRow const& r, Series const& series) {
    if (!series.snapshots && !r.period.empty())
      return r.period;
    if (r.period_end.size() == 10 && r.period_end.compare(4, 6, "-03-31") == 0)
      return "31 March " + r.period_end.substr(0, 4);
    return r.period_end;
  }

  // The rows a stated period names: a date or month, the snapshots inside it;
  // a fiscal year, the row that ends it; a calendar year, the 31 March
  // snapshots of it and of the next year (either can be meant).
  // A stock's fiscal year may name the snapshot that opens it as well as the
  // one that closes it ("in 2010/11" for the 31 March 2010 count): both count.
  static std::vector<corpus::ReferenceRow const*> rows_for(Series const& s,
                                                           grammar::Period const& p,
                                                           bool stock = false) {
    std::vector<corpus::ReferenceRow const*> out;
    using grammar::Granularity;
    if (p.start.size() < 4)
      return out;
    int const y = std::atoi(p.start.substr(0, 4).c_str());
    for (auto const* r : s.rows) {
      switch (p.granularity) {
        case Granularity::kDate:
        case Granularity::kMonth:
          if (r->period_end >= p.start && r->period_end <= p.end)
            out.push_back(r);
          break;
        case Granularity::kFiscalYear:
          if (r->period_end == p.end || (stock && r->period_end == p.start.substr(0, 4) + "-03-31"))
            out.push_back(r);
          break;
        case Granularity::kYear: {
          int ry = std::atoi(r->period_end.substr(0, 4).c_str());
          if (ry == y || ry == y + 1)
            out.push_back(r);
          break;
        }
        case Granularity::kRelative:
          break;
      }
    }
    return out;
  }

  // The latest snapshots at or before `date` (full or partial ISO; a bare
  // year could be any day of it, so the latest before it starts counts too).
  static std::vector<corpus::ReferenceRow const*> latest_by(Series const& s,
                                                            std::string const& date) {
    std::vector<corpus::ReferenceRow const*> out;
    if (date.size() < 4)
      return out;
    auto take = [&](std::string const& bound) {
      std::string best;
      for (auto const* r : s.rows) {
        if (r->period_end <= bound && r->period_end > best)
          best = r->period_end;
      }
      for (auto const* r : s.rows) {
        if (!best.empty() && r->period_end == best &&
            std::find(out.begin(), out.end(), r) == out.end())
          out.push_back(r);
      }
    };
    if (date.size() == 4) {
      take(std::to_string(std::atoi(date.c_str()) - 1) + "-12-31");
      take(date + "-12-31");
    } else {
      take(date.size() == 7 ? date + "-31" : date);
    }
    return out;
  }

  // The date a text speaks from: its own, or a comment's parent's.
  std::string date_of(Claim const& c) const {
    corpus::Document const* d = index_.document(index_.doc_of(c));
    if (!d)
      return {};
    if (!d->date.empty())
      return d->date;
    if (!d->parent_date.empty())
      return d->parent_date;
    if (corpus::Document const* parent = document_named(d->parent))
      return parent->date;
    return {};
  }
  corpus::Document const* document_named(std::string_view id) const {
    std::optional<std::uint32_t> const d = number_of_document(id);
    return d ? index_.document(*d) : nullptr;
  }
  // The document number of the text with this id (the index keeps them sorted).
  std::optional<std::uint32_t> number_of_document(std::string_view id) const {
    if (id.empty())
      return std::nullopt;
    std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(index_.doc_count());
    while (lo < hi) {
      std::uint32_t mid = lo + (hi - lo) / 2;
      if (index_.doc_id(mid) < id)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < index_.doc_count() && index_.doc_id(lo) == id)
      return lo;
    return std::nullopt;
  }

  // A window guessed from context ("over the same period" taken to mean the
  // nearest earlier period, or one of several): the series may say what the
  // text meant, but a verdict against the guess says nothing about the text.
  static bool vague_window(Claim const& c) {
    auto vague = [](std::optional<extractor::ScopedPeriod> const& p) {
      return p && (p->ambiguous || p->resolved_from.find("nearest earlier") != std::string::npos);
    };
    return vague(c.time.baseline) || vague(c.time.end);
  }

  // Whole-population words that any children's series covers.
  static bool whole_population(Series const& s, std::string const& population) {
    if (population.empty())
      return true;
    std::string const p = lower(population);
    static std::string const kWhole[] = {"0-17",      "aged 0-17",    "under 18",
                                         "under-18s", "all children", "children"};
    return std::find(std::begin(kWhole), std::end(kWhole), p) != std::end(kWhole) ||
           lower(s.unit).find(p) != std::string::npos;
  }

  // Why the series cannot check the claim at all, or "".
  // Where a claim is about: "" for the whole the reference series count (no
  // place named, or one of the lexicon's series_geographies), else the place
  // in lower case. "In London" and "in England" are different measures.
  std::string area(Claim const& c) const {
    if (c.geography.empty())
      return {};
    std::string place = lower(c.geography);
    auto const& covered = in_.lexicon.series_geographies;
    if (std::find(covered.begin(), covered.end(), place) != covered.end())
      return {};
    return " in " + place;
  }

  // A change whose own sentence counts its thing in hundreds where the series
  // counts tens of thousands ("gone up from 310 in 2018 to 355, an increase of
  // 18%") is about a part: one council, one service. Returns that count.
  Claim const* count_of_a_part(Claim const& c) const {
    Series const* series = series_of(c);
    if (!series || series->rows.empty() || series->kind != QuantityKind::kCount || !c.metric)
      return nullptr;
    for (Claim const* k : index_.claims_of(index_.doc_of(c))) {
      if (k == &c || k->sentence_span.begin != c.sentence_span.begin || !k->metric ||
          k->metric->key != c.metric->key || k->quantity.kind != QuantityKind::kCount ||
          is_duration(*k) || k->quantity.value <= 0)
        continue;
      if (a_part_of_every_row(k->quantity.value, *series))
        return k;
    }
    return nullptr;
  }

  // "80,850 at 31 March 2021, up from 80,080 a year earlier": a count pair's
  // later figure is a level at the end its text states.
  static bool level_end(Claim const& c) {
    return c.change && !c.change->relative && c.change->from && c.change->to && c.time.end &&
           !c.time.at;
  }
  // "increased by 1% to 80,850 at 31 March 2021": a level the figure reached,
  // stated at a point.
  static bool level_reached_at(Claim const& c) {
    return c.change && !c.change->relative && !c.change->from && c.change->to &&
           *c.change->to == c.quantity.value && c.time.at && !c.time.baseline && !c.time.end;
  }

  // "two years", "18 months": a length of time, not a count of anything.
  static bool is_duration(Claim const& c) { return grammar::is_length_of_time(c.quantity); }

  std::string not_comparable(Claim const& c, Series const& s) const {
    auto const& covered = in_.lexicon.series_geographies;
    if (!covered.empty() && !area(c).empty())
      return "the claim is about " + c.geography + ", and " + s.name + " counts " +
             covered.front() + " as a whole, so the series cannot check it";
    if (!whole_population(s, c.population)) {
      return "the claim is about " + c.population + ", only part of what " + s.name +
             " counts (all " + s.unit + "), so the series cannot check it";
    }
    if (!s.basis.empty() && !c.price_basis.empty() && s.basis != c.price_basis) {
      return "the claim is in " + c.price_basis + " terms and " + s.name + " is in " + s.basis +
             " terms (" + s.unit + "): money valued differently cannot be compared";
    }
    return {};
  }

  // A change claim against its series over the window it states: the
  // baseline's snapshot, and the end's, or (no end stated) the latest
  // snapshot at or before the text's date.
  struct WindowCheck {
    std::string verdict;  // "supported" | "contradicted" | "unverifiable"
    std::string message, explanation;
    ReferenceUse use;
  };
  // "cut by two thirds since 2010": a fraction of a baseline the extractor
  // read as a share, with a change verb of the lexicon's just before "by".
  std::string fraction_direction(Claim const& c) const {
    if (c.quantity.kind != QuantityKind::kRatio || !c.time.baseline ||
        c.span.begin < c.sentence_span.begin)
      return {};
    std::string_view sentence = c.sentence;
    std::size_t at = c.span.begin - c.sentence_span.begin;
    if (at > sentence.size())
      return {};
    std::string before = lower(sentence.substr(at > 40 ? at - 40 : 0, at > 40 ? 40 : at));
    while (!before.empty() && before.back() == ' ')
      before.pop_back();
    if (before.size() < 3 || before.compare(before.size() - 3, 3, " by") != 0)
      return {};
    before.resize(before.size() - 3);
    std::size_t word = before.find_last_of(' ');
    std::string verb = word == std::string::npos ? before : before.substr(word + 1);
    auto in = [&](std::vector<std::string> const& words) {
      return std::find(words.begin(), words.end(), verb) != words.end();
    };
    return in(in_.lexicon.decrease) ? "decrease" : in(in_.lexicon.increase) ? "increase" : "";
  }

  std::optional<WindowCheck> check_window(Claim const& c) const {
    std::string const direction = c.change ? c.change->direction : fraction_direction(c);
    bool const carried = c.metric && c.metric->source == "carried";
    if (!usable(c) || !(from_lexicon(c) || carried) || c.quantity.vague || direction.empty() ||
        !c.time.baseline)
      return std::nullopt;
    grammar::Period const& base = c.time.baseline->period;
    if (base.granularity == grammar::Granularity::kRelative)
      return std::nullopt;
    Series const* series = series_of(c);
    if (!series)
      return std::nullopt;
    double lo, hi;
    if (!ratio_interval(c, direction, lo, hi))
      return std::nullopt;
    WindowCheck out;
    out.use.series = series->name;
    std::string why_not = not_comparable(c, *series);
    if (Claim const* part = count_of_a_part(c); part && why_not.empty()) {
      why_not = "its sentence counts " + part->text + ", tenfold off every value of " +
                series->name +
                ": the change is about a part (one area or service), which the "
                "series does not count";
    }
    if (!why_not.empty()) {
      out.verdict = "unverifiable";
      out.message = c.text + " " + period_words(c) + " cannot be checked against " + series->name;
      why_not[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why_not[0])));
      out.explanation = why_not + ".";
      out.use.source = series->rows.empty() ? "" : series->rows.front()->source_title;
      return out;
    }
    bool const stock = c.metric->measure == "stock";
    auto starts = rows_for(*series, base, stock);
    std::vector<corpus::ReferenceRow const*> ends;
    std::optional<corpus::ReferenceRow> own_end;
    std::string end_note;
    bool const end_stated = c.time.end &&
                            c.time.end->resolved_from.find("document") == std::string::npos &&
                            c.time.end->period.granularity != grammar::Granularity::kRelative;
    if (end_stated) {
      ends = rows_for(*series, c.time.end->period, stock);
    } else {
      std::string const date = date_of(c);
      ends = latest_by(*series, date);
      end_note =
          "No end is stated, so the end is the latest snapshot at or before the text's "
          "date (" +
          date + "). ";
      // "There were 82,170 … at 31 March 2022. … has risen by 28% since 2010":
      // the text's own later level, which the series has not reached yet, is
      // the end it counts to.
      if (!ends.empty() && stock) {
        std::string const latest = ends.front()->period_end;
        for (Claim const* o : index_.claims_of(index_.doc_of(c))) {
          if (o == &c || !o->metric || o->metric->key != c.metric->key || o->change ||
              !o->time.at || o->time.baseline || o->time.end || o->population != c.population ||
              o->quantity.kind != series->kind || o->quantity.hedge != grammar::Hedge::kExact ||
              o->time.at->resolved_from.find("document") != std::string::npos)
            continue;
          std::string const& when = o->time.at->period.end;
          if (when <= latest || when > date)
            continue;
          own_end =
              corpus::ReferenceRow{series->name, o->time.at->period.label, when, o->quantity.value,
                                   "",           "the text's own figure",  "",   ""};
          ends = {&*own_end};
          end_note = "No end is stated; the text's own figure for " + o->time.at->period.label +
                     " (" + o->text + "), later than the series' last snapshot, is the end. ";
          break;
        }
      }
    }
    if (starts.empty() || ends.empty())
      return std::nullopt;
    double best = 0;
    bool supported = false;
    std::string tried;
    for (auto const* a : starts) {
      for (auto const* b : ends) {
        if (a->period_end >= b->period_end || a->value <= 0)
          continue;
        double r = b->value / a->value;
        if (tried.size() < 600) {
          tried += row_words(*series, *a) + " to " + row_words(*series, *b) + ": " +
                   signed_percent(r) + "; ";
        }
        if (r >= lo && r <= hi)
          supported = true;
        if (best == 0 || std::fabs(r - (lo + hi) / 2) < std::fabs(best - (lo + hi) / 2))
          best = r;
        out.use.values.push_back({a->period_end, a->value});
        out.use.values.push_back({b->period_end, b->value});
        out.use.source = a->source_title;
      }
    }
    if (best == 0)
      return std::nullopt;
    out.verdict = supported ? "supported" : "contradicted";
    std::string window =
        end_stated ? period_words(c) : period_words(c) + " (to " + date_of(c) + ")";
    out.message = c.text + " " + window + " is " + out.verdict + " by " + series->name + " (" +
                  signed_percent(best) + " over that window)";
    // An open bound ("more than trebled") allows anything past it.
    std::string const allowed = hi >= 1e8 ? signed_percent(lo) + " or more"
                                          : signed_percent(lo) + " to " + signed_percent(hi);
    out.explanation = end_note + "The claim allows a change of " + allowed + " (" + c.text +
                      "). The series gives " + tried + "Source: " + out.use.source + "." +
                      caveats(starts) + caveats(ends);
    return out;
  }

  // What the series' own notes say against a row it used ("SECONDARY", "verify").
  static std::string caveats(std::vector<corpus::ReferenceRow const*> const& rows) {
    std::string out;
    for (auto const* r : rows) {
      std::string note = lower(r->note);
      if (note.find("secondary") != std::string::npos || note.find("verif") != std::string::npos)
        out += " Note on the " + r->period_end + " row: " + r->note;
    }
    return out;
  }

  // "+27.1%", "-50%" for an end/baseline ratio.
  static std::string signed_percent(double ratio) {
    double pct = (ratio - 1) * 100;
    return (pct > 0 ? "+" : "") + number(pct) + "%";
  }

  // A level a reader states as now ("there are over 100,000 children in
  // care") or at a stated date, against the series' snapshot then.
  std::optional<WindowCheck> check_level(Claim const& c) const {
    // The later figure of a from->to pair is a level at the pair's end.
    std::optional<extractor::ScopedPeriod> const& at = level_end(c) ? c.time.end : c.time.at;
    bool const carried = c.metric && c.metric->source == "carried";
    // "23 of the 87 councils inspected … rated inadequate": a count out of a
    // stated whole, checked where the whole matches the series' own total.
    grammar::Quantity const& q = c.quantity;
    bool const of_whole = count_of_whole(q);
    if (!usable(c) || !(from_lexicon(c) || carried) || c.quantity.vague ||
        (c.change && !level_end(c) && !level_reached_at(c)) ||
        (c.quantity.kind != QuantityKind::kCount && c.quantity.kind != QuantityKind::kMoney &&
         c.quantity.kind != QuantityKind::kRate && !of_whole) ||
        !at) {
      return std::nullopt;
    }
    Series const* series = series_of(c);
    if (!series || series->kind != (of_whole ? QuantityKind::kCount : c.quantity.kind) ||
        is_duration(c))
      return std::nullopt;
    // A rate is how a council compares itself with the nation, and no size
    // tells the two apart: one is checked only where the text says it is the
    // series' own area, per as many as the series counts.
    if (c.quantity.kind == QuantityKind::kRate &&
        (c.geography.empty() || !area(c).empty() || per_of_unit(series->unit) != c.quantity.per))
      return std::nullopt;
    if (std::string why_not = not_comparable(c, *series); !why_not.empty()) {
      WindowCheck out;
      out.use.series = series->name;
      out.verdict = "unverifiable";
      out.message = c.text + " cannot be checked against " + series->name;
      why_not[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why_not[0])));
      out.explanation = why_not + ".";
      out.use.source = series->rows.empty() ? "" : series->rows.front()->source_title;
      return out;
    }
    bool const now = at->resolved_from.find("document date") != std::string::npos;
    auto rows = now ? latest_by(*series, date_of(c)) : rows_for(*series, at->period);
    if (series->facet_value) {
      // Only where the series' own total is the whole the text counts out of.
      std::optional<double> const stated_whole = whole_of(c);
      std::erase_if(rows, [&](corpus::ReferenceRow const* r) {
        auto const whole = std::find_if(
            series->totals.begin(), series->totals.end(),
            [&](corpus::ReferenceRow const* t) { return t->period_end == r->period_end; });
        return whole == series->totals.end() || !stated_whole || (*whole)->value != *stated_whole;
      });
    }
    if (rows.empty())
      return std::nullopt;
    // "last year" said in 2021 is 2020, which two fiscal years' flows share:
    // with one of them missing from the series, a mismatch proves nothing.
    bool const one_of_two = !now && !series->snapshots &&
                            at->period.granularity == grammar::Granularity::kYear &&
                            rows.size() == 1 && rows.front()->period_end.ends_with("-03-31");
    // A figure tenfold off every row is a part (one council, one service),
    // not the whole misstated: "£11.3m" against a national £3.6bn.
    if (a_part_of_every_row(of_whole ? *q.numerator : c.quantity.value, *series))
      return std::nullopt;
    WindowCheck out;
    out.use.series = series->name;
    // A round count may stand for the figure it rounds or cuts ("81,000").
    ClaimIndex::Facts const& facts = index_.facts(c);
    bool const round = facts.low < c.quantity.low || facts.high > c.quantity.high;
    double const low = of_whole ? *q.numerator : facts.low;
    double const high = of_whole ? *q.numerator : facts.high;
    bool supported = false;
    std::string seen;
    for (auto const* r : rows) {
      double v = r->value * series->scale;
      // A published rate is rounded too ("67 per 10,000"): it stands for
      // 66.5 to 67.5, and a text's 67.3 is that figure.
      double const rounding = series->kind == QuantityKind::kRate ? half_last_digit(r->value) : 0;
      supported = supported || (v + rounding >= low && v - rounding <= high);
      seen += (seen.empty() ? "" : ", ") + row_value(*series, r->value) +
              (series->snapshots ? " at " : " in ") + snapshot_words(*r, *series);
      out.use.values.push_back({r->period_end, r->value});
      out.use.source = r->source_title;
    }
    if (!supported && one_of_two)
      return std::nullopt;
    out.verdict = supported ? "supported" : "contradicted";
    out.message = c.text + " is " + out.verdict + " by " + series->name + " (" + seen + ")";
    out.explanation =
        std::string(now ? "The figure is stated as current; the latest snapshot at "
                          "or before the text's date (" +
                              date_of(c) + ") is "
                        : "The series gives ") +
        seen + ". " + c.text +
        (of_whole ? " counts " + with_commas(*q.numerator) + " of " + with_commas(*q.denominator) +
                        ", the whole the series' "
                        "total gives for that date"
         : round ? " allows " + describe_interval(facts.low, facts.high) +
                       " (a round figure, read as rounded or cut at its last "
                       "non-zero digit)"
                 : " allows " + describe_interval(c.quantity)) +
        (series->kind == QuantityKind::kRate
             ? ", and each published rate stands for half a unit of its last digit either side"
             : "") +
        ", so it is " + out.verdict + ". Source: " + out.use.source + ".";
    return out;
  }

  void reference_checks() {
    for (Claim const& c : in_.claims) {
      // The index's facts first: most claims are no change and no comment.
      ClaimIndex::Facts const& facts = index_.facts(c);
      // A level in an article is checked when its text states the date
      // ("at 31 March 2021", "in 2019-20"); a reader's also when stated as now.
      // A fiscal year the document's title states dates its figures as if stated.
      bool const stated_level =
          ((!facts.change || level_reached_at(c)) && c.time.at && !facts.at_document_date &&
           (c.time.at->resolved_from.empty() ||
            c.time.at->resolved_from == "the document's title" ||
            c.time.at->resolved_from == "the heading of its list" ||
            counted_back_from_stated(c.time.at->resolved_from))) ||
          (level_end(c) && c.time.end->resolved_from.empty());
      // A metric carried from the sentence before ("By 2016-17 the total had
      // reached 158,450") is checked as a level its own sentence dates.
      bool const carried = c.metric && c.metric->source == "carried";
      if (!facts.usable || !(facts.from_lexicon || carried) ||
          index_.metric_of(c) == ClaimIndex::kNone || series_[index_.metric_of(c)].empty() ||
          (!facts.baseline && !facts.comment && !stated_level))
        continue;
      bool const comment = facts.comment;
      std::optional<WindowCheck> w = check_window(c);
      if (!w && (comment || stated_level))
        w = check_level(c);
      if (!w)
        continue;
      // A guessed window that the series does not bear out is left to
      // baseline-dispute, which names the windows that would fit.
      if (w->verdict == "contradicted" && vague_window(c))
        continue;
      Finding f;
      f.rule = comment && w->verdict == "contradicted" ? "comment-audit" : "reference";
      f.verdict = w->verdict;
      f.metric = c.metric->key;
      f.message =
          comment && w->verdict == "contradicted" ? "A reader's figure: " + w->message : w->message;
      f.explanation = std::move(w->explanation);
      f.claims = entries({&c});
      f.reference = std::move(w->use);
      add(std::move(f));
    }
  }

  // --- comment-audit ------------------------------------------------------------------
  void comment_audit() {
    // "going to" is the future before a verb ("going to double"), a journey
    // before a place ("I've been going to the national museums since…").
    static re2::RE2 const kFuture(
        R"((?i)\b(will|would|going to|eventually|set to|projected)\b(?:\s+([a-z]+))?)");
    static re2::RE2 const kSourced(
        R"((?i)\([^)]*\b(?:19|20)\d\d[a-z]?\)|according to|figures (?:from|show)|statistics|data from|survey)");
    // "how many of us are going to end up in that last 2,700" under an
    // article that gives the 2,700: the article is the projection's source.
    auto the_article_gives = [&](Claim const& c) {
      corpus::Document const* comment = index_.document(index_.doc_of(c));
      std::optional<std::uint32_t> const parent =
          comment ? number_of_document(comment->parent) : std::nullopt;
      if (!parent)
        return false;
      auto const article = index_.claims_of(*parent);
      return std::any_of(article.begin(), article.end(), [&](Claim const* a) {
        return a->quantity.kind == c.quantity.kind && a->quantity.value == c.quantity.value &&
               a->quantity.unit == c.quantity.unit;
      });
    };
    for (Claim const& c : in_.claims) {
      if (c.section != extractor::Section::kComment || !usable(c))
        continue;
      re2::StringPiece s(c.sentence.data(), c.sentence.size());
      if (re2::RE2::PartialMatch(s, kSourced) || the_article_gives(c))
        continue;
      re2::StringPiece marker;
      std::size_t from = 0;
      for (std::array<re2::StringPiece, 3> m;
           kFuture.Match(s, from, s.size(), re2::RE2::UNANCHORED, m.data(), 3);
           from = static_cast<std::size_t>(m[1].end() - s.data())) {
        if (!is_journey(m[1], m[2])) {
          marker = m[1];
          break;
        }
      }
      if (marker.empty())
        continue;
      // Only the figures the projection is about: those after "will …".
      std::size_t marker_at = static_cast<std::size_t>(marker.data() - c.sentence.data());
      if (c.span.begin < c.sentence_span.begin + marker_at)
        continue;
      if (c.quantity.kind != QuantityKind::kPercent && c.quantity.kind != QuantityKind::kCount)
        continue;
      if (is_duration(c))
        continue;  // "within two years": when, not how many
      Finding f;
      f.rule = "comment-audit";
      f.verdict = "unsupported";
      f.metric = c.metric ? c.metric->key : "";
      f.message = "A reader states a projection (" + c.text + ") as fact, with no source";
      f.explanation =
          "The sentence speaks of what will happen and cites no figures, report or data for " +
          c.text + "; it is an opinion about the future, not a checked statistic.";
      f.claims = entries({&c});
      add(std::move(f));
    }
  }

  // A round figure ("80,000") may be rounded to its last non-zero digit: a
  // reader's 80,080 and an article's 80,000 can be the same count.
  static std::pair<double, double> widened(grammar::Quantity const& q) {
    double low = q.low, high = q.high;
    double const v = q.value;
    if (v >= 100 && v == std::floor(v) && low >= v - 1 && high <= v + 1) {
      double step = 1;
      while (std::fmod(v, step * 10) == 0 && step * 10 <= v / 10)
        step *= 10;
      low = std::min(low, v - step / 2);
      high = std::max(high, v + step / 2);
    }
    return {low, high};
  }

  static bool agrees(Claim const& a, Claim const& b) { return agrees(a.quantity, b.quantity); }
  static bool agrees(grammar::Quantity const& a, grammar::Quantity const& b) {
    auto const [a_low, a_high] = widened(a);
    auto const [b_low, b_high] = widened(b);
    return a_low <= b_high && b_low <= a_high;
  }

  // "I did four s47 visits last Tuesday": a reader's own experience, told in
  // the first person, is no figure quoted from anywhere.
  static bool first_person(Claim const& c) {
    if (c.span.begin < c.sentence_span.begin ||
        c.span.begin - c.sentence_span.begin > c.sentence.size())
      return false;
    std::string_view lead(c.sentence.data(), c.span.begin - c.sentence_span.begin);
    std::size_t const cut = lead.find_last_of(",;:.!?()");
    if (cut != std::string_view::npos)
      lead.remove_prefix(cut + 1);
    static constexpr std::string_view kFirstPerson[] = {
        "i", "we", "my", "our", "me", "us", "i've", "we've", "i'd", "we'd", "i'm", "we're"};
    for (std::string const& word : lower_words(lead)) {
      if (std::find(std::begin(kFirstPerson), std::end(kFirstPerson), word) !=
          std::end(kFirstPerson))
        return true;
    }
    return false;
  }

  // "So the Echo says 18 new destinations were added" under the Castlemere
  // Echo's article: a reader naming the paper, as "the <name>" by its last
  // word or in full, before a verb of saying, says the article says it.
  static bool names_the_publisher(std::string_view sentence, corpus::Document const& article) {
    std::string_view name = article.publisher;
    if (name.starts_with("The ") || name.starts_with("the "))
      name.remove_prefix(4);
    std::size_t const last_space = name.rfind(' ');
    std::string_view const last_word =
        last_space == std::string_view::npos ? name : name.substr(last_space + 1);
    if (last_word.size() < 3)
      return false;
    static constexpr std::string_view kSays[] = {" says ",     " said ",   " reports ",
                                                 " reported ", " claims ", " states "};
    for (std::string_view const article_word : {"the ", "The "}) {
      for (std::string_view const said : {name, last_word}) {
        std::string const named = std::string(article_word) + std::string(said);
        for (std::size_t at = sentence.find(named); at != std::string_view::npos;
             at = sentence.find(named, at + 1)) {
          if (at > 0 && std::isalpha(static_cast<unsigned char>(sentence[at - 1])))
            continue;
          std::string_view const after = sentence.substr(at + named.size());
          for (std::string_view const verb : kSays) {
            if (after.starts_with(verb))
              return true;
          }
        }
      }
    }
    return false;
  }

  // --- comment-audit: a reader's figure against the article it sits under -----------------
  // A fraction of a whole in words ("nearly two-thirds", "a third") as the
  // per cent it allows, so a reader's "46 per cent" meets it; any other
  // figure as it is.
  static grammar::Quantity as_share(grammar::Quantity const& q) {
    double a, b;
    if (count_of_whole(q) || !fraction_of_change(q, a, b))
      return q;
    grammar::Quantity share = q;
    share.kind = QuantityKind::kPercent;
    share.unit = "%";
    share.value = 100 * q.value;
    share.low = 100 * a;
    share.high = 100 * b;
    share.numerator.reset();
    share.denominator.reset();
    return share;
  }
  // "There are over 100,000 kids in care" under an article that gives 82,170:
  // a reader's level of a metric the article states for the same place, whom
  // and time is held to the article's latest figure for it.
  void comments_against_their_articles() {
    std::map<std::string_view, std::uint32_t> by_id;
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d)
      by_id.emplace(index_.doc_id(d), d);
    // A metric named well enough to compare two texts by: a lexicon's, or a
    // generic key of two words or more ("prison_place", not "place").
    // A reader who says the article says it ("The article literally says
    // 23,000 people have been evacuated", "It says 926 sailings were lost")
    // names the article's figure even with a one-word key.
    static re2::RE2 const kQuotesTheArticle(
        R"((?i)\b(?:the|this|your)(?: own)? (?:article|piece|story|report)\b[^.;]{0,20}\b(?:says?|said|states?|stated|claims?|reports?|gives?|quotes?)\b|\baccording to (?:the|this|your) (?:article|piece|story)\b|^\W*(?:it|the article) (?:says|said|states|claims)\b)");
    bool attributed = false;  // the comment claim at hand quotes the article
    auto named = [&](Claim const& c) {
      return c.metric && (c.metric->source == "lexicon" ||
                          c.metric->key.find('_') != std::string::npos || attributed);
    };
    // "bills are going up by £96 a year" under "an increase of 21 per cent,
    // or £86 a year": a change in the figure's own units is held to the
    // article's change of the same direction, as a level is to a level.
    auto absolute_change = [&](Claim const& c) {
      ClaimIndex::Facts const& x = index_.facts(c);
      return x.change && !x.from_to && c.change && !c.change->relative &&
             !c.change->direction.empty();
    };
    // "As your article says, call-outs went up 18% in a single year" under
    // "call-outs rose by 8.3% on 2023": a reader's relative change is held to
    // the article's of the same direction when the reader cites the article.
    auto relative_change = [&](Claim const& c) {
      ClaimIndex::Facts const& x = index_.facts(c);
      return attributed && x.change && !x.from_to && c.change && c.change->relative &&
             !c.change->direction.empty() && x.kind == QuantityKind::kPercent;
    };
    auto level = [&](Claim const& c) {
      ClaimIndex::Facts const& x = index_.facts(c);
      return x.usable && !x.vague &&
             (!x.change || x.from_to || absolute_change(c) || relative_change(c)) &&
             !is_duration(c) && named(c) && c.metric->role.empty() &&
             (x.kind == QuantityKind::kCount || x.kind == QuantityKind::kPercent ||
              x.kind == QuantityKind::kMoney || x.kind == QuantityKind::kRate ||
              as_share(c.quantity).kind == QuantityKind::kPercent);
    };
    // A figure its text gives no time is of the text's date.
    auto period_end = [&](Claim const& c) {
      std::optional<extractor::ScopedPeriod> const& p = c.time.at ? c.time.at : c.time.end;
      corpus::Document const* text = index_.document(index_.doc_of(c));
      return p      ? std::string_view(p->period.end)
             : text ? std::string_view(text->date)
                    : std::string_view();
    };
    // One key, or, for a reader who says the article says it, a key whose
    // words the article's holds ("firefighting" of "provincial_firefighting_cost").
    auto same_thing = [&](std::string_view reader, std::string_view article_key) {
      if (reader == article_key)
        return true;
      if (!attributed)
        return false;
      auto holds = [&](std::string_view word) {
        std::string_view const key = article_key;
        for (std::size_t at = key.find(word); at != std::string_view::npos;
             at = key.find(word, at + 1)) {
          if ((at == 0 || key[at - 1] == '_') &&
              (at + word.size() == key.size() || key[at + word.size()] == '_'))
            return true;
        }
        return false;
      };
      for (std::size_t i = 0; i <= reader.size();) {
        std::size_t const j = std::min(reader.find('_', i), reader.size());
        if (!holds(reader.substr(i, j - i)))
          return false;
        i = j + 1;
      }
      return true;
    };
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      corpus::Document const* comment = index_.document(d);
      if (!comment || comment->kind != corpus::DocumentKind::kComment || comment->parent.empty())
        continue;
      auto parent = by_id.find(comment->parent);
      if (parent == by_id.end())
        continue;
      auto const article = index_.claims_of(parent->second);
      corpus::Document const* article_document = index_.document(parent->second);
      for (Claim const* c : index_.claims_of(d)) {
        re2::StringPiece const sentence(c->sentence.data(), c->sentence.size());
        attributed = re2::RE2::PartialMatch(sentence, kQuotesTheArticle) ||
                     (article_document && names_the_publisher(c->sentence, *article_document));
        // "So the article says we're down to just 12 toilets out of 38": a
        // reader who says the article says it is no first-person witness.
        if (count_of_whole(c->quantity) && (attributed || !first_person(*c))) {
          count_of_the_articles_whole(*c, article, attributed);
          continue;
        }
        if (!level(*c) || first_person(*c))
          continue;
        ClaimIndex::Facts const& cf = index_.facts(*c);
        grammar::Quantity const reader = as_share(c->quantity);
        bool const reader_change = absolute_change(*c);
        bool const reader_relative = relative_change(*c);
        // The article's latest figure for the same thing: a reader's "now" is
        // its latest, a reader's dated figure the one of that date.
        Claim const* stated = nullptr;
        for (Claim const* a : article) {
          ClaimIndex::Facts const& af = index_.facts(*a);
          if (!level(*a) || absolute_change(*a) != reader_change ||
              relative_change(*a) != reader_relative ||
              ((reader_change || reader_relative) &&
               a->change->direction != c->change->direction) ||
              !same_thing(c->metric->key, a->metric->key) ||
              as_share(a->quantity).kind != reader.kind ||
              as_share(a->quantity).unit != reader.unit || a->quantity.per != c->quantity.per ||
              a->population != c->population ||
              (af.geography != cf.geography && af.geography != ClaimIndex::kNone &&
               cf.geography != ClaimIndex::kNone))
            continue;
          // The later figure of a from->to pair is a level at the pair's end.
          // An article's figure it gives no period of its own is the one a
          // reader says the article gives, whatever period the reader adds.
          if (!reader_relative && !cf.at_document_date &&
              !(attributed && (af.at_document_date || (!a->time.at && !a->time.end))) &&
              !overlaps(c->time.at, a->time.at ? a->time.at : a->time.end))
            continue;
          // A figure the reader quotes fairly is the one quoted, whatever
          // else the article gives for the same thing ("77,470 conferences,
          // covering 76,340 children").
          // An open bound ("more than 80,000") agrees with too much to be
          // the one quoted.
          auto quotes = [&](Claim const& x) {
            return agrees(reader, as_share(x.quantity)) && std::isfinite(x.quantity.low) &&
                   std::isfinite(x.quantity.high) &&
                   (x.quantity.hedge == grammar::Hedge::kExact ||
                    x.quantity.hedge == grammar::Hedge::kApprox ||
                    x.quantity.hedge == grammar::Hedge::kNearly);
          };
          bool const quoted = quotes(*a);
          // Of two figures for one period, the one nearer the reader's is the
          // one misread: "46 per cent … signed up" is of "nearly two-thirds …
          // have taken out a subscription", not of "93 per cent can get it".
          auto const off = [&](Claim const& x) {
            return std::fabs(as_share(x.quantity).value - reader.value);
          };
          if (!stated || (quoted && !quotes(*stated)) ||
              (quoted == quotes(*stated) &&
               (period_end(*a) > period_end(*stated) ||
                (period_end(*a) == period_end(*stated) && off(*a) < off(*stated)))))
            stated = a;
        }
        if (!stated)
          continue;
        grammar::Quantity const given = as_share(stated->quantity);
        auto const [c_low, c_high] = widened(reader);
        auto const [a_low, a_high] = widened(given);
        // "more than £7,000 a week" under "more than £4,000 a week": two bounds
        // of one side overlap whatever they say; a reader quoting one restates it.
        auto side = [](grammar::Hedge h) {
          return h == grammar::Hedge::kMoreThan || h == grammar::Hedge::kAtLeast  ? 1
                 : h == grammar::Hedge::kLessThan || h == grammar::Hedge::kAtMost ? -1
                                                                                  : 0;
        };
        bool const two_bounds =
            side(c->quantity.hedge) != 0 && side(c->quantity.hedge) == side(stated->quantity.hedge);
        double const larger =
            std::max(std::fabs(c->quantity.value), std::fabs(stated->quantity.value));
        bool const agree = two_bounds ? std::fabs(c->quantity.value - stated->quantity.value) <=
                                            kSameBoundShare * larger
                                      : agrees(reader, given);
        Finding& f = open("comment-audit", agree ? "consistent" : "conflict", c->metric->key);
        f.message = "A reader's " + c->text + (agree ? " agrees with " : " disagrees with ") +
                    "the article's " + stated->text + " for " + c->metric->key;
        std::string& why = f.explanation;
        why = "The comment sits under '" + std::string(title_view(*stated)) + "', which gives " +
              stated->text + " " + period_words(*stated) + ". ";
        if (two_bounds) {
          why +=
              "Both are bounds on one side, so their ranges always overlap; a reader "
              "quoting the article's bound restates it: " +
              c->text + (agree ? " is " : " is not ") + stated->text +
              (agree ? ", so the reader quotes the article fairly."
                     : ", so the reader's figure is not the article's.");
          f.claims = entries({c, stated});
          continue;
        }
        why += c->text + " allows ";
        append_interval(why, reader);
        why += reader.kind == QuantityKind::kPercent ? "%; " : "; ";
        why += stated->text + " allows ";
        append_interval(why, given);
        if (given.kind == QuantityKind::kPercent)
          why += "%";
        if (c_low < reader.low || c_high > reader.high || a_low < given.low || a_high > given.high)
          why += " (a round figure read as rounded to its last non-zero digit)";
        why += agree ? ". The ranges overlap: the reader quotes the article fairly."
                     : ". The ranges do not overlap: the reader's figure is not the article's.";
        f.claims = entries({c, stated});
      }
      quoted_pairs(index_.claims_of(d), article);
    }
  }

  // "shut six of the fourteen branches" under "Five of Kettleby's 14 branch
  // libraries could close": a reader's count out of a whole is held to the
  // article's count out of the same whole, of the same thing (a word of
  // their keys in common) or quoted ("the article says").
  void count_of_the_articles_whole(Claim const& reader, std::span<Claim const* const> article,
                                   bool attributed) {
    auto words_of = [](Claim const* x) {
      std::set<std::string> out;
      std::string const key = x && x->metric ? x->metric->key : "";
      for (std::size_t i = 0; i <= key.size();) {
        std::size_t const j = std::min(key.find('_', i), key.size());
        if (j - i >= 4)
          out.insert(key.substr(i, j - i));
        i = j + 1;
      }
      return out;
    };
    double const numerator = *reader.quantity.numerator;
    double const whole = *reader.quantity.denominator;
    std::set<std::string> const reader_words = words_of(&reader);
    struct Counted {
      double part;
      Claim const* first;
      Claim const* whole;
    };
    std::vector<Counted> counted;
    for (std::size_t k = 0; k < article.size(); ++k) {
      Claim const& a = *article[k];
      if (count_of_whole(a.quantity) && *a.quantity.denominator == whole) {
        counted.push_back({*a.quantity.numerator, &a, &a});
      } else if (k + 1 < article.size() && is(a, QuantityKind::kCount) && usable(a) &&
                 is(*article[k + 1], QuantityKind::kCount) &&
                 article[k + 1]->quantity.value == whole && a.quantity.value < whole &&
                 article[k + 1]->sentence_span.begin == a.sentence_span.begin &&
                 article[k + 1]->span.begin >= a.span.end) {
        std::string_view const between(a.sentence.data() + (a.span.end - a.sentence_span.begin),
                                       article[k + 1]->span.begin - a.span.end);
        if (of_its_whole(between))
          counted.push_back({a.quantity.value, &a, article[k + 1]});
      }
    }
    std::erase_if(counted, [&](Counted const& x) {
      if (attributed)
        return false;
      std::set<std::string> const a_words = words_of(x.first), w_words = words_of(x.whole);
      auto shares = [&](std::set<std::string> const& other) {
        return std::any_of(other.begin(), other.end(),
                           [&](std::string const& w) { return reader_words.count(w) > 0; });
      };
      return !shares(a_words) && !shares(w_words);
    });
    if (counted.empty() || whole < 5)
      return;
    auto const quoted = std::find_if(counted.begin(), counted.end(),
                                     [&](Counted const& x) { return x.part == numerator; });
    Counted const& stated = quoted != counted.end() ? *quoted : counted.front();
    bool const agree = quoted != counted.end();
    std::string const key = reader.metric          ? reader.metric->key
                            : stated.first->metric ? stated.first->metric->key
                                                   : "";
    Finding& f = open("comment-audit", agree ? "consistent" : "conflict", key);
    std::string const article_says = stated.first == stated.whole
                                         ? stated.first->text
                                         : stated.first->text + " of " + stated.whole->text;
    f.message = "A reader's " + reader.text + (agree ? " agrees with " : " disagrees with ") +
                "the article's " + article_says;
    f.explanation = "The comment sits under '" + std::string(title_view(*stated.first)) +
                    "', which counts " + with_commas(stated.part) + " of " + with_commas(whole) +
                    ". The reader counts " + with_commas(numerator) + " of the same " +
                    with_commas(whole) +
                    (agree ? ": the reader quotes the article fairly."
                           : ": the reader's count is not the article's.");
    f.claims = stated.first == stated.whole ? entries({&reader, stated.first})
                                            : entries({&reader, stated.first, stated.whole});
  }

  // "slashing the bus budget from £6.4m to £3.8m" under an article's "from
  // £6.4m in 2023-24 to £4.8m": a reader's change that starts where the
  // article's does, in the same unit and direction, quotes it, so it must
  // end where the article's does. The shared starting figure links the two
  // when the reader names the measure in other words.
  void quoted_pairs(std::span<Claim const* const> comment, std::span<Claim const* const> article) {
    for (std::size_t i = 0; i < comment.size(); ++i) {
      Claim const& to = *comment[i];
      if (!index_.facts(to).from_to || !usable(to))
        continue;
      Claim const* from = from_of(comment, i);
      if (!from || from->quantity.value < 10 || from->quantity.hedge != grammar::Hedge::kExact)
        continue;
      for (std::size_t k = 0; k < article.size(); ++k) {
        Claim const& a_to = *article[k];
        if (!index_.facts(a_to).from_to || !usable(a_to))
          continue;
        Claim const* a_from = from_of(article, k);
        if (!a_from || a_from->quantity.value != from->quantity.value ||
            a_from->quantity.kind != from->quantity.kind ||
            a_from->quantity.unit != from->quantity.unit ||
            a_to.quantity.kind != to.quantity.kind || a_to.quantity.unit != to.quantity.unit ||
            a_to.change->direction != to.change->direction)
          continue;
        bool const agree =
            to.quantity.low <= a_to.quantity.high && a_to.quantity.low <= to.quantity.high;
        Finding& f = open("comment-audit", agree ? "consistent" : "conflict",
                          a_to.metric ? a_to.metric->key : "");
        f.message = "A reader's change from " + from->text + " to " + to.text +
                    (agree ? " agrees with" : " misquotes") + " the article's from " +
                    a_from->text + " to " + a_to.text;
        std::string& why = f.explanation;
        why = "The comment sits under '" + std::string(title_view(a_to)) +
              "', which gives a change from " + a_from->text + " to " + a_to.text +
              ". The reader starts from the same " + from->text + ", so quotes that change; " +
              to.text + " allows ";
        append_interval(why, to.quantity);
        why += " and " + a_to.text + " allows ";
        append_interval(why, a_to.quantity);
        why += agree ? ": the reader quotes the article fairly."
                     : ": they do not overlap, so the reader's end figure is not the article's.";
        f.claims = entries({from, &to, a_from, &a_to});
        break;
      }
    }
  }

  // --- name-variant ---------------------------------------------------------------------
  static int edit_distance(std::string const& a, std::string const& b) {
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
      row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
      int previous = row[0];
      row[0] = static_cast<int>(i);
      for (std::size_t j = 1; j <= b.size(); ++j) {
        int current = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1)});
        previous = current;
      }
    }
    return row[b.size()];
  }

  // Each loaded document with its normalised text and sentences, for the
  // checks that read names from the text rather than from claims.
  template <typename F>
  void for_each_normalised_text(F&& f) const {
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      corpus::Document const* doc = index_.document(d);
      if (!doc)
        continue;
      extractor::NormalizedText const norm = extractor::normalize(doc->text);
      std::vector<extractor::Span> const sentences = extractor::segment_sentences(norm.text);
      f(doc, norm, sentences);
    }
  }

  // A name found at [begin, end) of a document's normalised text, quoted with its sentence.
  static FindingClaim mention_at(corpus::Document const& doc, extractor::NormalizedText const& norm,
                                 std::vector<extractor::Span> const& sentences, std::size_t begin,
                                 std::size_t end) {
    extractor::Span sentence{begin, end};
    for (extractor::Span const& x : sentences) {
      if (begin >= x.begin && begin < x.end)
        sentence = x;
    }
    extractor::Span const original = norm.map.to_original(sentence);
    extractor::Span const name_span = norm.map.to_original({begin, end});
    return FindingClaim{"", doc.id, doc.text.substr(name_span.begin, name_span.size()),
                        doc.text.substr(original.begin, original.size()), name_span};
  }

  void name_variants() {
    static re2::RE2 const kTitled(
        R"(\b((?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Professor|Councillor|Cllr|Mr|Mrs|Ms)\.? [A-Z][a-z]+) ([A-Z][a-z]{3,}))");
    // Untitled, a name is a person's where a role names them: "chief executive
    // Marguerite Thibodeau said", "Marguerite Thibodeaux, chief executive of
    // the Authority, said". The role's word keeps "Kestrel Lake" out.
    static std::string const kRole =
        "(?i:chief executive|executive|director|minister|spokesperson|spokeswoman|spokesman|"
        "chair|chairman|chairwoman|chairperson|mayor|manager|president|leader|head|officer|"
        "councillor|professor|secretary|commissioner|analyst|economist|researcher|campaigner|"
        "coordinator|founder|superintendent|inspector|principal|engineer|treasurer|lecturer|"
        "scientist|ecologist|owner|farmer|resident)";
    static re2::RE2 const kAfterRole(R"(\b)" + kRole + R"(,? ([A-Z][a-z]+) ([A-Z][a-z]{3,})\b)");
    static re2::RE2 const kBeforeRole(
        R"(\b([A-Z][a-z]+) ([A-Z][a-z]{3,}), (?:the |a |an |its |our )?(?:[A-Za-z'-]+ ){0,3}?)" +
        kRole + R"(\b)");
    struct Mention {
      std::string surname;
      FindingClaim where;
    };
    std::map<std::string, std::vector<Mention>> by_first;  // "Sir Michael" -> mentions
    for (std::uint32_t d = 0; d < index_.doc_count(); ++d) {
      corpus::Document const* doc = index_.document(d);
      if (!doc)
        continue;
      extractor::NormalizedText norm = extractor::normalize(doc->text);
      std::vector<extractor::Span> sentences = extractor::segment_sentences(norm.text);
      re2::StringPiece input(norm.text);
      // Each match's groups 1 and 2 are the first name and the surname; the
      // mention is the name alone.
      auto read_names = [&](re2::RE2 const& pattern) {
        std::size_t pos = 0;
        std::array<re2::StringPiece, 3> groups;
        while (
            pattern.Match(input, pos, norm.text.size(), re2::RE2::UNANCHORED, groups.data(), 3)) {
          pos = static_cast<std::size_t>(groups[0].end() - norm.text.data());
          std::size_t const at = static_cast<std::size_t>(groups[1].data() - norm.text.data());
          std::size_t const end = static_cast<std::size_t>(groups[2].end() - norm.text.data());
          Mention m;
          m.surname = std::string(groups[2]);
          m.where = mention_at(*doc, norm, sentences, at, end);
          // "Dr. Marisol" and "Dr Marisol" are one first name.
          std::string first_name(groups[1]);
          std::erase(first_name, '.');
          by_first[first_name].push_back(std::move(m));
        }
      };
      read_names(kTitled);
      read_names(kAfterRole);
      read_names(kBeforeRole);
    }
    for (auto const& [first, mentions] : by_first) {
      std::map<std::string, int> counts;
      for (auto const& m : mentions)
        counts[m.surname]++;
      if (counts.size() < 2)
        continue;
      std::vector<std::string> names;
      for (auto const& [n, k] : counts)
        names.push_back(n);
      bool close = false;
      for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = i + 1; j < names.size(); ++j) {
          if (edit_distance(names[i], names[j]) <= 2)
            close = true;
        }
      }
      if (!close)
        continue;
      // The majority is of sources first (a text may repeat its own slip), then mentions.
      std::map<std::string, std::set<std::string>> sources;
      for (auto const& m : mentions)
        sources[m.surname].insert(m.where.doc);
      auto weight = [&](std::string const& n) {
        return std::pair<std::size_t, int>(sources[n].size(), counts[n]);
      };
      std::string majority = names.front();
      for (auto const& [n, k] : counts) {
        if (weight(n) > weight(majority))
          majority = n;
      }
      bool const tied = std::count_if(counts.begin(), counts.end(), [&](auto const& x) {
                          return weight(x.first) == weight(majority);
                        }) > 1;
      Finding f;
      f.rule = "name-variant";
      f.verdict = "variant";
      f.message = first + " " + majority + " is also spelled";
      for (auto const& [n, k] : counts) {
        if (n != majority)
          f.message += (f.message.ends_with("spelled") ? " " : ", ") + first + " " + n;
      }
      std::string tally;
      for (auto const& [n, k] : counts)
        tally += first + " " + n + ": " + std::to_string(k) + " mention(s) in " +
                 std::to_string(sources[n].size()) + " source(s); ";
      f.explanation =
          tally + "the spellings differ by one or two letters, so they are probably one person; " +
          (tied ? std::string("no spelling is in the majority.")
                : first + " " + majority + " is the majority spelling.");
      std::set<std::pair<std::string, std::string>> seen;  // one mention per document and spelling
      for (auto const& m : mentions) {
        if (seen.insert({m.where.doc, m.surname}).second)
          f.claims.push_back(m.where);
      }
      add(std::move(f));
    }
  }

  // "Siân Pritchard … Ms Prichard": in one document, a person named in full and
  // then by title and a surname one or two letters off (or by the surname
  // alone, saying something: "McQuarry said") is one person spelled two ways. A surname that
  // matches some full name exactly is that person.
  void surname_variants() {
    // "Pryce-Whitley": a double-barrelled surname is one name.
    // "McQuarrie", "MacLeod", "O'Brien": a surname may open on a prefix.
    static re2::RE2 const kFullName(
        R"(\b(\p{Lu}\p{Ll}+) ((?:Mc|Mac|O')?\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)\b)");
    static re2::RE2 const kTitledSurname(
        R"(\b(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Councillor|Cllr)\.? ((?:Mc|Mac|O')?\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)\b( \p{Lu})?)");
    // "McQuarry said …": a surname alone, saying something, is a person too.
    static re2::RE2 const kSpeakingSurname(
        R"(\b((?:Mc|Mac|O')?\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)() (?:said|says|told|added|warned|argued|explained|wrote)\b)");
    static std::set<std::string> const kNotFirstNames = {
        "The",   "This", "That", "These", "Those",     "In",   "At",         "On",   "For",
        "Of",    "From", "By",   "And",   "But",       "A",    "An",         "As",   "Its",
        "Their", "Our",  "His",  "Her",   "Mr",        "Mrs",  "Ms",         "Miss", "Dr",
        "Sir",   "Dame", "Lord", "Lady",  "Professor", "Prof", "Councillor", "Cllr"};
    for_each_normalised_text([&](corpus::Document const* doc, extractor::NormalizedText const& norm,
                                 std::vector<extractor::Span> const& sentences) {
      re2::StringPiece const input(norm.text);
      std::map<std::string, std::size_t> full;  // surname -> where first named in full
      re2::StringPiece first, last;
      for (re2::StringPiece rest = input;
           re2::RE2::FindAndConsume(&rest, kFullName, &first, &last);) {
        if (kNotFirstNames.count(std::string(first)) == 0) {
          full.try_emplace(std::string(last), static_cast<std::size_t>(last.data() - input.data()));
        } else {
          // "Councillor Gareth Llewelyn": after a title, the name starts again.
          rest = re2::StringPiece(
              last.data(), static_cast<std::size_t>(input.data() + input.size() - last.data()));
        }
      }
      std::set<std::string> reported;
      re2::StringPiece surname, then;
      for (re2::RE2 const* later_form : {&kTitledSurname, &kSpeakingSurname})
        for (re2::StringPiece rest = input;
             re2::RE2::FindAndConsume(&rest, *later_form, &surname, &then);) {
          bool const titled_form = later_form == &kTitledSurname;
          std::string const titled(surname);
          // "Dr Ray Kendall": a first name after the title, not a surname.
          if (!then.empty() || full.count(titled) || reported.count(titled) || titled.size() < 5)
            continue;
          for (auto const& [name, at] : full) {
            int const distance = edit_distance(name, titled);
            // Untitled, a longer name that opens the same: "Ofsted said" is no
            // one's surname.
            if (distance < 1 || distance > 2 || name.size() < 5 ||
                (!titled_form && (name.size() < 6 || name.compare(0, 3, titled, 0, 3) != 0)))
              continue;
            reported.insert(titled);
            std::size_t const titled_at = static_cast<std::size_t>(surname.data() - input.data());
            Finding f;
            f.rule = "name-variant";
            f.verdict = "variant";
            f.message = name + " is also spelled " + titled + " in " + doc->id;
            f.explanation = "The document names " + name + " in full and later writes " + titled +
                            (titled_form ? " with a title" : " alone") +
                            "; the spellings differ by " + std::to_string(distance) +
                            " letter(s), so they are probably one person.";
            for (auto [where, len] :
                 {std::pair{at, name.size()}, std::pair{titled_at, titled.size()}})
              f.claims.push_back(mention_at(*doc, norm, sentences, where, where + len));
            add(std::move(f));
            break;
          }
        }
    });
  }

  // "Eirik Haugland" in one text and "Eirik Hauglund" in another: one full
  // name with one letter of the surname changed or added, no title on either. Without
  // a title to say it is a person, only a swapped letter in a surname of five
  // or more counts ("Evans" and "Owens", or a plural, are other names).
  void full_name_variants() {
    static re2::RE2 const kFullName(R"(\b(\p{Lu}\p{Ll}+) ((?:Mc|Mac|O')?\p{Lu}\p{Ll}{4,})\b)");
    static std::set<std::string> const kNotFirstNames = {
        "The",   "This", "That", "These", "Those", "In",    "At",   "On",    "For",
        "Of",    "From", "By",   "And",   "But",   "A",     "An",   "As",    "Its",
        "Their", "Our",  "His",  "Her",   "When",  "While", "If",   "After", "Before",
        "Since", "Last", "Next", "New",   "North", "South", "East", "West",  "Mr",
        "Mrs",   "Ms",   "Miss", "Dr",    "Sir",   "Dame",  "Lord", "Lady",  "Professor"};
    static std::set<std::string> const kTitles = {"Mr",  "Mrs",  "Ms",   "Miss", "Dr",
                                                  "Sir", "Dame", "Lord", "Lady", "Professor"};
    struct Mention {
      std::string surname;
      FindingClaim where;
    };
    std::map<std::string, std::vector<Mention>> by_first;
    for_each_normalised_text([&](corpus::Document const* doc, extractor::NormalizedText const& norm,
                                 std::vector<extractor::Span> const& sentences) {
      re2::StringPiece const input(norm.text);
      re2::StringPiece first, last;
      for (re2::StringPiece rest = input;
           re2::RE2::FindAndConsume(&rest, kFullName, &first, &last);) {
        // A title's name is name_variants' to read: go on past it. After
        // another word ("At Nordvik Markets") the name may start again.
        if (kNotFirstNames.count(std::string(first))) {
          if (!kTitles.count(std::string(first)))
            rest = re2::StringPiece(
                last.data(), static_cast<std::size_t>(input.data() + input.size() - last.data()));
          continue;
        }
        std::size_t const at = static_cast<std::size_t>(first.data() - input.data());
        std::size_t const end = static_cast<std::size_t>(last.data() - input.data()) + last.size();
        by_first[std::string(first)].push_back(
            {std::string(last), mention_at(*doc, norm, sentences, at, end)});
      }
    });
    // One letter changed, or one letter more inside a longer surname
    // ("Ellingworth", "Ellingsworth"); a letter more at the end is a plural
    // or another name ("Evan", "Evans"). Endings said alike are one name
    // spelled two ways: "McCreadie" and "McCready", "-ie", "-ey" or "-y".
    auto one_swapped = [](std::string const& a, std::string const& b) {
      if (a == b)
        return false;
      auto stem = [](std::string_view name) {
        for (std::string_view ending : {"ie", "ey", "y"}) {
          if (name.size() >= ending.size() + 4 && name.ends_with(ending))
            return name.substr(0, name.size() - ending.size());
        }
        return std::string_view();
      };
      if (!stem(a).empty() && stem(a) == stem(b))
        return true;
      // "Fairclough" and "Faircloth": a long surname whose last letters are
      // written two ways, two letters apart at most after the same six.
      std::size_t common = 0;
      while (common < a.size() && common < b.size() && a[common] == b[common])
        ++common;
      if (a.size() >= 8 && b.size() >= 8 && common >= 6 &&
          edit_distance(a.substr(common), b.substr(common)) == 2)
        return true;
      if (a.size() == b.size()) {
        std::size_t differ = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
          differ += a[i] != b[i];
        return differ == 1;
      }
      std::string const& shorter = a.size() < b.size() ? a : b;
      std::string const& longer = a.size() < b.size() ? b : a;
      if (longer.size() != shorter.size() + 1 || shorter.size() < 6)
        return false;
      std::size_t i = 0;
      while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
      return i < shorter.size() && shorter.compare(i, std::string::npos, longer, i + 1) == 0;
    };
    for (auto const& [first, mentions] : by_first) {
      std::set<std::pair<std::string, std::string>> reported;
      for (Mention const& a : mentions) {
        for (Mention const& b : mentions) {
          if (a.surname >= b.surname || !one_swapped(a.surname, b.surname) ||
              !reported.insert({a.surname, b.surname}).second)
            continue;
          // Named by a role, the pair is name_variants' already.
          std::string const one = first + " " + a.surname, other = first + " " + b.surname;
          if (std::any_of(out_.begin(), out_.end(), [&](Finding const& g) {
                return g.rule == "name-variant" && g.message.find(one) != std::string::npos &&
                       g.message.find(other) != std::string::npos;
              }))
            continue;
          Finding f;
          f.rule = "name-variant";
          f.verdict = "variant";
          f.message = one + " is also spelled " + other;
          f.explanation =
              "The same first name with a surname one letter apart, or ending in "
              "letters said alike (" +
              a.surname + ", " + b.surname + "), so they are probably one person spelled two ways.";
          f.claims.push_back(a.where);
          f.claims.push_back(b.where);
          add(std::move(f));
        }
      }
    }
  }

  CheckInput const& in_;
  ClaimIndex const index_;
  std::vector<std::vector<Series>> series_;  // by metric number
  // Buffers cross_source reuses from one bucket to the next.
  detail::SweepBuffers sweep_;
  std::vector<detail::Interval> intervals_;
  std::vector<detail::IndexPair> pairs_;
  std::vector<std::uint32_t> agreeing_at_;
  std::vector<Claim const*> agreeing_;
  std::vector<Finding> out_;
};

}  // namespace

std::vector<Finding> check(CheckInput const& input) {
  return Checker(input).run();
}

std::span<RuleInfo const> rules() {
  static constexpr RuleInfo kRules[] = {
      {"baseline-dispute", "Change figures about one metric measured from different baselines",
       "A change is comparable only with one measured over the same window. Fires when change "
       "claims about the same metric start from different baseline years, or when a text argues "
       "about which baseline year to use; with a reference series, the windows that reproduce "
       "each figure are named. Verdict: disputed-baseline."},
      {"cross-source-value", "Comparable figures whose ranges do or do not overlap",
       "Claims about the same metric, population, geography, measure and period are compared "
       "as intervals (rounding and hedges included). Overlapping ranges are consistent; ranges "
       "that do not overlap conflict: at least one figure is wrong, or they measure different "
       "things. Verdicts: conflict, consistent."},
      {"arithmetic", "Parts, shares and changes that do or do not add up",
       "Parts against a stated total, \"N (x%)\" against a stated base, shares composed from "
       "other figures, \"from A to B\" against a stated percentage change, \"leaves N\", and \"A, "
       "N times the B\". "
       "Verdicts: inconsistent (beyond rounding), consistent."},
      {"percent-vs-points", "One change of a proportion stated in points and in per cent",
       "A change in a proportion given in percentage points by one source and in per cent by "
       "another cannot be compared as numbers; the finding says what starting share would make "
       "them agree. Verdict: conflict."},
      {"reference", "A change claim checked against an official series",
       "A change claim about a metric with a reference series of the same kind (money, rate or "
       "count) is checked against the series' snapshots at the claim's baseline and end; with no "
       "end stated, the end is the latest snapshot at or before the text's date. A claim about "
       "part of the population, or money valued otherwise than the series, is unverifiable. "
       "Verdicts: contradicted, supported, unverifiable."},
      {"comment-audit",
       "Readers' figures: projections with no source, contradicted by a series or by the article",
       "Figures in reader comments that speak of the future and cite no figures, report or data "
       "are unsupported; figures a reference series contradicts (a level stated as now, or a "
       "change since a year) are contradicted, citing the row. A reader's level of a metric the "
       "article the comment sits under also states, for the same place, group and time, is held "
       "to the article's latest such figure: a conflict when the ranges do not overlap. "
       "Verdicts: unsupported, contradicted, conflict, consistent."},
      {"name-variant", "One person or body spelled differently across sources, or within one",
       "Titled names whose surnames differ by one or two letters across documents; the majority "
       "spelling is named. Verdict: variant."},
  };
  return kRules;
}

bool at_or_over(std::string const& severity, std::string const& threshold) {
  auto rank = [](std::string const& s) { return s == "error" ? 2 : s == "warning" ? 1 : 0; };
  return rank(severity) >= rank(threshold);
}

}  // namespace claimcheck::checker
