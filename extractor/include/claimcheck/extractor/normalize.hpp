// Text normalisation, the extractor's first step: ICU NFKC plus folding of
// curly quotes, dashes and no-break/thin spaces, with an OffsetMap back to the
// original bytes. Everything downstream works on NormalizedText offsets; only
// the report boundary maps them back, so every span a user sees is a byte
// range of what they gave.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::extractor {

/// A byte range [begin, end).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(Span const&) const = default;
};

/// Maps byte offsets of normalised text to byte offsets of the original.
/// Unchanged stretches map one to one; a changed stretch (a curly quote that
/// became ', a ligature that became two letters) maps as a whole, so a span
/// never starts or ends inside a character the user wrote.
class OffsetMap {
 public:
  struct Segment {
    std::size_t normalized_begin, normalized_end;
    std::size_t original_begin, original_end;
  };
  OffsetMap() = default;
  explicit OffsetMap(std::vector<Segment> changed, std::size_t normalized_size,
                     std::size_t original_size);

  /// Where a span starting at `offset` of the normalised text starts in the original.
  std::size_t to_original_begin(std::size_t offset) const;
  /// Where a span ending at `offset` (exclusive) ends in the original.
  std::size_t to_original_end(std::size_t offset) const;
  Span to_original(Span span) const {
    return {to_original_begin(span.begin), to_original_end(span.end)};
  }
  bool identity() const { return changed_.empty(); }

 private:
  // The last changed segment that starts at or before `offset`, or null.
  Segment const* changed_at_or_before(std::size_t offset) const;

  std::vector<Segment> changed_;  // sorted, disjoint
  std::size_t normalized_size_ = 0;
  std::size_t original_size_ = 0;
};

struct NormalizedText {
  std::string text;   // NFKC, quotes/dashes/spaces folded; valid UTF-8
  std::string lower;  // `text` with ASCII letters lower-cased: same bytes, same offsets
  OffsetMap map;
};

/// Normalises valid UTF-8 (the loader has validated it). Pure ASCII input is
/// copied with an identity map, which is the common case for news text.
///   normalize("It’s 16 per cent") -> text "It's 16 per cent", map: 4 -> 6
NormalizedText normalize(std::string_view original);

}  // namespace claimcheck::extractor
