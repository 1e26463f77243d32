#pragma once

#include <string_view>

namespace claimcheck::extractor::detail {

/// Whether `text`, trailing spaces trimmed, ends with `word` standing as a
/// word of its own (no letter or digit right before it): "was cut in" ends
/// with "cut in", "recruited" does not end with "cut".
inline bool ends_with_word(std::string_view text, std::string_view word) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r' || text.back() == '\f'))
    text.remove_suffix(1);
  if (!text.ends_with(word))
    return false;
  if (text.size() == word.size())
    return true;
  char const c = text[text.size() - word.size() - 1];
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

}  // namespace claimcheck::extractor::detail
