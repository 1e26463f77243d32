// Robustness: seeded random bytes, truncated and overlong UTF-8, NULs, huge
// numbers and very long inputs through parse_quantity and parse_time. Asserts
// only that nothing crashes or throws and that results stay inside the span.
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "claimcheck/grammar/period.hpp"
#include "claimcheck/grammar/quantity.hpp"

namespace claimcheck::grammar {
namespace {

constexpr std::uint32_t kSeed = 20240611;

// Runs both parsers over `input` and checks the only promises they make on
// arbitrary bytes. The input is copied into a buffer with no terminator so a
// parser that reads past the span's end is caught by sanitizers.
void check_survives(std::string_view input) {
  std::vector<char> buffer(input.begin(), input.end());
  std::string_view const span(buffer.data(), buffer.size());
  QuantityParse quantity;
  EXPECT_NO_THROW(quantity = parse_quantity(span));
  EXPECT_LE(quantity.consumed, span.size());
  EXPECT_LE(quantity.begin, span.size());
  for (QuantityPart const& part : quantity.parts) {
    EXPECT_LE(part.begin, part.end);
    EXPECT_LE(part.end, span.size());
  }
  if (quantity.quantity && quantity.quantity->code_end) {
    EXPECT_LE(*quantity.quantity->code_end, span.size());
  }
  std::optional<TimeExpression> time;
  EXPECT_NO_THROW(time = parse_time(span));
  if (time) {
    EXPECT_LE(time->consumed, span.size());
  }
}

// Pieces of the grammar's vocabulary, so random text reaches deep rules.
std::vector<std::string> const& vocabulary() {
  static std::vector<std::string> const words = {
      "1",    "16",      "1,600",   "4.9",     ".5",       "2012",     "-13",     "/11",   "%",
      "£",    "$",       "€",       "¥",       "bn",       "m",        "k",       " ",     " ",
      ",",    ".",       "-",       "/",       "~",        "<",        ">",       "=",     "per",
      "cent", "percent", "points",  "million", "billion",  "thousand", "dozen",   "a",     "an",
      "half", "quarter", "thirds",  "one",     "seven",    "twenty",   "hundred", "and",   "point",
      "in",   "out",     "of",      "the",     "between",  "from",     "to",      "since", "over",
      "more", "than",    "less",    "around",  "nearly",   "at",       "least",   "up",    "or",
      "fold", "times",   "doubled", "twice",   "gbp",      "usd",      "pence",   "cents", "month",
      "year", "years",   "decade",  "last",    "past",     "march",    "31",      "jun",   "minus",
      "plus", "equal",   "exactly", "\xc2",    "\xe2\x82", "\0",       "\xff",
  };
  return words;
}

TEST(Robustness, RandomBytesDoNotCrash) {
  std::mt19937 rng(kSeed);
  std::uniform_int_distribution<int> length(0, 64);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 4000; ++i) {
    std::string input(static_cast<std::size_t>(length(rng)), '\0');
    for (char& c : input)
      c = static_cast<char>(byte(rng));
    SCOPED_TRACE(i);
    check_survives(input);
  }
}

TEST(Robustness, RandomPrintableAsciiDoesNotCrash) {
  std::mt19937 rng(kSeed + 1);
  std::uniform_int_distribution<int> length(0, 48);
  std::string const alphabet = "0123456789 ,.-/%$~<>=abdeikmnoprstuy";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  for (int i = 0; i < 4000; ++i) {
    std::string input(static_cast<std::size_t>(length(rng)), ' ');
    for (char& c : input)
      c = alphabet[pick(rng)];
    SCOPED_TRACE(input);
    check_survives(input);
  }
}

TEST(Robustness, RandomVocabularySequencesDoNotCrash) {
  std::mt19937 rng(kSeed + 2);
  std::vector<std::string> const& words = vocabulary();
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> count(1, 14);
  std::bernoulli_distribution space(0.6);
  for (int i = 0; i < 5000; ++i) {
    std::string input;
    int const n = count(rng);
    for (int k = 0; k < n; ++k) {
      std::string const& word = words[pick(rng)];
      if (word == "\0") {
        input.push_back('\0');
      } else {
        input += word;
      }
      if (space(rng))
        input += ' ';
    }
    SCOPED_TRACE(input);
    check_survives(input);
  }
}

TEST(Robustness, TruncatedAndOverlongUtf8DoNotCrash) {
  std::vector<std::string> const inputs = {
      "\xc2",
      "\xc2\xa3",
      "\xc2"
      "5",
      "5\xc2",
      "\xe2\x82",
      "\xe2\x82"
      "5",
      "5\xe2\x82",
      "\xe2\x82\xac",
      "\xf0\x9f\x98",
      "\xf0",
      "\xc0\xa5",
      "16\xc0\xa5",
      "\xe0\x80\xa5",
      "\xc1\xbf",
      "\xf0\x80\x80\xa5",
      "\xed\xa0\x80",
      "\xf4\x90\x80\x80",
      "\xfe\xff",
      "\xff\xfe",
      "\x80",
      "16\x80%",
      "\xc2\xa3\xc2",
      "\xc2\xa3"
      "3.5\xc2",
      "\xe2\x82\xac"
      "5\xe2",
      "5 \xe2\x80\x93 7",
      "\xc2\xa0"
      "5",
      "5\xc2\xa0%",
      "around \xc2",
      "since \xe2\x82",
      "2012\xe2\x80\x93"
      "13",
      "31 m\xc3\xa4rz 2015",
      "\xef\xbb\xbf"
      "16%",
  };
  for (std::string const& input : inputs) {
    SCOPED_TRACE(input);
    check_survives(input);
    // Every prefix too: truncation can land anywhere.
    for (std::size_t n = 0; n < input.size(); ++n)
      check_survives(input.substr(0, n));
  }
}

TEST(Robustness, EmbeddedNulsDoNotCrash) {
  using namespace std::string_literals;
  std::vector<std::string> const inputs = {
      "\0"s,
      "\0\0\0"s,
      "16\0%"s,
      "\0"
      "16%"s,
      "16%\0"s,
      "£\0"
      "5"s,
      "between 1\0and 2"s,
      "since\0"
      "2011"s,
      "2012-\0"
      "13"s,
      "one\0hundred"s,
      "1,\0"
      "600"s,
      "3.5\0bn"s,
      "\0\xff\0\xc2"s,
  };
  for (std::string const& input : inputs) {
    SCOPED_TRACE(input.size());
    check_survives(input);
  }
}

TEST(Robustness, HugeNumbersDoNotCrash) {
  std::vector<std::string> inputs = {
      std::string(400, '9'),
      std::string(400, '9') + "%",
      "£" + std::string(400, '9') + "bn",
      std::string(400, '9') + " billion trillion",
      "0." + std::string(400, '0') + "1",
      "." + std::string(400, '9'),
      std::string(10000, '1'),
      std::string(309, '9') + ".9",
      "1e400",
      "1" + std::string(308, '0'),
      "between " + std::string(400, '9') + " and " + std::string(401, '9'),
      std::string(400, '9') + " in " + std::string(400, '9'),
      std::string(400, '9') + "/" + std::string(400, '9'),
      "since " + std::string(400, '9'),
      "in the last " + std::string(400, '9') + " years",
      "in the " + std::string(400, '9') + " years to 2015",
      "the last 999 years",
      "999 billion billion billion billion billion billion billion billion billion billion",
      "a million million million million million million million million million million",
      "minus " + std::string(400, '9'),
      "-" + std::string(400, '9'),
      "1" + std::string(5000, ',') + "000",
  };
  std::string grouped = "1";
  for (int i = 0; i < 200; ++i)
    grouped += ",000";
  inputs.push_back(grouped);
  std::string spaced = "1";
  for (int i = 0; i < 200; ++i)
    spaced += " 000";
  inputs.push_back(spaced);
  std::string scaled = "1";
  for (int i = 0; i < 500; ++i)
    scaled += " trillion";
  inputs.push_back(scaled);
  for (std::string const& input : inputs) {
    SCOPED_TRACE(input.substr(0, 40));
    check_survives(input);
  }
}

TEST(Robustness, VeryLongInputsDoNotCrash) {
  std::mt19937 rng(kSeed + 3);
  std::vector<std::string> inputs = {
      std::string(10000, ' '),    std::string(10000, '-'), std::string(10000, '%'),
      std::string(10000, '.'),    std::string(10000, ','), std::string(10000, '\0'),
      std::string(10000, '\xff'),
  };
  auto repeat = [](std::string_view piece, std::size_t total) {
    std::string out;
    while (out.size() < total)
      out += piece;
    return out;
  };
  for (std::string_view piece :
       {"a ", "one hundred ", "and ", "1,", "more than ", "between 1 and ", "from 2 to ", "seven ",
        "half ", "million ", "£", "the last ", "since ", "2012-13 ", "or more "}) {
    inputs.push_back(repeat(piece, 10000));
  }
  std::vector<std::string> const& words = vocabulary();
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  for (int i = 0; i < 20; ++i) {
    std::string input;
    while (input.size() < 10000) {
      input += words[pick(rng)];
      input += ' ';
    }
    inputs.push_back(std::move(input));
  }
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 10; ++i) {
    std::string input(10000, '\0');
    for (char& c : input)
      c = static_cast<char>(byte(rng));
    inputs.push_back(std::move(input));
  }
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    SCOPED_TRACE(i);
    check_survives(inputs[i]);
  }
}

}  // namespace
}  // namespace claimcheck::grammar
