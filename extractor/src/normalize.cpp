#include "claimcheck/extractor/normalize.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimcheck::extractor {
namespace {

// The folds NFKC leaves alone but a reader does not distinguish.
char const* fold(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x00A0:
    case 0x2007:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2008:
      return " ";
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
      return "";  // zero-width and soft hyphen: invisible to a reader
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

// Where the run of ASCII bytes starting at `i` ends: eight bytes at a time,
// since most news text is ASCII between its quotation marks and dashes.
std::size_t ascii_run_end(std::string_view text, std::size_t i) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  while (i + 8 <= text.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    if (word & kHighBits)
      break;
    i += 8;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80)
    ++i;
  return i;
}

}  // namespace

OffsetMap::OffsetMap(std::vector<Segment> changed, std::size_t normalized_size,
                     std::size_t original_size)
    : changed_(std::move(changed)),
      normalized_size_(normalized_size),
      original_size_(original_size) {}

OffsetMap::Segment const* OffsetMap::changed_at_or_before(std::size_t offset) const {
  auto it =
      std::upper_bound(changed_.begin(), changed_.end(), offset,
                       [](std::size_t o, Segment const& s) { return o < s.normalized_begin; });
  return it == changed_.begin() ? nullptr : &*std::prev(it);
}

std::size_t OffsetMap::to_original_begin(std::size_t offset) const {
  Segment const* it = changed_at_or_before(offset);
  if (it == nullptr)
    return std::min(offset, original_size_);
  if (offset < it->normalized_end)
    return it->original_begin;
  return std::min(it->original_end + (offset - it->normalized_end), original_size_);
}

std::size_t OffsetMap::to_original_end(std::size_t offset) const {
  Segment const* it = changed_at_or_before(offset);
  if (it == nullptr)
    return std::min(offset, original_size_);
  if (offset == it->normalized_begin)
    return it->original_begin;
  if (offset <= it->normalized_end)
    return it->original_end;
  return std::min(it->original_end + (offset - it->normalized_end), original_size_);
}

NormalizedText normalize(std::string_view original) {
  NormalizedText out;
  bool const ascii = ascii_run_end(original, 0) == original.size();
  if (ascii) {
    out.text.assign(original);
    out.map = OffsetMap({}, original.size(), original.size());
  } else {
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2 const* nfkc = icu::Normalizer2::getNFKCInstance(status);
    std::vector<OffsetMap::Segment> changed;
    out.text.reserve(original.size());
    std::size_t i = 0;
    std::size_t const n = original.size();
    auto const* bytes = reinterpret_cast<uint8_t const*>(original.data());
    while (i < n) {
      if (bytes[i] < 0x80) {
        std::size_t const run_end = ascii_run_end(original, i);
        out.text.append(original.substr(i, run_end - i));
        i = run_end;
        continue;
      }
      std::size_t start = i;
      UChar32 c = 0;
      int32_t index = static_cast<int32_t>(i);
      U8_NEXT(bytes, index, static_cast<int32_t>(n), c);
      std::size_t const next = static_cast<std::size_t>(index);
      if (char const* folded = c >= 0 ? fold(c) : nullptr) {
        std::size_t const before = out.text.size();
        out.text += folded;
        changed.push_back({before, out.text.size(), start, next});
        i = next;
        continue;
      }
      // A run of other non-ASCII characters goes through NFKC as one piece, so
      // combining sequences inside it compose; a combining mark after an ASCII
      // letter ("cafe\u0301") takes the letter into the run.
      if (c >= 0 && u_getCombiningClass(c) != 0 && start > 0 && !out.text.empty() &&
          bytes[start - 1] < 0x80 && (changed.empty() || changed.back().original_end < start)) {
        --start;
        out.text.pop_back();
      }
      std::size_t end = next;
      while (end < n && bytes[end] >= 0x80) {
        int32_t peek = static_cast<int32_t>(end);
        UChar32 d = 0;
        U8_NEXT(bytes, peek, static_cast<int32_t>(n), d);
        if (d >= 0 && fold(d) != nullptr)
          break;
        end = static_cast<std::size_t>(peek);
      }
      std::string_view run = original.substr(start, end - start);
      std::string normalized;
      bool is_normalized =
          U_SUCCESS(status) &&
          nfkc->isNormalizedUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())),
                                 status);
      if (U_SUCCESS(status) && !is_normalized) {
        icu::StringByteSink<std::string> sink(&normalized);
        nfkc->normalizeUTF8(0, icu::StringPiece(run.data(), static_cast<int32_t>(run.size())), sink,
                            nullptr, status);
      }
      if (U_FAILURE(status) || is_normalized) {
        status = U_ZERO_ERROR;
        out.text.append(run);
      } else {
        std::size_t const before = out.text.size();
        out.text += normalized;
        changed.push_back({before, out.text.size(), start, end});
      }
      i = end;
    }
    out.map = OffsetMap(std::move(changed), out.text.size(), original.size());
  }
  out.lower = out.text;
  for (char& c : out.lower) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

}  // namespace claimcheck::extractor
