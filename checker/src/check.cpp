#include "claimcheck/checker/check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include <re2/re2.h>

#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/extractor/segment.hpp"

namespace claimcheck::checker {
namespace {

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

std::string number(double v) {
  char buffer[32];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.3g", v);
  }
  return buffer;
}

std::string with_commas(double v) {
  std::string digits = number(std::round(v));
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0 && *it != '-')
      out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return out;
}

FindingClaim entry(Claim const& c) {
  return FindingClaim{c.id, c.doc, c.text, c.sentence, c.span, c.quantity};
}

bool usable(Claim const& c) {
  return !c.boilerplate && !c.figure_of_speech && c.confidence >= 0.3;
}

bool from_lexicon(Claim const& c) {
  return c.metric && c.metric->source == "lexicon";
}

std::string label(std::optional<extractor::ScopedPeriod> const& p) {
  return p ? p->period.label : std::string();
}

// A year a period starts in, from its ISO start ("2010-04-01" -> 2010).
int start_year(std::optional<extractor::ScopedPeriod> const& p) {
  if (!p || p->period.start.size() < 4)
    return 0;
  return std::atoi(p->period.start.substr(0, 4).c_str());
}
int end_year(std::optional<extractor::ScopedPeriod> const& p) {
  if (!p || p->period.end.size() < 4)
    return 0;
  return std::atoi(p->period.end.substr(0, 4).c_str());
}

bool overlaps(std::optional<extractor::ScopedPeriod> const& a,
              std::optional<extractor::ScopedPeriod> const& b) {
  if (!a || !b || a->period.start.empty() || b->period.start.empty())
    return false;
  return a->period.start <= b->period.end && b->period.start <= a->period.end;
}

bool intervals_overlap(grammar::Quantity const& a, grammar::Quantity const& b) {
  return a.low <= b.high && b.low <= a.high;
}

std::string describe_interval(grammar::Quantity const& q) {
  std::string lo = std::isfinite(q.low) ? number(q.low) : "-inf";
  std::string hi = std::isfinite(q.high) ? number(q.high) : "inf";
  return lo + " to " + hi;
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

struct Document {
  corpus::Document const* doc;
  std::string title() const { return doc->title.empty() ? doc->id : doc->title; }
};

class Checker {
 public:
  explicit Checker(CheckInput const& input) : in_(input) {
    for (auto const& d : in_.documents)
      documents_[d.id] = &d;
    for (auto const& c : in_.claims) {
      if (usable(c) && c.metric)
        by_metric_[c.metric->key].push_back(&c);
      by_doc_[c.doc].push_back(&c);
    }
    for (auto const& m : in_.lexicon.metrics)
      series_of_[m.key] = m.series;
    for (auto const& r : in_.reference)
      rows_[r.metric].push_back(&r);
  }

  std::vector<Finding> run() {
    baseline_disputes();
    cross_source();
    parts_and_totals();
    composed_shares();
    shares_of_a_base();
    from_to_against_stated_change();
    percent_vs_points();
    what_is_left();
    reference_checks();
    comment_audit();
    name_variants();
    for (std::size_t i = 0; i < out_.size(); ++i) {
      out_[i].id = "F" + std::to_string(i + 1);
      out_[i].severity = severity_of(out_[i].verdict);
    }
    return std::move(out_);
  }

 private:
  std::string title_of(std::string const& doc) const {
    auto it = documents_.find(doc);
    if (it == documents_.end())
      return doc;
    return it->second->title.empty() ? doc : it->second->title;
  }

  // --- baseline-dispute ------------------------------------------------------
  void baseline_disputes() {
    static re2::RE2 const kArgues(
        R"((?i)\bbaseline\b[^.]{0,80}\b(?:19|20)\d\d|\b(?:19|20)\d\d\b[^.]{0,60}\bbaseline\b)");
    // Sentences arguing about which baseline to use, by document.
    std::map<std::string, std::vector<FindingClaim>> arguments;
    for (auto const& [id, doc] : documents_) {
      extractor::NormalizedText norm = extractor::normalize(doc->text);
      for (extractor::Span s : extractor::segment_sentences(norm.text)) {
        std::string_view sentence(norm.text.data() + s.begin, s.size());
        if (!re2::RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kArgues))
          continue;
        extractor::Span original = norm.map.to_original(s);
        FindingClaim f;
        f.doc = id;
        f.sentence = doc->text.substr(original.begin, original.size());
        f.text = "baseline";
        f.span = original;
        arguments[id].push_back(std::move(f));
      }
    }
    std::set<std::string> argued_docs_used;
    for (auto const& [key, group] : by_metric_) {
      std::vector<Claim const*> changes;
      std::set<std::string> baselines;
      for (Claim const* c : group) {
        if (!from_lexicon(*c) || !c->change || !c->time.baseline)
          continue;
        bool relative = c->quantity.kind == QuantityKind::kPercent ||
                        c->quantity.kind == QuantityKind::kMultiplier;
        bool money_pair = c->quantity.kind == QuantityKind::kMoney && c->change->from;
        if (!relative && !money_pair)
          continue;
        changes.push_back(c);
        baselines.insert(label(c->time.baseline));
      }
      if (changes.empty())
        continue;
      std::vector<FindingClaim> argued;
      for (Claim const* c : changes) {
        auto it = arguments.find(c->doc);
        if (it == arguments.end())
          continue;
        // The text argues about this figure's baseline when it names that
        // baseline year and another one ("used 2012-13 …", "should have used 2010").
        std::set<int> years;
        for (auto const& a : it->second) {
          static re2::RE2 const kYear(R"(\b((?:19|20)\d\d)\b)");
          re2::StringPiece input(a.sentence);
          std::string year;
          while (re2::RE2::FindAndConsume(&input, kYear, &year))
            years.insert(std::atoi(year.c_str()));
        }
        int own = start_year(c->time.baseline);
        if (!years.count(own) || years.size() < 2)
          continue;
        for (auto const& a : it->second) {
          if (std::none_of(argued.begin(), argued.end(), [&](FindingClaim const& x) {
                return x.span == a.span && x.doc == a.doc;
              })) {
            argued.push_back(a);
          }
        }
      }
      if (baselines.size() < 2 && argued.empty())
        continue;
      Finding f;
      f.rule = "baseline-dispute";
      f.verdict = "disputed-baseline";
      f.metric = key;
      f.message = std::to_string(changes.size()) + " change figure(s) for " + key +
                  " are measured from " + std::to_string(baselines.size()) +
                  " different baseline(s)" +
                  (argued.empty() ? "" : ", and the texts argue about the baseline year");
      std::string why = "A change is only comparable with one measured over the same window. ";
      for (Claim const* c : changes) {
        why += c->text + " (" + title_of(c->doc) + ") is " +
               (c->change->direction.empty() ? "a change" : c->change->direction) + " " +
               period_words(*c);
        if (c->time.baseline && !c->time.baseline->resolved_from.empty()) {
          why += " (baseline " + c->time.baseline->resolved_from +
                 (c->time.baseline->ambiguous ? "; ambiguous" : "") + ")";
        }
        std::string implied = implied_windows(*c);
        if (!implied.empty())
          why += "; " + implied;
        why += ". ";
        f.claims.push_back(entry(*c));
      }
      for (auto const& a : argued) {
        why += "Argued in " + title_of(a.doc) + ": \"" + a.sentence + "\" ";
        f.claims.push_back(a);
      }
      f.explanation = why;
      out_.push_back(std::move(f));
    }
  }

  // For a relative change with a reference series: which snapshots reproduce it.
  std::string implied_windows(Claim const& c) {
    auto series = series_of_.find(c.metric ? c.metric->key : "");
    if (series == series_of_.end() || series->second.empty())
      return {};
    auto rows = rows_.find(series->second.front());
    if (rows == rows_.end())
      return {};
    double lo, hi;
    if (!ratio_interval(c, lo, hi))
      return {};
    std::string matches;
    int found = 0;
    for (auto const* a : rows->second) {
      for (auto const* b : rows->second) {
        if (a->period_end >= b->period_end || a->value <= 0)
          continue;
        double r = b->value / a->value;
        if (r >= lo && r <= hi && found < 3) {
          matches += (found ? "; " : "") + number((r - 1) * 100) + "% matches 31 March " +
                     a->period_end.substr(0, 4) + " (" + with_commas(a->value) + ") to 31 March " +
                     b->period_end.substr(0, 4) + " (" + with_commas(b->value) + ") in " +
                     series->second.front();
          ++found;
        }
      }
    }
    return matches;
  }

  // The claimed end/baseline ratio as an interval.
  static bool ratio_interval(Claim const& c, double& lo, double& hi) {
    grammar::Quantity const& q = c.quantity;
    bool down = c.change && c.change->direction == "decrease";
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
    return false;
  }

  // --- cross-source-value ----------------------------------------------------
  void cross_source() {
    for (auto const& [key, group] : by_metric_) {
      // Only claims that could be comparable meet: bucket by kind, unit,
      // population, measure and window, then pair within a bucket.
      std::map<std::string, std::vector<Claim const*>> buckets;
      for (Claim const* c : group) {
        if (!from_lexicon(*c) || c->quantity.kind == QuantityKind::kRange)
          continue;
        std::string window = c->change
                                 ? "change:" + label(c->time.baseline) + ">" + label(c->time.end)
                                 : "at:" + std::to_string(start_year(c->time.at));
        if (c->change ? label(c->time.baseline).empty() : start_year(c->time.at) == 0)
          continue;
        buckets[std::string(grammar::to_string(c->quantity.kind)) + "|" + c->quantity.unit + "|" +
                c->population + "|" + c->metric->measure + "|" + window]
            .push_back(c);
      }
      for (auto const& [bucket, members] : buckets) {
        if (members.size() < 2)
          continue;
        // All of a bucket agreeing is one finding; only disagreeing pairs
        // are reported pair by pair.
        double max_low = -INFINITY, min_high = INFINITY;
        std::set<std::string> docs;
        for (Claim const* c : members) {
          max_low = std::max(max_low, c->quantity.low);
          min_high = std::min(min_high, c->quantity.high);
          docs.insert(c->doc);
        }
        if (docs.size() < 2)
          continue;
        bool const same_at = std::all_of(members.begin(), members.end(), [&](Claim const* c) {
          return c->change || overlaps(c->time.at, members.front()->time.at);
        });
        if (max_low <= min_high && same_at) {
          agree_all(key, members);
          continue;
        }
        for (std::size_t i = 0; i < members.size(); ++i) {
          for (std::size_t j = i + 1; j < members.size(); ++j) {
            Claim const& a = *members[i];
            Claim const& b = *members[j];
            if (a.doc == b.doc)
              continue;
            if (!a.geography.empty() && !b.geography.empty() && a.geography != b.geography)
              continue;
            if (!a.change && !overlaps(a.time.at, b.time.at))
              continue;
            compare(key, a, b);
          }
        }
      }
    }
  }

  void agree_all(std::string const& key, std::vector<Claim const*> const& members) {
    Finding f;
    f.rule = "cross-source-value";
    f.verdict = "consistent";
    f.metric = key;
    f.message = std::to_string(members.size()) + " figures for " + key + " " +
                period_words(*members.front()) + " agree";
    std::string ranges;
    for (Claim const* c : members) {
      ranges +=
          c->text + " (" + title_of(c->doc) + ") allows " + describe_interval(c->quantity) + "; ";
      f.claims.push_back(entry(*c));
    }
    f.explanation = ranges +
                    "every range overlaps every other, so the figures are consistent once rounding "
                    "and hedges are allowed for.";
    out_.push_back(std::move(f));
  }

  void compare(std::string const& key, Claim const& a, Claim const& b) {
    bool agree = intervals_overlap(a.quantity, b.quantity);
    Finding f;
    f.rule = "cross-source-value";
    f.verdict = agree ? "consistent" : "conflict";
    f.metric = key;
    f.message = a.text + " (" + title_of(a.doc) + ") and " + b.text + " (" + title_of(b.doc) +
                ") " + (agree ? "agree" : "disagree") + " on " + key;
    f.explanation =
        "Both measure " + key + (a.population.empty() ? "" : " for " + a.population) + " " +
        period_words(a) + ". " + a.text + " allows " + describe_interval(a.quantity) + "; " +
        b.text + " allows " + describe_interval(b.quantity) + ". The ranges " +
        (agree ? "overlap, so the figures are consistent once rounding and hedges are allowed for."
               : "do not overlap: at least one figure is wrong, or they measure different things.");
    f.claims = {entry(a), entry(b)};
    out_.push_back(std::move(f));
  }

  // --- percent-vs-points ----------------------------------------------------------------
  // "risen by five percentage points" in one source, "risen by 25%" in another:
  // the same change of a proportion stated two ways cannot be compared as numbers.
  void percent_vs_points() {
    for (auto const& [key, group] : by_metric_) {
      for (Claim const* p : group) {
        if (p->quantity.kind != QuantityKind::kPercentagePoints || !p->change)
          continue;
        for (Claim const* r : group) {
          if (r->doc == p->doc || r->quantity.kind != QuantityKind::kPercent || !r->change)
            continue;
          if (r->change->direction != p->change->direction)
            continue;
          bool same_window = label(r->time.baseline) == label(p->time.baseline) ||
                             label(r->time.baseline).empty() || label(p->time.baseline).empty();
          if (!same_window)
            continue;
          Finding f;
          f.rule = "percent-vs-points";
          f.verdict = "conflict";
          f.metric = key;
          f.message = p->text + " (" + title_of(p->doc) + ") and " + r->text + " (" +
                      title_of(r->doc) +
                      ") state one change of a proportion in points and in per cent";
          f.explanation =
              p->text + " is an absolute change of the proportion; " + r->text +
              " is relative to where it started. They agree only if the starting share was " +
              number(100 * p->quantity.value / r->quantity.value) + "% (" +
              number(p->quantity.value) + " points / " + number(r->quantity.value) +
              "%); check which the source meant before comparing them.";
          f.claims = {entry(*p), entry(*r)};
          out_.push_back(std::move(f));
        }
      }
    }
  }

  // --- arithmetic: "from £3.6bn to £2.1bn, a fall of 40%" ----------------------------------
  void from_to_against_stated_change() {
    for (auto const& [doc, unused] : by_doc_) {
      std::vector<Claim const*> claims = in_order(doc);
      for (std::size_t i = 1; i < claims.size(); ++i) {
        Claim const& to = *claims[i];
        if (!to.change || !to.change->from || !to.change->to)
          continue;
        Claim const* from = nullptr;
        for (std::size_t k = i; k-- > 0;) {
          if (claims[k]->quantity.value == *to.change->from &&
              claims[k]->quantity.kind == to.quantity.kind) {
            from = claims[k];
            break;
          }
        }
        if (!from || from->quantity.low <= 0)
          continue;
        // The stated change: a percent in the same sentence or the one after
        // ("This is a fall of 24%").
        for (std::size_t k = i + 1; k < claims.size(); ++k) {
          Claim const& stated = *claims[k];
          if (stated.sentence_span.begin > to.sentence_span.end + 200)
            break;
          if (stated.quantity.kind != QuantityKind::kPercent || !stated.change)
            continue;
          double lo = 100 * (to.quantity.low / from->quantity.high - 1);
          double hi = 100 * (to.quantity.high / from->quantity.low - 1);
          bool down = stated.change->direction == "decrease";
          double s_lo = down ? -stated.quantity.high : stated.quantity.low;
          double s_hi = down ? -stated.quantity.low : stated.quantity.high;
          bool ok = lo <= s_hi && s_lo <= hi;
          double point = 100 * (to.quantity.value / from->quantity.value - 1);
          Finding f;
          f.rule = "arithmetic";
          f.verdict = ok ? "consistent" : "inconsistent";
          f.metric = to.metric ? to.metric->key : "";
          f.message = "From " + from->text + " to " + to.text + " is " + number(point) +
                      "%, stated as " + stated.text;
          f.explanation = "(" + to.text + " - " + from->text + ") / " + from->text + " = " +
                          number(point) + "%; with the rounding of both figures it lies between " +
                          number(lo) + "% and " + number(hi) + "%. " + stated.text +
                          (down ? " down" : " up") + " is " +
                          (ok ? "within that range: consistent." : "outside it: inconsistent.");
          f.claims = {entry(*from), entry(to), entry(stated)};
          out_.push_back(std::move(f));
          break;
        }
      }
    }
  }

  // --- arithmetic: parts against a stated total --------------------------------
  static std::string base_key(std::string const& key) {
    auto at = key.rfind('_');
    return at == std::string::npos ? key : key.substr(0, at);
  }

  std::vector<Claim const*> in_order(std::string const& doc) const {
    auto it = by_doc_.find(doc);
    if (it == by_doc_.end())
      return {};
    std::vector<Claim const*> claims = it->second;
    std::sort(claims.begin(), claims.end(),
              [](Claim const* a, Claim const* b) { return a->span.begin < b->span.begin; });
    return claims;
  }

  // "Seven of 43 councils were rated inadequate, with a further 26 judged to
  // require improvement. A total of ten were found good": 7 + 26 + 10 = 43.
  void parts_and_totals() {
    for (auto const& [doc, unused] : by_doc_) {
      std::vector<Claim const*> claims = in_order(doc);
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& whole = *claims[i];
        if (!usable(whole) || !from_lexicon(whole) || whole.quantity.kind != QuantityKind::kRatio ||
            !whole.quantity.denominator || whole.quantity.low != whole.quantity.high) {
          continue;
        }
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
        out_.push_back(std::move(f));
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
    for (auto const& [doc, unused] : by_doc_) {
      std::vector<Claim const*> claims = in_order(doc);
      for (Claim const* share : claims) {
        if (!usable(*share) || !from_lexicon(*share) ||
            share->quantity.kind != QuantityKind::kRatio)
          continue;
        std::string const& key = share->metric->key;
        for (auto const& [value, parts] : composed) {
          if (key.size() <= value.size() || key.substr(key.size() - value.size()) != value)
            continue;
          std::string family = key.substr(0, key.size() - value.size() - 1);
          Claim const* whole = nullptr;
          std::map<std::string, Claim const*> found;
          for (Claim const* c : claims) {
            if (!c->metric || c->metric->key.rfind(family + "_", 0) != 0 || c == share)
              continue;
            std::string facet = c->metric->key.substr(family.size() + 1);
            if (std::find(parts.begin(), parts.end(), facet) == parts.end())
              continue;
            if (c->quantity.kind == QuantityKind::kRatio && c->quantity.denominator &&
                c->quantity.low == c->quantity.high) {
              whole = c;
              found.emplace(facet, c);
            } else if (c->quantity.kind == QuantityKind::kCount) {
              found.emplace(facet, c);
            }
          }
          if (!whole || found.size() != parts.size())
            continue;
          double total = *whole->quantity.denominator;
          double sum = 0;
          std::string terms;
          for (auto const& [facet, c] : found) {
            double n = c->quantity.numerator ? *c->quantity.numerator : c->quantity.value;
            sum += n;
            terms += (terms.empty() ? "" : " + ") + number(n) + " " + facet;
          }
          double ratio = sum / total;
          bool ok = ratio >= share->quantity.low && ratio <= share->quantity.high;
          Finding f;
          f.rule = "arithmetic";
          f.verdict = ok ? "consistent" : "inconsistent";
          f.metric = family;
          f.message = "\"" + share->text + "\" " + value + ": " + terms + " of " + number(total) +
                      " is " + number(100 * ratio) + "%";
          f.explanation = value + " is " + terms + " = " + number(sum) + " of " + number(total) +
                          " = " + number(100 * ratio) + "%; \"" + share->text + "\" allows " +
                          number(100 * share->quantity.low) + "% to " +
                          number(100 * share->quantity.high) + "%, so it is " +
                          (ok ? "consistent." : "inconsistent.");
          f.claims.push_back(entry(*share));
          for (auto const& [facet, c] : found)
            f.claims.push_back(entry(*c));
          out_.push_back(std::move(f));
        }
      }
    }
  }

  // --- arithmetic: "Of the 15,270 …, 1,970 (13%)" -----------------------------------
  void shares_of_a_base() {
    for (auto const& [doc, unused] : by_doc_) {
      std::vector<Claim const*> claims = in_order(doc);
      for (std::size_t i = 1; i + 1 < claims.size(); ++i) {
        Claim const& part = *claims[i];
        Claim const& share = *claims[i + 1];
        if (part.quantity.kind != QuantityKind::kCount ||
            share.quantity.kind != QuantityKind::kPercent ||
            part.sentence_span.begin != share.sentence_span.begin) {
          continue;
        }
        auto doc_it = documents_.find(doc);
        if (doc_it == documents_.end())
          continue;
        std::string_view text = doc_it->second->text;
        if (share.span.begin < part.span.end)
          continue;
        std::string_view gap = text.substr(part.span.end, share.span.begin - part.span.end);
        if (gap.find('(') == std::string_view::npos || gap.size() > 3)
          continue;
        // The base: the first count of the sentence before the part.
        Claim const* base = nullptr;
        for (std::size_t k = 0; k < i; ++k) {
          Claim const& c = *claims[k];
          if (c.sentence_span.begin == part.sentence_span.begin &&
              c.quantity.kind == QuantityKind::kCount && c.quantity.value > part.quantity.value) {
            base = &c;
            break;
          }
        }
        if (!base)
          continue;
        double pct = 100 * part.quantity.value / base->quantity.value;
        bool ok = pct >= share.quantity.low - 1e-9 && pct <= share.quantity.high + 1e-9;
        Finding f;
        f.rule = "arithmetic";
        f.verdict = ok ? "consistent" : "inconsistent";
        f.metric = part.metric ? part.metric->key : "";
        f.message = part.text + " of " + base->text + " is " + number(pct) + "%, " +
                    (ok ? "which rounds to " : "which does not round to ") + share.text;
        f.explanation = part.text + " / " + base->text + " = " + number(pct) + "%. " + share.text +
                        " allows " + describe_interval(share.quantity) + "%, so the share is " +
                        (ok ? "consistent." : "inconsistent beyond rounding.");
        f.claims = {entry(*base), entry(part), entry(share)};
        out_.push_back(std::move(f));
      }
    }
  }

  // --- arithmetic: "Seven of 87 …, a further 20 of 87 …, which leaves 60" -----------
  void what_is_left() {
    for (auto const& [doc, unused] : by_doc_) {
      auto doc_it = documents_.find(doc);
      if (doc_it == documents_.end())
        continue;
      std::string const& text = doc_it->second->text;
      std::vector<Claim const*> claims = in_order(doc);
      for (std::size_t i = 0; i < claims.size(); ++i) {
        Claim const& left = *claims[i];
        std::size_t b = left.span.begin;
        std::string before = text.substr(b > 20 ? b - 20 : 0, b > 20 ? 20 : b);
        for (char& ch : before)
          ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (before.find("leaves") == std::string::npos &&
            before.find("leaving") == std::string::npos)
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
        out_.push_back(std::move(f));
      }
    }
  }

  // --- reference ------------------------------------------------------------------
  static std::vector<corpus::ReferenceRow const*> rows_at(
      std::vector<corpus::ReferenceRow const*> const& rows, std::vector<int> const& years) {
    std::vector<corpus::ReferenceRow const*> out;
    for (auto const* r : rows) {
      int y = std::atoi(r->period_end.substr(0, 4).c_str());
      if (std::find(years.begin(), years.end(), y) != years.end())
        out.push_back(r);
    }
    return out;
  }

  void reference_checks() {
    for (Claim const& c : in_.claims) {
      if (!usable(c) || !from_lexicon(c) || !c.change || !c.time.baseline || !c.time.end)
        continue;
      if (c.time.end->resolved_from.find("document") != std::string::npos)
        continue;
      auto series = series_of_.find(c.metric->key);
      if (series == series_of_.end() || series->second.empty())
        continue;
      auto rows = rows_.find(series->second.front());
      if (rows == rows_.end())
        continue;
      double lo, hi;
      if (!ratio_interval(c, lo, hi))
        continue;
      // 31 March at the start and at the end of each year named.
      int b = start_year(c.time.baseline), e = end_year(c.time.end);
      if (b == 0 || e == 0)
        continue;
      auto starts = rows_at(rows->second, {b, b + 1});
      auto ends = rows_at(rows->second, {e, e + 1});
      if (starts.empty() || ends.empty())
        continue;
      Finding f;
      f.rule = "reference";
      f.metric = c.metric->key;
      ReferenceUse use;
      use.series = series->second.front();
      double best = 0;
      bool supported = false;
      std::string tried;
      for (auto const* s : starts) {
        for (auto const* t : ends) {
          if (s->period_end >= t->period_end || s->value <= 0)
            continue;
          double r = t->value / s->value;
          if (tried.size() < 600) {
            tried += s->period_end + " (" + with_commas(s->value) + ") to " + t->period_end + " (" +
                     with_commas(t->value) + "): " + number((r - 1) * 100) + "%; ";
          }
          if (r >= lo && r <= hi)
            supported = true;
          if (best == 0 || std::fabs(r - (lo + hi) / 2) < std::fabs(best - (lo + hi) / 2))
            best = r;
          use.values.push_back({s->period_end, s->value});
          use.values.push_back({t->period_end, t->value});
          use.source = s->source_title;
        }
      }
      if (best == 0)
        continue;
      f.verdict = supported ? "supported" : "contradicted";
      f.message = c.text + " " + period_words(c) + " is " +
                  (supported ? "supported" : "contradicted") + " by " + use.series + " (about " +
                  number((best - 1) * 100) + "% over that window)";
      f.explanation = "The claim allows a change of " + number((lo - 1) * 100) + "% to " +
                      number((hi - 1) * 100) + "% (" + c.text + "). The series gives " + tried +
                      "Source: " + use.source + ".";
      f.claims = {entry(c)};
      f.reference = std::move(use);
      out_.push_back(std::move(f));
    }
  }

  // --- comment-audit ------------------------------------------------------------------
  void comment_audit() {
    static re2::RE2 const kFuture(R"((?i)\b(?:will|would|going to|eventually|set to|projected)\b)");
    static re2::RE2 const kSourced(
        R"((?i)\([^)]*\b(?:19|20)\d\d[a-z]?\)|according to|figures (?:from|show)|statistics|data from|survey)");
    for (Claim const& c : in_.claims) {
      if (c.section != extractor::Section::kComment || !usable(c))
        continue;
      re2::StringPiece s(c.sentence.data(), c.sentence.size());
      re2::StringPiece marker;
      if (!kFuture.Match(s, 0, s.size(), re2::RE2::UNANCHORED, &marker, 1) ||
          re2::RE2::PartialMatch(s, kSourced)) {
        continue;
      }
      // Only the figures the projection is about: those after "will …".
      std::size_t marker_at = static_cast<std::size_t>(marker.data() - c.sentence.data());
      if (c.span.begin < c.sentence_span.begin + marker_at)
        continue;
      if (c.quantity.kind != QuantityKind::kPercent && c.quantity.kind != QuantityKind::kCount)
        continue;
      Finding f;
      f.rule = "comment-audit";
      f.verdict = "unsupported";
      f.metric = c.metric ? c.metric->key : "";
      f.message = "A reader states a projection (" + c.text + ") as fact, with no source";
      f.explanation =
          "The sentence speaks of what will happen and cites no figures, report or data for " +
          c.text + "; it is an opinion about the future, not a checked statistic.";
      f.claims = {entry(c)};
      out_.push_back(std::move(f));
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

  void name_variants() {
    static re2::RE2 const kTitled(
        R"(\b((?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Professor|Councillor|Cllr|Mr|Mrs|Ms) [A-Z][a-z]+) ([A-Z][a-z]{3,}))");
    struct Mention {
      std::string surname;
      FindingClaim where;
    };
    std::map<std::string, std::vector<Mention>> by_first;  // "Sir Michael" -> mentions
    for (auto const& [id, doc] : documents_) {
      extractor::NormalizedText norm = extractor::normalize(doc->text);
      std::vector<extractor::Span> sentences = extractor::segment_sentences(norm.text);
      re2::StringPiece input(norm.text);
      re2::StringPiece first, surname;
      std::size_t pos = 0;
      while (kTitled.Match(input, pos, norm.text.size(), re2::RE2::UNANCHORED, nullptr, 0)) {
        re2::StringPiece whole;
        re2::StringPiece groups[3];
        if (!kTitled.Match(input, pos, norm.text.size(), re2::RE2::UNANCHORED, groups, 3))
          break;
        std::size_t at = static_cast<std::size_t>(groups[0].data() - norm.text.data());
        pos = at + groups[0].size();
        extractor::Span sentence{at, pos};
        for (auto const& s : sentences) {
          if (at >= s.begin && at < s.end)
            sentence = s;
        }
        extractor::Span original = norm.map.to_original(sentence);
        extractor::Span name_span = norm.map.to_original({at, pos});
        Mention m;
        m.surname = std::string(groups[2]);
        m.where = FindingClaim{"",
                               id,
                               doc->text.substr(name_span.begin, name_span.size()),
                               doc->text.substr(original.begin, original.size()),
                               name_span,
                               std::nullopt};
        by_first[std::string(groups[1])].push_back(std::move(m));
      }
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
      std::string majority = names.front();
      for (auto const& [n, k] : counts) {
        if (k > counts[majority])
          majority = n;
      }
      Finding f;
      f.rule = "name-variant";
      f.verdict = "variant";
      f.message = first + " is spelled " + std::to_string(counts.size()) +
                  " ways; most sources write " + first + " " + majority;
      std::string tally;
      for (auto const& [n, k] : counts)
        tally += first + " " + n + ": " + std::to_string(k) + " mention(s); ";
      f.explanation =
          tally + "the spellings differ by one or two letters, so they are probably one person; " +
          first + " " + majority + " is the majority spelling.";
      std::set<std::pair<std::string, std::string>> seen;  // one mention per document and spelling
      for (auto const& m : mentions) {
        if (seen.insert({m.where.doc, m.surname}).second)
          f.claims.push_back(m.where);
      }
      out_.push_back(std::move(f));
    }
  }

  CheckInput const& in_;
  std::map<std::string, corpus::Document const*> documents_;
  std::map<std::string, std::vector<Claim const*>> by_metric_;
  std::map<std::string, std::vector<Claim const*>> by_doc_;
  std::map<std::string, std::vector<std::string>> series_of_;
  std::map<std::string, std::vector<corpus::ReferenceRow const*>> rows_;
  std::vector<Finding> out_;
};

}  // namespace

std::vector<Finding> check(CheckInput const& input) {
  return Checker(input).run();
}

bool at_or_over(std::string const& severity, std::string const& threshold) {
  auto rank = [](std::string const& s) { return s == "error" ? 2 : s == "warning" ? 1 : 0; };
  return rank(severity) >= rank(threshold);
}

}  // namespace claimcheck::checker
