// JSON Lines, HTML and Markdown loading.
#include <string>

#include <gtest/gtest.h>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::corpus {
namespace {

Loaded parse_ok(std::string const& name, std::string const& bytes, LoadOptions options = {}) {
  Result<Loaded> result = parse_documents(name, bytes, options);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  if (!result.ok())
    return {};
  return std::move(result).value();
}

// --- JSON Lines ---

TEST(Jsonl, ReadsOneDocumentPerLineAndSkipsBlankLines) {
  Loaded const loaded = parse_ok("thread.jsonl",
                                 "{\"id\": \"a1\", \"text\": \"Up 16% since 2011.\", \"title\": "
                                 "\"T\", \"publisher\": \"P\", \"date\": \"2016-06\", \"kind\": "
                                 "\"article\", \"url\": \"https://x.example/a\"}\n"
                                 "\n"
                                 "   \r\n"
                                 "{\"id\": \"c1\", \"text\": \"Nearly doubled.\\nReally.\", "
                                 "\"kind\": \"comment\", \"parent\": \"a1\", \"extra\": 3}\r\n");
  ASSERT_EQ(loaded.documents.size(), 2u);
  Document const& article = loaded.documents[0];
  EXPECT_EQ(article.id, "a1");
  EXPECT_EQ(article.text, "Up 16% since 2011.");
  EXPECT_EQ(article.title, "T");
  EXPECT_EQ(article.publisher, "P");
  EXPECT_EQ(article.date, "2016-06");
  EXPECT_EQ(article.kind, DocumentKind::kArticle);
  EXPECT_EQ(article.url, "https://x.example/a");
  EXPECT_EQ(article.body_line, 1u);
  EXPECT_EQ(article.path, "thread.jsonl");
  Document const& comment = loaded.documents[1];
  EXPECT_EQ(comment.id, "c1");
  EXPECT_EQ(comment.text, "Nearly doubled.\nReally.");
  EXPECT_EQ(comment.kind, DocumentKind::kComment);
  EXPECT_EQ(comment.parent, "a1");
  EXPECT_EQ(comment.body_line, 4u);
}

TEST(Jsonl, EmptyFileHasNoDocuments) {
  EXPECT_TRUE(parse_ok("empty.jsonl", "").documents.empty());
  EXPECT_TRUE(parse_ok("blank.jsonl", "\n\n").documents.empty());
}

Status jsonl_error(std::string const& bytes) {
  Result<Loaded> result = parse_documents("in.jsonl", bytes);
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kJsonl);
  EXPECT_EQ(result.status().file, "in.jsonl");
  return result.status();
}

TEST(Jsonl, BadJsonNamesItsLine) {
  Status const status = jsonl_error(
      "{\"id\": \"a\", \"text\": \"ok\"}\n"
      "\n"
      "{\"id\": \"b\", \"text\": \"unterminated}\n");
  EXPECT_EQ(status.line, 3u);
  EXPECT_EQ(status.offset, 27u);
  EXPECT_NE(status.message.find("not valid JSON"), std::string::npos);
  EXPECT_EQ(status.to_string().rfind("[claimcheck.input.jsonl] in.jsonl:3: ", 0), 0u)
      << status.to_string();
}

TEST(Jsonl, MissingTextOrIdIsAnError) {
  Status const no_text = jsonl_error("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"}\n");
  EXPECT_EQ(no_text.line, 2u);
  EXPECT_NE(no_text.message.find("\"text\""), std::string::npos) << no_text.message;
  Status const no_id = jsonl_error("{\"text\": \"x\"}");
  EXPECT_EQ(no_id.line, 1u);
  EXPECT_NE(no_id.message.find("\"id\""), std::string::npos) << no_id.message;
  Status const number_text = jsonl_error("{\"id\": \"a\", \"text\": 12}");
  EXPECT_NE(number_text.message.find("\"text\""), std::string::npos);
}

TEST(Jsonl, WrongTypesAndValuesAreErrors) {
  EXPECT_NE(jsonl_error("[1, 2]").message.find("object"), std::string::npos);
  EXPECT_NE(jsonl_error("{\"id\": \"a\", \"text\": \"x\", \"title\": 5}").message.find("title"),
            std::string::npos);
  EXPECT_NE(jsonl_error("{\"id\": \"a\", \"text\": \"x\", \"date\": \"29/06/2016\"}")
                .message.find("ISO date"),
            std::string::npos);
  EXPECT_NE(
      jsonl_error("{\"id\": \"a\", \"text\": \"x\", \"kind\": \"tweet\"}").message.find("tweet"),
      std::string::npos);
  EXPECT_NE(jsonl_error("{\"id\": \"\", \"text\": \"x\"}").message.find("empty"),
            std::string::npos);
}

TEST(Jsonl, FormatCanBeForced) {
  LoadOptions options;
  options.format = InputFormat::kJsonl;
  Loaded const loaded = parse_ok("records.txt", "{\"id\": \"r\", \"text\": \"t\"}", options);
  ASSERT_EQ(loaded.documents.size(), 1u);
  EXPECT_EQ(loaded.documents[0].id, "r");
}

// --- HTML ---

constexpr char kArticleHtml[] = R"(<!DOCTYPE html>
<html>
<head>
  <title>Ofsted finds weak leadership &amp; more</title>
  <meta property="og:title" content="OG title">
  <meta property="og:site_name" content="Children &amp; Young People Now">
  <meta property="article:published_time" content="2016-06-29T09:30:00+01:00">
  <style>p { color: red; }</style>
  <script>var hidden = "42 in the head";</script>
</head>
<body>
  <h1>Weak   leadership</h1>
  <p>In the third report, 21 departments &ndash; one quarter &ndash; were rated &lsquo;inadequate&rsquo;.</p>
  <script>document.write("99 per cent from a script");</script>
  <noscript>Enable JavaScript for 7 more numbers</noscript>
  <p>Costs rose by &pound;538&nbsp;million<br>since 2011.</p>
  <ul><li>Seven of 43</li><li>ten good</li></ul>
  <table><tr><td>2015</td><td>397,600</td></tr></table>
  <p>Between <b>2010</b> <i>and</i> 2014.</p>
  <template><p>template 13</p></template>
</body>
</html>
)";

TEST(Html, ExtractsVisibleBodyText) {
  Loaded const loaded = parse_ok("page.html", kArticleHtml);
  ASSERT_EQ(loaded.documents.size(), 1u);
  Document const& doc = loaded.documents[0];
  EXPECT_EQ(doc.text,
            "Weak   leadership\n"
            "In the third report, 21 departments \xE2\x80\x93 one quarter \xE2\x80\x93 were rated "
            "\xE2\x80\x98inadequate\xE2\x80\x99.\n"
            "Costs rose by \xC2\xA3"
            "538\xC2\xA0million\nsince 2011.\n"
            "Seven of 43\nten good\n"
            "2015\t397,600\n"
            "Between 2010 and 2014.\n");
}

TEST(Html, SkipsScriptStyleNoscriptTemplateAndHead) {
  Document const doc = parse_ok("page.html", kArticleHtml).documents.at(0);
  for (char const* hidden : {"99 per cent", "42 in the head", "color", "Enable JavaScript",
                             "template 13", "Ofsted finds"}) {
    EXPECT_EQ(doc.text.find(hidden), std::string::npos) << hidden;
  }
}

TEST(Html, TakesMetadataFromHead) {
  Document const doc = parse_ok("dir/ofsted-page.htm", kArticleHtml).documents.at(0);
  EXPECT_EQ(doc.title, "Ofsted finds weak leadership & more");
  EXPECT_EQ(doc.publisher, "Children & Young People Now");
  EXPECT_EQ(doc.date, "2016-06-29");
  EXPECT_EQ(doc.id, "ofsted-page");
  EXPECT_EQ(doc.path, "dir/ofsted-page.htm");
}

TEST(Html, FallsBackToOgTitleAndTimeElement) {
  Document const doc =
      parse_ok("x.html",
               "<html><head><meta property=\"og:title\" content=\" Care  review \"></head>"
               "<body><time datetime=\"2021-10\">October</time> text</body></html>")
          .documents.at(0);
  EXPECT_EQ(doc.title, "Care review");
  EXPECT_EQ(doc.date, "2021-10");
  EXPECT_EQ(doc.text, "October text");
}

TEST(Html, UnparseableDateIsIgnored) {
  Document const doc =
      parse_ok("x.html", "<meta property=\"article:published_time\" content=\"yesterday\"><p>a</p>")
          .documents.at(0);
  EXPECT_TRUE(doc.date.empty());
  EXPECT_EQ(doc.text, "a\n");
}

TEST(Html, DeepNestingIsWalkedWithoutRecursion) {
  std::string html;
  for (int i = 0; i < 3000; ++i)
    html += "<span>";
  html += "deep 5";
  Loaded const loaded = parse_ok("deep.html", html);
  ASSERT_EQ(loaded.documents.size(), 1u);
  EXPECT_EQ(loaded.documents[0].text, "deep 5");
}

TEST(Html, AbsurdNestingIsRefusedBeforeParsing) {
  std::string html = "<p>fine</p>\n";
  for (int i = 0; i < 5000; ++i)
    html += "<div>";
  Result<Loaded> result = parse_documents("deep.html", html);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kHtml);
  EXPECT_EQ(result.status().line, 2u);
  EXPECT_NE(result.status().message.find("nested"), std::string::npos);
}

TEST(Html, ManyUnclosedParagraphsAndVoidElementsAreNotDeep) {
  std::string html = "<script>var s = '";
  for (int i = 0; i < 5000; ++i)
    html += "<div>";
  html += "';</script><!-- ";
  for (int i = 0; i < 5000; ++i)
    html += "<div>";
  html += " -->";
  for (int i = 0; i < 5000; ++i)
    html += "<p>x<br><img src=a.png><li>y";
  for (int i = 0; i < 5000; ++i)
    html += "<div>z</div>";
  Result<Loaded> result = parse_documents("wide.html", html);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result.value().documents.at(0).text.find("<div>"), std::string::npos);
}

TEST(Html, EmptyInputGivesEmptyText) {
  Loaded const loaded = parse_ok("empty.html", "");
  ASSERT_EQ(loaded.documents.size(), 1u);
  EXPECT_TRUE(loaded.documents[0].text.empty());
}

// --- Markdown ---

TEST(Markdown, TitleFromFirstHeadingAndTextUnchanged) {
  std::string const bytes =
      "Intro paragraph with **25%** figure.\n"
      "\n"
      "## The *care* review `2021`\n"
      "\n"
      "# Later heading\n"
      "Body &amp; more.\n";
  Loaded const loaded = parse_ok("notes.md", bytes);
  ASSERT_EQ(loaded.documents.size(), 1u);
  Document const& doc = loaded.documents[0];
  EXPECT_EQ(doc.title, "The care review 2021");
  EXPECT_EQ(doc.text, bytes);
  EXPECT_EQ(doc.id, "notes");
  EXPECT_EQ(doc.body_line, 1u);
}

TEST(Markdown, SetextHeadingGivesTitle) {
  Document const doc =
      parse_ok("a.markdown", "Children in care\nrose again\n================\n\nText.\n")
          .documents.at(0);
  EXPECT_EQ(doc.title, "Children in care rose again");
}

TEST(Markdown, FrontMatterTitleWinsAndBodyFollowsIt) {
  std::string const body = "# Heading title\n\nSpend fell by 38%.\n";
  Loaded const loaded =
      parse_ok("b.md", "---\nid: md-1\ntitle: Front title\nkind: blog\n---\n" + body);
  Document const& doc = loaded.documents.at(0);
  EXPECT_EQ(doc.id, "md-1");
  EXPECT_EQ(doc.title, "Front title");
  EXPECT_EQ(doc.kind, DocumentKind::kBlog);
  EXPECT_EQ(doc.text, body);
  EXPECT_EQ(doc.body_line, 6u);
}

TEST(Markdown, FrontMatterWithoutTitleUsesHeading) {
  Document const doc = parse_ok("c.md", "---\nid: c\n---\n# From heading\nx\n").documents.at(0);
  EXPECT_EQ(doc.title, "From heading");
}

TEST(Markdown, NoHeadingNoTitle) {
  Document const doc = parse_ok("d.md", "Just a paragraph.\n").documents.at(0);
  EXPECT_TRUE(doc.title.empty());
}

TEST(Markdown, FrontMatterErrorsAreReported) {
  Result<Loaded> result = parse_documents("e.md", "---\nkind: essay\n---\n# T\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kFrontMatter);
  EXPECT_EQ(result.status().line, 2u);
}

}  // namespace
}  // namespace claimcheck::corpus
