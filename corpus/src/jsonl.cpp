// JSON Lines: one {"id", "text", ...metadata} object a line. Each record is
// parsed without exceptions (parse(..., nullptr, false) + is_discarded()).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "detail.hpp"

namespace claimcheck::corpus::detail {
namespace {

using nlohmann::json;

Status error(std::string_view name, std::size_t line, std::size_t offset, std::string message) {
  return Status::Error(Code::kJsonl, std::move(message), std::string(name), line, 0, offset);
}

// Reads an optional string member into `out`; null counts as absent.
bool optional_string(json const& record, char const* key, std::string& out) {
  auto const it = record.find(key);
  if (it == record.end() || it->is_null())
    return true;
  if (!it->is_string())
    return false;
  out = it->get<std::string>();
  return true;
}

}  // namespace

Status parse_jsonl(std::string_view name, std::string_view bytes, Loaded& loaded) {
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t const line_start = pos;
    std::size_t const newline = bytes.find('\n', pos);
    std::size_t const end = newline == std::string_view::npos ? bytes.size() : newline;
    std::string_view line = bytes.substr(pos, end - pos);
    pos = newline == std::string_view::npos ? bytes.size() : newline + 1;
    ++line_number;
    if (trim(line).empty())
      continue;

    json record = json::parse(line, nullptr, false);
    if (record.is_discarded())
      return error(name, line_number, line_start, "not valid JSON");
    if (!record.is_object()) {
      return error(name, line_number, line_start,
                   std::string("expected a JSON object, got ") + record.type_name());
    }

    Document document;
    document.path = std::string(name);
    document.body_line = line_number;
    for (char const* required : {"id", "text"}) {
      auto const it = record.find(required);
      if (it == record.end() || !it->is_string()) {
        return error(name, line_number, line_start,
                     std::string("record needs a string \"") + required + "\"");
      }
    }
    document.id = record["id"].get<std::string>();
    document.text = record["text"].get<std::string>();
    if (document.id.empty())
      return error(name, line_number, line_start, "\"id\" is empty");

    std::string kind;
    struct Field {
      char const* key;
      std::string* out;
    };
    for (Field field : {Field{"title", &document.title}, Field{"publisher", &document.publisher},
                        Field{"date", &document.date}, Field{"kind", &kind},
                        Field{"url", &document.url}, Field{"parent", &document.parent}}) {
      if (!optional_string(record, field.key, *field.out)) {
        return error(name, line_number, line_start,
                     std::string("\"") + field.key + "\" must be a string");
      }
    }
    if (!document.date.empty() && !is_iso_date(document.date)) {
      return error(
          name, line_number, line_start,
          "\"date\" '" + document.date + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    if (!kind.empty()) {
      auto const parsed = parse_document_kind(kind);
      if (!parsed) {
        return error(name, line_number, line_start,
                     "\"kind\" '" + kind + "' is not one of article, report, blog, comment");
      }
      document.kind = *parsed;
    }
    loaded.documents.push_back(std::move(document));
  }
  return Status::Ok();
}

}  // namespace claimcheck::corpus::detail
