#include "claimcheck/report/sarif.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "lookup.hpp"
#include "text_position.hpp"

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.0"
#endif

namespace claimcheck::report {
namespace {

using json = nlohmann::ordered_json;

std::string_view level_of(std::string const& severity) {
  if (severity == "error")
    return "error";
  if (severity == "warning")
    return "warning";
  return "note";
}

// A path or id as a URI reference: RFC 3986 unreserved bytes and '/' kept,
// every other byte percent-encoded; an absolute path becomes a file:// URI.
std::string uri_of(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// FNV-1a, 64 bits, as hex: stable across runs, builds and machines.
std::string fingerprint(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4)
    out[static_cast<std::size_t>(i)] = kHex[h & 15];
  return out;
}

class SarifWriter {
 public:
  SarifWriter(std::vector<corpus::Document> const& documents,
              std::vector<extractor::Claim> const& claims)
      : lookup_(documents, claims) {}

  json result(checker::Finding const& f, std::map<std::string_view, std::size_t> const& rules) {
    json out = {{"ruleId", f.rule}};
    if (auto it = rules.find(f.rule); it != rules.end())
      out["ruleIndex"] = it->second;
    out["level"] = level_of(f.severity);
    out["message"] = {{"text", f.message + "\n\n" + f.explanation}};
    json related = json::array();
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
      json where = location(f.claims[i]);
      if (i == 0) {
        out["locations"] = json::array({where});
        continue;
      }
      where["id"] = i;
      where["message"] = {{"text", describe(f.claims[i])}};
      related.push_back(std::move(where));
    }
    if (!related.empty())
      out["relatedLocations"] = std::move(related);
    std::string identity = f.rule + '\n' + f.verdict + '\n' + f.metric;
    for (auto const& c : f.claims)
      identity += '\n' + c.doc + '\t' + c.text;
    out["partialFingerprints"] = {{"claimcheck/v1", fingerprint(identity)}};
    out["properties"] = {{"findingId", f.id}, {"verdict", f.verdict}, {"metric", f.metric}};
    return out;
  }

 private:
  // "16% (Title)"
  std::string describe(checker::FindingClaim const& c) const {
    corpus::Document const* d = lookup_.document(c.doc);
    std::string title = d && !d->title.empty() ? d->title : c.doc;
    return c.text + " (" + title + ")";
  }

  json location(checker::FindingClaim const& c) {
    corpus::Document const* d = lookup_.document(c.doc);
    bool const from_file = d && !d->path.empty() && d->path != "-";
    json physical = {{"artifactLocation", {{"uri", uri_of(from_file ? d->path : c.doc)}}}};
    if (!d) {
      return {{"physicalLocation", std::move(physical)}};
    }
    json region;
    if (from_file && !d->body_offset) {
      // The text was extracted from the file (HTML, a JSON Lines record) or
      // repaired: its offsets are not the file's. Only the line it starts on is.
      region = {{"startLine", d->body_line}};
    } else {
      detail::TextPositions const& text = positions(*d);
      detail::LineColumn const start = text.at(c.span.begin);
      detail::LineColumn const end = text.at(c.span.end);
      // Lines count from where the body starts in the file (after front matter).
      std::size_t const first = from_file ? d->body_line - 1 : 0;
      region = {{"startLine", first + start.line},
                {"startColumn", start.column},
                {"endLine", first + end.line},
                {"endColumn", end.column}};
      if (from_file) {
        region["byteOffset"] = *d->body_offset + c.span.begin;
        region["byteLength"] = c.span.size();
      }
    }
    if (c.span.begin <= c.span.end && c.span.end <= d->text.size())
      region["snippet"] = {{"text", d->text.substr(c.span.begin, c.span.size())}};
    physical["region"] = std::move(region);
    return {{"physicalLocation", std::move(physical)}};
  }

  detail::TextPositions const& positions(corpus::Document const& d) {
    auto& cached = positions_[&d];
    if (!cached)
      cached = std::make_unique<detail::TextPositions>(d.text);
    return *cached;
  }

  detail::Lookup lookup_;
  std::map<corpus::Document const*, std::unique_ptr<detail::TextPositions>> positions_;
};

json driver() {
  json rules = json::array();
  for (checker::RuleInfo const& r : checker::rules()) {
    rules.push_back({{"id", r.id},
                     {"name", r.id},
                     {"shortDescription", {{"text", r.summary}}},
                     {"fullDescription", {{"text", r.help}}},
                     {"help", {{"text", r.help}}}});
  }
  return {{"name", "claimcheck"},
          {"version", CLAIMCHECK_VERSION},
          {"semanticVersion", CLAIMCHECK_VERSION ".0"},
          {"rules", std::move(rules)}};
}

}  // namespace

std::string check_sarif(std::vector<corpus::Document> const& documents,
                        std::vector<extractor::Claim> const& claims,
                        std::vector<checker::Finding> const& findings) {
  std::map<std::string_view, std::size_t> rule_index;
  auto const rules = checker::rules();
  for (std::size_t i = 0; i < rules.size(); ++i)
    rule_index[rules[i].id] = i;
  SarifWriter writer(documents, claims);
  json results = json::array();
  for (auto const& f : findings)
    results.push_back(writer.result(f, rule_index));
  json run = {{"tool", {{"driver", driver()}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(run)})}};
  return log.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace claimcheck::report
