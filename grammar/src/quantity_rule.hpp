// Declares the quantity rule (rexpr_full's rexpr.hpp): parse.cpp sees this,
// never the definitions.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

struct expression_class;
using expression_type = x3::rule<expression_class, ast::Expression>;
BOOST_SPIRIT_DECLARE(expression_type)

/// `expression` for a span whose first character is a digit: the same parse,
/// without the alternatives that need a word or symbol first.
struct digit_expression_class;
using digit_expression_type = x3::rule<digit_expression_class, ast::Expression>;
BOOST_SPIRIT_DECLARE(digit_expression_type)

/// Adds currency names, symbols and ISO codes to the grammar's tables.
/// Called once (std::call_once) before the first parse.
void load_currency_tables();

}  // namespace claimcheck::grammar::parser

namespace claimcheck::grammar {
parser::expression_type const& expression();
parser::digit_expression_type const& digit_expression();
}  // namespace claimcheck::grammar
