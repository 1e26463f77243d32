// The `---` front-matter block: a deliberately small subset of YAML, one
// `key: value` a line, so that a document's metadata can be written by hand
// and every mistake in it is reported with its line.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "detail.hpp"

namespace claimcheck::corpus::detail {
namespace {

constexpr std::string_view kKnownKeys = "id, title, publisher, date, kind, url, parent";

// One line without its terminator ("\n" or "\r\n").
struct Line {
  std::string_view text;
  std::size_t next = 0;  // offset just past the terminator
};

Line line_at(std::string_view bytes, std::size_t pos) {
  std::size_t const newline = bytes.find('\n', pos);
  std::size_t const end = newline == std::string_view::npos ? bytes.size() : newline;
  std::string_view text = bytes.substr(pos, end - pos);
  if (!text.empty() && text.back() == '\r')
    text.remove_suffix(1);
  return {text, newline == std::string_view::npos ? bytes.size() : newline + 1};
}

bool is_fence(std::string_view line) {
  return trim(line) == "---" && line.substr(0, 3) == "---";
}

Status error(std::string_view name, std::size_t line, std::string message) {
  return Status::Error(Code::kFrontMatter, std::move(message), std::string(name), line, 1);
}

// Strips double quotes; inside them \" and \\ are escapes.
bool unquote(std::string_view value, std::string& out) {
  out.clear();
  if (value.empty() || value.front() != '"') {
    out.assign(value);
    return true;
  }
  if (value.size() < 2 || value.back() != '"')
    return false;
  std::string_view const inner = value.substr(1, value.size() - 2);
  for (std::size_t i = 0; i < inner.size(); ++i) {
    char const c = inner[i];
    if (c == '\\') {
      // The last backslash escapes the closing quote: `"abc\"` is unterminated.
      if (i + 1 == inner.size())
        return false;
      if (inner[i + 1] == '"' || inner[i + 1] == '\\') {
        out += inner[++i];
        continue;
      }
    } else if (c == '"') {
      return false;  // an unescaped quote before the end: `"a" b"`
    }
    out += c;
  }
  return true;
}

}  // namespace

Result<FrontMatter> parse_front_matter(std::string_view name, std::string_view bytes,
                                       Document& document) {
  FrontMatter result;
  std::size_t pos = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
    pos = 3;  // a BOM before the opening fence
  Line const opening = line_at(bytes, pos);
  if (!is_fence(opening.text))
    return result;  // no front matter: the whole file is the body
  result.present = true;

  // Without a closing fence the "keys" below are body text: say what is wrong
  // rather than complaining about the first body line.
  bool closed = false;
  for (std::size_t scan = opening.next; scan < bytes.size() && !closed;) {
    Line const line = line_at(bytes, scan);
    closed = is_fence(line.text);
    scan = line.next;
  }
  if (!closed) {
    return error(name, 1, "front matter opened by '---' on line 1 is not closed by a '---' line");
  }

  std::vector<std::string_view> seen;  // keys already given
  std::size_t line_number = 1;
  pos = opening.next;
  while (pos < bytes.size()) {
    Line const line = line_at(bytes, pos);
    ++line_number;
    pos = line.next;
    std::string_view const content = trim(line.text);
    if (is_fence(line.text)) {
      result.body_offset = pos;
      result.body_line = line_number + 1;
      return result;
    }
    if (content.empty() || content.front() == '#')
      continue;

    std::size_t const colon = content.find(':');
    if (colon == std::string_view::npos) {
      return error(name, line_number,
                   "front matter: expected 'key: value', got '" + std::string(content) + "'");
    }
    std::string_view const key = trim(content.substr(0, colon));
    std::string value;
    if (!unquote(trim(content.substr(colon + 1)), value)) {
      return error(
          name, line_number,
          "front matter: unterminated or malformed quoted value for '" + std::string(key) + "'");
    }
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      return error(name, line_number, "front matter: duplicate key '" + std::string(key) + "'");
    }

    if (key == "id") {
      document.id = value;
    } else if (key == "title") {
      document.title = value;
      result.has_title = !value.empty();
    } else if (key == "publisher") {
      document.publisher = value;
    } else if (key == "date") {
      if (!value.empty() && !is_iso_date(value)) {
        return error(
            name, line_number,
            "front matter: date '" + value + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
      }
      document.date = value;
    } else if (key == "kind") {
      if (value.empty()) {
        document.kind = DocumentKind::kUnknown;
      } else if (auto kind = parse_document_kind(value)) {
        document.kind = *kind;
      } else {
        return error(
            name, line_number,
            "front matter: kind '" + value + "' is not one of article, report, blog, comment");
      }
    } else if (key == "url") {
      document.url = value;
    } else if (key == "parent") {
      document.parent = value;
    } else {
      return error(name, line_number,
                   "front matter: unknown key '" + std::string(key) +
                       "' (known: " + std::string(kKnownKeys) + ")");
    }
    seen.push_back(key);
  }
  return error(name, 1, "front matter is not closed");  // unreachable: `closed` was checked
}

Result<Document> read_text_document(std::string_view name, std::string_view bytes,
                                    bool& has_title) {
  Document document;
  document.path = std::string(name);
  Result<FrontMatter> front = parse_front_matter(name, bytes, document);
  if (!front.ok())
    return front.status();
  FrontMatter const& matter = front.value();
  has_title = matter.has_title;
  document.body_line = matter.body_line;
  document.body_offset = matter.body_offset;
  document.text = std::string(bytes.substr(matter.body_offset));
  if (document.id.empty())
    document.id = id_from_name(name);
  return document;
}

}  // namespace claimcheck::corpus::detail
