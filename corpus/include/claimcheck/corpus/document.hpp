// The Document model: the first stage of the pipeline
// (corpus -> extractor -> checker -> report). A Document is one text as its
// author wrote it plus the metadata from its front matter; every span the rest
// of the pipeline reports is a byte range of `text`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/corpus/status.hpp"

namespace claimcheck::corpus {

/// What kind of text a document is. Comments are audited differently.
enum class DocumentKind { kArticle, kReport, kBlog, kComment, kUnknown };

std::string_view to_string(DocumentKind kind);
/// "article" -> kArticle; nullopt for an unknown word.
std::optional<DocumentKind> parse_document_kind(std::string_view word);

struct Document {
  std::string id;  // unique within a corpus, e.g. "cypnow-2017-03-28"
  std::string title;
  std::string publisher;
  std::string date;  // ISO, full or partial: "2016-06-29", "2016-06", "2016"
  DocumentKind kind = DocumentKind::kUnknown;
  std::string url;
  std::string parent;         // for comments: the id of the article they sit under
  std::string parent_date;    // `parent`'s date, when loaded with it (inherit_parent_dates)
  std::string path;           // where it was loaded from ("-" for stdin), for messages
  std::size_t body_line = 1;  // 1-based line of `path` where `text` starts
  // Where `text` starts in the bytes of `path`, when `text` is a verbatim
  // slice of the file (plain text and Markdown); unset when it was extracted
  // (HTML's visible text, a JSON Lines record's decoded string), whose offsets
  // say nothing about the file.
  std::optional<std::size_t> body_offset;
  std::string text;  // the body, byte-for-byte as in the file (valid UTF-8)
};

}  // namespace claimcheck::corpus
