#pragma once

#include <boost/spirit/home/x3.hpp>

#include "ast.hpp"
#include "claimcheck/grammar/period.hpp"

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

/// What the time grammar yields: a role and up to two dates.
struct TimeAst {
  TimeRole role = TimeRole::kPoint;
  ast::Date first, second;
  bool has_first = false, has_second = false;
  int length_years = 0;
  int length_months = 0;
};

struct time_class;
using time_type = x3::rule<time_class, TimeAst>;
BOOST_SPIRIT_DECLARE(time_type)

}  // namespace claimcheck::grammar::parser

namespace claimcheck::grammar {
parser::time_type const& time_expression();
}
