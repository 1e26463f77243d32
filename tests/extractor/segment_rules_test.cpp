// The UAX #29 fast path of segmentation holds to ICU's sentence iterator: the
// same breaks on every line of the bundled corpus and on random lines built
// from the characters the rules treat specially.
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "claimcheck/corpus/load.hpp"
#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/extractor/segment.hpp"

namespace {

using claimcheck::extractor::Span;
namespace detail = claimcheck::extractor::detail;

std::string show(std::string_view text, std::vector<Span> const& spans) {
  std::string out;
  for (Span s : spans)
    out += "[" + std::string(text.substr(s.begin, s.size())) + "]";
  return out;
}

// Returns how many lines the fast path took (the rest are not ASCII-like).
int expect_same_breaks(std::string_view text) {
  int compared = 0;
  for (Span line : detail::lines_of(text)) {
    auto fast = detail::ascii_line_sentences(text, line);
    if (!fast)
      continue;
    ++compared;
    std::vector<Span> const icu = detail::icu_line_sentences(text, line);
    EXPECT_EQ(show(text, *fast), show(text, icu));
  }
  return compared;
}

TEST(SegmentRules, AgreeWithIcuOnTheBundledCorpus) {
  auto loaded = claimcheck::corpus::load_directory(claimcheck::corpus::bundled_corpus_dir());
  ASSERT_TRUE(loaded.ok());
  int compared = 0;
  for (auto const& document : loaded.value().documents)
    compared += expect_same_breaks(claimcheck::extractor::normalize(document.text).text);
  EXPECT_GT(compared, 100);
}

TEST(SegmentRules, AgreeWithIcuOnHandPickedLines) {
  for (char const* line : {
           "It rose 16%. Then it fell.",
           "The U.S. Army grew. It did.",
           "e.g. this one. And that.",
           "He said \"yes.\" Then left.",
           "Up 3.5 per cent. (See below.) Next.",
           "What? No! Really... yes. OK.",
           "Costs rose. 2015 was worse. £3bn went.",
           "Mr. Smith went. mr. jones stayed.",
           "It fell - again. Then rose: twice.",
           "A.B. C.d. E",
           "End.\r\nNext line.",
           "Tabs.\tAfter.",
           "Quote.' 'Next.",
           "...",
           "",
           " . . ",
           "No.5 and No. 6 are both. Fine.",
           "£5.\"£6\". €7 rose. x.Y z.",
       }) {
    std::string const text = std::string(line) + "\n";
    EXPECT_GE(expect_same_breaks(text), 1) << line;
  }
}

TEST(SegmentRules, AgreeWithIcuOnRandomLines) {
  std::mt19937 random(20261201);
  std::vector<std::string> const pieces = {
      "a",  "word", "Word", "U",  "S",   "e",  "g",  "12", "3",    " ",  " ", "  ", ".",
      ".",  "!",    "?",    "\"", "'",   "(",  ")",  "[",  "]",    ",",  "-", ":",  ";",
      "\t", "£",    "€",    "%",  "...", "Mr", "It", "an", "2015", "\r", "&", "/"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    for (int k = length(random); k > 0; --k)
      line += pieces[pick(random)];
    line += '\n';
    expect_same_breaks(line);
    if (HasFailure()) {
      ADD_FAILURE() << "first differing line: " << line;
      return;
    }
  }
}

}  // namespace
