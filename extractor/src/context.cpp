#include "context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <unordered_map>

#include <re2/re2.h>
#include <re2/set.h>

#include "claimcheck/grammar/period.hpp"
#include "ties.hpp"
#include "words.hpp"

namespace claimcheck::extractor::detail {
namespace {

using grammar::Period;
using grammar::QuantityKind;
using grammar::TimeExpression;
using grammar::TimeRole;

// Language, not domain: how English points back to a period already named.
constexpr char kAnaphoraPattern[] =
    R"(\b(?:(?:over|in|during|across|for) (?:the same|that|this) (?:period|time)|since then|(?:has|have|had) since|that year|(?:during|throughout) the year|in that time)\b)";
// Every match of kAnaphoraPattern holds one of these; most sentences hold
// none, and a substring search is cheaper than the RE2 pass it saves.
bool may_hold_anaphor(std::string_view sentence) {
  for (std::string_view word : {"period", "time", "since", "that year", "the year"}) {
    if (sentence.find(word) != std::string_view::npos)
      return true;
  }
  return false;
}
// A change over one year: "up 5.3% on the 51,080 recorded a year earlier",
// "on the previous year", "year-on-year". Its baseline is the year before the
// sentence's point in time, not the document's date.
constexpr char kOneYearPattern[] =
    R"(\b(?:(?:(?:on|from|than|over|compared (?:with|to)|against) (?:the |a )?(?:previous|preceding|prior) year|(?:on|from|than) (?:the )?year before|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? (?:earlier|before|ago|previously)|a decade (?:earlier|before|ago)|year[- ]on[- ]year|the previous year's|the (?:previous|preceding|prior) year)\b|the year before\W*$))";
// How English goes on about the thing the sentence before measured: "There
// were 172,290 in 2015-16", "This is a rise of 72%", "It was 43.1 per
// 10,000", "Compared with 42,300 in 2010".
constexpr char kContinuationPattern[] =
    R"(^\W*(?:(?:over|in|during) (?:the same period|that time|the same time),? )?(?:in [a-z]+(?: [a-z]+)?,? )?(?:there (?:were|was|are|is|had been|have been|has been)\b|(?:this|that|it|these|those|they) (?:is|was|are|were|represents?|means?|marks?|amounts?|stood|rose|fell|had|has|have|compares? (?:with|to))\b|(?:the|this|that|their|its) (?:[a-z]+ )?(?:figure|number|total|count|rate)s?(?: (?:in|for) [a-z]+(?: [a-z]+)?)? (?:is|was|were|are|has|have|had|stood|rose|fell|represents?|grew|more|nearly|almost)\b|compared (?:with|to)\b|(?:of|among|amongst) (?:these|those|them|which)\b|(?:up|down) (?:from|by|on)\b|(?:a|an) (?:rise|increase|fall|drop|decrease|jump|cut|reduction) of\b|(?:the|this|that|its|their) (?:[a-z-]+ )?(?:rise|increase|fall|drop|decrease|jump|growth|decline|change|cut|reduction) (?:is|was|were|are|has|had|represents?)\b|(?:in|by|at|for) (?:\d{1,2} \w+ )?\d{4}(?:[-/]\d{2,4})?,? (?:there|the (?:[a-z]+ )?(?:figure|number|total|count)s?|it|this|that|\d)))";
// The openings of kContinuationPattern that point back even across a
// paragraph break: "The total is …", "This is a rise of …".
constexpr char kPointsBackPattern[] =
    R"(^\W*(?:(?:the|this|that) (?:[a-z]+ )?(?:figure|number|total|count)s? |(?:this|that) (?:is|was|represents?|means?|marks?|amounts? to)\b))";
// "2015-16: 612,470", "March 2020 - 51,510": a row of a table of one measure
// by period, a line of nothing but a period and its figure.
constexpr char kTableRowPattern[] =
    R"(^\W*(?:\d{4}(?:[-/]\d{2,4})?|(?:\d{1,2} )?[a-z]+ \d{4}|q[1-4] \d{4})\s*(?::|-|=)\s*[£$€]?[\d.,]+\s*(?:%|per cent|bn|m|k|million|billion)?\W*$)";
// "gone up 30% in five years", "a 34% cut in just seven years": a window of
// years that ends at the document's date (unless the clause looks ahead).
constexpr char kDurationPattern[] =
    R"(\b(?:in|over|within|during) (?:just |only |the (?:past |last |space of ))?(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years?|(a decade|a year|a single year|one year))\b)";
constexpr char kFuturePattern[] =
    R"(\b(?:will|would|could|shall|expect|expects|expected|projected|forecast|set to|by 20\d\d)\b)";
// "its highest level since 1987" dates a record, not a baseline.
constexpr char kSuperlativeBefore[] =
    R"(\b(?:highest|lowest|largest|smallest|biggest|greatest|worst|best|record|most|least)\b[^,.;]{0,24}$)";
// A year after "Act" names a law: "the Children Act 1989".
constexpr char kLawBefore[] = R"(\bact\s*$)";
// Speakers: "Sir Michael Wilshaw said:", "… , said Ray Jones", panel headers.

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
// ASCII letters and digits, as a table: the word scans test every byte of
// every sentence that holds a claim.
constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();
bool is_alnum(char c) {
  return kAlnum[static_cast<unsigned char>(c)];
}

// Calls each(word) for every run of letters and digits in `text`, in order,
// until each returns false.
template <typename Each>
void for_each_word(std::string_view text, Each each) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_alnum(text[i]))
      ++i;
    std::size_t j = i;
    while (j < text.size() && is_alnum(text[j]))
      ++j;
    if (j == i || !each(text.substr(i, j - i)))
      return;
    i = j;
  }
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::unique_ptr<re2::RE2> compile_pattern(std::string const& pattern, bool& ok,
                                          std::string& error) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  if (!re->ok()) {
    ok = false;
    error = "bad pattern '" + pattern + "': " + re->error();
  }
  return re;
}

std::string join_alternatives(std::vector<std::string> const& patterns) {
  std::string out;
  for (auto const& p : patterns) {
    if (!out.empty())
      out += '|';
    out += "(?:" + p + ")";
  }
  return out.empty() ? "\\b\\B" : out;
}

// A fixed set of short words, looked up once per word of a sentence. Words
// are bucketed by length and first byte, so most words of a text miss on those
// two alone, without hashing.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (!w.empty() && w.size() <= kMaxSize)
        buckets_[bucket(w)].push_back(w);
    }
  }

  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxSize)
      return false;
    auto const& candidates = buckets_[bucket(word)];
    return std::find(candidates.begin(), candidates.end(), word) != candidates.end();
  }

 private:
  static constexpr std::size_t kMaxSize = 15;
  static std::size_t bucket(std::string_view w) {
    return (w.size() - 1) * 32 + (static_cast<unsigned char>(w[0]) & 31);
  }
  std::array<std::vector<std::string_view>, kMaxSize * 32> buckets_;
};

// string_view::find looks for the needle's first byte and compares from
// there, which crawls through prose when that byte is a common letter; glibc's
// memmem does not. For needles searched across a whole document.
std::size_t find_in(std::string_view haystack, std::string_view needle, std::size_t from = 0) {
  if (from > haystack.size())
    return std::string_view::npos;
  void const* at =
      memmem(haystack.data() + from, haystack.size() - from, needle.data(), needle.size());
  return at == nullptr ? std::string_view::npos
                       : static_cast<std::size_t>(static_cast<char const*>(at) - haystack.data());
}

// Lets a map keyed by std::string be searched with a std::string_view.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Match {
  std::size_t metric;
  Span span;
  bool strong;
};

struct TimeHit {
  Span span;
  TimeExpression expr;
};

using FacetValues = std::vector<std::pair<std::string, std::unique_ptr<re2::RE2>>>;

struct FacetHit {
  std::string const* value;  // the facet value's name ("inadequate")
  Span where;
};

// Every occurrence of each value of a facet in a sentence: values in lexicon
// order, each value's occurrences left to right (the order ties are decided in).
// Computed once per sentence and facet, then filtered per claim.
std::vector<FacetHit> facet_hits(FacetValues const& values, std::string_view sentence_lower,
                                 std::size_t sentence_begin) {
  std::vector<FacetHit> out;
  re2::StringPiece const input(sentence_lower.data(), sentence_lower.size());
  for (auto const& [name, re] : values) {
    re2::StringPiece hit;
    std::size_t pos = 0;
    while (pos <= sentence_lower.size() &&
           re->Match(input, pos, sentence_lower.size(), re2::RE2::UNANCHORED, &hit, 1)) {
      auto b = sentence_begin + static_cast<std::size_t>(hit.data() - sentence_lower.data());
      Span where{b, b + hit.size()};
      pos = where.end - sentence_begin + (hit.empty() ? 1 : 0);
      out.push_back({&name, where});
    }
  }
  return out;
}

struct QuoteRegion {
  Span span;
  std::string speaker;
};

// A place read from lower-cased text, as it is written: "north east" ->
// "North East", "vale of glamorgan" -> "Vale of Glamorgan".
std::string place_case(std::string words) {
  static constexpr std::string_view kSmall[] = {"and", "of", "the", "upon", "on", "in", "under"};
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t j = i;
    while (j < words.size() && words[j] != ' ' && words[j] != '-')
      ++j;
    std::string_view const word(words.data() + i, j - i);
    bool const small =
        i > 0 && std::find(std::begin(kSmall), std::end(kSmall), word) != std::end(kSmall);
    if (word == "uk" || word == "us" || word == "eu") {
      for (std::size_t k = i; k < j; ++k)
        words[k] = static_cast<char>(words[k] - 'a' + 'A');
    } else if (!small && j > i && words[i] >= 'a' && words[i] <= 'z') {
      words[i] = static_cast<char>(words[i] - 'a' + 'A');
    }
    i = j + 1;
  }
  return words;
}

std::string fill_label(std::string const& label, std::vector<std::string> const& groups,
                       bool places) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '{' && i + 2 < label.size() && label[i + 2] == '}' && is_digit(label[i + 1])) {
      std::size_t g = static_cast<std::size_t>(label[i + 1] - '1');
      if (g < groups.size())
        out += places ? place_case(groups[g]) : groups[g];
      i += 2;
    } else {
      out += label[i];
    }
  }
  return out;
}

// Whether `re` occurs in `text`, with its capture groups (unset ones empty).
// The capture groups of a match (pieces[1..]), "" for a group that took no part.
std::vector<std::string> captured(std::vector<re2::StringPiece> const& pieces) {
  std::vector<std::string> groups;
  for (std::size_t i = 1; i < pieces.size(); ++i)
    groups.emplace_back(pieces[i].data() ? std::string(pieces[i]) : std::string());
  return groups;
}

bool match_groups(re2::RE2 const& re, std::string_view text, std::vector<std::string>& groups) {
  int const n = re.NumberOfCapturingGroups();
  re2::StringPiece const input(text.data(), text.size());
  // The DFA answers "does it occur" alone; submatches cost a second, slower pass.
  if (!re.Match(input, 0, text.size(), re2::RE2::UNANCHORED, nullptr, 0))
    return false;
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(n) + 1);
  if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), re2::RE2::UNANCHORED,
                pieces.data(), n + 1)) {
    return false;
  }
  groups = captured(pieces);
  return true;
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// Capitalised words at the start of `s`: "Ray Jones, emeritus…" -> "Ray Jones".
std::string leading_name(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_space(s[i]))
    ++i;
  std::size_t end = i;
  while (i < s.size() && is_upper(s[i])) {
    std::size_t j = i;
    while (j < s.size() && (is_alnum(s[j]) || s[j] == '\'' || s[j] == '.' || s[j] == '-'))
      ++j;
    end = j;
    // "said Amy Lord. \"About …": a full stop after a word ends the sentence,
    // but not after an initial or a title ("J.", "St.", "Prof.").
    static constexpr std::string_view kAbbreviations[] = {"Mrs.",  "Prof.", "Rev.", "Gen.",
                                                          "Capt.", "Col.",  "Sgt.", "Insp.",
                                                          "Supt.", "Cllr.", "Hon."};
    std::string_view const word = s.substr(i, j - i);
    if (word.size() > 3 && word.back() == '.' &&
        std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) ==
            std::end(kAbbreviations)) {
      end = j - 1;
      break;
    }
    if (j < s.size() && s[j] == ' ' && j + 1 < s.size() && is_upper(s[j + 1])) {
      i = j + 1;
    } else {
      break;
    }
  }
  std::size_t start = 0;
  while (start < s.size() && is_space(s[start]))
    ++start;
  return std::string(s.substr(start, end - start));
}

// A transcript turn's speaker, if `line` opens with one: "Steve Reed (Croydon
// North) (Lab): …", "The Minister for Children (Vicky Ford): …", "Ms Doe: …".
// A title or a bracketed constituency, party or name is required, so that a
// list header ("Key findings: …") is no speaker. Returns the name and where the
// speech starts.
std::optional<std::pair<std::string, std::size_t>> turn_speaker(std::string_view line) {
  static constexpr std::string_view kTitles[] = {
      "Mr ",   "Mrs ",  "Ms ",       "Miss ",      "Dr ",   "Sir ", "Dame ",
      "Lord ", "Lady ", "Baroness ", "Professor ", "Prof ", "The ", "Rt Hon "};
  std::size_t const lead = line.find_first_not_of(" \t");
  if (lead == std::string_view::npos)
    return std::nullopt;
  std::string_view const rest = line.substr(lead);
  std::size_t const colon = rest.find(": ");
  if (colon == std::string_view::npos || colon > 120)
    return std::nullopt;
  // "Name or office" then bracketed groups only: "(Croydon North) (Lab)".
  std::string_view const head = rest.substr(0, colon);
  std::size_t const open = head.find(" (");
  std::string_view const who = head.substr(0, open);
  if (who.empty() || who.size() > 60 || who.find_first_of(".,;:\"") != std::string_view::npos)
    return std::nullopt;
  std::vector<std::string_view> groups;
  for (std::string_view tail = open == std::string_view::npos ? "" : head.substr(open);
       !tail.empty();) {
    std::size_t const close = tail.find(')');
    if (!tail.starts_with(" (") || close == std::string_view::npos)
      return std::nullopt;
    groups.push_back(tail.substr(2, close - 2));
    tail.remove_prefix(close + 1);
  }
  // Lower-case words run only between the capitalised ones of an office
  // ("The Minister for Children and Families").
  std::string name = leading_name(who);
  bool const office = who.starts_with("The ");
  if (name.empty() || (name.size() != who.size() && !office))
    return std::nullopt;
  bool const titled = std::any_of(std::begin(kTitles), std::end(kTitles),
                                  [&](std::string_view t) { return who.starts_with(t); });
  if (!titled && groups.empty())
    return std::nullopt;
  // An office names its holder in brackets; a member's brackets hold a seat.
  if (office && !groups.empty() && !groups.front().empty() && is_upper(groups.front()[0]))
    name = std::string(groups.front());
  return std::make_pair(name, lead + colon + 2);
}

// Capitalised words at the end of `s`: "…, Sir Michael Wilshaw" -> "Sir
// Michael Wilshaw". With `over_small_words`, a body's name over the small
// words inside it: "A Department of Health and Social Care" -> "Department of
// Health and Social Care".
std::string name_at_end(std::string_view s, bool over_small_words) {
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  std::size_t begin = s.size();
  std::size_t i = s.size();
  while (i > 0) {
    std::size_t j = i;
    while (j > 0 && (is_alnum(s[j - 1]) || s[j - 1] == '\'' || s[j - 1] == '-' ||
                     (over_small_words ? s[j - 1] == '&' : s[j - 1] == '.')))
      --j;
    if (j == i)
      break;
    std::string_view const word = s.substr(j, i - j);
    bool const joins = over_small_words && (word == "and" || word == "of" || word == "for" ||
                                            word == "&" || word == "the");
    if (!is_upper(s[j]) && !(joins && begin != s.size()))
      break;
    // "said Jess Whitlow. Tom Aldridge": a full stop after a word (not an
    // initial or a title) ends the sentence before the name.
    if (begin != s.size() && word.size() > 3 && word.back() == '.' && word != "Mrs." &&
        word != "Prof." && word != "Cllr." && word != "Capt.")
      break;
    if (is_upper(s[j]))
      begin = j;
    if (j > 0 && s[j - 1] == ' ')
      i = j - 1;
    else
      break;
  }
  return std::string(s.substr(begin));
}
std::string trailing_name(std::string_view s) {
  return name_at_end(s, false);
}
std::string organisation_before(std::string_view s) {
  return name_at_end(s, true);
}

constexpr std::string_view kSpeechVerbs[] = {" said", " says", " added", " stated", " told"};

// "Sir Michael Wilshaw said:", "Lily Caprani, director of …, said:",
// "Sir Michael Wishaw, Ofsted, said:" -> the name; "" when none.
std::string name_before_verb(std::string_view before) {
  std::size_t verb = std::string_view::npos;
  for (std::string_view v : kSpeechVerbs) {
    std::size_t at = before.rfind(v);
    if (at != std::string_view::npos && (verb == std::string_view::npos || at > verb))
      verb = at;
  }
  // A quote closing after the verb was that verb's: '… said: "…£654m." "We gave 5%,"'.
  if (verb == std::string_view::npos || before.size() - verb > 48 ||
      before.find('"', verb) != std::string_view::npos)
    return {};
  // "Lily Caprani, director of …, which …, said:": a name that opens the line.
  std::size_t start = 0;
  while (start < before.size() && is_space(before[start]))
    ++start;
  std::string first = leading_name(before);
  if (std::count(first.begin(), first.end(), ' ') >= 1 && start + first.size() < before.size() &&
      before[start + first.size()] == ',') {
    return first;
  }
  std::string_view pre = before.substr(0, verb);
  while (!pre.empty() && is_space(pre.back()))
    pre.remove_suffix(1);
  if (!pre.empty() && pre.back() == ',') {
    // "X, role," before the verb: the name is before the role.
    pre.remove_suffix(1);
    std::size_t comma = pre.rfind(',');
    if (comma != std::string_view::npos)
      pre = pre.substr(0, comma);
  }
  // "A Home Office spokesperson said", "A spokesperson for the Department for
  // Levelling Up, Housing and Communities said": the body speaks.
  for (std::string_view role : {"spokesperson", "spokeswoman", "spokesman", "spokespeople"}) {
    std::size_t const at = pre.rfind(role);
    if (at == std::string_view::npos)
      continue;
    std::string_view after = pre.substr(at + role.size());
    if (after.empty()) {
      std::string body = organisation_before(pre.substr(0, at));
      for (std::string_view article : {"A ", "An ", "The "}) {
        if (body.starts_with(article))
          body.erase(0, article.size());
      }
      if (!body.empty() && body != "A" && body != "The")
        return body;
      continue;
    }
    for (std::string_view lead : {" for the ", " for ", " at the ", " at "}) {
      if (after.starts_with(lead) && after.size() > lead.size() && is_upper(after[lead.size()]))
        return std::string(after.substr(lead.size()));
    }
  }
  // "Professor Ray Kendall of the University of Eastfield said": the person
  // opens the sentence, and what follows "of", "at" or "from" is where they work.
  std::string_view sentence = pre;
  for (std::string_view end : {". ", "? ", "! ", "\" "}) {
    std::size_t at = sentence.rfind(end);
    if (at != std::string_view::npos)
      sentence.remove_prefix(at + end.size());
  }
  while (!sentence.empty() && is_space(sentence.front()))
    sentence.remove_prefix(1);
  std::string const person = leading_name(sentence);
  if (std::count(person.begin(), person.end(), ' ') >= 1) {
    std::string_view const rest = sentence.substr(person.size());
    for (std::string_view affiliation : {" of ", " at ", " from "}) {
      if (rest.starts_with(affiliation))
        return person;
    }
  }
  return trailing_name(pre);
}

// Whether a verb of saying comes before the figure in `before` (lower-cased).
// Verbs of reported speech: "said", "The CBO projects", "her team estimates".
WordSet const kSayingVerbs = {
    "said", "says", "say", "told", "estimates", "estimated", "projects", "projected", "forecasts",
    "warned", "argued", "argues", "claimed", "claims", "believes", "added",
    // what a person or body found or expects: "the CDC noted that", "Ofwat expects"
    "noted", "notes", "found", "finds", "expects", "predicts", "predicted", "calculated",
    "calculates", "concluded", "concludes", "insisted", "insists", "admitted", "admits"};

bool says_before(std::string_view before) {
  bool found = false;
  for_each_word(before, [&](std::string_view word) {
    found = kSayingVerbs.contains(word);
    return !found;
  });
  return found;
}

// Reported speech: "Ms Haddad said that her charity had seen a 30% rise",
// "The CBO projects debt will reach …": the named person or body whose verb
// of saying comes before the figure in `before` (its sentence up to it). A
// name is two capitalised words or more, or an acronym; pronouns and common
// nouns ("her team estimates") name no one.
std::string reported_speaker(std::string_view before) {
  // One pass over the words: this runs for every figure of every body sentence.
  std::size_t verb = std::string_view::npos;
  std::string_view verb_word, after_verb;
  bool next_is_after = false;
  for_each_word(before, [&](std::string_view word) {
    if (next_is_after) {
      after_verb = word;
      next_is_after = false;
    }
    if (kSayingVerbs.contains(word) && word.data() > before.data() && word.data()[-1] == ' ') {
      verb = static_cast<std::size_t>(word.data() - before.data()) - 1;
      verb_word = word;
      after_verb = {};
      next_is_after = true;
    }
    return true;
  });
  // "…," she added: speech; "added 67,000 jobs" is a verb of the figure.
  if (verb == std::string_view::npos || (verb_word == "added" && after_verb != "that") ||
      before.find('"', verb) != std::string_view::npos)
    return {};
  std::string name = organisation_before(before.substr(0, verb));
  // Words that open a sentence in capitals and name no one: "But the IFS said".
  for (std::string_view opener :
       {"But ", "And ", "Yet ", "So ", "However ", "Meanwhile ", "Now ", "Still ", "Also "}) {
    if (std::string_view(name).starts_with(opener))
      name.erase(0, opener.size());
  }
  for (std::string_view article : {"The ", "the ", "A ", "An "}) {
    if (std::string_view(name).starts_with(article))
      name.erase(0, article.size());
  }
  bool const acronym = name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) {
                         return (c >= 'A' && c <= 'Z') || c == '&';
                       });
  if (!acronym && std::count(name.begin(), name.end(), ' ') < 1)
    return {};
  return name;
}

// '"…," he said' with no quote before it: the person the sentence before
// opens with ("Chief Constable Jo Bell warned of a crisis."), if it names one.
std::string person_opening_sentence_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && is_space(text[end - 1]))
    --end;
  if (end == 0 || text[end - 1] != '.')
    return {};
  std::size_t begin = end - 1;
  while (begin > 0 && text[begin - 1] != '.' && text[begin - 1] != '\n' && end - begin < 300)
    --begin;
  std::string_view sentence = text.substr(begin, end - begin);
  while (!sentence.empty() && is_space(sentence.front()))
    sentence.remove_prefix(1);
  std::string person = leading_name(sentence);
  return std::count(person.begin(), person.end(), ' ') >= 1 ? person : std::string();
}

// After a quote: "…," said Ray Jones / "…," Sir Michael said.
std::string name_after_quote(std::string_view after) {
  std::size_t i = 0;
  while (i < after.size() && (is_space(after[i]) || after[i] == ','))
    ++i;
  after.remove_prefix(i);
  for (std::string_view v : kSpeechVerbs) {
    std::string_view word = v.substr(1);
    if (after.substr(0, word.size()) == word && after.size() > word.size() + 1 &&
        after[word.size()] == ' ') {
      return leading_name(after.substr(word.size() + 1));
    }
  }
  // '"…," a Treasury spokesman said': the body.
  for (std::string_view article : {"a ", "an ", "the "}) {
    if (!after.starts_with(article))
      continue;
    std::string_view const rest = after.substr(article.size());
    std::string const body = leading_name(rest);
    std::string_view const role = rest.substr(body.size());
    for (std::string_view r : {" spokesperson", " spokeswoman", " spokesman"}) {
      if (!body.empty() && role.starts_with(r)) {
        std::string_view const verb = role.substr(r.size());
        for (std::string_view v : kSpeechVerbs) {
          if (verb.starts_with(v))
            return body;
        }
      }
    }
  }
  // '"…," he said': the pronoun, for the caller to resolve.
  for (std::string_view pronoun : {"he", "she", "they", "we"}) {
    if (after.starts_with(pronoun)) {
      std::string_view const rest = after.substr(pronoun.size());
      for (std::string_view v : kSpeechVerbs) {
        if (rest.starts_with(v))
          return std::string(pronoun);
      }
    }
  }
  std::string name = leading_name(after);
  if (name.empty())
    return {};
  std::string_view rest = after.substr(name.size());
  for (std::string_view v : kSpeechVerbs) {
    if (rest.substr(0, v.size()) == v)
      return name;
  }
  return {};
}

bool has_finite_verb(std::string_view clause);

// Labelled patterns tried in order (populations, geographies). Most clauses
// match none of them, so one RE2::Set pass says which occur at all before a
// single pattern is asked for its groups, instead of one scan per pattern.
class LabelledPatterns {
 public:
  // Labels of places write the captured names as places are written ("North East").
  void name_places() { places_ = true; }

  bool add(std::string const& pattern, std::string label, std::string& error) {
    bool ok = true;
    patterns_.emplace_back(compile_pattern(pattern, ok, error), std::move(label));
    return ok;
  }

  // Builds the set; without it (a pattern the set refuses) first_label scans in order.
  void compile() {
    re2::RE2::Options options;
    options.set_log_errors(false);
    any_ = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
    for (auto const& entry : patterns_) {
      if (any_->Add(entry.first->pattern(), nullptr) < 0) {
        any_.reset();
        return;
      }
    }
    if (patterns_.empty() || !any_->Compile())
      any_.reset();
  }

  // Where any pattern occurs in `text`, as offsets into it.
  void spans(std::string_view text, std::vector<Span>& out) const {
    re2::StringPiece const input(text.data(), text.size());
    for (auto const& entry : patterns_) {
      re2::StringPiece hit;
      std::size_t pos = 0;
      while (pos <= text.size() &&
             entry.first->Match(input, pos, text.size(), re2::RE2::UNANCHORED, &hit, 1)) {
        std::size_t const b = static_cast<std::size_t>(hit.data() - text.data());
        out.push_back({b, b + hit.size()});
        pos = b + std::max<std::size_t>(hit.size(), 1);
      }
    }
  }

  // Every occurrence of every pattern in `text` with its label, in text order
  // (offsets into `text`): "in the North East … in London" gives both places.
  std::vector<std::pair<Span, std::string>> labelled_spans(std::string_view text) const {
    std::vector<std::pair<Span, std::string>> out;
    std::vector<int> which;
    if (any_) {
      if (!any_->Match(re2::StringPiece(text.data(), text.size()), &which))
        return out;
    } else {
      for (std::size_t i = 0; i < patterns_.size(); ++i)
        which.push_back(static_cast<int>(i));
    }
    for (int w : which) {
      re2::RE2 const& re = *patterns_[static_cast<std::size_t>(w)].first;
      int const n = re.NumberOfCapturingGroups();
      std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(n) + 1);
      re2::StringPiece const input(text.data(), text.size());
      std::size_t pos = 0;
      while (pos <= text.size() &&
             re.Match(input, pos, text.size(), re2::RE2::UNANCHORED, pieces.data(), n + 1)) {
        auto const b = static_cast<std::size_t>(pieces[0].data() - text.data());
        out.push_back(
            {{b, b + pieces[0].size()},
             fill_label(patterns_[static_cast<std::size_t>(w)].second, captured(pieces), places_)});
        pos = b + std::max<std::size_t>(pieces[0].size(), 1);
      }
    }
    std::sort(out.begin(), out.end(),
              [](auto const& a, auto const& b) { return a.first.begin < b.first.begin; });
    return out;
  }

  // Every label that occurs in `text`, in text order and joined with ", ":
  // "18-year-olds from the most advantaged fifth" is "18, most advantaged
  // fifth", a part of the 18-year-olds. Of two patterns that read the same
  // words, the one that reads more of them speaks.
  std::string joined_labels(std::string_view text) const {
    std::vector<std::pair<Span, std::string>> found = labelled_spans(text);
    std::stable_sort(found.begin(), found.end(), [](auto const& a, auto const& b) {
      return a.first.begin != b.first.begin ? a.first.begin < b.first.begin
                                            : a.first.size() > b.first.size();
    });
    std::string out;
    std::vector<std::string_view> said;
    std::size_t covered = 0;
    for (auto const& [where, label] : found) {
      if (where.begin < covered || label.empty() ||
          std::find(said.begin(), said.end(), label) != said.end())
        continue;
      covered = where.end;
      said.push_back(label);
      out += (out.empty() ? "" : ", ") + label;
    }
    return out;
  }

  // The label of the first pattern that occurs in `text`, or "".
  std::string first_label(std::string_view text) const {
    if (any_) {
      std::vector<int> hits;
      re2::RE2::Set::ErrorInfo info{};
      if (any_->Match(re2::StringPiece(text.data(), text.size()), &hits, &info)) {
        std::size_t const first =
            static_cast<std::size_t>(*std::min_element(hits.begin(), hits.end()));
        if (auto label = label_if_match(first, text))
          return *label;
      } else if (info.kind == re2::RE2::Set::kNoError) {
        return {};  // none occurs
      }
      // The set ran out of memory or disagrees: ask each pattern in order.
    }
    for (std::size_t i = 0; i < patterns_.size(); ++i) {
      if (auto label = label_if_match(i, text))
        return *label;
    }
    return {};
  }

 private:
  std::optional<std::string> label_if_match(std::size_t i, std::string_view text) const {
    std::vector<std::string> groups;
    if (!match_groups(*patterns_[i].first, text, groups))
      return std::nullopt;
    return fill_label(patterns_[i].second, groups, places_);
  }

  std::vector<std::pair<std::unique_ptr<re2::RE2>, std::string>> patterns_;
  std::unique_ptr<re2::RE2::Set> any_;
  bool places_ = false;
};

std::string fiscal_label(int start_year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%d-%02d", start_year, (start_year + 1) % 100);
  return buffer;
}

// Where a dateline ends ("LEEDS. The number of …", "WASHINGTON — …",
// "CARDIFF, May 3 -"): the place the reporter files from, in capitals at the
// start of the text, says nothing of where the figures are. 0 when none.
std::size_t dateline_end(std::string_view sentence) {
  auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  std::size_t i = 0;
  while (i < sentence.size() && (sentence[i] == ' ' || sentence[i] == '\n'))
    ++i;
  // Words wholly in capitals ("LEEDS", "NEWPORT PAGNELL", "STOKE-ON-TRENT").
  std::size_t end = i, capitals = 0;
  while (i < sentence.size() && capital(sentence[i])) {
    std::size_t j = i;
    while (j < sentence.size() &&
           (capital(sentence[j]) || sentence[j] == '-' || sentence[j] == '\''))
      ++j;
    if (j < sentence.size() && sentence[j] >= 'a' && sentence[j] <= 'z')
      break;  // "The": a word of prose
    capitals += j - i;
    end = j;
    i = j < sentence.size() && sentence[j] == ' ' ? j + 1 : j;
  }
  if (capitals < 3)
    return 0;
  // "CARDIFF, May 3 -": a date may follow the place, before the mark that ends it.
  std::size_t j = end;
  if (j < sentence.size() && sentence[j] == ',') {
    std::size_t const mark = sentence.find_first_of(".-:", j);
    if (mark != std::string_view::npos && mark - j <= 16)
      j = mark;
    while (j > end && sentence[j - 1] == ' ')
      --j;
  }
  std::string_view const rest = sentence.substr(j);
  // What ends the dateline: a full stop, a dash or a colon, then a capital.
  for (std::string_view mark : {". ", " - ", " — ", " – ", ": ", " -- ", "- "}) {
    if (rest.starts_with(mark) && rest.size() > mark.size() && capital(rest[mark.size()]))
      return j + mark.size();
  }
  return 0;
}

// "the Fed's New York branch", "its London office": a place that names an
// office of a body describes the office, not where a figure is. ("The
// council's offices" are the council's own.)
bool names_an_office(std::string_view sentence_lower, Span place, std::string_view label) {
  std::string_view const after = sentence_lower.substr(place.end);
  return label.find("authority") == std::string_view::npos &&
         (after.starts_with(" branch") || after.starts_with(" office") ||
          after.starts_with(" headquarters") || after.starts_with(" bureau") ||
          after.starts_with(" campus"));
}

// "Harrowdene County Council", "Westbridge City Council": a council named
// with its kind, written in capitals, as a place.
std::vector<std::pair<Span, std::string>> named_councils(std::string_view sentence) {
  static re2::RE2 const kCouncil(
      "((?:[A-Z][a-z]+)(?:(?:-| | and | upon | on | under )[A-Z][a-z]+)*) "
      "(?:County|Borough|City|District|Metropolitan Borough|Town) Council\\b");
  std::vector<std::pair<Span, std::string>> out;
  if (sentence.find(" Council") == std::string_view::npos)
    return out;
  re2::StringPiece const input(sentence.data(), sentence.size());
  re2::StringPiece groups[2];
  std::size_t pos = 0;
  while (pos < sentence.size() &&
         kCouncil.Match(input, pos, sentence.size(), re2::RE2::UNANCHORED, groups, 2)) {
    auto const begin = static_cast<std::size_t>(groups[0].data() - sentence.data());
    std::string label(groups[1].data(), groups[1].size());
    // "The County Council": an article opens no name.
    for (std::string_view article : {"The ", "This ", "That ", "A ", "An ", "Our ", "Their "}) {
      if (std::string_view(label).starts_with(article))
        label.erase(0, article.size());
    }
    if (label != "The" && label != "This" && label != "Our" && label != "Their")
      out.push_back({{begin, begin + groups[0].size()}, label});
    pos = begin + std::max<std::size_t>(groups[0].size(), 1);
  }
  return out;
}

// Whether a sentence names a place the lexicon does not know ("At COP28 in
// Dubai, countries agreed …"): a capitalised word after "in" or "at" that is
// no month or day. Then the text's opening place does not stand in for it.
WordSet const kMonthNames = {"january", "february", "march",     "april",   "may",      "june",
                             "july",    "august",   "september", "october", "november", "december"};

bool names_another_place(std::string_view sentence) {
  static re2::RE2 const kInAName(R"(\b(?:in|at|across|throughout) ([A-Z][a-z]+)\b)");
  static WordSet const kNotPlaces = {"monday",   "tuesday", "wednesday",  "thursday", "friday",
                                     "saturday", "sunday",  "parliament", "court"};
  re2::StringPiece input(sentence.data(), sentence.size());
  re2::StringPiece name;
  while (re2::RE2::FindAndConsume(&input, kInAName, &name)) {
    std::string const lowered = ascii_lower(std::string_view(name.data(), name.size()));
    if (!kNotPlaces.contains(lowered) && !kMonthNames.contains(lowered))
      return true;
  }
  return false;
}

// Whether a sentence names a month, a year or its own moment that its time
// expressions did not read ("from the December and January tallies", "was
// evacuated earlier this month", "now"): then it is of its own time.
bool names_a_time(std::string_view sentence) {
  static WordSet const kMoments = {"quarter", "year",      "years", "month",     "week",
                                   "today",   "yesterday", "now",   "currently", "recently"};
  bool named = false;
  for_each_word(sentence, [&](std::string_view word) {
    named = kMonthNames.contains(word) || kMoments.contains(word) ||
            (word.size() == 4 && (word.starts_with("19") || word.starts_with("20")) &&
             std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }));
    return !named;
  });
  return named;
}

// Whether `rest` opens with a figure, past hedges: "Scotland about 130" does
// after "Scotland", "Scotland counts differently" does not.
bool runs_into_figure(std::string_view rest) {
  std::size_t i = 0;
  while (true) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == ','))
      ++i;
    std::size_t j = i;
    while (j < rest.size() && is_alnum(rest[j]) && !is_digit(rest[j]))
      ++j;
    if (j == i || !is_hedge_word(rest.substr(i, j - i)))
      break;
    i = j;
  }
  if (i < rest.size() && is_digit(rest[i]))
    return true;
  for (std::string_view symbol : {"£", "$", "€"}) {
    if (rest.substr(i).starts_with(symbol))
      return true;
  }
  return false;
}

// A gap of a few non-word characters: "38% (£538 million)", "21 ... – one quarter".
bool adjacent(std::string_view text, std::size_t a_end, std::size_t b_begin) {
  if (b_begin < a_end)
    return true;
  if (b_begin - a_end > 4)
    return false;
  for (std::size_t i = a_end; i < b_begin; ++i) {
    if (is_alnum(text[i]))
      return false;
  }
  return true;
}

}  // namespace

struct ContextModel::Impl {
  std::vector<corpus::LexiconMetric> metrics;
  std::map<std::string, std::unique_ptr<re2::RE2>> document_cues;  // domain -> any of its cues
  std::vector<std::unique_ptr<re2::RE2>> strong_patterns, weak_patterns;
  std::vector<std::size_t> strong_owner, weak_owner;  // pattern -> metric
  std::unique_ptr<re2::RE2::Set> strong_set, weak_set;
  std::map<std::string, FacetValues> facets;
  LabelledPatterns populations, geographies, price_bases, money_verbs;
  std::unique_ptr<re2::RE2> boilerplate, figures;
  // Direction words, hashed: "rose" -> up; two-word phrases ("gone up") too.
  // A word that opens a phrase ("gone") is marked, so a phrase is looked up
  // only after such a word and no string is built for the other words.
  struct Direction {
    std::optional<bool> up;     // set when the word (or phrase) is a direction word
    bool opens_phrase = false;  // the first word of a two-word phrase
    bool no_direction = false;  // a phrase that takes its second word's direction away
  };
  std::unordered_map<std::string, Direction, TransparentHash, std::equal_to<>> direction_words;

  void add_direction(std::string const& phrase, std::optional<bool> up) {
    Direction& d = direction_words[phrase];
    d.up = up;
    d.no_direction = !up;
    if (std::size_t space = phrase.find(' '); space != std::string::npos)
      direction_words[phrase.substr(0, space)].opens_phrase = true;
  }

  // Calls each(up) for every direction word of `text`, in order.
  template <typename Each>
  void for_each_direction(std::string_view text, Each each) const {
    std::string_view previous;
    bool previous_opens = false;
    // A direction word that opens a phrase ("higher" of "higher education")
    // waits for the next word, which may make the phrase name no direction.
    std::optional<bool> pending;
    std::string pair;
    for_each_word(text, [&](std::string_view word) {
      if (previous_opens) {
        pair.assign(previous).append(1, ' ').append(word);
        if (auto it = direction_words.find(pair);
            it != direction_words.end() && (it->second.up || it->second.no_direction)) {
          pending.reset();
          if (it->second.up)
            each(*it->second.up);
          previous = word;
          previous_opens = false;
          return true;
        }
      }
      if (pending) {
        each(*pending);
        pending.reset();
      }
      auto const it = direction_words.find(word);
      bool const known = it != direction_words.end();
      if (known && it->second.up) {
        if (it->second.opens_phrase)
          pending = it->second.up;
        else
          each(*it->second.up);
      }
      previous = word;
      previous_opens = known && it->second.opens_phrase;
      return true;
    });
    if (pending)
      each(*pending);
  }
  std::unique_ptr<re2::RE2> anaphora, superlative, law, one_year, continuation, points_back,
      duration, future, table_row;

  // --- per-sentence helpers --------------------------------------------------

  std::vector<Span> clauses(std::string_view lower, Span sentence) const {
    std::vector<Span> out;
    std::size_t start = sentence.begin;
    int depth = 0;
    for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
      char c = lower[i];
      if (c == '(')
        ++depth;
      if (c == ')' && depth > 0)
        --depth;
      if (depth > 0)
        continue;
      bool cut = false;
      std::size_t resume = i + 1;
      if (c == ';' || c == ':') {
        cut = true;
      } else if (c == ',' && !(i > 0 && is_digit(lower[i - 1]) && i + 1 < sentence.end &&
                               is_digit(lower[i + 1]))) {
        cut = true;
      } else if (c == ' ' && i + 3 < sentence.end && lower[i + 1] == '-' && lower[i + 2] == ' ') {
        cut = true;
        resume = i + 3;
      } else if (c == ' ' && i + 1 < sentence.end && (lower[i + 1] == 'w' || lower[i + 1] == 'b')) {
        for (std::string_view word : {" while ", " whilst ", " but "}) {
          if (lower.substr(i, word.size()) == word) {
            cut = true;
            break;
          }
        }
      }
      if (cut) {
        if (i > start)
          out.push_back({start, i});
        start = resume;
      }
    }
    if (sentence.end > start)
      out.push_back({start, sentence.end});
    return out;
  }

  static std::size_t clause_of(std::vector<Span> const& clauses, std::size_t pos) {
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      if (pos >= clauses[i].begin && pos < clauses[i].end)
        return i;
    }
    return clauses.empty() ? 0 : clauses.size() - 1;
  }

  std::vector<Match> metric_matches(std::string_view lower, Span sentence) const {
    std::vector<Match> out;
    std::string_view text = lower.substr(sentence.begin, sentence.size());
    auto collect = [&](re2::RE2::Set const& set, auto const& patterns, auto const& owners,
                       bool strong) {
      std::vector<int> hits;
      if (!set.Match(re2::StringPiece(text.data(), text.size()), &hits))
        return;
      for (int h : hits) {
        re2::StringPiece input(text.data(), text.size());
        re2::StringPiece m;
        std::size_t pos = 0;
        while (pos <= text.size() &&
               patterns[h]->Match(input, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) {
          auto b = static_cast<std::size_t>(m.data() - text.data());
          out.push_back({owners[h], {sentence.begin + b, sentence.begin + b + m.size()}, strong});
          pos = b + std::max<std::size_t>(m.size(), 1);
        }
      }
    };
    if (strong_set)
      collect(*strong_set, strong_patterns, strong_owner, true);
    // Weak aliases count only in a sentence without a strong one, and the two
    // kinds never shadow each other: skip their scan when a strong one is there.
    if (weak_set && out.empty())
      collect(*weak_set, weak_patterns, weak_owner, false);
    // Where two metrics' aliases overlap ("unaccompanied asylum-seeking children
    // looked after"), the one that starts first is the head of the phrase.
    // Stable, so equal spans keep the order they were found in whether or not
    // weak aliases were collected too.
    std::stable_sort(out.begin(), out.end(), [](Match const& a, Match const& b) {
      if (a.span.begin != b.span.begin)
        return a.span.begin < b.span.begin;
      return a.span.size() > b.span.size();
    });
    // An alias inside one that lost to an overlapping head loses too:
    // "unaccompanied children in care" is not "in care".
    std::vector<Match> kept;
    std::vector<Span> lost;
    for (Match const& m : out) {
      bool overlapped = false;
      for (Match const& k : kept) {
        if (k.strong == m.strong && m.span.begin < k.span.end && k.span.begin < m.span.end) {
          overlapped = true;
          break;
        }
      }
      for (Span const& l : lost) {
        if (m.span.begin >= l.begin && m.span.end <= l.end)
          overlapped = true;
      }
      if (overlapped)
        lost.push_back(m.span);
      else
        kept.push_back(m);
    }
    return kept;
  }

  // `figures` are the claims found in `sentence`.
  // `document_date` places dates written without a year ("at 31 March").
  std::vector<TimeHit> time_hits(std::string_view text, std::string_view lower, Span sentence,
                                 std::span<Found const> figures,
                                 std::string_view document_date) const {
    // Words a time expression can open with: lead-ins and month names. A
    // common lead-in ("in", "the") is tried only before a year, a month or
    // the words of a span ("in the last 10 years"), so parse_time is not run
    // at every "the" of the text.
    static WordSet const kOpeners = {
        "since", "between", "from",   "in",        "over",     "during",     "at",       "by",
        "the",   "last",    "past",   "for",       "across",   "throughout", "as",       "on",
        "of",    "until",   "up",     "january",   "february", "march",      "april",    "may",
        "june",  "july",    "august", "september", "october",  "november",   "december", "jan",
        "feb",   "mar",     "apr",    "jun",       "jul",      "aug",        "sep",      "sept",
        "oct",   "nov",     "dec"};
    // Only the figures of this sentence can hold one of its words.
    std::vector<Found const*> sentence_figures;
    for (Found const& f : figures)
      sentence_figures.push_back(&f);
    std::vector<TimeHit> out;
    std::size_t i = sentence.begin;
    while (i < sentence.end) {
      bool word_start = i == sentence.begin || !is_alnum(lower[i - 1]);
      if (!word_start || !is_alnum(lower[i])) {
        ++i;
        continue;
      }
      std::size_t word_end = i;
      while (word_end < sentence.end && is_alnum(lower[word_end]))
        ++word_end;
      std::string_view word = lower.substr(i, word_end - i);
      // A handle or an identifier holds no date: "@jen_1982", "covid_2020".
      if (i > sentence.begin &&
          (lower[i - 1] == '_' || lower[i - 1] == '@' || lower[i - 1] == '#')) {
        i = word_end;
        continue;
      }
      bool const in_figure =
          std::any_of(sentence_figures.begin(), sentence_figures.end(),
                      [&](Found const* f) { return i >= f->span.begin && i < f->span.end; });
      bool candidate =
          !in_figure && (is_digit(lower[i]) || (word.size() <= 10 && kOpeners.contains(word) &&
                                                opens_time(lower, word, word_end, sentence.end)));
      if (candidate) {
        auto time = grammar::parse_time(lower.substr(i, sentence.end - i));
        // "held 1,588 men last month": the grammar reads no window in it, but
        // with the document's date it names a month.
        // ("Figures published last month show …" date the figures' release, not them.)
        static WordSet const kReleased = {"published", "released", "announced", "issued",
                                          "updated",   "revealed", "reported",  "out"};
        std::string_view const word_before = [&] {
          std::size_t e = i;
          while (e > sentence.begin && is_space(lower[e - 1]))
            --e;
          std::size_t b = e;
          while (b > sentence.begin && is_alnum(lower[b - 1]))
            --b;
          return lower.substr(b, e - b);
        }();
        if (!time && document_date.size() >= 7 &&
            lower.substr(i, sentence.end - i).starts_with("last month") &&
            (i + 10 >= sentence.end || !is_alnum(lower[i + 10])) &&
            !kReleased.contains(word_before)) {
          time.emplace();
          time->role = TimeRole::kRelative;
          time->length_months = 1;
          time->consumed = 10;
        }
        if (time) {
          bool const ahead = looks_ahead_at(lower, sentence, i, word);
          for (auto* p : {&time->first, &time->second}) {
            if (*p)
              grammar::place_in_year(**p, document_date, ahead);
          }
        }
        // "30,970 the previous year": a year before the sentence's own time,
        // read as a one-year phrase (kOneYearPattern), not a year before the
        // day of writing as "last year" is.
        bool const previous_year = time && time->role == TimeRole::kRelative &&
                                   time->length_years == 1 &&
                                   (lower.substr(i).starts_with("the previous year") ||
                                    lower.substr(i).starts_with("the preceding year") ||
                                    lower.substr(i).starts_with("the prior year"));
        // "we issued 1,164 notices last year", "held 1,588 men last month":
        // without "the", the calendar year or month before the document's,
        // not the twelve months up to its date ("over the last year").
        if (time && time->role == TimeRole::kRelative && document_date.size() >= 7 &&
            time->consumed <= 11) {
          std::string_view said = lower.substr(i, time->consumed);
          while (!said.empty() && !is_alnum(said.back()))
            said.remove_suffix(1);
          int const year = std::atoi(std::string(document_date.substr(0, 4)).c_str());
          int const month = std::atoi(std::string(document_date.substr(5, 2)).c_str());
          Period p;
          p.label = std::string(text.substr(i, said.size()));
          if (said == "last year" && year > 0) {
            p.granularity = grammar::Granularity::kYear;
            p.start = std::to_string(year - 1) + "-01-01";
            p.end = std::to_string(year - 1) + "-12-31";
          } else if (said == "last month" && year > 0 && month >= 1 && month <= 12) {
            int const y = month == 1 ? year - 1 : year, m = month == 1 ? 12 : month - 1;
            int const days = grammar::days_in_month(y, m);
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-01", y, m);
            p.start = buffer;
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, days);
            p.end = buffer;
            p.granularity = grammar::Granularity::kMonth;
            p.month = m;
          }
          // Kept relative for a change ("up 2% on the same point last year"
          // runs to now); a level takes the calendar period (as_level_period).
          if (!p.start.empty())
            time->first = p;
        }
        // "down 28% since the survey began in 2013", "since records began in
        // 1884": the year a short clause after "since" names starts the change.
        if (time && time->role == TimeRole::kPoint && time->first && !time->second) {
          static re2::RE2 const kSinceBegan(
              R"(\bsince (?:the |records |its |their )?(?:[a-z]+ ){0,4}(?:began|started|opened|launched|was launched|was introduced|was set up|came into force) $)");
          std::size_t const reach = i > sentence.begin + 60 ? i - 60 : sentence.begin;
          std::string_view const lead = lower.substr(reach, i - reach);
          if (lead.find("since ") != std::string_view::npos &&
              re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kSinceBegan))
            time->role = TimeRole::kSince;
        }
        if (time && time->consumed > 0 && usable(*time) && !previous_year) {
          Span span{i, i + time->consumed};
          bool inside_claim =
              std::any_of(sentence_figures.begin(), sentence_figures.end(), [&](Found const* f) {
                return f->span.begin < span.end && span.begin < f->span.end &&
                       f->claim.quantity.kind != QuantityKind::kCount;
              });
          std::size_t look = i > sentence.begin + 40 ? i - 40 : sentence.begin;
          std::string_view before = lower.substr(look, i - look);
          bool record =
              time->role == TimeRole::kSince &&
              re2::RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *superlative);
          bool law_year =
              re2::RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *law);
          // "The survey, published by the ministry in April, counted …": when
          // the figures came out, not what they are of.
          bool release_date = false;
          if (time->role == TimeRole::kPoint) {
            std::size_t const reach = i > sentence.begin + 64 ? i - 64 : sentence.begin;
            std::string_view clause_before = lower.substr(reach, i - reach);
            if (std::size_t const cut = clause_before.find_last_of(",;:.(");
                cut != std::string_view::npos)
              clause_before.remove_prefix(cut + 1);
            static WordSet const kReleasedVerbs = {"published", "released", "announced",
                                                   "issued",    "updated",  "revealed"};
            for_each_word(clause_before, [&](std::string_view w) {
              release_date = release_date || kReleasedVerbs.contains(w);
              return !release_date;
            });
            release_date =
                release_date && clause_before.find_first_of("0123456789") == std::string_view::npos;
          }
          if (!inside_claim && !record && !law_year && !release_date) {
            // Label periods as the writer wrote them ("29 Jun 16"), not lower-cased.
            for (auto* p : {&time->first, &time->second}) {
              if (!*p || (*p)->label.empty())
                continue;
              std::size_t at = lower.find((*p)->label, span.begin);
              if (at != std::string_view::npos && at < span.end) {
                (*p)->label = std::string(text.substr(at, (*p)->label.size()));
              }
            }
            out.push_back({span, *time});
          }
          i = span.end;  // a rejected "since 1987" takes its year with it
          continue;
        }
      }
      i = word_end;
    }
    return out;
  }

  static bool opens_time(std::string_view lower, std::string_view word, std::size_t word_end,
                         std::size_t limit) {
    static WordSet const kFollowers = {
        "the",  "that", "this",  "last",   "past",      "previous", "preceding", "decade",
        "same", "year", "years", "then",   "january",   "february", "march",     "april",
        "may",  "june", "july",  "august", "september", "october",  "november",  "december",
        "jan",  "feb",  "mar",   "apr",    "jun",       "jul",      "aug",       "sep",
        "sept", "oct",  "nov",   "dec",    "five",      "ten",      "two",       "three",
        "four", "six",  "seven", "eight",  "nine",      "few",      "several"};
    static WordSet const kAlways = {
        "since",    "between",  "from", "until", "last", "past",   "january",   "february",
        "march",    "april",    "may",  "june",  "july", "august", "september", "october",
        "november", "december", "jan",  "feb",   "mar",  "apr",    "jun",       "jul",
        "aug",      "sep",      "sept", "oct",   "nov",  "dec"};
    if (kAlways.contains(word))
      return true;
    std::size_t next = word_end;
    while (next < limit && lower[next] == ' ')
      ++next;
    if (next >= limit)
      return false;
    if (is_digit(lower[next]))
      return true;
    std::size_t next_end = next;
    while (next_end < limit && is_alnum(lower[next_end]))
      ++next_end;
    return kFollowers.contains(lower.substr(next, next_end - next));
  }

  // Whether a date without its year at `at` is ahead of the text: its clause
  // (or the clause a verbless one goes on from: "We expect three cuts this
  // year, starting in June") speaks of what will be, or it is a deadline
  // ("by December") in a sentence that does not look back ("had").
  bool looks_ahead_at(std::string_view lower, Span sentence, std::size_t at,
                      std::string_view first_word) const {
    std::size_t begin = at, end = at;
    while (begin > sentence.begin && lower[begin - 1] != ',' && lower[begin - 1] != ';')
      --begin;
    while (end < sentence.end && lower[end] != ',' && lower[end] != ';')
      ++end;
    auto future_in = [&](std::size_t b, std::size_t e) {
      return re2::RE2::PartialMatch(re2::StringPiece(lower.data() + b, e - b), *future);
    };
    std::string_view const sentence_text = lower.substr(sentence.begin, sentence.size());
    if ((first_word == "by" || first_word == "until") &&
        sentence_text.find(" had ") == std::string_view::npos)
      return true;
    if (future_in(begin, end))
      return true;
    if (begin > sentence.begin && !has_finite_verb(lower.substr(begin, end - begin))) {
      std::size_t previous = begin - 1;
      while (previous > sentence.begin && lower[previous - 1] != ',' && lower[previous - 1] != ';')
        --previous;
      return future_in(previous, begin - 1);
    }
    return false;
  }

  static bool usable(TimeExpression const& t) {
    if (t.role == TimeRole::kRelative)
      return t.length_years > 0 || t.length_months > 0;
    if (t.first && t.first->start.empty() && t.first->month != 0)
      return false;  // "31 March" without a year, and no date to place it by
    return t.first.has_value() || t.second.has_value();
  }

  std::vector<QuoteRegion> quotes(std::string_view text) const {
    std::vector<QuoteRegion> out;
    bool in = false;
    std::size_t open = 0;
    // Jump from quotation mark to quotation mark; most text holds none.
    for (char const* p = static_cast<char const*>(std::memchr(text.data(), '"', text.size()));
         p != nullptr; p = static_cast<char const*>(
                           std::memchr(p + 1, '"', text.size() - (p + 1 - text.data())))) {
      std::size_t const i = static_cast<std::size_t>(p - text.data());
      std::size_t line_start = text.rfind('\n', i == 0 ? 0 : i - 1);
      line_start = line_start == std::string_view::npos || i == 0 ? 0 : line_start + 1;
      bool at_line_start = text.substr(line_start, i - line_start).find_first_not_of(" \t") ==
                           std::string_view::npos;
      if (in && at_line_start)
        continue;  // a new paragraph of the same quote reopens it
      if (!in) {
        in = true;
        open = i;
        continue;
      }
      in = false;
      out.push_back({{open, i + 1}, ""});
      if (i + 1 >= text.size())
        break;
    }
    if (in)
      out.push_back({{open, text.size()}, ""});

    // Transcript turns (Hansard, interviews): a line opened by its speaker is
    // that speaker's words to its end, unless quotation marks are inside it.
    std::size_t const quoted = out.size();
    // Jump from colon to colon: each line is tried once, at its first.
    std::size_t tried_line = std::string_view::npos;
    for (std::size_t colon = text.find(':'); colon != std::string_view::npos;
         colon = text.find(':', colon + 1)) {
      std::size_t begin = text.rfind('\n', colon);
      begin = begin == std::string_view::npos ? 0 : begin + 1;
      if (begin == tried_line)
        continue;
      tried_line = begin;
      std::size_t end = text.find('\n', colon);
      end = end == std::string_view::npos ? text.size() : end;
      std::string_view const line = text.substr(begin, end - begin);
      std::size_t const first = line.find_first_not_of(" \t");
      // A speaker's name and seat fit in the line's first 120 bytes.
      if (line.size() <= 8 || colon - begin >= 120 || first >= colon - begin ||
          !is_upper(line[first]))
        continue;
      if (auto turn = turn_speaker(line)) {
        Span const speech{begin + turn->second, end};
        bool const overlaps = std::any_of(out.begin(), out.begin() + quoted, [&](auto const& q) {
          return q.span.begin < speech.end && speech.begin < q.span.end;
        });
        if (!overlaps)
          out.push_back({speech, turn->first});
      }
    }
    std::sort(out.begin(), out.end(), [](QuoteRegion const& a, QuoteRegion const& b) {
      return a.span.begin < b.span.begin;
    });
    return out;
  }

  // Who says quote `q`: "X said:" before it, "…," said X" after it, a panel
  // header above it, or the quote it runs on from. Only quotes holding a claim
  // are asked, and each at most once (`memo`).
  std::string const& speaker_of(std::string_view text, std::vector<QuoteRegion>& regions,
                                std::vector<bool>& known, std::size_t q) const {
    if (known[q])
      return regions[q].speaker;
    known[q] = true;
    Span s = regions[q].span;
    std::size_t line_begin = text.rfind('\n', s.begin == 0 ? 0 : s.begin - 1);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    if (s.begin < line_begin)
      line_begin = s.begin;
    if (s.begin - line_begin > 400)
      line_begin = s.begin - 400;
    std::string_view before = text.substr(line_begin, s.begin - line_begin);
    std::string name = name_before_verb(before);
    if (name.empty()) {
      name = name_after_quote(text.substr(s.end, std::min<std::size_t>(80, text.size() - s.end)));
    }
    if (name.empty() && line_begin == s.begin) {
      // A quote that opens a paragraph: a panel header above it ("Ray Jones,
      // emeritus professor…:") or the quote before it runs on.
      std::size_t prev_end = line_begin >= 1 ? line_begin - 1 : 0;
      while (prev_end > 0 && is_space(text[prev_end - 1]))
        --prev_end;
      std::size_t prev_begin = text.rfind('\n', prev_end == 0 ? 0 : prev_end - 1);
      prev_begin = prev_begin == std::string_view::npos ? 0 : prev_begin + 1;
      std::string_view prev = text.substr(prev_begin, prev_end - prev_begin);
      std::string header = prev.empty() || prev.back() != ':' ? std::string() : leading_name(prev);
      if (!header.empty() && prev.substr(header.size(), 1) == ",") {
        name = header;
      } else if (q > 0 && s.begin - regions[q - 1].span.end < 600) {
        name = speaker_of(text, regions, known, q - 1);
      }
    }
    // A quote later in the paragraph of an attributed one goes on in the same
    // voice: '"…," said Roger Galton, leader of the council. "In August alone …"'.
    if (name.empty() && q > 0 && s.begin - regions[q - 1].span.end < 400 &&
        text.substr(regions[q - 1].span.end, s.begin - regions[q - 1].span.end).find("\n\n") ==
            std::string_view::npos) {
      name = speaker_of(text, regions, known, q - 1);
    }
    static constexpr std::string_view kPronouns[] = {"He", "She", "It", "They", "We", "I",
                                                     "he", "she", "it", "they", "we"};
    if (std::find(std::begin(kPronouns), std::end(kPronouns), name) != std::end(kPronouns)) {
      name = q > 0 && s.begin - regions[q - 1].span.end < 600
                 ? speaker_of(text, regions, known, q - 1)
                 : person_opening_sentence_before(text, s.begin);
    }
    regions[q].speaker = name;
    return regions[q].speaker;
  }
};

ContextModel::ContextModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ContextModel::~ContextModel() = default;

Result<std::shared_ptr<ContextModel const>> ContextModel::compile(corpus::Lexicon const& lexicon) {
  auto impl = std::make_unique<Impl>();
  bool ok = true;
  std::string error;
  re2::RE2::Options options;
  options.set_log_errors(false);
  impl->metrics = lexicon.metrics;
  impl->strong_set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  impl->weak_set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  for (std::size_t m = 0; m < lexicon.metrics.size() && ok; ++m) {
    for (auto const& alias : lexicon.metrics[m].aliases) {
      impl->strong_patterns.push_back(compile_pattern(alias, ok, error));
      impl->strong_owner.push_back(m);
      if (ok && impl->strong_set->Add(alias, &error) < 0)
        ok = false;
    }
    for (auto const& alias : lexicon.metrics[m].weak_aliases) {
      impl->weak_patterns.push_back(compile_pattern(alias, ok, error));
      impl->weak_owner.push_back(m);
      if (ok && impl->weak_set->Add(alias, &error) < 0)
        ok = false;
    }
    if (!ok)
      error = "metric \"" + lexicon.metrics[m].key + "\": " + error;
  }
  if (ok && !impl->strong_set->Compile())
    ok = false, error = "metric aliases do not compile";
  if (ok && !impl->weak_set->Compile())
    ok = false, error = "weak aliases do not compile";
  if (impl->strong_patterns.empty())
    impl->strong_set.reset();
  if (impl->weak_patterns.empty())
    impl->weak_set.reset();
  for (auto const& [facet, values] : lexicon.facets) {
    for (auto const& v : values)
      impl->facets[facet].emplace_back(v.value, compile_pattern(v.pattern, ok, error));
  }
  for (auto const& p : lexicon.populations)
    ok = impl->populations.add(p.pattern, p.label, error) && ok;
  impl->geographies.name_places();
  for (auto const& p : lexicon.geographies)
    ok = impl->geographies.add(p.pattern, p.label, error) && ok;
  for (auto const& p : lexicon.price_bases)
    ok = impl->price_bases.add(p.pattern, p.label, error) && ok;
  for (auto const& p : lexicon.money_verbs)
    ok = impl->money_verbs.add(p.pattern, p.label, error) && ok;
  impl->populations.compile();
  impl->geographies.compile();
  impl->price_bases.compile();
  impl->money_verbs.compile();
  for (auto const& [domain, cues] : lexicon.document_cues)
    impl->document_cues[domain] = compile_pattern(join_alternatives(cues), ok, error);
  impl->boilerplate = compile_pattern(join_alternatives(lexicon.boilerplate), ok, error);
  impl->figures = compile_pattern(join_alternatives(lexicon.figures_of_speech), ok, error);
  for (auto const& w : lexicon.increase)
    impl->add_direction(w, true);
  for (auto const& w : lexicon.decrease)
    impl->add_direction(w, false);
  for (auto const& w : lexicon.not_direction)
    impl->add_direction(w, std::nullopt);
  impl->anaphora = compile_pattern(kAnaphoraPattern, ok, error);
  impl->superlative = compile_pattern(kSuperlativeBefore, ok, error);
  impl->law = compile_pattern(kLawBefore, ok, error);
  impl->one_year = compile_pattern(kOneYearPattern, ok, error);
  impl->continuation = compile_pattern(kContinuationPattern, ok, error);
  impl->points_back = compile_pattern(kPointsBackPattern, ok, error);
  impl->table_row = compile_pattern(kTableRowPattern, ok, error);
  impl->duration = compile_pattern(kDurationPattern, ok, error);
  impl->future = compile_pattern(kFuturePattern, ok, error);
  if (!ok)
    return Status::Error(Code::kData, "lexicon: " + error);
  return std::shared_ptr<ContextModel const>(new ContextModel(std::move(impl)));
}

namespace {

// The time a claim gets, before it is written into TimeScope.
struct Chosen {
  TimeExpression expr;
  std::string resolved_from;
  bool ambiguous = false;
  std::string why;
  Span where{};  // where a stated span was read, when it came from one
};

int year_of(std::string const& iso) {
  return iso.size() >= 4 ? std::atoi(iso.substr(0, 4).c_str()) : 0;
}

// `iso` moved `years` back; 29 February becomes 28 February.
std::string years_back(std::string const& iso, int years) {
  if (iso.size() < 4)
    return iso;
  std::string out = std::to_string(year_of(iso) - years) + iso.substr(4);
  if (out.size() >= 10 && out.compare(out.size() - 5, 5, "02-29") == 0)
    out.replace(out.size() - 2, 2, "28");
  return out;
}

// `iso` (a full ISO date) moved `months` back, the day kept within its month.
std::string months_back(std::string const& iso, int months) {
  if (iso.size() < 10)
    return iso;
  int year = year_of(iso);
  int month = std::atoi(iso.substr(5, 2).c_str()) - months;
  while (month < 1)
    month += 12, --year;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool const leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int const last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  int const day = std::min(std::atoi(iso.substr(8, 2).c_str()), last);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// The same stretch of time `years` earlier (later, when negative): "31
// March 2020" -> 2019-03-31, "2019-20" -> "2018-19", "2016" -> "2015".
std::optional<Period> years_before(Period const& p, int years) {
  if (p.start.size() < 4 || p.end.size() < 4 || years == 0)
    return std::nullopt;
  Period out;
  out.granularity = p.granularity;
  out.start = years_back(p.start, years);
  out.end = years_back(p.end, years);
  switch (p.granularity) {
    case grammar::Granularity::kFiscalYear:
      out.label = fiscal_label(year_of(out.start));
      break;
    case grammar::Granularity::kYear:
      out.label = std::to_string(year_of(out.start));
      break;
    case grammar::Granularity::kMonth:
      out.label = out.start.substr(0, 7);
      break;
    default:
      out.label = out.start;
      break;
  }
  return out;
}
// The UK fiscal year that ends with `p`, when `p` is March or 31 March of a year.
std::optional<Period> fiscal_year_ending(Period const& p) {
  if (p.end.size() < 10 || p.end.substr(4) != "-03-31")
    return std::nullopt;
  if (p.granularity != grammar::Granularity::kMonth && p.granularity != grammar::Granularity::kDate)
    return std::nullopt;
  int const end_year = year_of(p.end);
  Period out;
  out.granularity = grammar::Granularity::kFiscalYear;
  out.start = std::to_string(end_year - 1) + "-04-01";
  out.end = p.end;
  out.label = fiscal_label(end_year - 1);
  return out;
}

// A document's date as a period: a partial date ("2016", "2016-06") covers
// its whole year or month.
Period date_period(std::string const& date) {
  Period p;
  p.label = date;
  if (date.size() == 10) {
    p.start = p.end = date;
    p.granularity = grammar::Granularity::kDate;
  } else if (date.size() == 7) {
    p.start = date + "-01";
    p.end = date + "-31";
    p.granularity = grammar::Granularity::kMonth;
  } else if (date.size() == 4) {
    p.start = date + "-01-01";
    p.end = date + "-12-31";
    p.granularity = grammar::Granularity::kYear;
  }
  return p;
}

// "five" -> 5, "12" -> 12, "a decade" -> 10; 0 when not a number of years.
int years_of(std::string_view word) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"two", 2},    {"three", 3},         {"four", 4},    {"five", 5}, {"six", 6},
      {"seven", 7},  {"eight", 8},         {"nine", 9},    {"ten", 10}, {"a decade", 10},
      {"a year", 1}, {"a single year", 1}, {"one year", 1}};
  for (auto const& [w, n] : kWords) {
    if (word == w)
      return n;
  }
  int n = 0;
  for (char c : word) {
    if (!is_digit(c))
      return 0;
    n = n * 10 + (c - '0');
  }
  return n <= 50 ? n : 0;
}

// How many years a one-year-change phrase goes back: "a year earlier" 1,
// "two years earlier" 2, "a decade ago" 10.
int years_back(std::string_view phrase) {
  if (phrase.find("decade") != std::string_view::npos)
    return 10;
  std::size_t const space = phrase.find(' ');
  std::string_view const first = phrase.substr(0, space);
  if (first == "a" || first == "one")
    return 1;
  int const n = years_of(first);
  return n > 0 && phrase.substr(space + 1).starts_with("year") ? n : 1;
}

// Whether `word` stands in `text` as a word of its own.
bool holds_word(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    bool const starts = at == 0 || !is_alnum(text[at - 1]);
    bool const ends = at + word.size() == text.size() || !is_alnum(text[at + word.size()]);
    if (starts && ends)
      return true;
  }
  return false;
}

// "a cut of half", "a rise of almost a fifth": a change named as a noun, then
// "of" and the size of the change.
bool change_noun_then_of(std::string_view text) {
  static WordSet const kChangeNouns = {
      "rise",      "rises",  "increase", "increases", "fall",       "falls", "decrease",
      "decreases", "cut",    "cuts",     "reduction", "reductions", "drop",  "drops",
      "jump",      "growth", "decline",  "declines",  "fall-off",   "uplift"};
  while (!text.empty() && is_space(text.back()))
    text.remove_suffix(1);
  if (!ends_with_word(text, "of"))
    return false;
  text.remove_suffix(2);
  while (!text.empty() && is_space(text.back()))
    text.remove_suffix(1);
  std::size_t begin = text.size();
  while (begin > 0 && (is_alnum(text[begin - 1]) || text[begin - 1] == '-'))
    --begin;
  return kChangeNouns.contains(text.substr(begin));
}

ScopedPeriod scoped(Period p, std::string const& resolved_from, bool ambiguous) {
  return ScopedPeriod{std::move(p), resolved_from, ambiguous};
}

// Relative periods ("the last 10 years") end at the document's date.
void resolve_relative(TimeExpression const& t, std::string const& document_date, TimeScope& scope,
                      std::string const& label) {
  Period end_period;
  Period base;
  base.granularity = end_period.granularity = grammar::Granularity::kRelative;
  base.label = label;
  end_period.label = document_date.empty() ? "document date" : document_date;
  std::string how = document_date.empty() ? "relative; the document has no date"
                                          : "relative to the document date " + document_date;
  if (document_date.size() >= 4) {
    int year = std::atoi(document_date.substr(0, 4).c_str());
    std::string rest = document_date.size() >= 10 ? document_date.substr(4, 6) : "-12-31";
    end_period.start = end_period.end = std::to_string(year) + rest;
    base.start = base.end = std::to_string(year - t.length_years) + rest;
    if (t.length_months > 0)
      base.start = base.end = months_back(end_period.start, t.length_months);
  }
  scope.baseline = scoped(base, how, false);
  scope.end = scoped(end_period, how, false);
}

// "642,980 referrals in the year to March 2020" counts over that year: the
// fiscal year 2019-20, as "in 2019-20" says it. (A change over the year keeps
// its baseline and end: only a level's period is read so.)
void as_level_period(Chosen& c) {
  TimeExpression const& t = c.expr;
  // "1,164 notices we issued last year": the calendar year (or month) before
  // the document's, which the time reader put beside the window.
  if (t.role == TimeRole::kRelative && t.first) {
    c.why += "; '" + t.first->label + "' is " + t.first->start.substr(0, 7) + " to " +
             t.first->end.substr(0, 7) + ", the calendar period before the document's date";
    TimeExpression point;
    point.first = t.first;
    c.expr = point;
    return;
  }
  if (t.role != TimeRole::kUntil || t.length_years != 1 || !t.second)
    return;
  if (std::optional<Period> year = fiscal_year_ending(*t.second)) {
    c.why += "; the year to " + t.second->label + " is " + year->label;
    TimeExpression point;
    point.first = *year;
    c.expr = point;
  }
}

void apply(Chosen const& c, std::string const& document_date, TimeScope& scope) {
  TimeExpression const& t = c.expr;
  switch (t.role) {
    case TimeRole::kSince:
      if (t.first)
        scope.baseline = scoped(*t.first, c.resolved_from, c.ambiguous);
      break;
    case TimeRole::kBetween:
      if (t.first)
        scope.baseline = scoped(*t.first, c.resolved_from, c.ambiguous);
      if (t.second)
        scope.end = scoped(*t.second, c.resolved_from, c.ambiguous);
      break;
    case TimeRole::kUntil:
      if (t.second && t.length_months > 0) {
        // "in the three months to January": the figure is of that window
        // (ONS's rolling quarters), November to January, not a change over it.
        Period window = *t.second;
        if (window.start.size() >= 10) {
          window.start = months_back(window.start.substr(0, 8) + "01", t.length_months - 1);
          window.granularity = grammar::Granularity::kMonth;
        }
        window.label = "the " + std::to_string(t.length_months) + " months to " + t.second->label;
        scope.at = scoped(window, c.resolved_from, c.ambiguous);
      } else if (t.second) {
        scope.end = scoped(*t.second, c.resolved_from, c.ambiguous);
        // "in the decade to 2019-20" starts in 2009-10; "in the year to 31
        // March 2020" on 31 March 2019.
        if (std::optional<Period> base = years_before(*t.second, t.length_years)) {
          scope.baseline =
              scoped(*base,
                     "the " +
                         (t.length_years == 1 ? std::string("year")
                                              : std::to_string(t.length_years) + " years") +
                         " to " + t.second->label,
                     false);
        }
      }
      break;
    case TimeRole::kRelative:
      resolve_relative(t, document_date, scope,
                       t.length_months == 1  ? "last month"
                       : t.length_months > 0 ? "last " + std::to_string(t.length_months) + " months"
                       : t.length_years == 1 ? "last year"
                                             : "last " + std::to_string(t.length_years) + " years");
      break;
    case TimeRole::kPoint:
      if (t.first)
        scope.at = scoped(*t.first, c.resolved_from, c.ambiguous);
      break;
  }
}

// "the highest", "the steepest": which of several, never what is measured.
WordSet const kSuperlatives = {"highest", "lowest",  "largest",  "smallest", "biggest",
                               "fastest", "slowest", "greatest", "steepest", "sharpest"};

std::string normalise_generic(std::string_view phrase) {
  // "32,500 full-time equivalent social workers": a unit of counting, not the thing.
  static WordSet const kDrop = {"full", "part", "time", "full_time", "part_time", "equivalent",
                                "fte", "the", "a", "an", "of", "their", "its", "our", "his", "her",
                                "these", "those", "this", "that", "vs", "versus", "less", "more",
                                "fewer", "than", "some", "any", "such", "very", "now",
                                // "street and park trees": modifiers joined before one noun
                                "and", "or",
                                // "412 the previous year": a time after a figure names nothing.
                                "previous", "preceding", "prior"};
  // Plurals in -ches whose singular ends in -che: the rest lose their -es.
  static WordSet const kCheNouns = {"headaches",  "caches",     "niches",
                                    "avalanches", "moustaches", "toothaches"};
  // A pronoun ends a noun phrase ("£1 they spend", "one of them needs").
  static WordSet const kPronouns = {"they", "them", "it",    "we",    "you", "he",   "she", "i",
                                    "us",   "me",   "there", "which", "who", "what", "one", "ones"};
  // Nouns that say a figure is a figure, not what it measures.
  static WordSet const kMeta = {"figure", "number", "comparison", "year", "total", "amount",
                                "level", "rate", "cent", "per", "day", "month", "week", "set",
                                "result", "now", "count", "whole", "increase", "rise", "fall",
                                "decrease", "cut", "growth", "change", "drop", "reduction", "jump",
                                "decade", "goal", "section",
                                // "for the 2023-24 season": a stretch of time, like a year
                                "season", "quarter", "period"};
  std::string key;
  std::size_t i = 0;
  int words = 0;
  bool meaningful = false;
  // "courses of NHS dental treatment" are courses of treatment: after "X of",
  // the last word of the phrase is its head, and the key is X and the head.
  bool of_head = false;
  std::string first, head;
  while (i < phrase.size() && (words < 3 || of_head)) {
    while (i < phrase.size() && !is_alnum(phrase[i]))
      ++i;
    // "pre-tax", "looked-after": a hyphenated compound is one word of the key.
    std::size_t j = i;
    while (j < phrase.size() &&
           (is_alnum(phrase[j]) || phrase[j] == '\'' ||
            (phrase[j] == '-' && j > i && j + 1 < phrase.size() && is_alnum(phrase[j + 1]))))
      ++j;
    std::string word(phrase.substr(i, j - i));
    i = j;
    if (word.empty())
      break;
    std::replace(word.begin(), word.end(), '-', '_');
    if (word.size() > 2 && word.substr(word.size() - 2) == "'s")
      word.resize(word.size() - 2);
    std::erase(word, '\'');
    // "US consumer prices": a phrase does not open with the pronoun "us".
    bool const country = word == "us" && key.empty() && i < phrase.size();
    if (kPronouns.contains(word) && !country)
      break;
    // "12 toilets out of 38": the whole they are out of names no more.
    if (word == "out" && phrase.substr(i).starts_with(" of"))
      break;
    if (word == "of" && words == 1)
      of_head = true;
    // "the highest charge rate": which of them, not what.
    if (kDrop.contains(word) || kSuperlatives.contains(word))
      continue;
    // "B&B": a letter names nothing, but after a word it labels it ("Band D
    // bill", "Plan B").
    if (word.size() == 1 && !(word[0] >= '0' && word[0] <= '9')) {
      if (key.empty())
        continue;  // "U.S. inflation"
      key += '_';
      key += word;
      continue;
    }
    if (word == "children" || word == "people") {
      word = word == "children" ? "child" : "person";
    } else if (word.size() > 4 && word.ends_with("ies")) {
      word.replace(word.size() - 3, 3, "y");  // authorities -> authority
    } else if (word.size() > 4 && word.ends_with("sses")) {
      word.resize(word.size() - 2);  // classes -> class
    } else if (word.size() > 5 && !kCheNouns.contains(word) &&
               (word.ends_with("ches") || word.ends_with("shes") || word.ends_with("xes"))) {
      word.resize(word.size() - 2);  // branches -> branch, taxes -> tax
    } else if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' &&
               word[word.size() - 2] != 'u' && word[word.size() - 2] != 'i') {
      word.pop_back();  // councils -> council; not "status", "analysis"
    }
    if (!kMeta.contains(word))
      meaningful = true;
    if (words == 0)
      first = word;
    head = word;
    if (words < 3) {
      if (!key.empty())
        key += '_';
      key += word;
    }
    ++words;
  }
  if (of_head && words > 2 && !kMeta.contains(first))
    key = first + "_" + head;
  // "brown bin tonnages", "traffic volumes": how much of the thing, which
  // another text names by the thing alone ("waste collected in brown bins").
  static WordSet const kHowMuch = {"tonnage", "volume", "quantity"};
  if (words >= 2 && kHowMuch.contains(head) && key.ends_with("_" + head))
    key.resize(key.size() - head.size() - 1);
  return meaningful ? key : std::string();
}

// Whether a clause has a verb of its own ("were", "rose"): one without ("up
// 20% on the previous year", "though from a small base of around 1,100")
// goes on about the clause before it.
bool has_finite_verb(std::string_view clause) {
  static WordSet const kVerbs = {
      "is",     "are",     "was",    "were",      "has",       "have",     "had",      "be",
      "been",   "will",    "would",  "can",       "could",     "may",      "might",    "should",
      "rose",   "fell",    "grew",   "increased", "decreased", "dropped",  "declined", "climbed",
      "jumped", "doubled", "halved", "stood",     "reached",   "totalled", "received", "spent",
      "said",   "says",    "show",   "shows",     "showed",    "went",     "came",     "started",
      "got",    "get",     "gets",   "did",       "does",      "do",       "saw",      "see"};
  bool found = false;
  for_each_word(clause, [&](std::string_view word) {
    found = kVerbs.contains(word);
    return !found;
  });
  return found;
}

// A verbless opening phrase that scopes its sentence: "Among those aged 16 or
// over,", "For children under five,", "Of the over-16s,".
bool opens_with_scope(std::string_view clause) {
  while (!clause.empty() && is_space(clause.front()))
    clause.remove_prefix(1);
  for (std::string_view lead : {"among ", "amongst ", "for ", "of "}) {
    if (clause.starts_with(lead))
      return !has_finite_verb(clause);
  }
  return false;
}

// Words that end a measured noun phrase.
bool stop_word(std::string_view w) {
  static constexpr std::string_view kStops[] = {
      "has", "have", "had", "is", "was", "were", "are", "be", "been", "rose", "fell", "in", "on",
      "who", "that", "which", "with", "by", "to", "at", "over", "since", "between", "from", "for",
      "and", "or", "but", "will", "would", "could", "can", "did", "do", "does", "not", "increased",
      "decreased", "reduced", "grew", "risen", "fallen", "went", "gone", "going", "per", "than",
      "as", "across", "during", "while", "whilst", "after", "before", "under", "ago", "told",
      "said", "says", "spent", "spend", "spends", "needs", "need", "cannot", "may", "might",
      "should", "must", "got", "found", "it's", "that's", "earlier", "later", "previously", "last",
      "next",
      // Adverbs and conjunctions that follow a figure but name nothing:
      // "more than half today", "about 18% nationally", "3% once inflation …".
      "today", "yesterday", "nationally", "locally", "overall", "when", "whether", "once",
      "depending", "include", "includes", "including", "compared", "against", "respectively",
      "alone", "each", "apiece",
      // comparisons and verbs after a figure: "10% higher than", "7p lower
      // than", "61p above the living wage", "£4.7bn comes from", "within a year"
      "higher", "lower", "above", "below", "greater", "bigger", "smaller", "larger", "cheaper",
      "dearer", "worse", "better", "short", "comes", "came", "come", "goes", "go", "within",
      "through", "via",
      // verbs and adverbs after a figure: "the £650 paid in the North East",
      // "5.7% led to a charge", "unchanged from", "back to", "if"
      "paid", "led", "made", "recorded", "due", "unchanged", "again", "if", "back", "away", "stood",
      "beginning", "growing",
      // what a figure was expected or promised to be: "the 140,000 expected"
      "expected", "predicted", "forecast", "anticipated", "needed", "required", "planned",
      "promised", "pledged", "announced", "reported", "seen",
      // speech that opens a clause: "…, saying leakage had fallen by 12%"
      "saying", "adding", "claiming", "noting", "arguing", "insisting",
      // irregular past tenses, which no "-ed" marks: "1,400 volunteers took part"
      "took", "gave", "became", "began", "brought", "kept", "left", "lost", "met", "ran", "sent",
      "won", "wrote", "drew", "drove", "flew", "knew", "thought", "bought", "caught", "sold",
      "held", "chose", "spoke", "heard", "felt", "fought", "broke",
      // what figures do before the thing they count: "figures show call-outs rose"
      "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "reveal", "reveals",
      "revealed", "indicate", "indicates", "indicated", "confirm", "confirms", "confirmed"};
  return std::find(std::begin(kStops), std::end(kStops), w) != std::end(kStops);
}

// Verbs a level or change follows: "rose", "stood", "accounted", "passed".
WordSet const kVerbs = {
    "rose", "fell", "hit", "reached", "increased", "decreased", "grew", "climbed", "dropped",
    "declined", "jumped", "soared", "rocketed", "plunged", "stood", "totalled", "totaled", "topped",
    "numbered", "exceeded", "is", "are", "was", "were", "has", "have", "had", "rises", "falls",
    "stands", "totals", "reaches", "doubled", "trebled", "tripled", "halved", "surged", "slumped",
    "dipped", "edged", "remained", "remains",
    // shares: "Sexual abuse accounted for 4%", "Agency staff make up 41%"
    "accounted", "accounts", "represented", "represents", "made", "make", "makes",
    // markets and prices: "Eurozone inflation eased to 2.8%", "Federal debt passed $34tn"
    "eased", "slowed", "accelerated", "cooled", "rebounded", "recovered", "shrank", "contracted",
    "expanded", "widened", "narrowed", "peaked", "stayed", "held", "slipped", "passed", "surpassed",
    "breached", "crossed",
    // kept at a level: "Tuition fees have been frozen at £9,250"
    "frozen", "capped", "pegged", "fixed",
    // "Seafood exports came to NOK 158 billion", "The bill amounted to £3m"
    "came", "comes", "amounted", "amounts",
    // phrasal verbs of change, before "up" or "down": "call-outs went up 18%"
    "went", "goes", "shot", "ticked", "crept"};
// Nouns too ("care costs have risen"): a verb only as the nearest one
// before the figure, "The average placement now costs £4,100 a week".
WordSet const kNearVerbs = {"costs",    "cost",  "costing", "totalling",
                            "totaling", "earns", "pays",    "charges"};
// Verbs in their base form, which are nouns too ("care costs have risen"):
// verbs only after a modal, "The core schools budget will rise to £59.6bn".
WordSet const kBaseVerbs = {"rise",  "fall",   "reach", "grow",    "increase",  "decrease",
                            "total", "exceed", "be",    "cost",    "stand",     "remain",
                            "top",   "double", "hit",   "account", "represent", "make",
                            "peak",  "drop",   "climb", "shrink",  "halve"};
// Modals and auxiliaries between a subject and its verb: "would cost",
// "is expected to reach", "will be".
WordSet const kAuxiliaries = {"will",   "would", "could",    "may",  "might",    "should",
                              "can",    "must",  "expected", "set",  "forecast", "projected",
                              "likely", "to",    "now",      "also", "still",    "already",
                              "so",     "far",   "been",     "being"};

// Whether a clause opens with its verb, its subject left before an aside:
// "…, according to the DfE, fell by 2,000", "…, will rise by 4.99%".
bool opens_with_verb(std::string_view clause) {
  bool verb = false;
  for_each_word(clause, [&](std::string_view word) {
    static WordSet const kModals = {"will",  "would",  "could", "may",
                                    "might", "should", "can",   "must"};
    verb = kVerbs.contains(word) || kNearVerbs.contains(word) || kModals.contains(word);
    return false;
  });
  return verb;
}

// "from 118,100 to …", "by 12% to …": a clause that gives only the path of a change.
bool opens_with_change_path(std::string_view clause) {
  std::string_view first;
  for_each_word(clause, [&](std::string_view word) {
    first = word;
    return false;
  });
  return first == "from" || first == "by" || first == "to";
}

// Whether a clause's last verb is its last word but for how it moved: "Starts
// fell even faster", "Visits rose sharply".
bool ends_with_verb(std::string_view clause) {
  static WordSet const kManner = {"even",         "faster",        "slower",        "sharply",
                                  "steeply",      "slightly",      "steadily",      "rapidly",
                                  "again",        "further",       "modestly",      "marginally",
                                  "dramatically", "significantly", "substantially", "back"};
  std::vector<std::string_view> words;
  for_each_word(clause, [&](std::string_view word) {
    words.push_back(word);
    return true;
  });
  // "grew more modestly", "fell much more sharply": an adverb in -ly, and
  // the words that grade it.
  static WordSet const kGrading = {"more", "less", "much", "far", "very", "rather", "most"};
  while (!words.empty() && (kManner.contains(words.back()) || kGrading.contains(words.back()) ||
                            (words.back().size() > 4 && words.back().ends_with("ly"))))
    words.pop_back();
  return words.size() >= 2 && kVerbs.contains(words.back());
}

// What opens the predicate of a part whose verb is gapped: "…, 142,300 at
// advanced level", "1,310 in back alleys".
WordSet const kPartPrepositions = {"at", "in", "on", "under", "for", "from", "with", "by"};
// The verb of a part: "131 were drivers".
WordSet const kPartVerbs = {"were", "are", "was", "is"};

// Whether the words of a key before its head are nouns that say what kind of
// thing it is ("apprenticeship", "food_bank"), not adjectives or participles
// that narrow it ("additional", "unfilled", "new", "missing").
bool names_a_kind(std::string_view modifier) {
  static constexpr std::string_view kAdjectiveEndings[] = {
      "ed",   "al", "ing", "ive", "ous", "able", "ible", "ful",
      "less", "ic", "ary", "ent", "ant", "est",  "er",   "ly"};
  static WordSet const kAdjectives = {"new",   "old",   "top",   "main", "big",   "small",
                                      "extra", "high",  "low",   "long", "short", "key",
                                      "net",   "gross", "young", "all",  "total", "basis",
                                      "each",  "every", "other", "most", "many",  "few"};
  if (modifier.empty() || modifier.find('_') != std::string_view::npos)
    return false;
  if (kAdjectives.contains(modifier))
    return false;
  return std::none_of(std::begin(kAdjectiveEndings), std::end(kAdjectiveEndings),
                      [&](std::string_view ending) { return modifier.ends_with(ending); });
}

// "section 47 enquiries" is headed by the bare noun "enquiry" (a generic
// key): its last word, after a word that names a kind of it. "looked-after
// children" is not headed by "child" in that sense.
bool alias_headed_by(std::string_view phrase, std::string_view key) {
  std::vector<std::string> words;
  std::string const lowered = ascii_lower(phrase);
  for (std::size_t i = 0; i < lowered.size();) {
    std::size_t const end = std::min(lowered.find(' ', i), lowered.size());
    if (end > i)
      words.push_back(lowered.substr(i, end - i));
    i = end + 1;
  }
  if (words.size() < 2)
    return false;
  std::string const& modifier = words[words.size() - 2];
  // "section 47 enquiries" names a kind by its number; "looked after 1,148
  // children" holds a figure, and the alias is the verb around it.
  bool const number = std::all_of(modifier.begin(), modifier.end(), is_digit);
  if (number ? words.size() < 3 : !std::all_of(modifier.begin(), modifier.end(), [](char c) {
        return (is_alnum(c) && !is_digit(c)) || c == '-' || c == '\'';
      }))
    return false;
  return names_a_kind(modifier) && !stop_word(modifier) && normalise_generic(words.back()) == key;
}

// A time that a colon follows labels the figure after it: "(2022-23: £2.18m)",
// "- Change on 2022-23: +2,450".
bool labels_what_follows(std::string_view lower, Span time, std::size_t end) {
  std::size_t const next = lower.find_first_not_of(' ', time.end);
  return next < end && lower[next] == ':';
}

std::string subject_before_verb(std::string_view lower, std::size_t from, std::size_t limit);

// `phrase`, the subject subject_before_verb read from `joined`, when it
// ends a phrase of extent ("across the county", "between Castlemere and
// Dublin"): the subject once that phrase, and a verb of moving before it
// ("flying"), are left out. Else "".
std::string subject_before_extent(std::string const& joined, std::string const& phrase) {
  std::size_t const at = phrase.empty() ? std::string::npos : joined.rfind(phrase);
  if (at == std::string::npos)
    return "";
  std::string_view const before(joined.data(), at);
  for (std::string_view where : {" across ", " throughout ", " between ", " within "}) {
    std::size_t const from = before.rfind(where);
    if (from == std::string_view::npos || from == 0)
      continue;
    std::string_view const between = before.substr(from + where.size());
    if (std::count(between.begin(), between.end(), ' ') > 3 ||
        between.find_first_of("0123456789,;") != std::string_view::npos)
      continue;
    std::string_view head = before.substr(0, from);
    static WordSet const kMoving = {"flying",    "travelling", "traveling", "arriving",
                                    "departing", "passing",    "using",     "living"};
    std::size_t const space = head.rfind(' ');
    if (kMoving.contains(space == std::string_view::npos ? head : head.substr(space + 1)))
      head = space == std::string_view::npos ? std::string_view() : head.substr(0, space);
    if (head.empty())
      return "";
    std::string const without = std::string(head) + joined.substr(at + phrase.size());
    return subject_before_verb(without, 0, without.size());
  }
  return "";
}

// "honey production for the 2023-24 season is estimated at": the subject
// before the stretch of time `phrase` (a phrase that keys nothing), or "" when
// no time word leads into it.
std::string subject_before_time(std::string const& joined, std::string const& phrase) {
  static re2::RE2 const kWhen(
      R"(^(.*[a-z]) (?:for|in|during|over|of) (?:the )?(?:(?:19|20)[0-9]{2}(?:[-/][0-9]{2,4})?|last|past|latest|previous|current|this|next|same|whole|full|first|second|third|fourth)(?: (?:financial|fiscal|calendar|tax|school|breeding|growing))? $)");
  std::size_t const at = phrase.empty() ? std::string::npos : joined.rfind(phrase);
  if (at == std::string::npos)
    return "";
  re2::StringPiece head;
  std::string_view const before(joined.data(), at);
  if (!re2::RE2::FullMatch(re2::StringPiece(before.data(), before.size()), kWhen, &head))
    return "";
  std::string const without =
      std::string(head.data(), head.size()) + joined.substr(at + phrase.size());
  return subject_before_verb(without, 0, without.size());
}

// The noun phrase a level or change verb follows, in lower[from, limit): the
// last such verb's subject, up to three words back to a stop word ("the
// council said spending rose to" -> "spending"). Empty when there is none or
// the subject is a pronoun ("There were", "It rose").
std::string subject_before_verb(std::string_view lower, std::size_t from, std::size_t limit) {
  struct Word {
    std::size_t begin, end;
  };
  std::vector<Word> words;
  for (std::size_t i = from; i < limit;) {
    while (i < limit && !is_alnum(lower[i]))
      ++i;
    std::size_t j = i;
    while (j < limit && (is_alnum(lower[j]) || lower[j] == '\'' || lower[j] == '-'))
      ++j;
    if (j > i)
      words.push_back({i, j});
    i = j;
  }
  // Between the verb and the figure only what leads to a figure: "rose by
  // almost", "has gone up to", "stood at a record". Anything else ("had not
  // been seen by a social worker for") means the figure is not what it counts.
  static WordSet const kLeadIns = {
      "to", "from", "at", "by", "about", "around", "almost", "nearly", "roughly", "some", "just",
      "a", "an", "the", "record", "new", "high", "low", "of", "over", "under", "more", "less",
      "than", "only", "up", "down", "been", "risen", "fallen", "grown", "gone", "increased",
      "decreased", "reached", "hit", "dropped", "climbed", "fewer", "close", "estimated",
      "approximately", "barely", "well", "cut", "reduced", "slashed", "raised", "peak", "for", "in",
      "january", "february", "march", "april", "may", "further", "annualised", "annualized",
      "annual", "june", "july", "august", "september", "october", "november", "december", "now",
      "currently", "still", "already", "much", "far", "very", "shrunk", "dwindled",
      // "The stock has therefore fallen by 7%": a linking adverb
      "therefore", "thus", "also", "consequently",
      // "fell even faster, from", "rose sharply to": how the verb moved
      "even", "faster", "slower", "sharply", "steeply", "slightly", "steadily", "rapidly", "again",
      "back", "modestly", "marginally", "dramatically", "significantly", "substantially"};
  auto word_at = [&](std::size_t k) {
    return lower.substr(words[k].begin, words[k].end - words[k].begin);
  };
  static WordSet const kDeterminers = {"the", "a",     "an",  "this", "that", "these", "those",
                                       "its", "their", "our", "his",  "her",  "my",    "your"};
  for (std::size_t v = words.size(); v-- > 0;) {
    std::string_view const verb = word_at(v);
    bool const after_modal =
        v > 0 && kBaseVerbs.contains(verb) && kAuxiliaries.contains(word_at(v - 1));
    // "The average bill is rising from £412", "bills are going up by £96": a
    // verb of change in its -ing form after a form of "be" (alone, "rising
    // costs" is a noun phrase).
    static WordSet const kProgressives = {"rising",  "falling",   "increasing", "decreasing",
                                          "growing", "climbing",  "dropping",   "declining",
                                          "going",   "shrinking", "soaring",    "jumping",
                                          "edging",  "heading",   "creeping",   "running"};
    static WordSet const kBe = {"is", "are", "was", "were", "been", "be"};
    bool const progressive = v > 0 && kProgressives.contains(verb) && kBe.contains(word_at(v - 1));
    // "on revenue up 7.2%", "profits down 3%": "up" or "down" straight after
    // a noun stands for the verb ("gone up", "is down" have theirs).
    bool const verbless = [&] {
      if ((verb != "up" && verb != "down") || v == 0)
        return false;
      std::string_view const noun = word_at(v - 1);
      return !kVerbs.contains(noun) && !kAuxiliaries.contains(noun) && !kLeadIns.contains(noun) &&
             !kNearVerbs.contains(noun) && !stop_word(noun) && !is_digit(noun[0]);
    }();
    if (!kVerbs.contains(verb) && !after_modal && !kNearVerbs.contains(verb) && !verbless &&
        !progressive) {
      // Other figures and years on the way count as lead-ins: "fell by some
      // 21,000 to a low of 122,404", "from a peak of 9,300 in June 2021 to".
      // So does an adverb of how it moved: "fell gradually, by 2%".
      bool const lead_in =
          kLeadIns.contains(verb) || is_digit(verb[0]) || (verb.size() > 4 && verb.ends_with("ly"));
      if (!lead_in || words.size() - v > 12)
        return {};
      continue;
    }
    // Back past auxiliaries: "have risen", "has been", "is expected to reach",
    // and a hedge on the verb: "profit more than doubled", "nearly halved".
    static WordSet const kVerbHedges = {"more", "than", "almost", "nearly", "roughly", "just"};
    std::size_t last = v;
    while (last > 0 &&
           (kVerbs.contains(word_at(last - 1)) || kAuxiliaries.contains(word_at(last - 1)) ||
            kVerbHedges.contains(word_at(last - 1))))
      --last;
    // Between the subject and its verb, what says when or whose, not what,
    // cut off until none is left ("Starts by under-19s this year rose"): a
    // time ("The children's social care budget for 2023-24 is", "Unemployment
    // in September 2023 was", "Firefighting costs for the season are", "Sales
    // this year rose") and a group by age ("Starts by under-19s fell",
    // "Deaths of people aged 65 and over rose").
    static WordSet const kSpans = {"season", "year",   "month",  "quarter", "week",  "period",
                                   "summer", "winter", "spring", "autumn",  "decade"};
    static WordSet const kAgeWords = {"under", "over", "between", "and", "to", "or", "up", "plus"};
    auto whose = [&](std::size_t k) {
      std::string_view const w = word_at(k);
      return w == "by" || w == "among" || w == "of" || w == "for";
    };
    for (std::size_t was = 0; was != last;) {
      was = last;
      if (last > 1 && is_digit(word_at(last - 1)[0]) && word_at(last - 1).size() >= 4) {
        std::size_t at = last - 1;
        if (at > 0 && kMonthNames.contains(word_at(at - 1)))
          --at;
        if (at > 1 && (word_at(at - 1) == "for" || word_at(at - 1) == "in"))
          last = at - 1;
      }
      if (last > 3 && kSpans.contains(word_at(last - 1)) &&
          (word_at(last - 2) == "the" || word_at(last - 2) == "this" ||
           word_at(last - 2) == "last") &&
          (word_at(last - 3) == "for" || word_at(last - 3) == "over" || word_at(last - 3) == "in"))
        last -= 3;
      else if (last > 2 && kSpans.contains(word_at(last - 1)) &&
               (word_at(last - 2) == "this" || word_at(last - 2) == "last"))
        last -= 2;
      // A place, which geography carries: "The average bill in the Fenmoor area is".
      static WordSet const kAreas = {"area",   "region", "borough",  "district",
                                     "county", "city",   "catchment"};
      if (last >= 4 && kAreas.contains(word_at(last - 1))) {
        for (std::size_t k = last - 2; k + 4 >= last && k >= 2; --k) {
          if (word_at(k) == "the" && word_at(k - 1) == "in") {
            last = k - 1;
            break;
          }
        }
      }
      if (last >= 3 && std::any_of(word_at(last - 1).begin(), word_at(last - 1).end(), is_digit) &&
          word_at(last - 1).find('-') != std::string_view::npos && whose(last - 2))
        last -= 2;
      for (std::size_t j = last; j-- > 0 && last - j <= 5;) {
        if (word_at(j) != "aged")
          continue;
        bool ages = j + 1 < last;
        for (std::size_t k = j + 1; k < last && ages; ++k)
          ages = is_digit(word_at(k)[0]) || kAgeWords.contains(word_at(k));
        if (ages && j >= 3 && whose(j - 2))
          last = j - 2;
        break;
      }
    }
    std::size_t first = last;
    while (first > 0 && last - first < 3) {
      std::string_view w = word_at(first - 1);
      if (stop_word(w) || is_digit(w[0]))
        break;
      --first;
      if (kDeterminers.contains(w))
        break;  // the phrase starts here
    }
    // "The rate per 10,000 children rose": a denominator is not the subject.
    // ("The 10-year Treasury yield": a compound with a number is no denominator.)
    std::string_view const before_subject = first > 0 ? word_at(first - 1) : std::string_view();
    bool const denominator =
        first > 0 &&
        ((is_digit(before_subject[0]) && before_subject.find('-') == std::string_view::npos) ||
         before_subject == "per");
    if (first == last || denominator)
      return {};
    return std::string(lower.substr(words[first].begin, words[last - 1].end - words[first].begin));
  }
  return {};
}

std::string phrase_after(std::string_view lower, std::size_t from, std::size_t limit) {
  std::size_t i = from;
  std::size_t start = std::string_view::npos;
  std::size_t end = from;
  int words = 0;
  bool of_second = false;  // "courses of NHS dental treatment": the head ends it
  while (i < limit && words < (of_second ? 5 : 4)) {
    while (i < limit && (is_space(lower[i]) || lower[i] == '(' || lower[i] == '"'))
      ++i;
    std::size_t j = i;
    while (j < limit && (is_alnum(lower[j]) || lower[j] == '\'' || lower[j] == '-'))
      ++j;
    if (j == i)
      break;
    std::string_view w = lower.substr(i, j - i);
    // "31% of the council's 164 social workers": the possessor and a count
    // of the head lead to the head noun, which names the figure.
    if (w.size() > 2 && w.ends_with("'s")) {
      std::size_t k = j;
      while (k < limit && is_space(lower[k]))
        ++k;
      std::size_t number_end = k;
      while (number_end < limit && (is_digit(lower[number_end]) || lower[number_end] == ','))
        ++number_end;
      if (number_end < limit && is_space(lower[number_end]) && number_end > k) {
        start = std::string_view::npos;
        words = 0;
        i = number_end;
        continue;
      }
    }
    // A number word opens another figure or a time: "40% two years earlier".
    static WordSet const kNumberWords = {"one",     "two",      "three",   "four",    "five",
                                         "six",     "seven",    "eight",   "nine",    "ten",
                                         "eleven",  "twelve",   "twenty",  "thirty",  "forty",
                                         "fifty",   "sixty",    "seventy", "eighty",  "ninety",
                                         "hundred", "thousand", "million", "billion", "dozen"};
    // "1,842 street and park trees": a singular after a count is a modifier,
    // and "and" joins it to another before the noun they share.
    if ((w == "and" || w == "or") && words == 1 &&
        !lower.substr(start, end - start).ends_with("s")) {
      std::size_t k = j;
      int after = 0;
      std::string_view last;
      while (after < 2) {
        while (k < limit && is_space(lower[k]))
          ++k;
        std::size_t e = k;
        while (e < limit && (is_alnum(lower[e]) || lower[e] == '-'))
          ++e;
        if (e == k)
          break;
        last = lower.substr(k, e - k);
        if (stop_word(last) || is_digit(last[0]) || kNumberWords.contains(last))
          break;
        ++after;
        k = e;
      }
      if (after == 2 && last.size() > 3 && last.ends_with("s")) {
        end = k;
        words += 3;
        i = k;
        continue;
      }
    }
    if (stop_word(w) || is_digit(w[0]) || kNumberWords.contains(w))
      break;
    if (words > 0 && w.size() > 4 && w.ends_with("ed"))
      break;  // "councils inspected so far": a verb after the noun
    if (start == std::string_view::npos)
      start = i;
    end = j;
    of_second = of_second || (words == 1 && w == "of");
    ++words;
    i = j;
  }
  return start == std::string_view::npos ? std::string()
                                         : std::string(lower.substr(start, end - start));
}

}  // namespace

void ContextModel::attach(corpus::Document const& document, NormalizedText const& norm,
                          std::vector<Span> const& sentences, std::vector<Found>& found,
                          bool explain_choices) const {
  Impl const& m = *impl_;
  // Reasons cost string building on the hot path: only --explain asks for them.
  auto explain = [explain_choices](Claim& claim, auto reason) {
    if (explain_choices)
      claim.why.push_back(reason());
  };
  std::string_view const text = norm.text;
  std::string_view const lower = norm.lower;
  // Relative periods resolve against the document's date, or a comment's
  // parent's when the comment has none of its own.
  std::string const& document_date = document.date.empty() ? document.parent_date : document.date;
  std::string const document_date_how =
      document.date.empty() && !document_date.empty() ? "parent document date" : "document date";
  // Domains whose cues this text lacks lend it no metric. A reader's comment
  // is on its article's subject, and a few sentences may name no cue and
  // still be about the domain, so every domain applies to those.
  std::set<std::string> absent_domains;
  constexpr std::size_t kLongEnoughToTell = 1000;
  if (document.kind != corpus::DocumentKind::kComment && lower.size() >= kLongEnoughToTell) {
    for (auto const& [domain, cue] : m.document_cues) {
      if (!re2::RE2::PartialMatch(re2::StringPiece(lower.data(), lower.size()), *cue))
        absent_domains.insert(domain);
    }
  }
  auto metric_matches = [&](Span sentence) {
    std::vector<Match> found_here = m.metric_matches(lower, sentence);
    if (!absent_domains.empty()) {
      std::erase_if(found_here, [&](Match const& x) {
        return absent_domains.count(m.metrics[x.metric].domain) > 0;
      });
    }
    return found_here;
  };
  // "Key figures: children's social care in England, 2019-20": a title that
  // states one past fiscal year dates the figures that state none.
  std::optional<Period> const title_period = [&]() -> std::optional<Period> {
    if (document.kind == corpus::DocumentKind::kComment)
      return std::nullopt;
    std::string const title = ascii_lower(document.title);
    std::optional<Period> found_period;
    for (std::size_t i = 0; i + 4 <= title.size(); ++i) {
      if (!is_digit(title[i]) || (i > 0 && is_alnum(title[i - 1])))
        continue;
      std::optional<TimeExpression> t = grammar::parse_time(std::string_view(title).substr(i));
      // Only a fiscal year names a statistics period: a calendar year in a
      // headline is as often a comparison ("back above 2010 levels"), unless
      // it names a release ("Annual Incident Report 2024", "2023 Census").
      auto names_a_release = [&] {
        static WordSet const kReleases = {"report", "review", "survey",  "statistics", "census",
                                          "count",  "audit",  "summary", "yearbook",   "digest"};
        std::size_t e = i;
        while (e < title.size() && is_digit(title[e]))
          ++e;
        std::string_view const all = title;
        return kReleases.contains(last_word(all.substr(0, i))) ||
               kReleases.contains(first_word(all.substr(e)));
      };
      if (!t || t->role != TimeRole::kPoint || !t->first ||
          (t->first->granularity != grammar::Granularity::kFiscalYear &&
           !(t->first->granularity == grammar::Granularity::kYear && names_a_release())))
        continue;
      if (found_period && found_period->label != t->first->label)
        return std::nullopt;  // two periods: which one a figure is of is a guess
      found_period = t->first;
      while (i < title.size() && (is_alnum(title[i]) || title[i] == '-' || title[i] == '/'))
        ++i;
    }
    if (found_period && !document_date.empty() &&
        found_period->start.substr(0, 4) > document_date.substr(0, 4))
      return std::nullopt;  // a target, not the period the figures are of
    return found_period;
  }();
  std::vector<QuoteRegion> quote_regions = m.quotes(text);
  auto in_a_quote = [&](Span x) {
    return std::any_of(quote_regions.begin(), quote_regions.end(), [&](QuoteRegion const& q) {
      return x.begin >= q.span.begin && x.end <= q.span.end;
    });
  };
  std::vector<bool> speaker_known(quote_regions.size(), false);
  for (std::size_t q = 0; q < quote_regions.size(); ++q)
    speaker_known[q] = !quote_regions[q].speaker.empty();  // transcript turns name theirs

  // Claims come in text order, so each sentence's are one run of `found`:
  // first_found[s] .. first_found[s + 1].
  std::vector<std::size_t> first_found(sentences.size() + 1);
  for (std::size_t s = 0, f = 0; s <= sentences.size(); ++s) {
    while (f < found.size() && found[f].sentence < s)
      ++f;
    first_found[s] = f;
  }
  auto figures_of = [&](std::size_t s) {
    return std::span<Found const>(found.data() + first_found[s],
                                  first_found[s + 1] - first_found[s]);
  };

  // Time expressions of every sentence that holds a claim or may be pointed back to.
  std::vector<std::vector<TimeHit>> hits(sentences.size());
  std::vector<bool> scanned(sentences.size(), false);
  auto hits_of = [&](std::size_t s) -> std::vector<TimeHit> const& {
    if (!scanned[s]) {
      hits[s] = m.time_hits(text, lower, sentences[s], figures_of(s), document_date);
      scanned[s] = true;
    }
    return hits[s];
  };
  // A time the sentence compares with: "measured from 2010", "compared with
  // 49,000 in 2010-11", "down from 31,770 in 2018-19".
  auto comparison_marked = [&](TimeHit const& h) {
    if (lower.substr(h.span.begin, h.span.size()).starts_with("from "))
      return true;
    std::size_t const floor = h.span.begin >= 40 ? h.span.begin - 40 : 0;
    std::string_view before = lower.substr(floor, h.span.begin - floor);
    // Back to the clause's start; a comma or point inside a number ("89,300") is no cut.
    for (std::size_t i = before.size(); i-- > 0;) {
      char const c = before[i];
      bool const in_number = (c == ',' || c == '.') && i > 0 && is_digit(before[i - 1]) &&
                             i + 1 < before.size() && is_digit(before[i + 1]);
      if ((c == ',' || c == ';' || c == ':' || c == '.' || c == '\n') && !in_number) {
        before.remove_prefix(i + 1);
        break;
      }
    }
    for (std::string_view marker :
         {"from ", "compared with ", "compared to ", "against ", "than ", "versus ", "vs "}) {
      std::size_t at = before.rfind(marker);
      // "from 89,300 in 2009-10 to 201,000 in 2019-20": the "to" point is the end.
      if (at != std::string_view::npos && (at == 0 || !is_alnum(before[at - 1])) &&
          before.find(" to ", at) == std::string_view::npos)
        return true;
    }
    return false;
  };

  // A point after the document's date is a target or a forecast.
  auto after_document_date = [&](TimeExpression const& t) {
    if (t.role != TimeRole::kPoint || !t.first || t.first->start.empty() || document_date.empty())
      return false;
    return t.first->start.substr(0, document_date.size()) > document_date;
  };
  // Boilerplate is short lines (the lexicon's patterns). A posting line
  // ("Posted by … · 14 Sep 2025, 21:17") is chrome too: its date is when the
  // text went up, which a later sentence's figures are not of. So is a short
  // line with a clock time and no figure ("NorthOfThe38 — June 20, 2025 at
  // 7:42 p.m."), whatever words it stamps the post with.
  static re2::RE2 const kClock(
      R"(\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?|h(?:rs)?\b|gmt\b|bst\b|utc\b|$|\s(?:on\s)?\d))");
  std::vector<signed char> chrome_of(sentences.size(), -1);  // -1: not yet read
  auto chrome = [&](std::size_t s) {
    if (chrome_of[s] < 0) {
      std::string_view const line = lower.substr(sentences[s].begin, sentences[s].size());
      re2::StringPiece const piece(line.data(), line.size());
      chrome_of[s] =
          line.size() < 160 &&
          (re2::RE2::PartialMatch(piece, *m.boilerplate) ||
           (line.size() <= 100 && figures_of(s).empty() && re2::RE2::PartialMatch(piece, kClock)));
    }
    return chrome_of[s] == 1;
  };
  // The period a sentence speaks of, for "over the same period" later on: a
  // stated span, or two points a from->to pair joins ("from £3.5bn in 2012-13
  // to £2.3bn in 2019-20").
  auto sentence_period = [&](std::size_t s, std::size_t before) -> std::optional<Chosen> {
    if (chrome(s))
      return std::nullopt;
    std::vector<TimeHit> points;
    std::optional<Chosen> span;
    for (TimeHit const& h : hits_of(s)) {
      if (h.span.begin >= before)
        break;
      // A day or month written without its year ("visited on 15 July", "In
      // August alone") dates its own sentence, not the figures of the next.
      if (h.expr.first && h.expr.first->month != 0)
        continue;
      // "£2.46m (2022-23: £2.18m)", "- Change on 2022-23: +2,450": the year
      // a figure is compared with.
      if (labels_what_follows(lower, h.span, sentences[s].end) && h.span.begin > 0 &&
          (lower[h.span.begin - 1] == '(' || lower.substr(h.span.begin, 3) == "on " ||
           lower.substr(h.span.begin, 6) == "since " ||
           ends_with_word(lower.substr(0, h.span.begin), "on") ||
           ends_with_word(lower.substr(0, h.span.begin), "since")))
        continue;
      if (h.expr.role == TimeRole::kBetween || h.expr.role == TimeRole::kSince ||
          h.expr.role == TimeRole::kUntil || h.expr.role == TimeRole::kRelative) {
        span = Chosen{h.expr, "", false, "", h.span};
      } else if (h.expr.role == TimeRole::kPoint) {
        points.push_back(h);
      }
    }
    if (span)
      return span;
    if (points.empty())
      return std::nullopt;
    std::string_view between_points =
        points.size() >= 2 ? lower.substr(points.front().span.end,
                                          points.back().span.begin - points.front().span.end)
                           : std::string_view();
    bool joined_by_to = between_points.find(" to ") != std::string_view::npos;
    for (std::size_t i = 0; i < between_points.size() && joined_by_to; ++i) {
      bool const in_number = i > 0 && i + 1 < between_points.size() &&
                             is_digit(between_points[i - 1]) && is_digit(between_points[i + 1]);
      if (between_points[i] == ';' || (between_points[i] == ',' && !in_number))
        joined_by_to = false;
    }
    // "172,290 in 2015-16, compared with 89,300 in 2009-10": one point is
    // what the other is compared with.
    bool const compared =
        points.size() == 2 && comparison_marked(points.front()) != comparison_marked(points.back());
    if (points.size() == 2 && compared &&
        points.back().expr.first->start < points.front().expr.first->start) {
      TimeExpression t;
      t.role = TimeRole::kBetween;
      t.first = points.back().expr.first;
      t.second = points.front().expr.first;
      return Chosen{t, "", false, ""};
    }
    if (points.size() == 2 && (joined_by_to || compared) &&
        points.front().expr.first->start < points.back().expr.first->start) {
      TimeExpression t;
      t.role = TimeRole::kBetween;
      t.first = points.front().expr.first;
      t.second = points.back().expr.first;
      return Chosen{t, "", false, ""};
    }
    // "…, down from 6% in 2020.": a point the sentence compares with is no
    // time it is about; a later sentence carries none from it.
    std::vector<TimeHit const*> own;
    for (TimeHit const& h : points) {
      if (!comparison_marked(h))
        own.push_back(&h);
    }
    if (own.empty())
      return std::nullopt;
    Chosen c{own.back()->expr, "", own.size() > 1, ""};
    return c;
  };

  // A document-wide price basis: "All figures are in 2019-20 prices unless
  // stated otherwise". Looked for once, and only when a money claim asks.
  std::optional<std::string> document_price;
  auto document_price_basis = [&]() -> std::string const& {
    if (document_price)
      return *document_price;
    document_price.emplace();
    for (std::string_view cue : {"all figures", "unless stated", "unless otherwise stated",
                                 "throughout this report", "throughout this article"}) {
      for (std::size_t at = find_in(lower, cue);
           at != std::string_view::npos && document_price->empty();
           at = find_in(lower, cue, at + cue.size())) {
        auto const sentence_at =
            std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](std::size_t pos, Span const& x) { return pos < x.end; });
        if (sentence_at == sentences.end() || sentence_at->begin > at)
          continue;
        *document_price =
            m.price_bases.first_label(lower.substr(sentence_at->begin, sentence_at->size()));
      }
    }
    return *document_price;
  };

  // The lexicon metric the last sentence with one ended on, for sentences
  // that go on about it.
  std::optional<std::size_t> last_metric;
  std::string last_phrase;
  std::size_t last_metric_sentence = std::string_view::npos;
  // A blank line between sentence s - 1 and s.
  auto paragraph_break = [&](std::size_t s) {
    std::string_view gap =
        text.substr(sentences[s - 1].end, sentences[s].begin - sentences[s - 1].end);
    std::size_t first = gap.find('\n');
    return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
  };

  // A line of a bulleted list ("- Referrals: 655,630"), and the heading its
  // list hangs from ("Key figures (England, 2017-18 unless stated)"): the
  // line before the list's first bullet, if the list is not too long.
  auto is_bullet = [&](std::size_t s) {
    std::size_t const b = sentences[s].begin;
    bool const line_start = b == 0 || text[b - 1] == '\n';
    return line_start && b + 1 < text.size() &&
           (text[b] == '-' || text[b] == '*' || text.substr(b, 3) == "\xe2\x80\xa2") &&
           (text[b + 1] == ' ' || text[b] != '-');
  };
  auto heading_of_list = [&](std::size_t s) -> std::optional<std::size_t> {
    if (!is_bullet(s))
      return std::nullopt;
    for (std::size_t h = s; h-- > 0 && s - h <= 30;) {
      if (!is_bullet(h))
        return paragraph_break(h + 1) ? std::nullopt : std::optional<std::size_t>(h);
    }
    return std::nullopt;
  };

  // Where a one-year-change phrase ("on the previous year", "a year
  // earlier") sits in `clause`, if it holds one; "two years earlier" and
  // "five years ago" go back more than one (see years_back).
  auto one_year_phrase = [&](Span clause) -> std::optional<Span> {
    std::string_view c = lower.substr(clause.begin, clause.size());
    if (c.find("year") == std::string_view::npos)
      return std::nullopt;
    re2::StringPiece hit;
    if (!m.one_year->Match(re2::StringPiece(c.data(), c.size()), 0, c.size(), re2::RE2::UNANCHORED,
                           &hit, 1)) {
      return std::nullopt;
    }
    std::size_t const b = clause.begin + static_cast<std::size_t>(hit.data() - c.data());
    return Span{b, b + hit.size()};
  };
  // The point in time sentence `s` is about, for a one-year change at
  // `figure`: a point stated in it (the nearest), the end of a period it
  // states, one carried from the sentence before, or the document's date.
  auto point_of_sentence = [&](std::size_t s, Span figure, Span clause,
                               std::string& how) -> std::optional<Period> {
    std::optional<Period> best;
    std::size_t best_distance = 0;
    for (TimeHit const& h : hits_of(s)) {
      std::optional<Period> const& p =
          h.expr.role == TimeRole::kPoint ? h.expr.first : h.expr.second;
      if (!p || p->start.empty())
        continue;
      // A point after the figure, in a later clause, is another figure's
      // ("… a year earlier but more than double the 1,950 recorded in 2013").
      if (h.span.begin >= figure.end && h.span.begin >= clause.end)
        continue;
      std::size_t d = h.span.end <= figure.begin   ? figure.begin - h.span.end
                      : h.span.begin >= figure.end ? h.span.begin - figure.end
                                                   : 0;
      if (!best || d < best_distance)
        best = p, best_distance = d;
    }
    if (best) {
      how.clear();
      return best;
    }
    for (std::size_t back = 1; back <= 2 && back <= s; ++back) {
      std::optional<Chosen> earlier = sentence_period(s - back, sentences[s - back].end);
      if (!earlier || after_document_date(earlier->expr))
        continue;
      std::optional<Period> const& p =
          earlier->expr.role == TimeRole::kPoint ? earlier->expr.first : earlier->expr.second;
      if (p && !p->start.empty()) {
        how = "carried from the previous sentence";
        return p;
      }
    }
    if (document_date.size() >= 4) {
      how = document_date_how;
      return date_period(document_date);
    }
    return std::nullopt;
  };

  // The place a text opens with ("Harrowdene County Council expects …", "The
  // number of looked-after children in Scotland …") is where its figures are
  // when their sentence names none. A reader's comment may be about anywhere.
  // The first two sentences of prose, among the first few: navigation ("Home
  // News UK") and a byline open many pages and say nothing of where or when.
  // Prose ends as a sentence does; a heading, a byline or a strapline
  // ("Fairfield Institute for Family Policy, Working Paper 14") does not.
  auto ends_as_prose = [&](Span x) {
    std::string_view t = text.substr(x.begin, x.size());
    while (!t.empty() && (is_space(t.back()) || t.back() == '"' || t.back() == '\'' ||
                          t.back() == ')' || t.back() == '*'))
      t.remove_suffix(1);
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == ':');
  };
  std::vector<std::size_t> opening_prose;
  if (document.kind != corpus::DocumentKind::kComment) {
    constexpr std::size_t kProseWords = 8;
    for (std::size_t s = 0; s < sentences.size() && s < 6 && opening_prose.size() < 2; ++s) {
      if (!ends_as_prose(sentences[s]))
        continue;
      std::size_t words = 0;
      for_each_word(lower.substr(sentences[s].begin, sentences[s].size()), [&](std::string_view) {
        ++words;
        return words < kProseWords;
      });
      if (words >= kProseWords)
        opening_prose.push_back(s);
    }
  }
  std::string focus_place;
  // The place named first of `named`, capitalised as a label; empty if none.
  auto first_named = [](std::vector<std::pair<Span, std::string>> const& named) {
    if (named.empty())
      return std::string();
    std::string place =
        std::min_element(named.begin(), named.end(), [](auto const& x, auto const& y) {
          return x.first.begin < y.first.begin;
        })->second;
    place[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(place[0])));
    return place;
  };
  // "Dunmore County Council is looking after … the council looked after
  // 1,148": the council a text opens with is the one "the council" means.
  std::string focus_council;
  // A release that states its coverage ("Coverage: Wales.") says where all
  // its figures are.
  if (document.kind != corpus::DocumentKind::kComment) {
    for (std::size_t s = 0; s < sentences.size() && s < 8 && focus_place.empty(); ++s) {
      std::string_view const line = lower.substr(sentences[s].begin, sentences[s].size());
      std::size_t const lead = line.find_first_not_of(" -*#");
      if (lead == std::string_view::npos)
        continue;
      std::string_view const said = line.substr(lead);
      if (!said.starts_with("coverage:") && !said.starts_with("geographic coverage:") &&
          !said.starts_with("geography:") && !said.starts_with("area covered:"))
        continue;
      focus_place = first_named(m.geographies.labelled_spans(said));
    }
  }
  for (std::size_t s : opening_prose) {
    if (!focus_place.empty())
      break;
    Span const lede = sentences[s];
    std::vector<std::pair<Span, std::string>> named =
        m.geographies.labelled_spans(lower.substr(lede.begin, lede.size()));
    for (auto& council : named_councils(text.substr(lede.begin, lede.size()))) {
      if (focus_council.empty())
        focus_council = council.second;
      named.push_back(std::move(council));
    }
    std::size_t const dateline = dateline_end(text.substr(lede.begin, lede.size()));
    std::string_view const lede_lower = lower.substr(lede.begin, lede.size());
    std::erase_if(named, [&](auto const& place) {
      return place.first.begin < dateline || names_an_office(lede_lower, place.first, place.second);
    });
    focus_place = first_named(named);
  }
  // A body's own report or blog is of where the body works ("Mountain Rescue
  // Federation of England and Wales") when its opening names nowhere.
  if (focus_place.empty() && (document.kind == corpus::DocumentKind::kReport ||
                              document.kind == corpus::DocumentKind::kBlog)) {
    focus_place = first_named(m.geographies.labelled_spans(ascii_lower(document.publisher)));
  }
  // The period a text's first sentence of prose states for its figures ("Just
  // 5.7% of crimes led to a charge in the year to March 2023") is the one its
  // later figures are of when they state none: a release of statistics is
  // reported for one period. Only a point or the year (months) to a date, and
  // one not ahead of the text.
  std::optional<Chosen> lede_period;
  std::size_t const lede_sentence =
      opening_prose.empty() ? sentences.size() : opening_prose.front();
  if (lede_sentence < sentences.size()) {
    for (TimeHit const& h : hits_of(lede_sentence)) {
      TimeExpression const& t = h.expr;
      std::optional<Period> const& when = t.role == TimeRole::kPoint ? t.first : t.second;
      bool const until = t.role == TimeRole::kUntil && (t.length_years == 1 || t.length_months > 0);
      // "down from 6% in 2020": a time the sentence compares with is not its own.
      if ((t.role != TimeRole::kPoint && !until) || !when || when->start.empty() ||
          (!document_date.empty() && when->start > document_date) || comparison_marked(h))
        continue;
      lede_period = Chosen{t, "the period the text opens with", false,
                           "none stated; the text opens with '" + when->label + "'"};
      break;
    }
  }
  // Only figures of the measures the opening sentence gives (a share, a
  // count, a sum in pounds) are of its release: "3.4 times as much", "up to
  // 500 men" or "fewer than half" are other things.
  std::vector<std::pair<QuantityKind, std::string>> lede_measures;
  if (lede_period) {
    for (Found const& f : figures_of(lede_sentence))
      lede_measures.emplace_back(f.claim.quantity.kind, f.claim.quantity.unit);
  }
  auto of_a_lede_measure = [&](grammar::Quantity const& q) {
    return std::any_of(lede_measures.begin(), lede_measures.end(),
                       [&](auto const& m) { return m.first == q.kind && m.second == q.unit; });
  };

  for (std::size_t s = 0; s < sentences.size(); ++s) {
    Span const sentence = sentences[s];
    std::vector<std::size_t> members;
    for (std::size_t f = first_found[s]; f < first_found[s + 1]; ++f)
      members.push_back(f);
    if (members.empty())
      continue;
    std::string_view const sentence_lower = lower.substr(sentence.begin, sentence.size());
    re2::StringPiece const piece(sentence_lower.data(), sentence_lower.size());
    bool const boilerplate = chrome(s);
    // Figures of speech need a round number word.
    bool const figure_of_speech = (sentence_lower.find("million") != std::string_view::npos ||
                                   sentence_lower.find("thousand") != std::string_view::npos ||
                                   sentence_lower.find("hundred") != std::string_view::npos ||
                                   sentence_lower.find("billion") != std::string_view::npos) &&
                                  re2::RE2::PartialMatch(piece, *m.figures);
    std::vector<Span> const clauses = m.clauses(lower, sentence);
    std::vector<Match> const matches = metric_matches(sentence);
    std::vector<TimeHit> const& time = hits_of(s);
    std::vector<std::optional<std::string>> population_of(clauses.size() + 1);
    std::optional<std::string> sentence_price;
    std::map<FacetValues const*, std::vector<FacetHit>> facet_hits_of;
    // A text's opening lines may carry a dateline, which names no figure's place.
    std::size_t const dateline =
        s < 3 ? dateline_end(text.substr(sentence.begin, sentence.size())) : 0;
    std::string geography = m.geographies.first_label(sentence_lower.substr(dateline));
    // A list's lines are where its heading says: "(England, 2017-18 unless stated)".
    bool from_heading = false;
    if (geography.empty()) {
      if (std::optional<std::size_t> const heading = heading_of_list(s)) {
        geography = m.geographies.first_label(
            lower.substr(sentences[*heading].begin, sentences[*heading].size()));
        from_heading = !geography.empty();
      }
    }
    std::optional<std::vector<std::pair<Span, std::string>>> places;  // read when a figure asks
    std::optional<bool> names_other_place;                            // likewise
    // A council the lexicon does not list, named as councils name themselves
    // ("Harrowdene County Council"): read from the text as written.
    std::vector<std::pair<Span, std::string>> councils =
        named_councils(text.substr(sentence.begin, sentence.size()));
    std::erase_if(councils, [&](auto const& place) { return place.first.begin < dateline; });
    if (geography.empty() && !councils.empty())
      geography = councils.front().second;
    if (!geography.empty())
      geography[0] = static_cast<char>(std::toupper(geography[0]));
    std::vector<Span> anaphors;
    if (may_hold_anaphor(sentence_lower)) {
      re2::StringPiece hit;
      std::size_t pos = 0;
      while (pos < sentence_lower.size() &&
             m.anaphora->Match(piece, pos, sentence_lower.size(), re2::RE2::UNANCHORED, &hit, 1)) {
        auto b = static_cast<std::size_t>(hit.data() - sentence_lower.data());
        anaphors.push_back({sentence.begin + b, sentence.begin + b + hit.size()});
        pos = b + std::max<std::size_t>(hit.size(), 1);
      }
    }
    bool const any_strong =
        std::any_of(matches.begin(), matches.end(), [](Match const& x) { return x.strong; });

    // Another claim between `a` and `b` (not stated beside either) blocks a
    // phrase from reaching across it: "X reduced by 38% and Y by 53%".
    auto blocked = [&](std::size_t self, Span a, Span b) {
      std::size_t lo = std::min(a.end, b.end), hi = std::max(a.begin, b.begin);
      for (std::size_t other : members) {
        if (other == self)
          continue;
        Span o = found[other].span;
        if (o.begin >= lo && o.end <= hi) {
          Span me = found[self].span;
          if (!adjacent(text, o.end, me.begin) && !adjacent(text, me.end, o.begin))
            return true;
        }
      }
      return false;
    };
    auto distance = [](Span a, Span b) -> std::size_t {
      if (a.end <= b.begin)
        return b.begin - a.end;
      if (b.end <= a.begin)
        return a.begin - b.end;
      return 0;
    };

    // A phrase after the figure names it ("29% rise in children on plans")
    // unless "and" starts another item ("38% and spending on youth services").
    // ("… from 43,900 to 77,470, while the number of children on a plan
    // rose": a contrast opens another subject.)
    auto across_and = [&](Span phrase, Span figure) {
      if (phrase.begin < figure.end)
        return false;
      std::string_view gap = lower.substr(figure.end, phrase.begin - figure.end);
      for (std::string_view joint : {" and ", " while ", " whilst ", " whereas ", " but ",
                                     " since ", " until ", " before ", " after ", " when "}) {
        if (gap.find(joint) != std::string_view::npos)
          return true;
      }
      return false;
    };
    // English names a thing before its figure more often than after it.
    auto weighted = [&](Span phrase, Span figure) {
      std::size_t d = distance(phrase, figure);
      // "5,800 of them are unaccompanied asylum seekers": what follows "of
      // them" names the part the figure counts, ahead of the whole before it.
      if (phrase.begin >= figure.end && d <= 30) {
        std::string_view const gap = lower.substr(figure.end, phrase.begin - figure.end);
        for (std::string_view part : {" of them ", " of those ", " of these ", " of whom "}) {
          if (gap.starts_with(part))
            return std::size_t{0};
        }
      }
      return phrase.begin >= figure.end ? 2 * d : d;
    };

    // Asides: "(…)" and a pair of dashes " – … – ".
    std::vector<Span> asides;
    if (sentence_lower.find('(') != std::string_view::npos ||
        sentence_lower.find(" - ") != std::string_view::npos) {
      std::vector<std::size_t> dashes;
      std::size_t open = std::string_view::npos;
      for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
        if (lower[i] == '(') {
          open = i;
        } else if (lower[i] == ')' && open != std::string_view::npos) {
          asides.push_back({open, i + 1});
          open = std::string_view::npos;
        } else if (lower[i] == ' ' && i + 2 < sentence.end && lower[i + 1] == '-' &&
                   lower[i + 2] == ' ') {
          dashes.push_back(i);
        }
      }
      for (std::size_t k = 0; k + 1 < dashes.size(); k += 2)
        asides.push_back({dashes[k], dashes[k + 1] + 3});
    }
    // "Spending on adult social care, which makes up 40% of council budgets,
    // rose 5%": a clause between commas is an aside when it opens with a
    // relative pronoun or "according to", or is a verbless apposition ("the
    // main local tax") before a clause that opens with its verb.
    auto comma_aside = [&](std::size_t c) {
      if (c == 0 || c + 1 >= clauses.size() || lower[clauses[c].begin - 1] != ',' ||
          lower[clauses[c].end] != ',')
        return false;
      std::string_view const aside = lower.substr(clauses[c].begin, clauses[c].size());
      std::string_view first;
      for_each_word(aside, [&](std::string_view word) {
        first = word;
        return false;
      });
      static WordSet const kOpeners = {"which", "who", "whose", "where", "according"};
      if (kOpeners.contains(first))
        return true;
      // "the main local tax", "adjusted for inflation", "excluding energy"
      bool const apposition_or_participle =
          first == "the" || first == "a" || first == "an" ||
          (first.size() > 4 && (first.ends_with("ed") || first.ends_with("ing")));
      return apposition_or_participle && !has_finite_verb(aside) &&
             opens_with_verb(lower.substr(clauses[c + 1].begin, clauses[c + 1].size()));
    };
    // Unlike a bracket, which may name the thing its sentence counts ("(children
    // in care)"), such a clause never names the figures outside it.
    std::vector<Span> comma_asides;
    for (std::size_t c = 1; c + 1 < clauses.size(); ++c) {
      if (comma_aside(c))
        comma_asides.push_back(clauses[c]);
    }

    // A sentence that goes on about the one before ("There were 172,290 in
    // 2015-16, …", "This is a rise of 72%", "The total is up 1% …") measures
    // what that one did, unless a paragraph ends between them: all of it when
    // it names no metric, its figures before its first alias otherwise.
    std::optional<std::size_t> carried_metric;
    std::string carried_phrase;
    // "The total is …", "This is a rise of …" point back even across the
    // paragraph break news puts after every sentence; "There were" does not.
    bool const goes_on = s > 0 &&
                         (!paragraph_break(s) || re2::RE2::PartialMatch(piece, *m.points_back)) &&
                         re2::RE2::PartialMatch(piece, *m.continuation);
    if (goes_on) {
      // Two sentences back when the one between names no metric of its own
      // ("… increased by 1% to 80,850. This continues the rise of 13 years.
      // The number is 23% higher than in 2011"), in one paragraph.
      bool const skipped_one = last_metric_sentence != std::string_view::npos && s >= 2 &&
                               last_metric_sentence == s - 2 && !paragraph_break(s - 1) &&
                               metric_matches(sentences[s - 1]).empty();
      // "… made up 5,080 of the total, roughly one in 16 children in care.
      // Their number has more than trebled": a possessive points back to
      // the sentence's subject, its first alias, not the last one named.
      std::size_t const first_letter = sentence_lower.find_first_not_of(" \"'(");
      std::string_view const opening = first_letter == std::string_view::npos
                                           ? std::string_view()
                                           : sentence_lower.substr(first_letter);
      bool const possessive = opening.starts_with("their ") || opening.starts_with("its ");
      if ((last_metric_sentence == s - 1 || skipped_one) && !possessive) {
        carried_metric = last_metric;
        carried_phrase = last_phrase;
      } else {
        std::vector<Match> const before = metric_matches(sentences[s - 1]);
        auto head =
            std::find_if(before.begin(), before.end(), [](Match const& x) { return x.strong; });
        if (head == before.end() && !before.empty())
          head = before.begin();
        if (head != before.end()) {
          carried_metric = head->metric;
          carried_phrase = std::string(text.substr(head->span.begin, head->span.size()));
        }
      }
      // Across a paragraph, only a metric without a facet: a grade read off
      // the new paragraph ("not providing a good service") is no grade.
      if (carried_metric && paragraph_break(s) && !m.metrics[*carried_metric].facet.empty())
        carried_metric.reset();
    }
    // "76,930 conferences followed 185,450 enquiries. By 2019-20 the figures
    // were 77,470 and 201,000": a list of counts restating the previous
    // sentence's, one for one, measures what each of those did, in order.
    std::map<std::size_t, std::size_t> respective;  // figure -> the earlier one it restates
    if (goes_on && matches.empty()) {
      auto counts_of = [&](std::size_t t) {
        std::vector<std::size_t> out;
        for (std::size_t f = first_found[t]; f < first_found[t + 1]; ++f) {
          if (found[f].claim.quantity.kind == QuantityKind::kCount && !found[f].drop)
            out.push_back(f);
        }
        return out;
      };
      std::vector<std::size_t> const before = counts_of(s - 1), here = counts_of(s);
      bool listed = here.size() >= 2 && here.size() == before.size();
      for (std::size_t i = 1; listed && i < here.size(); ++i) {
        std::string_view const gap = lower.substr(
            found[here[i - 1]].span.end, found[here[i]].span.begin - found[here[i - 1]].span.end);
        listed = gap == " and " || gap == ", " || gap == ", and ";
      }
      std::set<std::string> keys;
      for (std::size_t i = 0; listed && i < before.size(); ++i) {
        listed = found[before[i]].claim.metric.has_value();
        if (listed)
          keys.insert(found[before[i]].claim.metric->key);
      }
      if (listed && keys.size() == before.size()) {
        for (std::size_t i = 0; i < here.size(); ++i)
          respective[here[i]] = before[i];
      }
    }
    // "This table shows referrals … \n\n2013-14: 657,780\n2014-15: 635,620":
    // each row measures what the sentence before the table names.
    if (!carried_metric && s > 0 && re2::RE2::PartialMatch(piece, *m.table_row)) {
      std::size_t intro = s;
      while (intro > 0) {
        --intro;
        std::string_view const row = lower.substr(sentences[intro].begin, sentences[intro].size());
        if (!re2::RE2::PartialMatch(re2::StringPiece(row.data(), row.size()), *m.table_row))
          break;
      }
      std::vector<Match> const named = metric_matches(sentences[intro]);
      auto head = std::find_if(named.begin(), named.end(), [](Match const& x) { return x.strong; });
      if (head != named.end() && s - intro <= 40) {
        carried_metric = head->metric;
        carried_phrase = std::string(text.substr(head->span.begin, head->span.size()));
      }
    }

    // "Of those 59 councils", "Out of 87 authorities inspected", "Among the
    // 41 boards": a figure that opens its clause after one of these is the
    // whole that the clause's sentence breaks down.
    auto opens_a_breakdown = [&](Span clause, Span figure) {
      if (figure.begin < clause.begin)
        return false;
      std::string_view head = lower.substr(clause.begin, figure.begin - clause.begin);
      while (!head.empty() && is_space(head.front()))
        head.remove_prefix(1);
      bool opened = false;
      for (std::string_view lead : {"of ", "out of ", "among ", "amongst "}) {
        if (head.starts_with(lead)) {
          head.remove_prefix(lead.size());
          opened = true;
          break;
        }
      }
      if (!opened)
        return false;
      for (std::string_view det : {"all the ", "all ", "the ", "those ", "these "}) {
        if (head.starts_with(det)) {
          head.remove_prefix(det.size());
          break;
        }
      }
      return head.find_first_not_of(' ') == std::string_view::npos;
    };
    // "Of the 286 people killed, 131 were drivers, 58 were passengers": the
    // metric of the whole the sentence's opening clause gives, for a count
    // in a later clause whose predicate ("were drivers") says which part.
    // The words a figure's clause says of it, up to the next figure or the
    // "and" before it ("67 were motorcyclists and 14 were cyclists"), an
    // aside left out ("(level 2)"); a length or distance ("more than 20 miles
    // from home") says who, so it is kept. At most 11 words.
    auto predicate_of = [&](std::size_t f, Span clause) {
      Span const figure = found[f].span;
      std::size_t end = clause.end;
      for (std::size_t o : members) {
        if (o != f && found[o].span.begin >= figure.end && found[o].span.begin < end &&
            found[o].claim.quantity.unit.empty())
          end = found[o].span.begin;
      }
      std::string_view predicate = lower.substr(figure.end, end - figure.end);
      predicate = predicate.substr(0, predicate.find('('));
      for (std::string_view joint : {" and ", " or "}) {
        if (std::size_t const at = predicate.rfind(joint);
            at != std::string_view::npos && end < clause.end)
          predicate = predicate.substr(0, at);
      }
      std::vector<std::string_view> words;
      for_each_word(predicate, [&](std::string_view w) {
        words.push_back(w);
        return words.size() <= 10;
      });
      return words;
    };
    auto whole_broken_down = [&](std::size_t f, std::size_t clause_index) -> std::optional<Metric> {
      if (clause_index == 0 || clauses.empty() ||
          found[f].claim.quantity.kind != QuantityKind::kCount)
        return std::nullopt;
      std::vector<std::string_view> const words = predicate_of(f, clauses[clause_index]);
      // "…, 142,300 at advanced level and 128,900 at higher level": a part
      // whose verb is gapped after one that has it.
      bool const gapped = !words.empty() && kPartPrepositions.contains(words[0]) && f > 0 &&
                          found[f - 1].part_of_breakdown &&
                          found[f - 1].sentence == found[f].sentence;
      if (words.size() < 2 || words.size() > 10 || !(kPartVerbs.contains(words[0]) || gapped))
        return std::nullopt;
      for (std::size_t g : members) {
        Found const& whole = found[g];
        if (whole.span.begin >= clauses[0].begin && whole.span.end <= clauses[0].end &&
            whole.claim.metric && whole.claim.quantity.kind == QuantityKind::kCount &&
            opens_a_breakdown(clauses[0], whole.span))
          return whole.claim.metric;
      }
      return std::nullopt;
    };

    // Time expressions stated right after a figure ("£3.5bn in 2012-13") are that figure's.
    std::vector<int> owner(time.size(), -1);
    // "The National Gallery, whose east wing reopened in May, drew 550,000
    // visits", "…, helped by an exhibition, which opened on 6 April 2024": a
    // relative clause after a comma, to the next comma or the sentence's end,
    // dates what it tells of; with no figure of its own, it dates no figure.
    constexpr int kOwnedByAside = std::numeric_limits<int>::max();
    auto in_figureless_aside = [&](Span x) {
      std::string_view const lead = lower.substr(sentence.begin, x.begin - sentence.begin);
      std::size_t const comma = lead.find_last_of(",;");
      if (comma == std::string_view::npos)
        return false;
      std::string_view first;
      for_each_word(lead.substr(comma + 1), [&](std::string_view w) {
        first = w;
        return false;
      });
      if (first != "which" && first != "who" && first != "whose")
        return false;
      std::size_t const begin = sentence.begin + comma;
      std::size_t end = lower.substr(0, sentence.end).find_first_of(",;", x.end);
      end = end == std::string_view::npos ? sentence.end : end;
      return std::none_of(members.begin(), members.end(), [&](std::size_t f) {
        return found[f].span.begin >= begin && found[f].span.end <= end;
      });
    };
    for (std::size_t h = 0; h < time.size(); ++h) {
      if (in_figureless_aside(time[h].span)) {
        owner[h] = kOwnedByAside;
        continue;
      }
      // "£2.46m (2022-23: £2.18m)": a time that labels the figure after it.
      if (labels_what_follows(lower, time[h].span, sentence.end)) {
        for (std::size_t f : members) {
          if (found[f].span.begin >= time[h].span.end) {
            owner[h] = static_cast<int>(f);
            break;
          }
        }
        continue;
      }
      for (std::size_t f : members) {
        if (time[h].span.begin < found[f].span.end)
          continue;
        // "up 3% on last year": a calendar "last year" is the figure's too.
        bool const on =
            lower.substr(found[f].span.end, time[h].span.begin - found[f].span.end) == " on ";
        if ((time[h].expr.role == TimeRole::kPoint &&
             (time[h].span.begin - found[f].span.end <= 2 || on)) ||
            (time[h].expr.role == TimeRole::kRelative && time[h].expr.first && on)) {
          owner[h] = static_cast<int>(f);
        }
      }
    }

    auto population_in = [&](std::size_t c) -> std::string const& {
      if (!population_of[c]) {
        Span const x = clauses.empty() ? sentence : clauses[c];
        population_of[c] = m.populations.joined_labels(lower.substr(x.begin, x.size()));
      }
      return *population_of[c];
    };
    // "Our patient was 84.", "My granddaughter is 4 and …", "the girl, 6,
    // stopped eating", "Bernie Okafor, now 58,": a person's age, no figure.
    for (std::size_t f : members) {
      grammar::Quantity const& q = found[f].claim.quantity;
      Span const span = found[f].span;
      if (q.kind != QuantityKind::kCount || !q.unit.empty() || !q.scale.empty() ||
          q.hedge != grammar::Hedge::kExact || q.value < 1 || q.value > 110 ||
          q.value != static_cast<double>(static_cast<int>(q.value)) ||
          span.begin - sentence.begin < 4)
        continue;
      std::string_view const before = lower.substr(sentence.begin, span.begin - sentence.begin);
      std::string_view const after = lower.substr(span.end, sentence.end - span.end);
      static WordSet const kPeople = {
          "i",           "he",        "she",      "who",           "we",
          "they",        "girl",      "boy",      "son",           "daughter",
          "child",       "man",       "woman",    "mother",        "father",
          "mum",         "dad",       "patient",  "baby",          "brother",
          "sister",      "wife",      "husband",  "partner",       "friend",
          "nephew",      "niece",     "grandson", "granddaughter", "grandmother",
          "grandfather", "pensioner", "toddler",  "teenager"};
      // The word before `t`'s end, and what comes before that word.
      auto word_before = [](std::string_view t) {
        std::string_view const w = last_word(t);
        return std::pair(w, t.substr(0, static_cast<std::size_t>(w.data() - t.data())));
      };
      bool const ends_there = after.empty() || after.starts_with(".") || after.starts_with(",") ||
                              after.starts_with(";") || after.starts_with("!") ||
                              after.starts_with(" and ") || after.starts_with(" now") ||
                              after.starts_with(" when") || after.starts_with(" at the time");
      bool age = false;
      auto [verb, rest] = word_before(before);
      if ((verb == "is" || verb == "was" || verb == "am") && ends_there) {
        auto [subject, unused] = word_before(rest);
        age = kPeople.contains(subject);
      }
      // An apposition of the bare number after a person: ", 6," or ", now 58,".
      if (!age && after.starts_with(",") && before.ends_with(", ")) {
        auto [who, unused] = word_before(before.substr(0, before.size() - 2));
        age = kPeople.contains(who);
      }
      if (!age && before.ends_with(", now ") && after.starts_with(","))
        age = true;
      if (age)
        found[f].drop = true;
    }
    // "aged 16 or over", "0 to 17", "children over 16": the figures of a
    // population phrase are ages, not claims. Known before any figure is
    // read, so that no change pairs with one.
    for (std::size_t f : members) {
      QuantityKind const kind = found[f].claim.quantity.kind;
      Span const span = found[f].span;
      std::size_t const c = Impl::clause_of(clauses, span.begin);
      Span const clause = clauses.empty() ? sentence : clauses[c];
      if ((kind != QuantityKind::kCount && kind != QuantityKind::kRange) ||
          population_in(c).empty())
        continue;
      std::vector<Span> ages;
      m.populations.spans(lower.substr(clause.begin, clause.size()), ages);
      for (Span a : ages) {
        if (span.begin >= clause.begin + a.begin && span.end <= clause.begin + a.end)
          found[f].drop = true;
      }
    }
    // A pair whose later figure was an age goes to the figure before it:
    // "2,400 children over 16 …, up from 1,900".
    for (std::size_t i = 0; i < members.size(); ++i) {
      Found& age = found[members[i]];
      if (!age.drop || age.pair <= static_cast<int>(members[i]))
        continue;
      int const from = age.pair;
      age.pair = -1;
      age.claim.change.reset();
      for (std::size_t j = i; j-- > 0;) {
        Found& to = found[members[j]];
        if (to.drop)
          continue;
        Found const& earlier = found[static_cast<std::size_t>(from)];
        if (to.pair < 0 && !to.claim.change &&
            to.claim.quantity.kind == earlier.claim.quantity.kind &&
            to.claim.quantity.unit == earlier.claim.quantity.unit) {
          to.pair = from;
          to.claim.change = change_between(earlier.claim.quantity.value, to.claim.quantity.value);
        }
        break;
      }
    }

    // The label of a "Label: figure" line the figure opens the value of, as
    // written, without its date, bullet or bracket: "Men held on 30 June
    // 2024: 1,072" -> "Men held". Empty for anything else, and for a subset
    // row ("Of whom aged 16 or over: 1,140"), which names no thing.
    auto label_of_row = [&](std::size_t f) -> std::string {
      // "- Air transport movements: 61,240 (2023: 55,870), up 9.6%": the
      // year compared with, and the change, are of the row's own label.
      while (f > 0 && found[f - 1].sentence == found[f].sentence && !found[f - 1].drop) {
        static re2::RE2 const kRestated(
            R"(^(?: \([^():;]{1,24}: |\)?,? (?:up|down|a rise of|a fall of|an increase of|a decrease of) )$)");
        Span const previous = found[f - 1].span;
        std::string_view const gap = lower.substr(previous.end, found[f].span.begin - previous.end);
        if (!re2::RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kRestated))
          break;
        --f;
      }
      Span const figure = found[f].span;
      if (figure.begin < sentence.begin + 3 || lower.substr(figure.begin - 2, 2) != ": ")
        return {};
      std::string_view line = text.substr(sentence.begin, figure.begin - 2 - sentence.begin);
      std::size_t const newline = line.rfind('\n');
      if (newline != std::string_view::npos)
        line.remove_prefix(newline + 1);
      while (!line.empty() &&
             (is_space(line.front()) || line.front() == '-' || line.front() == '*' ||
              static_cast<unsigned char>(line.front()) >= 0x80))
        line.remove_prefix(1);
      if (std::size_t const bracket = line.find('('); bracket != std::string_view::npos)
        line = line.substr(0, bracket);
      if (line.find_first_of(":;.") != std::string_view::npos || line.size() > 60)
        return {};
      std::string const lowered = ascii_lower(line);
      for (std::string_view lead : {"of whom", "of which", "of these", "of them", "including"}) {
        if (lowered.starts_with(lead))
          return {};
      }
      // The date a row is at is its time, not its name.
      std::size_t cut = lowered.size();
      for (std::string_view at : {" on ", " at ", " in ", " during ", " for ", " as at ", " by "}) {
        std::size_t const where = lowered.find(at);
        if (where != std::string::npos && where + at.size() < lowered.size() &&
            (is_digit(lowered[where + at.size()]) ||
             lowered.compare(where + at.size(), 4, "the ") == 0 ||
             lowered.compare(where + at.size(), 5, "year ") == 0))
          cut = std::min(cut, where);
      }
      std::string_view label = std::string_view(line).substr(0, cut);
      while (!label.empty() && is_space(label.back()))
        label.remove_suffix(1);
      // "Revenue 2024: £142.6m", "Book issues, 2023-24: 146.2 million": the
      // year closing a label is the row's time.
      static re2::RE2 const kClosingYear(R"(^(.*[A-Za-z]),? (?:19|20)\d\d(?:[-/]\d\d)?$)");
      re2::StringPiece named;
      if (re2::RE2::FullMatch(re2::StringPiece(label.data(), label.size()), kClosingYear, &named))
        label = std::string_view(named.data(), named.size());
      // "Donors aged 18 to 24: 61,300": an age band says whom, not what.
      static re2::RE2 const kAgeBand(
          R"((?i)^(.*[a-z]) aged \d{1,3}(?:(?: to |-| and )\d{1,3}| and (?:over|under)|\+)?$)");
      if (re2::RE2::FullMatch(re2::StringPiece(label.data(), label.size()), kAgeBand, &named))
        label = std::string_view(named.data(), named.size());
      if (label.empty() || std::any_of(label.begin(), label.end(), is_digit))
        return {};
      return std::string(label);
    };
    auto key_of_label = [](std::string_view label) {
      return normalise_generic(ascii_lower(label));
    };

    // "Councils started 89,300 enquiries in 2009-10 and 127,100 in 2012-13":
    // a figure joined to the one before it, with no noun of its own and
    // only a time or place after it, counts what that one counted.
    auto listed_with_before = [&](std::size_t f) -> std::optional<Metric> {
      if (f == first_found[s])
        return std::nullopt;
      Found const& earlier = found[f - 1];
      if (earlier.drop || !earlier.claim.metric ||
          earlier.claim.quantity.kind != found[f].claim.quantity.kind ||
          earlier.claim.quantity.unit != found[f].claim.quantity.unit)
        return std::nullopt;
      std::string_view const gap =
          lower.substr(earlier.span.end, found[f].span.begin - earlier.span.end);
      bool joined = false;
      for (std::string_view joint : {" and ", " compared with ", " compared to ", " against ",
                                     " versus ", " up from ", " down from ", " from "}) {
        if (gap.ends_with(joint))
          joined = true;
      }
      // Nothing between but the earlier's noun and a time or place:
      // "enquiries in 2009-10 and", "street and park trees in 2024-25, compared with".
      std::size_t const named = earlier.claim.metric->phrase.size();
      if (!joined || gap.size() > 40 + std::min<std::size_t>(named, 30) ||
          gap.find_first_of(";:") != std::string_view::npos)
        return std::nullopt;
      std::string_view const after =
          lower.substr(found[f].span.end, sentence.end - found[f].span.end);
      std::string_view const next = first_word(after);
      static WordSet const kTimeOrPlace = {"in", "at", "by", "for", "on", "during", "across"};
      if (!(next.empty() || kTimeOrPlace.contains(next)))
        return std::nullopt;
      Metric carried = *earlier.claim.metric;
      carried.source = "carried";
      return carried;
    };

    // "followed by food wrappers (33,700) and drinks containers (21,400)": a
    // count alone in brackets right after a noun in small letters counts it.
    auto counted_in_brackets = [&](std::size_t f) -> std::optional<Metric> {
      Span const figure = found[f].span;
      if (found[f].claim.quantity.kind != QuantityKind::kCount ||
          figure.begin < sentence.begin + 3 || text[figure.begin - 1] != '(' ||
          figure.end >= sentence.end || text[figure.end] != ')' || text[figure.begin - 2] != ' ')
        return std::nullopt;
      std::size_t const end = figure.begin - 2;
      std::size_t begin = end;
      int words = 0;
      while (begin > sentence.begin && words < 4) {
        std::size_t b = begin;
        while (b > sentence.begin && text[b - 1] == ' ')
          --b;
        std::size_t w = b;
        while (w > sentence.begin && (std::islower(static_cast<unsigned char>(text[w - 1])) ||
                                      text[w - 1] == '-' || text[w - 1] == '\''))
          --w;
        if (w == b || (w > sentence.begin && std::isalnum(static_cast<unsigned char>(text[w - 1]))))
          break;
        std::string_view const word = lower.substr(w, b - w);
        if (stop_word(word) || kVerbs.contains(word) || word == "the" || word == "a" ||
            word == "of" || word == "by" || word == "as")
          break;
        begin = w;
        ++words;
      }
      std::size_t before = begin;
      while (before > sentence.begin && text[before - 1] == ' ')
        --before;
      // "5 councils (12)": the noun is another figure's.
      if (words == 0 || (before > sentence.begin && is_digit(text[before - 1])))
        return std::nullopt;
      std::string const phrase(lower.substr(begin, end - begin));
      std::string const key = normalise_generic(phrase);
      if (key.empty() || has_finite_verb(phrase) || !last_word(phrase).ends_with("s"))
        return std::nullopt;
      return Metric{key, std::string(text.substr(begin, end - begin)), "generic", "", ""};
    };

    // "Staff costs accounted for £398.1m, premises £141.9m, stock and
    // materials £63.4m": after a keyed figure, words in small letters and
    // then a figure of its kind, the verb gapped, name what that one measures.
    auto named_in_a_gapped_list = [&](std::size_t f) -> std::optional<Metric> {
      if (f == 0 || found[f - 1].sentence != found[f].sentence || found[f - 1].drop ||
          !found[f - 1].claim.metric ||
          found[f - 1].claim.quantity.kind != found[f].claim.quantity.kind)
        return std::nullopt;
      static re2::RE2 const kGappedLabel(R"(^(?:,| and|, and) ([a-z][a-z' -]{1,40}?) $)");
      Span const previous = found[f - 1].span;
      std::string_view const gap = text.substr(previous.end, found[f].span.begin - previous.end);
      re2::StringPiece label;
      if (!re2::RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kGappedLabel, &label))
        return std::nullopt;
      std::string const phrase(label.data(), label.size());
      std::string const key = normalise_generic(phrase);
      // "…, mostly £3m", "…, and then 700", "…, against a target of 95%",
      // "…, or about £213,000": an adverb or a word that links names nothing.
      bool adverb = false;
      for_each_word(phrase, [&](std::string_view w) {
        adverb = adverb || w == "then" || w == "now" || w == "still" ||
                 (w.size() > 3 && w.ends_with("ly")) || (stop_word(w) && w != "and") || w == "of" ||
                 w == "a" || w == "an";
        return !adverb;
      });
      if (key.empty() || adverb || kVerbs.contains(last_word(phrase)) || has_finite_verb(phrase))
        return std::nullopt;
      return Metric{key, phrase, "generic", "", ""};
    };
    // "Councils started 185,450 section 47 enquiries in 2016-17. In 2009-10
    // they started 89,300": a figure the verb before it takes with no noun
    // of its own counts what that verb took in the sentence before.
    // "That was 65,600 short of the target": a difference from a figure,
    // which counts no more of what the figure did.
    auto a_difference_from_a_figure = [&](std::size_t f) {
      std::string_view const after =
          lower.substr(found[f].span.end, sentence.end - found[f].span.end);
      for (std::string_view comparative : {" short of", " more than", " fewer than", " less than",
                                           " above", " below", " higher than", " lower than"}) {
        if (after.starts_with(comparative))
          return true;
      }
      return false;
    };
    // "England had 2,968 public swimming pools. That compares with 3,190 in
    // 2015": a sentence that goes on about the one before, with no noun of
    // its own, counts what that one's last figure of its kind counted; a
    // share or change ("This is a fall of 7%") is of it. Only a generic key:
    // a lexicon metric is carried with its fit above.
    auto goes_on_counting = [&](std::size_t f) -> std::optional<Metric> {
      if (!goes_on || carried_metric || a_difference_from_a_figure(f))
        return std::nullopt;
      QuantityKind const kind = found[f].claim.quantity.kind;
      bool const relative = kind == QuantityKind::kPercent || kind == QuantityKind::kMultiplier;
      for (std::size_t g = first_found[s]; g-- > first_found[s - 1];) {
        Found const& earlier = found[g];
        if (earlier.drop || !earlier.claim.metric || earlier.claim.metric->source == "lexicon" ||
            earlier.claim.change)
          continue;
        QuantityKind const was = earlier.claim.quantity.kind;
        if (was != kind &&
            !(relative && (was == QuantityKind::kCount || was == QuantityKind::kMoney)))
          continue;
        Metric carried = *earlier.claim.metric;
        carried.source = "carried";
        return carried;
      }
      return std::nullopt;
    };
    auto same_verb_as_before = [&](std::size_t f) -> std::optional<Metric> {
      auto verb_before = [&](std::size_t g) {
        std::size_t const from = sentences[found[g].sentence].begin;
        return last_word(lower.substr(from, found[g].span.begin - from));
      };
      static WordSet const kNotVerbs = {"of",   "to",    "from", "the",  "and", "with", "by",
                                        "at",   "in",    "on",   "for",  "a",   "an",   "or",
                                        "than", "about", "some", "just", "only"};
      std::string_view const verb = verb_before(f);
      if (verb.size() < 3 || kNotVerbs.contains(verb) || is_digit(verb[0]) || s == 0 ||
          paragraph_break(s))
        return std::nullopt;
      if (a_difference_from_a_figure(f))
        return std::nullopt;
      // "5,210 were for children. Another 4,660 went to households …": one
      // more of what the last count before it counted.
      if ((verb == "another" || verb == "further" || verb == "remaining") &&
          found[f].claim.quantity.kind == QuantityKind::kCount) {
        for (std::size_t g = f; g-- > first_found[s - 1];) {
          Found const& earlier = found[g];
          if (!earlier.drop && earlier.claim.metric &&
              earlier.claim.quantity.kind == found[f].claim.quantity.kind) {
            Metric carried = *earlier.claim.metric;
            carried.source = "carried";
            return carried;
          }
        }
        return std::nullopt;
      }
      for (std::size_t g = first_found[s - 1]; g < first_found[s]; ++g) {
        Found const& earlier = found[g];
        if (!earlier.drop && earlier.claim.metric &&
            earlier.claim.quantity.kind == found[f].claim.quantity.kind && verb_before(g) == verb) {
          Metric carried = *earlier.claim.metric;
          carried.source = "carried";
          return carried;
        }
      }
      return std::nullopt;
    };

    // A figure paired with the one it moved from, stated after it ("2,400 in
    // 2018, up from 1,900 in 2014"), is read once that one has its period.
    std::vector<std::size_t> order;
    for (std::size_t f : members) {
      if (found[f].pair > static_cast<int>(f) &&
          found[static_cast<std::size_t>(found[f].pair)].sentence == s)
        continue;
      order.push_back(f);
      for (std::size_t g : members) {
        if (g < f && found[g].pair == static_cast<int>(f))
          order.push_back(g);
      }
    }

    for (std::size_t f : order) {
      Claim& claim = found[f].claim;
      Span const span = found[f].span;
      std::size_t const clause_index = Impl::clause_of(clauses, span.begin);
      Span const clause = clauses.empty() ? sentence : clauses[clause_index];
      auto in_clause = [&](Span x) { return x.begin >= clause.begin && x.end <= clause.end; };

      claim.boilerplate = boilerplate;
      claim.figure_of_speech = figure_of_speech;
      if (claim.boilerplate || claim.figure_of_speech) {
        claim.confidence = 0.1;
        explain(claim, [&] {
          return std::string(
              claim.boilerplate
                  ? "boilerplate: the sentence matches a boilerplate pattern"
                  : "figure of speech: the sentence matches a figure-of-speech pattern");
        });
      }

      // --- metric ---------------------------------------------------------
      // A lexicon metric must measure what the figure can be: money is never a
      // count of children, and a count is never money.
      QuantityKind const kind = claim.quantity.kind;
      auto fits = [&](std::size_t metric) {
        std::string const& measure = m.metrics[metric].measure;
        if (kind == QuantityKind::kMoney)
          return measure == "money" || measure.empty();
        if (kind == QuantityKind::kCount)
          return measure != "money";
        return true;
      };
      // An alias inside an aside ("late intervention – children in care,
      // safeguarding … – rose") names a part, not what the figure measures.
      auto in_other_aside = [&](Span x, std::vector<Span> const& of) {
        for (Span const& a : of) {
          bool const holds_alias = x.begin >= a.begin && x.end <= a.end;
          bool const holds_figure = span.begin >= a.begin && span.end <= a.end;
          if (holds_alias && !holds_figure)
            return true;
        }
        return false;
      };
      // "the number of child protection investigations that did not result in
      // a child protection plan had increased threefold": an alias inside a
      // relative clause qualifies the noun before it, which is what is counted.
      std::string relative_qualifier;
      auto in_relative_clause = [&](Span x) {
        for (Match const& head : matches) {
          if (head.span.end > x.begin || !in_clause(head.span) || !in_clause(x))
            continue;
          if (span.begin < x.end && span.end > head.span.begin)
            continue;  // the figure sits between them: each names its own
          // The pronoun opens the clause at most 60 bytes before the alias.
          std::size_t const gap = x.begin - head.span.end;
          std::size_t const window_begin = head.span.end + (gap > 66 ? gap - 66 : 0);
          std::string_view const window = lower.substr(window_begin, x.begin - window_begin);
          for (std::string_view pronoun : {" that ", " which ", " who ", " whose "}) {
            std::size_t const at = window.find(pronoun);
            if (at != std::string_view::npos && window.size() - at < 60) {
              std::size_t const from = window_begin + at + 1;
              relative_qualifier = std::string(text.substr(from, x.end - from));
              return true;
            }
          }
        }
        return false;
      };
      // "… on the 39,100 children on plans at 31 March 2010, and starts are up
      // 27% on the 49,000": a coordinated clause with a subject of its own
      // measures that, not what an alias in the clause before names.
      bool const own_subject = [&] {
        if (clause_index == 0 || clauses.empty())
          return false;
        // The coordinator, then the words up to the clause's first verb.
        static WordSet const kCoordinators = {"and", "but", "while", "whilst", "whereas"};
        std::vector<std::string_view> words;
        bool coordinated = false, verb = false;
        for_each_word(lower.substr(clause.begin, span.begin - clause.begin),
                      [&](std::string_view w) {
                        if (!coordinated)
                          return coordinated = kCoordinators.contains(w);
                        verb = kVerbs.contains(w) || kAuxiliaries.contains(w);
                        if (!verb)
                          words.push_back(w);
                        return !verb && words.size() <= 4;
                      });
        if (!coordinated || !verb || words.empty() || words.size() > 4)
          return false;
        // "while two had more than double": a count of places or people is
        // who has the figure, not what it measures.
        static WordSet const kCounting = {"one",   "two",     "three",   "four", "five", "six",
                                          "seven", "eight",   "nine",    "ten",  "some", "many",
                                          "most",  "several", "few",     "all",  "both", "each",
                                          "half",  "dozens",  "hundreds"};
        if (is_digit(words.front()[0]) || kCounting.contains(words.front()))
          return false;
        for (std::string_view w : words) {
          if (stop_word(w) || is_digit(w[0]))
            return false;
        }
        std::string const subject(words.front().data(),
                                  words.back().data() + words.back().size() - words.front().data());
        return !normalise_generic(subject).empty();
      }();
      // "76,930 initial child protection conferences followed 185,450
      // enquiries": an alias right after another figure is that figure's
      // noun, not the noun of a figure that names its own, in this clause or
      // the one before ("410 referrals last year, and 32 complaints").
      std::string_view own_noun;
      for_each_word(lower.substr(span.end, std::min<std::size_t>(24, clause.end - span.end)),
                    [&](std::string_view w) {
                      own_noun = w;
                      return false;
                    });
      // Right after the figure, not past a comma.
      if (!own_noun.empty() && own_noun.data() != lower.data() + span.end + 1)
        own_noun = {};
      bool const names_its_own = (kind == QuantityKind::kCount || found[f].shown_end > 0) &&
                                 !own_noun.empty() && !stop_word(own_noun) &&
                                 !kVerbs.contains(own_noun) && !normalise_generic(own_noun).empty();
      auto anothers_noun = [&](Span alias) {
        if (!names_its_own || alias.end > span.begin)
          return false;
        return std::any_of(members.begin(), members.end(), [&](std::size_t g) {
          return g != f && found[g].span.end <= alias.begin && alias.begin - found[g].span.end <= 2;
        });
      };
      // "65 per 10,000 of the 172,000 children living in the county": what a
      // rate is per is its base, not what it measures.
      auto base_of_rate = [&](Span alias) {
        if (kind != QuantityKind::kRate || alias.begin < span.end)
          return false;
        std::string_view gap = lower.substr(span.end, alias.begin - span.end);
        for (std::string_view lead :
             {" of the ", " of all ", " of its ", " of their ", " of ", " among the ", " among "}) {
          if (gap.starts_with(lead)) {
            gap.remove_prefix(lead.size());
            while (!gap.empty() && (is_digit(gap.front()) || gap.front() == ','))
              gap.remove_prefix(1);
            break;
          }
        }
        return gap.find_first_not_of(' ') == std::string_view::npos;
      };
      std::optional<Match> best;
      std::string tier;
      // "The total is up from £8.1bn in 2019-20, an increase of 38%": a
      // percent after a sum is about the sum, not the previous sentence's subject.
      auto after_a_sum = [&](std::size_t g) {
        Claim const& c = found[g].claim;
        if (c.quantity.kind != QuantityKind::kPercent)
          return false;
        return std::any_of(members.begin(), members.end(), [&](std::size_t e) {
          return e < g && found[e].claim.quantity.kind == QuantityKind::kMoney &&
                 !found[e].claim.change;
        });
      };
      // "compared with a gap of 11,500": the difference between two counts
      // the sentence names, which is neither of them.
      std::string_view const lead_in = lower.substr(clause.begin, span.begin - clause.begin);
      bool const a_difference =
          ends_with_word(lead_in, "gap of") || ends_with_word(lead_in, "difference of") ||
          ends_with_word(lead_in, "gap was") || ends_with_word(lead_in, "difference was");
      for (int round = 0; round < 2 && !best && !a_difference; ++round) {
        for (int pass = 0; pass < 4 && !best; ++pass) {
          bool want_strong = pass < 2;
          bool clause_only = pass % 2 == 0;
          if (!want_strong && any_strong)
            break;
          for (Match const& x : matches) {
            if (x.strong != want_strong || (clause_only && !in_clause(x.span)))
              continue;
            if (!fits(x.metric) || in_other_aside(x.span, comma_asides) ||
                (round == 0 && (in_other_aside(x.span, asides) || in_relative_clause(x.span)))) {
              continue;
            }
            if (blocked(f, x.span, span) || across_and(x.span, span) ||
                (own_subject && !in_clause(x.span)) || anothers_noun(x.span) ||
                base_of_rate(x.span))
              continue;
            if (!best || weighted(x.span, span) < weighted(best->span, span))
              best = x;
          }
          if (best)
            tier = std::string(want_strong ? "alias" : "weak alias") +
                   (clause_only ? " in the same clause" : " in the same sentence");
        }
      }
      // "an average of 23 days in care": a length of time is no stock or
      // flow of what a lexicon counts, whatever alias stands beside it.
      if (best && grammar::is_length_of_time(claim.quantity) &&
          !m.metrics[best->metric].measure.empty())
        best.reset();
      std::optional<std::size_t> metric_index;
      std::string metric_phrase, metric_source = "lexicon";
      if (best) {
        metric_index = best->metric;
        metric_phrase = std::string(text.substr(best->span.begin, best->span.size()));
      } else if (carried_metric && fits(*carried_metric) && !respective.contains(f) &&
                 !a_difference && !after_a_sum(f) &&
                 std::all_of(matches.begin(), matches.end(),
                             [&](Match const& x) { return x.span.begin >= span.end; })) {
        metric_index = carried_metric;
        metric_phrase = carried_phrase;
        metric_source = "carried";
        tier = "no alias here; the sentence goes on about the previous sentence's";
      }
      if (metric_index) {
        corpus::LexiconMetric const& metric = m.metrics[*metric_index];
        Metric out{metric.key, metric_phrase, metric_source, metric.measure, ""};
        if (!metric.facet.empty()) {
          auto facet = m.facets.find(metric.facet);
          std::optional<FacetHit> value;
          if (facet != m.facets.end()) {
            auto [cached, fresh] = facet_hits_of.try_emplace(&facet->second);
            if (fresh)
              cached->second = facet_hits(facet->second, sentence_lower, sentence.begin);
            // Each figure of a list takes the value of its own clause, the one
            // after it first ("14 were rated inadequate, 31 were judged to
            // require improvement and 14 were rated good"), else the nearest.
            auto rank = [&](Span where) {
              if (in_clause(where))
                return where.begin >= span.end ? 0 : 1;
              return 2;
            };
            for (FacetHit const& hit : cached->second) {
              Span const where = hit.where;
              if (where.begin < span.end && span.begin < where.end)
                continue;  // inside the figure
              if (blocked(f, where, span))
                continue;
              if (!value || rank(where) < rank(value->where) ||
                  (rank(where) == rank(value->where) &&
                   distance(where, span) < distance(value->where, span))) {
                value = hit;
              }
            }
          }
          // "Of those 59 councils, …", "Out of 87 authorities inspected, …":
          // the whole the values break down, when its clause names no value.
          // "127 councils had been inspected; 37 were good …": the count of
          // those inspected is the whole too.
          static re2::RE2 const kInspectedWhole(
              R"(^ (?:[a-z']+ ){0,3}(?:had |have |has )?(?:now )?(?:been |were |was )?(?:inspected|judged|rated|assessed)(?: so far)?\W*$)");
          std::string_view const rest_of_clause = lower.substr(span.end, clause.end - span.end);
          bool const inspected_whole =
              value && !in_clause(value->where) && claim.quantity.kind == QuantityKind::kCount &&
              !rest_of_clause.starts_with(" of ") &&
              re2::RE2::FullMatch(re2::StringPiece(rest_of_clause.data(), rest_of_clause.size()),
                                  kInspectedWhole);
          bool const total = (!value || !in_clause(value->where)) &&
                             (opens_a_breakdown(clause, span) || inspected_whole);
          if (total) {
            out.role = "total";
          } else if (value) {
            out.key += "_" + *value->value;
            out.phrase += " … " + std::string(text.substr(value->where.begin, value->where.size()));
          }
        }
        explain(claim, [&] {
          return std::string("metric " + out.key + ": " + tier + " '" + out.phrase + "' (" +
                             metric.label + ", " + metric.measure + ")" +
                             (out.role.empty() ? "" : "; the total of a breakdown"));
        });
        claim.metric = std::move(out);
        last_metric = *metric_index;
        last_phrase = metric_phrase;
        last_metric_sentence = s;
      } else {
        // No lexicon entry: name the thing from the words around the figure.
        std::string phrase;
        std::string_view clause_lower = lower.substr(clause.begin, clause.size());
        // "The number of teachers, according to the DfE, fell by 2,000": a
        // clause that opens with its verb has its subject before the aside.
        std::optional<Span> subject_clause;
        if (clause_index >= 2 && comma_aside(clause_index - 1) && opens_with_verb(clause_lower))
          subject_clause = clauses[clause_index - 2];
        // "Starts fell even faster, from 118,100 to 76,800": a clause that
        // opens with where the change went continues the verb before it.
        if (!subject_clause && clause_index >= 1 && opens_with_change_path(clause_lower)) {
          Span const before = clauses[clause_index - 1];
          if (ends_with_verb(lower.substr(before.begin, before.size()))) {
            subject_clause = before;
          } else {
            // "Suspensions rose by 36% over the same period, from 578,280 to
            // 786,961": the verb's subject, read up to the change it states.
            for (std::size_t g : members) {
              if (found[g].span.begin >= before.begin && found[g].span.end <= before.end &&
                  found[g].claim.change) {
                subject_clause = Span{before.begin, found[g].span.begin};
                break;
              }
            }
          }
        }
        for (Span const region : {clause, subject_clause.value_or(clause)}) {
          std::string_view const region_lower = lower.substr(region.begin, region.size());
          for (std::string_view lead :
               {"number of ", "rise in ", "increase in ", "fall in ", "decrease in ", "jump in ",
                "drop in ", "growth in ", "decline in ", "surge in ", "reduction in ", "leap in ",
                "spending on ", "cost of ", "proportion of ", "share of "}) {
            auto at = region_lower.find(lead);
            // "a combined share of more than 18%": the figure is the share, not of it.
            if (at != std::string_view::npos && region.begin + at + lead.size() != span.begin) {
              phrase = phrase_after(lower, region.begin + at + lead.size(), region.end);
              if (lead == "spending on " && !phrase.empty())
                phrase = "spending " + phrase;
              if (!phrase.empty())
                break;
            }
          }
          if (!phrase.empty())
            break;
        }
        std::string_view lead_to_figure = lower.substr(clause.begin, span.begin - clause.begin);
        while (!lead_to_figure.empty() && is_space(lead_to_figure.back()))
          lead_to_figure.remove_suffix(1);
        // Up to three words that end `lead`, back to a stop word or a verb that
        // keeps a thing at a level ("hold interest rates at 5.25%", "expected
        // the rate to remain at"): the verb is not the thing.
        auto noun_before = [&](std::string_view lead) {
          static WordSet const kKeptAt = {
              "hold",   "holds",  "held",   "keep",  "keeps",    "kept",       "leave",  "leaves",
              "left",   "set",    "sets",   "peg",   "pegged",   "fix",        "fixed",  "cap",
              "capped", "freeze", "frozen", "froze", "maintain", "maintained", "remain", "remained",
              "stay",   "stayed", "stand",  "stood", "standing", "priced"};
          std::size_t begin = lead.size();
          for (int words = 0; words < 3 && begin > 0; ++words) {
            std::size_t b = begin;
            while (b > 0 && is_space(lead[b - 1]))
              --b;
            std::size_t a = b;
            while (a > 0 && (is_alnum(lead[a - 1]) || lead[a - 1] == '\'' || lead[a - 1] == '-'))
              --a;
            std::string_view const w = lead.substr(a, b - a);
            if (w.empty() || stop_word(w) || w == "followed" || w == "with" || w == "the" ||
                w == "a" || w == "an" || is_digit(w[0]) || kKeptAt.contains(w))
              break;
            begin = a;
          }
          return std::string(lead.substr(begin));
        };
        // "will raise council tax by the maximum 4.99%", "cut its workforce by
        // 200": what a change verb moved by the figure.
        if (phrase.empty()) {
          std::string_view lead = lead_to_figure;
          for (std::string_view filler : {" the maximum", " a further", " an extra", " another",
                                          " a total of", " as much as"}) {
            if (lead.ends_with(filler))
              lead.remove_suffix(filler.size());
          }
          // "raising the starting wage from $19.50 to $23.75": what it moved from, too.
          bool const by = lead.ends_with(" by");
          if (by || lead.ends_with(" from")) {
            static WordSet const kMovers = {
                "raise",      "raised",     "raises",    "raising",   "cut",       "cuts",
                "cutting",    "increase",   "increased", "increases", "reduce",    "reduced",
                "reduces",    "boost",      "boosted",   "lift",      "lifted",    "slash",
                "slashed",    "hike",       "hiked",     "grow",      "grew",      "expand",
                "expanded",   "shrink",     "shrank",    "overspent", "overspend", "underspent",
                "underspend", "increasing", "reducing",  "lowering",  "lowered",   "lower"};
            std::string_view const before_by = lead.substr(0, lead.size() - (by ? 3 : 5));
            std::vector<std::string_view> words;
            for_each_word(before_by, [&](std::string_view w) {
              words.push_back(w);
              return true;
            });
            for (std::size_t back = 1; back <= 5 && back < words.size(); ++back) {
              std::string_view const verb = words[words.size() - 1 - back];
              if (!kMovers.contains(verb))
                continue;
              // "overspent its budget by £6.8m": the sum is the overspend, not the budget.
              if (verb.starts_with("overspen") || verb.starts_with("underspen")) {
                phrase = verb.starts_with("over") ? "overspend" : "underspend";
                break;
              }
              std::size_t from =
                  static_cast<std::size_t>(words[words.size() - back].data() - lower.data());
              // "its £92.5m dental budget": the figure inside names nothing.
              for (std::size_t w = words.size() - back; w + 1 < words.size(); ++w) {
                if (std::any_of(words[w].begin(), words[w].end(), is_digit))
                  from = static_cast<std::size_t>(words[w + 1].data() - lower.data());
              }
              phrase = std::string(
                  lower.substr(from, before_by.data() + before_by.size() - lower.data() - from));
              break;
            }
          }
        }
        // "a charge rate of 4.9%", "a budget of £96.2m", "an overspend of
        // £14.8m": the noun a figure is "of", when it is one that takes a figure.
        if (phrase.empty() && lead_to_figure.ends_with(" of")) {
          static WordSet const kTakesAFigure = {
              "rate",    "ratio",    "level",     "budget",  "deficit",   "surplus",    "bill",
              "cost",    "price",    "salary",    "wage",    "income",    "debt",       "yield",
              "score",   "balance",  "shortfall", "gap",     "overspend", "underspend", "backlog",
              "fee",     "fare",     "premium",   "rent",    "value",     "turnover",   "revenue",
              "profit",  "loss",     "payment",   "grant",   "allowance", "pension",    "tax",
              "subsidy", "spending", "spend",     "funding", "population"};
          std::string_view const lead = lead_to_figure.substr(0, lead_to_figure.size() - 3);
          std::string_view head = lead.substr(lead.find_last_of(' ') + 1);
          if (head.size() > 3 && head.ends_with('s'))
            head.remove_suffix(1);
          // "a final dividend of 9.1p", "a caseload of 27": any noun a
          // determiner opens takes its figure "of", but for the words that
          // count or change a thing ("a total of", "a group of", "a rise of"):
          // what those measure comes after the figure. A standard a figure is
          // held to ("against a target of 95%") measures what the figure does.
          static WordSet const kNotTheMeasure = {
              "total",        "average",    "number",      "maximum",    "minimum",
              "max",          "min",        "group",       "handful",    "majority",
              "minority",     "rise",       "fall",        "increase",   "decrease",
              "cut",          "drop",       "jump",        "growth",     "reduction",
              "decline",      "period",     "age",         "sum",        "figure",
              "estimate",     "peak",       "low",         "high",       "record",
              "series",       "list",       "range",       "sample",     "set",
              "batch",        "cohort",     "team",        "panel",      "survey",
              "study",        "lot",        "couple",      "pair",       "dozen",
              "crowd",        "fleet",      "string",      "span",       "space",
              "matter",       "term",       "spell",       "stretch",    "run",
              "streak",       "one",        "part",        "fraction",   "portion",
              "proportion",   "half",       "quarter",     "third",      "tenth",
              "fifth",        "bunch",      "host",        "flood",      "wave",
              "influx",       "loss",       "gain",        "surge",      "spike",
              "slump",        "target",     "goal",        "aim",        "ambition",
              "benchmark",    "threshold",  "limit",       "ceiling",    "floor",
              "forecast",     "projection", "expectation", "prediction", "standard",
              "pledge",       "promise",    "median",      "mean",       "improvement",
              "deterioration"};
          bool opened = false;
          if (!kTakesAFigure.contains(head) && !kNotTheMeasure.contains(head) && !stop_word(head) &&
              std::none_of(head.begin(), head.end(), is_digit)) {
            static WordSet const kOpeners = {"a", "an", "the", "its", "their", "his", "her", "our"};
            std::vector<std::string_view> words;
            for_each_word(lead, [&](std::string_view w) {
              words.push_back(w);
              return true;
            });
            for (std::size_t back = 2; back <= 3 && back <= words.size(); ++back) {
              if (kOpeners.contains(words[words.size() - back])) {
                opened = true;
                break;
              }
            }
          }
          // "the equivalent of five GPs": a noun that names nothing leaves
          // the words after the figure to say what it counts.
          std::string const noun = noun_before(lead);
          if (kTakesAFigure.contains(head) || (opened && !normalise_generic(noun).empty()))
            phrase = noun;
        }
        // "proposed investing £96bn", "the club lost £30m": a sum the verb
        // before it names, when no words around it name what it is.
        std::string money_verb;
        if (phrase.empty() && kind == QuantityKind::kMoney)
          money_verb = m.money_verbs.first_label(lead_to_figure);
        if (phrase.empty() && kind == QuantityKind::kMoney) {
          // "spent £4.8bn on …", "£1.9bn less on early help": what it was spent on.
          std::size_t on = lower.substr(span.end, clause.end - span.end).find(" on ");
          if (on != std::string_view::npos && on <= 16) {
            phrase = phrase_after(lower, span.end + on + 4, clause.end);
            if (!phrase.empty())
              phrase = "spending " + phrase;
          }
        }
        // "Norway exported seafood worth NOK 172 billion": the trade the verb
        // names in what it moved, as "seafood exports" says it.
        if (phrase.empty() && kind == QuantityKind::kMoney && lead_to_figure.ends_with(" worth")) {
          static std::pair<std::string_view, std::string_view> const kTrades[] = {
              {"export", "exports"},   {"exports", "exports"}, {"exported", "exports"},
              {"import", "imports"},   {"imports", "imports"}, {"imported", "imports"},
              {"sold", "sales"},       {"sells", "sales"},     {"bought", "purchases"},
              {"shipped", "shipments"}};
          std::vector<std::string_view> words;
          for_each_word(lead_to_figure.substr(0, lead_to_figure.size() - 6),
                        [&](std::string_view w) {
                          words.push_back(w);
                          return true;
                        });
          for (std::size_t back = 2; back <= 4 && back <= words.size(); ++back) {
            std::string_view const verb = words[words.size() - back];
            auto trade = std::find_if(std::begin(kTrades), std::end(kTrades),
                                      [&](auto const& t) { return t.first == verb; });
            if (trade == std::end(kTrades))
              continue;
            std::string goods;
            for (std::size_t w = words.size() - back + 1; w < words.size(); ++w)
              goods += std::string(words[w]) + " ";
            phrase = goods + std::string(trade->second);
            break;
          }
        }
        if (phrase.empty()) {
          phrase = phrase_after(lower, span.end, clause.end);
          // "797,000 patient pathways were open" counts what "781,420 open
          // patient pathways" does: a state said of the noun is its modifier.
          if (!phrase.empty()) {
            static WordSet const kStates = {"open",     "closed",      "vacant",     "empty",
                                            "unfilled", "outstanding", "active",     "inactive",
                                            "pending",  "unresolved",  "overdue",    "unemployed",
                                            "homeless", "occupied",    "unoccupied", "idle",
                                            "delayed",  "cancelled",   "missing",    "late"};
            static WordSet const kLinks = {"were",     "are",   "was", "is", "remain",
                                           "remained", "stood", "lay", "sat"};
            std::size_t const at = lower.find(phrase, span.end);
            std::size_t i = at == std::string_view::npos ? clause.end : at + phrase.size();
            std::string_view words[2];
            for (std::string_view& w : words) {
              while (i < clause.end && is_space(lower[i]))
                ++i;
              std::size_t j = i;
              while (j < clause.end && is_alnum(lower[j]))
                ++j;
              w = lower.substr(i, j - i);
              i = j;
            }
            if (kLinks.contains(words[0]) && kStates.contains(words[1]) &&
                !phrase.starts_with(std::string(words[1]) + " "))
              phrase = std::string(words[1]) + " " + phrase;
          }
        }
        // "the number in England grew", "The Welsh figure represents": a
        // place and words for a figure name where, not what.
        auto only_a_place = [&](std::string const& key) {
          static WordSet const kFigureWords = {"figure", "number", "total",      "rate",   "count",
                                               "level",  "share",  "proportion", "average"};
          std::string rest;
          for (std::size_t i = 0; i <= key.size();) {
            std::size_t j = key.find('_', i);
            if (j == std::string::npos)
              j = key.size();
            std::string_view const word(key.data() + i, j - i);
            if (!kFigureWords.contains(word))
              rest += (rest.empty() ? "" : " ") + std::string(word);
            i = j + 1;
          }
          if (rest.empty() || std::count(rest.begin(), rest.end(), ' ') >= 2)
            return false;
          // A place pattern that reads all of it, alone or after "in".
          std::string const in_rest = "in " + rest;
          for (std::string const& t : {rest, in_rest}) {
            for (auto const& [where, label] : m.geographies.labelled_spans(t)) {
              if (where.end == t.size() && (where.begin == 0 || t.compare(0, 3, "in ") == 0))
                return true;
            }
          }
          return false;
        };
        // "Norway's seafood exports": the place is where, not what.
        auto without_owning_place = [&](std::string p) {
          std::size_t const owning = p.find("'s ");
          if (owning != std::string::npos && owning > 0 &&
              p.find(' ') > owning) {  // one word owns it
            std::string const place_key = normalise_generic(p.substr(0, owning));
            if (!place_key.empty() && only_a_place(place_key))
              p.erase(0, owning + 3);
          }
          return p;
        };
        phrase = without_owning_place(phrase);
        std::string key = normalise_generic(phrase);
        if (!key.empty() && only_a_place(key))
          key.clear();
        if (key.empty()) {
          // "Knife crime offences rose to 50,000", "Waiting lists hit 7.6
          // million": the subject of the verb the figure completes.
          std::string const before_figure(lower.substr(clause.begin, span.begin - clause.begin));
          std::string const joined =
              subject_clause
                  ? std::string(lower.substr(subject_clause->begin, subject_clause->size())) + " " +
                        before_figure
                  : before_figure;
          phrase = without_owning_place(subject_before_verb(joined, 0, joined.size()));
          key = normalise_generic(phrase);
          // "Fixed penalty notices across the county tripled", "Passengers
          // flying between Castlemere and Dublin rose": the words after a
          // preposition of extent say where; the subject is the noun before.
          if (std::string const head = subject_before_extent(joined, phrase); !head.empty()) {
            phrase = head;
            key = normalise_generic(phrase);
          }
          // "Honey production for the 2023-24 season is estimated at …": a
          // stretch of time after the subject says when; the subject is before it.
          if (key.empty()) {
            if (std::string const head = subject_before_time(joined, phrase); !head.empty()) {
              phrase = head;
              key = normalise_generic(phrase);
            }
          }
          // "The prison population in England and Wales stood at …": the
          // subject's last words are the end of a place the lexicon reads
          // whole ("in england and wales"), not the key's "wale".
          // (One word only: a place's last name is one word, and the scan
          // is spared for the other subjects.)
          std::size_t const place = joined.rfind(phrase);
          std::optional<std::size_t> place_begin;
          if (place != std::string::npos && !phrase.empty() && key.find('_') == std::string::npos) {
            for (auto const& [where, label] : m.geographies.labelled_spans(joined)) {
              if (where.end == place + phrase.size() && where.begin < place &&
                  (!place_begin || where.begin < *place_begin))
                place_begin = where.begin;
            }
          }
          if (!key.empty() && (only_a_place(key) || place_begin)) {
            key.clear();
            // "Rents in London rose 11%": the place after the subject says
            // where; the words before it say what.
            std::string head = joined.substr(0, place_begin ? *place_begin : place);
            // The place's pattern may hold its preposition ("in england and
            // wales") or start at its name.
            bool const held = place_begin && (joined.compare(*place_begin, 3, "in ") == 0 ||
                                              joined.compare(*place_begin, 7, "across ") == 0);
            for (std::string_view preposition : {"in ", "across ", "for ", "from ", ""}) {
              if (preposition.empty() && !held)
                break;
              if (head.ends_with(preposition)) {
                head.resize(head.size() - preposition.size());
                std::string const without_place = head + joined.substr(place + phrase.size());
                phrase = subject_before_verb(without_place, 0, without_place.size());
                key = normalise_generic(phrase);
                if (!key.empty() && only_a_place(key))
                  key.clear();
                break;
              }
            }
          }
        }
        std::string_view const clause_lead = lead_to_figure.substr(
            std::min(lead_to_figure.find_first_not_of(' '), lead_to_figure.size()));
        bool const at_after_comma = clause_lead == "at" && clause_index > 0;
        if (key.empty() && (kind == QuantityKind::kPercent || kind == QuantityKind::kRate) &&
            (lead_to_figure.ends_with(" at") || at_after_comma)) {
          // "followed by schools at 18%", "emotional abuse at 38%": the noun
          // a share or rate is given "at"; "had one of the lowest charge
          // rates, at 4.9%" after a comma too.
          std::string_view lead =
              at_after_comma
                  ? lower.substr(clauses[clause_index - 1].begin, clauses[clause_index - 1].size())
                  : lead_to_figure.substr(0, lead_to_figure.size() - 3);
          while (!lead.empty() && (lead.back() == ',' || is_space(lead.back())))
            lead.remove_suffix(1);
          // "one of the lowest charge rates of all": the rates, of all of them.
          for (std::string_view whole : {" of all", " of any"}) {
            if (lead.ends_with(whole))
              lead.remove_suffix(whole.size());
          }
          phrase = noun_before(lead);
          key = normalise_generic(phrase);
          if (!key.empty() && only_a_place(key)) {
            key.clear();
            // "the highest entry rate in England, at 52.3%": the noun before the place.
            std::size_t const in = lead.rfind(" in ");
            if (in != std::string_view::npos && in + 4 + phrase.size() >= lead.size()) {
              phrase = noun_before(lead.substr(0, in));
              key = normalise_generic(phrase);
              if (!key.empty() && only_a_place(key))
                key.clear();
            }
          }
          // "…, while Dyfed-Powys had the highest, at 14.2%": a superlative
          // alone leaves out the noun of the figure of its kind before it.
          if (key.empty() && kSuperlatives.contains(phrase)) {
            for (std::size_t g : members) {
              Claim const& other = found[g].claim;
              if (found[g].span.end <= span.begin && !found[g].drop &&
                  other.quantity.kind == kind && other.metric &&
                  other.metric->source == "generic") {
                key = other.metric->key;
                phrase = other.metric->phrase;
              }
            }
          }
        }
        // "Completions held up better, falling by 3% from 174,850": a clause
        // opened by a participle goes on about the subject of the clause before.
        if (key.empty() && clause_index > 0) {
          static WordSet const kParticiples = {"falling", "rising",   "increasing", "decreasing",
                                               "growing", "dropping", "climbing",   "declining",
                                               "jumping", "slipping", "sliding",    "edging"};
          std::string_view first_word;
          for_each_word(clause_lead, [&](std::string_view w) {
            first_word = w;
            return false;
          });
          if (kParticiples.contains(first_word)) {
            Span const before = clauses[clause_index - 1];
            std::vector<std::string_view> words;
            bool verb = false;
            for_each_word(lower.substr(before.begin, before.size()), [&](std::string_view w) {
              verb = kVerbs.contains(w) || kAuxiliaries.contains(w) || kNearVerbs.contains(w);
              if (!verb)
                words.push_back(w);
              return !verb && words.size() <= 4;
            });
            if (verb && !words.empty() && words.size() <= 4 && !is_digit(words.front()[0])) {
              std::string_view const subject(
                  words.front().data(),
                  words.back().data() + words.back().size() - words.front().data());
              phrase = std::string(subject);
              key = normalise_generic(phrase);
              if (!key.empty() && only_a_place(key))
                key.clear();
            }
          }
        }
        // "United Utilities recorded the most spills, 97,823": a figure that
        // opens its clause after "the most …" counts those.
        if (key.empty() && clause_lead.empty() && clause_index > 0) {
          Span const before = clauses[clause_index - 1];
          std::string_view lead = lower.substr(before.begin, before.size());
          while (!lead.empty() && (lead.back() == ',' || is_space(lead.back())))
            lead.remove_suffix(1);
          for (std::string_view most : {" the most ", " the fewest ", " the highest number of ",
                                        " the largest number of "}) {
            std::size_t const at = lead.rfind(most);
            if (at == std::string_view::npos)
              continue;
            std::string_view const noun = lead.substr(at + most.size());
            if (!noun.empty() && noun.size() <= 40 && noun.find(' ') == std::string_view::npos) {
              phrase = std::string(noun);
              key = normalise_generic(phrase);
            }
            break;
          }
        }
        if (key.empty() && !money_verb.empty()) {
          phrase = money_verb;
          key = normalise_generic(phrase);
        }
        // "There were 339,600 apprenticeship starts … Starts by under-19s
        // fell": a bare noun is the compound the text named it in before.
        std::optional<Metric> antecedent;
        // "enquiries" alone, not "applications for supervision orders",
        // whose key is "application" too.
        auto bare_noun = [&] {
          if (phrase.empty() || phrase.find(' ') != std::string::npos)
            return false;
          std::string_view const clause_text = lower.substr(clause.begin, clause.size());
          std::size_t const at = clause_text.find(phrase);
          if (at == std::string_view::npos)
            return false;
          static WordSet const kQualifiers = {"for",   "of",   "on",     "to",
                                              "about", "into", "with",   "involving",
                                              "under", "from", "against"};
          // "Some are spending £1,500": a verb, not a noun.
          static WordSet const kFormsOfBe = {"is", "are", "was", "were", "be", "been", "being"};
          if (kFormsOfBe.contains(last_word(clause_text.substr(0, at))))
            return false;
          std::string_view next = clause_text.substr(at + phrase.size());
          while (!next.empty() && is_space(next.front()))
            next.remove_prefix(1);
          std::size_t end = 0;
          while (end < next.size() && is_alnum(next[end]))
            ++end;
          return !kQualifiers.contains(next.substr(0, end));
        };
        if (!key.empty() && key.find('_') == std::string::npos) {
          std::string const tail = "_" + key;
          bool const bare = bare_noun();
          for (std::size_t g = f; g-- > 0;) {
            auto const& earlier = found[g].claim.metric;
            if (!found[g].drop && earlier && earlier->source != "generic" && bare &&
                (earlier->measure == "money") == (kind == QuantityKind::kMoney) &&
                alias_headed_by(earlier->phrase, key)) {
              antecedent = earlier;
              break;
            }
            if (!found[g].drop && earlier && earlier->key.ends_with(tail)) {
              // "additional officers", "unfilled posts" narrow what "officers"
              // and "posts" count: only a noun before the head names its kind.
              std::string const modifier =
                  earlier->key.substr(0, earlier->key.size() - tail.size());
              if (names_a_kind(modifier) && !only_a_place(modifier))
                antecedent = earlier;
              break;
            }
          }
        }
        if (antecedent) {
          claim.metric = *antecedent;
          explain(claim, [&] {
            return std::string("metric " + antecedent->key + ": '" + phrase +
                               "' is the head of the earlier '" + antecedent->phrase + "'");
          });
          // "Councils started 89,300 enquiries … By 2016-17 the figure had
          // reached 165,450": what the noun named, the next sentence goes on about.
          if (antecedent->source != "generic") {
            // The lexicon entry, or the one a facet's key extends ("ofsted_overall_good").
            std::optional<std::size_t> entry;
            for (std::size_t i = 0; i < m.metrics.size(); ++i) {
              std::string const& k = m.metrics[i].key;
              if (antecedent->key == k) {
                entry = i;
                break;
              }
              if (antecedent->key.starts_with(k + "_") &&
                  (!entry || m.metrics[*entry].key.size() < k.size()))
                entry = i;
            }
            if (entry) {
              last_metric = *entry;
              last_phrase = phrase;
              last_metric_sentence = s;
            }
          }
        } else if (auto const parallel = respective.find(f); parallel != respective.end()) {
          claim.metric = found[parallel->second].claim.metric;
          claim.metric->source = "carried";
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key +
                               ": the list restates the previous sentence's figures in order, "
                               "and this one's measured '" +
                               claim.metric->phrase + "'");
          });
        } else if (std::string const label = key.empty() ? label_of_row(f) : std::string(),
                   row_key = key_of_label(label);
                   !row_key.empty()) {
          // "Families supported: 4,120", "- Assaults on staff: 131": a line
          // of a key-figures box is named by its label.
          claim.metric = Metric{row_key, label, "generic", "", ""};
          explain(claim, [&] {
            return std::string("metric " + row_key + ": generic key from the label '" + label +
                               "' the line gives its figure");
          });
        } else if (!key.empty()) {
          claim.metric = Metric{key, phrase, "generic", "", ""};
          explain(claim, [&] {
            return std::string("metric " + key + ": no lexicon alias; generic key from '" + phrase +
                               "'");
          });
        } else if (std::optional<Metric> same = same_verb_as_before(f)) {
          claim.metric = std::move(same);
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key +
                               ": the verb before it took a figure of '" + claim.metric->phrase +
                               "' in the sentence before");
          });
        } else if (std::optional<Metric> whole = whole_broken_down(f, clause_index)) {
          // "Of the 286 people killed, 131 were drivers": a part measures what
          // its whole does, for the group its predicate names (below).
          claim.metric = std::move(whole);
          claim.metric->role.clear();
          found[f].part_of_breakdown = true;
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key +
                               ": a part of the whole the sentence opens with");
          });
        } else if (std::optional<Metric> listed = listed_with_before(f)) {
          claim.metric = std::move(listed);
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key +
                               ": joined to the figure before it, of '" + claim.metric->phrase +
                               "', with no noun of its own");
          });
        } else if (std::optional<Metric> gapped = named_in_a_gapped_list(f)) {
          claim.metric = std::move(gapped);
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key + ": '" + claim.metric->phrase +
                               "' before it in a list whose verb the first figure has");
          });
        } else if (std::optional<Metric> bracketed = counted_in_brackets(f)) {
          claim.metric = std::move(bracketed);
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key + ": the count in brackets of '" +
                               claim.metric->phrase + "' before it");
          });
        } else if (std::optional<Metric> counted_on = goes_on_counting(f)) {
          claim.metric = std::move(counted_on);
          explain(claim, [&] {
            return std::string("metric " + claim.metric->key +
                               ": no noun here; the sentence goes on about the previous "
                               "sentence's '" +
                               claim.metric->phrase + "'");
          });
        } else {
          explain(claim, [&] {
            return std::string("metric: none found (no lexicon alias, no measured noun phrase)");
          });
        }
      }

      // --- population and geography ----------------------------------------
      claim.population = population_in(clause_index);
      if (!claim.population.empty()) {
        explain(claim, [&] {
          return std::string("population " + claim.population + ": stated in the same clause");
        });
      } else if (clause_index > 0 &&
                 opens_with_scope(lower.substr(clauses[0].begin, clauses[0].size())) &&
                 !population_in(0).empty()) {
        // "Among those aged 16 or over, 54% had …": a sentence's opening
        // phrase sets whom the whole sentence is about.
        claim.population = population_in(0);
        explain(claim, [&] {
          return std::string("population " + claim.population +
                             ": from the phrase that opens the sentence");
        });
      } else if (!clauses.empty() && !has_finite_verb(lower.substr(clause.begin, clause.size()))) {
        // "…, around 2,100 were aged 16 or over, up 20% on the previous year":
        // a clause without a verb of its own goes on about the clause before.
        for (std::size_t c = clause_index; c-- > 0;) {
          if (!population_in(c).empty()) {
            claim.population = population_in(c);
            explain(claim, [&] {
              return std::string("population " + claim.population +
                                 ": from an earlier clause this verbless clause goes on from");
            });
            break;
          }
          if (has_finite_verb(lower.substr(clauses[c].begin, clauses[c].size())))
            break;
        }
      }
      // "Of the children in care at 31 March 2020, …, around 13,000 were living
      // in placements more than 20 miles from home": a figure out of the
      // whole a sentence opens with counts those its predicate says.
      if (claim.population.empty() && clause_index > 0 && claim.metric &&
          claim.metric->role.empty() && !claim.metric->key.ends_with("_") &&
          (!metric_index || m.metrics[*metric_index].facet.empty()) &&
          opens_with_scope(lower.substr(clauses[0].begin, clauses[0].size()))) {
        std::vector<std::string_view> const words = predicate_of(f, clause);
        bool const gapped =
            found[f].part_of_breakdown && !words.empty() && kPartPrepositions.contains(words[0]);
        if (kind == QuantityKind::kCount && words.size() >= 2 && words.size() <= 10 &&
            (kPartVerbs.contains(words[0]) || gapped)) {
          std::string_view const first = gapped ? words[0] : words[1];
          std::size_t const from = static_cast<std::size_t>(first.data() - lower.data());
          std::size_t const size =
              static_cast<std::size_t>(words.back().data() + words.back().size() - first.data());
          std::string_view const said = text.substr(from, size);
          // In the lexicon's words where it names the group ("16 or 17").
          std::string const named = m.populations.joined_labels(lower.substr(from, size));
          claim.population = named.empty() ? std::string(said) : named;
          explain(claim, [&] {
            return "population '" + claim.population +
                   "': a part of the whole the sentence opens with";
          });
        }
      }
      if (claim.population.empty() && !relative_qualifier.empty() && best &&
          best->span.end <= span.begin) {
        // What the relative clause keeps is a part of the whole the series counts.
        claim.population = relative_qualifier;
        explain(claim, [&] {
          return std::string("population '" + relative_qualifier +
                             "': a relative clause narrows the counted noun");
        });
      }
      // "In the North East the rate is 110 per 10,000, compared with 52 in
      // London and 42 in England": the place right after a figure is its
      // own; else the nearest its clause names, else the nearest before it in
      // the sentence, else the first after it.
      if (!geography.empty()) {
        if (!places) {
          places = m.geographies.labelled_spans(sentence_lower);
          std::erase_if(*places, [&](auto const& place) {
            return place.first.begin < dateline ||
                   names_an_office(sentence_lower, place.first, place.second);
          });
          places->insert(places->end(), councils.begin(), councils.end());
          // "Dyfed-Powys": a place at the tail of a compound name is the
          // compound, as written.
          for (auto& [where, label] : *places) {
            std::size_t b = where.begin;
            if (b < 2 || sentence_lower[b - 1] != '-' || !is_alnum(sentence_lower[b - 2]))
              continue;
            --b;
            while (b > 0 && is_alnum(sentence_lower[b - 1]))
              --b;
            std::string_view const written = text.substr(sentence.begin + b, where.end - b);
            if (!written.empty() && written[0] >= 'A' && written[0] <= 'Z') {
              where.begin = b;
              label = std::string(written);
            }
          }
          std::sort(places->begin(), places->end(),
                    [](auto const& a, auto const& b) { return a.first.begin < b.first.begin; });
          // "Nationals of Afghanistan, Iran and Eritrea made up 42%": a list of
          // places is one place, the list, not its last item.
          std::vector<std::pair<Span, std::string>> merged;
          for (auto& entry : *places) {
            // "in Scotland" and "Scotland" read by two patterns are one place.
            if (!merged.empty() && entry.first.end <= merged.back().first.end &&
                entry.second == merged.back().second)
              continue;
            if (!merged.empty() && entry.first.begin >= merged.back().first.end) {
              std::string_view const join = sentence_lower.substr(
                  merged.back().first.end, entry.first.begin - merged.back().first.end);
              bool const last_item = join == " and " || join == ", and ";
              // A comma goes on a list only if an "and" closes it after.
              bool const more = join == ", " && &entry != &places->back() && [&] {
                Span const next = (&entry + 1)->first;
                if (next.begin < entry.first.end)
                  return false;
                std::string_view const j =
                    sentence_lower.substr(entry.first.end, next.begin - entry.first.end);
                return j == ", " || j == " and " || j == ", and ";
              }();
              if (last_item || more) {
                merged.back().first.end = entry.first.end;
                merged.back().second += (last_item ? " and " : ", ") + entry.second;
                continue;
              }
            }
            merged.push_back(std::move(entry));
          }
          *places = std::move(merged);
        }
        Span const here{span.begin - sentence.begin, span.end - sentence.begin};
        Span const own{clause.begin - sentence.begin, clause.end - sentence.begin};
        std::string const* place = nullptr;
        std::size_t best_rank = std::string_view::npos;
        // "Germany, the eurozone's largest economy, shrank by 0.3%": a place
        // inside an apposition describes the place before it; it names no figure.
        auto in_apposition = [&](Span at) {
          std::size_t const open = sentence_lower.rfind(',', at.begin);
          std::size_t const close = sentence_lower.find(',', at.end);
          if (open == std::string_view::npos || close == std::string_view::npos)
            return false;
          std::string_view phrase = sentence_lower.substr(open + 1, close - open - 1);
          while (!phrase.empty() && phrase.front() == ' ')
            phrase.remove_prefix(1);
          if (!(phrase.starts_with("the ") || phrase.starts_with("a ") ||
                phrase.starts_with("an ")) ||
              phrase.find_first_of("0123456789") != std::string_view::npos ||
              has_finite_verb(phrase))
            return false;
          return std::any_of(places->begin(), places->end(), [&](auto const& other) {
            return other.first.end <= open &&
                   sentence_lower.substr(other.first.end, open - other.first.end)
                           .find_first_not_of(' ') == std::string_view::npos;
          });
        };
        for (auto const& [at, label] : *places) {
          // "48% in England": a place phrase opened by a preposition right
          // after the figure. "nearly twice the national average" compares.
          std::string_view const phrase_text = sentence_lower.substr(at.begin);
          bool const right_after =
              at.begin >= here.end &&
              sentence_lower.substr(here.end, at.begin - here.end).find_first_not_of(' ') ==
                  std::string_view::npos &&
              (phrase_text.starts_with("in ") || phrase_text.starts_with("across ") ||
               phrase_text.starts_with("throughout ") || phrase_text.starts_with("for "));
          if (right_after) {
            place = &label;
            break;
          }
          // The tail of a compound written in small letters is no place.
          if (in_apposition(at) || (at.begin >= 2 && sentence_lower[at.begin - 1] == '-' &&
                                    is_alnum(sentence_lower[at.begin - 2])))
            continue;
          bool const in_clause = at.begin >= own.begin && at.end <= own.end;
          std::size_t const distance = at.end <= here.begin   ? here.begin - at.end
                                       : at.begin >= here.end ? at.begin - here.end
                                                              : 0;
          // Ranked: own clause, then before the figure, then after it. A
          // multiple's place is what it multiplies, not the comparator after it
          // ("218 per 10,000, roughly five times the rate of 42 in Wokingham").
          bool const after = at.begin >= here.end;
          bool const multiple = kind == QuantityKind::kMultiplier;
          // "fell by 58%, compared with 37% in London": a place after a
          // comparison marker is the other figure's.
          // "…, and England about 7,200": a place opening a clause whose verb
          // is left out names the figure it runs into, and no other.
          bool const gapped = phrase_text.starts_with(",") || phrase_text.starts_with("and ") ||
                              phrase_text.starts_with("while") ||
                              phrase_text.starts_with("whereas ") ||
                              phrase_text.starts_with("but ");
          if (gapped && at.begin < here.begin && at.end > here.begin) {
            place = &label;
            break;
          }
          if (after) {
            std::string_view const between = sentence_lower.substr(here.end, at.begin - here.end);
            // "…, England 70 and Scotland 130": a place after "and" or a comma
            // that runs into a figure opens the next item of a list.
            bool const opens_next_item =
                (between.substr(0, between.find_last_not_of(' ') + 1).ends_with(',') ||
                 ends_with_word(between, "and") || ends_with_word(between, "while") ||
                 ends_with_word(between, "whilst") || ends_with_word(between, "whereas") ||
                 ends_with_word(between, "but")) &&
                runs_into_figure(sentence_lower.substr(at.end));
            if (gapped || opens_next_item)
              continue;
            // "deaths fell in 39, …, with the steepest increases in Alaska, up
            // 41 percent": a place past the figure's clause that runs into a
            // figure of its own is that one's.
            if (!in_clause) {
              std::string_view rest = sentence_lower.substr(at.end);
              rest.remove_prefix(std::min(rest.find_first_not_of(" ,"), rest.size()));
              static WordSet const kToItsFigure = {
                  "up",   "down",    "at",       "with",     "on",    "rising", "falling", "was",
                  "were", "is",      "are",      "had",      "has",   "saw",    "rose",    "fell",
                  "hit",  "reached", "recorded", "reported", "spent", "paid"};
              std::size_t const word_end = std::min(rest.find_first_of(" ,"), rest.size());
              if (kToItsFigure.contains(rest.substr(0, word_end)))
                rest.remove_prefix(word_end);
              if (runs_into_figure(rest))
                continue;
            }
            // "well above the England average of 70" too.
            if (between.find("compared") != std::string_view::npos ||
                between.find(" than ") != std::string_view::npos ||
                between.find("against") != std::string_view::npos ||
                between.find("versus") != std::string_view::npos ||
                between.find(" above ") != std::string_view::npos ||
                between.find(" below ") != std::string_view::npos ||
                between.find(" ahead of ") != std::string_view::npos ||
                between.find(" behind ") != std::string_view::npos ||
                between.find(" and in ") != std::string_view::npos ||
                between.find(" while ") != std::string_view::npos ||
                between.find(" whereas ") != std::string_view::npos ||
                between.find(" but ") != std::string_view::npos)
              continue;  // "70 per 10,000 and in Northern Ireland 78": the next item's
          }
          // "Wales has 5% of the UK's children": the whole a share is of, named
          // after it, is the figure's place only when no other is.
          bool const whole_of_share =
              after && sentence_lower.substr(at.end).starts_with("'s") &&
              (ends_with_word(sentence_lower.substr(0, at.begin), "of") ||
               ends_with_word(sentence_lower.substr(0, at.begin), "of the"));
          std::size_t const tier = in_clause && !(multiple && after) && !whole_of_share ? 0
                                   : !after                                             ? 1
                                                                                        : 2;
          std::size_t const rank = tier * 100000 + distance;
          if (rank < best_rank)
            best_rank = rank, place = &label;
        }
        claim.geography = place ? *place : std::string();
        if (!place && places->empty() && from_heading) {
          claim.geography = geography;
          explain(claim,
                  [&] { return "geography " + geography + ": the heading of its list names it"; });
        }
        if (!claim.geography.empty())
          claim.geography[0] = static_cast<char>(std::toupper(claim.geography[0]));
        // Every place the sentence names describes something else ("the
        // Fed's New York branch"): as if it named none.
        if (places->empty() && !focus_place.empty())
          claim.geography = focus_place;
      } else if (!focus_place.empty() &&
                 !(names_other_place ? *names_other_place
                                     : *(names_other_place = names_another_place(
                                             text.substr(sentence.begin, sentence.size()))))) {
        claim.geography = focus_place;
        explain(claim, [&] {
          return "geography " + focus_place +
                 ": the sentence names no place; the text opens with it";
        });
      }

      if (!focus_council.empty() && claim.geography == "One authority") {
        claim.geography = focus_council;
        explain(claim, [&] {
          return "geography " + focus_council + ": 'the council' is the one the text opens with";
        });
      }

      // --- price basis ---------------------------------------------------------
      bool const money_claim =
          kind == QuantityKind::kMoney || (claim.metric && claim.metric->measure == "money");
      if (money_claim) {
        std::string basis = m.price_bases.first_label(lower.substr(clause.begin, clause.size()));
        if (basis.empty()) {
          if (!sentence_price)
            sentence_price = m.price_bases.first_label(sentence_lower);
          basis = *sentence_price;
        }
        if (basis.empty())
          basis = document_price_basis();
        claim.price_basis = basis;
      }

      // --- change -------------------------------------------------------------
      bool const starts_a_pair = std::any_of(members.begin(), members.end(), [&](std::size_t o) {
        return found[o].pair == static_cast<int>(f);
      });
      // "At 31 March, 51,510 (down from 52,260)", "plans at 31 March rose from
      // 39,100 to 51,510": the level a pair moved from is not dated by a time
      // before it, which dates the level reached or names the series.
      std::size_t const dated_from = starts_a_pair ? span.begin : 0;
      if (!claim.change && !starts_a_pair) {
        // A direction word close before the figure ("increased 16%", "cuts …
        // of 40%") or straight after it ("29% rise", "65 per cent rise").
        std::size_t window_begin = span.begin > clause.begin + 48 ? span.begin - 48 : clause.begin;
        // "fell slightly, by 3%": a clause that is only "by …" takes its verb
        // from the clause before.
        // ("risen for 13 years in a row, and by a quarter since 2010" too.)
        std::string_view const lead = lower.substr(clause.begin, span.begin - clause.begin);
        std::string_view const lead_words =
            lead.substr(std::min(lead.find_first_not_of(' '), lead.size()));
        if (clause_index > 0 && (lead_words == "by " || lead_words == "and by "))
          window_begin = span.begin > 48 + clauses[clause_index - 1].begin
                             ? span.begin - 48
                             : clauses[clause_index - 1].begin;
        // "risen for 13 years": how long, never the size of the change.
        // "for 30 years", "a 34% cut in just seven years", "over the past
        // decade": a length of time a change took, not one.
        auto how_long = [&](std::size_t o) {
          if (!grammar::is_length_of_time(found[o].claim.quantity))
            return false;
          std::string_view lead =
              lower.substr(sentence.begin, found[o].span.begin - sentence.begin);
          for (std::string_view filler : {"just", "only", "the past", "the last", "the space of"}) {
            if (ends_with_word(lead, filler)) {
              lead = lead.substr(0, lead.rfind(filler));
              break;
            }
          }
          for (std::string_view opener : {"for", "in", "over", "within", "during", "across"}) {
            if (ends_with_word(lead, opener))
              return true;
          }
          return false;
        };
        // "up 5.3% on the 51,080": the direction word is the figure's before.
        for (std::size_t o : members) {
          if (o != f && found[o].span.end <= span.begin && found[o].span.end > window_begin &&
              !how_long(o))
            window_begin = found[o].span.end;
        }
        std::string_view before = lower.substr(window_begin, span.begin - window_begin);
        std::size_t after_end = std::min(clause.end, span.end + 16);
        while (after_end < clause.end && is_alnum(lower[after_end]))
          ++after_end;  // whole words: "in higher education", not "in higher e"
        std::string_view after = lower.substr(span.end, after_end - span.end);
        // The last direction word before the figure, else the first after it.
        std::string direction;
        // "the probability of a June cut at about 70%": a chance of a change
        // is no change.
        static re2::RE2 const kChanceOf(R"(\b(?:probability|chance|chances|likelihood|odds)\b)");
        bool const a_chance =
            re2::RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kChanceOf);
        if (!a_chance) {
          // "fell more gradually, by 2%": "more" grading an adverb is no rise.
          static re2::RE2 const kGradedAdverb(R"(\b(?:more|less) [a-z]+ly\b)");
          std::string ungraded;
          std::string_view read = before;
          if (before.find("more ") != std::string_view::npos ||
              before.find("less ") != std::string_view::npos) {
            ungraded = before;
            if (re2::RE2::GlobalReplace(&ungraded, kGradedAdverb, "") > 0)
              read = ungraded;
          }
          m.for_each_direction(read, [&](bool up) { direction = up ? "increase" : "decrease"; });
        }
        // "Employers added 275,000 jobs": added right before the figure (not
        // "…, she added", which is speech).
        if (direction.empty() &&
            (ends_with_word(before, "added") || ends_with_word(before, "added another") ||
             ends_with_word(before, "added a further") || ends_with_word(before, "added a net")))
          direction = "increase";
        // "to 980 this year, a loss of 180", "a net gain of 12 seats": a count
        // lost or gained is a change. A sum lost ("a pre-tax loss of £3m") is
        // a company's result, not a fall, so money keeps no direction here.
        if (direction.empty() && claim.quantity.kind == QuantityKind::kCount) {
          if (ends_with_word(before, "loss of") || ends_with_word(before, "losses of"))
            direction = "decrease";
          else if (ends_with_word(before, "gain of") || ends_with_word(before, "gains of"))
            direction = "increase";
        }
        // "398,260 (down 2.6%)", "£2.3bn, up £200m": a direction word
        // followed by another figure is that figure's.
        bool const figure_after = std::any_of(members.begin(), members.end(), [&](std::size_t o) {
          return o != f && found[o].span.begin >= span.end && found[o].span.begin < after_end;
        });
        bool const a_level = claim.quantity.kind == QuantityKind::kCount ||
                             claim.quantity.kind == QuantityKind::kMoney;
        // "7p lower than the rate for healthcare assistants" compares two
        // things; "10% higher than a year earlier" is a change over time.
        auto compares_with_another = [&] {
          std::size_t const than = after.find(" than ");
          if (than == std::string_view::npos || than > 10)
            return false;
          std::size_t const at = span.end + than + 6;
          std::string_view const rest =
              lower.substr(at, std::min<std::size_t>(24, clause.end - at));
          bool const time_after = std::any_of(time.begin(), time.end(), [&](TimeHit const& h) {
            return h.span.begin >= at && h.span.begin <= at + 4;
          });
          return !time_after && !rest.starts_with("a year") && !rest.starts_with("the year") &&
                 !rest.starts_with("last ") && !rest.starts_with("before") &&
                 !rest.starts_with("previously") && !rest.starts_with("in ") &&
                 !rest.starts_with("at the ") && !rest.starts_with("when ");
        };
        if (direction.empty() && !(figure_after && a_level) && !compares_with_another()) {
          m.for_each_direction(after, [&](bool up) {
            if (direction.empty())
              direction = up ? "increase" : "decrease";
          });
        }
        // "Adoptions fell by 4% to 2,950": the level reached after a change
        // moved the same way.
        if (direction.empty() &&
            ends_with_word(lower.substr(clause.begin, span.begin - clause.begin), "to")) {
          for (std::size_t o : members) {
            Found const& other = found[o];
            if (o == f || other.span.end > span.begin || other.span.begin < clause.begin ||
                !other.claim.change || !other.claim.change->relative)
              continue;
            std::string_view const between =
                lower.substr(other.span.end, span.begin - other.span.end);
            if (between.find_first_not_of(" ") == between.rfind("to") &&
                between.size() - between.rfind("to") <= 3)
              direction = other.claim.change->direction;
          }
        }
        bool direction_from_pair = false;
        // "passed, up from 53.4% a year earlier, an improvement of 1.2
        // percentage points": a change named by a noun without a direction
        // of its own moved the way the pair just before it did.
        if (direction.empty() &&
            (claim.quantity.kind == QuantityKind::kPercent ||
             claim.quantity.kind == QuantityKind::kPercentagePoints) &&
            (ends_with_word(before, "improvement of") ||
             ends_with_word(before, "deterioration of") || ends_with_word(before, "change of") ||
             ends_with_word(before, "swing of"))) {
          for (std::size_t o : members) {
            Found const& other = found[o];
            if (o != f && other.span.end <= span.begin && other.pair >= 0 && other.claim.change &&
                !other.claim.change->relative) {
              direction = other.claim.change->direction;
              direction_from_pair = true;
            }
          }
        }
        // "ten times as likely", "twice the national average": a multiple
        // that compares two groups is no change; "doubled", "threefold rise"
        // and "more than double the 1,950 recorded in 2013" (a year back) are.
        std::optional<Span> const year_back = one_year_phrase(clause);  // "of the previous year"
        bool const year_after =
            std::any_of(time.begin(), time.end(),
                        [&](TimeHit const& h) {
                          return h.span.begin >= span.end && h.span.end <= clause.end;
                        }) ||
            (year_back && year_back->begin >= span.end);
        // "We have doubled the number": a multiple written as a verb changed something.
        std::string_view const figure_text = lower.substr(span.begin, span.size());
        bool const verb_multiple = figure_text.ends_with("ed");
        bool const compares =
            claim.quantity.kind == QuantityKind::kMultiplier && direction.empty() &&
            !verb_multiple &&
            (after.starts_with(" as ") || after.starts_with(" more ") ||
             after.starts_with(" higher") || after.starts_with(" greater") ||
             after.starts_with(" than ") ||
             ((after.starts_with(" the ") || after.starts_with(" that ")) && !year_after));
        if (claim.quantity.kind == QuantityKind::kMultiplier && direction.empty() && !compares) {
          direction = claim.quantity.value >= 1 ? "increase" : "decrease";
        }
        // "cut by two thirds", "fell by almost a quarter": a share after "by"
        // is the size of the change, relative to where it started. "Rose to
        // one in four" is a level.
        std::string_view const clause_lead = lower.substr(clause.begin, span.begin - clause.begin);
        // "was cut in half", "lost around half of its budget": so is a share
        // after "cut in" or "lost".
        // "a quarter more than in 2015", "about a fifth fewer than in the same
        // period of 2022": a share compared with an earlier level is its change.
        bool const compared_share =
            after.starts_with(" more than ") || after.starts_with(" fewer than ") ||
            after.starts_with(" less than ") || after.starts_with(" higher than ") ||
            after.starts_with(" lower than ") || after.starts_with(" up on ") ||
            after.starts_with(" down on ");
        bool const share_change =
            claim.quantity.kind == QuantityKind::kRatio &&
            (ends_with_word(clause_lead, "by") || change_noun_then_of(clause_lead) ||
             ends_with_word(clause_lead, "lost") || ends_with_word(clause_lead, "cut in") ||
             compared_share);
        bool changeable =
            !how_long(f) && (claim.quantity.kind == QuantityKind::kPercent ||
                             claim.quantity.kind == QuantityKind::kPercentagePoints ||
                             claim.quantity.kind == QuantityKind::kMultiplier ||
                             claim.quantity.kind == QuantityKind::kCount ||
                             claim.quantity.kind == QuantityKind::kMoney || share_change);
        // "has since risen to 24%", "fell to 397,600": the level reached, not
        // the size of the change.
        bool const level_reached =
            claim.quantity.kind != QuantityKind::kMultiplier && !share_change &&
            ends_with_word(lower.substr(clause.begin, span.begin - clause.begin), "to");
        // "up from 36% in 2018", "fell from 13,770": the level it started at,
        // not the size of the change.
        bool const level_left = ends_with_word(clause_lead, "from");
        // "in the North East the figure was 46%, 13 percentage points higher":
        // the gap between two figures set side by side, not a change over time.
        bool const gap_between = [&] {
          if (!(after.starts_with(" higher") || after.starts_with(" lower")))
            return false;
          std::size_t const word_end = span.end + (after.starts_with(" higher") ? 7 : 6);
          std::string_view const rest = lower.substr(word_end, clause.end - word_end);
          if (rest.find_first_not_of(" .,;") != std::string_view::npos)
            return false;
          return std::any_of(members.begin(), members.end(), [&](std::size_t o) {
            return o != f && found[o].span.end <= span.begin &&
                   lower.substr(found[o].span.end, span.begin - found[o].span.end) == ", ";
          });
        }();
        // "after 14 consecutive rises": a count of changes, not a change.
        bool const counts_changes = [&] {
          if (claim.quantity.kind != QuantityKind::kCount)
            return false;
          static WordSet const kInBetween = {"consecutive", "successive", "straight",
                                             "further",     "more",       "separate"};
          static WordSet const kChanges = {"rises", "falls", "cuts",     "increases", "decreases",
                                           "hikes", "drops", "declines", "reductions"};
          bool counted = false;
          for_each_word(after, [&](std::string_view w) {
            if (kInBetween.contains(w))
              return true;
            counted = kChanges.contains(w);
            return false;
          });
          return counted;
        }();
        if (!direction.empty() && changeable && !level_left && !gap_between && !counts_changes) {
          Change change;
          change.direction = direction;
          change.relative =
              !level_reached && (claim.quantity.kind == QuantityKind::kPercent ||
                                 claim.quantity.kind == QuantityKind::kMultiplier || share_change);
          if (level_reached)
            change.to = claim.quantity.value;
          claim.change = change;
          explain(claim, [&] {
            return std::string("change " + direction +
                               (direction_from_pair ? ": the way the pair before it moved"
                                                    : ": a direction word beside the figure"));
          });
        }
      }
      bool const change = claim.change.has_value();

      // --- time ---------------------------------------------------------------
      std::optional<Chosen> chosen;
      std::string_view const clause_text = lower.substr(clause.begin, clause.size());
      int pair_from = found[f].pair;
      if (pair_from >= 0) {
        TimeScope& scope = claim.time;
        auto const& from_at = found[static_cast<std::size_t>(pair_from)].claim.time.at;
        for (std::size_t h = 0; h < time.size(); ++h) {
          if (owner[h] == static_cast<int>(f) && time[h].expr.first) {
            scope.end = scoped(*time[h].expr.first, "", false);
          }
        }
        // A point, or the year to one: "2,870 adopted in the year ending 31
        // March 2021, down from 3,440" is at 2020-21.
        auto point_of = [&](TimeHit const& h) -> std::optional<Period> {
          if (h.expr.role == TimeRole::kPoint)
            return h.expr.first;
          if (h.expr.role == TimeRole::kUntil && h.expr.length_years == 1 && h.expr.second)
            return fiscal_year_ending(*h.expr.second);
          return std::nullopt;
        };
        // "2,400 children on plans in 2018, up from 1,900": the point stated
        // between the later figure and the earlier one is the later one's.
        Span const from_span = found[static_cast<std::size_t>(pair_from)].span;
        for (std::size_t h = 0; h < time.size() && !scope.end && from_span.begin > span.end; ++h) {
          std::optional<Period> const point = point_of(time[h]);
          if (point && time[h].span.begin >= span.end && time[h].span.end <= from_span.begin &&
              owner[h] < 0) {
            scope.end = scoped(*point, "", false);
          }
        }
        // "In 2018 the rate rose to 71, from 66 in 2015": or one opening the sentence.
        for (std::size_t h = 0; h < time.size() && !scope.end && from_span.begin > span.end; ++h) {
          std::optional<Period> const point = point_of(time[h]);
          if (point && time[h].span.end <= span.begin && owner[h] < 0 &&
              !comparison_marked(time[h])) {
            scope.end = scoped(*point, "", false);
          }
        }
        // The "from" figure's year, when the sentence gave it one; never a
        // year carried from elsewhere or the document's date.
        if (from_at &&
            (from_at->resolved_from.empty() || from_at->resolved_from.starts_with("the start of") ||
             from_at->resolved_from.find(" before ") != std::string::npos))
          scope.baseline = from_at;
        // "(54%) are now good, up from 36% in 2018": the level reached is now;
        // so is one that moved from "last year" or "last month".
        auto const last_period = [](std::optional<ScopedPeriod> const& p) {
          if (!p)
            return false;
          std::string const label = ascii_lower(p->period.label);
          return label == "last year" || label == "last month";
        };
        if (!scope.end && document_date.size() >= 4 &&
            (holds_word(clause_text, "now") || (scope.baseline && last_period(scope.baseline))))
          scope.end = scoped(date_period(document_date), document_date_how, false);
        if (scope.end || scope.baseline) {
          explain(claim, [&] {
            return std::string(
                "period: from the years stated beside each figure of the from->to pair");
          });
        }
      }
      for (std::size_t h = 0; h < time.size() && !chosen && pair_from < 0; ++h) {
        if (owner[h] == static_cast<int>(f)) {
          chosen = Chosen{time[h].expr, "", false, "stated right after the figure"};
          // "up 1% on 2020": a change on a year is measured from it.
          if (change &&
              (chosen->expr.role == TimeRole::kPoint ||
               (chosen->expr.role == TimeRole::kRelative && chosen->expr.first)) &&
              (lower.substr(time[h].span.begin, 3) == "on " ||
               (time[h].span.begin >= 3 && lower.substr(time[h].span.begin - 3, 3) == "on ")) &&
              chosen->expr.first &&
              chosen->expr.first->granularity != grammar::Granularity::kDate) {
            chosen->expr.role = TimeRole::kSince;
            chosen->why = "a change 'on' a year is measured from it";
            // "80,850 at 31 March 2021, up 1% on 2020": from that day of 2020.
            for (std::size_t dh = 0; dh < time.size(); ++dh) {
              TimeHit const& d = time[dh];
              std::optional<Period> const& day = d.expr.first;
              if (owner[dh] == kOwnedByAside || d.expr.role != TimeRole::kPoint || !day ||
                  day->granularity != grammar::Granularity::kDate || day->start.size() != 10)
                continue;
              Period base = *chosen->expr.first;
              base.granularity = grammar::Granularity::kDate;
              base.start = base.end = base.start.substr(0, 4) + day->start.substr(4);
              base.label = base.start;
              chosen->expr.role = TimeRole::kBetween;
              chosen->expr.first = base;
              chosen->expr.second = *day;
              chosen->why += ", on the day the sentence states";
              break;
            }
          }
        }
      }
      // "up 54% on the 301,091 spills recorded in 2022": a change on a
      // figure is measured from the year stated for that figure.
      if (change && !chosen && pair_from < 0 && f + 1 < found.size() &&
          found[f + 1].sentence == found[f].sentence) {
        std::string_view const gap = lower.substr(
            span.end, found[f + 1].span.begin - std::min(found[f + 1].span.begin, span.end));
        // "on the", "on a record", "on last year's": a few words, no break.
        if (gap.starts_with(" on ") && gap.size() <= 24 &&
            gap.find_first_of(",;:()0123456789") == std::string_view::npos) {
          for (std::size_t h = 0; h < time.size() && !chosen; ++h) {
            // Its own year, or the next in the clause before any other figure.
            bool const its_year =
                owner[h] == static_cast<int>(f + 1) ||
                (owner[h] < 0 && time[h].span.begin >= found[f + 1].span.end &&
                 time[h].span.end <= clause.end &&
                 (f + 2 >= found.size() || found[f + 2].span.begin >= time[h].span.end));
            if (its_year && time[h].expr.role == TimeRole::kPoint && time[h].expr.first) {
              chosen = Chosen{time[h].expr, "", false,
                              "a change on a figure is measured from the figure's year"};
              chosen->expr.role = TimeRole::kSince;
            }
          }
        }
      }
      bool const stated_scope = claim.time.baseline || claim.time.end;

      // A change over one year ("up 5.3% on the previous year", "a year
      // earlier"), or the earlier figure of one ("the 51,080 recorded a year
      // earlier"): anchored at the sentence's point in time.
      if (!chosen && !stated_scope) {
        std::optional<Span> phrase = one_year_phrase(clause);
        bool const clause_has_time = std::any_of(
            time.begin(), time.end(), [&](TimeHit const& h) { return in_clause(h.span); });
        if (!phrase && clause_index > 0 && !clause_has_time) {
          // "…, up 5% on the previous year" after a verbless clause, and "Five
          // years ago, the figure was 30%": the phrase sits in the clause before.
          std::optional<Span> before = one_year_phrase(clauses[clause_index - 1]);
          bool const ago = before && lower.substr(before->begin, before->size()).ends_with(" ago");
          if (before && ((change && !has_finite_verb(clause_text)) || (ago && !change)))
            phrase = before;
        }
        // "up 1% from 80,080 a year earlier and represents a rise of a quarter
        // since 2010": a change whose clause states its own window keeps it.
        bool const own_window = std::any_of(time.begin(), time.end(), [&](TimeHit const& h) {
          return in_clause(h.span) && h.span.begin >= span.end &&
                 (h.expr.role == TimeRole::kSince || h.expr.role == TimeRole::kBetween ||
                  h.expr.role == TimeRole::kRelative);
        });
        if (phrase && own_window && change && phrase->end <= span.begin)
          phrase.reset();
        if (phrase) {
          bool const beside = (phrase->begin >= span.end && phrase->begin - span.end <= 32 &&
                               !blocked(f, *phrase, span)) ||
                              (phrase->end <= span.begin && span.begin - phrase->end <= 3);
          // The figure a pair moved from is dated by the phrase beside it,
          // whatever its kind: "down from 40% two years earlier".
          bool const earlier_figure =
              (beside && starts_a_pair) ||
              (kind != QuantityKind::kPercent && kind != QuantityKind::kPercentagePoints &&
               kind != QuantityKind::kMultiplier &&
               (beside ||
                ends_with_word(lower.substr(clause.begin, span.begin - clause.begin), "from")));
          // "ago" counts back from the day of writing, not the sentence's
          // time; "Five years ago, the figure was 30%" is a level then.
          std::string_view const phrase_lower = lower.substr(phrase->begin, phrase->size());
          bool const ago = phrase_lower.ends_with(" ago");
          bool const level_then = !change && ago;
          // The earlier figure of a pair ("up from 80,080 a year earlier") is
          // dated by its own phrase only.
          if ((earlier_figure || change || level_then) && (!starts_a_pair || earlier_figure)) {
            std::string said(text.substr(phrase->begin, phrase->size()));
            int const years = years_back(phrase_lower);
            std::string how;
            std::optional<Period> point = ago && document_date.size() >= 4
                                              ? std::optional<Period>(date_period(document_date))
                                              : point_of_sentence(s, span, clause, how);
            if (ago)
              how = document_date_how;
            // "down 8% from 30,970 the previous year" in a text that opens with
            // "in the year to March 2021": a year back from the text's period,
            // not from the day it was written. Not in speech, which speaks of its own time.
            if (!ago && point && how == document_date_how && lede_period && s >= lede_sentence &&
                !in_a_quote(span) &&
                !says_before(lower.substr(sentence.begin, span.begin - sentence.begin))) {
              Chosen level = *lede_period;
              as_level_period(level);
              std::optional<Period> const& p =
                  level.expr.role == TimeRole::kPoint ? level.expr.first : level.expr.second;
              if (p && !p->start.empty()) {
                point = *p;
                how = "the period the text opens with";
              }
            }
            if (point) {
              if (std::optional<Period> before = years_before(*point, years)) {
                std::string const back =
                    (years == 1 ? std::string("one year") : std::to_string(years) + " years") +
                    " before " + point->label + (how.empty() ? "" : " (" + how + ")") + ": '" +
                    said + "'";
                if (earlier_figure || level_then) {
                  claim.time.at = scoped(*before, back, false);
                } else {
                  claim.time.baseline = scoped(*before, back, false);
                  claim.time.end = scoped(*point, how, false);
                }
                explain(claim, [&] {
                  return std::string("period: '" + said + "' is " + std::to_string(years) +
                                     " year(s) back from " + point->label +
                                     (how.empty() ? "" : " (" + how + ")"));
                });
              }
            }
          }
        }
      }
      bool const one_year = claim.time.baseline || claim.time.at;

      // "…since 2010, when 39,100 children were on plans": a clause opened by
      // "when" is at the time that ends the clause before it.
      if (!chosen && !stated_scope && !one_year && clause_index > 0 &&
          clause_text
              .substr(clause_text.find_first_not_of(' ') == std::string_view::npos
                          ? 0
                          : clause_text.find_first_not_of(' '))
              .starts_with("when ")) {
        Span const previous = clauses[clause_index - 1];
        for (std::size_t h = time.size(); h-- > 0;) {
          if (time[h].span.begin >= previous.begin && time[h].span.end <= previous.end &&
              time[h].expr.first) {
            TimeExpression point;
            point.first = time[h].expr.first;
            chosen = Chosen{point, "", false, "the time the clause before this 'when' ends on"};
            break;
          }
        }
        // "at their lowest level since 2015-16, when there were 621,470": the
        // year a record reaches back to, which dates no figure of its own clause.
        std::string_view const before = lower.substr(previous.begin, previous.size());
        std::size_t const since = before.rfind("since ");
        if (!chosen && since != std::string_view::npos) {
          std::optional<TimeExpression> t = grammar::parse_time(before.substr(since));
          if (t && t->first && t->role == TimeRole::kSince) {
            TimeExpression point;
            point.first = t->first;
            chosen =
                Chosen{point, "", false, "the year the clause before this 'when' reaches back to"};
          }
        }
      }
      if (!chosen && !stated_scope && !one_year) {
        std::optional<std::size_t> nearest;
        for (std::size_t h = 0; h < time.size(); ++h) {
          if (owner[h] >= 0 || !in_clause(time[h].span) || time[h].span.begin < dated_from)
            continue;
          if (!nearest ||
              distance(time[h].span, span) < distance(time[nearest.value()].span, span)) {
            nearest = h;
          }
        }
        if (nearest) {
          chosen = Chosen{time[*nearest].expr, "", false, "stated in the same clause"};
          if (change && chosen->expr.role == TimeRole::kPoint && comparison_marked(time[*nearest]))
            chosen->expr.role = TimeRole::kSince;  // "measured from 2010, … a rise of 29%"
        }
      }
      // "over the same period", "in that time", "since then": the one in the
      // figure's clause, else the sentence's first.
      std::optional<Span> anaphor;
      for (Span const& a : anaphors) {
        if (in_clause(a))
          anaphor = a;
      }
      if (!anaphor && !anaphors.empty())
        anaphor = anaphors.front();
      bool const open = !chosen && !stated_scope && !one_year;
      if (open && anaphor) {
        std::string said(text.substr(anaphor->begin, anaphor->size()));
        std::optional<Chosen> earlier;
        if (said.ends_with("the year")) {
          // "during the year" is the year a figure was counted in ("3,412 last
          // year"), never one compared with ("up a quarter on 2019 levels").
          for (std::size_t back = 0; !earlier && back <= 3 && back <= s; ++back) {
            for (TimeHit const& h : hits_of(s - back)) {
              if (back == 0 && h.span.begin >= anaphor->begin)
                break;
              bool const year = h.expr.role == TimeRole::kPoint ||
                                (h.expr.role == TimeRole::kRelative && h.expr.length_months == 0);
              if (year && h.expr.first &&
                  h.expr.first->granularity == grammar::Granularity::kYear &&
                  !comparison_marked(h) && !ends_with_word(lower.substr(0, h.span.begin), "on") &&
                  !lower.substr(h.span.begin, h.span.size()).starts_with("on "))
                earlier = Chosen{h.expr, "", false, "", h.span};
            }
          }
        } else {
          earlier = sentence_period(s, anaphor->begin);
          for (std::size_t back = 1; !earlier && back <= 3 && back <= s; ++back) {
            earlier = sentence_period(s - back, sentences[s - back].end);
          }
        }
        if (earlier) {
          chosen = *earlier;
          chosen->resolved_from = "'" + said + "' resolved to the nearest earlier period";
          chosen->why =
              "'" + said + "' points back to an earlier period" +
              std::string(earlier->ambiguous ? " (ambiguous: more than one candidate)" : "");
          bool const since =
              lower.substr(anaphor->begin, anaphor->size()).find("since") != std::string_view::npos;
          if (since && chosen->expr.role == TimeRole::kPoint)
            chosen->expr.role = TimeRole::kSince;
          if (since && chosen->expr.role == TimeRole::kBetween) {
            // "from 2010 … the Baby Peter case in 2008. Since then, …": "then"
            // is one of the two years, and the change runs to the time of
            // writing, not to the later year.
            chosen->expr.role = TimeRole::kSince;
            chosen->expr.second.reset();
            chosen->ambiguous = true;
          }
        }
      }
      if (!chosen && !stated_scope && !one_year && change) {
        // The window the sentence states elsewhere ("went from £3.5bn in
        // 2012-13 to £2.3bn in 2019-20, that's a 34% cut"; "172,290 in
        // 2015-16, compared with 89,300 in 2009-10, a rise of 93%") is the
        // change's; a period of its own sentence beats one carried from before.
        // A window stated about another population ("While all plans rose 16%
        // since 2011, the over-16s on plans rose 54%") stays that clause's.
        auto same_population = [&](Chosen const& window) {
          if (window.where.size() == 0)
            return true;
          return population_in(Impl::clause_of(clauses, window.where.begin)) == claim.population;
        };
        if (std::optional<Chosen> window = sentence_period(s, sentence.end);
            window && window->expr.role != TimeRole::kPoint && same_population(*window)) {
          chosen = *window;
          chosen->why = "the period the sentence states";
        } else {
          // "fell by 3% to 30,970, down from 31,770 in 2018-19": the nearest
          // point introduced as the comparison is the baseline.
          std::optional<std::size_t> nearest;
          for (std::size_t h = 0; h < time.size(); ++h) {
            if (time[h].expr.role != TimeRole::kPoint || !comparison_marked(time[h]))
              continue;
            if (!nearest ||
                distance(time[h].span, span) < distance(time[nearest.value()].span, span)) {
              nearest = h;
            }
          }
          if (nearest) {
            chosen = Chosen{time[*nearest].expr, "", false,
                            "the point the sentence compares with is the baseline"};
            chosen->expr.role = TimeRole::kSince;
          }
        }
      }
      if (!chosen && !stated_scope && !one_year && !starts_a_pair) {
        // A time stated elsewhere in the sentence, outside other figures'
        // clauses; not one another clause compares with ("…, but forces have
        // barely more officers than they did in 2010").
        std::optional<std::size_t> nearest;
        for (std::size_t h = 0; h < time.size(); ++h) {
          if (owner[h] >= 0 || comparison_marked(time[h]))
            continue;
          std::size_t c = Impl::clause_of(clauses, time[h].span.begin);
          bool claimed_elsewhere = std::any_of(members.begin(), members.end(), [&](std::size_t o) {
            return o != f && Impl::clause_of(clauses, found[o].span.begin) == c;
          });
          // "At 31 March 2021 there were 4,150 …, about 5% of all children
          // looked after": a point opening the sentence dates all of it.
          std::string_view const lead =
              lower.substr(sentence.begin, time[h].span.begin - sentence.begin);
          bool const opens_sentence = !change && time[h].expr.role == TimeRole::kPoint &&
                                      lead.find_first_not_of(" \"'(") == std::string_view::npos;
          if (claimed_elsewhere && !opens_sentence)
            continue;
          if (!nearest ||
              distance(time[h].span, span) < distance(time[nearest.value()].span, span)) {
            nearest = h;
          }
        }
        if (nearest)
          chosen = Chosen{time[*nearest].expr, "", false, "stated in the same sentence"};
      }
      if (!chosen && !stated_scope && !one_year && change) {
        // "have gone up 30% in five years": the years up to the document's date.
        re2::StringPiece hit, count;
        re2::StringPiece const after(clause_text.data(), clause_text.size());
        if (m.duration->Match(after, 0, clause_text.size(), re2::RE2::UNANCHORED, nullptr, 0) &&
            !re2::RE2::PartialMatch(after, *m.future)) {
          // The count of years, or the words for one ("a decade").
          re2::StringPiece groups[3];
          m.duration->Match(after, 0, clause_text.size(), re2::RE2::UNANCHORED, groups, 3);
          re2::StringPiece const length = groups[1].empty() ? groups[2] : groups[1];
          int const years = years_of(std::string_view(length.data(), length.size()));
          if (years > 0) {
            TimeExpression t;
            t.role = TimeRole::kRelative;
            t.length_years = years;
            chosen = Chosen{t, "", false, "a length of years before the document's date"};
          }
        }
      }
      if (starts_a_pair && !chosen && !stated_scope) {
        // The "from" figure of a pair without a year of its own is at the
        // start of the span its sentence states ("since 2010, from 89,300 to …").
        for (TimeHit const& h : time) {
          if (h.expr.role == TimeRole::kRelative) {
            TimeScope window;
            resolve_relative(h.expr, document_date, window, "");
            if (window.baseline && !window.baseline->period.start.empty()) {
              claim.time.at = window.baseline;
              claim.time.at->resolved_from =
                  "the start of '" + std::string(text.substr(h.span.begin, h.span.size())) + "'";
              claim.time.at->period.label = claim.time.at->period.start;
              break;
            }
          }
          if ((h.expr.role == TimeRole::kSince || h.expr.role == TimeRole::kBetween) &&
              h.expr.first) {
            claim.time.at = scoped(
                *h.expr.first,
                "the start of '" + std::string(text.substr(h.span.begin, h.span.size())) + "'",
                false);
            break;
          }
        }
      }
      // A sentence that states periods of its own keeps to them, even when
      // they are other figures' ("5,080, … more than double the 1,950 recorded in 2013").
      // A time another figure owns ("£2.46m (2022-23: £2.18m)") is not this one's.
      bool const own_times = std::any_of(owner.begin(), owner.end(),
                                         [&](int o) { return o < 0 || o == static_cast<int>(f); });
      // "A year later there were 80,850", "Two years later …": the point
      // carried from before, moved on by that many years.
      auto const years_later = [&] {
        static re2::RE2 const kLater(
            R"(\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? later\b|\bthe (?:following|next) year\b|\ba decade later\b)");
        if (sentence_lower.find("later") == std::string_view::npos &&
            sentence_lower.find(" year") == std::string_view::npos)
          return 0;
        re2::StringPiece groups[2];
        if (!kLater.Match(piece, 0, sentence_lower.size(), re2::RE2::UNANCHORED, groups, 2))
          return 0;
        std::string_view const matched(groups[0].data(), groups[0].size());
        if (matched.find("decade") != std::string_view::npos)
          return 10;
        if (groups[1].data() == nullptr)
          return 1;
        std::string_view const n(groups[1].data(), groups[1].size());
        return n == "a" || n == "one" ? 1 : years_of(n);
      };
      // A sentence about what will be ("will rise to 53p a day") is not
      // dated by a past point before it.
      // The marker must come before the figure in its clause: "its rate of 130
      // per 10,000 would fall to about 95" states 130 as it is.
      auto const looks_ahead = [&] {
        std::string_view const lead = lower.substr(clause.begin, span.begin - clause.begin);
        return re2::RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), *m.future);
      };
      // "dropped by about a fifth in the final quarter": a window of its own,
      // if not one the grammar dates, so none is carried in from before.
      static re2::RE2 const kOwnWindow(
          R"(\b(?:in|over|during) the (?:final|first|second|third|fourth|last|latest|past|previous) (?:quarter|month|week|fortnight|half)\b)");
      // After the figure: "was flat in the fourth quarter and grew by 0.5%
      // over the year" dates the flat quarter, not the 0.5%.
      auto const own_window_words = [&] {
        std::string_view const tail = lower.substr(span.end, clause.end - span.end);
        return change &&
               re2::RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), kOwnWindow);
      };
      // A sentence in the present tense is of the time of writing, not of a
      // point years before it that the sentence before named.
      auto const present_tense = [&] {
        std::string_view const said = sentence_lower;
        auto has = [&](std::string_view w) { return said.find(w) != std::string_view::npos; };
        return (has(" are ") || has(" is ") || has(" has ") || has(" have ")) &&
               !(has(" was ") || has(" were ") || has(" had ") || has(" been "));
      };
      auto const long_before_writing = [&](TimeExpression const& t) {
        if (t.role != TimeRole::kPoint || !t.first || t.first->end.size() < 4 ||
            document_date.size() < 4)
          return false;
        return std::atoi(t.first->end.substr(0, 4).c_str()) + 2 <
               std::atoi(std::string(document_date.substr(0, 4)).c_str());
      };
      // The patterns run only where a period would be carried.
      if (!chosen && !stated_scope && !one_year && !starts_a_pair && !own_times && s > 0 &&
          !((!change || claim.change->to) && looks_ahead()) && !own_window_words()) {
        int const later = years_later();
        // A comment's or a paragraph's period often sits in the sentence
        // before; a sentence that states periods of its own keeps to them.
        std::optional<std::size_t> const heading = heading_of_list(s);
        for (std::size_t back = 1; !chosen && back <= 2 && back <= s; ++back) {
          // A post's stamp: what stands above it is another post's.
          if (chrome(s - back))
            break;
          std::optional<Chosen> earlier = sentence_period(s - back, sentences[s - back].end);
          if (earlier && earlier->ambiguous)
            break;  // which of its periods would be a guess
          if (earlier && after_document_date(earlier->expr))
            continue;  // a target ("76% by March 2024") dates no later figure
          // "take 167k back from the last two months": a window of months is
          // its own clause's.
          if (earlier && earlier->expr.role == TimeRole::kRelative &&
              earlier->expr.length_months > 0)
            continue;
          if (earlier && !change && long_before_writing(earlier->expr) && present_tense())
            break;  // "it was 64,400 back in 2010. … 52% are living with foster carers"
          if (earlier && (change || earlier->expr.role == TimeRole::kPoint)) {
            // A level after a sentence of changes ("up 63% since 2015") is
            // dated by neither that span nor a sentence further back.
            bool between_span = earlier->expr.role != TimeRole::kPoint;
            if (!change && between_span)
              break;
            chosen = *earlier;
            chosen->resolved_from = "carried from the previous sentence";
            chosen->why = "period carried from the previous sentence";
            if (heading && *heading == s - back) {
              chosen->resolved_from = "the heading of its list";
              chosen->why = "period stated by the heading of its list";
            }
            if (later > 0 && chosen->expr.role == TimeRole::kPoint && chosen->expr.first) {
              if (std::optional<Period> on = years_before(*chosen->expr.first, -later)) {
                chosen->resolved_from = std::to_string(later) + " year(s) after " +
                                        chosen->expr.first->label +
                                        ", carried from the previous sentence";
                chosen->why = "'later' moves the period carried from the previous sentence on";
                chosen->expr.first = *on;
              }
            }
          }
        }
      }
      // "Of the 59 councils inspected … by 30 June 2015, 14 were judged good
      // and 19 inadequate": the parts of a breakdown are of the whole's time.
      if (!chosen && !change && !stated_scope && clause_index > 0) {
        Span const opening = clauses[0];
        for (std::size_t g : members) {
          Span const whole = found[g].span;
          if (whole.begin < opening.begin || whole.end > opening.end ||
              !opens_a_breakdown(opening, whole))
            continue;
          for (TimeHit const& h : time) {
            if (h.span.begin >= whole.end && h.span.end <= opening.end &&
                h.expr.role == TimeRole::kPoint) {
              chosen = Chosen{h.expr, "", false, "the time of the whole its sentence breaks down"};
              break;
            }
          }
          break;
        }
      }
      if (chosen) {
        if (starts_a_pair && chosen->expr.role != TimeRole::kPoint && chosen->expr.first) {
          // The "from" figure of a pair is at the start of the window.
          TimeExpression point;
          point.first = chosen->expr.first;
          chosen->expr = point;
        }
        if (!claim.change)
          as_level_period(*chosen);
        apply(*chosen, document_date, claim.time);
        explain(claim, [&] { return std::string("period: " + chosen->why); });
      } else if (!(claim.time.baseline || claim.time.end || claim.time.at) && !starts_a_pair &&
                 !document_date.empty()) {
        std::size_t const this_year = clause_text.find("this year");
        if (this_year != std::string_view::npos &&
            (this_year == 0 || !is_alnum(clause_text[this_year - 1])) &&
            document_date.size() >= 4) {
          // "355 this year": the calendar year the document was written in.
          Period year;
          year.granularity = grammar::Granularity::kYear;
          year.label = document_date.substr(0, 4);
          year.start = year.label + "-01-01";
          year.end = year.label + "-12-31";
          claim.time.at = scoped(year, "'this year': the year of the " + document_date_how, false);
          explain(claim, [&] {
            return std::string("period: 'this year' is " + year.label + ", from the " +
                               document_date_how);
          });
        } else if (title_period && !change) {
          claim.time.at = scoped(*title_period, "the document's title", false);
          explain(claim, [&] {
            return std::string("period: none stated; the document's title states " +
                               title_period->label);
          });
        } else if (lede_period && !change && s > lede_sentence && !looks_ahead() &&
                   !names_a_time(sentence_lower) && of_a_lede_measure(claim.quantity) &&
                   // Reported speech speaks of its own time: "said that 45% of
                   // its members planned to sell".
                   !says_before(lower.substr(sentence.begin, span.begin - sentence.begin)) &&
                   !in_a_quote(span)) {
          // A level, as the text's first figure is: "in the year to March 2023" is 2022-23.
          Chosen level = *lede_period;
          as_level_period(level);
          apply(level, document_date, claim.time);
          explain(claim, [&] { return "period: " + level.why; });
        } else {
          claim.time.at = scoped(date_period(document_date), document_date_how, false);
          explain(claim, [&] {
            return std::string("period: none stated; the document's date " + document_date);
          });
        }
      }

      // --- section and speaker ---------------------------------------------------
      // Quote regions are in text order and apart: the one that may hold the
      // claim is the last that opens at or before it.
      auto const after = std::upper_bound(
          quote_regions.begin(), quote_regions.end(), span.begin,
          [](std::size_t pos, QuoteRegion const& q) { return pos < q.span.begin; });
      if (after != quote_regions.begin()) {
        std::size_t const qi = static_cast<std::size_t>(after - quote_regions.begin()) - 1;
        QuoteRegion const& q = quote_regions[qi];
        if (span.end <= q.span.end) {
          claim.section =
              document.kind == corpus::DocumentKind::kComment ? Section::kComment : Section::kQuote;
          claim.speaker = m.speaker_of(text, quote_regions, speaker_known, qi);
          explain(claim, [&] {
            return std::string(q.speaker.empty()
                                   ? "quote: inside quotation marks, speaker not named"
                                   : "quote: inside quotation marks attributed to " + q.speaker);
          });
        }
      }
      if (document.kind == corpus::DocumentKind::kComment) {
        claim.section = Section::kComment;
        if (claim.speaker.empty())
          claim.speaker = "comment:" + document.id;
      } else if (claim.section == Section::kBody && claim.speaker.empty()) {
        claim.speaker = reported_speaker(text.substr(sentence.begin, span.begin - sentence.begin));
        if (!claim.speaker.empty()) {
          explain(claim, [&] {
            return "speaker " + claim.speaker + ": reported speech before the figure";
          });
        }
      }
    }

    // The two figures of a from->to pair measure one thing, whichever of
    // them names it: "149,000 officers, up from 122,000".
    for (std::size_t to : members) {
      if (found[to].pair < 0)
        continue;
      Claim& a = found[to].claim;
      Claim& b = found[static_cast<std::size_t>(found[to].pair)].claim;
      if (a.metric.has_value() == b.metric.has_value())
        continue;
      Claim& bare = a.metric ? b : a;
      bare.metric = a.metric ? a.metric : b.metric;
      explain(bare, [&] {
        return std::string("metric " + bare.metric->key +
                           ": the other figure of its from->to pair");
      });
    }

    // A figure the sentence ties to one before it measures the same thing:
    // the change it underwent, what it is compared with, the same measure
    // elsewhere, or itself restated. The tie is read with the time
    // expressions blanked out ("£171m in 2022-23, a rise of 22%"), and may
    // reach past a figure of another kind ("31% of the council's 164 social
    // workers, up from 19%").
    auto gaps_of = [&](Found const& earlier, Found const& later, std::optional<Span> skipped) {
      std::size_t const gap_size = later.span.begin - earlier.span.end;
      std::pair<std::string, std::string> gaps{lower.substr(earlier.span.end, gap_size),
                                               text.substr(earlier.span.end, gap_size)};
      auto blank = [&](Span x) {
        std::size_t const b = std::max(x.begin, earlier.span.end);
        std::size_t const e = std::min(x.end, later.span.begin);
        for (std::size_t i = b; i < e; ++i)
          gaps.first[i - earlier.span.end] = gaps.second[i - earlier.span.end] = ' ';
      };
      for (TimeHit const& h : time)
        blank(h.span);
      if (skipped)
        blank(*skipped);
      return gaps;
    };
    // "2,300 vacancies in November 2022, more than three times the 1,100":
    // a multiplier set after a figure measures it against another, and the
    // figure it is "times the" is the other; both count the earlier one's thing.
    // `gap` is the text between them, times blanked out.
    auto multiplier_tie = [&](Found const& earlier, Found const& later, std::string_view gap) {
      bool const after = later.claim.quantity.kind == QuantityKind::kMultiplier;
      bool const before = earlier.claim.quantity.kind == QuantityKind::kMultiplier;
      if (after == before)
        return false;
      if (before) {
        std::string words(gap);
        std::erase(words, ' ');
        return words == "the";
      }
      // After the earlier figure's own words ("teacher vacancies in November
      // 2022"), a comma or bracket and nothing else.
      std::size_t const cut = gap.find_last_of(",(");
      if (cut == std::string_view::npos)
        return gap.find_first_not_of(' ') == std::string_view::npos;
      return gap.find_first_not_of(' ', cut + 1) == std::string_view::npos && cut <= 60 &&
             !has_finite_verb(gap.substr(0, cut));
    };
    for (std::size_t k = 1; k < members.size(); ++k) {
      Found& later = found[members[k]];
      if (later.drop || grammar::is_length_of_time(later.claim.quantity))
        continue;
      // "Shoplifting, which rose 24% to 339,206 offences": a change measures
      // the level it reached.
      Found& before = found[members[k - 1]];
      if (!before.drop && before.claim.change && !before.claim.metric && later.claim.metric &&
          before.span.end <= later.span.begin &&
          lower.substr(before.span.end, later.span.begin - before.span.end) == " to ") {
        before.claim.metric = later.claim.metric;
        explain(before.claim, [&] {
          return std::string("metric " + before.claim.metric->key + ": the change to '" +
                             std::string(text.substr(later.span.begin, later.span.size())) +
                             "' after it");
        });
      }
      grammar::Quantity const& b = later.claim.quantity;
      for (std::size_t back = 1; back <= 2 && back <= k; ++back) {
        Found const& earlier = found[members[k - back]];
        if (earlier.drop || earlier.span.end > later.span.begin)
          break;
        grammar::Quantity const& a = earlier.claim.quantity;
        bool const same_measure = a.kind == b.kind && a.unit == b.unit;
        std::optional<Span> skipped;
        if (back == 2) {
          Found const& between = found[members[k - 1]];
          grammar::Quantity const& m = between.claim.quantity;
          // Only past a figure of another kind, inside the earlier one's phrase.
          if (!same_measure || (m.kind == a.kind && m.unit == a.unit))
            break;
          skipped = between.span;
        }
        bool const wants_metric = !later.claim.metric && earlier.claim.metric;
        // The change stated beside a from->to pair spans the pair's period:
        // "51,510 at 31 March 2020, down 1.4% from 52,260".
        TimeScope const& pair_scope = earlier.claim.time;
        std::optional<ScopedPeriod> const& at = later.claim.time.at;
        bool const wants_window =
            back == 1 && later.claim.change && earlier.pair >= 0 &&
            (pair_scope.baseline || pair_scope.end) && !later.claim.time.baseline &&
            !later.claim.time.end &&
            (!at || at->resolved_from.find("document date") != std::string::npos ||
             (pair_scope.end && at->period.start == pair_scope.end->period.start));
        // "50,920 … at 31 March 2022, or 42.1 per 10,000", "England 70 and
        // Scotland 130": the same figure restated, or the same measure
        // elsewhere, is of the same time.
        auto dated_by_document = [](Claim const& c) {
          return !c.time.baseline && !c.time.end &&
                 (!c.time.at ||
                  c.time.at->resolved_from.find("document date") != std::string::npos);
        };
        bool const wants_time = dated_by_document(later.claim) && earlier.claim.time.at &&
                                !dated_by_document(earlier.claim) && !later.claim.change;
        // "80,080 at 31 March 2020, a rise of 24% since 2008": a change since
        // a baseline, set beside a dated level, ends at that level's date.
        // Not the level a pair moved from ("from 42,300 in 2010 to …, a rise
        // of 29%"), nor one dated at or before the baseline.
        bool const wants_end =
            back == 1 && later.claim.change && later.claim.change->relative &&
            later.claim.time.baseline && !later.claim.time.end && !earlier.claim.change &&
            earlier.pair < 0 && earlier.claim.time.at && !dated_by_document(earlier.claim) &&
            earlier.claim.time.at->period.start > later.claim.time.baseline->period.end &&
            std::none_of(found.begin(), found.end(), [&](Found const& other) {
              return other.pair == static_cast<int>(members[k - 1]);
            });
        // "has risen by a third, to 30,970 in 2019-20": the change ends where
        // the level it reached is dated.
        bool const wants_end_at_level =
            back == 1 && earlier.claim.change && earlier.claim.change->relative &&
            earlier.claim.time.baseline && !earlier.claim.time.end && later.claim.time.at &&
            !dated_by_document(later.claim) &&
            (!later.claim.change ||
             (later.claim.change->to && *later.claim.change->to == later.claim.quantity.value)) &&
            later.claim.time.at->period.start > earlier.claim.time.baseline->period.end;
        if (!wants_metric && !wants_window && !wants_time && !wants_end && !wants_end_at_level)
          break;
        // The words between, read once for every tie below.
        auto const gaps = gaps_of(earlier, later, skipped);
        std::string const& gap = gaps.first;
        Tie const tie = tie_between(gap, gaps.second);
        if (wants_time && (tie == Tie::kRestatement || tie == Tie::kParallel)) {
          // "50,920 at 31 March 2022, up from 50,010 a year earlier, or 42.1 per
          // 10,000": past the level left, the figure restated is the level reached.
          Found const* stated = &earlier;
          for (std::size_t j = 0; j < k - back + 1; ++j) {
            Found const& other = found[members[j]];
            bool const partners =
                other.pair == static_cast<int>(members[k - back]) ||
                (earlier.pair >= 0 && static_cast<std::size_t>(earlier.pair) == members[j]);
            if (partners && other.span.begin < earlier.span.begin)
              stated = &other;
          }
          // "…, up from 50,010 a year earlier, or 42.1 per 10,000" unpaired too.
          std::size_t const at_earlier = k - back;
          if (stated == &earlier && at_earlier > 0 &&
              ends_with_word(lower.substr(sentence.begin, earlier.span.begin - sentence.begin),
                             "from"))
            stated = &found[members[at_earlier - 1]];
          // A level reached is dated by its window's end.
          TimeScope const& when = stated->claim.time;
          later.claim.time.at = when.at ? when.at : when.end ? when.end : earlier.claim.time.at;
          std::string const earlier_text(text.substr(stated->span.begin, stated->span.size()));
          later.claim.time.at->resolved_from = "the time of '" + earlier_text + "'";
          explain(later.claim, [&] {
            return "period: the same time as '" + earlier_text +
                   "', which it restates or sets beside another place";
          });
        }
        if (back == 2 && tie != Tie::kComparison && tie != Tie::kParallel)
          break;
        if (wants_end_at_level) {
          std::string words = gap;
          std::erase(words, ' ');
          if (words == ",to" || words == "to") {
            std::string const later_text(text.substr(later.span.begin, later.span.size()));
            Claim& change = found[members[k - back]].claim;
            change.time.end = later.claim.time.at;
            change.time.end->resolved_from = "the time of '" + later_text + "'";
            explain(change, [&] {
              return "period: the change ends where the level it reached, '" + later_text +
                     "', is dated";
            });
          }
        }
        if (wants_end && tie == Tie::kChange) {
          std::string const earlier_text(text.substr(earlier.span.begin, earlier.span.size()));
          later.claim.time.end = earlier.claim.time.at;
          later.claim.time.end->resolved_from = "the time of '" + earlier_text + "'";
          later.claim.time.at.reset();
          explain(later.claim, [&] {
            return "period: the change beside '" + earlier_text + "' ends at its time";
          });
        }
        if (wants_window && tie == Tie::kChange) {
          later.claim.time.at.reset();
          later.claim.time.baseline = pair_scope.baseline;
          later.claim.time.end = pair_scope.end;
          explain(later.claim, [&] {
            return std::string("period: the change of the from->to pair '" +
                               std::string(text.substr(earlier.span.begin, earlier.span.size())) +
                               "' before it spans that pair's period");
          });
        }
        bool const multiple = back == 1 && multiplier_tie(earlier, later, gap);
        // "rose by 8.5%, to £221.20 a week", "has risen by 74%, from £97.65",
        // "up 6% on the 29.5 million recorded": the level a change reached,
        // left or is measured on; and the two ends of a pair.
        bool const level_of_change = [&] {
          if (back != 1)
            return false;
          bool const pair = earlier.pair == static_cast<int>(members[k]) ||
                            later.pair == static_cast<int>(members[k - 1]);
          if (!pair && !(earlier.claim.change && earlier.claim.change->relative))
            return false;
          std::string words = gap;
          std::erase(words, ' ');
          return words == "to" || words == ",to" || words == "from" || words == ",from" ||
                 words == "on" || words == "onthe" || words == ",onthe";
        }();
        // "from 32,940 in 2016-17 to 32,050 in 2017-18, 31,770 in 2018-19 and
        // 30,970 in 2019-20": a list of one measure at its times.
        bool const listed_on = [&] {
          auto const& then = earlier.claim.time.at ? earlier.claim.time.at : earlier.claim.time.end;
          if (back != 1 || !same_measure || !then || dated_by_document(earlier.claim) ||
              !later.claim.time.at || dated_by_document(later.claim) ||
              then->period.start == later.claim.time.at->period.start)
            return false;
          std::string words = gap;
          // "31 closures in 2021, 36 in 2022": the first names what all count.
          if (earlier.claim.metric && !earlier.claim.metric->phrase.empty()) {
            std::string const named = ascii_lower(earlier.claim.metric->phrase);
            std::size_t const lead = words.find_first_not_of(' ');
            if (lead != std::string::npos && words.compare(lead, named.size(), named) == 0 &&
                earlier.span.end + lead + named.size() <= later.span.begin)
              words.erase(0, lead + named.size());
          }
          std::erase(words, ' ');
          return words == "in," || words == "inand" || words == "in,and" || words == "," ||
                 words == "and";
        }();
        bool const ties =
            multiple || level_of_change || listed_on ||
            (tie == Tie::kChange && later.claim.change) ||
            ((tie == Tie::kComparison || tie == Tie::kParallel) && same_measure) ||
            (tie == Tie::kRestatement &&
             (same_measure || b.kind == QuantityKind::kPercent || b.kind == QuantityKind::kRatio));
        if (!wants_metric || !ties) {
          if (back == 1 && same_measure)
            break;  // reach past only a figure of another kind
          continue;
        }
        later.claim.metric = earlier.claim.metric;
        explain(later.claim, [&] {
          return std::string("metric " + later.claim.metric->key + ": " +
                             (multiple                  ? "the multiple set beside"
                              : listed_on               ? "listed at another time after"
                              : level_of_change         ? "the level of the change"
                              : tie == Tie::kChange     ? "the change of"
                              : tie == Tie::kComparison ? "compared with"
                              : tie == Tie::kParallel   ? "the same measure elsewhere as"
                                                        : "the same figure as") +
                             " '" +
                             std::string(text.substr(earlier.span.begin, earlier.span.size())) +
                             "' before it");
        });
        break;
      }
    }
  }

  // "an increase of 21 per cent, or £86 a year", "down 4%, or 2,300": the
  // same change again in the figure's own units, so of the same thing.
  for (std::size_t i = 1; i < found.size(); ++i) {
    Found const& stated = found[i - 1];
    Found& again = found[i];
    if (again.sentence != stated.sentence || again.claim.metric || !stated.claim.metric ||
        !stated.claim.change || !stated.claim.change->relative ||
        stated.claim.quantity.kind != QuantityKind::kPercent ||
        again.claim.quantity.kind == QuantityKind::kPercent || again.span.begin < stated.span.end)
      continue;
    std::string_view const gap = lower.substr(stated.span.end, again.span.begin - stated.span.end);
    if (gap != ", or " && gap != " or " && gap != " (or ")
      continue;
    again.claim.metric = stated.claim.metric;
    Change change;
    change.direction = stated.claim.change->direction;
    change.relative = false;
    again.claim.change = change;
    if (again.claim.population.empty())
      again.claim.population = stated.claim.population;
    if (again.claim.geography.empty())
      again.claim.geography = stated.claim.geography;
    if (!again.claim.time.baseline)
      again.claim.time = stated.claim.time;
    explain(again.claim, [&] {
      return "metric: the change before it (" + stated.claim.text + ") said again in its units";
    });
  }

  // "Sales rose by 5% in 2023 and by 7% in 2024", "have risen by 63% since
  // 2015, when teams recorded 2,090, and by 24% since 2019": a change whose
  // verb is left out is the same measure's, in the same direction.
  for (std::size_t i = 1; i < found.size(); ++i) {
    Found& again = found[i];
    if (again.claim.metric || (again.claim.change && !again.claim.change->direction.empty()))
      continue;
    std::optional<std::size_t> stated;
    for (std::size_t k = i; k-- > 0 && found[k].sentence == again.sentence;) {
      if (found[k].claim.change && !found[k].claim.change->direction.empty()) {
        stated = k;
        break;
      }
    }
    if (!stated)
      continue;
    Found const& before = found[*stated];
    if (!before.claim.metric || before.claim.quantity.kind != again.claim.quantity.kind ||
        before.span.end > again.span.begin || again.span.begin - before.span.end > 120)
      continue;
    std::string_view const gap = lower.substr(before.span.end, again.span.begin - before.span.end);
    if (gap.find_first_of(".;:") != std::string_view::npos)
      continue;
    std::string_view lead = gap;
    while (!lead.empty() && lead.back() == ' ')
      lead.remove_suffix(1);
    if (!ends_with_word(lead, "by"))
      continue;
    lead.remove_suffix(2);
    while (!lead.empty() && lead.back() == ' ')
      lead.remove_suffix(1);
    if (lead.ends_with("then"))
      lead.remove_suffix(4);
    if (!ends_with_word(lead, "and") && !ends_with_word(lead, "but") && !ends_with_word(lead, "or"))
      continue;
    again.claim.metric = before.claim.metric;
    Change change;
    change.direction = before.claim.change->direction;
    change.relative = before.claim.change->relative;
    again.claim.change = change;
    if (again.claim.population.empty())
      again.claim.population = before.claim.population;
    explain(again.claim, [&] {
      return "metric and change: the change before it (" + before.claim.text +
             "), its verb left out";
    });
  }

  // "It issued 1,146 notices in the year to 31 March 2024 … 'The 1,164
  // notices we issued last year'": in a text that reports by financial year,
  // "last year" is most likely the last such year it states, not the
  // calendar year; marked ambiguous, with both readings in its resolution.
  if (document_date.size() >= 10) {
    std::optional<Period> last_fiscal;
    for (Found const& f : found) {
      for (auto const* p : {&f.claim.time.at, &f.claim.time.end}) {
        if (!*p || !(*p)->resolved_from.empty() ||
            (*p)->period.granularity != grammar::Granularity::kFiscalYear ||
            (*p)->period.end > document_date || (*p)->period.end.size() < 10)
          continue;
        if (!last_fiscal || (*p)->period.end > last_fiscal->end)
          last_fiscal = (*p)->period;
      }
    }
    // Within the year before the text: "last year" in June 2024 is 2023-24.
    std::string const year_before =
        std::to_string(std::atoi(document_date.substr(0, 4).c_str()) - 1) +
        document_date.substr(4, 6);
    if (last_fiscal && last_fiscal->end > year_before) {
      for (std::size_t i = 0; i < found.size(); ++i) {
        Found& f = found[i];
        std::optional<ScopedPeriod>& at = f.claim.time.at;
        if (!at || at->period.label != "last year" ||
            at->period.granularity != grammar::Granularity::kYear || f.claim.change)
          continue;
        // Not the level a change left ("down from 43.7 last year"), nor a
        // comparison's ("the same as last year"): a year before the figure.
        bool const left = std::any_of(found.begin(), found.end(), [&](Found const& o) {
          return o.pair == static_cast<int>(i);
        });
        std::string_view const before = lower.substr(0, f.span.begin);
        std::string_view const after = lower.substr(f.span.end, 40);
        if (left || ends_with_word(before, "from") || ends_with_word(before, "compared with") ||
            ends_with_word(before, "compared to") || ends_with_word(before, "against") ||
            after.find("as last year") != std::string_view::npos ||
            after.find("than last year") != std::string_view::npos ||
            after.find(" on last year") != std::string_view::npos)
          continue;
        std::string const calendar = at->period.start.substr(0, 4);
        if (last_fiscal->start.substr(0, 4) != calendar)
          continue;  // the financial year that starts in the calendar year before
        at->period = *last_fiscal;
        at->ambiguous = true;
        at->resolved_from =
            "'last year' in a text that reports by financial year: " + last_fiscal->label +
            " (or the calendar year " + calendar + ")";
        explain(f.claim, [&] { return "period: " + at->resolved_from; });
      }
    }
  }
}

}  // namespace claimcheck::extractor::detail
