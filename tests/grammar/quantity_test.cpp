// Table-driven tests of parse_quantity: every written form the grammar knows,
// the honest interval quantity.hpp documents for it, and what it must refuse.
#include "claimcheck/grammar/quantity.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "test_names.hpp"

namespace claimcheck::grammar {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kWhole = static_cast<std::size_t>(-1);  // consumed = the whole input

using Kind = QuantityKind;

// Relative tolerance: the grammar tidies values to 14 significant digits.
void expect_close(double actual, double expected, char const* what) {
  if (std::isinf(expected)) {
    EXPECT_EQ(actual, expected) << what;
    return;
  }
  double const tolerance = 1e-9 * std::max(1.0, std::fabs(expected));
  EXPECT_NEAR(actual, expected, tolerance) << what;
}

// ---------------------------------------------------------------------------
// Single figures: kind, value, interval, unit, hedge and how much was consumed.

struct QuantityCase {
  std::string_view input;
  Kind kind;
  double value;
  double low;
  double high;
  std::string_view unit;
  Hedge hedge;
  std::size_t consumed;
};

void PrintTo(QuantityCase const& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

constexpr Hedge kExact = Hedge::kExact;

// clang-format off
QuantityCase const kQuantityCases[] = {
    // --- numbers in digits --------------------------------------------------
    {"0", Kind::kCount, 0, -0.5, 0.5, "", kExact, kWhole},
    {"7", Kind::kCount, 7, 6.5, 7.5, "", kExact, kWhole},
    {"42", Kind::kCount, 42, 41.5, 42.5, "", kExact, kWhole},
    {"1600", Kind::kCount, 1600, 1599.5, 1600.5, "", kExact, kWhole},
    {"1,600", Kind::kCount, 1600, 1599.5, 1600.5, "", kExact, kWhole},
    {"15,270", Kind::kCount, 15270, 15269.5, 15270.5, "", kExact, kWhole},
    {"550,000", Kind::kCount, 550000, 549999.5, 550000.5, "", kExact, kWhole},
    {"4.9", Kind::kCount, 4.9, 4.85, 4.95, "", kExact, kWhole},
    {".5", Kind::kCount, 0.5, 0.45, 0.55, "", kExact, kWhole},
    {"0.25", Kind::kCount, 0.25, 0.245, 0.255, "", kExact, kWhole},
    {"12.50", Kind::kCount, 12.5, 12.495, 12.505, "", kExact, kWhole},
    {"2.0", Kind::kCount, 2, 1.95, 2.05, "", kExact, kWhole},
    {"3.14159", Kind::kCount, 3.14159, 3.141585, 3.141595, "", kExact, kWhole},
    {"1,674,200.5", Kind::kCount, 1674200.5, 1674200.45, 1674200.55, "", kExact, kWhole},
    {"1 234 567", Kind::kCount, 1234567, 1234566.5, 1234567.5, "", kExact, kWhole},
    {"100,000,000", Kind::kCount, 1e8, 1e8 - 0.5, 1e8 + 0.5, "", kExact, kWhole},
    {"397,600", Kind::kCount, 397600, 397599.5, 397600.5, "", kExact, kWhole},
    {"2015", Kind::kCount, 2015, 2014.5, 2015.5, "", kExact, kWhole},
    // --- numbers in words ----------------------------------------------------
    {"zero", Kind::kCount, 0, -0.5, 0.5, "", kExact, kWhole},
    {"one", Kind::kCount, 1, 0.5, 1.5, "", kExact, kWhole},
    {"seven", Kind::kCount, 7, 6.5, 7.5, "", kExact, kWhole},
    {"twelve", Kind::kCount, 12, 11.5, 12.5, "", kExact, kWhole},
    {"nineteen", Kind::kCount, 19, 18.5, 19.5, "", kExact, kWhole},
    {"twenty", Kind::kCount, 20, 19.5, 20.5, "", kExact, kWhole},
    {"twenty-one", Kind::kCount, 21, 20.5, 21.5, "", kExact, kWhole},
    {"fifty two", Kind::kCount, 52, 51.5, 52.5, "", kExact, kWhole},
    {"ninety-nine", Kind::kCount, 99, 98.5, 99.5, "", kExact, kWhole},
    {"a hundred", Kind::kCount, 100, 50, 150, "", kExact, kWhole},
    {"one hundred", Kind::kCount, 100, 50, 150, "", kExact, kWhole},
    {"two hundred", Kind::kCount, 200, 150, 250, "", kExact, kWhole},
    {"two hundred and fifty", Kind::kCount, 250, 249.5, 250.5, "", kExact, kWhole},
    {"three hundred twelve", Kind::kCount, 312, 311.5, 312.5, "", kExact, kWhole},
    {"a thousand", Kind::kCount, 1000, 500, 1500, "", kExact, kWhole},
    {"a million", Kind::kCount, 1e6, 0.5e6, 1.5e6, "", kExact, kWhole},
    {"one million", Kind::kCount, 1e6, 0.5e6, 1.5e6, "", kExact, kWhole},
    {"two million", Kind::kCount, 2e6, 1.5e6, 2.5e6, "", kExact, kWhole},
    {"two billion", Kind::kCount, 2e9, 1.5e9, 2.5e9, "", kExact, kWhole},
    {"a dozen", Kind::kCount, 12, 6, 18, "", kExact, kWhole},
    {"two dozen", Kind::kCount, 24, 18, 30, "", kExact, kWhole},
    {"one and a half", Kind::kCount, 1.5, 1.25, 1.75, "", kExact, kWhole},
    {"two and a half", Kind::kCount, 2.5, 2.25, 2.75, "", kExact, kWhole},
    {"five and a half million", Kind::kCount, 5.5e6, 5.25e6, 5.75e6, "", kExact, kWhole},
    {"half a million", Kind::kCount, 0.5e6, 0.25e6, 0.75e6, "", kExact, kWhole},
    {"a quarter million", Kind::kCount, 0.25e6, 0.125e6, 0.375e6, "", kExact, kWhole},
    {"a quarter of a million", Kind::kCount, 0.25e6, 0.125e6, 0.375e6, "", kExact, kWhole},
    {"a dollar and 42 cents", Kind::kMoney, 1.42, 1.415, 1.425, "USD", kExact, kWhole},
    {"a pound and 20 pence", Kind::kMoney, 1.2, 1.195, 1.205, "GBP", kExact, kWhole},
    {"half of a million", Kind::kCount, 0.5e6, 0.25e6, 0.75e6, "", kExact, kWhole},
    {"three-quarters of a billion pounds", Kind::kMoney, 0.75e9, 0.625e9, 0.875e9, "GBP", kExact,
     kWhole},
    {"thirty-one million two hundred fifty-six thousand seven hundred twenty-one",
     Kind::kCount, 31256721, 31256720.5, 31256721.5, "", kExact, kWhole},
    {"two million three hundred thousand", Kind::kCount, 2.3e6, 2.25e6, 2.35e6, "", kExact,
     kWhole},
    {"4 thousand 3 hundred and 21", Kind::kCount, 4321, 4320.5, 4321.5, "", kExact, kWhole},
    // digits and words do not continue each other; a decimal is whole
    {"£1.3bn two years ago", Kind::kMoney, 1.3e9, 1.25e9, 1.35e9, "GBP", kExact, 7},
    {"2 million three years ago", Kind::kCount, 2e6, 1.5e6, 2.5e6, "", kExact, 9},
    {"1.3 billion two", Kind::kCount, 1.3e9, 1.25e9, 1.35e9, "", kExact, 11},
    // pence glued to the digits
    {"53p", Kind::kMoney, 0.53, 0.525, 0.535, "GBP", kExact, kWhole},
    {"7p lower", Kind::kMoney, 0.07, 0.065, 0.075, "GBP", kExact, 2},
    {"5 p", Kind::kCount, 5, 4.5, 5.5, "", kExact, 1},
    // basis points are hundredths of a percentage point
    {"100 basis points", Kind::kPercentagePoints, 1, 0.995, 1.005, "pp", kExact, kWhole},
    {"25bps", Kind::kPercentagePoints, 0.25, 0.245, 0.255, "pp", kExact, kWhole},
    {"two point two million", Kind::kCount, 2.2e6, 2.15e6, 2.25e6, "", kExact, kWhole},
    {"three point one four", Kind::kCount, 3.14, 3.135, 3.145, "", kExact, kWhole},
    {"point five", Kind::kCount, 0.5, 0.45, 0.55, "", kExact, kWhole},
    // --- negatives ---------------------------------------------------------------
    {"-504", Kind::kCount, -504, -504.5, -503.5, "", kExact, kWhole},
    {"-0.5", Kind::kCount, -0.5, -0.55, -0.45, "", kExact, kWhole},
    {"minus five", Kind::kCount, -5, -5.5, -4.5, "", kExact, kWhole},
    {"negative 12", Kind::kCount, -12, -12.5, -11.5, "", kExact, kWhole},
    {"-3.2%", Kind::kPercent, -3.2, -3.25, -3.15, "%", kExact, kWhole},
    {"minus 2 per cent", Kind::kPercent, -2, -2.5, -1.5, "%", kExact, kWhole},
    // --- scales --------------------------------------------------------------------
    {"3.5bn", Kind::kCount, 3.5e9, 3.45e9, 3.55e9, "", kExact, kWhole},
    {"3.5 billion", Kind::kCount, 3.5e9, 3.45e9, 3.55e9, "", kExact, kWhole},
    {"6bn", Kind::kCount, 6e9, 5.5e9, 6.5e9, "", kExact, kWhole},
    {"12b", Kind::kCount, 12e9, 11.5e9, 12.5e9, "", kExact, kWhole},
    {"100k", Kind::kCount, 1e5, 99500, 100500, "", kExact, kWhole},
    {"12m", Kind::kCount, 12e6, 11.5e6, 12.5e6, "", kExact, kWhole},
    {"5 mn", Kind::kCount, 5e6, 4.5e6, 5.5e6, "", kExact, kWhole},
    {"10 mln", Kind::kCount, 1e7, 9.5e6, 10.5e6, "", kExact, kWhole},
    {"2 trillion", Kind::kCount, 2e12, 1.5e12, 2.5e12, "", kExact, kWhole},
    {"1.2tn", Kind::kCount, 1.2e12, 1.15e12, 1.25e12, "", kExact, kWhole},
    {"4 thousand", Kind::kCount, 4000, 3500, 4500, "", kExact, kWhole},
    {"2.5 million", Kind::kCount, 2.5e6, 2.45e6, 2.55e6, "", kExact, kWhole},
    {"538 million", Kind::kCount, 538e6, 537.5e6, 538.5e6, "", kExact, kWhole},
    {"1.5 lakh", Kind::kCount, 1.5e5, 1.45e5, 1.55e5, "", kExact, kWhole},
    {"3 crore", Kind::kCount, 3e7, 2.5e7, 3.5e7, "", kExact, kWhole},
    {"550 thousand", Kind::kCount, 550e3, 549.5e3, 550.5e3, "", kExact, kWhole},
    // --- percent ---------------------------------------------------------------------
    {"16%", Kind::kPercent, 16, 15.5, 16.5, "%", kExact, kWhole},
    {"16 %", Kind::kPercent, 16, 15.5, 16.5, "%", kExact, kWhole},
    {"72 per cent", Kind::kPercent, 72, 71.5, 72.5, "%", kExact, kWhole},
    {"10 percent", Kind::kPercent, 10, 9.5, 10.5, "%", kExact, kWhole},
    {"eight per cent", Kind::kPercent, 8, 7.5, 8.5, "%", kExact, kWhole},
    {"fifty percent", Kind::kPercent, 50, 49.5, 50.5, "%", kExact, kWhole},
    {"4.5%", Kind::kPercent, 4.5, 4.45, 4.55, "%", kExact, kWhole},
    {"0.3 per cent", Kind::kPercent, 0.3, 0.25, 0.35, "%", kExact, kWhole},
    {"100%", Kind::kPercent, 100, 99.5, 100.5, "%", kExact, kWhole},
    {"12 pct", Kind::kPercent, 12, 11.5, 12.5, "%", kExact, kWhole},
    {"250%", Kind::kPercent, 250, 249.5, 250.5, "%", kExact, kWhole},
    // --- percentage points -------------------------------------------------------
    {"five percentage points", Kind::kPercentagePoints, 5, 4.5, 5.5, "pp", kExact, kWhole},
    {"2.5 percentage points", Kind::kPercentagePoints, 2.5, 2.45, 2.55, "pp", kExact, kWhole},
    {"0.5 percentage point", Kind::kPercentagePoints, 0.5, 0.45, 0.55, "pp", kExact, kWhole},
    {"3 pp", Kind::kPercentagePoints, 3, 2.5, 3.5, "pp", kExact, kWhole},
    {"1.2 ppt", Kind::kPercentagePoints, 1.2, 1.15, 1.25, "pp", kExact, kWhole},
    {"4 pts", Kind::kPercentagePoints, 4, 3.5, 4.5, "pp", kExact, kWhole},
    {"2 per cent points", Kind::kPercentagePoints, 2, 1.5, 2.5, "pp", kExact, kWhole},
    // A bare "points" is not percentage points (index points, exam points).
    {"3 points", Kind::kCount, 3, 2.5, 3.5, "", kExact, 1},
    // --- money ------------------------------------------------------------------------
    {"£3.5bn", Kind::kMoney, 3.5e9, 3.45e9, 3.55e9, "GBP", kExact, kWhole},
    {"£538 million", Kind::kMoney, 538e6, 537.5e6, 538.5e6, "GBP", kExact, kWhole},
    {"gbp 27 million", Kind::kMoney, 27e6, 26.5e6, 27.5e6, "GBP", kExact, kWhole},
    {"usd34.6 million", Kind::kMoney, 34.6e6, 34.55e6, 34.65e6, "USD", kExact, kWhole},
    {"half a billion pounds", Kind::kMoney, 0.5e9, 0.25e9, 0.75e9, "GBP", kExact, kWhole},
    {"£8.303 billion", Kind::kMoney, 8.303e9, 8.3025e9, 8.3035e9, "GBP", kExact, kWhole},
    {"£800m", Kind::kMoney, 800e6, 799.5e6, 800.5e6, "GBP", kExact, kWhole},
    {"420 million finnish markka", Kind::kMoney, 420e6, 419.5e6, 420.5e6, "FIM", kExact,
     kWhole},
    {"50 cents", Kind::kMoney, 0.5, 0.495, 0.505, "USD", kExact, kWhole},
    {"470 pence", Kind::kMoney, 4.7, 4.695, 4.705, "GBP", kExact, kWhole},
    {"20€", Kind::kMoney, 20, 19.5, 20.5, "EUR", kExact, kWhole},
    {"10 $", Kind::kMoney, 10, 9.5, 10.5, "USD", kExact, kWhole},
    {"$ 48.2 million", Kind::kMoney, 48.2e6, 48.15e6, 48.25e6, "USD", kExact, kWhole},
    {"$5", Kind::kMoney, 5, 4.5, 5.5, "USD", kExact, kWhole},
    {"$1.2 trillion", Kind::kMoney, 1.2e12, 1.15e12, 1.25e12, "USD", kExact, kWhole},
    {"c$7.8 million", Kind::kMoney, 7.8e6, 7.75e6, 7.85e6, "CAD", kExact, kWhole},
    {"a$45m", Kind::kMoney, 45e6, 44.5e6, 45.5e6, "AUD", kExact, kWhole},
    {"s$5m", Kind::kMoney, 5e6, 4.5e6, 5.5e6, "SGD", kExact, kWhole},
    {"€1.2bn", Kind::kMoney, 1.2e9, 1.15e9, 1.25e9, "EUR", kExact, kWhole},
    {"¥100", Kind::kMoney, 100, 99.5, 100.5, "JPY", kExact, kWhole},
    {"£15", Kind::kMoney, 15, 14.5, 15.5, "GBP", kExact, kWhole},
    {"£2.50", Kind::kMoney, 2.5, 2.495, 2.505, "GBP", kExact, kWhole},
    {"£100k", Kind::kMoney, 1e5, 99500, 100500, "GBP", kExact, kWhole},
    {"£1 billion", Kind::kMoney, 1e9, 0.5e9, 1.5e9, "GBP", kExact, kWhole},
    {"5 euros", Kind::kMoney, 5, 4.5, 5.5, "EUR", kExact, kWhole},
    {"100 dollars", Kind::kMoney, 100, 99.5, 100.5, "USD", kExact, kWhole},
    {"3 million pounds", Kind::kMoney, 3e6, 2.5e6, 3.5e6, "GBP", kExact, kWhole},
    {"eur 3 million", Kind::kMoney, 3e6, 2.5e6, 3.5e6, "EUR", kExact, kWhole},
    {"jpy 500", Kind::kMoney, 500, 499.5, 500.5, "JPY", kExact, kWhole},
    {"27 million gbp", Kind::kMoney, 27e6, 26.5e6, 27.5e6, "GBP", kExact, kWhole},
    {"usd$ 15", Kind::kMoney, 15, 14.5, 15.5, "USD", kExact, kWhole},
    {"seven pounds", Kind::kMoney, 7, 6.5, 7.5, "GBP", kExact, kWhole},
    {"£15 / month", Kind::kMoney, 15, 14.5, 15.5, "GBP", kExact, kWhole},
    {"£300 a week", Kind::kMoney, 300, 299.5, 300.5, "GBP", kExact, kWhole},
    // --- rates ------------------------------------------------------------------------
    {"532 per 10,000 children", Kind::kRate, 532, 531.5, 532.5, "per 10000", kExact, 14},
    {"1,600 per month", Kind::kRate, 1600, 1599.5, 1600.5, "per month", kExact, kWhole},
    {"60 a month", Kind::kRate, 60, 59.5, 60.5, "per month", kExact, kWhole},
    {"2.3 per 1,000", Kind::kRate, 2.3, 2.25, 2.35, "per 1000", kExact, kWhole},
    {"12 per 100,000 people", Kind::kRate, 12, 11.5, 12.5, "per 100000", kExact, 14},
    {"three per day", Kind::kRate, 3, 2.5, 3.5, "per day", kExact, kWhole},
    {"5 per head", Kind::kRate, 5, 4.5, 5.5, "per head", kExact, kWhole},
    {"40 each week", Kind::kRate, 40, 39.5, 40.5, "per week", kExact, kWhole},
    {"1,000 every year", Kind::kRate, 1000, 999.5, 1000.5, "per year", kExact, kWhole},
    {"200 per annum", Kind::kRate, 200, 199.5, 200.5, "per year", kExact, kWhole},
    {"20 / day", Kind::kRate, 20, 19.5, 20.5, "per day", kExact, kWhole},
    {"9 per household", Kind::kRate, 9, 8.5, 9.5, "per household", kExact, kWhole},
    // the counted noun before "per"
    {"41 referrals per 10,000 children", Kind::kRate, 41, 40.5, 41.5, "per 10000", kExact, 23},
    {"3.2 infant deaths per 1,000 births", Kind::kRate, 3.2, 3.15, 3.25, "per 1000", kExact, 27},
    {"12 visits per year", Kind::kRate, 12, 11.5, 12.5, "per year", kExact, kWhole},
    {"about 40 crimes per 1,000 people", Kind::kRate, 40, 35.5, 44.5, "per 1000", Hedge::kApprox, 25},
    // --- multipliers --------------------------------------------------------------------
    {"threefold", Kind::kMultiplier, 3, 2.5, 3.5, "x", kExact, kWhole},
    {"tenfold", Kind::kMultiplier, 10, 9.5, 10.5, "x", kExact, kWhole},
    {"twentyfold", Kind::kMultiplier, 20, 19.5, 20.5, "x", kExact, kWhole},
    {"10-fold", Kind::kMultiplier, 10, 9.5, 10.5, "x", kExact, kWhole},
    {"doubled", Kind::kMultiplier, 2, 1.9, 2.1, "x", kExact, kWhole},
    {"tripled", Kind::kMultiplier, 3, 2.85, 3.15, "x", kExact, kWhole},
    {"trebled", Kind::kMultiplier, 3, 2.85, 3.15, "x", kExact, kWhole},
    {"quadrupled", Kind::kMultiplier, 4, 3.8, 4.2, "x", kExact, kWhole},
    {"halved", Kind::kMultiplier, 0.5, 0.475, 0.525, "x", kExact, kWhole},
    {"twice", Kind::kMultiplier, 2, 1.9, 2.1, "x", kExact, kWhole},
    {"seven times", Kind::kMultiplier, 7, 6.5, 7.5, "x", kExact, kWhole},
    {"2.5 times", Kind::kMultiplier, 2.5, 2.45, 2.55, "x", kExact, kWhole},
    {"more than tripled", Kind::kMultiplier, 3, 3, kInf, "x", Hedge::kMoreThan, kWhole},
    {"more than doubled", Kind::kMultiplier, 2, 2, kInf, "x", Hedge::kMoreThan, kWhole},
    {"nearly doubled", Kind::kMultiplier, 2, 1.8, 2, "x", Hedge::kNearly, kWhole},
    {"almost halved", Kind::kMultiplier, 0.5, 0.45, 0.5, "x", Hedge::kNearly, kWhole},
    {"roughly doubled", Kind::kMultiplier, 2, 1.7, 2.3, "x", Hedge::kApprox, kWhole},
    {"more than threefold", Kind::kMultiplier, 3, 3, kInf, "x", Hedge::kMoreThan, kWhole},
    // --- hedges on a count ------------------------------------------------------------
    {"around 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"about 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"roughly 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"approximately 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"approx. 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"some 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"an estimated 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"estimated 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"circa 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"in the region of 100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"~100", Kind::kCount, 100, 89.5, 110.5, "", Hedge::kApprox, kWhole},
    {"nearly 100", Kind::kCount, 100, 90, 100, "", Hedge::kNearly, kWhole},
    {"almost 100", Kind::kCount, 100, 90, 100, "", Hedge::kNearly, kWhole},
    {"just under 100", Kind::kCount, 100, 90, 100, "", Hedge::kNearly, kWhole},
    {"close to 100", Kind::kCount, 100, 90, 100, "", Hedge::kNearly, kWhole},
    // "almost exactly double": just short of it, not exactly it.
    {"almost exactly 100", Kind::kCount, 100, 90, 100, "", Hedge::kNearly, kWhole},
    {"very nearly 100", Kind::kCount, 100, 90, 100, "", Hedge::kNearly, kWhole},
    {"more than 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"over 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"above 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"greater than 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"in excess of 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"exceeding 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"just over 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"upwards of 100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {">100", Kind::kCount, 100, 100, kInf, "", Hedge::kMoreThan, kWhole},
    {"at least 100", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"no less than 100", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"no fewer than 100", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"a minimum of 100", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"more than or equal to 100", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {">=100", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"100 or more", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"100 or over", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"100-plus", Kind::kCount, 100, 100, kInf, "", Hedge::kAtLeast, kWhole},
    {"up to 100", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"at most 100", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"no more than 100", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"a maximum of 100", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"less than or equal to 100", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"100 or less", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"100 or fewer", Kind::kCount, 100, 0, 100, "", Hedge::kAtMost, kWhole},
    {"less than 100", Kind::kCount, 100, 0, 100, "", Hedge::kLessThan, kWhole},
    {"under 100", Kind::kCount, 100, 0, 100, "", Hedge::kLessThan, kWhole},
    {"below 100", Kind::kCount, 100, 0, 100, "", Hedge::kLessThan, kWhole},
    {"fewer than 100", Kind::kCount, 100, 0, 100, "", Hedge::kLessThan, kWhole},
    {"<100", Kind::kCount, 100, 0, 100, "", Hedge::kLessThan, kWhole},
    {"exactly 100", Kind::kCount, 100, 100, 100, "", kExact, kWhole},
    {"precisely 100", Kind::kCount, 100, 100, 100, "", kExact, kWhole},
    {"less than -5", Kind::kCount, -5, -kInf, -5, "", Hedge::kLessThan, kWhole},
    // --- hedges on other kinds ---------------------------------------------------------
    // "around" allows a tenth either side for one significant digit, a
    // twentieth for two, a fortieth for more.
    {"around 16%", Kind::kPercent, 16, 14.7, 17.3, "%", Hedge::kApprox, kWhole},
    {"around 9.7 million", Kind::kCount, 9.7e6, 9.165e6, 10.235e6, "", Hedge::kApprox, kWhole},
    {"about 28,440", Kind::kCount, 28440, 27728.5, 29151.5, "", Hedge::kApprox, kWhole},
    {"more than 50%", Kind::kPercent, 50, 50, kInf, "%", Hedge::kMoreThan, kWhole},
    {"nearly 10 per cent", Kind::kPercent, 10, 9, 10, "%", Hedge::kNearly, kWhole},
    {"about £3.5bn", Kind::kMoney, 3.5e9, 3.275e9, 3.725e9, "GBP", Hedge::kApprox, kWhole},
    {"up to £15", Kind::kMoney, 15, 0, 15, "GBP", Hedge::kAtMost, kWhole},
    {"more than $1 billion", Kind::kMoney, 1e9, 1e9, kInf, "USD", Hedge::kMoreThan, kWhole},
    {"around a million", Kind::kCount, 1e6, 0.4e6, 1.6e6, "", Hedge::kApprox, kWhole},
    {"some 5,000", Kind::kCount, 5000, 4499.5, 5500.5, "", Hedge::kApprox, kWhole},
    {"over 1,600 per month", Kind::kRate, 1600, 1600, kInf, "per month", Hedge::kMoreThan,
     kWhole},
    {"exactly 5.5", Kind::kCount, 5.5, 5.5, 5.5, "", kExact, kWhole},
    {"almost 3 million", Kind::kCount, 3e6, 2.5e6, 3e6, "", Hedge::kNearly, kWhole},
    // --- decimals in words, spaced groups, spaced scale letters ------------------
    {"two hundred point seventy-one", Kind::kCount, 200.71, 200.705, 200.715, "", kExact, kWhole},
    {"nought point eleven", Kind::kCount, 0.11, 0.105, 0.115, "", kExact, kWhole},
    {"nought point nought three", Kind::kCount, 0.03, 0.025, 0.035, "", kExact, kWhole},
    {"point five", Kind::kCount, 0.5, 0.45, 0.55, "", kExact, kWhole},
    {"40 000", Kind::kCount, 40000, 39999.5, 40000.5, "", kExact, kWhole},
    {"2.33 k", Kind::kCount, 2330, 2325, 2335, "", kExact, kWhole},
    {"1,674,200.5 m.", Kind::kCount, 1674200.5e6, 1674200.45e6, 1674200.55e6, "", kExact, 13},
    // --- units of measure -------------------------------------------------------
    {"3km", Kind::kCount, 3, 2.5, 3.5, "km", kExact, kWhole},
    {"40 mph", Kind::kCount, 40, 39.5, 40.5, "mph", kExact, kWhole},
    {"about 10kg", Kind::kCount, 10, 8.5, 11.5, "kg", Hedge::kApprox, kWhole},
    {"more than 20 miles", Kind::kCount, 20, 20, kInf, "mile", Hedge::kMoreThan, kWhole},
    {"12 months", Kind::kCount, 12, 11.5, 12.5, "month", kExact, kWhole},
    {"five working days", Kind::kCount, 5, 4.5, 5.5, "day", kExact, kWhole},
    {"10 business days", Kind::kCount, 10, 9.5, 10.5, "day", kExact, kWhole},
    {"3,000 tonnes", Kind::kCount, 3000, 2999.5, 3000.5, "tonne", kExact, kWhole},
    {"2,000 milligrams", Kind::kCount, 2000, 1999.5, 2000.5, "mg", kExact, kWhole},
    {"1.2 million barrels", Kind::kCount, 1.2e6, 1.15e6, 1.25e6, "barrel", kExact, kWhole},
    {"40 megawatts", Kind::kCount, 40, 39.5, 40.5, "MW", kExact, kWhole},
    // --- one of a named unit, letter symbols ------------------------------------
    {"a dollar", Kind::kMoney, 1, 0.5, 1.5, "USD", kExact, kWhole},
    {"a dime", Kind::kMoney, 0.1, 0.05, 0.15, "USD", kExact, kWhole},
    {"a penny", Kind::kMoney, 0.01, 0.005, 0.015, "GBP", kExact, kWhole},
    {"a grand", Kind::kCount, 1000, 500, 1500, "", kExact, kWhole},
    {"five grand a month", Kind::kRate, 5000, 4500, 5500, "per month", kExact, kWhole},
    {"rs20", Kind::kMoney, 20, 19.5, 20.5, "INR", kExact, kWhole},
    {"rs 500 crore", Kind::kMoney, 5e9, 4.995e9, 5.005e9, "INR", kExact, kWhole},
    {"42rm", Kind::kMoney, 42, 41.5, 42.5, "MYR", kExact, kWhole},
    {"3.14us$", Kind::kMoney, 3.14, 3.135, 3.145, "USD", kExact, kWhole},
    // --- rough counts: the step spans what the word allows ----------------------
    {"a couple", Kind::kCount, 2, 1, 3, "", Hedge::kApprox, kWhole},
    {"a pair", Kind::kCount, 2, 1.5, 2.5, "", Hedge::kApprox, kWhole},
    {"a few hundred", Kind::kCount, 300, 200, 400, "", Hedge::kApprox, kWhole},
    {"a couple of thousand", Kind::kCount, 2000, 1000, 3000, "", Hedge::kApprox, kWhole},
    // --- fractions after hundreds -------------------------------------------------
    {"one hundred and thirty fifths", Kind::kCount, 26, 25.9, 26.1, "", kExact, kWhole},
    {"one hundred thirty two fifths", Kind::kCount, 26.4, 26.3, 26.5, "", kExact, kWhole},
    {"one hundred thirty-fifths", Kind::kCount, 100.0 / 35, 100.0 / 35 - 1.0 / 70,
     100.0 / 35 + 1.0 / 70, "", kExact, kWhole},
    {"minus one hundred thirty fifths", Kind::kCount, -100.0 / 35, -100.0 / 35 - 1.0 / 70,
     -100.0 / 35 + 1.0 / 70, "", kExact, kWhole},
    {"negative ninety - five hundred fifths", Kind::kCount, -1900, -1900.1, -1899.9, "", kExact,
     kWhole},
    {"one hundred and three quarters", Kind::kCount, 100.75, 100.625, 100.875, "", kExact, kWhole},
};
// clang-format on

class QuantityFormTest : public ::testing::TestWithParam<QuantityCase> {};

TEST_P(QuantityFormTest, ParsesToKindValueIntervalAndUnit) {
  QuantityCase const& c = GetParam();
  QuantityParse const parse = parse_quantity(c.input);
  ASSERT_TRUE(parse.quantity.has_value()) << "no quantity in \"" << c.input << '"';
  Quantity const& q = *parse.quantity;
  EXPECT_EQ(to_string(q.kind), to_string(c.kind));
  expect_close(q.value, c.value, "value");
  expect_close(q.low, c.low, "low");
  expect_close(q.high, c.high, "high");
  EXPECT_EQ(q.unit, c.unit);
  EXPECT_EQ(to_string(q.hedge), to_string(c.hedge));
  EXPECT_EQ(parse.consumed, c.consumed == kWhole ? c.input.size() : c.consumed);
  EXPECT_FALSE(parse.error.has_value());
  EXPECT_LE(q.low, q.value);
  EXPECT_LE(q.value, q.high);
}

INSTANTIATE_TEST_SUITE_P(Forms, QuantityFormTest, ::testing::ValuesIn(kQuantityCases),
                         [](::testing::TestParamInfo<QuantityCase> const& row) {
                           return test_support::case_name(row.index, row.param.input);
                         });

// ---------------------------------------------------------------------------
// Fractions and shares: numerator, denominator and the rounded-share interval.

struct RatioCase {
  std::string_view input;
  double numerator;
  double denominator;
  double low;
  double high;
  Hedge hedge;
};

void PrintTo(RatioCase const& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

// clang-format off
RatioCase const kRatioCases[] = {
    {"two thirds", 2, 3, 0.5, 2.5 / 3, kExact},
    {"two-thirds", 2, 3, 0.5, 2.5 / 3, kExact},
    {"a third", 1, 3, 1 / (3.0 * 1.25), 1 / (3.0 * 0.8), kExact},
    {"one-third", 1, 3, 1 / (3.0 * 1.25), 1 / (3.0 * 0.8), kExact},
    {"a quarter", 1, 4, 1 / (4.0 * 1.25), 1 / (4.0 * 0.8), kExact},
    {"three-quarters", 3, 4, 0.625, 0.875, kExact},
    {"three quarters", 3, 4, 0.625, 0.875, kExact},
    {"half", 1, 2, 0.25, 0.75, kExact},
    {"a half", 1, 2, 0.25, 0.75, kExact},
    {"one fifth", 1, 5, 1 / (5.0 * 1.25), 1 / (5.0 * 0.8), kExact},
    {"two fifths", 2, 5, 0.3, 0.5, kExact},
    {"a tenth", 1, 10, 1 / (10.0 * 1.25), 1 / (10.0 * 0.8), kExact},
    {"nine tenths", 9, 10, 0.85, 0.95, kExact},
    {"one in four", 1, 4, 1 / (4.0 * 1.25), 1 / (4.0 * 0.8), kExact},
    {"one in five", 1, 5, 1 / (5.0 * 1.25), 1 / (5.0 * 0.8), kExact},
    {"one in three", 1, 3, 1 / (3.0 * 1.25), 1 / (3.0 * 0.8), kExact},
    {"two in three", 2, 3, 0.5, 2.5 / 3, kExact},
    {"1 in 10", 1, 10, 1 / (10.0 * 1.25), 1 / (10.0 * 0.8), kExact},
    {"one-in-five", 1, 5, 1 / (5.0 * 1.25), 1 / (5.0 * 0.8), kExact},
    {"1-in-10", 1, 10, 1 / (10.0 * 1.25), 1 / (10.0 * 0.8), kExact},
    {"1 in 100", 1, 100, 1 / (100.0 * 1.25), 1 / (100.0 * 0.8), kExact},
    {"one in a hundred", 1, 100, 1 / (100.0 * 1.25), 1 / (100.0 * 0.8), kExact},
    {"4 in 1,000", 4, 1000, 0.0035, 0.0045, kExact},
    {"eight in 10", 8, 10, 0.75, 0.85, kExact},
    {"99 in 100", 99, 100, 0.985, 0.995, kExact},
    {"10 in 10", 10, 10, 0.95, 1.0, kExact},
    {"three out of four", 3, 4, 0.625, 0.875, kExact},
    {"nine out of 10", 9, 10, 0.85, 0.95, kExact},
    {"nine times out of ten", 9, 10, 0.85, 0.95, kExact},
    {"3 out of 5", 3, 5, 0.5, 0.7, kExact},
    {"seven of 43", 7, 43, 7.0 / 43, 7.0 / 43, kExact},
    {"seven of the 43", 7, 43, 7.0 / 43, 7.0 / 43, kExact},
    {"five of 12", 5, 12, 5.0 / 12, 5.0 / 12, kExact},
    {"1/5", 1, 5, 1 / (5.0 * 1.25), 1 / (5.0 * 0.8), kExact},
    {"3/4", 3, 4, 0.625, 0.875, kExact},
    {"more than half", 1, 2, 0.5, 1.0, Hedge::kMoreThan},
    {"less than a quarter", 1, 4, 0, 0.25, Hedge::kLessThan},
    {"almost a third", 1, 3, 1 / (3.0 * 1.25), 1.0 / 3, Hedge::kNearly},
    {"nearly 7 in 10", 7, 10, 0.63, 0.7, Hedge::kNearly},
    {"about a quarter", 1, 4, 0.2 - 0.025, 0.3125 + 0.025, Hedge::kApprox},
    {"exactly half", 1, 2, 0.5, 0.5, kExact},
    {"at least one in five", 1, 5, 0.2, 1.0, Hedge::kAtLeast},
    {"one referral in three", 1, 3, 1 / (3.0 * 1.25), 1 / (3.0 * 0.8), kExact},
    {"one child in every five", 1, 5, 1 / (5.0 * 1.25), 1 / (5.0 * 0.8), kExact},
    {"1 pupil in 20", 1, 20, 1 / (20.0 * 1.25), 1 / (20.0 * 0.8), kExact},
};
// clang-format on

class RatioFormTest : public ::testing::TestWithParam<RatioCase> {};

TEST_P(RatioFormTest, ParsesToAShareWithNumeratorAndDenominator) {
  RatioCase const& c = GetParam();
  QuantityParse const parse = parse_quantity(c.input);
  ASSERT_TRUE(parse.quantity.has_value()) << "no quantity in \"" << c.input << '"';
  Quantity const& q = *parse.quantity;
  EXPECT_EQ(to_string(q.kind), "ratio");
  ASSERT_TRUE(q.numerator.has_value());
  ASSERT_TRUE(q.denominator.has_value());
  expect_close(*q.numerator, c.numerator, "numerator");
  expect_close(*q.denominator, c.denominator, "denominator");
  expect_close(q.value, c.numerator / c.denominator, "value");
  expect_close(q.low, c.low, "low");
  expect_close(q.high, c.high, "high");
  EXPECT_EQ(to_string(q.hedge), to_string(c.hedge));
  EXPECT_EQ(parse.consumed, c.input.size());
}

INSTANTIATE_TEST_SUITE_P(Shares, RatioFormTest, ::testing::ValuesIn(kRatioCases),
                         [](::testing::TestParamInfo<RatioCase> const& row) {
                           return test_support::case_name(row.index, row.param.input);
                         });

// ---------------------------------------------------------------------------
// Ranges: the stated ends, the interval they span, and from_to.

struct RangeCase {
  std::string_view input;
  double low;
  double high;
  double low_value;   // range_low_value
  double high_value;  // range_high_value
  std::string_view unit;
  bool from_to;
};

void PrintTo(RangeCase const& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

// clang-format off
RangeCase const kRangeCases[] = {
    {"between 100 and 500", 100, 500, 100, 500, "", false},
    {"between 500 and 100", 100, 500, 100, 500, "", false},
    {"between 5% and 7%", 5, 7, 5, 7, "%", false},
    {"between 10 and 20 dollars", 10, 20, 10, 20, "USD", false},
    {"between £1bn and £2bn", 1e9, 2e9, 1e9, 2e9, "GBP", false},
    {"between 2 and 3 million", 2e6, 3e6, 2e6, 3e6, "", false},
    {"between around 100 and 200", 89.5, 200, 100, 200, "", false},
    {"from two to over 1,600 per month", 2, kInf, 2, 1600, "per month", true},
    {"from 10 to 20 million", 1e7, 2e7, 1e7, 2e7, "", true},
    {"from 5 to 7 per cent", 5, 7, 5, 7, "%", true},
    {"from 10 to 20", 10, 20, 10, 20, "", true},
    {"1000-5000", 1000, 5000, 1000, 5000, "", false},
    {"1,000 - 5,000", 1000, 5000, 1000, 5000, "", false},
    {"5-10%", 5, 10, 5, 10, "%", false},
    {"£5m-£10m", 5e6, 10e6, 5e6, 10e6, "GBP", false},
    {"0 to 17", 0, 17, 0, 17, "", false},
    {"10 to 20 dollars", 10, 20, 10, 20, "USD", false},
    {"20 through 100", 20, 100, 20, 100, "", false},
    // A hedge before the first end hedges the whole range.
    {"around 10-20%", 8.5, 22.5, 10, 20, "%", false},
    {"about $10-$20", 8.5, 22.5, 10, 20, "USD", false},
    {"some 300 to 400", 269.5, 440.5, 300, 400, "", false},
    {"roughly 5 to 10 per cent", 4, 11.5, 5, 10, "%", false},
    {"up to 20-30", 0, 30, 20, 30, "", false},
    {"nearly 40-50", 36, 50, 40, 50, "", false},
    {"more than 300-400", 300, kInf, 300, 400, "", false},
    {"more than 10 and less than 40", 10, 40, 10, 40, "", false},
    {"at least 20 but no more than 50", 20, 50, 20, 50, "", false},
    {"higher or equal than one hundred, lower or equal than three hundred", 100, 300, 100, 300,
     "", false},
};
// clang-format on

class RangeFormTest : public ::testing::TestWithParam<RangeCase> {};

TEST_P(RangeFormTest, ParsesToARangeWithItsStatedEnds) {
  RangeCase const& c = GetParam();
  QuantityParse const parse = parse_quantity(c.input);
  ASSERT_TRUE(parse.quantity.has_value()) << "no quantity in \"" << c.input << '"';
  Quantity const& q = *parse.quantity;
  EXPECT_EQ(to_string(q.kind), "range");
  expect_close(q.low, c.low, "low");
  expect_close(q.high, c.high, "high");
  expect_close(q.range_low_value, c.low_value, "range_low_value");
  expect_close(q.range_high_value, c.high_value, "range_high_value");
  expect_close(q.value, (c.low_value + c.high_value) / 2, "value (midpoint)");
  EXPECT_EQ(q.unit, c.unit);
  EXPECT_EQ(q.from_to, c.from_to);
  EXPECT_EQ(parse.consumed, c.input.size());
  EXPECT_EQ(parse.parts.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Ranges, RangeFormTest, ::testing::ValuesIn(kRangeCases),
                         [](::testing::TestParamInfo<RangeCase> const& row) {
                           return test_support::case_name(row.index, row.param.input);
                         });

// ---------------------------------------------------------------------------
// Where a quantity begins and ends: trailing words are not consumed.

struct ExtentCase {
  std::string_view input;
  std::size_t begin;
  std::size_t consumed;
};

void PrintTo(ExtentCase const& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

// clang-format off
ExtentCase const kExtentCases[] = {
    {"16% since 2011", 0, 3},
    {"16%, up from 12%", 0, 3},
    {"16%.", 0, 3},
    {"16% of", 0, 3},
    {"  16%", 2, 5},
    {"\t7 days", 1, 7},  // a length of time carries its unit
    {"1,600 people", 0, 5},
    {"4.9, 5.2", 0, 3},
    {"2.5 million people", 0, 11},
    {"3.5bn.", 0, 5},
    {"£3.5bn in 2012", 0, 7},
    {"around £3.5bn in 2012", 0, 14},
    {"72 per cent of people", 0, 11},
    {"a dozen eggs", 0, 7},
    {"seven times more", 0, 11},
    {"seven of the 43 councils", 0, 15},
    {"one in 2015", 0, 3},
    {"one council in 2019", 0, 3},                // a year is no denominator
    {"one school in the north", 0, 3},
    {"three councils in four", 0, 5},             // only one of a noun in N
    {"100 or more people", 0, 11},
    {"between 100 and 500 people", 0, 19},
    {"£6.6bn to £8.2bn", 0, 7},
    {"5% to 7%", 0, 2},
    {"5% to 397,600", 0, 2},
    {"500 to 100", 0, 3},
    {"532 per 10,000 children", 0, 14},
    {"41 referrals a year", 0, 2},        // only "per" follows a counted noun
    {"41 referrals in 2020", 0, 2},
    {"41 of the referrals per", 0, 2},
    {"3 points", 0, 1},
    {"seven and", 0, 5},
    {"twenty-one years", 0, 16},
    {"1,600 per month in 2015", 0, 15},
    {"two thirds of adults", 0, 10},
    {"one in four adults", 0, 11},
    {"doubled since", 0, 7},
    {"more than 5000 or equal to 6000", 0, 14},  // the second bound is its own figure
    {"less than 10 and more than 40", 0, 12},
    {"no more than 12 and more than 194", 0, 15},
    {"4 thousand 3 hundred and 0 are", 0, 20},    // "and 0" starts another number
    {"3 usd50 cards", 0, 1},                      // the code belongs to the digits after it
    {"192.168.1.2", 0, 3},                        // a dotted identifier is no decimal
    {"1.2.3", 0, 1},
    {"a couple of years", 0, 8},
    {"10 k runners", 0, 2},                       // a spaced letter inside a phrase: no scale
    {"49,700 a year earlier", 0, 6},              // a figure and a time, not a rate
    {"60 a month", 0, 10},
};
// clang-format on

class QuantityExtentTest : public ::testing::TestWithParam<ExtentCase> {};

TEST_P(QuantityExtentTest, ConsumesOnlyTheQuantity) {
  ExtentCase const& c = GetParam();
  QuantityParse const parse = parse_quantity(c.input);
  ASSERT_TRUE(parse.quantity.has_value()) << "no quantity in \"" << c.input << '"';
  EXPECT_EQ(parse.begin, c.begin);
  EXPECT_EQ(parse.consumed, c.consumed);
}

INSTANTIATE_TEST_SUITE_P(Extents, QuantityExtentTest, ::testing::ValuesIn(kExtentCases),
                         [](::testing::TestParamInfo<ExtentCase> const& row) {
                           return test_support::case_name(row.index, row.param.input);
                         });

// ---------------------------------------------------------------------------
// Things that are not quantities.

// clang-format off
std::string_view const kNotQuantities[] = {
    "", " ", "the", "16th", "1st", "2nd", "23rd", "2019b", "1990s", "10am", "5g", "a grand total",
    "the grand jury", "couple", "dollar", "the dollar", "pair",
    "per cent", "percent", "%", "£", "$", "million", "hundred", "a", "an", "and", "-",
    "mp3", "covid-19", "abc", "seventh", "twentieth", "once", "someone", "halfway",
    "overall", "about", "around the", "more than", "per 100", "x", "in 2015", "twentysomething",
    "doubledecker", "fivefoldness", "2019a", "2020s",
    // Ordinals before what they count off are no shares.
    "a third consecutive year", "a fifth time", "a second term", "a third year running",
};
// clang-format on

class NotAQuantityTest : public ::testing::TestWithParam<std::string_view> {};

TEST_P(NotAQuantityTest, YieldsNoQuantity) {
  std::string_view const input = GetParam();
  QuantityParse const parse = parse_quantity(input);
  EXPECT_FALSE(parse.quantity.has_value())
      << '"' << input << "\" parsed as " << to_string(parse.quantity->kind) << ' '
      << parse.quantity->value << " consumed " << parse.consumed;
  EXPECT_EQ(parse.consumed, 0u);
}

INSTANTIATE_TEST_SUITE_P(Refusals, NotAQuantityTest, ::testing::ValuesIn(kNotQuantities),
                         [](::testing::TestParamInfo<std::string_view> const& row) {
                           return test_support::case_name(row.index, row.param);
                         });

// ---------------------------------------------------------------------------
// Scale names and the words flag.

struct ScaleCase {
  std::string_view input;
  std::string_view scale;
  bool words;
};

void PrintTo(ScaleCase const& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

// clang-format off
ScaleCase const kScaleCases[] = {
    {"3.5bn", "billion", false},
    {"3.5 billion", "billion", false},
    {"£800m", "million", false},
    {"100k", "thousand", false},
    {"2 trillion", "trillion", false},
    {"5 mn", "million", false},
    {"a million", "million", true},
    {"two dozen", "dozen", true},
    {"half a million", "million", true},
    {"16%", "", false},
    {"1,600", "", false},
    {"seven", "", true},
    {"twenty-one", "", true},
    {"eight per cent", "", true},
};
// clang-format on

class ScaleNameTest : public ::testing::TestWithParam<ScaleCase> {};

TEST_P(ScaleNameTest, ReportsScaleAndWords) {
  ScaleCase const& c = GetParam();
  QuantityParse const parse = parse_quantity(c.input);
  ASSERT_TRUE(parse.quantity.has_value()) << "no quantity in \"" << c.input << '"';
  EXPECT_EQ(parse.quantity->scale, c.scale);
  EXPECT_EQ(parse.quantity->words, c.words);
}

INSTANTIATE_TEST_SUITE_P(Scales, ScaleNameTest, ::testing::ValuesIn(kScaleCases),
                         [](::testing::TestParamInfo<ScaleCase> const& row) {
                           return test_support::case_name(row.index, row.param.input);
                         });

// ---------------------------------------------------------------------------
// Single behaviours.

TEST(ParseQuantity, RatePerNumberKeepsTheNumberAsPer) {
  QuantityParse const parse = parse_quantity("532 per 10,000 children");
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_EQ(parse.quantity->per, "10000");
  EXPECT_EQ(parse.quantity->unit, "per 10000");
}

TEST(ParseQuantity, RateWithItsCountedNounSaysWhereTheNounStarts) {
  QuantityParse const parse = parse_quantity("167.2 enquiries per 10,000 children");
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_EQ(parse.quantity->per, "10000");
  EXPECT_EQ(parse.quantity->noun_begin, std::optional<std::size_t>(6));
  // A count followed by a noun is no rate, and says nothing of the noun.
  QuantityParse const count = parse_quantity("167 enquiries in 2024");
  ASSERT_TRUE(count.quantity.has_value());
  EXPECT_EQ(to_string(count.quantity->kind), "count");
  EXPECT_FALSE(count.quantity->noun_begin.has_value());
}

// A measure keeps its unit and says what it is per; a slash takes short forms.
TEST(ParseQuantity, AMeasurePerPeriodKeepsItsUnitAndSaysItsPer) {
  QuantityParse const litres = parse_quantity("221 million litres a day");
  ASSERT_TRUE(litres.quantity.has_value());
  EXPECT_EQ(to_string(litres.quantity->kind), "count");
  EXPECT_EQ(litres.quantity->unit, "litre");
  EXPECT_EQ(litres.quantity->per, "day");
  EXPECT_DOUBLE_EQ(litres.quantity->value, 221e6);
  QuantityParse const hours = parse_quantity("40 hours a week");
  ASSERT_TRUE(hours.quantity.has_value());
  EXPECT_EQ(hours.quantity->unit, "hour");
  EXPECT_EQ(hours.quantity->per, "week");
  EXPECT_TRUE(is_length_of_time(*hours.quantity));
  QuantityParse const slashed = parse_quantity("212 ml/d");
  ASSERT_TRUE(slashed.quantity.has_value());
  EXPECT_EQ(slashed.quantity->per, "day");
  QuantityParse const yearly = parse_quantity("£3m/yr");
  ASSERT_TRUE(yearly.quantity.has_value());
  EXPECT_EQ(yearly.quantity->per, "year");
  // "a d" is no rate.
  QuantityParse const letter = parse_quantity("5 litres a d");
  ASSERT_TRUE(letter.quantity.has_value());
  EXPECT_EQ(letter.quantity->per, "");
}

// "12 toilets out of 38": a count of its noun out of a whole, the noun marked.
TEST(ParseQuantity, ACountOfANounOutOfAWhole) {
  QuantityParse const parse = parse_quantity("12 toilets out of 38");
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_EQ(to_string(parse.quantity->kind), "ratio");
  EXPECT_EQ(parse.quantity->numerator, std::optional<double>(12));
  EXPECT_EQ(parse.quantity->denominator, std::optional<double>(38));
  EXPECT_EQ(parse.quantity->noun_begin, std::optional<std::size_t>(3));
  EXPECT_EQ(parse.consumed, 20u);
}

TEST(ParseQuantity, MoneyPerPeriodIsMoneyWithPer) {
  for (std::string_view input : {"£15 / month", "£15 a month", "£15 per month"}) {
    SCOPED_TRACE(input);
    QuantityParse const parse = parse_quantity(input);
    ASSERT_TRUE(parse.quantity.has_value());
    EXPECT_EQ(to_string(parse.quantity->kind), "money");
    EXPECT_EQ(parse.quantity->unit, "GBP");
    EXPECT_EQ(parse.quantity->per, "month");
  }
}

TEST(ParseQuantity, PercentPerYearKeepsPercentUnit) {
  QuantityParse const parse = parse_quantity("5% a year");
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_EQ(to_string(parse.quantity->kind), "percent");
  EXPECT_EQ(parse.quantity->unit, "%");
  EXPECT_EQ(parse.quantity->per, "year");
}

TEST(ParseQuantity, IsoCodePositionIsReported) {
  struct Row {
    std::string_view input;
    std::size_t begin, end;
  };
  for (Row const& row : {Row{"gbp 27 million", 0, 3}, Row{"usd34.6 million", 0, 3},
                         Row{"27 million gbp", 11, 14}, Row{"around eur 5", 7, 10}}) {
    SCOPED_TRACE(row.input);
    QuantityParse const parse = parse_quantity(row.input);
    ASSERT_TRUE(parse.quantity.has_value());
    ASSERT_TRUE(parse.quantity->code_begin.has_value());
    ASSERT_TRUE(parse.quantity->code_end.has_value());
    EXPECT_EQ(*parse.quantity->code_begin, row.begin);
    EXPECT_EQ(*parse.quantity->code_end, row.end);
  }
}

TEST(ParseQuantity, SymbolsAndNamesHaveNoCodePosition) {
  for (std::string_view input : {"£27m", "$5", "20€", "5 euros", "470 pence"}) {
    SCOPED_TRACE(input);
    QuantityParse const parse = parse_quantity(input);
    ASSERT_TRUE(parse.quantity.has_value());
    EXPECT_FALSE(parse.quantity->code_begin.has_value());
  }
}

TEST(ParseQuantity, RangePartsAreTheStatedEnds) {
  QuantityParse const parse = parse_quantity("between 100 and 500 people");
  ASSERT_TRUE(parse.quantity.has_value());
  ASSERT_EQ(parse.parts.size(), 2u);
  EXPECT_EQ(parse.parts[0].begin, 8u);
  EXPECT_EQ(parse.parts[0].end, 11u);
  EXPECT_EQ(parse.parts[1].begin, 16u);
  EXPECT_EQ(parse.parts[1].end, 19u);
  EXPECT_DOUBLE_EQ(parse.parts[0].quantity.value, 100);
  EXPECT_DOUBLE_EQ(parse.parts[1].quantity.value, 500);
}

TEST(ParseQuantity, FromToRangePartsCarryTheirHedges) {
  QuantityParse const parse = parse_quantity("from two to over 1,600 per month");
  ASSERT_TRUE(parse.quantity.has_value());
  ASSERT_EQ(parse.parts.size(), 2u);
  EXPECT_EQ(parse.parts[0].quantity.hedge, Hedge::kExact);
  EXPECT_EQ(parse.parts[1].quantity.hedge, Hedge::kMoreThan);
  EXPECT_EQ(parse.parts[0].begin, 5u);
  EXPECT_EQ(parse.parts[0].end, 8u);
  EXPECT_EQ(parse.parts[1].begin, 12u);
  EXPECT_TRUE(parse.quantity->words);
}

TEST(ParseQuantity, RangeTakesTheHedgeItsEndsShare) {
  QuantityParse const hedged = parse_quantity("around 10-20%");
  ASSERT_TRUE(hedged.quantity.has_value());
  EXPECT_EQ(hedged.quantity->hedge, Hedge::kApprox);
  EXPECT_EQ(hedged.parts[1].quantity.hedge, Hedge::kApprox);
  QuantityParse const mixed = parse_quantity("from two to over 1,600");
  ASSERT_TRUE(mixed.quantity.has_value());
  EXPECT_EQ(mixed.quantity->hedge, Hedge::kExact);
  // The second end's own hedge is no range: "about 10 to more than 20".
  QuantityParse const second_hedged = parse_quantity("about 10-more than 20");
  ASSERT_TRUE(second_hedged.quantity.has_value());
  EXPECT_NE(second_hedged.quantity->kind, QuantityKind::kRange);
}

TEST(ParseQuantity, SingleFiguresHaveNoParts) {
  QuantityParse const parse = parse_quantity("16%");
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_TRUE(parse.parts.empty());
  EXPECT_FALSE(parse.quantity->from_to);
  EXPECT_FALSE(parse.quantity->numerator.has_value());
}

TEST(ParseQuantity, DocumentedExampleAroundThreePointFiveBillion) {
  // quantity.hpp: parse_quantity("around £3.5bn in 2012") -> money 3.5e9 GBP, approx.
  // "£" is two bytes in UTF-8, so the quantity covers 14 bytes.
  QuantityParse const parse = parse_quantity("around £3.5bn in 2012");
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_EQ(parse.quantity->kind, QuantityKind::kMoney);
  EXPECT_EQ(parse.quantity->unit, "GBP");
  EXPECT_EQ(parse.quantity->hedge, Hedge::kApprox);
  EXPECT_DOUBLE_EQ(parse.quantity->value, 3.5e9);
  EXPECT_EQ(parse.consumed, std::string_view("around £3.5bn").size());
}

TEST(ParseQuantity, ReadsNothingBeyondTheSpan) {
  // The span is a prefix of a longer buffer: what follows it must not count.
  std::string const buffer = "16%abc";
  QuantityParse const parse = parse_quantity(std::string_view(buffer).substr(0, 2));
  ASSERT_TRUE(parse.quantity.has_value());
  EXPECT_EQ(parse.quantity->kind, QuantityKind::kCount);
  EXPECT_EQ(parse.consumed, 2u);

  std::string const money = "£3.5bn";
  QuantityParse const cut = parse_quantity(std::string_view(money).substr(0, 5));  // "£3.5"
  ASSERT_TRUE(cut.quantity.has_value());
  EXPECT_DOUBLE_EQ(cut.quantity->value, 3.5);
  EXPECT_EQ(cut.consumed, 5u);
}

TEST(ParseQuantity, WordsFlagMarksNumbersInWords) {
  EXPECT_TRUE(parse_quantity("seven").quantity->words);
  EXPECT_FALSE(parse_quantity("7").quantity->words);
  EXPECT_TRUE(parse_quantity("one in four").quantity->words);
  EXPECT_FALSE(parse_quantity("1 in 4").quantity->words);
}

TEST(ParseQuantity, SuccessfulParseHasNoError) {
  QuantityParse const parse = parse_quantity("16%");
  EXPECT_FALSE(parse.error.has_value());
}

TEST(QuantityToString, NamesEveryKind) {
  EXPECT_EQ(to_string(QuantityKind::kCount), "count");
  EXPECT_EQ(to_string(QuantityKind::kPercent), "percent");
  EXPECT_EQ(to_string(QuantityKind::kPercentagePoints), "percentage_points");
  EXPECT_EQ(to_string(QuantityKind::kMoney), "money");
  EXPECT_EQ(to_string(QuantityKind::kRatio), "ratio");
  EXPECT_EQ(to_string(QuantityKind::kRate), "rate");
  EXPECT_EQ(to_string(QuantityKind::kMultiplier), "multiplier");
  EXPECT_EQ(to_string(QuantityKind::kRange), "range");
  EXPECT_EQ(to_string(QuantityKind::kYear), "year");
}

TEST(QuantityToString, NamesEveryHedge) {
  EXPECT_EQ(to_string(Hedge::kExact), "exact");
  EXPECT_EQ(to_string(Hedge::kApprox), "approx");
  EXPECT_EQ(to_string(Hedge::kAtLeast), "at_least");
  EXPECT_EQ(to_string(Hedge::kMoreThan), "more_than");
  EXPECT_EQ(to_string(Hedge::kAtMost), "at_most");
  EXPECT_EQ(to_string(Hedge::kLessThan), "less_than");
  EXPECT_EQ(to_string(Hedge::kNearly), "nearly");
}

}  // namespace
}  // namespace claimcheck::grammar
