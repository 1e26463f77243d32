#include "claimcheck/extractor/candidates.hpp"

#include <algorithm>
#include <string>

#include <re2/re2.h>

#include "claimcheck/grammar/quantity.hpp"

namespace claimcheck::extractor {
namespace {

// Words that can open or carry a numeric expression. Hedges ("around", "more
// than") and openers ("between", "a") are found by the extractor looking back
// from these, so common words do not each start a parse.
constexpr char kTriggerPattern[] =
    R"((?:\p{Sc}|\.?[0-9]+|\b(?:[a-z]\$|[a-z]{2,3}\$?)[0-9]|\b(?:zero|nought|naught|one|two|three|four|five|six)"
    R"(|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    R"(|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    R"(|(?:hundred|thousand|million|billion|trillion)(?:ths?)?|dozen|half|halves|thirds?|quarters?|fourths?)"
    R"(|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|doubled?|doubling|tripled?)"
    R"(|tripling|trebled?|quadrupled?|halved|halving|twice|thrice|[a-z]+fold)\b))";

// Words that make "a"/"an" a quantity: "a couple of", "a grand", "a dollar".
// The currency names come from the grammar (ICU's data).
constexpr char kArticleWords[] = "couple|pair|few|grand";

std::string trigger_pattern() {
  std::string pattern = kTriggerPattern;
  pattern += R"(|\b(?:)";
  pattern += kArticleWords;
  for (std::string const& word : grammar::currency_words())
    pattern += "|" + word;
  pattern += R"()\b)";
  // "Rs 500": a two-letter symbol spaced from its digits.
  std::string symbols;
  for (std::string const& symbol : grammar::currency_letter_symbols())
    symbols += (symbols.empty() ? "" : "|") + symbol;
  if (!symbols.empty())
    pattern += R"(|\b(?:)" + symbols + R"() [0-9])";
  return pattern;
}

// Digits that are identifiers, not quantities.
constexpr char kExcludedPattern[] =
    R"((?:\+[0-9][0-9 ()/-]{6,}[0-9]|\b0[0-9]{2,4}[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}\b)"  // phones
    R"(|\b0[0-9]{3,4}(?: [0-9]{2,4}){1,3}\b)"  // 0800 1111, 03000 41 11 11
    R"(|\b[0-9]{3}-[0-9]{3,4}-[0-9]{4}\b|\([0-9]{3}\) ?[0-9]{3}-[0-9]{4}\b)"  // (610) 555-0143
    R"(|\b[0-9]{3}-0[0-9]{3}\b)"  // a local number, "555-0147": no range ends in a leading zero
    R"(|\b1-[0-9]{3}-[0-9]{3}-[0-9]{4}\b)"                    // toll-free: 1-800-555-0199
    R"(|\b97[89]-[0-9]{1,5}-[0-9]{1,7}-[0-9]{1,7}-[0-9x]\b)"  // ISBN 978-1-9163-4472-0
    R"(|\b[0-9]{1,4}\([0-9]{1,3}\),)"     // a journal's volume and issue: "16(3), pp. 201-219"
    R"(|\b[0-9]{2,3}(?:\.[0-9])? ?fm\b)"  // a station's frequency: "90.3 FM"
    R"(|\b[0-9]{1,2}-[0-9]{1,2} (?:win|victory|defeat|loss|draw|home win|away win)\b)"  // scores
    // "the 47 bus to town": a route, where a count would go on to a noun ("12 bus routes").
    R"(|\b[0-9]{1,3}[a-z]? bus(?:[.,;:!?)]|$| (?:to|from|into|service|route|stop|at|in|every|home|back|which|that|was|is)\b))"
    R"(|\[[0-9]{1,3}\])"           // footnote marks: "over the decade.[1]", "[2] Ofsted, …"
    R"(|\b[0-9]{2,5} block of\b)"  // US addresses: "the 1400 block of Ferry Street"
    R"(|\b[0-9]{1,3}/(?:19|20)[0-9]{2}\b)"  // numbered publications: "SFR 41/2015"
    R"(|\b[0-9]{1,4}/0[0-9]{2,}\b)"         // case references: "HW/24/031"
    // Times with a leading zero: "embargoed until 00.01", "09.30 on Monday".
    R"(|\b00\.[0-5][0-9]\b|\b0[0-9]\.[0-5][0-9] (?:on|hrs|gmt|bst|utc|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    R"(|\b[0-9]{1,2}[:.][0-9]{2}\s*(?:am|pm|a\.m\.|p\.m\.)|\b[0-9]{1,2}:[0-9]{2}\b)"  // times
    // The 24-hour clock with its zone: "at 0900 GMT", "1030 BST", "2359 hrs".
    R"(|\b(?:[01][0-9]|2[0-3])[0-5][0-9] ?(?:gmt|bst|utc|cet|cest|est|edt|pst|hrs)\b)"
    R"(|\b[0-9]{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:[^a-z]|$))"
    R"(|\b[0-9]+(?:\.[0-9]+){2,}\b)"  // addresses and versions: 192.168.1.2, 3.10.4
    R"(|\b[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2})\b)"  // dates: 17/05/2018, 5/17/18
    R"(|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b)"                   // 2021-03-31
    R"(|\b(?:24/7|9/11)\b))";                              // idioms: "24/7 care"

std::unique_ptr<re2::RE2> compile(std::string const& pattern) {
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
    : trigger_(compile(trigger_pattern())), excluded_(compile(kExcludedPattern)) {}

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

std::vector<std::size_t> CandidateFinder::triggers(std::string_view lower) const {
  std::vector<std::size_t> out;
  for_each_match(*trigger_, lower, [&](Span s) {
    // "192.168.1.2": after a digit a dot separates numbers; it opens none.
    bool const dot_after_digit = lower[s.begin] == '.' && s.begin > 0 &&
                                 lower[s.begin - 1] >= '0' && lower[s.begin - 1] <= '9';
    out.push_back(dot_after_digit ? s.begin + 1 : s.begin);
  });
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
  std::size_t start =
      t > 0 && (lower[t - 1] == '+' || lower[t - 1] == '(' || lower[t - 1] == '[') ? t - 1 : t;
  // The patterns open with \b; anchoring at `start` keeps that check meaningful.
  if (excluded_->Match(input, start, lower.size(), re2::RE2::ANCHOR_START, &match, 1)) {
    auto const begin = static_cast<std::size_t>(match.data() - lower.data());
    return Span{begin, begin + match.size()};
  }
  return std::nullopt;
}

}  // namespace claimcheck::extractor
