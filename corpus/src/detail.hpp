// Internals of the corpus loaders, shared between the src/*.cpp files. Nothing
// here is part of the public API.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/load.hpp"
#include "claimcheck/corpus/status.hpp"

namespace claimcheck::corpus::detail {

// --- UTF-8 (utf8.cpp) ---

enum class Utf8Problem {
  kNone,
  kTruncated,               // a lead byte not followed by enough continuation bytes
  kUnexpectedContinuation,  // 0x80..0xBF where a character should start
  kOverlong,                // C0, C1, E0 80..9F, F0 80..8F
  kSurrogate,               // ED A0..BF: U+D800..U+DFFF
  kTooLarge,                // F4 90..BF, F5..F7: above U+10FFFF
  kInvalidByte,             // F8..FF never appear in UTF-8
};

/// One step of strict UTF-8 decoding at `bytes[pos]` (pos < size). For a valid
/// character `length` is its byte length; for an invalid one it is the length
/// of the maximal subpart (Unicode 15, §3.9), at least 1, so replacing each
/// step by U+FFFD follows the W3C/WHATWG practice.
struct Utf8Step {
  std::size_t length = 1;
  Utf8Problem problem = Utf8Problem::kNone;
};
Utf8Step next_utf8(std::string_view bytes, std::size_t pos);

/// "truncated UTF-8 sequence starting with byte 0xE2" and the like.
std::string describe_utf8_problem(std::string_view bytes, std::size_t pos, Utf8Step step);

/// 1-based line and column of byte `offset`; the column counts code points and
/// assumes the bytes before `offset` on its line are valid UTF-8.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};
LineColumn line_column(std::string_view bytes, std::size_t offset);

/// `bytes` with every invalid sequence replaced by U+FFFD; `replaced` counts them.
std::string replace_invalid_utf8(std::string_view bytes, std::size_t& replaced);

// --- metadata (document.cpp) ---

/// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" naming a real calendar date.
bool is_iso_date(std::string_view text);
/// The longest leading part of `text` that is an ISO date ("2016-06-29T10:00Z"
/// -> "2016-06-29"); empty if none.
std::string iso_date_prefix(std::string_view text);
/// Trims ASCII white space at both ends.
std::string_view trim(std::string_view text);
/// Trims and folds every run of white space to one space (titles from markup).
std::string collapse_space(std::string_view text);
/// The id a document without one gets: the file name stem ("-" -> "stdin").
std::string id_from_name(std::string_view name);

// --- front matter (front_matter.cpp) ---

/// The `---` block at the head of a text or Markdown file. Fields it sets are
/// written into `document`; `body_offset`/`body_line` locate the body.
struct FrontMatter {
  bool present = false;
  bool has_title = false;
  std::size_t body_offset = 0;
  std::size_t body_line = 1;
};
Result<FrontMatter> parse_front_matter(std::string_view name, std::string_view bytes,
                                       Document& document);
/// A text or Markdown document: front matter applied, body byte-for-byte, id
/// from `name` when none is given. `has_title` tells whether the front matter
/// set a title.
Result<Document> read_text_document(std::string_view name, std::string_view bytes, bool& has_title);

// --- formats (text.cpp, markdown.cpp, html.cpp, jsonl.cpp) ---

Status parse_text(std::string_view name, std::string_view bytes, Loaded& loaded);
Status parse_markdown(std::string_view name, std::string_view bytes, Loaded& loaded);
Status parse_html(std::string_view name, std::string_view bytes, Loaded& loaded);
Status parse_jsonl(std::string_view name, std::string_view bytes, Loaded& loaded);

/// The first heading of a Markdown text, as plain text; empty if none.
std::string markdown_title(std::string_view markdown);

/// kAuto resolved from the extension of `name`.
InputFormat format_for_name(std::string_view name);

}  // namespace claimcheck::corpus::detail
