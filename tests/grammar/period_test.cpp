// Table-driven tests of parse_time: years, UK fiscal years, dates, months and
// the roles a time expression plays (point, since, between, until, relative).
#include "claimcheck/grammar/period.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "test_names.hpp"

namespace claimcheck::grammar {
namespace {

constexpr std::size_t kWhole = static_cast<std::size_t>(-1);  // consumed = the whole input

struct PeriodExpect {
  std::string_view label;
  std::string_view start;
  std::string_view end;
  Granularity granularity;
};

struct TimeCase {
  std::string_view input;
  TimeRole role;
  std::optional<PeriodExpect> first;
  std::optional<PeriodExpect> second;
  int length_years;
  std::size_t consumed;
};

void PrintTo(TimeCase const& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

constexpr auto kYear = Granularity::kYear;
constexpr auto kFiscal = Granularity::kFiscalYear;
constexpr auto kDate = Granularity::kDate;
constexpr auto kMonth = Granularity::kMonth;
constexpr std::nullopt_t kNone = std::nullopt;

// clang-format off
TimeCase const kTimeCases[] = {
    // --- years -----------------------------------------------------------------
    {"2011", TimeRole::kPoint, PeriodExpect{"2011", "2011-01-01", "2011-12-31", kYear}, kNone, 0, kWhole},
    {"1800", TimeRole::kPoint, PeriodExpect{"1800", "1800-01-01", "1800-12-31", kYear}, kNone, 0, kWhole},
    {"2100", TimeRole::kPoint, PeriodExpect{"2100", "2100-01-01", "2100-12-31", kYear}, kNone, 0, kWhole},
    {"in 2015", TimeRole::kPoint, PeriodExpect{"2015", "2015-01-01", "2015-12-31", kYear}, kNone, 0, kWhole},
    {"in 2015, the", TimeRole::kPoint, PeriodExpect{"2015", "2015-01-01", "2015-12-31", kYear}, kNone, 0, 7},
    {"2011 census", TimeRole::kPoint, PeriodExpect{"2011", "2011-01-01", "2011-12-31", kYear}, kNone, 0, 4},
    {"by 2020", TimeRole::kPoint, PeriodExpect{"2020", "2020-01-01", "2020-12-31", kYear}, kNone, 0, kWhole},
    {"during 1999", TimeRole::kPoint, PeriodExpect{"1999", "1999-01-01", "1999-12-31", kYear}, kNone, 0, kWhole},
    // --- fiscal years: 1 April to 31 March --------------------------------------
    {"2012-13", TimeRole::kPoint, PeriodExpect{"2012-13", "2012-04-01", "2013-03-31", kFiscal}, kNone, 0, kWhole},
    {"2012-13 to", TimeRole::kPoint, PeriodExpect{"2012-13", "2012-04-01", "2013-03-31", kFiscal}, kNone, 0, 7},
    {"2010/11", TimeRole::kPoint, PeriodExpect{"2010/11", "2010-04-01", "2011-03-31", kFiscal}, kNone, 0, kWhole},
    {"2006/7", TimeRole::kPoint, PeriodExpect{"2006/7", "2006-04-01", "2007-03-31", kFiscal}, kNone, 0, kWhole},
    {"2009-0", TimeRole::kPoint, PeriodExpect{"2009-0", "2009-04-01", "2010-03-31", kFiscal}, kNone, 0, kWhole},
    {"2006/8", TimeRole::kPoint, PeriodExpect{"2006", "2006-01-01", "2006-12-31", kYear}, kNone, 0, 4},
    {"2012/2013", TimeRole::kPoint, PeriodExpect{"2012/2013", "2012-04-01", "2013-03-31", kFiscal}, kNone, 0, kWhole},
    {"2012-2013", TimeRole::kPoint, PeriodExpect{"2012-2013", "2012-04-01", "2013-03-31", kFiscal}, kNone, 0, kWhole},
    {"2019-20", TimeRole::kPoint, PeriodExpect{"2019-20", "2019-04-01", "2020-03-31", kFiscal}, kNone, 0, kWhole},
    {"1999-00", TimeRole::kPoint, PeriodExpect{"1999-00", "1999-04-01", "2000-03-31", kFiscal}, kNone, 0, kWhole},
    {"in 2016-17", TimeRole::kPoint, PeriodExpect{"2016-17", "2016-04-01", "2017-03-31", kFiscal}, kNone, 0, kWhole},
    // --- spans of years: every year from one to the other (also their fiscal years)
    {"in 2025-30", TimeRole::kPoint, PeriodExpect{"2025-30", "2025-01-01", "2030-12-31", kYear}, kNone, 0, kWhole},
    {"2010-2014", TimeRole::kPoint, PeriodExpect{"2010-2014", "2010-01-01", "2014-12-31", kYear}, kNone, 0, kWhole},
    {"2011-15", TimeRole::kPoint, PeriodExpect{"2011-15", "2011-01-01", "2015-12-31", kYear}, kNone, 0, kWhole},
    // --- dates -------------------------------------------------------------------
    {"31 march 2015", TimeRole::kPoint, PeriodExpect{"31 march 2015", "2015-03-31", "2015-03-31", kDate}, kNone, 0, kWhole},
    {"29 jun 16", TimeRole::kPoint, PeriodExpect{"29 jun 16", "2016-06-29", "2016-06-29", kDate}, kNone, 0, kWhole},
    {"5 nov 99", TimeRole::kPoint, PeriodExpect{"5 nov 99", "1999-11-05", "1999-11-05", kDate}, kNone, 0, kWhole},
    {"june 28, 2016", TimeRole::kPoint, PeriodExpect{"june 28, 2016", "2016-06-28", "2016-06-28", kDate}, kNone, 0, kWhole},
    {"june 28 2016", TimeRole::kPoint, PeriodExpect{"june 28 2016", "2016-06-28", "2016-06-28", kDate}, kNone, 0, kWhole},
    {"1st of april 2020", TimeRole::kPoint, PeriodExpect{"1st of april 2020", "2020-04-01", "2020-04-01", kDate}, kNone, 0, kWhole},
    {"1 jan 2000", TimeRole::kPoint, PeriodExpect{"1 jan 2000", "2000-01-01", "2000-01-01", kDate}, kNone, 0, kWhole},
    {"3rd september 2019", TimeRole::kPoint, PeriodExpect{"3rd september 2019", "2019-09-03", "2019-09-03", kDate}, kNone, 0, kWhole},
    {"29 february 2016", TimeRole::kPoint, PeriodExpect{"29 february 2016", "2016-02-29", "2016-02-29", kDate}, kNone, 0, kWhole},
    {"as at 31 march 2015", TimeRole::kPoint, PeriodExpect{"31 march 2015", "2015-03-31", "2015-03-31", kDate}, kNone, 0, kWhole},
    {"at 31 march 2015", TimeRole::kPoint, PeriodExpect{"31 march 2015", "2015-03-31", "2015-03-31", kDate}, kNone, 0, kWhole},
    {"on 29 jun 16", TimeRole::kPoint, PeriodExpect{"29 jun 16", "2016-06-29", "2016-06-29", kDate}, kNone, 0, kWhole},
    {"31 march 2015 and", TimeRole::kPoint, PeriodExpect{"31 march 2015", "2015-03-31", "2015-03-31", kDate}, kNone, 0, 13},
    // --- months: first to last day -------------------------------------------------
    {"march 2015", TimeRole::kPoint, PeriodExpect{"march 2015", "2015-03-01", "2015-03-31", kMonth}, kNone, 0, kWhole},
    {"in march 2015", TimeRole::kPoint, PeriodExpect{"march 2015", "2015-03-01", "2015-03-31", kMonth}, kNone, 0, kWhole},
    {"april 2020", TimeRole::kPoint, PeriodExpect{"april 2020", "2020-04-01", "2020-04-30", kMonth}, kNone, 0, kWhole},
    {"february 2016", TimeRole::kPoint, PeriodExpect{"february 2016", "2016-02-01", "2016-02-29", kMonth}, kNone, 0, kWhole},
    {"february 2015", TimeRole::kPoint, PeriodExpect{"february 2015", "2015-02-01", "2015-02-28", kMonth}, kNone, 0, kWhole},
    {"february 1900", TimeRole::kPoint, PeriodExpect{"february 1900", "1900-02-01", "1900-02-28", kMonth}, kNone, 0, kWhole},
    {"february 2000", TimeRole::kPoint, PeriodExpect{"february 2000", "2000-02-01", "2000-02-29", kMonth}, kNone, 0, kWhole},
    {"sept 2019", TimeRole::kPoint, PeriodExpect{"sept 2019", "2019-09-01", "2019-09-30", kMonth}, kNone, 0, kWhole},
    {"dec. 2019", TimeRole::kPoint, PeriodExpect{"dec. 2019", "2019-12-01", "2019-12-31", kMonth}, kNone, 0, kWhole},
    {"december 2019", TimeRole::kPoint, PeriodExpect{"december 2019", "2019-12-01", "2019-12-31", kMonth}, kNone, 0, kWhole},
    // --- since ---------------------------------------------------------------------
    {"since 2011", TimeRole::kSince, PeriodExpect{"2011", "2011-01-01", "2011-12-31", kYear}, kNone, 0, kWhole},
    {"since 2011, the", TimeRole::kSince, PeriodExpect{"2011", "2011-01-01", "2011-12-31", kYear}, kNone, 0, 10},
    {"since march 2015", TimeRole::kSince, PeriodExpect{"march 2015", "2015-03-01", "2015-03-31", kMonth}, kNone, 0, kWhole},
    {"since 2010-11", TimeRole::kSince, PeriodExpect{"2010-11", "2010-04-01", "2011-03-31", kFiscal}, kNone, 0, kWhole},
    {"since 31 march 2015", TimeRole::kSince, PeriodExpect{"31 march 2015", "2015-03-31", "2015-03-31", kDate}, kNone, 0, kWhole},
    // --- between ---------------------------------------------------------------------
    {"between 2010 and 2014", TimeRole::kBetween, PeriodExpect{"2010", "2010-01-01", "2010-12-31", kYear}, PeriodExpect{"2014", "2014-01-01", "2014-12-31", kYear}, 0, kWhole},
    {"between 2010 and 2014 the", TimeRole::kBetween, PeriodExpect{"2010", "2010-01-01", "2010-12-31", kYear}, PeriodExpect{"2014", "2014-01-01", "2014-12-31", kYear}, 0, 21},
    {"from 2010 to 2014", TimeRole::kBetween, PeriodExpect{"2010", "2010-01-01", "2010-12-31", kYear}, PeriodExpect{"2014", "2014-01-01", "2014-12-31", kYear}, 0, kWhole},
    {"from 2010 until 2014", TimeRole::kBetween, PeriodExpect{"2010", "2010-01-01", "2010-12-31", kYear}, PeriodExpect{"2014", "2014-01-01", "2014-12-31", kYear}, 0, kWhole},
    {"between 2010-11 and 2014-15", TimeRole::kBetween, PeriodExpect{"2010-11", "2010-04-01", "2011-03-31", kFiscal}, PeriodExpect{"2014-15", "2014-04-01", "2015-03-31", kFiscal}, 0, kWhole},
    {"from march 2015 to june 2016", TimeRole::kBetween, PeriodExpect{"march 2015", "2015-03-01", "2015-03-31", kMonth}, PeriodExpect{"june 2016", "2016-06-01", "2016-06-30", kMonth}, 0, kWhole},
    {"between 2011 and 2011", TimeRole::kBetween, PeriodExpect{"2011", "2011-01-01", "2011-12-31", kYear}, PeriodExpect{"2011", "2011-01-01", "2011-12-31", kYear}, 0, kWhole},
    // --- until: a length ending at a period -----------------------------------------
    {"in the decade to 2019-20", TimeRole::kUntil, kNone, PeriodExpect{"2019-20", "2019-04-01", "2020-03-31", kFiscal}, 10, kWhole},
    {"the decade to 2019", TimeRole::kUntil, kNone, PeriodExpect{"2019", "2019-01-01", "2019-12-31", kYear}, 10, kWhole},
    {"in the year to march 2016", TimeRole::kUntil, kNone, PeriodExpect{"march 2016", "2016-03-01", "2016-03-31", kMonth}, 1, kWhole},
    {"over the three years to 2015", TimeRole::kUntil, kNone, PeriodExpect{"2015", "2015-01-01", "2015-12-31", kYear}, 3, kWhole},
    {"in the 12 years to 2018", TimeRole::kUntil, kNone, PeriodExpect{"2018", "2018-01-01", "2018-12-31", kYear}, 12, kWhole},
    {"in the five years ending in 2020", TimeRole::kUntil, kNone, PeriodExpect{"2020", "2020-01-01", "2020-12-31", kYear}, 5, kWhole},
    {"the two decades up to 2010", TimeRole::kUntil, kNone, PeriodExpect{"2010", "2010-01-01", "2010-12-31", kYear}, 20, kWhole},
    // --- relative -------------------------------------------------------------------
    {"in the last 10 years", TimeRole::kRelative, kNone, kNone, 10, kWhole},
    {"in the last 10 years, the", TimeRole::kRelative, kNone, kNone, 10, 20},
    {"over the past decade", TimeRole::kRelative, kNone, kNone, 10, kWhole},
    {"last year", TimeRole::kRelative, kNone, kNone, 1, kWhole},
    {"last year's figure", TimeRole::kRelative, kNone, kNone, 1, 9},
    {"in the past five years", TimeRole::kRelative, kNone, kNone, 5, kWhole},
    {"the last two decades", TimeRole::kRelative, kNone, kNone, 20, kWhole},
    {"over the previous 3 years", TimeRole::kRelative, kNone, kNone, 3, kWhole},
    {"past decade", TimeRole::kRelative, kNone, kNone, 10, kWhole},
    {"during the preceding twenty years", TimeRole::kRelative, kNone, kNone, 20, kWhole},
};
// clang-format on

void expect_period(std::optional<Period> const& actual, std::optional<PeriodExpect> const& expected,
                   char const* which) {
  SCOPED_TRACE(which);
  ASSERT_EQ(actual.has_value(), expected.has_value());
  if (!expected)
    return;
  EXPECT_EQ(actual->label, expected->label);
  EXPECT_EQ(actual->start, expected->start);
  EXPECT_EQ(actual->end, expected->end);
  EXPECT_EQ(to_string(actual->granularity), to_string(expected->granularity));
}

class TimeFormTest : public ::testing::TestWithParam<TimeCase> {};

TEST_P(TimeFormTest, ParsesRolePeriodsAndLength) {
  TimeCase const& c = GetParam();
  std::optional<TimeExpression> const time = parse_time(c.input);
  ASSERT_TRUE(time.has_value()) << "no time expression in \"" << c.input << '"';
  EXPECT_EQ(to_string(time->role), to_string(c.role));
  expect_period(time->first, c.first, "first");
  expect_period(time->second, c.second, "second");
  EXPECT_EQ(time->length_years, c.length_years);
  EXPECT_EQ(time->consumed, c.consumed == kWhole ? c.input.size() : c.consumed);
}

INSTANTIATE_TEST_SUITE_P(Forms, TimeFormTest, ::testing::ValuesIn(kTimeCases),
                         [](::testing::TestParamInfo<TimeCase> const& row) {
                           return test_support::case_name(row.index, row.param.input);
                         });

// ---------------------------------------------------------------------------
// Things that are not time expressions.

// clang-format off
std::string_view const kNotTimes[] = {
    "", " ", "the", "16%", "1700", "1799", "2101", "2200", "12345", "march", "may be",
    "2011b", "since", "since the", "between 2014 and 2010", "32 march 2015", "in the",
    "last", "the last", "15", "£2015", "0 march 2015",
    // A month alone is a month only after "in", "since", "by" or "until".
    "may", "at march", "of may",
};
// clang-format on

class NotATimeTest : public ::testing::TestWithParam<std::string_view> {};

TEST_P(NotATimeTest, YieldsNoTimeExpression) {
  std::string_view const input = GetParam();
  std::optional<TimeExpression> const time = parse_time(input);
  EXPECT_FALSE(time.has_value()) << '"' << input << "\" parsed as " << to_string(time->role)
                                 << " consumed " << time->consumed;
}

INSTANTIATE_TEST_SUITE_P(Refusals, NotATimeTest, ::testing::ValuesIn(kNotTimes),
                         [](::testing::TestParamInfo<std::string_view> const& row) {
                           return test_support::case_name(row.index, row.param);
                         });

// Year pairs whose second half is not the next year are not fiscal years:
// "1995-01" is a month or a year, "2010-2014" a span of years. Whatever the
// grammar makes of them, it must not be a fiscal year.
class NotAFiscalYearTest : public ::testing::TestWithParam<std::string_view> {};

TEST_P(NotAFiscalYearTest, IsNotReadAsAFiscalYear) {
  std::string_view const input = GetParam();
  std::optional<TimeExpression> const time = parse_time(input);
  if (!time || !time->first)
    return;
  EXPECT_NE(time->first->granularity, Granularity::kFiscalYear)
      << '"' << input << "\" read as fiscal " << time->first->start << ".." << time->first->end;
}

INSTANTIATE_TEST_SUITE_P(YearPairs, NotAFiscalYearTest,
                         ::testing::Values("1995-01", "2010-2014", "2011-15", "2012-12", "2012-11",
                                           "2010/2014", "2019-22", "2012/12", "1995-01-31"),
                         [](::testing::TestParamInfo<std::string_view> const& row) {
                           return test_support::case_name(row.index, row.param);
                         });

// ---------------------------------------------------------------------------
// Single behaviours.

TEST(ParseTime, DocumentedExampleSince2011) {
  std::optional<TimeExpression> const time = parse_time("since 2011, the");
  ASSERT_TRUE(time.has_value());
  EXPECT_EQ(time->role, TimeRole::kSince);
  ASSERT_TRUE(time->first.has_value());
  EXPECT_EQ(time->first->start, "2011-01-01");
  EXPECT_EQ(time->first->end, "2011-12-31");
  EXPECT_FALSE(time->second.has_value());
  EXPECT_EQ(time->consumed, 10u);
}

TEST(ParseTime, DayAndMonthWithoutYearHasOpenDates) {
  std::optional<TimeExpression> const time = parse_time("31 march");
  ASSERT_TRUE(time.has_value());
  ASSERT_TRUE(time->first.has_value());
  EXPECT_EQ(time->first->granularity, Granularity::kDate);
  EXPECT_EQ(time->first->label, "31 march");
  EXPECT_TRUE(time->first->start.empty());
  EXPECT_TRUE(time->first->end.empty());
}

// "on July 1, an increase", "May 21 in Room 204": the month first, no year,
// and nothing after the day that it could count.
TEST(ParseTime, MonthThenDayWithoutYearWhereNothingIsCounted) {
  for (std::string_view input :
       {"july 1, an increase", "may 21 in room 204", "june 3rd.", "march 9"}) {
    std::optional<TimeExpression> const time = parse_time(input);
    ASSERT_TRUE(time.has_value()) << input;
    ASSERT_TRUE(time->first.has_value()) << input;
    EXPECT_EQ(time->first->granularity, Granularity::kDate) << input;
    EXPECT_TRUE(time->first->start.empty()) << input;
  }
  EXPECT_EQ(parse_time("july 1, an increase")->first->day, 1);
  // "In May 21 people died": the day would count something.
  std::optional<TimeExpression> const people = parse_time("may 21 people died");
  EXPECT_TRUE(!people || people->consumed <= 3) << people->consumed;
}

TEST(ParseTime, MonthAloneAfterInIsAYearlessMonth) {
  std::optional<TimeExpression> const time = parse_time("in may");
  ASSERT_TRUE(time.has_value());
  ASSERT_TRUE(time->first.has_value());
  EXPECT_EQ(time->first->granularity, Granularity::kMonth);
  EXPECT_EQ(time->first->month, 5);
  EXPECT_TRUE(time->first->start.empty());
  EXPECT_EQ(time->first->label, "may");
  EXPECT_EQ(parse_time("in may.")->first->label, "may");
}

TEST(ParseTime, YearlessDatesArePlacedOnOrBeforeTheReference) {
  struct Case {
    std::string_view input, reference, start, end;
  };
  for (Case c : {Case{"in may", "2023-06-08", "2023-05-01", "2023-05-31"},
                 Case{"in september", "2023-06-08", "2022-09-01", "2022-09-30"},
                 Case{"in june", "2023-06-08", "2023-06-01", "2023-06-30"},
                 Case{"at 31 march", "2021-09-30", "2021-03-31", "2021-03-31"},
                 Case{"on 15 july", "2022-07-14", "2021-07-15", "2021-07-15"},
                 Case{"in february", "2024-03", "2024-02-01", "2024-02-29"}}) {
    std::optional<TimeExpression> time = parse_time(c.input);
    ASSERT_TRUE(time.has_value()) << c.input;
    place_in_year(*time->first, c.reference);
    EXPECT_EQ(time->first->start, c.start) << c.input << " at " << c.reference;
    EXPECT_EQ(time->first->end, c.end) << c.input << " at " << c.reference;
  }
  Period stated = *parse_time("in 2015")->first;
  place_in_year(stated, "2023-06-08");
  EXPECT_EQ(stated.start, "2015-01-01");
  Period no_reference = *parse_time("in may")->first;
  place_in_year(no_reference, "2023");
  EXPECT_TRUE(no_reference.start.empty());
}

TEST(ParseTime, TwoDigitYearIsNotTheStartOfAFigure) {
  // "At 31 March, 82,170 children": the 82 opens a count, not 1982.
  std::optional<TimeExpression> const time = parse_time("31 march, 82,170 children");
  ASSERT_TRUE(time.has_value());
  EXPECT_TRUE(time->first->start.empty());
  EXPECT_EQ(parse_time("29 jun 16")->first->start, "2016-06-29");
  EXPECT_EQ(parse_time("31 march, 2021")->first->start, "2021-03-31");
}

TEST(ParseTime, ImpossibleCalendarDatesAreRejected) {
  // A reader would not accept these as dates; the grammar checks only day <= 31.
  for (std::string_view input : {"30 february 2015", "29 february 2015", "31 april 2016"}) {
    SCOPED_TRACE(input);
    std::optional<TimeExpression> const time = parse_time(input);
    bool const read_as_date = time && time->first && time->first->granularity == Granularity::kDate;
    EXPECT_FALSE(read_as_date) << "read as " << time->first->start;
  }
}

TEST(ParseTime, ReadsNothingBeyondTheSpan) {
  std::string const buffer = "2012-13";
  std::optional<TimeExpression> const time = parse_time(std::string_view(buffer).substr(0, 4));
  ASSERT_TRUE(time.has_value());
  ASSERT_TRUE(time->first.has_value());
  EXPECT_EQ(time->first->granularity, Granularity::kYear);
  EXPECT_EQ(time->consumed, 4u);
}

// "at the end of June", "by the end of 2023": a point in the period named,
// its last day when it is the end.
TEST(ParseTime, TheEndOrStartOfAPeriod) {
  for (std::string_view input : {"at the end of june", "by the end of 2023",
                                 "at the start of the year", "the beginning of march 2020"}) {
    std::optional<TimeExpression> const time = parse_time(input);
    if (input == "at the start of the year") {
      EXPECT_FALSE(time && time->consumed == input.size()) << input;
      continue;
    }
    ASSERT_TRUE(time.has_value()) << input;
    EXPECT_EQ(time->role, TimeRole::kPoint) << input;
    EXPECT_EQ(time->consumed, input.size()) << input;
  }
  EXPECT_EQ(parse_time("by the end of 2023")->first->start, "2023-12-31");
  std::optional<TimeExpression> const window = parse_time("in the 12 months to the end of august");
  ASSERT_TRUE(window.has_value());
  EXPECT_EQ(window->role, TimeRole::kUntil);
  EXPECT_EQ(window->length_years, 1);  // twelve months are a year
  EXPECT_EQ(window->consumed, std::string_view("in the 12 months to the end of august").size());
  EXPECT_EQ(parse_time("at the end of june 2025")->first->start, "2025-06-30");
  EXPECT_EQ(parse_time("at the end of june 2025")->first->granularity, Granularity::kDate);
  EXPECT_EQ(parse_time("at the end of february 2024")->first->end, "2024-02-29");
  EXPECT_EQ(parse_time("by the end of 2023-24")->first->start, "2024-03-31");
  EXPECT_EQ(parse_time("at the end of june")->first->day, 30);
  EXPECT_EQ(parse_time("the beginning of march 2020")->first->start, "2020-03-01");
  EXPECT_EQ(parse_time("the beginning of march 2020")->first->end, "2020-03-31");
}

// Labour-market and price statistics come in rolling months and quarters;
// twelve months are a year.
TEST(ParseTime, LengthsInMonthsAndQuarters) {
  struct Case {
    std::string_view input;
    TimeRole role;
    int years, months;
    std::size_t consumed;
  };
  for (Case const& c : {Case{"in the three months to january", TimeRole::kUntil, 0, 3, kWhole},
                        Case{"the 3 months to march 2024, up", TimeRole::kUntil, 0, 3, 26},
                        Case{"in the 12 months to june", TimeRole::kUntil, 1, 0, kWhole},
                        Case{"in the quarter to september", TimeRole::kUntil, 0, 3, kWhole},
                        Case{"over the past six months", TimeRole::kRelative, 0, 6, kWhole},
                        Case{"over the past two quarters", TimeRole::kRelative, 0, 6, kWhole},
                        Case{"over the last 18 months", TimeRole::kRelative, 0, 18, kWhole}}) {
    std::optional<TimeExpression> const time = parse_time(c.input);
    ASSERT_TRUE(time.has_value()) << c.input;
    EXPECT_EQ(time->role, c.role) << c.input;
    EXPECT_EQ(time->length_years, c.years) << c.input;
    EXPECT_EQ(time->length_months, c.months) << c.input;
    EXPECT_EQ(time->consumed, c.consumed == kWhole ? c.input.size() : c.consumed) << c.input;
  }
  // "last month" happened then; "the previous 12 months" counts back from another period.
  for (std::string_view input : {"last month", "in the previous 12 months", "the last quarter"}) {
    std::optional<TimeExpression> const time = parse_time(input);
    EXPECT_FALSE(time && time->consumed == input.size()) << input;
  }
  std::optional<TimeExpression> const to_january = parse_time("in the three months to january");
  ASSERT_TRUE(to_january && to_january->second);
  EXPECT_EQ(to_january->second->month, 1);
}

TEST(TimeToString, NamesEveryRoleAndGranularity) {
  EXPECT_EQ(to_string(TimeRole::kPoint), "point");
  EXPECT_EQ(to_string(TimeRole::kSince), "since");
  EXPECT_EQ(to_string(TimeRole::kBetween), "between");
  EXPECT_EQ(to_string(TimeRole::kUntil), "until");
  EXPECT_EQ(to_string(TimeRole::kRelative), "relative");
  EXPECT_EQ(to_string(Granularity::kYear), "year");
  EXPECT_EQ(to_string(Granularity::kFiscalYear), "fiscal_year");
  EXPECT_EQ(to_string(Granularity::kDate), "date");
  EXPECT_EQ(to_string(Granularity::kMonth), "month");
  EXPECT_EQ(to_string(Granularity::kRelative), "relative");
}

}  // namespace
}  // namespace claimcheck::grammar
