// Front matter of text documents: the `---` block, its keys, and every way it can be wrong.
#include <string>

#include <gtest/gtest.h>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::corpus {
namespace {

Document parse_one(std::string const& bytes, std::string const& name = "doc.txt") {
  Result<Loaded> result = parse_documents(name, bytes);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  if (!result.ok())
    return {};
  EXPECT_EQ(result.value().documents.size(), 1u);
  EXPECT_TRUE(result.value().warnings.empty());
  return result.value().documents.at(0);
}

Status parse_error(std::string const& bytes, std::string const& name = "doc.txt") {
  Result<Loaded> result = parse_documents(name, bytes);
  EXPECT_FALSE(result.ok());
  return result.status();
}

TEST(FrontMatter, AllKeysAreRead) {
  std::string const bytes =
      "---\n"
      "id: ofsted-2016\n"
      "title: Ofsted annual report\n"
      "publisher: Community Care\n"
      "date: 2016-06-29\n"
      "kind: article\n"
      "url: https://example.org/a?b=1\n"
      "parent: none-really\n"
      "---\n"
      "Body line one.\nBody line two.";
  Document const doc = parse_one(bytes);
  EXPECT_EQ(doc.id, "ofsted-2016");
  EXPECT_EQ(doc.title, "Ofsted annual report");
  EXPECT_EQ(doc.publisher, "Community Care");
  EXPECT_EQ(doc.date, "2016-06-29");
  EXPECT_EQ(doc.kind, DocumentKind::kArticle);
  EXPECT_EQ(doc.url, "https://example.org/a?b=1");
  EXPECT_EQ(doc.parent, "none-really");
  EXPECT_EQ(doc.path, "doc.txt");
  EXPECT_EQ(doc.text, "Body line one.\nBody line two.");
  EXPECT_EQ(doc.body_line, 10u);
  // The body is a suffix of the file, byte for byte.
  EXPECT_EQ(bytes.substr(bytes.size() - doc.text.size()), doc.text);
}

TEST(FrontMatter, CommentsAndBlankLinesAreIgnored) {
  Document const doc = parse_one(
      "---\n"
      "# who wrote this\n"
      "\n"
      "id: x\n"
      "   # indented comment\n"
      "kind: comment\n"
      "parent: article-1\n"
      "---\n"
      "Text");
  EXPECT_EQ(doc.id, "x");
  EXPECT_EQ(doc.kind, DocumentKind::kComment);
  EXPECT_EQ(doc.parent, "article-1");
  EXPECT_EQ(doc.body_line, 9u);
  EXPECT_EQ(doc.text, "Text");
}

TEST(FrontMatter, QuotedValuesKeepColonsHashesAndSpaces) {
  Document const doc = parse_one(
      "---\n"
      "title: \"Children's Services: 2016 #1 \"\n"
      "publisher: \"The \\\"Daily\\\" \\\\ Post\"\n"
      "date: \"2016\"\n"
      "---\n"
      "Body");
  EXPECT_EQ(doc.title, "Children's Services: 2016 #1 ");
  EXPECT_EQ(doc.publisher, "The \"Daily\" \\ Post");
  EXPECT_EQ(doc.date, "2016");
}

TEST(FrontMatter, UnquotedValueMaySpanColons) {
  Document const doc = parse_one("---\ntitle: Report: the 2016 findings\n---\nx");
  EXPECT_EQ(doc.title, "Report: the 2016 findings");
}

TEST(FrontMatter, PartialDatesAreAccepted) {
  EXPECT_EQ(parse_one("---\ndate: 2016\n---\n").date, "2016");
  EXPECT_EQ(parse_one("---\ndate: 2016-06\n---\n").date, "2016-06");
  EXPECT_EQ(parse_one("---\ndate: 2016-02-29\n---\n").date, "2016-02-29");
}

TEST(FrontMatter, CrLfLineEndsAreAccepted) {
  Document const doc = parse_one("---\r\nid: crlf\r\nkind: blog\r\n---\r\nBody\r\n");
  EXPECT_EQ(doc.id, "crlf");
  EXPECT_EQ(doc.kind, DocumentKind::kBlog);
  EXPECT_EQ(doc.text, "Body\r\n");
  EXPECT_EQ(doc.body_line, 5u);
}

TEST(FrontMatter, ByteOrderMarkBeforeFenceIsAllowed) {
  Document const doc = parse_one("\xEF\xBB\xBF---\nid: bom\n---\nBody");
  EXPECT_EQ(doc.id, "bom");
  EXPECT_EQ(doc.text, "Body");
}

TEST(FrontMatter, EmptyBlockGivesTheFileNameAsId) {
  Document const doc = parse_one("---\n---\nJust text.", "dir/my-article.txt");
  EXPECT_EQ(doc.id, "my-article");
  EXPECT_EQ(doc.text, "Just text.");
  EXPECT_EQ(doc.body_line, 3u);
}

TEST(FrontMatter, ClosingFenceAtEndOfFileGivesEmptyBody) {
  Document const doc = parse_one("---\nid: a\n---");
  EXPECT_EQ(doc.id, "a");
  EXPECT_TRUE(doc.text.empty());
}

TEST(FrontMatter, UnknownKeyIsAnErrorWithItsLine) {
  Status const status = parse_error("---\nid: a\nauthor: Derren Hayes\n---\nBody");
  EXPECT_EQ(status.code, Code::kFrontMatter);
  EXPECT_EQ(status.file, "doc.txt");
  EXPECT_EQ(status.line, 3u);
  EXPECT_NE(status.message.find("unknown key 'author'"), std::string::npos) << status.message;
  EXPECT_EQ(status.to_string().rfind("[claimcheck.input.front_matter] doc.txt:3:", 0), 0u)
      << status.to_string();
}

TEST(FrontMatter, KeysAreCaseSensitive) {
  Status const status = parse_error("---\nTitle: x\n---\n");
  EXPECT_EQ(status.code, Code::kFrontMatter);
  EXPECT_EQ(status.line, 2u);
}

TEST(FrontMatter, LineWithoutColonIsAnError) {
  Status const status = parse_error("---\nid: a\n\njust some words\n---\nBody");
  EXPECT_EQ(status.code, Code::kFrontMatter);
  EXPECT_EQ(status.line, 4u);
  EXPECT_NE(status.message.find("key: value"), std::string::npos) << status.message;
}

TEST(FrontMatter, UnclosedBlockIsAnError) {
  Status const status = parse_error("---\nid: a\ntitle: b\n\nThe body never starts.");
  EXPECT_EQ(status.code, Code::kFrontMatter);
  EXPECT_EQ(status.line, 1u);
  EXPECT_NE(status.message.find("not closed"), std::string::npos) << status.message;
}

TEST(FrontMatter, BadDatesAreErrors) {
  for (char const* date : {"2016-13", "2016-02-30", "2015-02-29", "16", "2016/06/29", "June 2016",
                           "2016-6-29", "0000", "2016-06-29T10:00"}) {
    Status const status = parse_error(std::string("---\nid: a\ndate: ") + date + "\n---\n");
    EXPECT_EQ(status.code, Code::kFrontMatter) << date;
    EXPECT_EQ(status.line, 3u) << date;
    EXPECT_NE(status.message.find("ISO date"), std::string::npos) << status.message;
  }
}

TEST(FrontMatter, BadKindIsAnError) {
  Status const status = parse_error("---\nkind: editorial\n---\n");
  EXPECT_EQ(status.code, Code::kFrontMatter);
  EXPECT_EQ(status.line, 2u);
  EXPECT_NE(status.message.find("editorial"), std::string::npos);
}

TEST(FrontMatter, MalformedQuotesAreErrors) {
  for (char const* value : {"\"unterminated", "\"a\" b\"", "\"ends with escape\\\"", "\""}) {
    Status const status = parse_error(std::string("---\ntitle: ") + value + "\n---\n");
    EXPECT_EQ(status.code, Code::kFrontMatter) << value;
    EXPECT_EQ(status.line, 2u) << value;
  }
}

TEST(FrontMatter, DuplicateKeyIsAnError) {
  Status const status = parse_error("---\nid: a\nid: b\n---\n");
  EXPECT_EQ(status.code, Code::kFrontMatter);
  EXPECT_EQ(status.line, 3u);
}

TEST(NoFrontMatter, WholeFileIsTheBody) {
  std::string const bytes = "Ofsted said 21 authorities were inadequate.\n---\nid: not-front\n";
  Document const doc = parse_one(bytes, "/some/where/belfast.txt");
  EXPECT_EQ(doc.text, bytes);
  EXPECT_EQ(doc.id, "belfast");
  EXPECT_EQ(doc.body_line, 1u);
  EXPECT_EQ(doc.kind, DocumentKind::kUnknown);
  EXPECT_TRUE(doc.title.empty());
  EXPECT_TRUE(doc.date.empty());
}

TEST(NoFrontMatter, FenceMustBeTheWholeFirstLine) {
  std::string const bytes = "--- not a fence\nid: x\n---\n";
  Document const doc = parse_one(bytes, "a.txt");
  EXPECT_EQ(doc.text, bytes);
  EXPECT_EQ(doc.id, "a");
}

TEST(NoFrontMatter, ByteOrderMarkStaysInTheBody) {
  std::string const bytes = "\xEF\xBB\xBFPlain text.";
  EXPECT_EQ(parse_one(bytes).text, bytes);
}

TEST(NoFrontMatter, StdinGetsAnId) {
  Document const doc = parse_one("text", "-");
  EXPECT_EQ(doc.id, "stdin");
  EXPECT_EQ(doc.path, "-");
}

}  // namespace
}  // namespace claimcheck::corpus
