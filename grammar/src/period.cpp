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

int month_named(std::string_view lower_word) noexcept {
  int const* month = parser::time_detail::month_sym.find(std::string(lower_word));
  return month ? *month : 0;
}
}  // namespace claimcheck::grammar
