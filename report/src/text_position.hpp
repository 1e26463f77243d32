// Lines and columns of byte offsets in a document's text, for reports that
// point into files (SARIF) rather than quote them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::report::detail {

struct LineColumn {
  std::size_t line;    // 1-based, in the text
  std::size_t column;  // 1-based, in Unicode code points
};

class TextPositions {
 public:
  explicit TextPositions(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n')
        line_starts_.push_back(i + 1);
    }
  }

  /// Where byte `offset` is (clamped to the text's end).
  LineColumn at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto const after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t const line = static_cast<std::size_t>(after - line_starts_.begin());
    std::size_t column = 1;
    for (std::size_t i = line_starts_[line - 1]; i < offset; ++i) {
      // UTF-8 continuation bytes (10xxxxxx) do not start a code point.
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
        ++column;
    }
    return {line, column};
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace claimcheck::report::detail
