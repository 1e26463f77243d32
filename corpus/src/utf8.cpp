#include <cstdio>
#include <string>
#include <string_view>

#include "claimcheck/corpus/load.hpp"
#include "detail.hpp"

namespace claimcheck::corpus {
namespace detail {
namespace {

unsigned char byte_at(std::string_view bytes, std::size_t pos) {
  return static_cast<unsigned char>(bytes[pos]);
}

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
  return buffer;
}

}  // namespace

Utf8Step next_utf8(std::string_view bytes, std::size_t pos) {
  unsigned char const lead = byte_at(bytes, pos);
  if (lead < 0x80)
    return {1, Utf8Problem::kNone};
  if (lead < 0xC0)
    return {1, Utf8Problem::kUnexpectedContinuation};
  if (lead < 0xC2)
    return {1, Utf8Problem::kOverlong};
  if (lead > 0xF4)
    return {1, lead <= 0xF7 ? Utf8Problem::kTooLarge : Utf8Problem::kInvalidByte};

  // Table 3-7 of the Unicode standard: the second byte's range depends on the
  // lead byte; that is what rules out overlongs, surrogates and > U+10FFFF.
  std::size_t continuation_count = 1;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  if (lead >= 0xF0) {
    continuation_count = 3;
    if (lead == 0xF0)
      second_low = 0x90;
    if (lead == 0xF4)
      second_high = 0x8F;
  } else if (lead >= 0xE0) {
    continuation_count = 2;
    if (lead == 0xE0)
      second_low = 0xA0;
    if (lead == 0xED)
      second_high = 0x9F;
  }

  for (std::size_t k = 1; k <= continuation_count; ++k) {
    if (pos + k >= bytes.size())
      return {k, Utf8Problem::kTruncated};
    unsigned char const next = byte_at(bytes, pos + k);
    unsigned char const low = k == 1 ? second_low : 0x80;
    unsigned char const high = k == 1 ? second_high : 0xBF;
    if (next >= low && next <= high)
      continue;
    if (k == 1 && next >= 0x80 && next <= 0xBF) {
      // A continuation byte, but outside the range this lead allows.
      if (lead == 0xE0 || lead == 0xF0)
        return {1, Utf8Problem::kOverlong};
      if (lead == 0xED)
        return {1, Utf8Problem::kSurrogate};
      return {1, Utf8Problem::kTooLarge};
    }
    return {k, Utf8Problem::kTruncated};
  }
  return {continuation_count + 1, Utf8Problem::kNone};
}

std::string describe_utf8_problem(std::string_view bytes, std::size_t pos, Utf8Step step) {
  std::string const byte = hex_byte(byte_at(bytes, pos));
  switch (step.problem) {
    case Utf8Problem::kNone:
      return "valid UTF-8";
    case Utf8Problem::kTruncated:
      return "truncated UTF-8 sequence starting with byte " + byte;
    case Utf8Problem::kUnexpectedContinuation:
      return "unexpected UTF-8 continuation byte " + byte;
    case Utf8Problem::kOverlong:
      return "overlong UTF-8 encoding starting with byte " + byte;
    case Utf8Problem::kSurrogate:
      return "UTF-8 encoded surrogate (U+D800..U+DFFF) starting with byte " + byte;
    case Utf8Problem::kTooLarge:
      return "UTF-8 sequence above U+10FFFF starting with byte " + byte;
    case Utf8Problem::kInvalidByte:
      return "byte " + byte + " never appears in UTF-8";
  }
  return "invalid UTF-8 byte " + byte;
}

LineColumn line_column(std::string_view bytes, std::size_t offset) {
  LineColumn where;
  std::size_t const end = offset < bytes.size() ? offset : bytes.size();
  for (std::size_t i = 0; i < end; ++i) {
    unsigned char const c = byte_at(bytes, i);
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

std::string replace_invalid_utf8(std::string_view bytes, std::size_t& replaced) {
  std::string out;
  out.reserve(bytes.size());
  replaced = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    Utf8Step const step = next_utf8(bytes, pos);
    if (step.problem == Utf8Problem::kNone) {
      out.append(bytes.substr(pos, step.length));
    } else {
      out.append("\xEF\xBF\xBD");
      ++replaced;
    }
    pos += step.length;
  }
  return out;
}

}  // namespace detail

std::size_t find_invalid_utf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    detail::Utf8Step const step = detail::next_utf8(bytes, pos);
    if (step.problem != detail::Utf8Problem::kNone)
      return pos;
    pos += step.length;
  }
  return std::string_view::npos;
}

}  // namespace claimcheck::corpus
