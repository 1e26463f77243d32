#include "claimcheck/extractor/candidates.hpp"

#include <algorithm>
#include <array>

#include <re2/re2.h>

namespace claimcheck::extractor {
namespace {

// Words that can open or carry a numeric expression. Hedges ("around", "more
// than") and openers ("between", "a") are found by the extractor looking back
// from these, so common words do not each start a parse.
constexpr char kTriggerPattern[] =
    R"((?:\p{Sc}|\.?[0-9]+|\b[a-z]{3}\$?[0-9]|\b(?:zero|nought|naught|one|two|three|four|five|six)"
    R"(|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    R"(|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    R"(|(?:hundred|thousand|million|billion|trillion)(?:ths?)?|dozen|half|halves|thirds?|quarters?|fourths?)"
    R"(|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|doubled?|doubling|tripled?)"
    R"(|tripling|trebled?|quadrupled?|halved|halving|twice|thrice|[a-z]+fold)\b))";

// Digits that are identifiers, not quantities.
constexpr char kExcludedPattern[] =
    R"((?:\+[0-9][0-9 ()/-]{6,}[0-9]|\b0[0-9]{2,4}[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}\b)"  // phones
    R"(|\b[0-9]{3}-[0-9]{3,4}-[0-9]{4}\b)"
    R"(|\b[0-9]{1,2}[:.][0-9]{2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b[0-9]{1,2}:[0-9]{2}\b)"  // times
    R"(|\b[0-9]{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:[^a-z]|$)))";

// The number words of kTriggerPattern's last alternative, spelt out (besides
// "[a-z]+fold"), for the hand-written scan below.
constexpr std::array<std::string_view, 80> kTriggerWords = {
    "zero",     "nought",     "naught",      "one",        "two",        "three",
    "four",     "five",       "six",         "seven",      "eight",      "nine",
    "ten",      "eleven",     "twelve",      "thirteen",   "fourteen",   "fifteen",
    "sixteen",  "seventeen",  "eighteen",    "nineteen",   "twenty",     "thirty",
    "forty",    "fifty",      "sixty",       "seventy",    "eighty",     "ninety",
    "hundred",  "hundredth",  "hundredths",  "thousand",   "thousandth", "thousandths",
    "million",  "millionth",  "millionths",  "billion",    "billionth",  "billionths",
    "trillion", "trillionth", "trillionths", "dozen",      "half",       "halves",
    "third",    "thirds",     "quarter",     "quarters",   "fourth",     "fourths",
    "fifth",    "fifths",     "sixth",       "sixths",     "seventh",    "sevenths",
    "eighth",   "eighths",    "ninth",       "ninths",     "tenth",      "tenths",
    "double",   "doubled",    "doubling",    "triple",     "tripled",    "tripling",
    "treble",   "trebled",    "quadruple",   "quadrupled", "halved",     "halving",
    "twice",    "thrice"};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
// RE2's \b is ASCII: these are its word characters.
bool is_word_char(char c) {
  return is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z') || c == '_';
}

// Whether `word` (a whole run of word characters) is a number word of the pattern.
bool is_trigger_word(std::string_view word) {
  if (!std::all_of(word.begin(), word.end(), is_lower))
    return false;
  if (word.size() > 4 && word.substr(word.size() - 4) == "fold")
    return true;  // [a-z]+fold
  return std::find(kTriggerWords.begin(), kTriggerWords.end(), word) != kTriggerWords.end();
}

std::unique_ptr<re2::RE2> compile(char const* pattern) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  // The patterns are constants of this file: failing to compile is a bug.
  if (!re->ok())
    std::abort();
  return re;
}

}  // namespace

CandidateFinder::CandidateFinder()
    : trigger_(compile(kTriggerPattern)),
      currency_(compile(R"(\p{Sc})")),
      excluded_(compile(kExcludedPattern)) {}

CandidateFinder::~CandidateFinder() = default;

// Match(..., nsubmatch = 1) asks only for the whole match, which RE2's DFA
// answers without a submatch pass.
template <typename Each>
void for_each_match(re2::RE2 const& re, std::string_view text, Each each) {
  re2::StringPiece const input(text.data(), text.size());
  re2::StringPiece match;
  std::size_t pos = 0;
  while (pos <= text.size() && re.Match(input, pos, text.size(), re2::RE2::UNANCHORED, &match, 1)) {
    auto const begin = static_cast<std::size_t>(match.data() - text.data());
    each(Span{begin, begin + match.size()});
    pos = begin + std::max<std::size_t>(match.size(), 1);
  }
}

// The length of the kTriggerPattern match that starts at `p`, or 0. RE2 picks
// the leftmost start and, there, the first alternative that matches; the
// alternatives are told apart by their first byte except the last two (both
// open with a letter after \b), where the "[a-z]{3}$?[0-9]" one comes first.
std::size_t CandidateFinder::trigger_length_at(std::string_view lower, std::size_t p) const {
  char const c = lower[p];
  std::size_t const n = lower.size();
  if (static_cast<unsigned char>(c) >= 0xC0) {  // a UTF-8 lead byte: maybe \p{Sc}
    re2::StringPiece match;
    bool const sign = currency_->Match(re2::StringPiece(lower.data(), n), p, n,
                                       re2::RE2::ANCHOR_START, &match, 1);
    return sign ? match.size() : 0;
  }
  if (c == '$')
    return 1;
  if (is_digit(c) || (c == '.' && p + 1 < n && is_digit(lower[p + 1]))) {
    std::size_t end = c == '.' ? p + 1 : p;
    while (end < n && is_digit(lower[end]))
      ++end;
    return end - p;
  }
  if (!is_lower(c) || (p > 0 && is_word_char(lower[p - 1])))
    return 0;  // the word alternatives need \b before a letter
  if (p + 3 < n && is_lower(lower[p + 1]) && is_lower(lower[p + 2])) {
    if (lower[p + 3] == '$' && p + 4 < n && is_digit(lower[p + 4]))
      return 5;  // "us$5"
    if (is_digit(lower[p + 3]))
      return 4;  // "gbp5"
  }
  std::size_t end = p;
  while (end < n && is_word_char(lower[end]))
    ++end;
  return is_trigger_word(lower.substr(p, end - p)) ? end - p : 0;
}

// A hand-written scan for kTriggerPattern: triggers are dense in news text
// (every figure and number word), and RE2 restarted at each one cost more than
// the whole rest of candidate finding. reference_triggers() is the pattern itself.
std::vector<std::size_t> CandidateFinder::triggers(std::string_view lower) const {
  std::vector<std::size_t> out;
  std::size_t p = 0;
  while (p < lower.size()) {
    if (std::size_t const length = trigger_length_at(lower, p)) {
      out.push_back(p);
      p += length;
    } else {
      ++p;
    }
  }
  return out;
}

std::vector<std::size_t> CandidateFinder::reference_triggers(std::string_view lower) const {
  std::vector<std::size_t> out;
  for_each_match(*trigger_, lower, [&](Span s) { out.push_back(s.begin); });
  return out;
}

std::vector<Span> CandidateFinder::excluded(std::string_view lower) const {
  std::vector<Span> out;
  for_each_match(*excluded_, lower, [&](Span s) { out.push_back(s); });
  return out;
}

std::optional<Span> CandidateFinder::excluded_at(std::string_view lower, std::size_t t) const {
  re2::StringPiece const input(lower.data(), lower.size());
  re2::StringPiece match;
  std::size_t start = t > 0 && (lower[t - 1] == '+' || lower[t - 1] == '(') ? t - 1 : t;
  // The patterns open with \b; anchoring at `start` keeps that check meaningful.
  if (excluded_->Match(input, start, lower.size(), re2::RE2::ANCHOR_START, &match, 1)) {
    auto const begin = static_cast<std::size_t>(match.data() - lower.data());
    return Span{begin, begin + match.size()};
  }
  return std::nullopt;
}

}  // namespace claimcheck::extractor
