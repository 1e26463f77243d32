// Instantiates the quantity grammar: the only TU that compiles quantity_def.hpp.
#include "config.hpp"
#include "currency.hpp"
#include "quantity_def.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(digit_expression_type, iterator_type, context_type)

void load_currency_tables() {
  for (grammar::detail::CurrencyKey const& key : grammar::detail::currency_keys()) {
    CurrencyValue value{key.code, key.factor};
    switch (key.kind) {
      case grammar::detail::CurrencyKeyKind::kSymbol:
        currency_symbol_sym.add(key.key, value);
        break;
      case grammar::detail::CurrencyKeyKind::kCode:
        currency_code_sym.add(key.key, value);
        break;
      case grammar::detail::CurrencyKeyKind::kName:
        currency_name_sym.add(key.key, value);
        break;
    }
  }
}

}  // namespace claimcheck::grammar::parser

namespace claimcheck::grammar {
parser::expression_type const& expression() {
  return parser::expression;
}
parser::digit_expression_type const& digit_expression() {
  return parser::digit_expression;
}
}  // namespace claimcheck::grammar
