#include "claimcheck/report/findings.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "claimcheck/report/json.hpp"
#include "lookup.hpp"

namespace claimcheck::report {
namespace {

using nlohmann::json;

json number_or_null(double v) {
  return std::isfinite(v) ? json(v) : json(nullptr);
}

json quantity_json(grammar::Quantity const& q) {
  json out = {{"kind", grammar::to_string(q.kind)},
              {"value", number_or_null(q.value)},
              {"low", number_or_null(q.low)},
              {"high", number_or_null(q.high)},
              {"unit", q.unit.empty() ? json(nullptr) : json(q.unit)},
              {"hedge", grammar::to_string(q.hedge)}};
  if (q.numerator)
    out["numerator"] = *q.numerator;
  if (q.denominator)
    out["denominator"] = *q.denominator;
  return out;
}

json finding_json(checker::Finding const& f, detail::Lookup const& lookup) {
  json claims = json::array();
  for (auto const& c : f.claims) {
    extractor::Claim const* claim = lookup.claim(c.claim);
    claims.push_back({{"claim", c.claim.empty() ? json(nullptr) : json(c.claim)},
                      {"doc", c.doc},
                      {"text", c.text},
                      {"sentence", lookup.sentence(c)},
                      {"span", {c.span.begin, c.span.end}},
                      {"quantity", claim ? quantity_json(claim->quantity) : json(nullptr)}});
  }
  json out = {{"id", f.id},
              {"rule", f.rule},
              {"verdict", f.verdict},
              {"severity", f.severity},
              {"metric", f.metric.empty() ? json(nullptr) : json(f.metric)},
              {"message", f.message},
              {"explanation", f.explanation},
              {"claims", claims},
              {"reference", nullptr}};
  if (f.reference) {
    json values = json::object();
    for (auto const& [period, value] : f.reference->values)
      values[period] = value;
    out["reference"] = {
        {"series", f.reference->series}, {"source", f.reference->source}, {"values", values}};
  }
  return out;
}

std::string flatten(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t')
      c = ' ';
  }
  return s;
}

}  // namespace

std::string check_json(std::vector<corpus::Document> const& documents,
                       std::vector<extractor::Claim> const& claims,
                       std::vector<checker::Finding> const& findings) {
  json out = json::parse(extraction_json(documents, claims));
  detail::Lookup const lookup(documents, claims);
  out["findings"] = json::array();
  for (auto const& f : findings)
    out["findings"].push_back(finding_json(f, lookup));
  return out.dump(2, ' ', false, json::error_handler_t::replace);
}

std::string check_text(std::vector<corpus::Document> const& documents,
                       std::vector<extractor::Claim> const& claims,
                       std::vector<checker::Finding> const& findings) {
  detail::Lookup const lookup(documents, claims);
  auto source = [&](std::string const& id) { return lookup.source(id); };
  std::string out;
  int shown = 0;
  for (std::string severity : {"error", "warning"}) {
    for (auto const& f : findings) {
      if (f.severity != severity)
        continue;
      ++shown;
      out += "[" + f.severity + "] " + f.rule + " (" + f.verdict + "): " + f.message + "\n";
      out += "  " + flatten(f.explanation) + "\n";
      // Figures of one sentence ("from 2,840 to 1,760, a drop of 62%") quote it once.
      std::vector<std::pair<std::string, std::string_view>> quoted;
      for (auto const& c : f.claims) {
        std::pair<std::string, std::string_view> const where{c.doc, lookup.sentence(c)};
        if (std::find(quoted.begin(), quoted.end(), where) != quoted.end())
          continue;
        quoted.push_back(where);
        out += "  - \"" + flatten(std::string(where.second)) + "\" (" + source(c.doc) + ")\n";
      }
      out += "\n";
    }
  }
  int quiet = 0;
  std::string summary;
  for (auto const& f : findings) {
    if (f.severity != "info")
      continue;
    ++quiet;
    summary += "  " + f.rule + " (" + f.verdict + "): " + f.message + "\n";
  }
  out += std::to_string(shown) + " finding(s) to look at; " + std::to_string(quiet) +
         " check(s) that raised nothing (consistent, supported or unverifiable):\n" + summary;
  return out;
}

}  // namespace claimcheck::report
