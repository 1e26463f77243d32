// The numeric grammar: the bottom of the pipeline. Pure functions over a UTF-8
// span; no documents, no I/O, no Boost in this header. The extractor finds
// candidate spans with RE2 and asks this module what each one means.
//
// Input convention: the span is NFKC-normalised text with curly quotes, dashes
// and no-break spaces folded (see extractor/normalize.hpp) and ASCII letters
// lower-cased. Offsets in results are bytes from the start of the span.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::grammar {

enum class QuantityKind {
  kCount,             // "1,600", "seven", "a dozen", "550,000"
  kPercent,           // "16%", "72 per cent", "Eight per cent"
  kPercentagePoints,  // "five percentage points"
  kMoney,             // "£3.5bn", "USD34.6 million", "half a billion pounds"
  kRatio,             // "one in four", "Seven of 43", "two thirds", "half"
  kRate,              // "532 per 10,000 children", "60 a month"
  kMultiplier,        // "threefold", "doubled", "seven times"
  kRange,             // "between 100 and 500", "from two to over 1,600"
  kYear,              // reserved: years are Periods, see period.hpp
};

/// How the writer qualified the figure. Widens the interval (see Quantity).
enum class Hedge {
  kExact,     // no hedge, or "exactly", "equal to"
  kApprox,    // around, about, roughly, approximately, some, an estimated, ~
  kAtLeast,   // at least, no less than, or more
  kMoreThan,  // more than, over, above, greater than, exceeding
  kAtMost,    // at most, up to, no more than, or less
  kLessThan,  // less than, under, below, fewer than
  kNearly,    // nearly, almost, just under, close to
};

std::string_view to_string(QuantityKind kind);
std::string_view to_string(Hedge hedge);

/// One numeric expression, normalised.
///
/// The interval [low, high] is honest about what the words allow:
///  1. Rounding of the stated digits: half a unit of the last stated digit on
///     each side ("16%" -> 15.5..16.5, "£3.5bn" -> 3.45bn..3.55bn,
///     "550,000" -> 549,999.5..550,000.5). Words count as stated digits of
///     their own value ("seven" -> 6.5..7.5, "a million" -> 0.5m..1.5m).
///  2. Fractions in words and "N in M" / "N out of M" are rounded shares:
///     (N-0.5)/M .. (N+0.5)/M ("two thirds" -> 0.5..0.83); with N = 1 and
///     M >= 3 the denominator was chosen, a quarter more or less:
///     1/(1.25M) .. 1/(0.8M) ("one in four" -> 0.2..0.3125); "N of M" is a
///     count of a count and exact.
///  3. Hedges: approx widens each side by 10% of the value for one
///     significant digit ("around 100", a share in words), 5% for two ("some
///     9.7 million"), 2.5% for more ("about 28,440"); nearly/almost
///     gives [0.9*value, value]; more_than/at_least give [value, +inf);
///     less_than/at_most give [0 (or -inf for negatives), value]; "exactly"
///     gives [value, value]. Unbounded ends are +-infinity here and null in JSON.
struct Quantity {
  QuantityKind kind = QuantityKind::kCount;
  double value = 0;  // the point value, scale applied; for ranges the midpoint
  double low = 0;
  double high = 0;
  std::string unit;   // "%", "pp", ISO 4217 code, "per 10000", "per month", "x"
  std::string per;    // what a rate or a sum is per: "10000", "month", "year"
  std::string scale;  // "thousand", "million", "billion", ... when one was applied
  Hedge hedge = Hedge::kExact;
  std::optional<double> numerator;    // ratios: "Seven of 43" -> 7
  std::optional<double> denominator;  //                        -> 43
  /// For money written with an ISO code ("usd", "gbp"): where the code sits in
  /// the span, so the caller can insist it was written in capitals.
  std::optional<std::size_t> code_begin, code_end;
  /// For a rate with its counted noun before "per" ("41 referrals per 10,000"):
  /// where the noun starts, so context reads the noun as it would after a count.
  std::optional<std::size_t> noun_begin;
  /// For ranges written "from A to B": the caller decides whether a change verb
  /// before it makes it a from->to pair instead of a range.
  bool from_to = false;
  double range_low_value = 0, range_high_value = 0;  // the stated ends of a range
  bool words = false;                                // the number was written (partly) in words
  bool vague = false;  // a rough count ("a few", "a couple of"): not a statistic
};

/// A length of time ("12 months", "four years", "72 hours"): the grammar gives
/// it its unit, and it counts no thing.
bool is_length_of_time(Quantity const& q);

struct GrammarError {
  std::size_t offset = 0;  // bytes from the start of the span
  std::string expected;    // what the grammar wanted there
};

/// One end of a range, with where it sits in the span.
struct QuantityPart {
  Quantity quantity;
  std::size_t begin = 0, end = 0;
};

/// The result of parsing at the start of a span.
struct QuantityParse {
  std::optional<Quantity> quantity;
  std::optional<GrammarError> error;
  std::size_t begin = 0;            // where the quantity starts (after leading spaces)
  std::size_t consumed = 0;         // where it ends: bytes of the span it covers (0 if none)
  std::vector<QuantityPart> parts;  // for ranges: the two ends as stated
};

/// Parses the longest quantity expression at the start of `span`
/// (see the input convention above). Never throws.
///   parse_quantity("around £3.5bn in 2012") -> money 3.5e9 GBP, approx, consumed 13
QuantityParse parse_quantity(std::string_view span) noexcept;

/// The one-word currency names the grammar knows, lower-case ("dollar",
/// "pence", "ringgit"), from ICU's currency data: "a dollar" is a sum, so a
/// caller looking for where quantities start needs them.
std::vector<std::string> const& currency_words();

/// Whether a lower-case token is a currency code the grammar reads ("gbp",
/// "usd", "musd", "rs"): such a token may open a quantity ("GBP 27 million").
bool is_currency_code(std::string_view lower_token);

/// Currency symbols of two letters read like codes ("rs", "rm"), lower-case:
/// "Rs 500" is a sum, so such a token may open a quantity.
std::vector<std::string> const& currency_letter_symbols();

}  // namespace claimcheck::grammar
