#include "claimcheck/extractor/candidates.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "claimcheck/grammar/quantity.hpp"

namespace claimcheck::extractor {
namespace {

// Words that can open or carry a numeric expression: number, fraction and
// multiplier words. Hedges ("around", "more than") and openers ("between",
// "a") are found by the extractor looking back from these, so common words do
// not each start a parse. Any word ending in "fold" ("threefold") is one too.
constexpr std::array<std::string_view, 80> kNumberWords = {
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

// Words that make "a"/"an" a quantity: "a couple of", "a grand", "a dollar".
// The currency names come from the grammar (ICU's data).
constexpr std::array<std::string_view, 4> kArticleWords = {"couple", "pair", "few", "grand"};

// What a byte can be to the scanner; 0 for most (spaces, punctuation).
enum ByteClass : std::uint8_t {
  kDigit = 1,
  kLetter = 2,     // a to z
  kOtherWord = 4,  // A to Z, "_": word bytes for RE2's \b that start nothing
  kDot = 8,
  kDollar = 16,
  kLead = 32,  // the first byte of a multi-byte UTF-8 character
};
constexpr std::uint8_t kWord = kDigit | kLetter | kOtherWord;

constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> out{};
  for (int c = '0'; c <= '9'; ++c)
    out[static_cast<std::size_t>(c)] = kDigit;
  for (int c = 'a'; c <= 'z'; ++c)
    out[static_cast<std::size_t>(c)] = kLetter;
  for (int c = 'A'; c <= 'Z'; ++c)
    out[static_cast<std::size_t>(c)] = kOtherWord;
  out['_'] = kOtherWord;
  out['.'] = kDot;
  out['$'] = kDollar;
  for (int c = 0xC0; c <= 0xFF; ++c)
    out[static_cast<std::size_t>(c)] = kLead;
  return out;
}();

std::uint8_t byte_class(std::string_view text, std::size_t i) {
  return i < text.size() ? kByteClass[static_cast<unsigned char>(text[i])] : 0;
}

}  // namespace

namespace detail {

// Where a numeric expression may start, leftmost first, each alternative
// read as far as RE2 reads it (the next search starts past it): a currency
// sign; digits, or a decimal point and digits; one to three letters glued to
// a digit, maybe with "$" ("us$5", "usd34"); a whole number, fraction,
// multiplier, "a"-word or currency word; a two-letter sign spaced from its
// digits ("rs 500").
std::string trigger_pattern() {
  std::string words;
  for (std::string_view w : kNumberWords)
    words += std::string(words.empty() ? "" : "|") + std::string(w);
  std::string pattern = R"((?:\p{Sc}|\.?[0-9]+|\b(?:[a-z]\$|[a-z]{2,3}\$?)[0-9]|\b(?:)" + words +
                        R"(|[a-z]+fold)\b))";
  pattern += R"(|\b(?:)";
  for (std::size_t i = 0; i < kArticleWords.size(); ++i)
    pattern += std::string(i == 0 ? "" : "|") + std::string(kArticleWords[i]);
  for (std::string const& word : grammar::currency_words())
    pattern += "|" + word;
  pattern += R"()\b)";
  std::string symbols;
  for (std::string const& symbol : grammar::currency_letter_symbols())
    symbols += (symbols.empty() ? "" : "|") + symbol;
  if (!symbols.empty())
    pattern += R"(|\b(?:)" + symbols + R"() [0-9])";
  return pattern;
}

// The scanner that finds what trigger_pattern() matches, in one pass over
// the bytes instead of an RE2 search per match (a trigger comes every ~150
// bytes of news text): 37M instructions over 2 MB of the bench's text where
// RE2 took 59M (callgrind).
class TriggerScanner {
 public:
  TriggerScanner() {
    for (std::string_view w : kNumberWords)
      words_.insert(w);
    for (std::string_view w : kArticleWords)
      words_.insert(w);
    for (std::string const& w : grammar::currency_words())
      words_.insert(w);
    for (std::string const& s : grammar::currency_letter_symbols())
      spaced_signs_.insert(s);
    for (std::string_view w : words_)
      listed_[slot(w)] = true;
  }

  // Calls each(begin) for every match, in order.
  template <typename Each>
  void scan(std::string_view text, Each each) const {
    std::size_t const n = text.size();
    std::size_t p = 0;
    while (p < n) {
      std::uint8_t const k = kByteClass[static_cast<unsigned char>(text[p])];
      if (k == 0 || k == kOtherWord) {
        ++p;
      } else if (k == kDigit || (k == kDot && byte_class(text, p + 1) == kDigit)) {
        each(p);
        p = digits_end(text, p + 1);
      } else if (k == kDollar) {
        each(p);
        ++p;
      } else if (k == kLead) {
        std::size_t q = p;
        UChar32 cp = 0;
        U8_NEXT(text.data(), q, n, cp);
        if (cp >= 0 && u_charType(cp) == U_CURRENCY_SYMBOL)
          each(p);
        p = std::max(q, p + 1);
      } else if (k == kLetter && (p == 0 || (byte_class(text, p - 1) & kWord) == 0)) {
        p = word(text, p, each);
      } else {
        ++p;
      }
    }
  }

 private:
  static std::size_t digits_end(std::string_view text, std::size_t p) {
    while (byte_class(text, p) == kDigit)
      ++p;
    return p;
  }

  // At `p`, a word's first letter: what matches there, and where the next
  // search starts.
  template <typename Each>
  std::size_t word(std::string_view text, std::size_t p, Each each) const {
    // The word's letters, then the rest of its word bytes.
    std::size_t letters_end = p + 1;
    while (byte_class(text, letters_end) == kLetter)
      ++letters_end;
    std::size_t e = letters_end;
    while (byte_class(text, e) & kWord)
      ++e;
    std::size_t const letters = letters_end - p;
    bool const all_letters = e == letters_end;
    // One to three letters glued to a digit, maybe by "$", through the digit:
    // "a$5", "us$5", "usd5".
    if (letters <= 3 && all_letters && text.substr(e, 1) == "$" &&
        byte_class(text, e + 1) == kDigit) {
      each(p);
      return e + 2;
    }
    if (letters >= 2 && letters <= 3 && byte_class(text, letters_end) == kDigit) {
      each(p);
      return letters_end + 1;
    }
    std::string_view const w = text.substr(p, e - p);
    if (all_letters &&
        ((listed_[slot(w)] && words_.count(w) > 0) || (w.size() > 4 && w.ends_with("fold")))) {
      each(p);
      return e;
    }
    // "rs 500": a two-letter sign, a space and a digit.
    if (all_letters && w.size() == 2 && text.substr(e, 1) == " " &&
        byte_class(text, e + 1) == kDigit && spaced_signs_.count(w) > 0) {
      each(p);
      return e + 2;
    }
    // Digits inside the word ("covid19") still open a number.
    std::size_t next = letters_end;
    while (next < e && byte_class(text, next) != kDigit)
      ++next;
    return next;
  }

  // A word's first and last letter and its length (past 15 sharing one):
  // a word of the text whose slot no listed word has is ruled out without
  // hashing it, as most are. `w` is lower-case letters.
  static std::size_t slot(std::string_view w) {
    return (static_cast<std::size_t>(w.front() - 'a') * 26 +
            static_cast<std::size_t>(w.back() - 'a')) *
               16 +
           std::min<std::size_t>(w.size(), 15);
  }

  std::unordered_set<std::string_view> words_;
  std::unordered_set<std::string_view> spaced_signs_;
  std::array<bool, 26 * 26 * 16> listed_{};
};

}  // namespace detail

namespace {

// Digits that are identifiers, not quantities.
constexpr char kExcludedPattern[] =
    R"((?:\+[0-9][0-9 ()/-]{6,}[0-9]|\b0[0-9]{2,4}[ -]?[0-9]{3,4}[ -]?[0-9]{3,4}\b)"  // phones
    R"(|\b0[0-9]{3,4}(?: [0-9]{2,4}){1,3}\b)"  // 0800 1111, 03000 41 11 11
    R"(|\b[0-9]{3}-[0-9]{3,4}-[0-9]{4}\b|\([0-9]{3}\) ?[0-9]{3}-[0-9]{4}\b)"  // (610) 555-0143
    R"(|\b[0-9]{3}-0[0-9]{3}\b)"  // a local number, "555-0147": no range ends in a leading zero
    R"(|\(0[0-9]{1,4}\) ?[0-9]{3,4}[ -]?[0-9]{3,4}\b)"  // an area code in brackets: (01) 555 0188
    R"(|\b1-[0-9]{3}-[0-9]{3}-[0-9]{4}\b)"              // toll-free: 1-800-555-0199
    R"(|\b1[0-9]{3}-[0-9]{3}-[0-9]{4}\b)"               // and India's: 1800-425-0143
    R"(|\b1[38][05]0 ?[0-9]{3} ?[0-9]{3}\b)"    // Irish and Australian: 1800 454 454, 1300 555 000
    R"(|\b13 [0-9]{2} [0-9]{2}\b)"              // and Australia's six digits: 13 14 95
    R"(|\b0[0-9] [0-9]{3} [0-9]{4}\b)"          // a one-digit area code: 04 555 0173
    R"(|\b[0-9]{1,2}:[0-5][0-9]:[0-5][0-9]\b)"  // a time to the second: won in 2:17:08
    R"(|\b(?:19|20)[0-9]{2} ?= ?100\b)"         // an index's base: "(December 2023 = 100)"
    R"(|\b(?:19|20)[0-9]{2}/[0-9]{1,4}/e(?:c|u|ec)\b)"        // EU law: Directive 2007/60/EC
    R"(|\b97[89]-[0-9]{1,5}-[0-9]{1,7}-[0-9]{1,7}-[0-9x]\b)"  // ISBN 978-1-9163-4472-0
    R"(|\b[0-9]{1,4}\([0-9]{1,3}\),)"     // a journal's volume and issue: "16(3), pp. 201-219"
    R"(|\b[0-9]{2,3}(?:\.[0-9])? ?fm\b)"  // a station's frequency: "90.3 FM"
    R"(|\b[0-9]{1,2}-[0-9]{1,2} (?:(?:home|away) )?(?:win|victory|defeat|loss|draw|thrashing)\b)"  // scores
    R"(|\b[0-9]-[0-9]{1,2} to [0-9]-[0-9]{1,2}\b)"  // goals and points: "won 2-14 to 1-09"
    // "the 47 bus to town": a route, where a count would go on to a noun ("12 bus routes").
    R"(|\b[0-9]{1,3}[a-z]? (?:bus|tram|route)(?:[.,;:!?)]|$| (?:to|from|into|service|route|stop|at|in|for|every|home|back|which|that|was|is)\b))"
    R"(|\[[0-9]{1,3}\])"           // footnote marks: "over the decade.[1]", "[2] Ofsted, …"
    R"(|\b[0-9]{2,5} block of\b)"  // US addresses: "the 1400 block of Ferry Street"
    R"(|\b[0-9]{1,3}/(?:19|20)[0-9]{2}\b)"  // numbered publications: "SFR 41/2015"
    R"(|\b(?:19|20)[0-9]{2}/[0-9]{3}\b)"    // and year first: "Regulation (EU) 2021/782"
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
    : triggers_(std::make_unique<detail::TriggerScanner>()), excluded_(compile(kExcludedPattern)) {}

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
  triggers_->scan(lower, [&](std::size_t begin) {
    // "192.168.1.2": after a digit a dot separates numbers; it opens none.
    bool const dot_after_digit =
        lower[begin] == '.' && begin > 0 && lower[begin - 1] >= '0' && lower[begin - 1] <= '9';
    out.push_back(dot_after_digit ? begin + 1 : begin);
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
