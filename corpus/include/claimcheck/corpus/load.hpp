// Loading documents: plain text with an optional `---` front-matter block,
// Markdown (cmark), HTML (gumbo) and JSON Lines. Input bytes are validated as
// UTF-8 before anything else looks at them; nothing the user gave is modified.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/status.hpp"

namespace claimcheck::corpus {

enum class InputFormat {
  kAuto,  // by extension: .jsonl -> JSON Lines, .md -> Markdown, .html/.htm -> HTML, else text
  kText,  // UTF-8 text with optional front matter
  kMarkdown,
  kHtml,
  kJsonl,  // one {"id", "text", optional metadata} object a line
};

/// "text", "markdown"/"md", "html", "jsonl", "auto"; nullopt otherwise.
std::optional<InputFormat> parse_input_format(std::string_view word);

struct LoadOptions {
  InputFormat format = InputFormat::kAuto;
  /// Replace invalid UTF-8 with U+FFFD (and add a warning) instead of failing.
  bool lenient = false;
};

/// Documents and the warnings met while loading them (e.g. replaced bytes).
struct Loaded {
  std::vector<Document> documents;
  std::vector<Status> warnings;
};

/// Gives every document with a `parent` among `documents` that parent's date
/// as `parent_date`, so a reader comment without a date of its own resolves
/// "in five years" or "last year" against its article's. load_directory does
/// it for the documents it loads; call it again after merging loads.
void inherit_parent_dates(std::vector<Document>& documents);

/// The first invalid UTF-8 sequence in `bytes`, as a byte offset; npos if valid.
std::size_t find_invalid_utf8(std::string_view bytes);

/// Parses `bytes` (the contents of `name`) into documents. `name` is used in
/// messages, to pick the format under kAuto, and to derive an id when the
/// front matter gives none (its stem; "stdin" for "-").
/// Errors: kBinary (NUL in the first KB), kBadUtf8 (unless lenient),
/// kFrontMatter, kJsonl, kHtml (also: elements nested over 4096 deep) — each
/// naming `name`, line and column (1-based; the column counts code points) and
/// the byte offset. Text and Markdown give one document whose `text` is the
/// body after the front matter, byte for byte (an empty file gives one empty
/// document); HTML gives one document of visible body text; JSON Lines one
/// document per non-blank line. Never throws.
///   auto loaded = parse_documents("a.txt", "---\nid: a\nkind: blog\n---\nUp 16%.");
Result<Loaded> parse_documents(std::string_view name, std::string_view bytes,
                               LoadOptions const& options = {});

/// Reads a file ("-" is standard input) and parses it as parse_documents does.
Result<Loaded> load_file(std::string const& path, LoadOptions const& options = {});

/// Every document file below `dir` (recursively, sorted by path): *.txt, *.md,
/// *.markdown, *.html, *.htm, *.jsonl. Reference series and lexicons are not
/// documents; neither are README.* files nor hidden files and directories
/// (names starting with '.'). The first file that fails to load is the error.
Result<Loaded> load_directory(std::string const& dir, LoadOptions const& options = {});

/// The bundled corpus directory: $CLAIMCHECK_DATA/documents if set, else the
/// installed or source-tree corpus/data/documents.
std::string bundled_corpus_dir();
/// The bundled data root (documents/, lexicons/, reference/).
std::string bundled_data_dir();

}  // namespace claimcheck::corpus
