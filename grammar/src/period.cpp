// Instantiates the time-expression grammar: the only TU that compiles period_def.hpp.
#include "config.hpp"
#include "period_def.hpp"

namespace claimcheck::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(time_type, iterator_type, context_type)
}  // namespace claimcheck::grammar::parser

namespace claimcheck::grammar {
parser::time_type const& time_expression() {
  return parser::time_rule;
}
}  // namespace claimcheck::grammar
