#include "ties.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <vector>

namespace claimcheck::extractor::detail {
namespace {

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
}

bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

std::vector<std::string_view> words_of(std::string_view text, std::size_t at_most) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size() && out.size() <= at_most) {
    while (i < text.size() && !is_word_char(text[i]))
      ++i;
    std::size_t j = i;
    while (j < text.size() && is_word_char(text[j]))
      ++j;
    if (j > i)
      out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

template <typename Words>
bool one_of(std::string_view w, Words const& words) {
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}
bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return one_of<std::initializer_list<std::string_view>>(w, words);
}

constexpr std::string_view kChangeNouns[] = {
    "rise",      "fall",      "drop",        "increase",      "decrease", "cut",
    "reduction", "jump",      "decline",     "growth",        "gain",     "uplift",
    "hike",      "leap",      "surge",       "slump",         "dip",      "loss",
    "fall-off",  "increment", "improvement", "deterioration", "swing"};
// "against a target of", "the England average of", "a record low of"
constexpr std::string_view kReferenceNouns[] = {"target", "goal",  "average", "rate",   "level",
                                                "figure", "total", "peak",    "record", "benchmark",
                                                "norm",   "low",   "high",    "limit"};
// Words the earlier figure's noun phrase does not go on with before a tie:
// "46% from the peak of 5,360" is a level left.
constexpr std::string_view kPrepositions[] = {"from",  "to",   "by",    "on",   "at",
                                              "since", "over", "until", "into", "per"};
constexpr std::string_view kNewClause[] = {"and",     "but",      "while",  "whilst", "which",
                                           "who",     "that",     "when",   "where",  "as",
                                           "because", "although", "though", "if"};

// What may stand between a gapped clause's name and its figure: "and England about 7,200".
constexpr std::string_view kHedgeWords[] = {
    "about", "around", "roughly", "nearly", "almost", "approximately", "some",
    "just",  "over",   "under",   "only",   "a",      "further"};

// "…, and England about 7,200", "…, Scotland 130": after the tie's opening
// "and" (or none), one to three capitalised words and hedges only. A name
// followed by the figure with its verb left out is the same measure for
// another place, party or group.
bool gapped_clause(std::string_view head, std::string_view tail, std::string_view tail_as_written) {
  std::vector<std::string_view> const w = words_of(tail, 6);
  std::size_t i = 0;
  if (i < w.size() && one_of(w[i], {"and", "while", "whilst", "whereas", "but"}))
    ++i;
  // "67,000 jobs, government 52,000 and restaurants 42,000": after a figure
  // and its noun, a list goes on with other groups in small letters too.
  std::vector<std::string_view> const counted = words_of(head, 3);
  // Small words that open a phrase of time or place, not a noun: "5.25% in
  // September, after 14 rises".
  auto small_word = [](std::string_view x) {
    return one_of(x, kPrepositions) || one_of(x, kNewClause) ||
           one_of(x, {"in",   "of",        "for",       "after",    "before", "during",
                      "with", "without",   "a",         "an",       "the",    "up",
                      "down", "or",        "against",   "compared", "than",   "versus",
                      "vs",   "including", "excluding", "last",     "this",   "next"});
  };
  bool const after_a_noun =
      (!counted.empty() && counted.size() <= 2 && !small_word(counted.front())) ||
      (counted.empty() && !w.empty() && w[0] == "and");
  std::size_t names = 0;
  while (i < w.size() && names < 3) {
    std::size_t const at = static_cast<std::size_t>(w[i].data() - tail.data());
    bool const plain_word =
        after_a_noun && names < 2 && !one_of(w[i], kChangeNouns) && !small_word(w[i]);
    if ((!is_capital(tail_as_written[at]) && !plain_word) || one_of(w[i], kHedgeWords))
      break;
    ++names, ++i;
  }
  while (i < w.size() && one_of(w[i], kHedgeWords))
    ++i;
  return names > 0 && i == w.size();
}

}  // namespace

bool is_hedge_word(std::string_view word) {
  return one_of(word, kHedgeWords);
}

Tie tie_between(std::string_view gap, std::string_view gap_as_written) {
  std::size_t cut = std::string_view::npos;
  char cut_char = 0;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    char const c = gap[i];
    bool const dash =
        c == '-' && (i == 0 || gap[i - 1] == ' ') && (i + 1 == gap.size() || gap[i + 1] == ' ');
    if (c == ',' || c == '(' || c == ')' || dash || c == ';' || c == ':') {
      cut = i;
      cut_char = c;
    }
  }
  std::string_view const head =
      cut == std::string_view::npos ? std::string_view() : gap.substr(0, cut);
  std::string_view const tail = cut == std::string_view::npos ? gap : gap.substr(cut + 1);
  if (cut_char == ';' || cut_char == ':' || head.size() > 60 ||
      head.find(';') != std::string_view::npos)
    return Tie::kNone;
  // An aside that scopes the earlier figure ("6.7 million offences,
  // excluding fraud and computer misuse, up 10%") coordinates nouns with its
  // "and"; it opens no clause.
  for (std::size_t piece = 0; piece <= head.size();) {
    std::size_t const end = std::min(head.find(',', piece), head.size());
    std::vector<std::string_view> const words = words_of(head.substr(piece, end - piece), 12);
    bool const scoping =
        !words.empty() && one_of(words[0], {"excluding", "including", "except", "mainly", "mostly",
                                            "largely", "chiefly", "not"});
    for (std::string_view w : words) {
      if (one_of(w, kNewClause) && !scoping)
        return Tie::kNone;
    }
    piece = end + 1;
  }
  std::vector<std::string_view> const w = words_of(tail, 8);
  if (w.size() > 8)
    return Tie::kNone;
  if (gap_as_written.size() == gap.size() &&
      gapped_clause(head, tail, gap_as_written.substr(cut == std::string_view::npos ? 0 : cut + 1)))
    return Tie::kParallel;
  if (w.empty())
    return cut_char == '(' || cut_char == '-' ? Tie::kRestatement : Tie::kNone;
  if (w.size() == 1 && (w[0] == "or" || w[0] == "i.e"))
    return Tie::kRestatement;  // "£4,100 a week, or about £213,000 a year"
  // The tie may follow a few words that go on naming the earlier figure
  // ("58 per 10,000 children compared with 42").
  auto parse = [&](std::size_t const first) {
    std::size_t i = first;
    auto take_any = [&](auto const& words) {
      if (i < w.size() && one_of(w[i], words)) {
        ++i;
        return true;
      }
      return false;
    };
    auto take = [&](std::initializer_list<std::string_view> words) { return take_any(words); };
    auto at_end = [&] { return i == w.size(); };

    // "and in Wales", "while in Scotland", "but for boys": the same measure elsewhere.
    if (w.size() - i >= 3 && w.size() - i <= 5 &&
        one_of(w[i], {"and", "while", "whilst", "but", "whereas"}) &&
        one_of(w[i + 1], {"in", "for", "across", "among", "at"}))
      return Tie::kParallel;

    bool const after_and = take({"and"});
    std::size_t const start = i;
    // "a rise of", "an increase of", "a real-terms cut of", "a further fall of"
    take({"a", "an"});
    if (i + 1 < w.size() && !one_of(w[i], kChangeNouns) && one_of(w[i + 1], kChangeNouns))
      ++i;
    if (take_any(kChangeNouns)) {
      take({"of"});
      return at_end() ? Tie::kChange : Tie::kNone;
    }
    i = start;
    bool compares = false;
    if (take({"up", "down"})) {
      take({"by"});
      if (at_end())
        return Tie::kChange;
      if (!take({"from", "on"}))
        return Tie::kNone;
      compares = true;
    } else if (take({"compared", "as"})) {
      if (!take({"with", "to", "against"}))
        return Tie::kNone;
      compares = true;
    } else if (take({"against", "versus", "vs", "than"})) {
      compares = true;
    } else {
      // "well above the England average of", "far below", "ahead of", "higher than"
      take({"well", "far", "just", "slightly", "much", "way", "nearly", "almost"});
      if (take({"above", "below", "behind", "ahead", "higher", "lower", "more", "less"})) {
        take({"of", "than"});
        compares = true;
      }
    }
    if (!compares && i != start)
      return Tie::kNone;
    // A reference after a comparison, or after "and" beside one ("against a
    // target of 95% and an interim goal of 76%"): "the England average of",
    // "a record low of". "down 46% from the peak of 5,360" names the level
    // left, not a second share.
    if ((compares || after_and) && take({"a", "an", "the"})) {
      std::size_t const noun = i;
      while (i < w.size() && i < noun + 2 && !one_of(w[i], kReferenceNouns))
        ++i;
      if (!take_any(kReferenceNouns) || !take({"of"}))
        return Tie::kNone;
      compares = true;
    }
    // "and" alone ties nothing: "38% and 53%" are two figures.
    return compares && at_end() ? Tie::kComparison : Tie::kNone;
  };
  for (std::size_t first = 0; first < w.size() && first <= 4; ++first) {
    if (first > 0 && (one_of(w[first - 1], kNewClause) || one_of(w[first - 1], kPrepositions)))
      break;
    if (Tie const t = parse(first); t != Tie::kNone)
      return t;
  }
  return Tie::kNone;
}

}  // namespace claimcheck::extractor::detail
