// UTF-8 validation: strict decoding, positions in messages, lenient replacement, binary refusal.
#include <cstdint>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::corpus {
namespace {

constexpr std::size_t kNone = std::string_view::npos;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

TEST(FindInvalidUtf8, AcceptsValidText) {
  EXPECT_EQ(find_invalid_utf8(""), kNone);
  EXPECT_EQ(find_invalid_utf8("plain ASCII 123"), kNone);
  // 2-, 3- and 4-byte characters, including the largest code point and the
  // edges next to the surrogate range.
  EXPECT_EQ(find_invalid_utf8("£1bn, Children’s, 25 %, \xF0\x9F\x98\x80"), kNone);
  EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), kNone);          // U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xED\x9F\xBF\xEE\x80\x80"), kNone);  // U+D7FF U+E000
  EXPECT_EQ(find_invalid_utf8("\xC2\x80\xE0\xA0\x80\xF0\x90\x80\x80"),
            kNone);  // smallest non-overlong
}

TEST(FindInvalidUtf8, RejectsTruncatedSequences) {
  EXPECT_EQ(find_invalid_utf8("abc\xC3"), 3u);
  EXPECT_EQ(find_invalid_utf8("abc\xE2\x80"), 3u);  // truncated by end of input
  EXPECT_EQ(find_invalid_utf8("ab\xE2\x80x"), 2u);  // interrupted by ASCII
  EXPECT_EQ(find_invalid_utf8("\xF0\x9F\x98"), 0u);
}

TEST(FindInvalidUtf8, RejectsOverlongForms) {
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);  // '/' in two bytes
  EXPECT_EQ(find_invalid_utf8("a\xC1\xBF"), 1u);
  EXPECT_EQ(find_invalid_utf8("ab\xE0\x80\xAF"), 2u);
  EXPECT_EQ(find_invalid_utf8("abc\xF0\x80\x80\xAF"), 3u);
}

TEST(FindInvalidUtf8, RejectsSurrogatesAndTooLarge) {
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);      // U+D800
  EXPECT_EQ(find_invalid_utf8("x\xED\xBF\xBF"), 1u);      // U+DFFF
  EXPECT_EQ(find_invalid_utf8("x\xF4\x90\x80\x80"), 1u);  // U+110000
  EXPECT_EQ(find_invalid_utf8("x\xF5\x80\x80\x80"), 1u);
  EXPECT_EQ(find_invalid_utf8("x\xFF"), 1u);
}

TEST(FindInvalidUtf8, RejectsLoneContinuationByte) {
  EXPECT_EQ(find_invalid_utf8("\x80"), 0u);
  EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9\xA9"), 5u);  // one continuation too many
}

Status utf8_error(std::string const& bytes) {
  Result<Loaded> result = parse_documents("bad.txt", bytes);
  EXPECT_FALSE(result.ok());
  return result.status();
}

TEST(ParseDocuments, ReportsLineColumnAndOffsetOfBadByte) {
  // Line 2, after "£5 " (3 code points, 4 bytes): column 4, byte 6 + 4 = 10.
  Status const status = utf8_error("first\n£5 \xC3(x)\n");
  EXPECT_EQ(status.code, Code::kBadUtf8);
  EXPECT_EQ(status.file, "bad.txt");
  EXPECT_EQ(status.line, 2u);
  EXPECT_EQ(status.column, 4u);
  EXPECT_EQ(status.offset, 10u);
  EXPECT_NE(status.message.find("truncated"), std::string::npos) << status.message;
  EXPECT_NE(status.message.find("0xC3"), std::string::npos) << status.message;
  EXPECT_NE(status.message.find("byte 10"), std::string::npos) << status.message;
  EXPECT_EQ(status.to_string().rfind("[claimcheck.input.bad_utf8] bad.txt:2:4: ", 0), 0u)
      << status.to_string();
}

TEST(ParseDocuments, NamesTheKindOfBadSequence) {
  EXPECT_NE(utf8_error("\xC0\xAF").message.find("overlong"), std::string::npos);
  EXPECT_NE(utf8_error("\xED\xA0\x80").message.find("surrogate"), std::string::npos);
  EXPECT_NE(utf8_error("\x80").message.find("continuation"), std::string::npos);
  EXPECT_NE(utf8_error("\xF4\x90\x80\x80").message.find("U+10FFFF"), std::string::npos);
  Status const status = utf8_error("ok\n\nstill ok\xBF");
  EXPECT_EQ(status.line, 3u);
  EXPECT_EQ(status.column, 9u);
  EXPECT_EQ(status.offset, 12u);
}

TEST(ParseDocuments, BadUtf8InFrontMatterIsReportedToo) {
  Status const status = utf8_error("---\ntitle: caf\xE9\n---\nBody");
  EXPECT_EQ(status.code, Code::kBadUtf8);
  EXPECT_EQ(status.line, 2u);
  EXPECT_EQ(status.column, 11u);
}

TEST(Lenient, ReplacesEachBadSequenceAndWarns) {
  LoadOptions options;
  options.lenient = true;
  std::string const bytes =
      "a\xC3"
      "b \xE2\x80 c\xED\xA0\x80"
      "d\xF0\x9F\x98\x80";
  Result<Loaded> result = parse_documents("lenient.txt", bytes, options);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  ASSERT_EQ(result.value().documents.size(), 1u);
  std::string const& text = result.value().documents[0].text;
  // A truncated sequence is one replacement; a surrogate is three (each byte is
  // a maximal subpart of its own); the emoji survives.
  std::string expected = "a";
  expected += kReplacement;
  expected += "b ";
  expected += kReplacement;
  expected += " c";
  for (int i = 0; i < 3; ++i)
    expected += kReplacement;
  expected += "d\xF0\x9F\x98\x80";
  EXPECT_EQ(text, expected);
  EXPECT_EQ(find_invalid_utf8(text), kNone);

  ASSERT_EQ(result.value().warnings.size(), 1u);
  Status const& warning = result.value().warnings[0];
  EXPECT_EQ(warning.code, Code::kBadUtf8);
  EXPECT_EQ(warning.file, "lenient.txt");
  EXPECT_EQ(warning.line, 1u);
  EXPECT_EQ(warning.column, 2u);
  EXPECT_EQ(warning.offset, 1u);
  EXPECT_NE(warning.message.find("replaced 5"), std::string::npos) << warning.message;
}

TEST(Lenient, ValidInputGivesNoWarning) {
  LoadOptions options;
  options.lenient = true;
  Result<Loaded> result = parse_documents("ok.txt", "fine £", options);
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.value().warnings.empty());
  EXPECT_EQ(result.value().documents.at(0).text, "fine £");
}

TEST(Binary, NulInFirstKilobyteIsRefused) {
  std::string bytes = "PK\x03\x04";
  bytes += std::string(1, '\0');
  bytes += "rest";
  Result<Loaded> result = parse_documents("archive.txt", bytes);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kBinary);
  EXPECT_EQ(result.status().file, "archive.txt");
  EXPECT_EQ(result.status().offset, 4u);
  EXPECT_NE(result.status().message.find("binary"), std::string::npos);
}

TEST(Binary, RefusedEvenWhenLenient) {
  LoadOptions options;
  options.lenient = true;
  std::string const bytes("\xFF\xFE\0\0", 4);
  Result<Loaded> result = parse_documents("x.txt", bytes, options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code, Code::kBinary);
}

TEST(Binary, NulAfterFirstKilobyteIsBadInputNotBinary) {
  // Only the first KB is probed, as ripgrep does; a later NUL is valid UTF-8
  // (U+0000), so the text loads.
  std::string bytes(1024, 'a');
  bytes += std::string(1, '\0');
  Result<Loaded> result = parse_documents("late.txt", bytes);
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  EXPECT_EQ(result.value().documents.at(0).text.size(), 1025u);
}

TEST(EmptyFile, GivesOneEmptyDocumentAndNoError) {
  Result<Loaded> result = parse_documents("empty.txt", "");
  ASSERT_TRUE(result.ok()) << result.status().to_string();
  ASSERT_EQ(result.value().documents.size(), 1u);
  EXPECT_TRUE(result.value().documents[0].text.empty());
  EXPECT_EQ(result.value().documents[0].id, "empty");
  EXPECT_TRUE(result.value().warnings.empty());
}

TEST(RandomBytes, NeverCrashAndAlwaysValidUtf8WhenLenient) {
  // A fixed-seed generator: deterministic, no timing.
  std::uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1664525u + 1013904223u;
    return static_cast<char>(state >> 24);
  };
  LoadOptions options;
  options.lenient = true;
  for (InputFormat format :
       {InputFormat::kText, InputFormat::kMarkdown, InputFormat::kHtml, InputFormat::kJsonl}) {
    options.format = format;
    for (int round = 0; round < 200; ++round) {
      std::string bytes;
      int const length = round * 7 % 600;
      for (int i = 0; i < length; ++i) {
        char const c = next();
        bytes += c == '\0' ? '\n' : c;
      }
      Result<Loaded> result = parse_documents("random", bytes, options);
      if (!result.ok()) {
        // Only input errors, never an internal failure.
        EXPECT_NE(result.status().code, Code::kInternal) << result.status().to_string();
        continue;
      }
      for (Document const& doc : result.value().documents) {
        EXPECT_EQ(find_invalid_utf8(doc.text), kNone);
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck::corpus
