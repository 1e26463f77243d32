// HTML: gumbo parses (and decodes character references); we keep the visible
// text of <body>. Block-level elements end a line; nothing else is collapsed.
// The tree is walked with an explicit stack so that deeply nested input cannot
// exhaust the call stack.
#include <gumbo.h>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail.hpp"

namespace claimcheck::corpus::detail {
namespace {

bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

bool ends_with_newline(std::string const& text) {
  return !text.empty() && text.back() == '\n';
}

// The concatenated text children of an element (for <title>).
std::string child_text(GumboNode const* node) {
  std::string text;
  GumboVector const& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto const* child = static_cast<GumboNode const*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      text += child->v.text.text;
    }
  }
  return text;
}

std::string_view attribute(GumboNode const* node, char const* name) {
  GumboAttribute const* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr || attr->value == nullptr ? std::string_view() : attr->value;
}

bool is_element(GumboNode const* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

struct HtmlMetadata {
  std::string title;
  std::string og_title;
  std::string published_time;
  std::string time_datetime;
  std::string site_name;
  std::string og_url;
  std::string og_type;
  GumboNode const* body = nullptr;
};

// One pass over the whole tree for <title>, <meta>, the first <time> and <body>.
HtmlMetadata collect_metadata(GumboNode const* root) {
  HtmlMetadata meta;
  std::vector<GumboNode const*> stack{root};
  while (!stack.empty()) {
    GumboNode const* node = stack.back();
    stack.pop_back();
    if (!is_element(node) && node->type != GUMBO_NODE_DOCUMENT)
      continue;
    GumboVector const& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    if (is_element(node)) {
      GumboTag const tag = node->v.element.tag;
      if (tag == GUMBO_TAG_TITLE && meta.title.empty()) {
        meta.title = collapse_space(child_text(node));
      } else if (tag == GUMBO_TAG_META) {
        std::string_view key = attribute(node, "property");
        if (key.empty())
          key = attribute(node, "name");
        std::string_view const content = attribute(node, "content");
        auto set_once = [&](std::string& field) {
          if (field.empty())
            field = collapse_space(content);
        };
        if (key == "og:title")
          set_once(meta.og_title);
        if (key == "og:site_name")
          set_once(meta.site_name);
        if (key == "article:published_time")
          set_once(meta.published_time);
        if (key == "og:url")
          set_once(meta.og_url);
        if (key == "og:type")
          set_once(meta.og_type);
      } else if (tag == GUMBO_TAG_TIME && meta.time_datetime.empty()) {
        meta.time_datetime = std::string(attribute(node, "datetime"));
      } else if (tag == GUMBO_TAG_BODY && meta.body == nullptr) {
        meta.body = node;
      }
    }
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<GumboNode const*>(children.data[i - 1]));
    }
  }
  return meta;
}

std::string visible_text(GumboNode const* body) {
  std::string text;
  if (body == nullptr)
    return text;
  // (node, leaving): a node is pushed once to enter it and once to leave it.
  std::vector<std::pair<GumboNode const*, bool>> stack{{body, false}};
  while (!stack.empty()) {
    auto const [node, leaving] = stack.back();
    stack.pop_back();
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        text += node->v.text.text;
        continue;
      case GUMBO_NODE_WHITESPACE:
        // Indentation between blocks is not visible; spaces between inline elements are.
        if (!text.empty() && !ends_with_newline(text))
          text += node->v.text.text;
        continue;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        continue;  // comments, the document node
    }
    GumboTag const tag = node->v.element.tag;
    if (leaving) {
      if (tag == GUMBO_TAG_BR) {
        text += '\n';
      } else if (is_block(tag) && !text.empty() && !ends_with_newline(text)) {
        text += '\n';
      }
      continue;
    }
    if (node->type == GUMBO_NODE_TEMPLATE || is_skipped(tag))
      continue;
    if (is_block(tag) && tag != GUMBO_TAG_BR && !text.empty() && !ends_with_newline(text)) {
      text += '\n';  // "a<div>b</div>" -> "a\nb\n"
    } else if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && !text.empty() &&
               !ends_with_newline(text) && text.back() != '\t') {
      text += '\t';  // keep table cells apart: "2015" and "397,600" are two numbers
    }
    stack.push_back({node, true});
    GumboVector const& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<GumboNode const*>(children.data[i - 1]), false});
    }
  }
  return text;
}

// gumbo's tree construction is quadratic in nesting depth (measured: 10,000
// nested <span>s take 2.5 s, 20,000 take 13 s), so hostile input could stall a
// run. A cheap tag scan estimates the depth first: start tags of elements that
// need an end tag, minus end tags. Void and implicitly closed elements (p, li,
// td, ...) are not counted, and raw-text elements and comments are skipped, so
// real pages (a few dozen levels) stay far below the limit.
constexpr std::size_t kMaxNesting = 4096;

bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string lower_name(std::string_view bytes, std::size_t& pos) {
  std::string name;
  while (pos < bytes.size() &&
         (is_ascii_alpha(bytes[pos]) || (bytes[pos] >= '0' && bytes[pos] <= '9'))) {
    char c = bytes[pos++];
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    name += c;
  }
  return name;
}

bool is_uncounted(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base",  "br",       "col",     "embed", "hr",    "img",    "input",    "link",
      "meta", "param", "source",   "track",   "wbr",   "p",     "li",     "dt",       "dd",
      "tr",   "td",    "th",       "thead",   "tbody", "tfoot", "option", "optgroup", "rb",
      "rt",   "rp",    "colgroup", "caption", "html",  "head",  "body"};
  for (std::string_view known : kNames) {
    if (name == known)
      return true;
  }
  return false;
}

// The byte offset where the estimated depth first exceeds kMaxNesting; npos if never.
std::size_t too_deep_at(std::string_view bytes) {
  std::size_t depth = 0;
  std::size_t pos = 0;
  while ((pos = bytes.find('<', pos)) != std::string_view::npos) {
    std::size_t const tag_start = pos++;
    if (bytes.substr(tag_start, 4) == "<!--") {
      std::size_t const end = bytes.find("-->", tag_start + 4);
      if (end == std::string_view::npos)
        break;
      pos = end + 3;
      continue;
    }
    bool const closing = pos < bytes.size() && bytes[pos] == '/';
    if (closing)
      ++pos;
    if (pos >= bytes.size() || !is_ascii_alpha(bytes[pos]))
      continue;
    std::string const name = lower_name(bytes, pos);
    std::size_t const end = bytes.find('>', pos);
    if (end == std::string_view::npos)
      break;
    pos = end + 1;
    if (closing) {
      if (!is_uncounted(name) && depth > 0)
        --depth;
      continue;
    }
    if (name == "script" || name == "style" || name == "textarea" || name == "title" ||
        name == "xmp" || name == "plaintext") {
      // Raw text: skip to the matching end tag, whatever it contains.
      std::size_t next = pos;
      while ((next = bytes.find("</", next)) != std::string_view::npos) {
        std::size_t name_pos = next + 2;
        if (lower_name(bytes, name_pos) == name)
          break;
        next += 2;
      }
      if (next == std::string_view::npos)
        break;
      pos = next;
      continue;
    }
    if (bytes[end - 1] == '/' || is_uncounted(name))
      continue;
    if (++depth > kMaxNesting)
      return tag_start;
  }
  return std::string_view::npos;
}

}  // namespace

Status parse_html(std::string_view name, std::string_view bytes, Loaded& loaded) {
  if (std::size_t const at = too_deep_at(bytes); at != std::string_view::npos) {
    LineColumn const where = line_column(bytes, at);
    return Status::Error(Code::kHtml,
                         "elements nested more than " + std::to_string(kMaxNesting) +
                             " deep; refused (the HTML parser slows down quadratically)",
                         std::string(name), where.line, where.column, at);
  }
  auto destroy = [](GumboOutput* output) { gumbo_destroy_output(&kGumboDefaultOptions, output); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()), destroy);
  if (output == nullptr || output->document == nullptr) {
    return Status::Error(Code::kHtml, "the HTML parser returned no document", std::string(name));
  }
  HtmlMetadata const meta = collect_metadata(output->document);

  Document document;
  document.path = std::string(name);
  document.id = id_from_name(name);
  document.title = meta.title.empty() ? meta.og_title : meta.title;
  document.publisher = meta.site_name;
  document.date = iso_date_prefix(meta.published_time);
  if (document.date.empty())
    document.date = iso_date_prefix(meta.time_datetime);
  document.url = meta.og_url;
  if (meta.og_type == "article")
    document.kind = DocumentKind::kArticle;
  document.text = visible_text(meta.body);

  loaded.documents.push_back(std::move(document));
  return Status::Ok();
}

}  // namespace claimcheck::corpus::detail
