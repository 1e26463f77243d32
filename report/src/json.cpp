#include "claimcheck/report/json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace claimcheck::report {
namespace {

using nlohmann::json;

json number_or_null(double value) { return std::isfinite(value) ? json(value) : json(nullptr); }

json period_json(std::optional<grammar::Period> const& period) {
  if (!period) return nullptr;
  return {{"label", period->label},
          {"start", period->start.empty() ? json(nullptr) : json(period->start)},
          {"end", period->end.empty() ? json(nullptr) : json(period->end)},
          {"granularity", grammar::to_string(period->granularity)}};
}

json quantity_json(grammar::Quantity const& q) {
  json out = {{"kind", grammar::to_string(q.kind)},
              {"value", number_or_null(q.value)},
              {"low", number_or_null(q.low)},
              {"high", number_or_null(q.high)},
              {"unit", q.unit.empty() ? json(nullptr) : json(q.unit)},
              {"scale", q.scale.empty() ? json(nullptr) : json(q.scale)},
              {"hedge", grammar::to_string(q.hedge)}};
  if (q.numerator) out["numerator"] = *q.numerator;
  if (q.denominator) out["denominator"] = *q.denominator;
  if (!q.per.empty()) out["per"] = q.per;
  return out;
}

json optional_string(std::string const& s) { return s.empty() ? json(nullptr) : json(s); }

json claim_object(extractor::Claim const& c) {
  json change = nullptr;
  if (c.change) {
    change = {{"direction", optional_string(c.change->direction)},
              {"relative", c.change->relative},
              {"from", c.change->from ? json(*c.change->from) : json(nullptr)},
              {"to", c.change->to ? json(*c.change->to) : json(nullptr)}};
  }
  json metric = nullptr;
  if (c.metric) {
    metric = {{"key", c.metric->key}, {"phrase", c.metric->phrase}, {"source", c.metric->source}};
  }
  return {{"id", c.id},
          {"doc", c.doc},
          {"section", extractor::to_string(c.section)},
          {"text", c.text},
          {"span", {c.span.begin, c.span.end}},
          {"sentence", c.sentence},
          {"sentence_span", {c.sentence_span.begin, c.sentence_span.end}},
          {"quantity", quantity_json(c.quantity)},
          {"change", change},
          {"metric", metric},
          {"population", optional_string(c.population)},
          {"geography", optional_string(c.geography)},
          {"time",
           {{"baseline", period_json(c.time.baseline)},
            {"end", period_json(c.time.end)},
            {"at", period_json(c.time.at)}}},
          {"speaker", optional_string(c.speaker)},
          {"confidence", c.confidence}};
}

json document_object(corpus::Document const& d) {
  return {{"id", d.id},
          {"title", optional_string(d.title)},
          {"publisher", optional_string(d.publisher)},
          {"date", optional_string(d.date)},
          {"kind", corpus::to_string(d.kind)},
          {"url", optional_string(d.url)},
          {"parent", optional_string(d.parent)},
          {"path", optional_string(d.path)}};
}

// dump() throws on invalid UTF-8 unless told to replace; we never throw.
std::string dump(json const& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string claim_json_line(extractor::Claim const& claim) { return dump(claim_object(claim), -1); }

std::string extraction_json(std::vector<corpus::Document> const& documents,
                            std::vector<extractor::Claim> const& claims) {
  json out = {{"documents", json::array()}, {"claims", json::array()}};
  for (auto const& d : documents) out["documents"].push_back(document_object(d));
  for (auto const& c : claims) out["claims"].push_back(claim_object(c));
  return dump(out, 2);
}

}  // namespace claimcheck::report
