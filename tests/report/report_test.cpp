// The fast JSON Lines writer must say exactly what the nlohmann-built document
// says: same keys, same values, same types.
#include <cmath>
#include <limits>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claimcheck/corpus/load.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/report/json.hpp"

namespace {

using claimcheck::extractor::Claim;
using nlohmann::json;

std::vector<Claim> bundled_claims(std::vector<claimcheck::corpus::Document>& documents) {
  auto loaded = claimcheck::corpus::load_directory(std::string(CLAIMCHECK_DATA_DIR) + "/documents");
  EXPECT_TRUE(loaded.ok()) << loaded.status().to_string();
  documents = loaded.value().documents;
  claimcheck::extractor::Extractor extractor;
  std::vector<Claim> claims;
  for (auto const& d : documents) {
    for (auto& c : extractor.extract(d))
      claims.push_back(std::move(c));
  }
  return claims;
}

// Each line reads back as the claim it was written from, and the one-document
// output holds the same claims in the same order.
TEST(ClaimJsonLine, ReadsBackAsTheClaimForEveryBundledClaim) {
  std::vector<claimcheck::corpus::Document> documents;
  std::vector<Claim> claims = bundled_claims(documents);
  ASSERT_GT(claims.size(), 100u);
  json const full = json::parse(claimcheck::report::extraction_json(documents, claims));
  ASSERT_EQ(full["claims"].size(), claims.size());
  ASSERT_EQ(full["documents"].size(), documents.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim const& c = claims[i];
    std::string const line = claimcheck::report::claim_json_line(c);
    SCOPED_TRACE(line);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    json const j = json::parse(line);
    EXPECT_EQ(j, full["claims"][i]);
    EXPECT_EQ(j["id"], c.id);
    EXPECT_EQ(j["doc"], c.doc);
    EXPECT_EQ(j["text"], c.text);
    EXPECT_EQ(j["sentence"], c.sentence);
    EXPECT_EQ(j["span"][0].get<std::size_t>(), c.span.begin);
    EXPECT_EQ(j["span"][1].get<std::size_t>(), c.span.end);
    EXPECT_EQ(j["sentence_span"][0].get<std::size_t>(), c.sentence_span.begin);
    EXPECT_EQ(j["quantity"]["kind"], claimcheck::grammar::to_string(c.quantity.kind));
    EXPECT_EQ(j["quantity"]["hedge"], claimcheck::grammar::to_string(c.quantity.hedge));
    EXPECT_DOUBLE_EQ(j["quantity"]["value"].get<double>(), c.quantity.value);
    if (std::isfinite(c.quantity.low)) {
      EXPECT_DOUBLE_EQ(j["quantity"]["low"].get<double>(), c.quantity.low);
    } else {
      EXPECT_TRUE(j["quantity"]["low"].is_null());
    }
    if (std::isfinite(c.quantity.high)) {
      EXPECT_DOUBLE_EQ(j["quantity"]["high"].get<double>(), c.quantity.high);
    } else {
      EXPECT_TRUE(j["quantity"]["high"].is_null());
    }
    for (char const* key : {"change", "metric", "population", "geography", "time", "speaker",
                            "confidence", "section"}) {
      EXPECT_TRUE(j.contains(key)) << key;
    }
  }
}

TEST(ClaimJsonLine, EscapesControlCharactersAndQuotes) {
  Claim c;
  c.id = "d:c1";
  c.doc = "d";
  c.text = "\"16%\"";
  c.sentence = "tab\there\nnew line \x01 and \\ backslash";
  std::string const line = claimcheck::report::claim_json_line(c);
  json const parsed = json::parse(line);
  EXPECT_EQ(parsed["text"], c.text);
  EXPECT_EQ(parsed["sentence"], c.sentence);
}

TEST(ClaimJsonLine, WritesUnboundedEndsAsNullAndKeepsDoublesDoubles) {
  Claim c;
  c.id = "d:c1";
  c.doc = "d";
  c.quantity.value = 16;
  c.quantity.low = 16;
  c.quantity.high = std::numeric_limits<double>::infinity();
  json const parsed = json::parse(claimcheck::report::claim_json_line(c));
  EXPECT_TRUE(parsed["quantity"]["high"].is_null());
  EXPECT_TRUE(parsed["quantity"]["value"].is_number_float());
  EXPECT_EQ(parsed["quantity"]["value"].get<double>(), 16.0);
}

TEST(ClaimJsonLine, ReplacesInvalidUtf8InsteadOfWritingIt) {
  Claim c;
  c.id = "d:c1";
  c.doc = "d";
  c.text = std::string("16\xC3", 3);
  std::string const line = claimcheck::report::claim_json_line(c);
  EXPECT_EQ(claimcheck::corpus::find_invalid_utf8(line), std::string_view::npos);
  EXPECT_NO_THROW((void)json::parse(line));
}

}  // namespace
