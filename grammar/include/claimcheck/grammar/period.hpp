// Time expressions: years, UK fiscal years, dates, "since 2011", "between 2010
// and 2014", "in the decade to 2019-20", "in the last 10 years". Same input
// convention as quantity.hpp (normalised, ASCII lower-cased).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::grammar {

enum class Granularity { kYear, kFiscalYear, kDate, kMonth, kRelative };
std::string_view to_string(Granularity granularity);

/// A stretch of time as written. start/end are ISO dates ("2012-04-01").
/// UK fiscal and statistical years ("2012-13", "2012/13") run 1 April to 31 March.
struct Period {
  std::string label;  // as written: "2012-13", "31 march 2015", "2011"
  std::string start;  // ISO date, empty when open
  std::string end;    // ISO date, empty when open
  Granularity granularity = Granularity::kYear;
  // A date or month written without its year ("31 March", "in May"): start
  // and end stay empty until place_in_year gives it one.
  int month = 0, day = 0;
};

/// Gives a yearless date or month the latest year that puts it on or before
/// `reference` (an ISO date, full or partial): "31 March" in a text of
/// 2021-09-30 is 2021-03-31, "in November" is November 2020. Does nothing to
/// a period that has its year, or when `reference` has no month. With `ahead`,
/// the earliest year that puts it on or after `reference` instead: "From 1
/// April the cap will be …" in a text of 2024-03-28 is 2024-04-01.
void place_in_year(Period& period, std::string_view reference, bool ahead = false);

/// What role a time expression plays in its sentence.
enum class TimeRole {
  kPoint,     // "in 2015", "at 31 March 2015", "2012-13"
  kSince,     // "since 2011": baseline, open end
  kBetween,   // "between 2010 and 2014", "from 2010 to 2014": baseline and end
  kUntil,     // "in the decade to 2019-20", "in the year to March", "the three months to
              // January": end (and a length)
  kRelative,  // "in the last 10 years", "over the past decade": resolved against a date
};
std::string_view to_string(TimeRole role);

struct TimeExpression {
  TimeRole role = TimeRole::kPoint;
  std::optional<Period> first;   // the point, the baseline, or the only period
  std::optional<Period> second;  // the end, for kBetween and kUntil
  int length_years = 0;          // "decade" -> 10, "last 10 years" -> 10, "last year" -> 1
  int length_months = 0;         // "the three months to January" -> 3, "the last quarter" -> 3
  std::size_t consumed = 0;      // bytes of the span covered
};

/// The days in `month` (1 to 12) of `year`: February has 29 in a leap year.
int days_in_month(int year, int month) noexcept;

/// The month a lower-case word names ("march", "sept"), 1 to 12; 0 for none.
int month_named(std::string_view lower_word) noexcept;

/// Parses the time expression at the start of `span`; nullopt if none. Never throws.
///   parse_time("since 2011, the") -> kSince, first = 2011 (2011-01-01..2011-12-31)
///   parse_time("2012-13 to")      -> kPoint, first = fiscal 2012-04-01..2013-03-31
std::optional<TimeExpression> parse_time(std::string_view span) noexcept;

}  // namespace claimcheck::grammar
