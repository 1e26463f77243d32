// The trigger scanner against its specification: on every bundled text and
// on seeded random strings built from the pieces numbers are made of, it
// finds exactly the starts that detail::trigger_pattern() does when RE2 runs
// it leftmost-first, each search starting where the last match ended.
#include "claimcheck/extractor/candidates.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "claimcheck/corpus/load.hpp"
#include "claimcheck/extractor/normalize.hpp"

namespace {

using claimcheck::extractor::CandidateFinder;

std::vector<std::size_t> by_pattern(re2::RE2 const& re, std::string_view lower) {
  std::vector<std::size_t> out;
  re2::StringPiece const input(lower.data(), lower.size());
  re2::StringPiece match;
  std::size_t pos = 0;
  while (pos <= lower.size() &&
         re.Match(input, pos, lower.size(), re2::RE2::UNANCHORED, &match, 1)) {
    auto const begin = static_cast<std::size_t>(match.data() - lower.data());
    bool const dot_after_digit =
        lower[begin] == '.' && begin > 0 && lower[begin - 1] >= '0' && lower[begin - 1] <= '9';
    out.push_back(dot_after_digit ? begin + 1 : begin);
    pos = begin + std::max<std::size_t>(match.size(), 1);
  }
  return out;
}

class TriggerScanner : public ::testing::Test {
 protected:
  re2::RE2 const pattern{claimcheck::extractor::detail::trigger_pattern()};
  CandidateFinder const finder;
};

TEST_F(TriggerScanner, FindsWhatItsPatternFindsInTheCorpus) {
  ASSERT_TRUE(pattern.ok()) << pattern.error();
  auto loaded = claimcheck::corpus::load_directory(claimcheck::corpus::bundled_corpus_dir());
  ASSERT_TRUE(loaded.ok());
  ASSERT_FALSE(loaded.value().documents.empty());
  std::size_t found = 0;
  for (auto const& document : loaded.value().documents) {
    std::string const lower = claimcheck::extractor::normalize(document.text).lower;
    std::vector<std::size_t> const expected = by_pattern(pattern, lower);
    found += expected.size();
    EXPECT_EQ(finder.triggers(lower), expected) << document.id;
  }
  EXPECT_GT(found, 200u);
}

TEST_F(TriggerScanner, FindsWhatItsPatternFindsInRandomText) {
  ASSERT_TRUE(pattern.ok()) << pattern.error();
  std::vector<std::string> const pieces = {"0",         "1",        "9",
                                           "12",        "3.5",      ".5",
                                           "$",         "\xc2\xa3", "\xe2\x82\xac",
                                           "\xc3\xa9",  " ",        ",",
                                           ".",         "-",        "_",
                                           "a",         "us",       "usd",
                                           "us$",       "a$",       "nz$",
                                           "rs ",       "kr ",      "one",
                                           "twenty",    "half",     "halves",
                                           "threefold", "fold",     "pound",
                                           "dollars",   "couple",   "few",
                                           "grand",     "covid",    "abc",
                                           "abcd",      "\n",       "(",
                                           "%",         "thousand", "hundredths",
                                           "doubled",   "twice",    "le",
                                           "sr",        "Ab",       "x1"};
  std::mt19937 random(20240601);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = 1 + static_cast<int>(random() % 12); n > 0; --n)
      text += pieces[random() % pieces.size()];
    ASSERT_EQ(finder.triggers(text), by_pattern(pattern, text)) << "[" << text << "]";
  }
}

}  // namespace
