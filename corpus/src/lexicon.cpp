#include "claimcheck/corpus/lexicon.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::corpus {
namespace {

using nlohmann::json;

Status data_error(std::string_view name, std::string message) {
  return Status::Error(Code::kData, std::move(message), std::string(name));
}

bool read_strings(json const& j, char const* key, std::vector<std::string>& out) {
  auto it = j.find(key);
  if (it == j.end())
    return true;
  if (!it->is_array())
    return false;
  for (auto const& item : *it) {
    if (!item.is_string())
      return false;
    out.push_back(item.get<std::string>());
  }
  return true;
}

bool read_string(json const& j, char const* key, std::string& out) {
  auto it = j.find(key);
  if (it == j.end())
    return true;
  if (!it->is_string())
    return false;
  out = it->get<std::string>();
  return true;
}

bool read_labelled(json const& j, char const* key, std::vector<LabelledPattern>& out) {
  auto it = j.find(key);
  if (it == j.end())
    return true;
  if (!it->is_array())
    return false;
  for (auto const& item : *it) {
    if (!item.is_object() || !item.contains("pattern") || !item["pattern"].is_string()) {
      return false;
    }
    LabelledPattern p;
    p.pattern = item["pattern"].get<std::string>();
    if (!read_string(item, "label", p.label))
      return false;
    out.push_back(std::move(p));
  }
  return true;
}

}  // namespace

Status parse_lexicon(std::string_view name, std::string_view bytes, Lexicon& into) {
  json j = json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return data_error(name, "not a JSON object");
  std::string domain;
  read_string(j, "domain", domain);
  std::vector<std::string> cues;
  if (!read_strings(j, "document_cues", cues))
    return data_error(name, "\"document_cues\" must be an array of strings");
  if (!cues.empty()) {
    auto& of_domain = into.document_cues[domain];
    of_domain.insert(of_domain.end(), cues.begin(), cues.end());
  }
  if (auto it = j.find("metrics"); it != j.end()) {
    if (!it->is_array())
      return data_error(name, "\"metrics\" must be an array");
    for (auto const& m : *it) {
      LexiconMetric metric;
      metric.domain = domain;
      if (!m.is_object() || !read_string(m, "key", metric.key) || metric.key.empty()) {
        return data_error(name, "every metric needs a string \"key\"");
      }
      bool ok = read_string(m, "label", metric.label) &&
                read_string(m, "measure", metric.measure) &&
                read_strings(m, "aliases", metric.aliases) &&
                read_strings(m, "weak_aliases", metric.weak_aliases) &&
                read_string(m, "facet", metric.facet) && read_strings(m, "series", metric.series) &&
                read_string(m, "total_series", metric.total_series);
      if (!ok)
        return data_error(name, "metric \"" + metric.key + "\" has a field of the wrong type");
      into.metrics.push_back(std::move(metric));
    }
  }
  if (auto it = j.find("facets"); it != j.end()) {
    if (!it->is_object())
      return data_error(name, "\"facets\" must be an object");
    for (auto const& [facet, values] : it->items()) {
      if (!values.is_array())
        return data_error(name, "facet \"" + facet + "\" must be an array");
      for (auto const& v : values) {
        FacetValue fv;
        if (!v.is_object() || !read_string(v, "value", fv.value) ||
            !read_string(v, "pattern", fv.pattern) || fv.pattern.empty() ||
            !read_strings(v, "composed_of", fv.composed_of)) {
          return data_error(name, "facet \"" + facet + "\" needs {value, pattern} items");
        }
        into.facets[facet].push_back(std::move(fv));
      }
    }
  }
  bool ok = read_labelled(j, "populations", into.populations) &&
            read_labelled(j, "geographies", into.geographies) &&
            read_labelled(j, "price_basis", into.price_bases) &&
            read_labelled(j, "money_verbs", into.money_verbs) &&
            read_strings(j, "boilerplate", into.boilerplate) &&
            read_strings(j, "figures_of_speech", into.figures_of_speech);
  ok = ok && read_strings(j, "increase", into.increase) &&
       read_strings(j, "decrease", into.decrease) &&
       read_strings(j, "not_direction", into.not_direction) &&
       read_strings(j, "series_geographies", into.series_geographies);
  if (!ok)
    return data_error(name, "a context field has the wrong type");
  return Status::Ok();
}

Result<Lexicon> load_lexicons(std::string const& dir) {
  Lexicon lexicon;
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (auto const& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".json")
      files.push_back(entry.path());
  }
  if (error)
    return Status::Error(Code::kIo, "cannot read lexicon folder: " + error.message(), dir);
  std::sort(files.begin(), files.end());
  for (auto const& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof())
      return Status::Error(Code::kIo, "cannot read", file.string());
    Status status = parse_lexicon(file.string(), bytes.str(), lexicon);
    if (!status.ok())
      return status;
  }
  return lexicon;
}

std::string bundled_lexicon_dir() {
  return bundled_data_dir() + "/lexicons";
}

}  // namespace claimcheck::corpus
