// Plain AST structs the X3 rules fill. Kept free of X3 so parse.cpp can turn
// them into the public Quantity without seeing a grammar.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/grammar/quantity.hpp"

namespace claimcheck::grammar::ast {

/// A cardinal number with the precision its writer stated.
struct Number {
  double value = 0;
  double step = 1;   // rounding unit of the last stated digit, scale applied
  double scale = 1;  // product of the scale words applied ("bn" -> 1e9)
  std::string scale_name;
  bool words = false;      // written (partly) in words
  int integer_digits = 0;  // digits before the point, for year-like checks
  bool grouped = false;    // had thousands separators
  bool decimal = false;
  bool vague = false;  // "a few", "a couple": a rough count
};

/// A quantity before its hedge is applied.
struct Core {
  QuantityKind kind = QuantityKind::kCount;
  Number number;
  std::string unit;  // "%", "pp", ISO code, "x"
  std::string per;   // "month", "10000"
  double numerator = 0, denominator = 0;
  bool ratio_exact = false;  // "N of M" counts rather than a rounded share
  bool has_ratio = false;
  char const* code_begin = nullptr;  // an ISO code's position, if one named the currency
  char const* code_end = nullptr;
  char const* noun_begin = nullptr;  // a rate's counted noun: "41 referrals per 10,000"
};

struct Hedged {
  Hedge hedge = Hedge::kExact;
  bool stated_exact = false;  // "exactly", "equal to": no rounding allowance
  Core core;
  char const* begin = nullptr;  // set by on_success
  char const* end = nullptr;
};

/// What one parse produced: a single figure or a range of two.
struct Expression {
  Hedged first;
  bool is_range = false;
  bool from_to = false;
  Hedged second;
};

/// A time point as the period grammar reads it.
struct Date {
  int year = 0, month = 0, day = 0;  // 0 = not given
  int fiscal_end_year = 0;           // "2012-13" -> 2013
  int span_end_year = 0;             // "2025-30" -> 2030: every year from one to the other
  bool two_digit_year = false;
  char const* begin = nullptr;  // set by on_success: where it was written
  char const* end = nullptr;
};

}  // namespace claimcheck::grammar::ast
