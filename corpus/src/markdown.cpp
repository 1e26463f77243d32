// Markdown: front matter as in plain text; the body stays the Markdown source,
// byte-for-byte. cmark (its C API) is used only to find the first heading for
// a title.
#include <cmark.h>
#include <string>
#include <string_view>
#include <utility>

#include "detail.hpp"

namespace claimcheck::corpus::detail {
namespace {

// Plain text of a heading: literals of its inline children, breaks as spaces.
std::string heading_text(cmark_node* heading) {
  std::string text;
  cmark_iter* iter = cmark_iter_new(heading);
  if (iter == nullptr)
    return text;
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER)
      continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (char const* literal = cmark_node_get_literal(node))
          text += literal;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return collapse_space(text);
}

}  // namespace

std::string markdown_title(std::string_view markdown) {
  std::string title;
  cmark_node* root = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
  if (root == nullptr)
    return title;
  cmark_iter* iter = cmark_iter_new(root);
  if (iter != nullptr) {
    cmark_event_type event;
    while (title.empty() && (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        title = heading_text(node);
      }
    }
    cmark_iter_free(iter);
  }
  cmark_node_free(root);
  return title;
}

Status parse_markdown(std::string_view name, std::string_view bytes, Loaded& loaded) {
  bool has_title = false;
  Result<Document> document = read_text_document(name, bytes, has_title);
  if (!document.ok())
    return document.status();
  Document& doc = document.value();
  if (!has_title)
    doc.title = markdown_title(doc.text);
  loaded.documents.push_back(std::move(doc));
  return Status::Ok();
}

}  // namespace claimcheck::corpus::detail
