// The fast JSON Lines writer must say exactly what the nlohmann-built document
// says: same keys, same values, same types.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

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
    for (auto& c : extractor.extract(d)) claims.push_back(std::move(c));
  }
  return claims;
}

TEST(ClaimJsonLine, SaysWhatTheFullDocumentSaysForEveryBundledClaim) {
  std::vector<claimcheck::corpus::Document> documents;
  std::vector<Claim> claims = bundled_claims(documents);
  ASSERT_GT(claims.size(), 100u);
  json const full = json::parse(claimcheck::report::extraction_json(documents, claims));
  ASSERT_EQ(full["claims"].size(), claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::string const line = claimcheck::report::claim_json_line(claims[i]);
    SCOPED_TRACE(line);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_EQ(json::parse(line), full["claims"][i]);
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
