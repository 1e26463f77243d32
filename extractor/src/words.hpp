#pragma once

#include <string>
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

/// The last word of `text`, trailing spaces and commas trimmed: letters,
/// digits and apostrophes ("the girl, " -> "girl", "they started " -> "started").
inline std::string_view last_word(std::string_view text) {
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
  };
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r' || text.back() == ','))
    text.remove_suffix(1);
  std::size_t b = text.size();
  while (b > 0 && word_char(text[b - 1]))
    --b;
  return text.substr(b);
}

/// The first word of `text`, leading spaces skipped, or "" when punctuation
/// comes first: letters, digits and apostrophes (" in 2012-13" -> "in").
inline std::string_view first_word(std::string_view text) {
  auto word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
  };
  std::size_t b = 0;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t'))
    ++b;
  std::size_t e = b;
  while (e < text.size() && word_char(text[e]))
    ++e;
  return text.substr(b, e - b);
}

/// `text` with its ASCII letters in lower case.
inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace claimcheck::extractor::detail
