// Currency vocabulary read from ICU's currency data, so the grammar knows the
// world's ISO codes, symbols and English names without a hand-written table.
#pragma once

#include <string>
#include <vector>

namespace claimcheck::grammar::detail {

enum class CurrencyKeyKind {
  kSymbol,  // "£", "€", "us$", "ca$": may stand before or after the amount
  kCode,    // "usd", "gbp" (lower-cased here; the caller checks the capitals)
  kName,    // "finnish markka", "euros", "pounds", "pence"
};

struct CurrencyKey {
  std::string key;    // lower-cased as the grammar's input is
  std::string code;   // ISO 4217
  double factor = 1;  // 0.01 for minor units ("pence", "cents")
  CurrencyKeyKind kind = CurrencyKeyKind::kName;
};

/// Every key, built once from ICU (en locale) plus the few generic English
/// words ICU does not list as names ("pounds", "dollars", "pence").
std::vector<CurrencyKey> const& currency_keys();

}  // namespace claimcheck::grammar::detail
