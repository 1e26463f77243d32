// The quantity grammar. Included by quantity.cpp only.
//
// Layout follows X3's rexpr_full: closed vocabularies as symbols tables, then
// rules from the smallest (a digit run) to the largest (a hedged range).
// Every rule that has semantic actions builds its value in one action at the
// end of a successful sequence and assigns the whole of _val, so a failed
// alternative can never leave half-filled state behind.
#pragma once

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"
#include "quantity_rule.hpp"

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;
namespace fusion = boost::fusion;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::lexeme;
using x3::lit;

// ---------------------------------------------------------------------------
// Closed vocabularies

struct Scale {
  double factor = 1;
  char const* name = "";
};

struct CurrencyValue {
  std::string code;
  double factor = 1;
};

struct CodeMatch {
  CurrencyValue currency;
  char const* begin = nullptr;
  char const* end = nullptr;
};

// clang-format off
inline x3::symbols<double> const units_sym{
    {"zero", 0}, {"nought", 0}, {"naught", 0}, {"one", 1}, {"two", 2}, {"three", 3},
    {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}};

inline x3::symbols<double> const ones_sym{
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}};

inline x3::symbols<double> const digit_word_sym{
    {"zero", 0}, {"nought", 0}, {"naught", 0}, {"oh", 0}, {"one", 1}, {"two", 2}, {"three", 3},
    {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}};

inline x3::symbols<double> const tens_sym{
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};

// Scale words that stand as their own token ("3.5 billion", "two dozen").
inline x3::symbols<Scale> const scale_word_sym{
    {"hundred", {1e2, "hundred"}}, {"hundreds", {1e2, "hundred"}},
    {"thousand", {1e3, "thousand"}}, {"thousands", {1e3, "thousand"}},
    {"million", {1e6, "million"}}, {"millions", {1e6, "million"}}, {"mn", {1e6, "million"}},
    {"mln", {1e6, "million"}}, {"billion", {1e9, "billion"}}, {"billions", {1e9, "billion"}},
    {"bn", {1e9, "billion"}}, {"bln", {1e9, "billion"}}, {"trillion", {1e12, "trillion"}},
    {"trillions", {1e12, "trillion"}}, {"tn", {1e12, "trillion"}},
    {"lakh", {1e5, "lakh"}}, {"lakhs", {1e5, "lakh"}}, {"lac", {1e5, "lakh"}},
    {"crore", {1e7, "crore"}}, {"crores", {1e7, "crore"}}, {"krore", {1e7, "crore"}},
    {"krores", {1e7, "crore"}}, {"cr", {1e7, "crore"}}, {"crs", {1e7, "crore"}},
    {"koti", {1e7, "crore"}}, {"lkh", {1e5, "lakh"}}, {"lkhs", {1e5, "lakh"}},
    {"dz", {12, "dozen"}}, {"dzs", {12, "dozen"}}, {"doz", {12, "dozen"}}, {"dozs", {12, "dozen"}},
    {"dozen", {12, "dozen"}}, {"dozens", {12, "dozen"}}};

// Scale letters glued to digits ("£3.5bn", "100k", "£800m").
inline x3::symbols<Scale> const scale_suffix_sym{
    {"k", {1e3, "thousand"}}, {"m", {1e6, "million"}}, {"mm", {1e6, "million"}},
    {"mn", {1e6, "million"}}, {"mil", {1e6, "million"}}, {"b", {1e9, "billion"}},
    {"bn", {1e9, "billion"}}, {"tn", {1e12, "trillion"}}};

inline x3::symbols<double> const denominator_sym{
    {"half", 2}, {"halves", 2}, {"third", 3}, {"thirds", 3}, {"quarter", 4}, {"quarters", 4},
    {"fourth", 4}, {"fourths", 4}, {"fifth", 5}, {"fifths", 5}, {"sixth", 6}, {"sixths", 6},
    {"seventh", 7}, {"sevenths", 7}, {"eighth", 8}, {"eighths", 8}, {"ninth", 9}, {"ninths", 9},
    {"tenth", 10}, {"tenths", 10}, {"twentieth", 20}, {"twentieths", 20},
    {"hundredth", 100}, {"hundredths", 100}, {"thousandth", 1000}, {"thousandths", 1000},
    {"millionth", 1e6}, {"millionths", 1e6}, {"billionth", 1e9}, {"billionths", 1e9},
    {"trillionth", 1e12}, {"trillionths", 1e12}};

// The unit of a compound ordinal denominator: "twenty-fifth", "thirty firsts".
inline x3::symbols<double> const ordinal_unit_sym{
    {"first", 1}, {"firsts", 1}, {"second", 2}, {"seconds", 2}, {"third", 3}, {"thirds", 3},
    {"fourth", 4}, {"fourths", 4}, {"fifth", 5}, {"fifths", 5}, {"sixth", 6}, {"sixths", 6},
    {"seventh", 7}, {"sevenths", 7}, {"eighth", 8}, {"eighths", 8}, {"ninth", 9}, {"ninths", 9}};

inline x3::symbols<double> const multiplier_verb_sym{
    {"doubled", 2}, {"double", 2}, {"doubling", 2}, {"doubles", 2}, {"twice", 2},
    {"tripled", 3}, {"triple", 3}, {"tripling", 3}, {"triples", 3}, {"trebled", 3},
    {"treble", 3}, {"thrice", 3}, {"quadrupled", 4}, {"quadruple", 4}, {"quadrupling", 4},
    {"halved", 0.5}, {"halving", 0.5}, {"halves", 0.5}};

// Units of measure written after a figure ("3km", "40 mph"). Letters that are
// also scale suffixes ("m", "mm", "b") stay scales.
inline x3::symbols<char const*> const measure_unit_sym{
    {"km", "km"}, {"kms", "km"}, {"kg", "kg"}, {"kgs", "kg"}, {"cm", "cm"}, {"ml", "ml"},
    {"mph", "mph"}, {"kph", "kph"}, {"kmh", "kph"}, {"ft", "ft"}, {"lb", "lb"}, {"lbs", "lb"},
    {"oz", "oz"}, {"ha", "ha"}, {"mg", "mg"}, {"kw", "kW"}, {"mw", "MW"}, {"gw", "GW"},
    {"kwh", "kWh"}, {"mwh", "MWh"}, {"gwh", "GWh"}, {"twh", "TWh"}};

// Lengths of time and distance written out ("12 months", "20 miles"): the
// figure measures that, not a count of the people the sentence is about.
inline x3::symbols<char const*> const measure_word_sym{
    {"seconds", "second"}, {"second", "second"}, {"minutes", "minute"}, {"minute", "minute"},
    {"hours", "hour"}, {"hour", "hour"}, {"days", "day"}, {"day", "day"}, {"weeks", "week"},
    {"week", "week"}, {"months", "month"}, {"month", "month"}, {"years", "year"},
    {"year", "year"}, {"decades", "decade"}, {"decade", "decade"}, {"miles", "mile"},
    {"mile", "mile"}, {"kilometres", "km"}, {"kilometers", "km"}, {"metres", "m"},
    {"meters", "m"}, {"feet", "ft"}, {"inches", "inch"}, {"tonnes", "tonne"}, {"tons", "ton"},
    {"kilograms", "kg"}, {"litres", "litre"}, {"liters", "litre"}, {"acres", "acre"},
    {"hectares", "ha"}, {"tonne", "tonne"}, {"ton", "ton"}, {"kilogram", "kg"},
    {"grams", "g"}, {"gram", "g"}, {"milligrams", "mg"}, {"milligram", "mg"},
    {"litre", "litre"}, {"liter", "litre"}, {"millilitres", "ml"}, {"milliliters", "ml"},
    {"gallons", "gallon"}, {"gallon", "gallon"}, {"barrels", "barrel"}, {"barrel", "barrel"},
    {"ounces", "oz"}, {"ounce", "oz"}, {"metre", "m"},
    {"meter", "m"}, {"kilometre", "km"}, {"kilometer", "km"}, {"centimetres", "cm"},
    {"centimeters", "cm"}, {"millimetres", "mm"}, {"millimeters", "mm"}, {"inch", "inch"},
    {"yards", "yard"}, {"yard", "yard"}, {"acre", "acre"}, {"hectare", "ha"},
    {"kilowatts", "kW"}, {"megawatts", "MW"}, {"gigawatts", "GW"}, {"degrees", "degree"},
    {"degree", "degree"},
    // "within five working days": a kind of day is still a length of time.
    {"working days", "day"}, {"working day", "day"}, {"business days", "day"},
    {"business day", "day"}, {"calendar days", "day"}, {"calendar day", "day"},
    {"school days", "day"}, {"working weeks", "week"}, {"working week", "week"},
    {"calendar months", "month"}, {"calendar month", "month"}, {"working hours", "hour"}};

// Rough counts: "a couple of", "a pair", "a few hundred". The value is the
// usual reading; the step spans what the word allows.
struct VagueCount {
  double value;
  double step;
};
inline x3::symbols<VagueCount> const vague_count_sym{
    {"couple", {2, 2}}, {"pair", {2, 1}}, {"few", {3, 2}}};

inline x3::symbols<char const*> const per_unit_sym{
    {"second", "second"}, {"minute", "minute"}, {"hour", "hour"}, {"day", "day"},
    {"week", "week"}, {"fortnight", "fortnight"}, {"month", "month"}, {"quarter", "quarter"},
    {"year", "year"}, {"annum", "year"}, {"decade", "decade"}, {"head", "head"},
    {"capita", "capita"}, {"person", "person"}, {"child", "child"}, {"pupil", "pupil"},
    {"household", "household"}, {"share", "share"}, {"night", "night"}, {"kwh", "kWh"}};
// clang-format on

// Filled once from ICU by load_currency_tables() (quantity.cpp).
inline x3::symbols<CurrencyValue> currency_symbol_sym;
inline x3::symbols<CurrencyValue> currency_code_sym;
inline x3::symbols<CurrencyValue> currency_name_sym;

// A whole word: the literal, then no letter or digit.
inline auto w(char const* word) {
  return lexeme[lit(word) >> !x3::ascii::alnum];
}

auto const digit = x3::ascii::digit;
auto const word_end = !x3::ascii::alnum;
auto const phrase_end = x3::eoi | lit('.') | lit(',') | lit(';') | lit(')') | lit('!') | lit('?');

// ---------------------------------------------------------------------------
// Actions

namespace detail {

inline ast::Number number_from_digits(char const* first, char const* last, bool& ok) {
  ast::Number n;
  char buffer[48];
  std::size_t length = 0;
  int decimals = -1;
  for (char const* p = first; p != last; ++p) {
    char c = *p;
    if (c == ',' || c == ' ') {
      n.grouped = true;
      continue;
    }
    if (length + 1 >= sizeof buffer) {
      ok = false;  // longer than any figure a text states
      return n;
    }
    buffer[length++] = c;
    if (c == '.') {
      decimals = 0;
    } else if (decimals >= 0) {
      ++decimals;
    } else {
      ++n.integer_digits;
    }
  }
  double value = 0;
  auto result = std::from_chars(buffer, buffer + length, value);
  ok = result.ec == std::errc() && std::isfinite(value);
  n.value = value;
  n.decimal = decimals > 0;
  n.step = decimals > 0 ? std::pow(10.0, -decimals) : 1.0;
  return n;
}

inline bool year_like(ast::Number const& n) {
  return n.integer_digits == 4 && !n.grouped && !n.decimal && n.value >= 1800 && n.value <= 2100;
}

inline void apply_scale(ast::Number& n, Scale const& s) {
  n.value *= s.factor;
  n.step *= s.factor;
  n.scale *= s.factor;
  if (s.factor > 12 || n.scale_name.empty())
    n.scale_name = s.name;
}

inline ast::Number word_number(double value) {
  ast::Number n;
  n.value = value;
  n.words = true;
  return n;
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Rules

// A rule whose definition has actions does not propagate its attribute
// (X3 passes unused), so bare alternatives copy theirs explicitly.
auto const copy_number = [](auto& ctx) { _val(ctx) = _attr(ctx); };

struct digits_class;
struct digit_number_class;
struct word_99_class;
struct small_words_class;
struct term_class;
struct cardinal_class;
struct amount_class;
struct signed_amount_class;
struct code_class;
struct currency_prefix_class;
struct currency_suffix_class;
struct per_tail_class;
struct core_class;
struct hedge_prefix_class;
struct hedge_suffix_class;
struct hedged_value_class;
struct hedged_class;
struct code_value_class;

x3::rule<digits_class, ast::Number> const digits = "digits";
x3::rule<digit_number_class, ast::Number> const digit_number = "digit_number";
x3::rule<word_99_class, ast::Number> const word_99 = "word_99";
x3::rule<small_words_class, ast::Number> const small_words = "small_words";
x3::rule<term_class, ast::Number> const term = "term";
x3::rule<cardinal_class, ast::Number> const cardinal = "cardinal";
x3::rule<amount_class, ast::Core> const amount = "amount";
x3::rule<signed_amount_class, ast::Core> const signed_amount = "signed_amount";
x3::rule<code_class, CodeMatch> const currency_code = "currency_code";
x3::rule<currency_prefix_class, CodeMatch> const currency_prefix = "currency_prefix";
x3::rule<currency_suffix_class, CodeMatch> const currency_suffix = "currency_suffix";
x3::rule<per_tail_class, std::string> const per_tail = "per_tail";
x3::rule<core_class, ast::Core> const core = "core";
x3::rule<hedge_prefix_class, Hedge> const hedge_prefix = "hedge_prefix";
x3::rule<hedge_suffix_class, Hedge> const hedge_suffix = "hedge_suffix";
x3::rule<hedged_value_class, ast::Hedged> const hedged_value = "hedged";
// Rules whose definitions carry actions see no attribute in on_success, so the
// located rules wrap them: the wrapper's handler records where the text was.
x3::rule<hedged_class, ast::Hedged> const hedged = "hedged";
x3::rule<code_value_class, CodeMatch> const code_value = "currency_code";
expression_type const expression = "expression";
digit_expression_type const digit_expression = "expression";

// --- numbers in digits ------------------------------------------------------

auto const make_digits = [](auto& ctx) {
  auto const& range = _attr(ctx);
  bool ok = true;
  _val(ctx) = detail::number_from_digits(range.begin(), range.end(), ok);
  _pass(ctx) = ok;
};

// clang-format off
auto const digits_def = x3::raw[lexeme[
      (x3::repeat(1, 3)[digit] >> +(' ' >> x3::repeat(3)[digit] >> !digit)
         >> -('.' >> +digit))                                   // 1 234 567
    | (x3::repeat(1, 3)[digit] >> +(',' >> x3::repeat(3)[digit] >> !digit)
         >> -('.' >> +digit))                                   // 1,600  15,270.5
    | (x3::repeat(1, 2)[digit] >> +(',' >> x3::repeat(2)[digit] >> &lit(','))
         >> ',' >> x3::repeat(3)[digit] >> !digit >> -('.' >> +digit))  // 12,34,567.89 (lakh)
    | (+digit >> -('.' >> +digit >> !('.' >> digit)))           // 1600  4.9, not 1.2.3
    | ('.' >> +digit >> !('.' >> digit))                        // .5
  ]][make_digits];
// clang-format on

// Digits, a glued scale letter, then no other letter: "3.5bn" and "100k" but
// not "16th", "3km" or "1990s". A year glued to a letter is a citation
// ("2019b"), not billions.
auto const apply_suffix_scale = [](auto& ctx) {
  ast::Number& n = _val(ctx);
  if (detail::year_like(n)) {
    _pass(ctx) = false;
    return;
  }
  detail::apply_scale(n, _attr(ctx));
};
// Scientific notation: "1e10", "12e-1", "1.3x10^6", "6.23×10^-4".
auto const exponent = x3::rule<class exponent_class, int>{"exponent"} =
    lexeme[((lit('e') >> &(digit | lit('-') | lit('+'))) |
            ((lit('x') | lit("\xC3\x97")) >> lit("10^"))) >>
           x3::int_];
auto const apply_exponent = [](auto& ctx) {
  ast::Number& n = _val(ctx);
  int const power = _attr(ctx);
  if (power < -30 || power > 30) {
    _pass(ctx) = false;
    return;
  }
  double const factor = std::pow(10.0, power);
  n.value *= factor;
  n.step *= factor;
  n.decimal = true;  // not a year, not a count of things as written
};
// "2.5^-1", "1.1^+23": a power as written.
auto const apply_power = [](auto& ctx) {
  ast::Number& n = _val(ctx);
  int const power = _attr(ctx);
  double const value = std::pow(n.value, power);
  if (power < -30 || power > 30 || !std::isfinite(value)) {
    _pass(ctx) = false;
    return;
  }
  n.value = value;
  n.step = std::fabs(value) * 1e-9;
  n.decimal = true;
};
// The digits are read once; an exponent or a power, if any, then rescales them.
auto const scientific = x3::rule<class scientific_class, ast::Number>{"number"} =
    digits[copy_number] >>
    -(exponent[apply_exponent] | (lit('^') >> -lit('+') >> x3::int_)[apply_power]);
// A currency code glued after the digits ("42MYR", "10MNT") ends the number too.
// ... and so does a minor unit glued to it ("43c", "50p").
auto const number_end = !x3::ascii::alpha | &lexeme[currency_code_sym >> !x3::ascii::alpha] |
                        &currency_symbol_sym |
                        &lexeme[(lit('c') | lit('p') | lit("bps") | lit("bp")) >> word_end] |
                        &lexeme[measure_unit_sym >> word_end];
// The scale is applied by an action that runs only when the suffix is whole:
// X3 1.74 leaves a failed optional's value in a sequence's attribute, which
// once read "42MYR" as 42 million.
// A scale letter set apart from the digits counts only where the phrase ends
// ("2.33 k."): inside a sentence "10 k" is as often a distance or a label.
auto const spaced_scale_suffix =
    lexeme[+lit(' ') >> scale_suffix_sym >> word_end >> *lit(' ') >> phrase_end];
auto const digit_number_def =
    lexeme[scientific[copy_number] >> ((scale_suffix_sym >> word_end)[apply_suffix_scale] |
                                       (number_end >> -(&spaced_scale_suffix >> +lit(' ') >>
                                                        scale_suffix_sym)[apply_suffix_scale]))];

// --- numbers in words ---------------------------------------------------------

auto const make_tens = [](auto& ctx) {
  double value = fusion::at_c<0>(_attr(ctx));
  if (auto const& ones = fusion::at_c<1>(_attr(ctx)))
    value += *ones;
  _val(ctx) = detail::word_number(value);
};
auto const make_word = [](auto& ctx) { _val(ctx) = detail::word_number(_attr(ctx)); };

// clang-format off
auto const word_99_def =
      (lexeme[tens_sym >> word_end] >> -(-lit('-') >> lexeme[ones_sym >> word_end]))[make_tens]
    | lexeme[units_sym >> word_end][make_word];
// clang-format on

auto const make_hundreds = [](auto& ctx) {
  ast::Number n = fusion::at_c<0>(_attr(ctx));
  n.value *= 100;
  n.step = 100;
  if (auto const& rest = fusion::at_c<1>(_attr(ctx))) {
    n.value += rest->value;
    n.step = 1;
  }
  n.words = true;
  _val(ctx) = n;
};
// Decimals in words after "point": digit by digit ("point nought three") or,
// as Recognizers-Text and speech do, one number below 100 ("point seventy-one").
auto const make_decimal_digits = [](auto& ctx) {
  ast::Number n;
  double place = 0.1;
  for (double d : _attr(ctx)) {
    n.value += d * place;
    place /= 10;
  }
  n.step = place * 10;
  _val(ctx) = n;
};
auto const make_decimal_number = [](auto& ctx) {
  ast::Number n;
  double const whole = _attr(ctx).value;
  n.step = whole >= 10 ? 0.01 : 0.1;
  n.value = whole * n.step;
  _val(ctx) = n;
};
auto const make_point_only = [](auto& ctx) {
  ast::Number n = fusion::at_c<1>(_attr(ctx));
  n.decimal = true;
  n.words = true;
  _val(ctx) = n;
};
auto const add_decimals = [](auto& ctx) {
  ast::Number& n = _val(ctx);
  ast::Number const& decimals = _attr(ctx);
  n.value += decimals.value;
  n.step = decimals.step;
  n.decimal = true;
  n.words = true;
};
auto const make_point_digits = [](auto& ctx) {
  ast::Number n = _attr(ctx);
  if (n.decimal || n.grouped) {
    _pass(ctx) = false;
    return;
  }
  double place = std::pow(10.0, -n.integer_digits);
  n.value *= place;
  n.step = place;
  n.decimal = true;
  n.words = true;
  _val(ctx) = n;
};
// "1 point 1": the digits after "point" are the decimals.
auto const make_digits_point_digits = [](auto& ctx) {
  ast::Number n = fusion::at_c<0>(_attr(ctx));
  ast::Number const& decimals = fusion::at_c<1>(_attr(ctx));
  if (n.decimal || decimals.decimal || decimals.grouped || n.grouped) {
    _pass(ctx) = false;
    return;
  }
  double place = std::pow(10.0, -decimals.integer_digits);
  n.value += decimals.value * place;
  n.step = place;
  n.decimal = true;
  _val(ctx) = n;
};
auto const one_number = [](auto& ctx) { _val(ctx) = detail::word_number(1); };

// clang-format off
auto const a_one = lexeme[(lit("an") | lit("a")) >> word_end];
auto const a_one_number = x3::rule<class a_one_number_class, ast::Number>{"a"} = a_one[one_number];

auto const hundreds_lead = x3::rule<class hundreds_lead_class, ast::Number>{"number"} =
    word_99 | a_one_number;

namespace detail {

// The denominator a fraction word at `p` names ("fifths" -> 5, "-fifths" -> 5,
// "thirty-fifths" -> 35), or 0 when none starts there.
inline double denominator_at(char const* p, char const* end) {
  auto const skip = x3::ascii::space;
  char const* q = p;
  double tens = 0, unit = 0;
  if (x3::phrase_parse(q, end, -lit('-') >> lexeme[tens_sym >> word_end], skip, tens) &&
      x3::phrase_parse(q, end, -lit('-') >> lexeme[ordinal_unit_sym >> word_end], skip, unit)) {
    return tens + unit;
  }
  q = p;
  double denominator = 0;
  if (x3::phrase_parse(q, end, -lit('-') >> lexeme[denominator_sym >> word_end], skip,
                       denominator)) {
    return denominator;
  }
  return 0;
}

}  // namespace detail

// Reads the denominator ahead without consuming it (0 when there is none), so
// an action can weigh it against the number before.
struct denominator_peek_parser : x3::parser<denominator_peek_parser> {
  using attribute_type = double;
  static bool const has_attribute = true;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&,
             Attribute& attribute) const {
    x3::traits::move_to(detail::denominator_at(first, last), attribute);
    return true;
  }
};
denominator_peek_parser const denominator_peek{};
auto const and_flag = x3::rule<class and_flag_class, bool>{"and"} = w("and") >> x3::attr(true);

// The words after "hundred" belong to it unless a fraction claims them:
// "one hundred and three quarters" is a mixed number (100.75), "one hundred
// thirty-fifths" is 100/35, while "one hundred and thirty fifths" and "one
// hundred thirty two fifths" are improper numerators (130/5, 132/5).
auto const make_hundreds_rest = [](auto& ctx) {
  bool const has_and = fusion::at_c<0>(_attr(ctx)).has_value();
  ast::Number const& rest = fusion::at_c<1>(_attr(ctx));
  double const denominator = fusion::at_c<2>(_attr(ctx));
  bool const bare_tens = rest.value >= 20 && std::fmod(rest.value, 10) == 0;
  bool const compound_ordinal = !has_and && bare_tens && denominator > 0 && denominator < 10;
  bool const proper_fraction = denominator > 0 && rest.value < denominator;
  if (compound_ordinal || proper_fraction) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = rest;
};
// A rule with an action, because X3 1.74 can leave a failed optional
// sequence's value behind.
auto const hundreds_rest = x3::rule<class hundreds_rest_class, ast::Number>{"number"} =
    (-and_flag >> word_99 >> denominator_peek)[make_hundreds_rest];

auto const decimal_words = x3::rule<class decimal_words_class, ast::Number>{"decimals"} =
      (+lexeme[digit_word_sym >> word_end])[make_decimal_digits]
    | word_99[make_decimal_number];
auto const whole_words = x3::rule<class whole_words_class, ast::Number>{"number"} =
      (hundreds_lead >> w("hundred") >> -hundreds_rest)[make_hundreds]
    | word_99[copy_number];

// Cheap character-level looks ahead, so that the digit forms below are tried
// (and the digits converted) only where they can match: most figures are
// plain digits, and each failed try would read them again.
auto const digits_then_point = &lexeme[+digit >> +lit(' ') >> lit("point") >> word_end];
auto const digits_then_slash =
    &lexeme[+digit >> -(+lit(' ') >> +digit) >> (lit('/') | lit("\xE2\x81\x84"))];

auto const small_words_def =
      whole_words[copy_number] >> -(w("point") >> decimal_words)[add_decimals]
    | (w("point") >> digits)[make_point_digits]
    | (digits_then_point >> digits >> w("point") >> digits)[make_digits_point_digits]
    | (x3::attr(ast::Number{}) >> w("point") >> decimal_words)[make_point_only];
// clang-format on

// A term is a number below a thousand (or any digit run) times its scale words:
// "538 million", "two hundred thousand", "a dozen", "3.5bn".
auto const make_term = [](auto& ctx) {
  ast::Number n = fusion::at_c<0>(_attr(ctx));
  for (Scale const& s : fusion::at_c<1>(_attr(ctx)))
    detail::apply_scale(n, s);
  _val(ctx) = n;
};
auto const make_scaled_one = [](auto& ctx) {
  ast::Number n = detail::word_number(1);
  for (Scale const& s : _attr(ctx))
    detail::apply_scale(n, s);
  _val(ctx) = n;
};
// clang-format off
// "five grand", "a grand a month", but not "a grand total" or "the grand jury".
auto const grand_scale = x3::rule<class grand_scale_class, Scale>{"grand"} =
    w("grand") >> &(phrase_end | w("a") | w("an") | w("per") | w("each") | w("every")) >>
    x3::attr(Scale{1e3, "thousand"});
auto const scale_word = x3::rule<class scale_word_class, Scale>{"scale"} =
    lexeme[scale_word_sym >> word_end] | grand_scale;
auto const small_number = x3::rule<class small_number_class, ast::Number>{"number"} =
    small_words | digit_number;
auto const term_def =
      (small_number >> *scale_word)[make_term]
    | (a_one >> +scale_word)[make_scaled_one];
// clang-format on

// "two million three hundred thousand", "4 thousand 3 hundred and 21": a later
// term continues a number only when it is smaller than the scale before it,
// and a bare digit run only after "hundred and" ("3 hundred and 21"). Anything
// else is a second number ("£2 billion 21 councils" is not 2,000,000,021,
// "£1.3bn two years ago" not 1,300,000,002).
auto const start_cardinal = [](auto& ctx) { _val(ctx) = _attr(ctx); };
auto const continue_cardinal = [](auto& ctx) {
  bool const has_and = fusion::at_c<0>(_attr(ctx)).has_value();
  ast::Number const& next = fusion::at_c<1>(_attr(ctx));
  ast::Number& total = _val(ctx);
  bool const next_is_bare_digits = !next.words && next.scale == 1;
  bool const previous_scaled = total.scale > 1;
  // Digits and words do not mix, and a decimal is whole: "£1.3bn two years
  // ago" and "2 million three years ago" are a figure and then a time.
  bool ok = previous_scaled && next.value < total.scale && !next.decimal && !total.decimal &&
            total.words == next.words;
  if (next_is_bare_digits)
    ok = ok && has_and && total.scale == 100 && next.value > 0;  // "3 hundred and 0 are"
  if (!ok) {
    _pass(ctx) = false;
    return;
  }
  total.value += next.value;
  total.step = next.step;
  total.words = total.words || next.words;
  total.scale = next.scale;
  total.integer_digits = 0;
};
auto const& and_word = and_flag;
auto const denominator_ahead = lexeme[denominator_sym >> word_end];
// "two million and one half": "one" belongs to the fraction, not the number.
auto const cardinal_def = term[start_cardinal] >>
                          *((-and_word >> term >> !denominator_ahead)[continue_cardinal]);

// --- amounts: cardinals, fractions with scales, mixed numbers -------------------

auto const core_count = [](ast::Number const& n) {
  ast::Core c;
  c.kind = QuantityKind::kCount;
  c.number = n;
  return c;
};
auto const make_amount = [](auto& ctx) { _val(ctx) = core_count(_attr(ctx)); };

// "half a million", "a quarter million", "three quarters billion"
auto const make_fraction_scaled = [](auto& ctx) {
  double numerator = fusion::at_c<0>(_attr(ctx));
  double denominator = fusion::at_c<1>(_attr(ctx));
  ast::Number n = detail::word_number(numerator / denominator);
  n.step = 1.0 / denominator;
  for (Scale const& s : fusion::at_c<2>(_attr(ctx)))
    detail::apply_scale(n, s);
  _val(ctx) = core_count(n);
};
// "one and a half", "five and a quarter million", "two million and a half"
auto const make_mixed = [](auto& ctx) {
  ast::Number n = _val(ctx).number;
  double numerator = fusion::at_c<0>(_attr(ctx));
  double denominator = fusion::at_c<1>(_attr(ctx));
  auto const& trailing = fusion::at_c<2>(_attr(ctx));
  double trailing_scale = 1;
  for (Scale const& s : trailing)
    trailing_scale *= s.factor;
  if (n.scale > 1 && trailing_scale > 1) {
    // "one billion and a half million": the fraction takes the later scale
    n.value += trailing_scale * numerator / denominator;
    n.step = trailing_scale / denominator;
  } else {
    double unit = n.scale;  // "two million and a half" is 2.5 million
    n.value += unit * numerator / denominator;
    n.step = unit / denominator;
    for (Scale const& s : trailing)
      detail::apply_scale(n, s);
  }
  n.words = true;
  _val(ctx).number = n;
};

// clang-format off
auto const number_value = [](auto& ctx) { _val(ctx) = _attr(ctx).value; };
// "a hundred thousand trillionths": a numerator may carry its own scale.
auto const scaled_numerator = [](auto& ctx) {
  ast::Number n = fusion::at_c<0>(_attr(ctx));
  for (Scale const& s : fusion::at_c<1>(_attr(ctx))) detail::apply_scale(n, s);
  _val(ctx) = n.value;
};
auto const numerator_lead = x3::rule<class numerator_lead_class, ast::Number>{"number"} =
    small_words | a_one_number;
auto const numerator_word = x3::rule<class numerator_word_class, double>{"numerator"} =
    (numerator_lead >> *scale_word)[scaled_numerator];
auto const add_tens_ordinal = [](auto& ctx) {
  _val(ctx) = fusion::at_c<0>(_attr(ctx)) + fusion::at_c<1>(_attr(ctx));
};
auto const copy_double = [](auto& ctx) { _val(ctx) = _attr(ctx); };
auto const denominator_word = x3::rule<class denominator_word_class, double>{"denominator"} =
      (lexeme[tens_sym >> word_end] >> -lit('-') >> lexeme[ordinal_unit_sym >> word_end])
        [add_tens_ordinal]
    | lexeme[denominator_sym >> word_end][copy_double];
auto const half_word = w("half") >> x3::attr(1.0) >> x3::attr(2.0);

// Fractions with a scale are word-led and fail at once on digits, so they go
// first: "three quarters billion" is not three.
auto const amount_def =
      (numerator_word >> -lit('-') >> denominator_word >> -(-w("of") >> a_one) >> +scale_word)
        [make_fraction_scaled]
    | (half_word >> -(-w("of") >> a_one) >> +scale_word)[make_fraction_scaled]
    | (x3::attr(1.0) >> denominator_word >> +scale_word)[make_fraction_scaled]  // "quarter million"
    | (cardinal[make_amount] >> -((w("and") >> numerator_word >> -lit('-') >> denominator_word
          >> *scale_word)[make_mixed]));
// clang-format on

auto const negate = [](auto& ctx) {
  ast::Core c = _attr(ctx);
  c.number.value = -c.number.value;
  _val(ctx) = c;
};
auto const copy_core = [](auto& ctx) { _val(ctx) = _attr(ctx); };
// clang-format off
// A minus sign is glued to its digits ("-504"); a spaced dash is punctuation.
auto const signed_amount_def =
      ((lexeme[lit('-') >> &digit] | w("minus") | w("negative")) >> amount)[negate]
    | amount[copy_core];
// clang-format on

// --- currencies -----------------------------------------------------------------

struct code_class {
  // X3 1.74 probes on_success with its attribute and context swapped, so the
  // handler must be generic in both to be found.
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& match,
                  Context const&) const {
    if constexpr (!std::is_same_v<std::remove_const_t<Attribute>, x3::unused_type>) {
      match.begin = first;
      match.end = last;
    }
  }
};
auto const make_code = [](auto& ctx) { _val(ctx).currency = _attr(ctx); };
auto const code_value_def = lexeme[currency_code_sym >> !x3::ascii::alpha][make_code];
auto const currency_code_def = code_value;

auto const make_symbol = [](auto& ctx) { _val(ctx) = CodeMatch{_attr(ctx), nullptr, nullptr}; };
auto const copy_match = [](auto& ctx) { _val(ctx) = _attr(ctx); };

// clang-format off
auto const currency_prefix_def =
      (currency_code >> lit('$'))[copy_match]  // "usd$ 15": the code names it
    | currency_symbol_sym[make_symbol]
    | currency_code[copy_match];
auto const currency_suffix_def =
      currency_symbol_sym[make_symbol]
    | (currency_code >> x3::no_skip[!digit])[copy_match]
    | lexeme[currency_name_sym >> word_end][make_symbol];
// clang-format on

// --- rates: "per 10,000 children", "a month", "/ year" ------------------------------

auto const per_number = [](auto& ctx) {
  ast::Number const& n = _attr(ctx);
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, n.value, std::chars_format::fixed);
  _val(ctx) = std::string(buffer, result.ptr);
};
auto const per_word = [](auto& ctx) { _val(ctx) = std::string(_attr(ctx)); };
// clang-format off
// "the 49,700 a year earlier" is a figure and a time, not a rate.
auto const per_unit = lexeme[per_unit_sym >> -lit('s') >> word_end] >>
                      !(w("earlier") | w("ago") | w("before") | w("later") | w("previously"));
// "212 Ml/d", "£3m/yr": a unit's short form, only after a slash.
inline x3::symbols<char const*> const per_abbreviation_sym{
    {"d", "day"}, {"yr", "year"}, {"wk", "week"}, {"hr", "hour"}};
auto const per_tail_def =
      (w("per") >> cardinal)[per_number]
    | ((w("per") | lit('/') | w("a") | w("an") | w("each") | w("every")) >> per_unit)[per_word]
    | (lit('/') >> lexeme[per_abbreviation_sym >> word_end])[per_word];
// clang-format on

// --- the core forms ---------------------------------------------------------------

// "20 dollars 43 cents", "$20 and 43c", "15 dollars 50.": the minor part of a
// sum, a whole number below 100 named as cents/pence or ending the phrase.
auto const minor_word =
    lexeme[(lit("cents") | lit("cent") | lit("pence") | lit("penny") | lit("sens") | lit("sen") |
            lit("kopiykas") | lit("kopiyka") | lit("kopecks") | lit("kopeck") | lit("paise") |
            lit("centavos") | lit("centimes") | lit('c') | lit('p')) >>
           word_end] |
    lit("\xC2\xA2");
auto const make_minor = [](auto& ctx) {
  ast::Number const& n = _attr(ctx);
  if (n.decimal || n.scale != 1 || n.value < 0 || n.value >= 100) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = n.value;
};
auto const minor_tail = x3::rule<class minor_tail_class, double>{"cents"} =
    (-w("and") >> cardinal >> (minor_word | &phrase_end))[make_minor];
// Adds the minor part to a sum in the main unit; a scaled or decimal sum
// ("£2bn and 30") takes none.
template <typename Optional>
bool add_minor(ast::Core& c, Optional const& minor) {
  if (!minor)
    return true;
  if (c.number.scale != 1 || c.number.decimal)
    return false;
  c.number.value += *minor / 100;
  c.number.step = 0.01;
  c.number.decimal = true;
  return true;
}

// Makes a count a sum of money: the currency's unit and minor-unit factor, and
// where its code was written (the extractor checks the capitals).
template <typename OptionalPer>
void make_money(ast::Core& c, CodeMatch const& currency, OptionalPer const& per) {
  c.kind = QuantityKind::kMoney;
  c.unit = currency.currency.code;
  c.number.value *= currency.currency.factor;
  c.number.step *= currency.currency.factor;
  c.code_begin = currency.begin;
  c.code_end = currency.end;
  if (per)
    c.per = *per;
}

auto const make_money_prefix = [](auto& ctx) {
  CodeMatch const& currency = fusion::at_c<0>(_attr(ctx));
  ast::Core c = fusion::at_c<1>(_attr(ctx));
  if (c.kind != QuantityKind::kCount || !add_minor(c, fusion::at_c<2>(_attr(ctx)))) {
    _pass(ctx) = false;
    return;
  }
  make_money(c, currency, fusion::at_c<3>(_attr(ctx)));
  _val(ctx) = c;
};

auto const multiplier_of = [](double value, double step, bool words) {
  ast::Core c;
  c.kind = QuantityKind::kMultiplier;
  c.unit = "x";
  c.number.value = value;
  c.number.step = step;
  c.number.words = words;
  return c;
};
// A verb ("doubled") states no digits; allow 5% either side for its rounding.
auto const make_multiplier_word = [](auto& ctx) {
  double value = _attr(ctx);
  _val(ctx) = multiplier_of(value, 0.1 * value, true);
};
auto const make_fold_word = [](auto& ctx) { _val(ctx) = multiplier_of(_attr(ctx), 1, true); };

auto const ratio_core = [](double numerator, double denominator, bool exact, bool words) {
  ast::Core c;
  c.kind = QuantityKind::kRatio;
  c.has_ratio = true;
  c.numerator = numerator;
  c.denominator = denominator;
  c.ratio_exact = exact;
  c.number.value = numerator / denominator;
  c.number.words = words;
  return c;
};

auto const make_slash = [](auto& ctx) {
  ast::Number const& numerator = fusion::at_c<0>(_attr(ctx));
  ast::Number const& denominator = fusion::at_c<1>(_attr(ctx));
  bool ok = denominator.value > 0 && numerator.integer_digits <= 3 && !numerator.decimal &&
            !denominator.decimal;
  if (!ok) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx) = ratio_core(numerator.value, denominator.value, false, false);
};
auto const slash_fraction = x3::rule<class slash_fraction_class, ast::Core>{"fraction"} =
    lexeme[digits >> (lit('/') | lit("\xE2\x81\x84")) >> digits >> !(lit('/') | digit)][make_slash];

// "2 1/4", "1 ½": a whole number and a proper fraction.
auto const make_mixed_slash = [](auto& ctx) {
  ast::Number const& whole = fusion::at_c<0>(_attr(ctx));
  ast::Core const& fraction = fusion::at_c<1>(_attr(ctx));
  bool ok = !whole.decimal && !whole.grouped && fraction.numerator < fraction.denominator &&
            fraction.denominator < 100;
  if (!ok) {
    _pass(ctx) = false;
    return;
  }
  ast::Number n = whole;
  n.value += fraction.numerator / fraction.denominator;
  n.step = 1 / fraction.denominator;
  n.decimal = true;
  _val(ctx) = core_count(n);
};
// "minus one hundred thirty fifths": a negative number, never a share.
auto const make_negative_fraction = [](auto& ctx) {
  double numerator = fusion::at_c<0>(_attr(ctx));
  double denominator = fusion::at_c<1>(_attr(ctx));
  ast::Number n = detail::word_number(-numerator / denominator);
  n.step = 1.0 / denominator;
  _val(ctx) = core_count(n);
};
auto const make_fraction = [](auto& ctx) {
  double numerator = fusion::at_c<0>(_attr(ctx));
  double denominator = fusion::at_c<1>(_attr(ctx));
  if (numerator > denominator) {  // "twenty-three fifths" is a number, not a share
    ast::Number n = detail::word_number(numerator / denominator);
    n.step = 1.0 / denominator;
    _val(ctx) = core_count(n);
    return;
  }
  _val(ctx) = ratio_core(numerator, denominator, false, true);
};

// clang-format off
auto const percent_sign =
      lit('%') | w("percent") | w("percents") | w("pct") | (w("per") >> w("cent"))
    | w("percentage");
auto const points_sign =
      ((w("percentage") | lit('%') | w("percent") | (w("per") >> w("cent")))
          >> (w("points") | w("point")))
    | w("pp") | w("ppt") | w("ppts") | w("pts");
auto const percent_unit = x3::rule<class percent_unit_class, bool>{"percent"} =
    (points_sign >> x3::attr(true)) | (percent_sign >> x3::attr(false));
// "100 basis points", "25bps": hundredths of a percentage point.
auto const basis_points = (w("basis") >> (w("points") | w("point"))) | w("bps") | w("bp");
auto const tail_basis_points = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  c.kind = QuantityKind::kPercentagePoints;
  c.unit = "pp";
  c.number.value /= 100;
  c.number.step /= 100;
  c.number.decimal = true;
};

auto const plain_cardinal = cardinal;
auto const fold_word = x3::rule<class fold_word_class, double>{"fold"} =
    lexeme[(units_sym | tens_sym) >> lit("fold") >> word_end];

// What follows a number decides its kind: "£" before it was handled above;
// "pounds", "%", "-fold", "times", "in four", "of 43", "per month" after it.
// Each tail checks before it changes the number, so a failed tail leaves a count.
auto const tail_money = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  CodeMatch const& currency = fusion::at_c<0>(_attr(ctx));
  // "75 USD million": a scale after the currency still scales the sum.
  for (Scale const& scale : fusion::at_c<1>(_attr(ctx))) detail::apply_scale(c.number, scale);
  if (currency.currency.factor == 1 && !add_minor(c, fusion::at_c<2>(_attr(ctx)))) {
    _pass(ctx) = false;
    return;
  }
  if (currency.currency.factor != 1 && fusion::at_c<2>(_attr(ctx))) {
    _pass(ctx) = false;  // "43 cents 12" is not a sum
    return;
  }
  make_money(c, currency, fusion::at_c<3>(_attr(ctx)));
};
// "53p a day", "7p lower": pence glued to the digits (a spaced "p" is too
// often something else).
auto const tail_pence = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  if (c.kind != QuantityKind::kCount || c.number.scale != 1) {
    _pass(ctx) = false;
    return;
  }
  make_money(c, CodeMatch{{"GBP", 0.01}, nullptr, nullptr}, _attr(ctx));
};
auto const tail_percent = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  bool const points = fusion::at_c<0>(_attr(ctx));
  c.kind = points ? QuantityKind::kPercentagePoints : QuantityKind::kPercent;
  c.unit = points ? "pp" : "%";
  if (auto const& per = fusion::at_c<1>(_attr(ctx))) c.per = *per;
};
auto const tail_multiplier = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  if (c.number.value <= 0) {
    _pass(ctx) = false;
    return;
  }
  c = multiplier_of(c.number.value, c.number.step, c.number.words);
};
template <bool Exact>
struct tail_ratio_t {
  template <typename Context>
  void operator()(Context& ctx) const {
    ast::Core& c = _val(ctx);
    ast::Number const& numerator = c.number;
    ast::Number const& denominator = _attr(ctx);
    bool ok = denominator.value > 0 && numerator.value >= 0 &&
              numerator.value <= denominator.value && !detail::year_like(denominator) &&
              !numerator.decimal && !denominator.decimal && numerator.scale == 1;
    if (!ok) {
      _pass(ctx) = false;
      return;
    }
    c = ratio_core(numerator.value, denominator.value, Exact, numerator.words || denominator.words);
  }
};
// "one in four", "three out of four", "Seven of 43". A year is not a
// denominator ("one in 2015"), and a share cannot exceed the whole.
tail_ratio_t<false> const tail_share{};
tail_ratio_t<true> const tail_count_ratio{};
// "12 toilets out of 38": the count ratio, keeping where its noun starts.
auto const tail_noun_count_ratio = [](auto& ctx) {
  char const* const noun = _val(ctx).noun_begin;
  tail_count_ratio(ctx);
  _val(ctx).noun_begin = noun;
};
// "one referral in three", "one child in 10": one of a noun in every N. Only
// one, and a small whole N: "one council in 2019" names a year.
auto const tail_noun_share = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  ast::Number const& denominator = _attr(ctx);
  if (c.number.value != 1 || c.number.decimal || c.number.scale != 1 || denominator.decimal ||
      denominator.value < 2 || denominator.value > 1000 || detail::year_like(denominator)) {
    _pass(ctx) = false;
    return;
  }
  c = ratio_core(1, denominator.value, false, c.number.words || denominator.words);
};
auto const counted_noun = lexeme[+x3::ascii::lower >> word_end];
// "41 referrals per 10,000 children": the counted noun between a rate's figure
// and its base.
auto const rate_noun = counted_noun - w("per") - w("in") - w("of") - w("out") - w("times") -
                       w("and") - w("or") - w("to") - w("a") - w("an") - w("the");
// "one over three", "2000 over 3": a quotient, but only when nothing follows
// the divisor ("$2000 over 3 years" is a sum and a period).
auto const tail_quotient = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  ast::Number const& divisor = _attr(ctx);
  if (divisor.value <= 0 || c.number.scale != 1 || divisor.scale != 1 || detail::year_like(divisor)) {
    _pass(ctx) = false;
    return;
  }
  if (c.number.value <= divisor.value) {
    c = ratio_core(c.number.value, divisor.value, false, c.number.words || divisor.words);
  } else {
    c.number.value /= divisor.value;
    c.number.step /= divisor.value;
    c.number.decimal = true;
  }
};
// "221 million litres a day", "40 hours a week": a measure, and what it is per.
auto const tail_measure = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  c.unit = fusion::at_c<0>(_attr(ctx));
  if (auto const& per = fusion::at_c<1>(_attr(ctx)))
    c.per = *per;
};
auto const measure_unit = x3::rule<class measure_unit_class, char const*>{"unit"} =
    lexeme[(measure_unit_sym | measure_word_sym) >> word_end];
auto const tail_rate = [](auto& ctx) {
  ast::Core& c = _val(ctx);
  c.per = _attr(ctx);
  c.kind = QuantityKind::kRate;
};

// Set before "per" is known to follow: parse.cpp reads it only of a rate.
auto const mark_rate_noun = [](auto& ctx) { _val(ctx).noun_begin = _attr(ctx).begin(); };

struct number_led_class;
x3::rule<number_led_class, ast::Core> const number_led = "number";
// clang-format off
auto const number_led_def =
    signed_amount[copy_core] >> -(
          (x3::no_skip[lit('p') >> word_end] >> -per_tail)[tail_pence]
        | (currency_suffix >> *scale_word >> -minor_tail >> -per_tail)[tail_money]
        | (percent_unit >> -per_tail)[tail_percent]
        | basis_points[tail_basis_points]
        | ((w("in") | (lit('-') >> w("in") >> lit('-')) | (-w("times") >> w("out") >> w("of")))
              >> -w("every")
              >> plain_cardinal)[tail_share]
        | (x3::omit[counted_noun - w("in") - w("of") - w("out") - w("per") - w("times")]
              >> w("in") >> -w("every") >> plain_cardinal)[tail_noun_share]
        // "12 toilets out of 38": a count of its noun out of a whole.
        | (x3::omit[x3::raw[counted_noun - w("in") - w("of") - w("out") - w("per") - w("times")]
                        [mark_rate_noun]]
              >> w("out") >> w("of") >> plain_cardinal)[tail_noun_count_ratio]
        | ((-lit('-') >> w("fold")) | w("times"))[tail_multiplier]
        | (w("of") >> -w("the") >> plain_cardinal)[tail_count_ratio]
        | (w("over") >> plain_cardinal >> &phrase_end)[tail_quotient]
        | (measure_unit >> -per_tail)[tail_measure]
        | per_tail[tail_rate]
        | (x3::omit[x3::raw[x3::repeat(1, 2)[rate_noun]][mark_rate_noun]] >> &w("per")
              >> per_tail)[tail_rate]);

// "a dollar", "a dime", "a penny": one of the named unit.
auto const make_money_one = [](auto& ctx) {
  ast::Core c = core_count(detail::word_number(1));
  CodeMatch const code{fusion::at_c<0>(_attr(ctx)), nullptr, nullptr};
  // "a dollar and 42 cents" is 1.42; a minor unit ("a penny and 20") takes none.
  if (code.currency.factor != 1 ? fusion::at_c<1>(_attr(ctx)).has_value()
                                : !add_minor(c, fusion::at_c<1>(_attr(ctx)))) {
    _pass(ctx) = false;
    return;
  }
  make_money(c, code, fusion::at_c<2>(_attr(ctx)));
  _val(ctx) = c;
};
auto const money_one = x3::rule<class money_one_class, ast::Core>{"money"} =
    (a_one >> lexeme[currency_name_sym >> word_end] >> -minor_tail >> -per_tail)[make_money_one];

// "a couple of", "a few hundred": rough counts, marked vague so that no check
// treats them as statistics.
auto const make_vague = [](auto& ctx) {
  VagueCount const& vague = fusion::at_c<0>(_attr(ctx));
  ast::Number n = detail::word_number(vague.value);
  n.step = vague.step;
  n.vague = true;
  for (Scale const& s : fusion::at_c<1>(_attr(ctx))) detail::apply_scale(n, s);
  _val(ctx) = core_count(n);
};
auto const vague_count = x3::rule<class vague_count_class, ast::Core>{"count"} =
    (a_one >> lexeme[vague_count_sym >> word_end] >> -(w("of") >> &scale_word) >> *scale_word)
        [make_vague];

// "a third consecutive year", "a fifth time": an ordinal before what it counts
// off, not a share.
auto const ordinal_follower = w("consecutive") | w("successive") | w("straight") | w("year") |
                              w("years") | w("time") | w("month") | w("week") | w("day") |
                              w("term") | w("round") | w("wave") | w("place") | w("attempt") |
                              w("generation") | w("lockdown") | w("inspection") | w("report");

auto const core_def =
      (currency_prefix >> signed_amount >> -minor_tail >> -per_tail)[make_money_prefix]
    | fold_word[make_fold_word]
    | lexeme[multiplier_verb_sym >> word_end][make_multiplier_word]
    | (digits_then_slash >> digits >> slash_fraction)[make_mixed_slash]
    | (digits_then_slash >> slash_fraction)[copy_core]
    | (numerator_word >> -lit('-') >> denominator_word >> !(-(w("of") >> a_one) >> scale_word)
          >> !ordinal_follower)[make_fraction]
    | ((w("minus") | w("negative")) >> numerator_word >> -lit('-') >> denominator_word
          >> !scale_word)[make_negative_fraction]
    | (half_word >> !(-(-w("of") >> a_one) >> scale_word))[make_fraction]
    | money_one[copy_core]
    | vague_count[copy_core]
    | number_led[copy_core];
// clang-format on

// --- hedges -----------------------------------------------------------------------

// clang-format off
auto const or_equal = (w("or") >> w("equal") >> -(w("to") | w("than")));
auto const comparative_more = w("more") | w("greater") | w("larger") | w("bigger") | w("higher");
auto const comparative_less = w("less") | w("fewer") | w("smaller") | w("lower");

auto const hedge_prefix_def =
      ((comparative_less >> w("than") >> w("or") >> w("equal") >> w("to"))
          | (comparative_less >> w("or") >> w("equal") >> (w("than") | w("to")))
          | (w("equal") >> w("to") >> w("or") >> (comparative_less | w("under") | w("below"))
               >> -w("than"))
          | (w("at") >> w("most")) | (w("up") >> w("to")) | (w("no") >> w("more") >> w("than"))
          | (w("not") >> w("more") >> w("than")) | (w("a") >> w("maximum") >> w("of"))
          | (lit("<=") | lit("=<")) | (lit('<') >> lit('=')))
        >> x3::attr(Hedge::kAtMost)
    | ((comparative_more >> w("than") >> w("or") >> w("equal") >> w("to"))
          | (comparative_more >> w("or") >> w("equal") >> (w("than") | w("to")))
          | (w("equal") >> w("to") >> w("or") >> (comparative_more | w("over") | w("above"))
               >> -w("than"))
          | (w("at") >> w("least") >> -or_equal)
          | (w("no") >> (w("less") | w("fewer")) >> w("than"))
          | (w("not") >> (w("less") | w("fewer")) >> w("than"))
          | (w("a") >> w("minimum") >> w("of")) | lit(">=") | (lit('>') >> lit('=')))
        >> x3::attr(Hedge::kAtLeast)
    | ((w("just") >> (w("under") | w("below")))
          | (-w("very") >> (w("nearly") | w("almost")) >> -w("exactly"))
          | (w("close") >> w("to")) | (w("not") >> w("quite")))
        >> x3::attr(Hedge::kNearly)
    | ((comparative_more >> w("than")) | (w("just") >> (w("over") | w("above"))) | w("over")
          | w("above") | (w("in") >> w("excess") >> w("of")) | w("exceeding") | w("exceeds")
          | w("exceed") | w("surpass") | w("surpassing") | (w("upwards") >> w("of"))
          | lit('>'))
        >> x3::attr(Hedge::kMoreThan)
    | ((comparative_less >> w("than")) | w("under") | w("below") | lit('<'))
        >> x3::attr(Hedge::kLessThan)
    | (w("around") | w("about") | w("roughly") | w("approximately") | (w("approx") >> -lit('.'))
          | w("some") | (w("an") >> w("estimated")) | w("estimated") | w("circa")
          | (w("in") >> w("the") >> w("region") >> w("of")) | lit('~'))
        >> x3::attr(Hedge::kApprox)
    | (w("exactly") | w("precisely") | (w("equal") >> w("to")) | (w("equals") >> -w("to"))
          | (w("equaling") >> -w("to")) | lit('='))
        >> x3::attr(Hedge::kExact);

auto const hedge_suffix_def =
      (w("or") >> (w("more") | w("greater") | w("above") | w("over") | w("higher"))
          >> !(w("than") >> digit))
        >> x3::attr(Hedge::kAtLeast)
    | (w("and") >> (w("more") | w("above") | w("over")) >> !w("than")) >> x3::attr(Hedge::kAtLeast)
    | (w("or") >> (w("less") | w("fewer") | w("below") | w("under") | w("lower"))
          >> !(w("than") >> digit))
        >> x3::attr(Hedge::kAtMost)
    | (-lit('-') >> w("plus")) >> x3::attr(Hedge::kAtLeast)
    // "less than 5000 or equal": see make_hedged. Not "more than 5000 or equal to 6000".
    | (or_equal >> !(digit | lexeme[(units_sym | tens_sym) >> word_end])) >> x3::attr(Hedge::kExact);
// clang-format on

struct hedged_class {
  // X3 1.74 probes on_success with its attribute and context swapped, so the
  // handler must be generic in both to be found.
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& hedged,
                  Context const&) const {
    if constexpr (!std::is_same_v<std::remove_const_t<Attribute>, x3::unused_type>) {
      hedged.begin = first;
      hedged.end = last;
    }
  }
};

auto const make_hedged = [](auto& ctx) {
  ast::Hedged h;
  auto const& prefix = fusion::at_c<0>(_attr(ctx));
  h.core = fusion::at_c<1>(_attr(ctx));
  auto const& suffix = fusion::at_c<2>(_attr(ctx));
  if (prefix) {
    h.hedge = *prefix;
    h.stated_exact = *prefix == Hedge::kExact;
  }
  if (suffix) {
    if (*suffix == Hedge::kExact) {  // "or equal": turns a strict bound inclusive
      if (h.hedge == Hedge::kMoreThan) {
        h.hedge = Hedge::kAtLeast;
      } else if (h.hedge == Hedge::kLessThan) {
        h.hedge = Hedge::kAtMost;
      } else {
        _pass(ctx) = false;
        return;
      }
    } else if (!prefix || h.hedge == Hedge::kExact || h.hedge == Hedge::kApprox) {
      h.hedge = *suffix;
    }
  }
  _val(ctx) = h;
};
auto const hedged_value_def = (-hedge_prefix >> core >> -hedge_suffix)[make_hedged];
auto const hedged_def = hedged_value;

// A span that opens with a digit: no hedge word, currency symbol or number
// word can start it, so of core's alternatives only the digit-led ones can
// match. The same parse as `hedged`, without trying the ~90 literals that
// cannot (most claims in news text open with a digit).
// clang-format off
auto const digit_core = x3::rule<class digit_core_class, ast::Core>{"number"} =
      (digits_then_slash >> digits >> slash_fraction)[make_mixed_slash]
    | (digits_then_slash >> slash_fraction)[copy_core]
    | number_led[copy_core];
// clang-format on
auto const digit_hedged_value = x3::rule<class digit_hedged_value_class, ast::Hedged>{"hedged"} =
    (x3::attr(boost::optional<Hedge>()) >> digit_core >> -hedge_suffix)[make_hedged];
struct digit_hedged_class : hedged_class {};
auto const digit_hedged = x3::rule<digit_hedged_class, ast::Hedged>{"hedged"} = digit_hedged_value;

// --- ranges and the expression --------------------------------------------------------

namespace detail {

inline bool lower_bound_hedge(Hedge h) {
  return h == Hedge::kMoreThan || h == Hedge::kAtLeast;
}
inline bool upper_bound_hedge(Hedge h) {
  return h == Hedge::kLessThan || h == Hedge::kAtMost;
}

// "between 10 and 20 dollars", "from 10 to 20 million": a bare first end takes
// the second end's kind, unit and scale.
inline bool unify_range_ends(ast::Hedged& first, ast::Hedged& second) {
  ast::Core& a = first.core;
  ast::Core const& b = second.core;
  if (a.has_ratio || b.has_ratio)
    return a.kind == b.kind;
  if (a.kind == QuantityKind::kCount && b.kind != QuantityKind::kCount) {
    if (b.kind == QuantityKind::kMultiplier)
      return false;
    a.kind = b.kind;
    a.unit = b.unit;
  }
  // "between 2 and 3 million", "£2-3bn": a bare first end takes the second's scale.
  if (a.number.scale == 1 && b.number.scale > 1 &&
      a.number.value * b.number.scale > a.number.value && a.number.value < b.number.value) {
    a.number.value *= b.number.scale;
    a.number.step *= b.number.scale;
    a.number.scale = b.number.scale;
  }
  if (a.kind == QuantityKind::kRate && b.kind == QuantityKind::kCount)
    return true;
  return a.kind == b.kind && a.unit == b.unit;
}

}  // namespace detail

template <bool FromTo>
struct make_range_t {
  template <typename Context>
  void operator()(Context& ctx) const {
    ast::Expression e;
    e.first = fusion::at_c<0>(_attr(ctx));
    e.second = fusion::at_c<1>(_attr(ctx));
    e.is_range = true;
    e.from_to = FromTo;
    if (!detail::unify_range_ends(e.first, e.second)) {
      _pass(ctx) = false;
      return;
    }
    _val(ctx) = e;
  }
};
make_range_t<false> const make_between{};
make_range_t<true> const make_from_to{};

auto const make_single = [](auto& ctx) {
  ast::Expression e;
  e.first = _attr(ctx);
  _val(ctx) = e;
};

// How a second figure joins the first: "and"/"but" pairs bounds ("more than
// 10 and less than 40"), a dash or "through" makes a range, and "to" makes one
// only after a bare number (see require_unitless).
enum class Joint { kBounds, kDash, kTo };
auto const range_joint = x3::rule<class range_joint_class, Joint>{"joint"} =
    ((w("and") | w("but") | lit(',')) >> x3::attr(Joint::kBounds)) |
    ((lit('-') | lit('~') | w("through") | w("thru")) >> x3::attr(Joint::kDash)) |
    ((w("to") | w("until")) >> x3::attr(Joint::kTo));

auto const make_pair = [](auto& ctx) {
  ast::Expression& e = _val(ctx);
  Joint const joint = fusion::at_c<0>(_attr(ctx));
  ast::Hedged first = e.first;
  ast::Hedged second = fusion::at_c<1>(_attr(ctx));
  bool ok = false;
  if (joint == Joint::kBounds) {
    if (detail::upper_bound_hedge(first.hedge))
      std::swap(first, second);
    ok = detail::lower_bound_hedge(first.hedge) && detail::upper_bound_hedge(second.hedge) &&
         first.core.number.value < second.core.number.value;
  } else {
    // A hedge before the first end hedges the whole range: "around 10-20%",
    // "some 300 to 400 children", "up to 20-30".
    ok = second.hedge == Hedge::kExact && !second.stated_exact &&
         first.core.number.value < second.core.number.value;
    second.hedge = first.hedge;
    if (joint == Joint::kTo) {
      ok = ok && first.core.kind == QuantityKind::kCount && first.core.per.empty();
    }
  }
  ok = ok && detail::unify_range_ends(first, second);
  if (!ok) {
    _pass(ctx) = false;
    return;
  }
  e.first = first;
  e.second = second;
  e.is_range = true;
};

// clang-format off
auto const range_to = w("to") | w("until") | w("through") | w("thru") | lit('-') | lit('~');
auto const expression_def =
      (w("between") >> hedged >> (w("and") | lit('-')) >> hedged)[make_between]
    | (w("from") >> hedged >> (range_to | w("and")) >> hedged)[make_from_to]
    | (hedged[make_single] >> -((range_joint >> hedged)[make_pair]));
auto const digit_expression_def =
    digit_hedged[make_single] >> -((range_joint >> hedged)[make_pair]);
// clang-format on

BOOST_SPIRIT_DEFINE(digits, digit_number, word_99, small_words, term, cardinal, amount,
                    signed_amount, code_value, currency_code, currency_prefix, currency_suffix,
                    per_tail, number_led, core, hedge_prefix, hedge_suffix, hedged_value, hedged,
                    expression, digit_expression)

}  // namespace claimcheck::grammar::parser
