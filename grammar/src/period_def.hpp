// The time-expression grammar. Included by period.cpp only.
#pragma once

#include <optional>
#include <type_traits>

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"
#include "period_rule.hpp"

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;
namespace time_detail {

namespace fusion = boost::fusion;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::lexeme;
using x3::lit;

inline auto w(char const* word) {
  return lexeme[lit(word) >> !x3::ascii::alnum];
}
auto const word_end = !x3::ascii::alnum;

// clang-format off
inline x3::symbols<int> const month_sym{
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};

inline x3::symbols<int> const count_word_sym{
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"fifteen", 15},
    {"twenty", 20}, {"thirty", 30}, {"few", 3}, {"several", 3}};

inline x3::symbols<int> const span_unit_sym{
    {"year", 1}, {"years", 1}, {"decade", 10}, {"decades", 10}, {"century", 100}};
// Statistics of the labour market and prices come in months and quarters:
// "in the three months to January", "over the past six months".
inline x3::symbols<int> const month_unit_sym{
    {"month", 1}, {"months", 1}, {"quarter", 3}, {"quarters", 3}};
// clang-format on

x3::uint_parser<int, 10, 4, 4> const four_digits;
x3::uint_parser<int, 10, 2, 2> const two_digits;
x3::uint_parser<int, 10, 1, 2> const day_digits;
x3::uint_parser<int, 10, 1, 3> const small_count;

struct year_class;
struct date_class {
  // X3 1.74 probes on_success with its attribute and context swapped, so the
  // handler must be generic in both to be found.
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& d, Context const&) const {
    if constexpr (!std::is_same_v<std::remove_const_t<Attribute>, x3::unused_type>) {
      d.begin = first;
      d.end = last;
    }
  }
};
x3::rule<year_class, ast::Date> const year = "year";
struct date_value_class;
x3::rule<date_value_class, ast::Date> const date_value = "date";
// Wraps date_value so on_success sees the attribute (see quantity_def.hpp).
x3::rule<date_class, ast::Date> const date = "date";
// A month written alone ("in May"): a time only after "in", "since", "by" or
// "until", so that "numbers may rise" holds none.
struct month_alone_value_class;
x3::rule<month_alone_value_class, ast::Date> const month_alone_value = "month";
struct month_alone_class : date_class {};
x3::rule<month_alone_class, ast::Date> const month_alone = "month";

// "2011", "2012-13", "2010/11", "2012/2013": a fiscal year when the second
// part is the next year. "2025-30" and "2010-2014" are the years from one to
// the other (a price-review period, a plan's years); "1995-01" stays 1995.
auto const make_year = [](auto& ctx) {
  int first = fusion::at_c<0>(_attr(ctx));
  auto const& second = fusion::at_c<1>(_attr(ctx));
  if (first < 1800 || first > 2100) {
    _pass(ctx) = false;
    return;
  }
  ast::Date d;
  d.year = first;
  if (second) {
    int next = *second;
    int const last = next < 100 ? first - first % 100 + next : next;
    if (next == (first + 1) % 100 || next == first + 1) {
      d.fiscal_end_year = first + 1;
    } else if (last > first + 1 && last <= first + 50) {
      d.span_end_year = last;
    } else {
      _pass(ctx) = false;
      return;
    }
  }
  _val(ctx) = d;
};
auto const two_or_four_digits = x3::rule<class two_or_four_class, int>{"year"} =
    four_digits | two_digits;
// "2006/7", "2009-0": the second year by its last digit alone.
auto const make_short_fiscal_year = [](auto& ctx) {
  int const first = fusion::at_c<0>(_attr(ctx));
  int const last_digit = fusion::at_c<1>(_attr(ctx));
  if (first < 1800 || first > 2100 || last_digit != (first + 1) % 10) {
    _pass(ctx) = false;
    return;
  }
  ast::Date d;
  d.year = first;
  d.fiscal_end_year = first + 1;
  _val(ctx) = d;
};
auto const one_digit = x3::uint_parser<int, 10, 1, 1>{};
auto const year_end = !(x3::ascii::alnum | (lit('-') >> x3::ascii::digit));
// clang-format off
auto const year_def = lexeme[
      (four_digits >> (lit('/') | lit('-')) >> one_digit >> year_end)[make_short_fiscal_year]
    | (four_digits >> -((lit('-') | lit('/')) >> two_or_four_digits >> !x3::ascii::digit)
         >> year_end)[make_year]];
// clang-format on

inline bool valid_day(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1])
    return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && year != 0 && !leap);
}

auto const make_day_month_year = [](auto& ctx) {
  ast::Date d;
  d.day = fusion::at_c<0>(_attr(ctx));
  d.month = fusion::at_c<1>(_attr(ctx));
  auto const& y = fusion::at_c<2>(_attr(ctx));
  if (y) {
    d.year = *y;
    if (d.year < 100) {
      d.two_digit_year = true;
      d.year += d.year < 50 ? 2000 : 1900;
    }
  }
  if (!valid_day(d.year, d.month, d.day)) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = d;
};
auto const make_month_day_year = [](auto& ctx) {
  ast::Date d;
  d.month = fusion::at_c<0>(_attr(ctx));
  d.day = fusion::at_c<1>(_attr(ctx));
  d.year = fusion::at_c<2>(_attr(ctx));
  if (!valid_day(d.year, d.month, d.day)) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = d;
};
auto const make_month_day = [](auto& ctx) {
  ast::Date d;
  d.month = fusion::at_c<0>(_attr(ctx));
  d.day = fusion::at_c<1>(_attr(ctx));
  if (!valid_day(0, d.month, d.day)) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = d;
};
auto const make_month_only = [](auto& ctx) {
  ast::Date d;
  d.month = _attr(ctx);
  _val(ctx) = d;
};
auto const make_month_year = [](auto& ctx) {
  ast::Date d;
  d.month = fusion::at_c<0>(_attr(ctx));
  d.year = fusion::at_c<1>(_attr(ctx));
  _val(ctx) = d;
};
auto const copy_date = [](auto& ctx) { _val(ctx) = _attr(ctx); };

// clang-format off
auto const ordinal_suffix = lexeme[(lit("st") | lit("nd") | lit("rd") | lit("th")) >> word_end];
auto const month_word = lexeme[month_sym >> -lit('.') >> word_end];
auto const full_year = lexeme[four_digits >> word_end];
// "29 Jun 16"; not the "82" of "31 March 82,170".
auto const short_year =
    lexeme[two_or_four_digits >> word_end >> !((lit(',') | lit('.')) >> x3::ascii::digit)];

auto const stated_year = x3::rule<class stated_year_class, int>{"year"} =
    (lit(',') >> full_year) | short_year;

auto const date_value_def =
      (lexeme[day_digits >> -ordinal_suffix >> word_end] >> -w("of") >> month_word
          >> -stated_year)[make_day_month_year]
    | (month_word >> lexeme[day_digits >> -ordinal_suffix >> word_end] >> -lit(',')
          >> full_year)[make_month_day_year]
    // "on July 1, an increase", "OSLO, March 14 (NordWire)": a day of a
    // month with no year, where nothing it could count follows it.
    | (month_word >> lexeme[day_digits >> -ordinal_suffix >> word_end]
          >> &(x3::eoi | (lit(',') >> !x3::ascii::digit) | lit('.') | lit(';') | lit(':')
               | lit(')') | lit('(') | w("in") | w("at") | w("on") | w("to") | w("and") | w("through")
               | w("until") | w("from") | w("when") | w("for") | w("is") | w("was")
               | w("will")))[make_month_day]
    | (month_word >> full_year)[make_month_year]
    | year[copy_date];
auto const month_alone_value_def = (month_word >> !lexeme[x3::ascii::digit])[make_month_only];
// clang-format on

struct span_length_class;
x3::rule<span_length_class, int> const span_length = "span_length";
struct month_length_class;
x3::rule<month_length_class, int> const month_length = "month_length";

auto const make_length = [](auto& ctx) {
  auto const& count = fusion::at_c<0>(_attr(ctx));
  int unit = fusion::at_c<1>(_attr(ctx));
  _val(ctx) = (count ? *count : 1) * unit;
};
auto const make_counted_length = [](auto& ctx) {
  _val(ctx) = fusion::at_c<0>(_attr(ctx)) * fusion::at_c<1>(_attr(ctx));
};
// clang-format off
auto const span_count = x3::rule<class span_count_class, int>{"count"} =
    lexeme[small_count >> word_end] | lexeme[count_word_sym >> word_end];
auto const span_length_def = (-span_count >> lexeme[span_unit_sym >> word_end])[make_length];
auto const month_length_def = (-span_count >> lexeme[month_unit_sym >> word_end])[make_length];
// "the last six months" is a window; "last month" is when something happened,
// and "the previous 12 months" is counted back from another period.
auto const counted_months = x3::rule<class counted_months_class, int>{"months"} =
    (span_count >> lexeme[month_unit_sym >> word_end])[make_counted_length];
// clang-format on

auto const one_date = [](TimeRole role) {
  return [role](auto& ctx) {
    TimeAst t;
    t.role = role;
    t.first = _attr(ctx);
    t.has_first = true;
    _val(ctx) = t;
  };
};
auto const make_point = one_date(TimeRole::kPoint);
// "at the end of June 2025", "by the end of 2023-24": the period's last day,
// the date a stock is counted at, not the whole period.
auto const make_point_at_end = [](auto& ctx) {
  TimeAst t;
  t.role = TimeRole::kPoint;
  t.first = _attr(ctx);
  t.has_first = true;
  ast::Date& d = t.first;
  if (d.span_end_year == 0 && d.day == 0) {
    if (d.fiscal_end_year != 0) {
      d.year = d.fiscal_end_year;
      d.fiscal_end_year = 0;
      d.month = 3;
      d.day = 31;
    } else if (d.month == 0 && d.year != 0) {
      d.month = 12;
      d.day = 31;
    } else if (d.month != 0) {
      constexpr int kNoLeapYear = 2001;  // a February with no year ends on the 28th
      d.day = days_in_month(d.year != 0 ? d.year : kNoLeapYear, d.month);
    }
  }
  _val(ctx) = t;
};
auto const make_since = one_date(TimeRole::kSince);
auto const make_between = [](auto& ctx) {
  TimeAst t;
  t.role = TimeRole::kBetween;
  t.first = fusion::at_c<0>(_attr(ctx));
  t.second = fusion::at_c<1>(_attr(ctx));
  t.has_first = t.has_second = true;
  if (t.second.year != 0 && t.first.year > t.second.year) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = t;
};
// Twelve months are a year: "the 12 months to June" is "the year to June".
auto const set_months = [](TimeAst& t, int months) {
  if (months % 12 == 0)
    t.length_years = months / 12;
  else
    t.length_months = months;
};
// A length of years or of months before a date, or before the text's.
auto const make_until_in = [](int months_each) {
  return [months_each](auto& ctx) {
    TimeAst t;
    t.role = TimeRole::kUntil;
    set_months(t, fusion::at_c<0>(_attr(ctx)) * months_each);
    t.second = fusion::at_c<1>(_attr(ctx));
    t.has_second = true;
    _val(ctx) = t;
  };
};
auto const make_relative_in = [](int months_each) {
  return [months_each](auto& ctx) {
    TimeAst t;
    t.role = TimeRole::kRelative;
    set_months(t, _attr(ctx) * months_each);
    _val(ctx) = t;
  };
};
auto const make_until = make_until_in(12);
auto const make_until_months = make_until_in(1);
auto const make_relative = make_relative_in(12);
auto const make_relative_months = make_relative_in(1);

// "the year to March 2016", "the three months to January"
// "the 12 months to the end of August" ends where "the 12 months to August" does.
auto const until_end = x3::rule<class until_end_class, ast::Date>{
    "date"} = -(w("the") >> (w("end") | w("close")) >> w("of")) >> (date | month_alone);
// clang-format off
auto const lead_in = w("in") | w("over") | w("during") | w("for") | w("across") | w("throughout");
auto const time_expression_def =
      (w("since") >> date)[make_since]
    | (w("since") >> month_alone)[make_since]
    | (w("between") >> date >> (w("and") | lit('-') | lit('&')) >> date)[make_between]
    | (w("from") >> date >> (w("to") | w("until") | w("till") | lit('-')) >> date)[make_between]
    | (-lead_in >> w("the") >> span_length
          >> (w("to") | (w("up") >> w("to")) | w("until") | (w("ending") >> -w("in")))
          >> until_end)[make_until]
    | (-lead_in >> w("the") >> month_length
          >> (w("to") | (w("up") >> w("to")) | w("until") | (w("ending") >> -w("in")))
          >> until_end)[make_until_months]
    | (-lead_in >> -w("the") >> (w("last") | w("past") | w("previous") | w("preceding"))
          >> span_length)[make_relative]
    | (-lead_in >> -w("the") >> (w("last") | w("past")) >> counted_months)[make_relative_months]
    | (-(lead_in | w("at") | w("by") | w("until")) >> w("the") >> (w("end") | w("close"))
          >> w("of") >> until_end)[make_point_at_end]
    | (-(lead_in | w("at") | w("by") | w("until")) >> w("the")
          >> (w("start") | w("beginning") | w("middle")) >> w("of") >> until_end)[make_point]
    | ((w("in") | w("by") | w("until")) >> month_alone)[make_point]
    | (-(lead_in | w("at") | w("by") | w("on") | w("of") | (w("as") >> w("at"))) >> date)
        [make_point];
// clang-format on

auto const date_def = date_value;
auto const month_alone_def = month_alone_value;
BOOST_SPIRIT_DEFINE(year, date_value, date, month_alone_value, month_alone, span_length,
                    month_length)

}  // namespace time_detail

time_type const time_rule = "time";
auto const time_rule_def = time_detail::time_expression_def;
BOOST_SPIRIT_DEFINE(time_rule)

}  // namespace claimcheck::grammar::parser
