#include "claimcheck/corpus/document.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "detail.hpp"

namespace claimcheck::corpus {

std::string_view to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kArticle:
      return "article";
    case DocumentKind::kReport:
      return "report";
    case DocumentKind::kBlog:
      return "blog";
    case DocumentKind::kComment:
      return "comment";
    case DocumentKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

std::optional<DocumentKind> parse_document_kind(std::string_view word) {
  if (word == "article")
    return DocumentKind::kArticle;
  if (word == "report")
    return DocumentKind::kReport;
  if (word == "blog")
    return DocumentKind::kBlog;
  if (word == "comment")
    return DocumentKind::kComment;
  return std::nullopt;
}

namespace detail {
namespace {

bool all_digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9')
      return false;
  }
  return !text.empty();
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits)
    value = value * 10 + (c - '0');
  return value;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

bool is_iso_date(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10)
    return false;
  std::string_view const year = text.substr(0, 4);
  if (!all_digits(year) || to_int(year) == 0)
    return false;
  if (text.size() == 4)
    return true;
  if (text[4] != '-')
    return false;
  std::string_view const month_digits = text.substr(5, 2);
  if (!all_digits(month_digits))
    return false;
  int const month = to_int(month_digits);
  if (month < 1 || month > 12)
    return false;
  if (text.size() == 7)
    return true;
  if (text[7] != '-')
    return false;
  std::string_view const day_digits = text.substr(8, 2);
  if (!all_digits(day_digits))
    return false;
  int const day = to_int(day_digits);
  int const y = to_int(year);
  bool const leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int const days = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= days;
}

std::string iso_date_prefix(std::string_view text) {
  text = trim(text);
  for (std::size_t length : {10, 7, 4}) {
    if (text.size() < length)
      continue;
    std::string_view const candidate = text.substr(0, length);
    // "2016-06-29T…" is fine; "201606" is not a year followed by more.
    bool const ends_cleanly =
        text.size() == length || !(text[length] >= '0' && text[length] <= '9');
    if (ends_cleanly && is_iso_date(candidate))
      return std::string(candidate);
  }
  return {};
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front()))
    text.remove_prefix(1);
  while (!text.empty() && is_space(text.back()))
    text.remove_suffix(1);
  return text;
}

std::string collapse_space(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : trim(text)) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space)
      out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string id_from_name(std::string_view name) {
  if (name.empty() || name == "-")
    return "stdin";
  std::string stem = std::filesystem::path(std::string(name)).stem().string();
  if (stem.empty())
    return "document";
  return stem;
}

}  // namespace detail
}  // namespace claimcheck::corpus
