// Files, directories, standard input, format and kind names, the data directory.
#include "claimcheck/corpus/load.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <gtest/gtest.h>

#include "claimcheck/corpus/lexicon.hpp"

namespace claimcheck::corpus {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test (tests may run in parallel processes).
class TempDir {
 public:
  TempDir() {
    auto const* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("claimcheck_corpus_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(TempDir const&) = delete;
  TempDir& operator=(TempDir const&) = delete;

  std::string write(std::string const& relative, std::string const& bytes) const {
    fs::path const file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(LoadFile, ReadsBytesExactly) {
  TempDir dir;
  std::string const bytes = "---\nid: f\n---\nline\r\nwith CRLF\r\n\xC2\xA0no-break\n";
  std::string const path = dir.write("f.txt", bytes);
  Result<Loaded> result = load_file(path);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  ASSERT_EQ(result.value().documents.size(), 1u);
  EXPECT_EQ(result.value().documents[0].text, bytes.substr(14));
  EXPECT_EQ(result.value().documents[0].path, path);
}

TEST(LoadFile, PicksFormatByExtension) {
  TempDir dir;
  Result<Loaded> jsonl = load_file(dir.write("a.JSONL", "{\"id\":\"j\",\"text\":\"t\"}\n"));
  ASSERT_TRUE(jsonl.ok()) << jsonl.status().to_string();
  EXPECT_EQ(jsonl.value().documents.at(0).id, "j");
  Result<Loaded> html = load_file(dir.write("b.htm", "<p>Hi &amp; bye</p>"));
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html.value().documents.at(0).text, "Hi & bye\n");
  Result<Loaded> md = load_file(dir.write("c.markdown", "# Title\n"));
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md.value().documents.at(0).title, "Title");
  Result<Loaded> other = load_file(dir.write("d.csv", "# not a heading\n"));
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other.value().documents.at(0).title.empty());
  EXPECT_EQ(other.value().documents.at(0).text, "# not a heading\n");
}

TEST(LoadFile, MissingFileIsAnIoError) {
  Result<Loaded> result = load_file("/nonexistent/claimcheck/none.txt");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kIo);
  EXPECT_EQ(result.status().file, "/nonexistent/claimcheck/none.txt");
  EXPECT_EQ(result.status().to_string().rfind("[claimcheck.input.io] /nonexistent/", 0), 0u);
}

TEST(LoadFile, DirectoryIsAnIoError) {
  TempDir dir;
  Result<Loaded> result = load_file(dir.path());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kIo);
}

TEST(LoadFile, DashReadsStandardInput) {
  TempDir dir;
  std::string const path = dir.write("stdin.txt", "---\nid: piped\n---\nFrom a pipe: 42%.");
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  Result<Loaded> result = load_file("-");
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  ASSERT_EQ(result.value().documents.size(), 1u);
  EXPECT_EQ(result.value().documents[0].id, "piped");
  EXPECT_EQ(result.value().documents[0].path, "-");
  EXPECT_EQ(result.value().documents[0].text, "From a pipe: 42%.");
}

TEST(LoadDirectory, RecursiveSortedAndOnlyDocuments) {
  TempDir dir;
  dir.write("b.txt", "B");
  dir.write("a.md", "# A\n");
  dir.write("sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"C1\"}\n{\"id\":\"c2\",\"text\":\"C2\"}\n");
  dir.write("sub/deeper/d.html", "<p>D</p>");
  dir.write("README.md", "# About this folder\n");
  dir.write("notes.csv", "year,value\n");
  dir.write(".hidden.txt", "hidden");
  dir.write(".git/e.txt", "in a hidden directory");
  Result<Loaded> result = load_directory(dir.path());
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  std::vector<std::string> ids;
  for (Document const& doc : result.value().documents)
    ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c1", "c2", "d"}));
}

TEST(LoadDirectory, FirstBadFileIsTheError) {
  TempDir dir;
  dir.write("a.txt", "fine");
  std::string const bad = dir.write("b.txt", "fine\nthen \xFF");
  Result<Loaded> result = load_directory(dir.path());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kBadUtf8);
  EXPECT_EQ(result.status().file, bad);
  EXPECT_EQ(result.status().line, 2u);
  EXPECT_EQ(result.status().column, 6u);
}

TEST(LoadDirectory, LenientCollectsWarnings) {
  TempDir dir;
  dir.write("a.txt", "bad \xFF");
  dir.write("b.txt", "good");
  LoadOptions options;
  options.lenient = true;
  Result<Loaded> result = load_directory(dir.path(), options);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result.value().documents.size(), 2u);
  ASSERT_EQ(result.value().warnings.size(), 1u);
  EXPECT_EQ(result.value().warnings[0].code, Code::kBadUtf8);
}

TEST(LoadDirectory, MissingDirectoryIsAnIoError) {
  Result<Loaded> result = load_directory("/nonexistent/claimcheck/corpus");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kIo);
  TempDir dir;
  Result<Loaded> file = load_directory(dir.write("f.txt", "x"));
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code, Code::kIo);
}

TEST(Names, InputFormats) {
  EXPECT_EQ(parse_input_format("auto"), InputFormat::kAuto);
  EXPECT_EQ(parse_input_format("text"), InputFormat::kText);
  EXPECT_EQ(parse_input_format("markdown"), InputFormat::kMarkdown);
  EXPECT_EQ(parse_input_format("md"), InputFormat::kMarkdown);
  EXPECT_EQ(parse_input_format("html"), InputFormat::kHtml);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(parse_input_format("pdf"), std::nullopt);
  EXPECT_EQ(parse_input_format(""), std::nullopt);
}

TEST(Names, DocumentKindsRoundTrip) {
  for (DocumentKind kind : {DocumentKind::kArticle, DocumentKind::kReport, DocumentKind::kBlog,
                            DocumentKind::kComment}) {
    EXPECT_EQ(parse_document_kind(to_string(kind)), kind);
  }
  EXPECT_EQ(to_string(DocumentKind::kUnknown), "unknown");
  EXPECT_EQ(parse_document_kind("unknown"), std::nullopt);
  EXPECT_EQ(parse_document_kind("Article"), std::nullopt);
}

TEST(DataDir, EnvironmentOverridesSourceTree) {
  char const* before = std::getenv("CLAIMCHECK_DATA");
  std::string const saved = before == nullptr ? "" : before;
  ::unsetenv("CLAIMCHECK_DATA");
  std::string const source_tree = bundled_data_dir();
  EXPECT_TRUE(fs::is_directory(source_tree + "/documents")) << source_tree;
  EXPECT_EQ(bundled_corpus_dir(), source_tree + "/documents");
  ::setenv("CLAIMCHECK_DATA", "/opt/claimcheck/data", 1);
  EXPECT_EQ(bundled_data_dir(), "/opt/claimcheck/data");
  EXPECT_EQ(bundled_corpus_dir(), "/opt/claimcheck/data/documents");
  ::setenv("CLAIMCHECK_DATA", "", 1);
  EXPECT_EQ(bundled_data_dir(), source_tree);
  if (before == nullptr) {
    ::unsetenv("CLAIMCHECK_DATA");
  } else {
    ::setenv("CLAIMCHECK_DATA", saved.c_str(), 1);
  }
}

}  // namespace
// Document cues add up across files of one domain; a wrong type names the file.
TEST(Lexicon, DocumentCuesOfADomainAddUpAcrossFiles) {
  Lexicon lexicon;
  ASSERT_TRUE(
      parse_lexicon("a.json", R"({"domain": "d", "document_cues": ["foster"]})", lexicon).ok());
  ASSERT_TRUE(parse_lexicon("b.json", R"({"domain": "d"})", lexicon).ok());
  ASSERT_TRUE(
      parse_lexicon("c.json", R"({"domain": "d", "document_cues": ["ofsted"]})", lexicon).ok());
  ASSERT_EQ(lexicon.document_cues.count("d"), 1u);
  EXPECT_EQ(lexicon.document_cues["d"], (std::vector<std::string>{"foster", "ofsted"}));
  Status const bad =
      parse_lexicon("e.json", R"({"domain": "d", "document_cues": "foster"})", lexicon);
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.file, "e.json") << bad.to_string();
}

}  // namespace claimcheck::corpus
