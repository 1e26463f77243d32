// Plain text: an optional front-matter block, then the body kept byte-for-byte,
// so every span later stages report is a byte range of what the user wrote.
#include <string_view>
#include <utility>

#include "detail.hpp"

namespace claimcheck::corpus::detail {

Status parse_text(std::string_view name, std::string_view bytes, Loaded& loaded) {
  bool has_title = false;
  Result<Document> document = read_text_document(name, bytes, has_title);
  if (!document.ok())
    return document.status();
  loaded.documents.push_back(std::move(document).value());
  return Status::Ok();
}

}  // namespace claimcheck::corpus::detail
