// The SARIF and HTML reports, on documents checked by the real extractor and
// checker with the bundled lexicons: what CI and people read must point at,
// and quote, the right bytes.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/load.hpp"
#include "claimcheck/corpus/reference.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/report/html.hpp"
#include "claimcheck/report/sarif.hpp"

namespace {

using nlohmann::json;
namespace cc = claimcheck;

std::string const kData = CLAIMCHECK_DATA_DIR;

// Line 6 is the first body line; "45%" is on line 7, after "Café news. In
// 2015, " (20 code points, 21 bytes: the é is two).
constexpr char kFileA[] =
    "---\n"
    "id: a\n"
    "title: Boys <script>alert(1)</script> in care\n"
    "publisher: The Paper & Co\n"
    "---\n"
    "First line.\n"
    "Café news. In 2015, 45% of children in care were boys.\n";
constexpr char kFileB[] =
    "---\nid: b\ntitle: B\n---\nIn 2015, 60% of children in care were boys.\n";

struct Checked {
  std::vector<cc::corpus::Document> documents;
  std::vector<cc::extractor::Claim> claims;
  std::vector<cc::checker::Finding> findings;
};

Checked check(std::vector<std::pair<std::string, std::string>> const& files) {
  Checked out;
  for (auto const& [name, bytes] : files) {
    auto loaded = cc::corpus::parse_documents(name, bytes);
    EXPECT_TRUE(loaded.ok()) << loaded.status().to_string();
    for (auto& d : loaded.value().documents)
      out.documents.push_back(std::move(d));
  }
  auto lexicon = cc::corpus::load_lexicons(kData + "/lexicons");
  auto reference = cc::corpus::load_reference(kData + "/reference");
  EXPECT_TRUE(lexicon.ok() && reference.ok());
  auto extractor = cc::extractor::Extractor::with_lexicon(lexicon.value());
  EXPECT_TRUE(extractor.ok());
  for (auto const& d : out.documents) {
    for (auto& c : extractor.value().extract(d))
      out.claims.push_back(std::move(c));
  }
  out.findings =
      cc::checker::check({out.documents, out.claims, lexicon.value(), reference.value()});
  return out;
}

Checked two_sources() {
  return check({{"news/a file.txt", kFileA}, {"b.txt", kFileB}});
}

json sarif(Checked const& c) {
  return json::parse(cc::report::check_sarif(c.documents, c.claims, c.findings));
}

json const* conflict_result(json const& log) {
  for (json const& r : log["runs"][0]["results"]) {
    if (r["ruleId"] == "cross-source-value" && r["properties"]["verdict"] == "conflict")
      return &r;
  }
  return nullptr;
}

TEST(Sarif, IsA210LogNamingTheToolAndItsRules) {
  Checked const c = two_sources();
  json const log = sarif(c);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  ASSERT_EQ(log["runs"].size(), 1u);
  json const& driver = log["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["name"], "claimcheck");
  EXPECT_TRUE(driver["version"].is_string());
  ASSERT_EQ(driver["rules"].size(), cc::checker::rules().size());
  for (json const& rule : driver["rules"]) {
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty()) << rule["id"];
    EXPECT_FALSE(rule["help"]["text"].get<std::string>().empty()) << rule["id"];
  }
  // One result per finding, each naming a rule the driver lists.
  ASSERT_EQ(log["runs"][0]["results"].size(), c.findings.size());
  for (json const& r : log["runs"][0]["results"]) {
    std::size_t index = r["ruleIndex"].get<std::size_t>();
    EXPECT_EQ(driver["rules"][index]["id"], r["ruleId"]);
  }
}

TEST(Sarif, PointsAtTheClaimsLineAndColumnInTheFile) {
  json const log = sarif(two_sources());
  json const* r = conflict_result(log);
  ASSERT_NE(r, nullptr) << log.dump(2);
  EXPECT_EQ((*r)["level"], "warning");
  std::string const text = (*r)["message"]["text"];
  EXPECT_NE(text.find("disagree"), std::string::npos) << text;
  EXPECT_NE(text.find("do not overlap"), std::string::npos) << text;  // the explanation too

  json const& where = (*r)["locations"][0]["physicalLocation"];
  EXPECT_EQ(where["artifactLocation"]["uri"], "news/a%20file.txt");
  json const& region = where["region"];
  EXPECT_EQ(region["startLine"], 7);
  EXPECT_EQ(region["startColumn"], 21);
  EXPECT_EQ(region["endLine"], 7);
  EXPECT_EQ(region["endColumn"], 24);
  std::string const file = kFileA;
  std::size_t const at = file.find("45%");
  EXPECT_EQ(region["byteOffset"], at);
  EXPECT_EQ(region["byteLength"], 3);
  EXPECT_EQ(region["snippet"]["text"], "45%");

  ASSERT_EQ((*r)["relatedLocations"].size(), 1u);
  json const& other = (*r)["relatedLocations"][0]["physicalLocation"];
  EXPECT_EQ(other["artifactLocation"]["uri"], "b.txt");
  EXPECT_EQ(other["region"]["startLine"], 5);
  EXPECT_EQ(other["region"]["startColumn"], 10);
}

TEST(Sarif, FingerprintsStayPutWhenFindingsAreRenumbered) {
  json const first = sarif(two_sources());
  // A baseline dispute elsewhere comes first (that rule runs first) and
  // renumbers the findings, not their identity.
  json const again = sarif(
      check({{"c.txt", "---\nid: c\n---\nChild protection plans have risen 16% since 2011.\n"},
             {"d.txt", "---\nid: d\n---\nChild protection plans have risen 72% since 2008.\n"},
             {"news/a file.txt", kFileA},
             {"b.txt", kFileB}}));
  json const* a = conflict_result(first);
  json const* b = conflict_result(again);
  ASSERT_TRUE(a && b);
  EXPECT_NE((*a)["properties"]["findingId"], (*b)["properties"]["findingId"]);
  EXPECT_EQ((*a)["partialFingerprints"], (*b)["partialFingerprints"]);
  EXPECT_EQ((*a)["partialFingerprints"]["claimcheck/v1"].get<std::string>().size(), 16u);
}

TEST(Sarif, ADocumentFromNoFileIsNamedByItsId) {
  Checked c = two_sources();
  for (auto& d : c.documents)
    d.path.clear();
  json const log = sarif(c);
  json const* r = conflict_result(log);
  ASSERT_NE(r, nullptr);
  json const& where = (*r)["locations"][0]["physicalLocation"];
  EXPECT_EQ(where["artifactLocation"]["uri"], "a");
  EXPECT_EQ(where["region"]["startLine"], 2);  // in the text, which has no front matter
  EXPECT_FALSE(where["region"].contains("byteOffset"));
}

TEST(Html, EscapesDocumentTextAndContainsEveryFinding) {
  Checked const c = two_sources();
  ASSERT_FALSE(c.findings.empty());
  std::string const page = cc::report::check_html(c.documents, c.claims, c.findings);
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(page.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_NE(page.find("Boys &lt;script&gt;alert(1)&lt;/script&gt; in care, The Paper &amp; Co"),
            std::string::npos);
  EXPECT_NE(page.find("In 2015, <mark>45%</mark> of children in care were boys."),
            std::string::npos);
  for (auto const& f : c.findings) {
    std::string message;
    for (char ch : f.message)
      message += ch == '&' ? "&amp;" : ch == '<' ? "&lt;" : ch == '>' ? "&gt;" : std::string(1, ch);
    EXPECT_NE(page.find(message), std::string::npos) << f.message;
  }
  EXPECT_NE(page.find("<h2>Warnings</h2>"), std::string::npos);
  EXPECT_EQ(page.substr(page.size() - 8), "</html>\n");
}

TEST(Html, EscapesScriptInASentenceAndReplacesInvalidUtf8) {
  cc::extractor::Claim claim;
  claim.id = "d:c1";
  claim.doc = "d";
  claim.text = "45%";
  claim.sentence = std::string("<script>x</script> \"45%\" \xC3 'boys'");
  claim.sentence_span = {0, claim.sentence.size()};
  claim.span = {20, 23};
  cc::checker::Finding f;
  f.id = "F1";
  f.rule = "cross-source-value";
  f.verdict = "conflict";
  f.severity = "warning";
  f.message = "45% <b>disagrees</b>";
  f.claims = {cc::checker::FindingClaim{"d:c1", "d", "45%", {}, {20, 23}}};
  std::string const page = cc::report::check_html({}, {claim}, {f});
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;x&lt;/script&gt; &quot;<mark>45%</mark>&quot; \xEF\xBF\xBD "
                      "&#39;boys&#39;"),
            std::string::npos)
      << page;
  EXPECT_EQ(cc::corpus::find_invalid_utf8(page), std::string::npos);
}

}  // namespace
