#include "currency.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "claimcheck/grammar/quantity.hpp"

namespace claimcheck::grammar::detail {
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string to_utf8(UChar const* text, int32_t length) {
  std::string out;
  icu::UnicodeString(text, length).toUTF8String(out);
  return out;
}

bool is_ascii_letters(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      return false;
  }
  return !s.empty();
}

// Generic words English news uses for a currency without naming its country.
// ICU lists "British pound" and "US dollar", not the bare words.
struct GenericWord {
  char const* word;
  char const* code;
  double factor;
};
constexpr GenericWord kGenericWords[] = {
    {"pound", "GBP", 1},      {"pounds", "GBP", 1},   {"quid", "GBP", 1},
    {"sterling", "GBP", 1},   {"pence", "GBP", 0.01}, {"penny", "GBP", 0.01},
    {"pennies", "GBP", 0.01}, {"dollar", "USD", 1},   {"dollars", "USD", 1},
    {"bucks", "USD", 1},      {"cent", "USD", 0.01},  {"cents", "USD", 0.01},
    {"¢", "USD", 0.01},       {"euro", "EUR", 1},     {"euros", "EUR", 1},
    {"yen", "JPY", 1},        {"yuan", "CNY", 1},     {"renminbi", "CNY", 1},
    {"rmb", "CNY", 1},        {"rupee", "INR", 1},    {"rupees", "INR", 1},
    {"dime", "USD", 0.10},    {"dimes", "USD", 0.10}, {"nickel", "USD", 0.05},
    {"nickels", "USD", 0.05},
};

// Where ICU gives one symbol to several currencies, the one English news means.
constexpr std::pair<char const*, char const*> kPreferredSymbols[] = {
    {"$", "USD"}, {"£", "GBP"}, {"€", "EUR"}, {"¥", "JPY"}, {"₹", "INR"},
};

// Letter symbols that English-speaking countries write for their own currency
// ("Rs" in Pakistan, "RM" in Malaysia, "KSh" in Kenya), from ICU's en_XX
// locales. They read like ISO codes: whole tokens before or after the digits.
// One letter ("R", "K") is too often something else.
template <typename Add>
void add_local_letter_symbols(Add const& add) {
  add("rs", "INR", 1, CurrencyKeyKind::kCode);  // the rupee English news means most
  int32_t const count = uloc_countAvailable();
  for (int32_t i = 0; i < count; ++i) {
    std::string_view const locale = uloc_getAvailable(i);
    if (locale.substr(0, 3) != "en_")
      continue;
    UErrorCode status = U_ZERO_ERROR;
    UChar iso_u[4] = {0, 0, 0, 0};
    if (ucurr_forLocale(locale.data(), iso_u, 4, &status) != 3 || U_FAILURE(status))
      continue;
    UBool is_choice = false;
    int32_t length = 0;
    UChar const* symbol =
        ucurr_getName(iso_u, locale.data(), UCURR_SYMBOL_NAME, &is_choice, &length, &status);
    if (U_FAILURE(status) || symbol == nullptr)
      continue;
    std::string const text = to_utf8(symbol, length);
    std::string const iso = to_utf8(iso_u, 3);
    if (text.size() >= 2 && text.size() <= 3 && is_ascii_letters(text) && text != iso)
      add(text, iso, 1, CurrencyKeyKind::kCode);
  }
}

std::vector<CurrencyKey> build() {
  std::vector<CurrencyKey> keys;
  std::set<std::pair<std::string, int>> seen;
  auto add = [&](std::string key, std::string const& code, double factor, CurrencyKeyKind kind) {
    key = lower_ascii(std::move(key));
    if (key.empty())
      return;
    if (!seen.insert({key, static_cast<int>(kind)}).second)
      return;
    keys.push_back({std::move(key), code, factor, kind});
  };
  for (auto const& [symbol, code] : kPreferredSymbols)
    add(symbol, code, 1, CurrencyKeyKind::kSymbol);
  for (auto const& g : kGenericWords)
    add(g.word, g.code, g.factor, CurrencyKeyKind::kName);
  // Spaced forms of prefixed dollar symbols as tokenised newswire writes them.
  add("us $", "USD", 1, CurrencyKeyKind::kSymbol);
  add("u.s. $", "USD", 1, CurrencyKeyKind::kSymbol);
  add("u.s $", "USD", 1, CurrencyKeyKind::kSymbol);
  add("c $", "CAD", 1, CurrencyKeyKind::kSymbol);
  add("us$", "USD", 1, CurrencyKeyKind::kSymbol);
  // Prefixes Canadian and Singaporean news write that ICU's English data
  // spells otherwise ("CA$", "SGD"): "C$7.8 million", "S$5m".
  add("c$", "CAD", 1, CurrencyKeyKind::kSymbol);
  add("s$", "SGD", 1, CurrencyKeyKind::kSymbol);

  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_ALL, &status);
  if (U_FAILURE(status))
    return keys;
  char const* code = nullptr;
  int32_t code_length = 0;
  while ((code = uenum_next(codes, &code_length, &status)) != nullptr && U_SUCCESS(status)) {
    std::string iso(code, static_cast<std::size_t>(code_length));
    UChar iso_u[4] = {0, 0, 0, 0};
    for (int i = 0; i < 3 && i < code_length; ++i)
      iso_u[i] = static_cast<UChar>(iso[i]);
    add(iso, iso, 1, CurrencyKeyKind::kCode);
    add("M" + iso, iso, 1e6, CurrencyKeyKind::kCode);  // financial shorthand: "30 MUSD"
    // Metals, drawing rights, fund and test codes: their names ("Gold",
    // "Special Drawing Rights", "Unknown Currency") are ordinary words.
    if (iso[0] == 'X' && iso != "XAF" && iso != "XOF" && iso != "XCD" && iso != "XPF")
      continue;

    UBool is_choice = false;
    int32_t length = 0;
    UErrorCode name_status = U_ZERO_ERROR;
    UChar const* name =
        ucurr_getName(iso_u, "en", UCURR_LONG_NAME, &is_choice, &length, &name_status);
    if (U_SUCCESS(name_status) && name != nullptr) {
      std::string long_name = to_utf8(name, length);
      if (long_name != iso)
        add(long_name, iso, 1, CurrencyKeyKind::kName);
    }
    for (char const* plural : {"other", "one"}) {
      UErrorCode plural_status = U_ZERO_ERROR;
      UChar const* plural_name =
          ucurr_getPluralName(iso_u, "en", &is_choice, plural, &length, &plural_status);
      if (U_SUCCESS(plural_status) && plural_name != nullptr) {
        std::string text = to_utf8(plural_name, length);
        if (text != iso)
          add(text, iso, 1, CurrencyKeyKind::kName);
      }
    }
    UErrorCode symbol_status = U_ZERO_ERROR;
    UChar const* symbol =
        ucurr_getName(iso_u, "en", UCURR_SYMBOL_NAME, &is_choice, &length, &symbol_status);
    if (U_SUCCESS(symbol_status) && symbol != nullptr) {
      std::string text = to_utf8(symbol, length);
      // Pure-letter "symbols" are the code again or words such as "Rs"; skip them.
      if (text != iso && !is_ascii_letters(text))
        add(text, iso, 1, CurrencyKeyKind::kSymbol);
    }
  }
  uenum_close(codes);
  add_local_letter_symbols(add);

  // The last word of a name ("ringgit" of "Malaysian Ringgit", "tugriks" of
  // "Mongolian tugriks") names the currency alone when no other currency
  // shares it; shared ones ("dinar", "franc") stay ambiguous and unread.
  std::map<std::string, std::set<std::string>> last_words;
  for (CurrencyKey const& key : keys) {
    if (key.kind != CurrencyKeyKind::kName || key.factor != 1)
      continue;
    std::size_t space = key.key.rfind(' ');
    if (space == std::string::npos)
      continue;
    std::string word = key.key.substr(space + 1);
    if (word.size() >= 3 && is_ascii_letters(word))
      last_words[word].insert(key.code);
  }
  // Last words that are English words name no currency alone: "a real-terms
  // rise" is no Brazilian real, "we won" no Korean won.
  constexpr std::string_view kEnglishWords[] = {"real", "reals", "won", "kip", "mark", "marks"};
  for (auto const& [word, owners] : last_words) {
    bool const english = std::find(std::begin(kEnglishWords), std::end(kEnglishWords), word) !=
                         std::end(kEnglishWords);
    if (owners.size() == 1 && !english)
      add(word, *owners.begin(), 1, CurrencyKeyKind::kName);
  }
  return keys;
}

}  // namespace

std::vector<CurrencyKey> const& currency_keys() {
  static std::vector<CurrencyKey> const keys = build();
  return keys;
}

}  // namespace claimcheck::grammar::detail

namespace claimcheck::grammar {

std::vector<std::string> const& currency_words() {
  static std::vector<std::string> const words = [] {
    std::set<std::string> unique;
    for (detail::CurrencyKey const& key : detail::currency_keys()) {
      if (key.kind == detail::CurrencyKeyKind::kName && detail::is_ascii_letters(key.key))
        unique.insert(key.key);
    }
    return std::vector<std::string>(unique.begin(), unique.end());
  }();
  return words;
}

bool is_currency_code(std::string_view lower_token) {
  static std::set<std::string, std::less<>> const codes = [] {
    std::set<std::string, std::less<>> out;
    for (detail::CurrencyKey const& key : detail::currency_keys()) {
      if (key.kind == detail::CurrencyKeyKind::kCode)
        out.insert(key.key);
    }
    return out;
  }();
  return codes.find(lower_token) != codes.end();
}

std::vector<std::string> const& currency_letter_symbols() {
  static std::vector<std::string> const symbols = [] {
    std::set<std::string> unique;
    for (detail::CurrencyKey const& key : detail::currency_keys()) {
      if (key.kind == detail::CurrencyKeyKind::kCode && key.key.size() == 2)
        unique.insert(key.key);
    }
    return std::vector<std::string>(unique.begin(), unique.end());
  }();
  return symbols;
}

}  // namespace claimcheck::grammar
