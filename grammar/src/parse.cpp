// The grammar's facade: runs the instantiated rules and turns their ASTs into
// the public Quantity and TimeExpression, applying the interval rules that
// quantity.hpp documents. No exception leaves this file.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <mutex>

#include "claimcheck/grammar/period.hpp"
#include "claimcheck/grammar/quantity.hpp"
#include "config.hpp"
#include "period_rule.hpp"
#include "quantity_rule.hpp"

namespace claimcheck::grammar {

int days_in_month(int year, int month) noexcept {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool const leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// How much "around" allows either side, as a share of the value: a tenth
// for a figure of one significant digit ("around 80,000", "about a
// quarter"), a twentieth for two ("some 9.7 million", "around 24%"), a
// fortieth for more ("about 28,440"). The more digits a writer states, the
// closer the figure they mean.
constexpr double kApproxShare = 0.10;
double approx_share(ast::Core const& c, double v) {
  if (c.has_ratio || c.number.step <= 0 || v == 0)
    return kApproxShare;
  // Significant digits: the stated ones up to the last that is not a zero
  // ("around 100" is one, "some 9.7 million" two).
  double steps = std::round(std::fabs(v) / c.number.step);
  if (steps < 1 || steps > 1e15)
    return kApproxShare;
  while (std::fmod(steps, 10) == 0)
    steps /= 10;
  int const digits = steps < 10 ? 1 : steps < 100 ? 2 : 3;
  return digits == 1 ? kApproxShare : digits == 2 ? kApproxShare / 2 : kApproxShare / 4;
}
// How far below the stated value "nearly"/"almost" may reach.
constexpr double kNearlyShare = 0.10;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_share(QuantityKind kind) {
  return kind == QuantityKind::kRatio;
}

// 8.2 * 1e9 is 8199999999.999999 in binary; a figure has at most 15 digits.
double tidy(double value) {
  if (!std::isfinite(value) || value == 0)
    return value;
  // Whole and half numbers (most counts and their intervals) are exact in binary.
  if (std::fabs(value) < 1e15 && std::trunc(value * 2) == value * 2)
    return value;
  char buffer[32];
  auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 14);
  double tidied = value;
  std::from_chars(buffer, written.ptr, tidied);
  return tidied;
}

// The interval the stated digits and the hedge allow; see quantity.hpp.
void set_interval(Quantity& q, ast::Hedged const& h) {
  ast::Core const& c = h.core;
  double const v = q.value;
  if (c.has_ratio) {
    if (c.ratio_exact) {
      q.low = q.high = v;
    } else if (c.numerator == 1 && c.denominator >= 3) {
      // "one in 12": the writer chose the denominator, not the numerator;
      // it stands for one in 9.6 to 15 (a quarter more or less), where
      // reading the "one" as 0.5 to 1.5 would let it mean one in 24.
      q.low = 1 / (c.denominator * 1.25);
      q.high = 1 / (c.denominator * 0.8);
    } else {
      q.low = std::max(0.0, (c.numerator - 0.5) / c.denominator);
      q.high = std::min(1.0, (c.numerator + 0.5) / c.denominator);
    }
  } else {
    double const half = c.number.step / 2;
    q.low = v - half;
    q.high = v + half;
  }
  double const magnitude = std::fabs(v);
  switch (h.hedge) {
    case Hedge::kExact:
      if (h.stated_exact)
        q.low = q.high = v;
      break;
    case Hedge::kApprox: {
      double const widening = approx_share(c, v) * magnitude;
      q.low -= widening;
      q.high += widening;
      break;
    }
    case Hedge::kNearly:
      q.low = std::min(q.low, v - kNearlyShare * magnitude);
      q.high = v;
      break;
    case Hedge::kMoreThan:
    case Hedge::kAtLeast:
      q.low = v;
      q.high = is_share(q.kind) ? 1.0 : kInfinity;
      break;
    case Hedge::kLessThan:
    case Hedge::kAtMost:
      q.high = v;
      q.low = v >= 0 ? 0.0 : -kInfinity;
      break;
  }
}

std::string per_unit(std::string const& per) {
  return per.empty() ? std::string() : "per " + per;
}

Quantity to_quantity(ast::Hedged const& h) {
  ast::Core const& c = h.core;
  Quantity q;
  q.kind = c.kind;
  q.value = c.number.value;
  q.unit = c.kind == QuantityKind::kRate ? per_unit(c.per) : c.unit;
  q.per = c.per;
  q.scale = c.number.scale_name;
  q.hedge = h.hedge;
  q.words = c.number.words;
  q.vague = c.number.vague;
  if (c.has_ratio) {
    q.numerator = c.numerator;
    q.denominator = c.denominator;
  }
  set_interval(q, h);
  if (q.vague && q.hedge == Hedge::kExact)
    q.hedge = Hedge::kApprox;  // the step already spans what the word allows
  q.value = tidy(q.value);
  q.low = tidy(q.low);
  q.high = tidy(q.high);
  return q;
}

// A range keeps its stated ends, widened only where an end is hedged: "between
// 100 and 500" is 100..500, "from two to over 1,600" is 2..unbounded.
Quantity to_range(ast::Hedged const& first, ast::Hedged const& second) {
  Quantity a = to_quantity(first);
  Quantity b = to_quantity(second);
  if (a.value > b.value)
    std::swap(a, b);
  Quantity q;
  q.kind = QuantityKind::kRange;
  q.hedge = a.hedge == b.hedge ? a.hedge : Hedge::kExact;
  q.value = (a.value + b.value) / 2;
  q.low = a.hedge == Hedge::kExact ? a.value : a.low;
  q.high = b.hedge == Hedge::kExact ? b.value : b.high;
  q.unit = b.unit.empty() ? a.unit : b.unit;
  q.per = b.per.empty() ? a.per : b.per;
  q.scale = b.scale;
  q.words = a.words || b.words;
  q.range_low_value = a.value;
  q.range_high_value = b.value;
  return q;
}

std::size_t offset_in(std::string_view span, char const* p) {
  return p == nullptr ? 0 : static_cast<std::size_t>(p - span.data());
}

// Where a parsed stretch really ends: the parser may have skipped spaces after it.
std::size_t end_in(std::string_view span, char const* p) {
  std::size_t end = offset_in(span, p);
  while (end > 0 && is_space(span[end - 1]))
    --end;
  return end;
}

std::string two(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

Period to_period(std::string_view span, ast::Date const& d) {
  Period p;
  if (d.begin != nullptr && d.end != nullptr) {
    p.label.assign(d.begin, static_cast<std::size_t>(d.end - d.begin));
  }
  std::string const y = std::to_string(d.year);
  if (d.year == 0 && d.month != 0) {
    if (!p.label.empty() && p.label.back() == '.')
      p.label.pop_back();  // "in May." ends a sentence
    p.granularity = d.day != 0 ? Granularity::kDate : Granularity::kMonth;
    p.month = d.month;
    p.day = d.day;
    return p;
  }
  if (d.fiscal_end_year != 0) {
    p.granularity = Granularity::kFiscalYear;
    p.start = y + "-04-01";
    p.end = std::to_string(d.fiscal_end_year) + "-03-31";
  } else if (d.span_end_year != 0) {
    // Read as calendar years, which also holds the fiscal years between.
    p.granularity = Granularity::kYear;
    p.start = y + "-01-01";
    p.end = std::to_string(d.span_end_year) + "-12-31";
  } else if (d.day != 0 && d.month != 0) {
    p.granularity = Granularity::kDate;
    if (d.year != 0) {
      p.start = p.end = y + "-" + two(d.month) + "-" + two(d.day);
    }
  } else if (d.month != 0) {
    p.granularity = Granularity::kMonth;
    p.start = y + "-" + two(d.month) + "-01";
    p.end = y + "-" + two(d.month) + "-" + two(days_in_month(d.year, d.month));
  } else {
    p.granularity = Granularity::kYear;
    p.start = y + "-01-01";
    p.end = y + "-12-31";
  }
  (void)span;
  return p;
}

}  // namespace

std::string_view to_string(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kCount:
      return "count";
    case QuantityKind::kPercent:
      return "percent";
    case QuantityKind::kPercentagePoints:
      return "percentage_points";
    case QuantityKind::kMoney:
      return "money";
    case QuantityKind::kRatio:
      return "ratio";
    case QuantityKind::kRate:
      return "rate";
    case QuantityKind::kMultiplier:
      return "multiplier";
    case QuantityKind::kRange:
      return "range";
    case QuantityKind::kYear:
      return "year";
  }
  return "count";
}

std::string_view to_string(Hedge hedge) {
  switch (hedge) {
    case Hedge::kExact:
      return "exact";
    case Hedge::kApprox:
      return "approx";
    case Hedge::kAtLeast:
      return "at_least";
    case Hedge::kMoreThan:
      return "more_than";
    case Hedge::kAtMost:
      return "at_most";
    case Hedge::kLessThan:
      return "less_than";
    case Hedge::kNearly:
      return "nearly";
  }
  return "exact";
}

std::string_view to_string(Granularity granularity) {
  switch (granularity) {
    case Granularity::kYear:
      return "year";
    case Granularity::kFiscalYear:
      return "fiscal_year";
    case Granularity::kDate:
      return "date";
    case Granularity::kMonth:
      return "month";
    case Granularity::kRelative:
      return "relative";
  }
  return "year";
}

std::string_view to_string(TimeRole role) {
  switch (role) {
    case TimeRole::kPoint:
      return "point";
    case TimeRole::kSince:
      return "since";
    case TimeRole::kBetween:
      return "between";
    case TimeRole::kUntil:
      return "until";
    case TimeRole::kRelative:
      return "relative";
  }
  return "point";
}

QuantityParse parse_quantity(std::string_view span) noexcept {
  QuantityParse result;
  try {
    static std::once_flag tables_loaded;
    std::call_once(tables_loaded, parser::load_currency_tables);
    namespace x3 = boost::spirit::x3;
    ast::Expression e;
    char const* first = span.data();
    char const* const last = span.data() + span.size();
    char const* lead = first;
    while (lead != last && is_space(*lead))
      ++lead;
    bool const parsed = lead != last && *lead >= '0' && *lead <= '9'
                            ? x3::phrase_parse(first, last, digit_expression(), x3::ascii::space, e)
                            : x3::phrase_parse(first, last, expression(), x3::ascii::space, e);
    if (!parsed)
      return result;
    if (e.is_range) {
      result.quantity = to_range(e.first, e.second);
      result.parts.push_back(
          {to_quantity(e.first), offset_in(span, e.first.begin), end_in(span, e.first.end)});
      result.parts.push_back(
          {to_quantity(e.second), offset_in(span, e.second.begin), end_in(span, e.second.end)});
      result.quantity->from_to = e.from_to;
      result.consumed = offset_in(span, e.second.end);
    } else {
      result.quantity = to_quantity(e.first);
      result.consumed = offset_in(span, e.first.end);
      if (e.first.core.code_begin != nullptr) {
        result.quantity->code_begin = offset_in(span, e.first.core.code_begin);
        result.quantity->code_end = offset_in(span, e.first.core.code_end);
      }
      if (e.first.core.noun_begin != nullptr &&
          (e.first.core.kind == QuantityKind::kRate || e.first.core.kind == QuantityKind::kRatio))
        result.quantity->noun_begin = offset_in(span, e.first.core.noun_begin);
    }
    // Leading spaces are skipped by the parser; trailing ones may be consumed
    // by an optional element that then failed, so trim both.
    while (result.begin < span.size() && is_space(span[result.begin]))
      ++result.begin;
    while (result.consumed > result.begin && is_space(span[result.consumed - 1]))
      --result.consumed;
  } catch (std::exception const& error) {
    result = {};
    result.error = GrammarError{0, error.what()};
  } catch (...) {
    result = {};
    result.error = GrammarError{0, "unknown error"};
  }
  return result;
}

bool is_length_of_time(Quantity const& q) {
  static constexpr std::string_view kUnits[] = {"second", "minute", "hour", "day",
                                                "week",   "month",  "year", "decade"};
  return std::find(std::begin(kUnits), std::end(kUnits), q.unit) != std::end(kUnits);
}

void place_in_year(Period& period, std::string_view reference, bool ahead) {
  if (!period.start.empty() || period.month == 0 || reference.size() < 7)
    return;
  int year = 0, month = 0, day = 31;
  std::from_chars(reference.data(), reference.data() + 4, year);
  std::from_chars(reference.data() + 5, reference.data() + 7, month);
  if (reference.size() >= 10)
    std::from_chars(reference.data() + 8, reference.data() + 10, day);
  int const first_day = period.day != 0 ? period.day : 1;
  if (ahead) {
    int const last_day = period.day != 0 ? period.day : 31;
    if (period.month < month || (period.month == month && last_day < day))
      ++year;
  } else if (period.month > month || (period.month == month && first_day > day)) {
    --year;
  }
  std::string const y = std::to_string(year);
  if (period.day != 0) {
    period.start = period.end = y + "-" + two(period.month) + "-" + two(period.day);
  } else {
    period.start = y + "-" + two(period.month) + "-01";
    period.end = y + "-" + two(period.month) + "-" + two(days_in_month(year, period.month));
  }
}

std::optional<TimeExpression> parse_time(std::string_view span) noexcept {
  try {
    namespace x3 = boost::spirit::x3;
    parser::TimeAst t;
    char const* first = span.data();
    char const* const last = span.data() + span.size();
    if (!x3::phrase_parse(first, last, time_expression(), x3::ascii::space, t)) {
      return std::nullopt;
    }
    TimeExpression out;
    out.role = t.role;
    out.length_years = t.length_years;
    out.length_months = t.length_months;
    char const* end = nullptr;
    if (t.has_first) {
      out.first = to_period(span, t.first);
      end = t.first.end;
    }
    if (t.has_second) {
      out.second = to_period(span, t.second);
      end = t.second.end;
    }
    if (end == nullptr) {
      // A relative span ("the last 10 years") ends where the parser stopped,
      // less the trailing spaces phrase_parse skipped.
      end = first;
      while (end > span.data() && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\t'))
        --end;
    }
    out.consumed = offset_in(span, end);
    return out;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace claimcheck::grammar
