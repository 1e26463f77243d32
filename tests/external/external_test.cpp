// Scores the extractor against other projects' published test cases
// (Recognizers-Text, Duckling): the in-process twin of
// shared/external/score_external.py, with the same rules and the same numbers.
// A case passes when every expected entity is matched by a claim whose byte
// span overlaps it and whose value equals the expected one. The test prints
// the pass rate per file and in total, and fails when the total drops below
// kMinimumPassRate.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/report/json.hpp"

namespace {

// The floor only ever goes up: raise it when the grammar improves, never lower
// it to make a change pass. It is the total pass rate (percent, rounded down to
// one decimal) over the six files below.
constexpr double kMinimumPassRate = 90.5;  // 631 of 697 = 90.53% when set

constexpr char const* kSpecFiles[] = {
    "NumberModel.jsonl",      "PercentModel.jsonl", "CurrencyModel.jsonl",
    "NumberRangeModel.jsonl", "Numeral.jsonl",      "AmountOfMoney.jsonl",
};

using nlohmann::json;

std::string spec_path(std::string const& name) {
  return std::string(CLAIMCHECK_TEST_DIR) + "/" + name;  // tests/external
}

// ---- Python's semantics, one helper each -------------------------------------

// float(s) that must consume all of `s`; Python would raise otherwise.
std::optional<double> parse_float(std::string const& s) {
  if (s.empty())
    return std::nullopt;
  char* end = nullptr;
  double const v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size())
    return std::nullopt;
  return v;
}

// number(text): None -> None; int/float (and bool) -> float; else the regex.
std::optional<double> number(json const& value) {
  if (value.is_null())
    return std::nullopt;
  if (value.is_boolean())
    return value.get<bool>() ? 1.0 : 0.0;
  if (value.is_number())
    return value.get<double>();
  if (!value.is_string())
    return std::nullopt;  // str(dict/list) never matches
  static std::regex const re(R"(\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\s*%?\s*)");
  std::smatch m;
  std::string const s = value.get<std::string>();
  if (!std::regex_match(s, m, re))
    return std::nullopt;
  auto v = parse_float(m[1].str());
  if (!v)
    ADD_FAILURE() << "score_external.py would raise on float('" << m[1].str() << "')";
  return v;
}

bool close(std::optional<double> a, std::optional<double> b) {
  return a && b && std::abs(*a - *b) <= 1e-9 + 1e-6 * std::abs(*b);
}

struct RangeEnds {
  std::optional<double> low, high;
};

// range_ends("[20,35)") -> (20, 35); "(30,)" -> (30, None).
std::optional<RangeEnds> range_ends(std::string const& value) {
  static std::regex const re(R"(\s*[\[(]\s*([-0-9.eE+]*)\s*,\s*([-0-9.eE+]*)\s*[\])]\s*)");
  std::smatch m;
  if (!std::regex_match(value, m, re))
    return std::nullopt;
  RangeEnds ends;
  for (int i : {1, 2}) {
    std::string const g = m[i].str();
    if (g.empty())
      continue;
    auto v = parse_float(g);
    if (!v)
      ADD_FAILURE() << "score_external.py would raise on float('" << g << "')";
    (i == 1 ? ends.low : ends.high) = v;
  }
  return ends;
}

// Byte offset of each code point of `text` (Python indexes strings by code
// point), plus text.size() at the end.
std::vector<std::size_t> code_point_offsets(std::string const& text) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

// len(text[:k].encode("utf-8")) with Python's slice clamping.
std::size_t prefix_bytes(std::vector<std::size_t> const& offsets, long long k) {
  long long const n = static_cast<long long>(offsets.size()) - 1;
  if (k < 0)
    k = std::max(0LL, n + k);
  if (k > n)
    k = n;
  return offsets[static_cast<std::size_t>(k)];
}

long long code_point_count(std::string const& s) {
  return static_cast<long long>(code_point_offsets(s).size()) - 1;
}

// haystack.lower().find(needle.lower()) in code points, with Unicode full case
// mapping as Python's str.lower() does.
long long lower_find(std::string const& haystack, std::string const& needle) {
  if (needle.empty())
    return 0;
  icu::UnicodeString h = icu::UnicodeString::fromUTF8(haystack);
  icu::UnicodeString n = icu::UnicodeString::fromUTF8(needle);
  h.toLower(icu::Locale::getRoot());
  n.toLower(icu::Locale::getRoot());
  int32_t const at = h.indexOf(n);
  if (at < 0)
    return -1;
  return h.countChar32(0, at);
}

struct ByteSpan {
  std::size_t begin, end;
};

// expected_spans(case): (entity, byte span) pairs.
std::vector<std::pair<json, ByteSpan>> expected_spans(json const& spec) {
  std::vector<std::pair<json, ByteSpan>> out;
  std::string const input = spec.at("input").get<std::string>();
  auto const offsets = code_point_offsets(input);
  if (!spec.contains("expected"))
    return out;
  for (json const& e : spec.at("expected")) {
    if (e.contains("start") && e.contains("end")) {
      long long const start = e.at("start").get<long long>();
      long long const end = e.at("end").get<long long>();
      out.push_back({e, {prefix_bytes(offsets, start), prefix_bytes(offsets, end + 1)}});
      continue;
    }
    // Duckling: no offsets; find the text (the whole input when it has none).
    std::string text;
    if (e.contains("text")) {
      if (!e.at("text").is_string()) {
        ADD_FAILURE() << spec.at("id") << ": score_external.py cannot handle a non-string text";
        continue;
      }
      text = e.at("text").get<std::string>();
    }
    long long pos = lower_find(input, text);
    if (pos < 0)
      pos = 0;
    long long const length = e.contains("text") ? code_point_count(text) : code_point_count(input);
    out.push_back({e, {prefix_bytes(offsets, pos), prefix_bytes(offsets, pos + length)}});
  }
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + ('a' - 'A'));
  }
  return s;
}

// matches(entity, claim): the claim's value equals the entity's.
bool matches(json const& entity, json const& claim) {
  json const quantity = claim.contains("quantity") && claim.at("quantity").is_object()
                            ? claim.at("quantity")
                            : json::object();
  auto q = [&](char const* key) {
    return quantity.contains(key) ? quantity.at(key) : json(nullptr);
  };
  json const value = entity.contains("value") ? entity.at("value") : json(nullptr);
  if (value.is_string()) {
    std::string const s = value.get<std::string>();
    if (!s.empty() && (s[0] == '[' || s[0] == '(')) {
      if (auto ends = range_ends(s)) {
        return (!ends->low || close(number(q("low")), ends->low)) &&
               (!ends->high || close(number(q("high")), ends->high));
      }
    }
  }
  std::optional<double> want = number(value);
  if (!want && value.is_object()) {  // Duckling intervals
    want = number(value.contains("value") ? value.at("value") : json(nullptr));
  }
  std::optional<double> const got = number(q("value"));
  if (close(got, want))
    return true;
  // str(entity.get("unit", "")).lower(): only strings can say cent or pence.
  std::string const unit = entity.contains("unit") && entity.at("unit").is_string()
                               ? lower_ascii(entity.at("unit").get<std::string>())
                               : std::string();
  if ((unit == "cent" || unit == "pence" || unit == "penny") && want && close(got, *want / 100)) {
    return true;
  }
  return false;
}

// ---- running the extractor ---------------------------------------------------

// The claims of one case, as the JSON the report writes (what the script reads).
std::vector<json> claims_of(claimcheck::extractor::Extractor const& extractor, json const& spec) {
  claimcheck::corpus::Document document;
  document.id = spec.at("id").get<std::string>();
  document.text = spec.at("input").get<std::string>();
  std::vector<json> out;
  for (auto const& claim : extractor.extract(document)) {
    out.push_back(json::parse(claimcheck::report::claim_json_line(claim)));
  }
  return out;
}

bool case_passes(json const& spec, std::vector<json> const& mine) {
  for (auto const& [entity, span] : expected_spans(spec)) {
    bool hit = false;
    for (json const& c : mine) {
      json const s = c.contains("span") ? c.at("span") : json(nullptr);
      if (!s.is_array() || s.size() < 2 || !s[0].is_number() || !s[1].is_number())
        continue;
      auto const b = s[0].get<long long>();
      auto const e = s[1].get<long long>();
      if (b < static_cast<long long>(span.end) && static_cast<long long>(span.begin) < e &&
          matches(entity, c)) {
        hit = true;
        break;
      }
    }
    if (!hit)
      return false;
  }
  return true;
}

std::string failure_line(json const& spec, std::vector<json> const& mine) {
  std::ostringstream out;
  out << "  FAIL " << spec.at("id").get<std::string>() << ": "
      << spec.at("input").get<std::string>().substr(0, 80) << " want [";
  for (json const& e : spec.value("expected", json::array())) {
    out << " (" << e.value("text", json(nullptr)).dump() << ", "
        << e.value("value", json(nullptr)).dump() << ")";
  }
  out << " ] got [";
  for (json const& c : mine) {
    out << " (" << c.value("text", json(nullptr)).dump() << ", "
        << c.value("quantity", json::object()).value("value", json(nullptr)).dump() << ")";
  }
  out << " ]";
  return out.str();
}

TEST(External, PassRateDoesNotDrop) {
  // CLAIMCHECK_SHOW_FAILURES=N prints the first N failing cases of each file.
  int show = 0;
  if (char const* env = std::getenv("CLAIMCHECK_SHOW_FAILURES"))
    show = std::atoi(env);

  // As `claimcheck extract` runs, with the bundled lexicons: context may drop
  // figures (ages in a population phrase), and that must not cost cases.
  auto lexicon = claimcheck::corpus::load_lexicons(claimcheck::corpus::bundled_lexicon_dir());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  auto built = claimcheck::extractor::Extractor::with_lexicon(lexicon.value());
  ASSERT_TRUE(built.ok()) << built.status().to_string();
  claimcheck::extractor::Extractor const& extractor = built.value();
  int total_pass = 0;
  int total_fail = 0;
  for (char const* name : kSpecFiles) {
    std::ifstream in(spec_path(name));
    ASSERT_TRUE(in) << "cannot read " << spec_path(name);
    int passed = 0;
    int failed = 0;
    int shown = 0;
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
        continue;
      json const spec = json::parse(line);
      if (spec.contains("notskip") && spec.at("notskip") == json(false))
        continue;
      auto const mine = claims_of(extractor, spec);
      if (case_passes(spec, mine)) {
        ++passed;
      } else {
        ++failed;
        if (shown < show) {
          ++shown;
          std::printf("%s\n", failure_line(spec, mine).c_str());
        }
      }
    }
    double const rate = 100.0 * passed / std::max(1, passed + failed);
    std::printf("%s: %d/%d = %.1f%%\n", name, passed, passed + failed, rate);
    total_pass += passed;
    total_fail += failed;
  }
  double const total_rate = 100.0 * total_pass / std::max(1, total_pass + total_fail);
  std::printf("%d passed, %d failed\ntotal: %.1f%% (floor %.1f%%)\n", total_pass, total_fail,
              total_rate, kMinimumPassRate);
  std::fflush(stdout);
  RecordProperty("passed", total_pass);
  RecordProperty("failed", total_fail);
  EXPECT_GE(total_rate, kMinimumPassRate)
      << "the external pass rate fell below its floor; run with CLAIMCHECK_SHOW_FAILURES=20";
}

}  // namespace
