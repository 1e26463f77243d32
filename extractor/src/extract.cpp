#include "claimcheck/extractor/extract.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

#include <re2/re2.h>

#include "claimcheck/extractor/candidates.hpp"
#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/extractor/segment.hpp"
#include "claimcheck/grammar/period.hpp"
#include "claimcheck/grammar/quantity.hpp"
#include "context.hpp"
#include "ties.hpp"
#include "words.hpp"

namespace claimcheck::extractor {
namespace {

using grammar::Hedge;
using grammar::Quantity;
using grammar::QuantityKind;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool token_is_one_of(std::string_view token, auto const& words) {
  return std::find(words.begin(), words.end(), token) != words.end();
}

// How far back a hedge or opener may start: "no more than", "in excess of",
// "from around".
constexpr int kMaxLookBackWords = 4;

// What a superlative or a count of times reaches back over: "the highest in
// 22 years", "its lowest level for a decade", "for the second time in four years".
re2::RE2 const kFramedWindow(
    R"((?:\b(?:highest|lowest|largest|smallest|biggest|greatest|worst|best|first|fastest|slowest|most|least)\b[^,.;]{0,24}|\btime) (?:in|for|since)(?: at least| more than| over| almost| nearly| the last| the past)?$)");

// A number right after one of these is a reference, not a quantity:
// "section 47 of the Children Act 1989", "page 12", "Table 3", "Volume 698,
// column 12"; an age ("by age 11"); a denominator ("the rate per 10,000").
// A telephone number after "call", "ring", "dial" ("call 101, or 999").
constexpr std::array<std::string_view, 126> kReferenceWords = {
    "section", "sections", "s.", "ss.", "paragraph", "paragraphs", "para", "paras", "page", "pages",
    "p.", "pp.", "chapter", "chapters", "article", "articles", "clause", "clauses", "regulation",
    "regulations", "schedule", "part", "figure", "fig.", "table", "tables", "annex", "appendix",
    "appendices", "annexes", "no.", "nos.", "footnote", "volume", "vol.", "vol", "column",
    "columns", "col.", "cols.", "issue", "age", "ages", "aged", "per", "call", "ring", "dial",
    "phone", "telephone", "tel", "freephone", "nhs", "chart", "charts", "item", "items", "stage",
    "tier", "phase", "zone", "band", "grade", "junction", "platform", "route", "ward", "exhibit",
    // "call or text 988", "Interstate 5", "Measure 110", "note 7", "Channel 4"
    "text", "interstate", "highway", "measure", "proposition", "note", "notes", "channel", "room",
    "flight", "gate", "terminal", "runway", "runways",
    // "the number 42 service", "the No 17 bus", "Unit 4", "level 4 and above", "Dewey 941"
    "number", "no", "unit", "level", "levels", "flat", "dewey",
    // "(recommendation 4)", "sources in footnotes 1 to 23"
    "recommendation", "recommendations", "footnotes",
    // "County Road 112", "Station 7", "Ordinance 2021-14"
    "road", "station", "ordinance",
    // "vol 699, col 812", "rule 45 of the Prison Rules 1999"
    "col", "cols", "rule", "rules",
    // "category 2 calls", "House Bill 1147"
    "category", "categories", "bill",
    // "fish held in pen 4", "plot 23 on the allotment list", "seat 14", "bay 7"
    "pen", "plot", "cell", "berth", "seat", "bay", "floor", "storey",
    // "the decile 9 and 10 areas", "quintile 1"
    "decile", "deciles", "quintile", "quintiles", "quartile", "percentile",
    // "the top 10 titles", "PO Box 5127"
    "top", "box",
    // "§ 2 EEG", "after ringing 111"
    "\xC2\xA7", "ringing", "calling", "dialling",
    // "(edition 12, 64 pages)", "Suite 400, 150 Elgin Street", "I swam in Lane 4"
    "edition", "editions", "suite", "lane"};

// Words that label a number only when capitalised: "Plan 2 loans", "Type 1
// diabetes", "Wave 3", but "councils plan 5,000 homes".
// "Claim 3: …" and "Question 2" number the parts of a text; "Working Paper
// 14", "Block 3", "Lot 12" name a document, a building, a sale's item;
// "Radio 4" a station.
// "the Liquor Products Act 60 of 1989", "a T-shirt that said Team 2".
// "Hall 2", "Galleries 11 to 16", "Pier 4", "Site 4": the parts of a place.
constexpr std::array<std::string_view, 31> kCapitalisedLabels = {
    "Plan",  "Type",     "Class", "Category", "Option",    "Scenario", "Wave",    "Step",
    "Claim", "Question", "Myth",  "Case",     "Round",     "Season",   "Episode", "Paper",
    "Block", "Lot",      "Radio", "Tip",      "Act",       "Team",     "Screen",  "Hall",
    "Pier",  "Site",     "Wing",  "Gallery",  "Galleries", "Studio",   "Pavilion"};

// Before "half" or "quarter", these make a part of a period: "the first half".
constexpr std::array<std::string_view, 8> kOrdinalsOfParts = {
    "first", "second", "third", "fourth", "final", "last", "latter", "former"};

// A number glued to one of these by a hyphen is a name, a time or an age,
// not a figure: "covid-19", "sars-cov-2", "mid-2020", "post-2010", "under-16s".
constexpr std::array<std::string_view, 8> kGluedNameWords = {"covid", "cov",   "mid",  "pre",
                                                             "post",  "under", "over", "aged"};

// Words that can open a numeric expression before its first number: hedges
// ("more than", "an estimated", "up to"), openers ("between", "from", "a") and
// signs. Only these are tried as look-back starts, so a parse is not attempted
// from every word before every figure.
constexpr std::array<std::string_view, 48> kOpenerWords = {
    "around",  "about", "roughly",   "approximately", "approx",   "approx.", "some",
    "an",      "a",     "estimated", "circa",         "in",       "nearly",  "almost",
    "just",    "close", "not",       "more",          "greater",  "larger",  "bigger",
    "higher",  "over",  "above",     "exceeding",     "exceeds",  "exceed",  "surpass",
    "upwards", "less",  "fewer",     "smaller",       "lower",    "under",   "below",
    "at",      "up",    "no",        "equal",         "equals",   "exactly", "precisely",
    "between", "from",  "minus",     "negative",      "equaling", "point"};

// Openers that are common words open a quantity only before certain words
// ("at least", "up to", "in excess of", "no more than"); before anything
// else a parse from them would fail, so it is not tried.
struct OpenerFollow {
  std::string_view opener;
  std::array<std::string_view, 4> next;
};
constexpr OpenerFollow kOpenerFollows[] = {
    {"in", {"excess", "the"}},
    {"at", {"least", "most"}},
    {"up", {"to"}},
    {"no", {"more", "less", "fewer"}},
    {"not", {"more", "less", "fewer", "quite"}},
    {"close", {"to"}},
    {"just", {"over", "under", "above", "below"}},
    {"upwards", {"of"}},
    {"equal", {"to"}},
};

// The word that starts at `pos` (letters only), or "".
std::string_view word_at(std::string_view lower, std::size_t pos) {
  while (pos < lower.size() && is_space(lower[pos]))
    ++pos;
  std::size_t end = pos;
  while (end < lower.size() && is_alpha(lower[end]))
    ++end;
  return lower.substr(pos, end - pos);
}

// Whether a parse from `token`, followed by the text at `after`, can succeed.
bool opener_fits(std::string_view token, std::string_view lower, std::size_t after) {
  for (OpenerFollow const& f : kOpenerFollows) {
    if (token != f.opener)
      continue;
    std::string_view const next = word_at(lower, after);
    return std::find(f.next.begin(), f.next.end(), next) != f.next.end() && !next.empty();
  }
  if (token == "a" || token == "an") {
    // "a dozen", "a third", "an estimated": a word, never digits, follows.
    std::string_view const next = word_at(lower, after);
    return !next.empty();
  }
  return true;
}

bool can_open(std::string_view token) {
  if (token.empty())
    return false;
  unsigned char const first = static_cast<unsigned char>(token[0]);
  if (first >= 0x80 || token[0] == '~' || token[0] == '<' || token[0] == '>' || token[0] == '=' ||
      token[0] == '$') {
    return true;  // currency signs and comparison symbols
  }
  if (token.find('$') != std::string_view::npos)
    return true;  // "us$", "c $"
  if (token.size() <= 4 && std::all_of(token.begin(), token.end(), is_alpha) &&
      grammar::is_currency_code(token)) {
    return true;  // "GBP 27 million", "Rs 500"
  }
  return token_is_one_of(token, kOpenerWords);
}

// A "from A to B" after one of these is a spread of values, not a change.
// "…, up from 1,900": the word before "from" that makes the figure after it
// the earlier value of the one before.
constexpr std::array<std::string_view, 12> kFromAfterWords = {
    "up",    "down",   "rising",  "falling",    "rose",       "fell",
    "risen", "fallen", "growing", "increasing", "decreasing", "dropping"};

constexpr std::array<std::string_view, 10> kRangeWords = {
    "range",  "ranges", "ranged",  "ranging",  "vary",
    "varies", "varied", "varying", "anywhere", "spanning"};

struct Token {
  std::size_t begin, end;
  std::size_t size() const { return end - begin; }
};

// The word (maximal run of non-space) that ends before `pos`, skipping spaces.
std::optional<Token> previous_token(std::string_view text, std::size_t floor, std::size_t pos) {
  std::size_t end = pos;
  while (end > floor && is_space(text[end - 1]))
    --end;
  if (end == floor)
    return std::nullopt;
  std::size_t begin = end;
  while (begin > floor && !is_space(text[begin - 1]))
    --begin;
  return Token{begin, end};
}

// '"Section' and '(page' are the reference words within their marks.
std::string_view without_opening_marks(std::string_view token) {
  while (!token.empty() && (token.front() == '"' || token.front() == '(' || token.front() == '\'' ||
                            token.front() == '['))
    token.remove_prefix(1);
  return token;
}

// The references that go on from one ending at `end`: "sections 17 and 47",
// "pages 12 to 15", "aged 16 or 17", "call 101, or 999".
std::size_t following_references_end(std::string_view lower, std::size_t end, std::size_t limit) {
  for (;;) {
    std::size_t i = end;
    for (std::string_view joint : {", or ", " or ", " and ", " to ", "-", ", "}) {
      if (lower.substr(i, joint.size()) == joint) {
        i += joint.size();
        break;
      }
    }
    if (i == end || i >= limit || !is_digit(lower[i]))
      return end;
    std::size_t next = i;
    while (next < limit && is_digit(lower[next]))
      ++next;
    // "paragraphs 6.4 to 6.9": a numbered paragraph goes on to its next one.
    while (next + 1 < limit && lower[next] == '.' && is_digit(lower[next + 1])) {
      ++next;
      while (next < limit && is_digit(lower[next]))
        ++next;
    }
    // "section 47, 16% of cases": only another bare number goes on.
    // ("(pages 31-38).", "(category 1 or 2)." close on the bracket.)
    bool const bare = next >= limit || is_space(lower[next]) || lower[next] == ')' ||
                      (std::string_view(",.;").find(lower[next]) != std::string_view::npos &&
                       (next + 1 >= limit || is_space(lower[next + 1])));
    if (!bare)
      return end;
    end = next;
  }
}

bool ends_clause(char c) {
  return c == ',' || c == ';' || c == ':' || c == ')' || c == '.';
}

// Where a parse may start: the trigger itself and up to kMaxLookBackWords
// words before it in the same clause, farthest first.
std::vector<std::size_t> start_positions(std::string_view lower, std::size_t floor,
                                         std::size_t trigger) {
  std::vector<std::size_t> starts;
  std::size_t pos = trigger;
  for (int i = 0; i < kMaxLookBackWords; ++i) {
    auto token = previous_token(lower, floor, pos);
    if (!token || ends_clause(lower[token->end - 1]))
      break;
    std::size_t begin = token->begin;
    while (begin < token->end && (lower[begin] == '(' || lower[begin] == '"' ||
                                  lower[begin] == '\'' || lower[begin] == '[')) {
      ++begin;
    }
    std::string_view word = lower.substr(begin, token->end - begin);
    if (begin < token->end && can_open(word) && opener_fits(word, lower, token->end))
      starts.push_back(begin);
    pos = token->begin;
  }
  std::reverse(starts.begin(), starts.end());
  // A sign glued to the figure ("-504", ">10", "~20") is part of it.
  std::size_t glued = trigger;
  while (glued > floor && trigger - glued < 2 &&
         std::string_view("-+~<>=").find(lower[glued - 1]) != std::string_view::npos) {
    --glued;
  }
  // "x>10": a comparison sign is a sign even after a letter; a dash is not ("covid-19").
  bool const comparison = glued < trigger && lower[glued] != '-' && lower[glued] != '+';
  // After a digit a dash joins ("10-20%"): never a minus, even where the
  // figure before it has already been read.
  if (glued < trigger &&
      (glued == 0 || comparison || !std::isalnum(static_cast<unsigned char>(lower[glued - 1])))) {
    starts.push_back(glued);
  }
  starts.push_back(trigger);
  // "X$5m" with a prefix no table knows: the dollar sign on its own.
  std::size_t const sign = lower.find('$', trigger);
  if (sign != std::string_view::npos && sign > trigger && sign - trigger <= 3 &&
      std::all_of(lower.begin() + static_cast<std::ptrdiff_t>(trigger),
                  lower.begin() + static_cast<std::ptrdiff_t>(sign),
                  [](char c) { return c >= 'a' && c <= 'z'; }))
    starts.push_back(sign);
  return starts;
}

// Digits glued to a word ("s47", "covid19"), footnote markers ("54%.1.",
// "children.2"), and list numbers ("  3. Seven of...") are not figures.
// Where the digits at `t` end, with their group separators and decimals:
// "10,000", "3.5", "12 345" is not one (a space separates figures as often).
std::size_t number_token_end(std::string_view lower, std::size_t t) {
  std::size_t i = t;
  while (i < lower.size()) {
    if (is_digit(lower[i])) {
      ++i;
    } else if ((lower[i] == ',' || lower[i] == '.') && i > t && i + 1 < lower.size() &&
               is_digit(lower[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

bool digit_trigger_is_figure(std::string_view lower, std::size_t line_floor, std::size_t t) {
  char const prev = t > 0 ? lower[t - 1] : ' ';
  if (lower[t] == '.') {
    return t == 0 || is_space(prev) || prev == '(' || prev == '"' || prev == '\'';
  }
  if (!is_digit(lower[t]))
    return true;
  // Inside a run of digits ("SC412907" after its letters were read): no figure starts here.
  if (is_alpha(prev) || prev == '_' || is_digit(prev))
    return false;
  // Glued by a hyphen to one of these words it names something: "covid-19",
  // "mid-2020", "under-16s". Other codes ("SCP-173", "M25") stay figures.
  if (prev == '-' && t > 1 && is_alpha(lower[t - 2])) {
    std::size_t w = t - 1;
    while (w > line_floor && is_alpha(lower[w - 1]))
      --w;
    if (token_is_one_of(lower.substr(w, t - 1 - w), kGluedNameWords))
      return false;
    // "a Yamaha MT-07": a model's code, its number written with a leading zero.
    if (lower[t] == '0' && t + 1 < lower.size() && is_digit(lower[t + 1]))
      return false;
  }
  // Inside a handle or hashtag: "@jen_1982", "#care2021".
  for (std::size_t i = t; i > line_floor && !is_space(lower[i - 1]); --i) {
    if (lower[i - 1] == '@' || lower[i - 1] == '#')
      return false;
  }
  if (prev == '.' || prev == ')') {
    char const before = t > 1 ? lower[t - 2] : ' ';
    if (!is_digit(before))
      return false;
  }
  // A list number: only spaces between the line start and it, then "." or ")".
  std::size_t i = t;
  while (i > line_floor && (lower[i - 1] == ' ' || lower[i - 1] == '\t'))
    --i;
  bool line_start = i == line_floor || lower[i - 1] == '\n';
  if (line_start) {
    std::size_t j = t;
    while (j < lower.size() && is_digit(lower[j]))
      ++j;
    if (j + 1 < lower.size() && (lower[j] == '.' || lower[j] == ')') && is_space(lower[j + 1])) {
      return false;
    }
  }
  return true;
}

// After `word`, the digits at `t` name a version ("version 2.0"; "version
// two" may count), a precision ("to the nearest 10."), a code with a leading
// zero ("asset 0217", "Form 0045"), or a clock time written with a dot ("the
// school run at 8.15", "back by 10.30") where nothing after it makes it a
// price or a unit.
bool names_a_code_or_a_clock(std::string_view lower, std::size_t t, std::string_view word) {
  if (word == "version" || word == "v")
    return true;
  // "Release reference: RCA/EDM/2025/07", "reference LK-250303-0118": a
  // part of a code, digits after letters and a slash, or within a code of
  // two hyphens or more ("24/7", "1/2", "pre-2020" and "under-16s" are none).
  if (t > 0 && (lower[t - 1] == '/' || lower[t - 1] == '-')) {
    std::size_t b = t;
    while (b > 0 && !is_space(lower[b - 1]))
      --b;
    std::size_t e = t;
    while (e < lower.size() && !is_space(lower[e]) && lower[e] != ',' && lower[e] != ';')
      ++e;
    std::string_view const glued = lower.substr(b, t - b);
    std::string_view const code = lower.substr(b, e - b);
    bool const letters =
        std::any_of(glued.begin(), glued.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (letters && (lower[t - 1] == '/' || std::count(code.begin(), code.end(), '-') >= 2))
      return true;
  }
  // Where the digits at `t` end (run_end), and the digits after the one character
  // that follows them (next_run_end): "3-1", "2019/904".
  std::size_t run_end = t;
  while (run_end < lower.size() && is_digit(lower[run_end]))
    ++run_end;
  std::size_t next_run_end = run_end + 1;
  while (next_run_end < lower.size() && is_digit(lower[next_run_end]))
    ++next_run_end;
  // "beat Crowmarsh Rovers 3-1 at Lenn Park": a score, after the verb of a match.
  {
    bool const score_shape = run_end - t <= 2 && run_end < lower.size() && lower[run_end] == '-' &&
                             next_run_end > run_end + 1 && next_run_end - run_end - 1 <= 2 &&
                             (next_run_end == lower.size() ||
                              !(is_alpha(lower[next_run_end]) || is_digit(lower[next_run_end]))) &&
                             (next_run_end == lower.size() || lower[next_run_end] != '%');
    if (score_shape) {
      std::string_view const before = lower.substr(t > 48 ? t - 48 : 0, t > 48 ? 48 : t);
      static constexpr std::string_view kMatchVerbs[] = {
          "beat ",     "beating ",  "won ",   "lost ",     "drew ",
          "defeated ", "thrashed ", "edged ", "finished ", "ended "};
      for (std::string_view verb : kMatchVerbs) {
        std::size_t const at = before.rfind(verb);
        if (at != std::string_view::npos && (at == 0 || !is_alpha(before[at - 1])) &&
            before.find_first_of(".;", at) == std::string_view::npos)
          return true;
      }
    }
  }
  // "Directive (2019/904)", "Regulation (EU) 2016/679": a year and a
  // running number of three digits or more name a law ("2019/20" is a year).
  if (t + 5 < lower.size() && (lower[t] == '1' || lower[t] == '2')) {
    if (run_end - t == 4 && run_end < lower.size() && lower[run_end] == '/' &&
        next_run_end - run_end - 1 >= 3 &&
        (next_run_end == lower.size() || !is_alpha(lower[next_run_end])))
      return true;
  }
  // "tasked via 999", "999 calls": the emergency number, not a count.
  if (lower.substr(t, 3) == "999" || lower.substr(t, 3) == "911") {
    std::size_t const e = t + 3;
    if (e == lower.size() || !is_digit(lower[e])) {
      std::string_view const after = lower.substr(e, 10);
      if (detail::ends_with_word(lower.substr(0, t), "via") || after.starts_with(" call") ||
          after.starts_with(" operator") || after.starts_with(" service") ||
          after.starts_with(" emergency"))
        return true;
    }
  }
  // "won silver in the 200m breaststroke", "my 25m badge", "the 5km fun run":
  // a distance that names an event or an award.
  {
    std::string_view rest = lower.substr(run_end, 40);
    for (std::string_view unit : {"m ", "km ", "k ", " metres ", " miles ", " mile "}) {
      if (!rest.starts_with(unit))
        continue;
      std::string_view const event = rest.substr(unit.size());
      for (std::string_view name :
           {"freestyle", "breaststroke", "backstroke", "butterfly", "medley", "hurdles", "sprint",
            "relay", "badge", "fun run", "race", "final", "steeplechase", "swim"}) {
        if (event.starts_with(name) &&
            (event.size() == name.size() || !is_alpha(event[name.size()])))
          return true;
      }
    }
  }
  // "rounded to the nearest 10.": a precision, where "the nearest 300
  // residents" goes on to what it counts.
  if (word == "nearest") {
    std::size_t const e = number_token_end(lower, t);
    return e >= lower.size() || lower[e] == '.' || lower[e] == ',' || lower[e] == ';' ||
           lower[e] == ')';
  }
  if (word == "at" || word == "by" || word == "until" || word == "before" || word == "after") {
    std::size_t e = t;
    while (e < lower.size() && is_digit(lower[e]))
      ++e;
    bool const clock =
        e - t <= 2 && e + 3 <= lower.size() && lower[e] == '.' && lower[e + 1] >= '0' &&
        lower[e + 1] <= '5' && is_digit(lower[e + 2]) &&
        std::atoi(std::string(lower.substr(t, e - t)).c_str()) <= 23 &&
        (e + 3 == lower.size() || !(is_alpha(lower[e + 3]) || is_digit(lower[e + 3])));
    if (clock) {
      constexpr std::array<std::string_view, 12> kUnitAfter = {"per",   "million", "billion", "bn",
                                                               "m",     "percent", "points",  "p",
                                                               "pence", "cent",    "times",   "x"};
      return lower.substr(e + 3, 1) != "%" && !token_is_one_of(word_at(lower, e + 3), kUnitAfter);
    }
  }
  return lower[t] == '0' && t + 2 < lower.size() && is_digit(lower[t + 1]) &&
         is_digit(lower[t + 2]) && !word.empty() && is_alpha(word.back());
}

// "grid reference NN 957 021": two capitals, then two groups of three
// digits or more. Where the second group ends, or 0.
std::size_t grid_reference_end(std::string_view text, Span sentence, Token reference,
                               std::size_t t) {
  std::string_view const name =
      without_opening_marks(text.substr(reference.begin, reference.size()));
  if (name.size() != 2 ||
      !std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return 0;
  std::size_t e = t;
  while (e < sentence.end && is_digit(text[e]))
    ++e;
  if (e - t < 3 || e + 1 >= sentence.end || text[e] != ' ' || !is_digit(text[e + 1]))
    return 0;
  std::size_t g = e + 1;
  while (g < sentence.end && is_digit(text[g]))
    ++g;
  if (g - e - 1 < 3 || (g < sentence.end && (is_alpha(text[g]) || is_digit(text[g]))))
    return 0;
  return g;
}

// "known internally as NBIT 2.0", "the WineTrack 5.3 platform": a decimal
// after a name in capitals or with a capital inside is its version. "at 24-28
// William IV Street", "12 Elm Grove Road": a number before capitalised words
// that end in a kind of street is an address.
bool names_a_version_or_an_address(std::string_view text, std::string_view lower, Span sentence,
                                   Token reference, std::size_t t) {
  std::size_t e = t;
  while (e < sentence.end && (is_digit(text[e]) || text[e] == '.' || text[e] == '-'))
    ++e;
  std::string_view const number = text.substr(t, e - t);
  std::string_view const name =
      without_opening_marks(text.substr(reference.begin, reference.size()));
  std::string_view const name_lower =
      without_opening_marks(lower.substr(reference.begin, reference.size()));
  // "EUR 20.0" is a sum.
  bool const capital_inside =
      name.size() >= 2 && name.front() >= 'A' && name.front() <= 'Z' &&
      std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
      !grammar::is_currency_code(name_lower);
  std::size_t const point = number.find('.');
  if (capital_inside && point != std::string_view::npos && point > 0 && point + 1 < number.size() &&
      number.find('-') == std::string_view::npos) {
    std::string_view const rest = text.substr(e, sentence.end - e);
    static constexpr std::string_view kSoftware[] = {
        " platform", " system", " software", " release", " update", " app", " model"};
    bool const ends = rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ')' ||
                      rest[0] == ';' || rest[0] == '"';
    if (ends || std::any_of(std::begin(kSoftware), std::end(kSoftware),
                            [&](std::string_view w) { return rest.starts_with(w); }))
      return true;
  }
  // The address: up to three capitalised words, then the street's kind.
  static constexpr std::string_view kStreets[] = {
      "Street",  "Road",  "Avenue",  "Lane",   "Drive", "Place", "Square", "Crescent",
      "Terrace", "Close", "Gardens", "Parade", "Way",   "Row",   "Grove",  "Hill"};
  std::size_t at = e;
  for (int words = 0; words < 4 && at < sentence.end && text[at] == ' '; ++words) {
    std::size_t const begin = at + 1;
    std::size_t end = begin;
    while (end < sentence.end && is_alpha(text[end]))
      ++end;
    std::string_view const word = text.substr(begin, end - begin);
    if (word.empty() || word.front() < 'A' || word.front() > 'Z')
      return false;
    if (words > 0 &&
        std::find(std::begin(kStreets), std::end(kStreets), word) != std::end(kStreets))
      return true;
    at = end;
  }
  return false;
}

// A number word written with a capital inside a sentence of prose, before
// another capitalised word, is part of a name or a title: "the author of
// Courtroom 9: Forty Years on the Western Circuit", "the Seven Sisters". A
// headline's capitals ("Seven In Ten Councils Fail") are the sentence's own.
bool names_a_title(std::string_view text, std::string_view lower, Span sentence, std::size_t t) {
  if (t >= text.size() || text[t] < 'A' || text[t] > 'Z' ||
      !previous_token(lower, sentence.begin, t))
    return false;
  std::size_t end = t;
  while (end < sentence.end && (is_alpha(lower[end]) || lower[end] == '-'))
    ++end;
  if (end >= sentence.end || text[end] != ' ' || end + 1 >= sentence.end || text[end + 1] < 'A' ||
      text[end + 1] > 'Z')
    return false;
  std::string_view const next = word_at(lower, end + 1);
  if (grammar::month_named(next) != 0 || next.size() < 2)
    return false;
  int lower_words = 0;
  for (std::size_t i = sentence.begin; i < sentence.end && lower_words < 3; ++i) {
    if ((i == sentence.begin || is_space(text[i - 1])) && text[i] >= 'a' && text[i] <= 'z')
      ++lower_words;
  }
  return lower_words >= 3;
}

// A capitalised name with a bare number and nothing the number counts names
// one thing: "known as Hull 802, has", "a shop on Voorstraat 44 and",
// "in Primary 3 and", "a Boeing 737 to Madrid". A figure after a name goes on
// to its noun or unit ("In Bristol 40 schools"), so it is no label; nor is a
// name that opens the sentence or a clause ("Around 40", "He said: About 12").
bool names_a_label(std::string_view text, std::string_view lower, Span sentence, Token reference,
                   std::size_t t) {
  std::string_view name = without_opening_marks(text.substr(reference.begin, reference.size()));
  // "Hull 802", or in capitals, "(CHY 21847)".
  auto const small = [](char c) { return c >= 'a' && c <= 'z'; };
  auto const capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (name.size() < 2 || !capital(name.front()) ||
      !(std::all_of(name.begin() + 1, name.end(), small) ||
        (name.size() <= 5 && std::all_of(name.begin() + 1, name.end(), capital))))
    return false;
  std::string_view const name_lower =
      without_opening_marks(lower.substr(reference.begin, reference.size()));
  // "March 3", "Monday 12", "Easter 2024": a time, read elsewhere.
  constexpr std::array<std::string_view, 14> kTimeNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",  "sunday",
      "spring", "summer",  "autumn",    "winter",   "easter", "christmas", "whitsun"};
  if (grammar::month_named(name_lower) != 0 || token_is_one_of(name_lower, kTimeNames) ||
      token_is_one_of(name_lower, kOpenerWords) || grammar::is_currency_code(name_lower))
    return false;
  std::size_t e = t;
  while (e < lower.size() && is_digit(lower[e]))
    ++e;
  // A code in capitals may number more: "(CHY 21847)".
  std::size_t const longest = capital(name[1]) ? 6 : 4;
  if (e - t > longest || (e - t == 4 && (lower.substr(t, 2) == "19" || lower.substr(t, 2) == "20")))
    return false;  // a year is a time, read elsewhere
  std::optional<Token> const before = previous_token(lower, sentence.begin, reference.begin);
  // "Tip 1: Take meter readings": a heading's label opens its line.
  if (!before)
    return e < sentence.end && lower[e] == ':' && !(e + 1 < lower.size() && is_digit(lower[e + 1]));
  if (!is_alpha(lower[before->end - 1]))
    return false;  // a clause opens with the name
  if (e < sentence.end) {
    char const c = lower[e];
    bool const mark =
        c == ',' || c == ';' || c == '.' || c == ')' || c == '!' || c == '?' || c == ':';
    if (mark && e + 1 < lower.size() && is_digit(lower[e + 1]))
      return false;  // "Hull 8.5", "Week 23,000"
    if (!mark && !is_space(c))
      return false;  // "Route 9%", "Zone 1-6"
    if (!mark) {
      std::string_view const next = word_at(lower, e);
      constexpr std::array<std::string_view, 11> kNotCounted = {
          "and", "or", "in", "on", "at", "with", "which", "where", "when", "who", "that"};
      constexpr std::array<std::string_view, 3> kOnToAPlace = {"to", "from", "for"};
      std::size_t after = e;
      while (after < lower.size() && is_space(lower[after]))
        ++after;
      after += next.size();
      while (after < lower.size() && is_space(lower[after]))
        ++after;
      bool const on_to_a_place =
          token_is_one_of(next, kOnToAPlace) && !(after < lower.size() && is_digit(lower[after]));
      // "the Give 10 campaign", "a DJI Matrice 350 drone", "the FTSE 100
      // index": one named thing, where a count would go on to a plural.
      constexpr std::array<std::string_view, 18> kNamedThings = {
          "campaign", "drone",  "scheme", "programme", "program", "project",
          "mission",  "index",  "jet",    "aircraft",  "model",   "series",
          "appeal",   "pledge", "list",   "challenge", "route",   "trail"};
      if (token_is_one_of(next, kNamedThings))
        return true;
      if (next.empty() || (!token_is_one_of(next, kNotCounted) && !on_to_a_place))
        return false;
    }
  }
  // Beside other figures the name is more often a place the sentence
  // compares ("70 per 10,000, and in Wales 115"; "Conservatives 365, Labour
  // 203"), and so is "in Wales 115." on its own.
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    if (is_digit(lower[i]) && (i < t || i >= e))
      return false;
  }
  constexpr std::array<std::string_view, 4> kPlaceLeads = {"in", "for", "across", "throughout"};
  bool const clause_ends = e >= sentence.end || !is_space(lower[e]);
  return !(clause_ends &&
           token_is_one_of(lower.substr(before->begin, before->size()), kPlaceLeads));
}

// "3.1 Referrals rose …", "5.2 The main pressure …": a report's paragraph
// number opens its line and a capitalised word follows it; a figure that
// opens a line is followed by its unit or noun ("3.5 million", "4.2% of").
bool numbers_a_section(std::string_view text, std::string_view lower, std::size_t line_floor,
                       std::size_t t) {
  std::size_t i = t;
  while (i > line_floor && (text[i - 1] == ' ' || text[i - 1] == '\t'))
    --i;
  if (i != line_floor && text[i - 1] != '\n')
    return false;
  std::size_t j = t;
  auto digits = [&] {
    std::size_t const from = j;
    while (j < text.size() && is_digit(text[j]))
      ++j;
    return j - from;
  };
  std::size_t const whole = digits();
  if (whole == 0 || whole > 2 || j >= text.size() || text[j] != '.')
    return false;
  ++j;
  std::size_t const part = digits();
  if (part == 0 || part > 2)
    return false;
  // "1.2.3": deeper levels too.
  while (j + 1 < text.size() && text[j] == '.' && is_digit(text[j + 1])) {
    ++j;
    digits();
  }
  if (j + 1 >= text.size() || text[j] != ' ' || text[j + 1] < 'A' || text[j + 1] > 'Z')
    return false;
  // A headline in title case: "3.5 Million Children …".
  constexpr std::array<std::string_view, 6> kUnitWords = {"million",  "billion", "thousand",
                                                          "trillion", "per",     "percent"};
  return !token_is_one_of(word_at(lower, j), kUnitWords);
}

bool all_upper(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
}

// ISO 4217 codes that are also English words: written in lower case they are
// the word ("all 70 of us", "top 10", "try 3"), so they count only in capitals.
constexpr std::array<std::string_view, 17> kCodesThatAreWords = {
    "all", "bob", "cup", "mop", "top", "try", "pen", "sos", "mad",
    "gel", "rub", "cad", "ern", "lei", "bam", "php", "cop"};

// A year, fiscal year or full date written at `t` ("2012-13", "31 March 2015")
// or just before it ("March 28, 2017") is a Period, not a count. Returns where
// the time expression ends, or 0.
// A day of May or March with no year ("5 may leave", "10 march on") is a
// date only after a word that opens one ("on 5 May"); other months always are.
bool yearless_day_is_date(grammar::Period const& p, std::string_view lower, std::size_t floor,
                          std::size_t t) {
  if (p.month != 3 && p.month != 5)
    return true;
  // "on Saturday 22 March": a day of the week opens a date too.
  constexpr std::array<std::string_view, 19> kDateOpeners = {
      "on",        "from",     "until",  "by",       "since", "between", "before",
      "after",     "of",       "at",     "to",       "as",    "monday",  "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday"};
  auto before = previous_token(lower, floor, t);
  // "May 21 in Room 204": the month first, and the grammar has seen that
  // nothing the day could count follows it.
  if (before && (lower.substr(before->begin, before->size()) == "may" ||
                 lower.substr(before->begin, before->size()) == "march"))
    return true;
  if (!before)
    return false;
  std::string_view word = lower.substr(before->begin, before->size());
  if (word.ends_with(',') && word.size() > 6 && word.substr(word.size() - 4) == "day,")
    word.remove_suffix(1);  // "on Saturday, 22 March"
  return token_is_one_of(word, kDateOpeners);
}

std::size_t time_expression_end(std::string_view lower, std::size_t floor, std::size_t t,
                                std::size_t end) {
  if (!is_digit(lower[t]))
    return 0;
  std::vector<std::size_t> starts{t};
  if (auto word = previous_token(lower, floor, t); word && is_alpha(lower[word->begin])) {
    starts.insert(starts.begin(), word->begin);
  }
  auto yearless_day = [&](std::optional<grammar::TimeExpression> const& time) {
    return time->first->start.empty() && time->first->day != 0 &&
           yearless_day_is_date(*time->first, lower, floor, t);
  };
  for (std::size_t start : starts) {
    auto time = grammar::parse_time(lower.substr(start, end - start));
    if (!time || time->role != grammar::TimeRole::kPoint || !time->first)
      continue;
    if (time->first->start.empty() && !yearless_day(time))
      continue;  // "in May" alone is for the context; "5 may leave" is a count
    if (start + time->consumed > t)
      return start + time->consumed;
  }
  // "between 4 and 15 July", "1 to 30 April": a day, then a day of a month.
  std::size_t const first_end = number_token_end(lower, t);
  for (std::string_view joint : {" and ", " to ", " - ", "-"}) {
    std::size_t const second = first_end + joint.size();
    if (first_end - t > 2 || lower.substr(first_end, joint.size()) != joint || second >= end ||
        !is_digit(lower[second]))
      continue;
    auto time = grammar::parse_time(lower.substr(second, end - second));
    // "between 6 and 27 September 2021" too: a day of a month of a year.
    if (time && time->role == grammar::TimeRole::kPoint && time->first &&
        (yearless_day(time) ||
         (time->first->granularity == grammar::Granularity::kDate && !time->first->start.empty())))
      return second + time->consumed;
    break;
  }
  return 0;
}

using detail::change_between;
using detail::ends_with_word;

// "from around £3.5bn in 2012-13 to £2.3bn in 2019-20": two figures the
// grammar read apart (a year sits between them) that are one change.
void pair_split_changes(std::string_view lower, std::vector<detail::Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    detail::Found& from = found[i - 1];
    // "from 23.3% (10 of 43) to 29.1% (37 of 127)": a bracket right after
    // the first figure restates it; the change goes on past it.
    std::size_t k = i;
    std::size_t bracket_end = 0;
    if (k + 1 < found.size() &&
        lower.substr(from.span.end, found[k].span.begin - from.span.end) == " (") {
      std::size_t const close = lower.find(')', found[k].span.end);
      if (close != std::string_view::npos && close - from.span.end <= 40 &&
          close < found[k + 1].span.begin &&
          lower.substr(from.span.end, close - from.span.end).find_first_of(",;:.") ==
              std::string_view::npos) {
        bracket_end = close + 1;
        ++k;
      }
    }
    detail::Found& to = found[k];
    if (from.sentence != to.sentence || to.pair >= 0 || from.pair >= 0)
      continue;
    if (from.claim.quantity.kind != to.claim.quantity.kind ||
        from.claim.quantity.unit != to.claim.quantity.unit) {
      continue;
    }
    std::size_t b = from.span.begin;
    while (b > 0 && is_space(lower[b - 1]))
      --b;
    if (b < 4 || lower.substr(b - 4, 4) != "from" || (b > 4 && is_alpha(lower[b - 5])))
      continue;
    std::size_t const gap_begin = bracket_end ? bracket_end : from.span.end;
    std::string gap(lower.substr(gap_begin, to.span.begin - gap_begin));
    // "from 4.4 million in February 2020, just before the pandemic, to 7.75
    // million": an aside between commas, with no figure of its own, is read past.
    if (std::count(gap.begin(), gap.end(), ',') == 2) {
      std::size_t const open = gap.find(',');
      std::size_t const close = gap.rfind(',');
      std::string_view const aside = std::string_view(gap).substr(open + 1, close - open - 1);
      if (aside.size() <= 80 && aside.find_first_of("0123456789") == std::string_view::npos)
        gap.erase(open, close - open + 1);
    }
    if (gap.size() > 40 || gap.find_first_of(",;:") != std::string::npos)
      continue;
    while (!gap.empty() && is_space(gap.back()))
      gap.pop_back();
    if (gap.size() < 3 || gap.substr(gap.size() - 3) != " to")
      continue;
    to.pair = static_cast<int>(i - 1);
    to.claim.change = change_between(from.claim.quantity.value, to.claim.quantity.value);
  }
}

// The plural noun right after a figure ("512 screens"), or "".
std::string_view counted_noun_after(std::string_view lower, std::size_t end) {
  if (end >= lower.size() || lower[end] != ' ')
    return {};
  std::string_view const word = word_at(lower, end + 1);
  if (word.size() < 3 || word.back() != 's' || word == "was" || word == "has" || word == "is" ||
      word == "this" || word == "its" || word == "as" || word == "plus" || word == "thus")
    return {};
  return word;
}

// "2,400 in 2018, up from 1,900 in 2014", "52,000, down from 58,000 a year
// earlier": the later figure is stated first, the one it moved from after.
void pair_changes_from_after(std::string_view lower, std::vector<detail::Found>& found) {
  // A count or a sum a tenth or ten times the one it moved from is another
  // figure of the sentence: "147,430 officers in the 43 forces …, up from 143,734".
  auto plausible = [](detail::Found const& to, detail::Found const& from) {
    Quantity const& a = to.claim.quantity;
    Quantity const& b = from.claim.quantity;
    if (a.kind != QuantityKind::kCount && a.kind != QuantityKind::kMoney)
      return true;
    return b.value > 0 && a.value > 0 && a.value / b.value < 10 && b.value / a.value < 10;
  };
  // "51,510 (down 1.4% from 52,260)", "51,510, down 1.4% from 52,260": the
  // change stated between the two is read as a blank.
  auto is_share = [](detail::Found const& f) {
    QuantityKind const k = f.claim.quantity.kind;
    return k == QuantityKind::kPercent || k == QuantityKind::kPercentagePoints ||
           k == QuantityKind::kRatio;
  };
  for (std::size_t i = 1; i < found.size(); ++i) {
    detail::Found const& from = found[i];
    std::size_t t = i - 1;
    bool const change_between_them = i >= 2 && is_share(found[i - 1]) && !is_share(from) &&
                                     found[i - 2].claim.quantity.kind == from.claim.quantity.kind;
    // "63.4% of trains arrived less than six minutes late, up from 59.4%": a
    // length of time between them is the level's own words.
    bool const time_between = i >= 2 && grammar::is_length_of_time(found[i - 1].claim.quantity) &&
                              found[i - 1].claim.quantity.kind != from.claim.quantity.kind;
    if (i >= 2 && (!plausible(found[t], from) || change_between_them || time_between) &&
        found[i - 2].sentence == from.sentence)
      t = i - 2;
    // "512 screens at 78 sites, up from 498 screens at 76 sites": the level
    // left counts what the level reached counts, named by the noun after each.
    std::string_view const from_noun = counted_noun_after(lower, from.span.end);
    std::string_view const to_noun = counted_noun_after(lower, found[t].span.end);
    if (!from_noun.empty() && !to_noun.empty() && from_noun != to_noun) {
      std::size_t k = t;
      while (k > 0 && found[k - 1].sentence == from.sentence &&
             counted_noun_after(lower, found[k - 1].span.end) != from_noun)
        --k;
      if (k == 0 || found[k - 1].sentence != from.sentence)
        continue;
      t = k - 1;
    }
    detail::Found& to = found[t];
    if (from.sentence != to.sentence || to.pair >= 0 || from.pair >= 0 || to.claim.change ||
        from.claim.quantity.kind != to.claim.quantity.kind ||
        from.claim.quantity.unit != to.claim.quantity.unit || !plausible(to, from)) {
      continue;
    }
    std::string gap_text(lower.substr(to.span.end, from.span.begin - to.span.end));
    if (change_between_them && t + 2 == i) {
      Span const middle = found[i - 1].span;
      for (std::size_t k = middle.begin; k < middle.end; ++k)
        gap_text[k - to.span.end] = ' ';
    }
    std::string_view gap = gap_text;
    while (!gap.empty() && is_space(gap.back()))
      gap.remove_suffix(1);
    // "Just over half (54%) are now good, up from 36%": the bracketed figure
    // is the level; "51,510 (down from 52,260)": the bracket holds the change.
    std::string_view inner =
        gap.starts_with(")") && to.span.begin > 0 && lower[to.span.begin - 1] == '(' ? gap.substr(1)
                                                                                     : gap;
    // "51,510 plans (down from": a bracket the change opens, after the level's noun.
    std::size_t const open = inner.rfind('(');
    bool const bracketed = open != std::string_view::npos &&
                           inner.find(')', open) == std::string_view::npos &&
                           inner.substr(0, open).find_first_of(";:.()") == std::string_view::npos;
    if (bracketed)
      inner.remove_prefix(open + 1);
    // "down from a peak of 5,360", "up from a low of 12%": the level left, named.
    static re2::RE2 const kNamedLevel(
        R"( from (?:a|the|its) (?:record |previous |recent |pre-pandemic )?(?:peak|high|low|level|total|figure) of$)");
    re2::StringPiece named;
    if (gap.ends_with(" of") && kNamedLevel.Match(re2::StringPiece(gap.data(), gap.size()), 0,
                                                  gap.size(), re2::RE2::UNANCHORED, &named, 1)) {
      gap.remove_suffix(gap.size() - static_cast<std::size_t>(named.data() - gap.data()) - 5);
    }
    if (gap.size() > (t + 1 == i ? 90u : 110u) ||
        inner.find_first_of(";:.()") != std::string_view::npos || !gap.ends_with(" from")) {
      continue;
    }
    gap.remove_suffix(5);
    while (!gap.empty() && is_space(gap.back()))
      gap.remove_suffix(1);
    std::size_t word = gap.size();
    while (word > 0 && is_alpha(gap[word - 1]))
      --word;
    // "rose to 14%, from 12% in 2019": the level reached, then where it started.
    std::size_t b = to.span.begin;
    while (b > 0 && is_space(lower[b - 1]))
      --b;
    // "eased to 2.8% in January from 2.9% in December", "rose to 69.5 million
    // in the first half, from 64.1 million": a time may sit between.
    static re2::RE2 const kTimeBetween(
        R"(,?(?: (?:in|at|on|by|for|during|over) (?:the )?(?:[0-9]{1,2} )?[a-z]+(?: [a-z]+){0,3}(?: [0-9]{4}(?:[-/][0-9]{2,4})?)?| in [0-9]{4}(?:[-/][0-9]{2,4})?)?,?)");
    bool const reached =
        b >= 3 && lower.substr(b - 3, 3) == " to" &&
        (gap == "," ||
         (gap.size() <= 40 &&
          re2::RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kTimeBetween)));
    if (!reached && !token_is_one_of(gap.substr(word), kFromAfterWords))
      continue;
    // The direction word follows the figure or a comma: "2,400, up from",
    // "2,400 in 2018, up from", not "2,400 children moved up from".
    std::string_view rest = gap.substr(0, word);
    while (!rest.empty() && is_space(rest.back()))
      rest.remove_suffix(1);
    if (!reached && !rest.empty() && rest.back() != ',' && !(bracketed && rest.back() == '('))
      continue;
    to.pair = static_cast<int>(i);
    to.claim.change = change_between(from.claim.quantity.value, to.claim.quantity.value);
  }
}

// "A record 62.8 million salmon died in 2023. The figure was up from 54.9
// million in 2022": a sentence that opens by pointing back at a figure and
// says where it moved from pairs the two across the sentences (wire copy
// gives each its own paragraph). The level is the first figure of the
// sentence before of the same measure within a tenth to ten times the one it
// moved from.
void pair_changes_from_sentence_before(std::string_view lower, std::vector<Span> const& sentences,
                                       std::vector<detail::Found>& found) {
  static re2::RE2 const kPointsBackFrom(
      R"(^\s*(?:the (?:figure|number|total|count|tally|toll|level)|this|that|it)\s+(?:(?:was|is|has been|had been)\s+(?:up|down)|(?:has|had)\s+(?:risen|fallen|grown|climbed|dropped|increased|decreased)|rose|fell|grew|climbed|dropped|increased|decreased)\s+from\s*$)");
  std::vector<bool> paired(found.size(), false);
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].pair >= 0) {
      paired[i] = true;
      paired[static_cast<std::size_t>(found[i].pair)] = true;
    }
  }
  for (std::size_t i = 1; i < found.size(); ++i) {
    detail::Found const& from = found[i];
    if (paired[i] || from.sentence == 0 || found[i - 1].sentence != from.sentence - 1)
      continue;  // the sentence's first figure, after one with figures
    Span const own = sentences[from.sentence];
    std::string_view const lead = lower.substr(own.begin, from.span.begin - own.begin);
    if (!re2::RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), kPointsBackFrom))
      continue;
    std::size_t first = i - 1;
    while (first > 0 && found[first - 1].sentence == from.sentence - 1)
      --first;
    Quantity const& b = from.claim.quantity;
    for (std::size_t t = first; t < i; ++t) {
      detail::Found& to = found[t];
      Quantity const& a = to.claim.quantity;
      if (a.kind != b.kind || a.unit != b.unit || a.value <= 0 || b.value <= 0 ||
          a.value / b.value >= 10 || b.value / a.value >= 10)
        continue;
      if (!paired[t] && !to.claim.change) {
        to.pair = static_cast<int>(i);
        to.claim.change = change_between(b.value, a.value);
        paired[t] = paired[i] = true;
      }
      break;
    }
  }
}

// Two figures read as one range from `a` to `b`, in `b`'s unit.
Quantity range_between(Quantity const& a, Quantity const& b) {
  Quantity q = b;
  q.kind = QuantityKind::kRange;
  q.value = (a.value + b.value) / 2;
  q.low = a.value;
  q.high = b.value;
  q.range_low_value = a.value;
  q.range_high_value = b.value;
  q.words = a.words || b.words;
  q.numerator.reset();
  q.denominator.reset();
  return q;
}

// "puts it at £1.6bn to £1.9bn", "a rise of 5% to 10%", "five or six cuts":
// two figures of one measure joined by "to" or "or" are one range, unless a
// change word before the first makes them a change and the level reached
// ("rose by 5% to 397,600", "from 60,000 to 71,000").
void merge_bare_ranges(std::string_view lower, std::vector<detail::Found>& found) {
  constexpr std::array<std::string_view, 24> kChangeBefore = {
      "by",      "from",   "rose",      "fell",      "increased", "decreased", "up",     "down",
      "cut",     "grew",   "risen",     "fallen",    "dropped",   "climbed",   "jumped", "declined",
      "reduced", "raised", "increases", "decreases", "between",   "to",        "rising", "falling"};
  // A figure in a pair either way, marked in one pass rather than searched per figure.
  std::vector<bool> paired(found.size(), false);
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].pair >= 0) {
      paired[i] = true;
      paired[static_cast<std::size_t>(found[i].pair)] = true;
    }
  }
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    detail::Found& first = found[i];
    detail::Found& second = found[i + 1];
    Quantity const& a = first.claim.quantity;
    Quantity const& b = second.claim.quantity;
    bool const joinable = a.kind == QuantityKind::kPercent || a.kind == QuantityKind::kMoney ||
                          a.kind == QuantityKind::kCount || a.kind == QuantityKind::kRate ||
                          a.kind == QuantityKind::kPercentagePoints;
    if (first.sentence != second.sentence || first.drop || second.drop || !joinable ||
        a.kind != b.kind || a.unit != b.unit || a.per != b.per || a.hedge != Hedge::kExact ||
        b.hedge != Hedge::kExact || a.vague || b.vague || !(a.value < b.value) ||
        first.claim.change || second.claim.change || paired[i] || paired[i + 1])
      continue;
    std::string_view const gap = lower.substr(first.span.end, second.span.begin - first.span.end);
    bool const to = gap == " to ";
    bool const either = gap == " or " && a.kind == QuantityKind::kCount && a.unit.empty() &&
                        b.value <= 100 && b.value - a.value <= 5;
    if (!to && !either)
      continue;
    if (auto before = previous_token(lower, 0, first.span.begin)) {
      std::string_view word = without_opening_marks(lower.substr(before->begin, before->size()));
      while (!word.empty() && !is_alpha(word.back()))
        word.remove_suffix(1);
      if (token_is_one_of(word, kChangeBefore))
        continue;
    }
    first.claim.quantity = range_between(a, b);
    first.claim.confidence = std::max(first.claim.confidence, second.claim.confidence);
    first.span.end = second.span.end;
    second.drop = true;
    ++i;
  }
}

// "£2.6bn of investment over four years", "20,000 officers over three years":
// a length of time after a sum is the period the sum is spread over: four
// years, not "more than four years". After "for" or "in" ("paid for over four
// years") it is the hedge it looks like.
void unhedge_spread_periods(std::string_view lower, std::vector<detail::Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    detail::Found& length = found[i];
    detail::Found const& sum = found[i - 1];
    Quantity const& q = length.claim.quantity;
    Quantity const& s = sum.claim.quantity;
    bool const a_sum =
        s.kind == QuantityKind::kMoney || (s.kind == QuantityKind::kCount && s.unit.empty());
    if (length.sentence != sum.sentence || q.kind != QuantityKind::kCount ||
        !grammar::is_length_of_time(q) || q.hedge != Hedge::kMoreThan || !a_sum ||
        lower.substr(length.span.begin, 5) != "over ")
      continue;
    std::string_view const gap = lower.substr(sum.span.end, length.span.begin - sum.span.end);
    if (gap.size() > 32 || gap.find_first_of(",;:.()") != std::string_view::npos)
      continue;
    // "130,000 people waited over 12 hours": after a verb it is the hedge.
    bool verb = false;
    for (std::size_t i = 0; i < gap.size();) {
      std::size_t j = i;
      while (j < gap.size() && is_alpha(gap[j]))
        ++j;
      verb = verb || (j - i > 4 && gap.substr(j - 2, 2) == "ed");
      i = j + 1;
    }
    if (verb)
      continue;
    auto before = previous_token(lower, sum.span.end, length.span.begin);
    constexpr std::array<std::string_view, 7> kHedgeOpeners = {"for", "in",   "after",  "within",
                                                               "of",  "than", "lasting"};
    if (before && token_is_one_of(lower.substr(before->begin, before->size()), kHedgeOpeners))
      continue;
    // The stated length, rounded as any stated figure is: "over" was no hedge.
    Quantity& stated = length.claim.quantity;
    stated.hedge = Hedge::kExact;
    stated.low = stated.value - 0.5;
    stated.high = stated.value + 0.5;
    length.span.begin += 5;
  }
}

// "spilled sewage 464,056 times in 2023", "stopped and searched 12 times.":
// "times" with no comparison after it ("as", "the", "more") counts how
// often something happened. After a verb of growth ("rose five times in a
// decade", "up by three times") or as the level a multiple moved from or to
// ("up from 3.5 times in 1997") it stays the multiple it reads as.
void count_occurrences(std::string_view lower, std::vector<detail::Found>& found) {
  constexpr std::array<std::string_view, 19> kOccasionWords = {
      "in",     "a",     "an", "per",     "each", "every", "last", "this",    "since", "during",
      "before", "after", "on", "between", "when", "while", "so",   "already", "until"};
  constexpr std::array<std::string_view, 22> kGrowthWords = {
      "from",   "to",      "by",         "up",       "rose",      "risen",    "rise",   "rising",
      "grew",   "grown",   "grow",       "growing",  "increased", "increase", "jumped", "soared",
      "surged", "climbed", "multiplied", "expanded", "ballooned", "swelled"};
  for (detail::Found& f : found) {
    Quantity& q = f.claim.quantity;
    if (q.kind != QuantityKind::kMultiplier ||
        !lower.substr(f.span.begin, f.span.size()).ends_with(" times"))
      continue;
    std::size_t next = f.span.end;
    while (next < lower.size() && is_space(lower[next]))
      ++next;
    bool const ends = next >= lower.size() ||
                      std::string_view(",.;:)\n").find(lower[next]) != std::string_view::npos;
    if (!ends && !token_is_one_of(word_at(lower, next), kOccasionWords))
      continue;
    // "nine times out of ten" is a share; "so" as in "so far" only.
    if (word_at(lower, next) == "so" && lower.substr(next, 6) != "so far")
      continue;
    auto before = previous_token(lower, 0, f.span.begin);
    if (before && token_is_one_of(lower.substr(before->begin, before->size()), kGrowthWords))
      continue;
    q.kind = QuantityKind::kCount;
    q.unit = "times";
  }
  // "spilled between 10 and 60 times": the grammar, reading "60 times" as a
  // multiple, could not join it to the 10; as counts of occasions they are one range.
  for (std::size_t i = 1; i < found.size(); ++i) {
    detail::Found& first = found[i - 1];
    detail::Found& second = found[i];
    Quantity const& a = first.claim.quantity;
    Quantity const& b = second.claim.quantity;
    if (b.kind != QuantityKind::kCount || b.unit != "times" || a.kind != QuantityKind::kCount ||
        !a.unit.empty() || !a.per.empty() || !a.scale.empty() || a.vague ||
        a.hedge != Hedge::kExact || b.hedge != Hedge::kExact || !(a.value < b.value) ||
        first.sentence != second.sentence || first.claim.change || second.claim.change ||
        first.pair >= 0 || second.pair >= 0 ||
        lower.substr(first.span.end, second.span.begin - first.span.end) != " and ")
      continue;
    auto before = previous_token(lower, 0, first.span.begin);
    if (!before || lower.substr(before->begin, before->size()) != "between")
      continue;
    first.claim.quantity = range_between(a, b);
    first.span = {before->begin, second.span.end};
    second.drop = true;
  }
}

// "110 per 10,000, compared with 52 in London", "28% against 25 a year
// earlier", "94 per 10,000, well above the England average of 70", "70 per
// 10,000, and in Wales 115", "115 per 10,000, and England 70": a bare number
// compared with a rate or share, or set beside one for another place, is one too.
void share_compared_units(std::string_view text, std::string_view lower,
                          std::vector<detail::Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    detail::Found const& stated = found[i - 1];
    detail::Found& bare = found[i];
    Quantity const& unit = stated.claim.quantity;
    Quantity& q = bare.claim.quantity;
    // "24% below the peak of 1.3 million": a count with a scale is a count.
    if (stated.sentence != bare.sentence || q.kind != QuantityKind::kCount || !q.unit.empty() ||
        !q.per.empty() || q.vague || !q.scale.empty() ||
        (unit.kind != QuantityKind::kRate && unit.kind != QuantityKind::kPercent))
      continue;
    std::string_view const gap = lower.substr(stated.span.end, bare.span.begin - stated.span.end);
    if (gap.size() > 96 || gap.find_first_of(";:.") != std::string_view::npos)
      continue;
    detail::Tie const tie = detail::tie_between(gap, text.substr(stated.span.end, gap.size()));
    if (tie != detail::Tie::kComparison && tie != detail::Tie::kParallel)
      continue;
    q.kind = unit.kind;
    q.unit = unit.unit;
    q.per = unit.per;
    bare.claim.confidence = stated.claim.confidence;
  }
}

// "19 days, up from 11", "from 74 days to 51": the bare end of a change
// counts in the unit of the figure it moved from or to.
void share_units_of_a_change(std::string_view lower, std::vector<detail::Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    Quantity const& stated = found[i - 1].claim.quantity;
    Quantity& q = found[i].claim.quantity;
    if (found[i - 1].sentence != found[i].sentence || stated.kind != QuantityKind::kCount ||
        stated.unit.empty() || q.kind != QuantityKind::kCount || !q.unit.empty() ||
        !q.per.empty() || q.vague || !q.scale.empty() || !stated.scale.empty())
      continue;
    std::string_view const gap =
        lower.substr(found[i - 1].span.end, found[i].span.begin - found[i - 1].span.end);
    std::size_t b = found[i - 1].span.begin;
    while (b > 0 && lower[b - 1] == ' ')
      --b;
    bool const after_from = b >= 4 && lower.substr(b - 4, 4) == "from";
    if (gap != ", up from " && gap != ", down from " && gap != " up from " &&
        gap != " down from " && !(after_from && gap == " to "))
      continue;
    q.unit = stated.unit;
  }
}

// "£2,035 a month, more than three times the £650 paid in the North East",
// "£4,100 a week, compared with £2,900": a sum compared with one paid per
// period is paid per that period too.
void share_compared_periods(std::string_view text, std::string_view lower,
                            std::vector<detail::Found>& found) {
  for (std::size_t i = 1; i < found.size(); ++i) {
    Quantity& q = found[i].claim.quantity;
    if (q.kind != QuantityKind::kMoney || !q.per.empty())
      continue;
    std::size_t k = i - 1;
    bool through_multiple = false;
    Quantity const& previous = found[k].claim.quantity;
    if (previous.kind == QuantityKind::kMultiplier && k > 0 &&
        found[k].sentence == found[i].sentence) {
      std::string_view const to_bare =
          lower.substr(found[k].span.end, found[i].span.begin - found[k].span.end);
      if (to_bare != " the " && to_bare != " that of ")
        continue;
      through_multiple = true;
      --k;
    }
    Quantity const& stated = found[k].claim.quantity;
    if (found[k].sentence != found[i].sentence || stated.kind != QuantityKind::kMoney ||
        stated.per.empty() || stated.unit != q.unit)
      continue;
    std::size_t const gap_end = through_multiple ? found[k + 1].span.begin : found[i].span.begin;
    std::string_view const gap = lower.substr(found[k].span.end, gap_end - found[k].span.end);
    if (gap.size() > 64 || gap.find_first_of(";:.") != std::string_view::npos)
      continue;
    bool const compared =
        through_multiple
            ? gap.find_first_not_of(" ,") == std::string_view::npos ||
                  ends_with_word(gap, "than") || ends_with_word(gap, "about") ||
                  ends_with_word(gap, "nearly") || ends_with_word(gap, "almost") ||
                  ends_with_word(gap, "roughly") || ends_with_word(gap, "over")
            : [&] {
                detail::Tie const tie =
                    detail::tie_between(gap, text.substr(found[k].span.end, gap.size()));
                return tie == detail::Tie::kComparison || tie == detail::Tie::kParallel;
              }();
    if (compared)
      q.per = stated.per;
  }
}

// "The rate per 10,000 children rose from 58 to 67": bare numbers after a
// rate's denominator named on its own are rates of it.
void rates_of_a_named_denominator(std::string_view lower, std::vector<Span> const& sentences,
                                  std::vector<detail::Found>& found) {
  for (detail::Found& f : found) {
    Quantity& q = f.claim.quantity;
    if (q.kind != QuantityKind::kCount || !q.unit.empty() || !q.per.empty() || q.vague)
      continue;
    Span const sentence = sentences[f.sentence];
    std::string_view const before = lower.substr(sentence.begin, f.span.begin - sentence.begin);
    std::size_t const rate = before.rfind("rate per ");
    if (rate == std::string_view::npos || (rate > 0 && is_alpha(before[rate - 1])))
      continue;
    std::size_t i = rate + 9;
    std::string per;
    while (i < before.size() && (is_digit(before[i]) || before[i] == ',')) {
      if (before[i] != ',')
        per += before[i];
      ++i;
    }
    if (per.empty())
      continue;
    q.kind = QuantityKind::kRate;
    q.per = per;
    q.unit = "per " + per;
    f.claim.confidence = std::max(f.claim.confidence, 0.9);
  }
}

// "each one", "every one of the findings", "no one", "a one-off payment": the
// word "one" as a pronoun or in a compound is no figure.
void drop_pronoun_ones(std::string_view lower, std::vector<detail::Found>& found) {
  constexpr std::array<std::string_view, 8> kBefore = {"each", "every", "no",  "any",
                                                       "this", "that",  "the", "which"};
  for (detail::Found& f : found) {
    // "one or two people": a few, not a range anyone counted; "in two
    // minds", "on cloud nine", "at sixes and sevens": ways of speaking.
    if (lower.substr(f.span.begin, f.span.size()) == "one or two") {
      f.drop = true;
      continue;
    }
    static constexpr std::string_view kIdioms[] = {"in two minds", "on cloud nine",
                                                   "at sixes and sevens", "in seventh heaven",
                                                   "dressed to the nines"};
    // Where the figure's words stand in an idiom, the idiom must stand around them.
    std::string_view const figure = lower.substr(f.span.begin, f.span.size());
    bool const idiom_figure =
        std::any_of(std::begin(kIdioms), std::end(kIdioms), [&](std::string_view idiom) {
          std::size_t const at = idiom.find(figure);
          return at != std::string_view::npos && at <= f.span.begin &&
                 lower.substr(f.span.begin - at, idiom.size()) == idiom;
        });
    if (idiom_figure) {
      f.drop = true;
      continue;
    }
    if (lower.substr(f.span.begin, f.span.size()) != "one")
      continue;
    auto before = previous_token(lower, 0, f.span.begin);
    bool const pronoun =
        before && token_is_one_of(lower.substr(before->begin, before->size()), kBefore);
    // "a one-off payment", "a one-bed flat": a compound word, not a figure
    // ("a one-yen bid" is a sum).
    bool compound = false;
    for (std::string_view tail : {"-off", "-bed", "-stop", "-way", "-sided", "-size", "-to-one",
                                  "-parent", "-party", "-man", "-woman", "-time"}) {
      std::string_view const next = lower.substr(f.span.end, tail.size() + 1);
      compound = compound ||
                 (next.starts_with(tail) && (next.size() == tail.size() || !is_alpha(next.back())));
    }
    // "one of the most", "one of them", "one who is": one of a group.
    std::string_view const after = lower.substr(f.span.end, 9);
    bool const member = after.starts_with(" of the ") || after.starts_with(" of them") ||
                        after.starts_with(" of those") || after.starts_with(" of us") ||
                        after.starts_with(" who ") || after.starts_with(" that ");
    // "One 14-year-old boy was moved": one person, described by age; "in one go".
    std::size_t digits = f.span.end + 1;
    while (digits < lower.size() && is_digit(lower[digits]))
      ++digits;
    bool const one_person = digits > f.span.end + 1 && lower[f.span.end] == ' ' &&
                            lower.substr(digits).starts_with("-year-old");
    // "in one go", "one village at a time": ways of speaking.
    std::size_t const next_end = f.span.end + 1 + word_at(lower, f.span.end).size();
    bool const idiom = (after.starts_with(" go") && (after.size() == 3 || !is_alpha(after[3])) &&
                        before && lower.substr(before->begin, before->size()) == "in") ||
                       (next_end <= lower.size() && lower.substr(next_end, 10) == " at a time");
    if (pronoun || compound || member || one_person || idiom)
      f.drop = true;
  }
}

// "I am 46 now", "when I was 24", "a child of two who waits", "30 years
// old", "as young as 12": a person's age is no statistic. ("A mother of
// three" counts children, so only words for the person themself open one.)
void drop_personal_ages(std::string_view text, std::string_view lower,
                        std::vector<detail::Found>& found) {
  // "She'll be 22 by the time she gives evidence."
  constexpr std::array<std::string_view, 12> kPronouns = {"i",      "he",    "she",     "we",
                                                          "they",   "you",   "i'll",    "he'll",
                                                          "she'll", "we'll", "they'll", "you'll"};
  constexpr std::array<std::string_view, 6> kBe = {"am", "is", "was", "were", "are", "be"};
  constexpr std::array<std::string_view, 5> kContracted = {"i'm", "he's", "she's", "we're",
                                                           "they're"};
  // "The complainant was 16 then."
  constexpr std::array<std::string_view, 16> kPersons = {
      "child",   "boy",       "girl",     "baby",   "son",         "daughter",
      "man",     "woman",     "teenager", "victim", "complainant", "defendant",
      "accused", "youngster", "toddler",  "suspect"};
  // What may follow an age: "a child of two who waits", "I was 24.", "was 16
  // then", "be 22 by the time".
  constexpr std::array<std::string_view, 13> kAfterAge = {
      "who", "and", "was", "is", "were", "are", "has", "had", "with", "now", "when", "then", "by"};
  auto word = [&](std::optional<Token> t) {
    if (!t)
      return std::string_view();
    std::string_view w = without_opening_marks(lower.substr(t->begin, t->end - t->begin));
    while (!w.empty() && !is_alpha(w.back()))
      w.remove_suffix(1);
    return w;
  };
  constexpr std::array<std::string_view, 9> kHonorifics = {"mr",  "mrs",  "ms",   "miss", "dr",
                                                           "sir", "dame", "lady", "lord"};
  constexpr std::array<std::string_view, 10> kGroups = {
      "child", "children", "anyone", "people", "those", "pupils", "kids", "boys", "girls", "one"};
  auto capitalised = [&](std::optional<Token> t) {
    return t && text[t->begin] >= 'A' && text[t->begin] <= 'Z';
  };
  for (detail::Found& f : found) {
    Quantity const& q = f.claim.quantity;
    bool const years = q.unit == "year";
    if (q.kind != QuantityKind::kCount || (!q.unit.empty() && !years) || !q.scale.empty() ||
        q.value <= 0 || q.value > 120 || q.value != static_cast<long>(q.value))
      continue;
    // "no child under 18 should be placed", "children over five": a group by age.
    if (q.hedge == Hedge::kLessThan || q.hedge == Hedge::kMoreThan) {
      auto const t = previous_token(lower, 0, f.span.begin);
      std::string_view const figure = lower.substr(f.span.begin, f.span.size());
      if (!years && (figure.starts_with("under ") || figure.starts_with("over ")) &&
          token_is_one_of(word(t), kGroups))
        f.drop = true;
    }
    // A hedged age ("more than thirty years old") bounds a group's ages: kept.
    if (q.hedge != Hedge::kExact)
      continue;
    std::string_view const after = lower.substr(f.span.end, 16);
    if (years) {
      if (after.starts_with(" old") || after.starts_with(" of age"))
        f.drop = true;
      continue;
    }
    auto const t1 = previous_token(lower, 0, f.span.begin);
    auto const t2 = t1 ? previous_token(lower, 0, t1->begin) : std::nullopt;
    std::string_view const w1 = word(t1), w2 = word(t2);
    std::string_view const following = word_at(lower, f.span.end);
    bool const ends_phrase = following.empty() || token_is_one_of(following, kAfterAge) ||
                             lower.substr(f.span.end, 10).starts_with(" years old");
    constexpr std::array<std::string_view, 27> kRelatives = {
        "dad",       "mum",      "mother",      "father",      "son",      "daughter",
        "husband",   "wife",     "partner",     "gran",        "nan",      "grandad",
        "brother",   "sister",   "grandmother", "grandfather", "uncle",    "aunt",
        "auntie",    "cousin",   "nephew",      "niece",       "grandson", "granddaughter",
        "neighbour", "neighbor", "friend"};
    // "I am 46", "My son is 15".
    bool const stated_age = (token_is_one_of(w1, kBe) &&
                             (token_is_one_of(w2, kPronouns) || token_is_one_of(w2, kRelatives) ||
                              token_is_one_of(w2, kPersons))) ||
                            token_is_one_of(w1, kContracted);
    bool const person_of = w1 == "of" && token_is_one_of(w2, kPersons);
    bool const as_young_as = w1 == "as" && (w2 == "young" || w2 == "old");
    bool const age_of = w1 == "of" && w2 == "age";  // "by the age of 19"
    // "Mr Oduya, 41, said", "Jane Smith, 41, who", "My dad, 81, has": a name
    // or a relative set apart by commas, or closed by a dash or a bracket
    // ("a girl, 9, and her brother, 4 - 'just for the weekend'").
    std::string_view const closing = lower.substr(f.span.end, 2);
    // '…," said spokesman Daniel Okoro, 36.': a speaker's name and age end
    // the sentence.
    bool const speaker_age_ends =
        closing.starts_with(".") && capitalised(t1) && capitalised(t2) && [&] {
          std::size_t const from = t2->begin > 48 ? t2->begin - 48 : 0;
          std::string_view const before_name = lower.substr(from, t2->begin - from);
          return before_name.find("said ") != std::string_view::npos ||
                 before_name.find("says ") != std::string_view::npos;
        }();
    bool const set_apart = t1 && lower[t1->end - 1] == ',' &&
                           (closing.starts_with(",") || closing.starts_with(")") ||
                            closing == " -" || speaker_age_ends);
    // "Jordan, 20, left care at 18": a first name alone, opening its sentence.
    auto opens_sentence = [&](std::optional<Token> t) {
      std::size_t b = t->begin;
      while (b > 0 && (lower[b - 1] == ' ' || lower[b - 1] == '"'))
        --b;
      return b == 0 || lower[b - 1] == '.' || lower[b - 1] == '\n' || lower[b - 1] == '!' ||
             lower[b - 1] == '?';
    };
    // ("England, 70, and Wales, 115" lists figures by place.)
    constexpr std::array<std::string_view, 6> kListGoesOn = {"and",     "or",       "while",
                                                             "against", "compared", "but"};
    bool const lone_name =
        t1 && opens_sentence(t1) &&
        !token_is_one_of(word_at(lower, std::min(f.span.end + 1, lower.size())), kListGoesOn);
    // "Jan de Vries, 34, had locked", "his grandson, Rhys, 17, drove": after
    // a name, the sentence going on in lower case past the closing comma.
    std::size_t const on = f.span.end + 2;
    bool const goes_on = t2 && closing == ", " && on < text.size() && text[on] >= 'a' &&
                         text[on] <= 'z' && !token_is_one_of(word_at(lower, on), kListGoesOn);
    // "the manager, 46, admitted", "the mayor, 52, said": a role.
    constexpr std::array<std::string_view, 24> kRoles = {
        "manager",    "director",    "chairman", "chairwoman", "owner",       "founder",
        "mayor",      "coach",       "captain",  "spokesman",  "spokeswoman", "executive",
        "principal",  "headteacher", "teacher",  "nurse",      "doctor",      "driver",
        "councillor", "minister",    "resident", "pensioner",  "farmer",      "victim"};
    bool const named =
        set_apart && ((capitalised(t1) && (capitalised(t2) || token_is_one_of(w2, kHonorifics) ||
                                           lone_name || goes_on)) ||
                      token_is_one_of(w1, kRelatives) || token_is_one_of(w1, kPersons) ||
                      token_is_one_of(w1, kRoles));
    // "by the time they turn 21": the age a group reaches.
    constexpr std::array<std::string_view, 4> kTurns = {"turn", "turns", "turned", "turning"};
    bool const turns = token_is_one_of(w1, kTurns) && ends_phrase;
    // "a 16-year-old pupil", "16-year-olds": an age that describes people.
    bool const age_of_people = after.starts_with("-year-old") || after.starts_with(" year old") ||
                               after.starts_with("-year old");
    if (((stated_age || person_of || as_young_as) && ends_phrase) || age_of || named ||
        age_of_people || turns)
      f.drop = true;
  }
}

bool is_currency_word(std::string_view word) {
  std::vector<std::string> const& names = grammar::currency_words();
  return std::find(names.begin(), names.end(), word) != names.end();
}

// Numbers that name things: an index or a service after its capitalised
// name ("the S&P 500", "the FTSE 100", "BBC 2"), a school year ("Year 6"), a
// house number ("45 Church Road"), a speed that names a road ("20mph
// roads"). Only a bare whole number, and not in a line written all in
// capitals, where every word looks like a name.
void drop_labels(std::string_view text, std::string_view lower, std::vector<Span> const& sentences,
                 std::vector<detail::Found>& found) {
  constexpr std::array<std::string_view, 20> kStreets = {
      "road",  "street", "lane",     "avenue",  "way",     "place", "square",
      "close", "drive",  "crescent", "terrace", "gardens", "court", "row",
      "hill",  "park",   "grove",    "walk",    "parade",  "mews"};
  auto has_lowercase = [&](Span s) {
    return std::any_of(text.begin() + static_cast<std::ptrdiff_t>(s.begin),
                       text.begin() + static_cast<std::ptrdiff_t>(s.end),
                       [](char c) { return c >= 'a' && c <= 'z'; });
  };
  for (detail::Found& f : found) {
    Quantity const& q = f.claim.quantity;
    std::string_view const figure = lower.substr(f.span.begin, f.span.size());
    // "version 2.1" (not "version two", which is said, not a label).
    if (auto const before = previous_token(lower, 0, f.span.begin);
        before && lower.substr(before->begin, before->size()) == "version" &&
        figure.find_first_not_of("0123456789.") == std::string_view::npos) {
      f.drop = true;
      continue;
    }
    // "148 casualties on 20mph roads", "a 30mph limit": a speed that names a
    // kind of road or limit, not a speed anyone went.
    if (q.unit == "mph" || q.unit == "km/h" || q.unit == "kph") {
      constexpr std::array<std::string_view, 12> kSpeedNamed = {
          "road", "roads", "limit", "limits", "zone",    "zones",
          "area", "areas", "speed", "street", "streets", "default"};
      std::string_view const next = word_at(lower, f.span.end);
      if (!next.empty() && token_is_one_of(next, kSpeedNamed))
        f.drop = true;
      continue;
    }
    if (q.kind != QuantityKind::kCount || !q.unit.empty() || !q.scale.empty() ||
        q.hedge != Hedge::kExact)
      continue;
    Span const sentence = sentences[f.sentence];
    auto const before = previous_token(lower, sentence.begin, f.span.begin);
    // "a 19-hour outage", "the 24-hour pharmacy", "Two-year trial of free
    // travel": a figure joined to a singular noun describes the noun after
    // it, after a determiner or opening its line; it counts nothing. So does
    // a number of one or two digits anywhere: "hives use 8-frame boxes",
    // "demand for 3-bedroom homes".
    if (f.span.end + 1 < lower.size() && lower[f.span.end] == '-' &&
        is_alpha(lower[f.span.end + 1])) {
      constexpr std::array<std::string_view, 15> kDeterminers = {
          "a",   "an",  "the", "this", "that", "his",   "her",    "their",
          "its", "our", "my",  "your", "each", "every", "another"};
      // Joined words that make the figure a measure of its own: "a 10-fold
      // rise", "a 3-point lead", "a 1-in-4 chance", "a 5-percent cut".
      constexpr std::array<std::string_view, 10> kMeasures = {
          "fold", "point", "points", "percent", "per", "in", "of", "out", "to", "times"};
      std::size_t j = f.span.end + 1;
      while (j < lower.size() && is_alpha(lower[j]))
        ++j;
      std::string_view const joined = lower.substr(f.span.end + 1, j - f.span.end - 1);
      bool const noun_follows = j + 1 < lower.size() && lower[j] == ' ' && is_alpha(lower[j + 1]);
      std::string_view const lead = lower.substr(sentence.begin, f.span.begin - sentence.begin);
      bool const opens_line = lead.find_first_not_of(" \t-*•") == std::string_view::npos;
      bool const small =
          f.span.size() <= 2 && figure.find_first_not_of("0123456789") == std::string_view::npos;
      if ((opens_line || small ||
           (before &&
            token_is_one_of(lower.substr(before->begin, before->size()), kDeterminers))) &&
          noun_follows && !joined.ends_with('s') && !token_is_one_of(joined, kMeasures) &&
          !is_currency_word(joined)) {  // "a one-yen bid" is a sum
        f.drop = true;
        continue;
      }
    }
    if (figure.find_first_not_of("0123456789") != std::string_view::npos)
      continue;
    if (before && has_lowercase(sentence)) {
      std::string_view name = text.substr(before->begin, before->size());
      // "tower KL-47", "a Zentra GX-4200": letters hyphened to the digits
      // make one code with them.
      if (before->end == f.span.begin && name.size() >= 3 && name.back() == '-')
        name.remove_suffix(1);
      bool const acronym = name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) {
                             return (c >= 'A' && c <= 'Z') || c == '&';
                           });
      bool const school_year = name == "Year" && q.value <= 13;
      if (acronym || school_year) {
        f.drop = true;
        continue;
      }
    }
    // "45 Church Road": a capitalised word, then a kind of street.
    std::size_t i = f.span.end;
    if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] >= 'A' && text[i + 1] <= 'Z') {
      std::size_t j = i + 1;
      while (j < text.size() && is_alpha(lower[j]))
        ++j;
      std::size_t k = j + 1;
      while (k < text.size() && is_alpha(lower[k]))
        ++k;
      if (j < text.size() && text[j] == ' ' && k > j + 1 && text[j + 1] >= 'A' &&
          text[j + 1] <= 'Z' && token_is_one_of(lower.substr(j + 1, k - j - 1), kStreets))
        f.drop = true;
    }
  }
}

// "Five years ago", "two years earlier": a length of time that places a
// figure in time is no claim of its own.
// "at two or three in the morning", "until about seven,": an hour of the
// clock, no count. A bare whole number up to 12 is an hour before "in the
// morning" (afternoon, evening) or "at night", or after "until" or "till"
// when the clause ends with it.
void drop_clock_times(std::string_view lower, std::vector<detail::Found>& found) {
  static re2::RE2 const kUntil(R"((?:^|\s)(?:until|till|til)(?: about| around| roughly)?\s*$)");
  for (detail::Found& f : found) {
    Quantity const& q = f.claim.quantity;
    if ((q.kind != QuantityKind::kCount && q.kind != QuantityKind::kRange) || !q.unit.empty() ||
        !q.scale.empty() || q.high > 12 || q.low < 1 ||
        (q.kind == QuantityKind::kCount && q.value != std::floor(q.value)))
      continue;
    std::string_view const after = lower.substr(f.span.end, 40);
    if (after.starts_with(" o'clock")) {
      f.drop = true;
      continue;
    }
    // "… in the morning shift" counts the shift's staff.
    static re2::RE2 const kPartOfDay(
        R"(^ (?:in the (?:morning|afternoon|evening)|at night)(?:$|[^a-z ]| (?:with|and|when|to|on|at|before|after|until|because|so|but|or|every|each)\b))");
    if (re2::RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kPartOfDay)) {
      f.drop = true;
      continue;
    }
    std::size_t const from = f.span.begin >= 24 ? f.span.begin - 24 : 0;
    std::string_view const before = lower.substr(from, f.span.begin - from);
    bool const clause_ends = after.empty() || after[0] == ',' || after[0] == '.' ||
                             after[0] == ';' || after[0] == '"' || after[0] == '!';
    if (clause_ends &&
        re2::RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kUntil))
      f.drop = true;
  }
}

void drop_time_anchors(std::string_view lower, std::vector<detail::Found>& found) {
  for (std::size_t k = 0; k < found.size(); ++k) {
    detail::Found& f = found[k];
    Quantity const& q = f.claim.quantity;
    if (q.kind != QuantityKind::kCount || !grammar::is_length_of_time(q))
      continue;
    // "4.1% in the 52 weeks to 2 March", "£2bn over the three years": the
    // stretch a figure before it is measured in or spread over. ("She waited
    // over two years" is how long she waited; "earn $10000 in 3 years" is
    // read as two figures, as number recognisers read it.)
    if (k > 0 && !found[k - 1].drop && found[k - 1].sentence == f.sentence &&
        found[k - 1].span.end <= f.span.begin &&
        !grammar::is_length_of_time(found[k - 1].claim.quantity)) {
      std::string_view const gap =
          lower.substr(found[k - 1].span.end, f.span.begin - found[k - 1].span.end);
      bool const window = gap == " in the " || gap == " across the " || gap == " over the " ||
                          gap == " during the ";
      if (window) {
        f.drop = true;
        continue;
      }
    }
    // "in the first six months of the scheme": a stretch that frames a claim.
    if (auto const t1 = previous_token(lower, 0, f.span.begin)) {
      auto const t2 = previous_token(lower, 0, t1->begin);
      std::string_view const w1 = lower.substr(t1->begin, t1->size());
      std::string_view const w2 = t2 ? lower.substr(t2->begin, t2->size()) : std::string_view();
      if ((w1 == "first" || w1 == "final" || w1 == "opening") && w2 == "the") {
        f.drop = true;
        continue;
      }
    }
    // "within six months", "the highest in 22 years", "the largest cut in at
    // least 40 years", "for the second time in four years": a deadline or
    // the stretch a superlative reaches over frames a claim, it is none.
    std::size_t b = f.span.begin;
    while (b > 0 && is_space(lower[b - 1]))
      --b;
    std::string_view const before = lower.substr(b >= 48 ? b - 48 : 0, b >= 48 ? 48 : b);
    if (ends_with_word(before, "within") ||
        re2::RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kFramedWindow)) {
      f.drop = true;
      continue;
    }
    // "in the last 10 years", "over the three years to 2020", "in the three
    // months to January": the length of the period a claim is scoped to,
    // which the context records as its period.
    // "in the previous 12 months", "over the next five years": a stretch
    // counted from another period is a period too.
    if (auto const before = previous_token(lower, 0, f.span.begin);
        before && token_is_one_of(lower.substr(before->begin, before->size()),
                                  std::array<std::string_view, 5>{"previous", "preceding", "next",
                                                                  "coming", "following"})) {
      f.drop = true;
      continue;
    }
    std::size_t start = f.span.begin;
    for (int back = 0; back < 3 && !f.drop; ++back) {
      std::optional<Token> const word = previous_token(lower, 0, start);
      if (!word || !is_alpha(lower[word->begin]))
        break;
      start = word->begin;
      std::optional<grammar::TimeExpression> const time = grammar::parse_time(lower.substr(start));
      f.drop =
          time &&
          (time->role == grammar::TimeRole::kUntil || time->role == grammar::TimeRole::kRelative) &&
          start + time->consumed >= f.span.end;
    }
    if (f.drop)
      continue;
    if (q.hedge != Hedge::kExact)
      continue;
    std::string_view const after = lower.substr(f.span.end, 12);
    // "before" and "later" anchor only when nothing follows them: "two years
    // before." is a time, "26 weeks before a decision" a length.
    for (std::string_view anchor : {" ago", " earlier", " previously", " before", " later"}) {
      if (!after.starts_with(anchor) ||
          (after.size() > anchor.size() && is_alpha(after[anchor.size()])))
        continue;
      bool const closed =
          after.size() == anchor.size() ||
          std::string_view(",.;)").find(after[anchor.size()]) != std::string_view::npos;
      // "Two years later there were …" places; "26 weeks later than planned" is a length.
      bool const later = anchor == " later" && !after.substr(anchor.size()).starts_with(" than");
      if (anchor == " ago" || anchor == " earlier" || anchor == " previously" || later || closed)
        f.drop = true;
    }
  }
}

// "110 children in every 10,000", "42 in every 1,000 pupils": a count out of a
// round base is a rate per that base, and the base is no claim of its own.
void rates_in_every_round_base(std::string_view lower, std::vector<detail::Found>& found) {
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    detail::Found& count = found[i];
    detail::Found& base = found[i + 1];
    Quantity& q = count.claim.quantity;
    Quantity const& b = base.claim.quantity;
    bool const round = b.value == 100 || b.value == 1000 || b.value == 10000 || b.value == 100000;
    if (count.sentence != base.sentence || q.kind != QuantityKind::kCount || !q.unit.empty() ||
        !q.per.empty() || q.vague || b.kind != QuantityKind::kCount || !b.unit.empty() || !round ||
        base.pair >= 0 || count.pair >= 0)
      continue;
    std::string_view gap = lower.substr(count.span.end, base.span.begin - count.span.end);
    while (!gap.empty() && is_space(gap.back()))
      gap.remove_suffix(1);
    if (!gap.ends_with(" in every") || gap.size() > 40 ||
        gap.find_first_of(",;:.()") != std::string_view::npos)
      continue;
    std::string const per = std::to_string(static_cast<long>(b.value));
    q.kind = QuantityKind::kRate;
    q.per = per;
    q.unit = "per " + per;
    count.claim.confidence = std::max(count.claim.confidence, 0.9);
    base.drop = true;
  }
}

// Takes out the figures marked `drop`, keeping every pair's index pointing at
// its figure (a pair with a dropped figure is no pair).
void erase_dropped(std::vector<detail::Found>& found) {
  std::vector<int> new_index(found.size(), -1);
  int kept = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!found[i].drop)
      new_index[i] = kept++;
  }
  if (kept == static_cast<int>(found.size()))
    return;
  std::erase_if(found, [](detail::Found const& f) { return f.drop; });
  for (detail::Found& f : found) {
    if (f.pair >= 0)
      f.pair = new_index[static_cast<std::size_t>(f.pair)];
  }
}

// "for every £1 spent on prevention, £4 is spent on crisis work": the second
// sum is a ratio to the first (4:1), so it carries numerator and denominator.
void pair_for_every(std::string_view lower, std::vector<detail::Found>& found) {
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    detail::Found const& per = found[i];
    detail::Found& then = found[i + 1];
    Quantity const& base = per.claim.quantity;
    if (per.sentence != then.sentence || base.kind != then.claim.quantity.kind ||
        base.unit != then.claim.quantity.unit || base.value <= 0) {
      continue;
    }
    std::size_t b = per.span.begin;
    while (b > 0 && is_space(lower[b - 1]))
      --b;
    auto ends_with = [&](std::string_view word) {
      return b >= word.size() && lower.substr(b - word.size(), word.size()) == word &&
             (b == word.size() || !is_alpha(lower[b - word.size() - 1]));
    };
    if (!ends_with("for every") && !ends_with("for each"))
      continue;
    // The second figure answers within the same clause pair: no full stop between.
    std::string_view gap = lower.substr(per.span.end, then.span.begin - per.span.end);
    if (gap.size() > 120 || gap.find_first_of(".;") != std::string_view::npos)
      continue;
    then.claim.quantity.numerator = then.claim.quantity.value;
    then.claim.quantity.denominator = base.value;
  }
}

double confidence_of(Quantity const& q) {
  if (q.vague)
    return 0.2;  // "a few", "a couple of": not a figure anyone can check
  if (q.kind == QuantityKind::kCount && q.words && q.value == 1 &&
      q.hedge == grammar::Hedge::kExact) {
    return 0.2;  // "one" is more often a pronoun than a figure
  }
  if (q.kind == QuantityKind::kCount)
    return 0.7;
  return 0.9;
}

}  // namespace

std::string_view to_string(Section section) {
  switch (section) {
    case Section::kBody:
      return "body";
    case Section::kQuote:
      return "quote";
    case Section::kComment:
      return "comment";
  }
  return "body";
}

namespace {
std::shared_ptr<detail::ContextModel const> without_lexicon() {
  static auto const model = detail::ContextModel::compile(corpus::Lexicon{});
  return model.ok() ? model.value() : nullptr;
}
}  // namespace

Extractor::Extractor()
    : finder_(std::make_unique<CandidateFinder>()), context_(without_lexicon()) {}

Result<Extractor> Extractor::with_lexicon(corpus::Lexicon const& lexicon) {
  auto model = detail::ContextModel::compile(lexicon);
  if (!model.ok())
    return model.status();
  Extractor extractor;
  extractor.context_ = model.value();
  return extractor;
}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

std::vector<Claim> Extractor::extract(corpus::Document const& document) const {
  std::vector<detail::Found> found;
  NormalizedText const norm = normalize(document.text);
  std::string_view const text = norm.text;
  std::string_view const lower = norm.lower;
  std::vector<std::size_t> const triggers = finder_->triggers(lower);
  std::vector<Span> const sentences = segment_sentences(text, triggers);
  (void)text;

  std::size_t sentence_index = 0;
  auto emit = [&](Span normalized_span, Quantity quantity) {
    // "212 Ml/d", "300 ML": a capital M is mega. Lower-cased, the grammar
    // read millilitres; as million litres it compares with "221 million litres".
    if (quantity.unit == "ml" && quantity.scale.empty()) {
      std::string_view const written = text.substr(normalized_span.begin, normalized_span.size());
      std::size_t const unit_at = written.find_first_not_of("0123456789.,- ");
      std::string_view const unit =
          unit_at == std::string_view::npos ? std::string_view() : written.substr(unit_at, 2);
      if (unit == "Ml" || unit == "ML") {
        constexpr double kMega = 1e6;
        quantity.value *= kMega;
        quantity.low *= kMega;
        quantity.high *= kMega;
        quantity.range_low_value *= kMega;
        quantity.range_high_value *= kMega;
        quantity.unit = "litre";
        quantity.scale = "million";
      }
    }
    detail::Found f;
    f.claim.doc = document.id;
    f.claim.id = document.id + ":c" + std::to_string(found.size() + 1);
    f.claim.section =
        document.kind == corpus::DocumentKind::kComment ? Section::kComment : Section::kBody;
    f.claim.confidence = confidence_of(quantity);
    f.claim.quantity = std::move(quantity);
    f.span = normalized_span;
    // Context reads "referrals" after "41" as after any count; the claim's
    // text is the whole rate.
    if (f.claim.quantity.noun_begin) {
      f.shown_end = normalized_span.end;
      f.span.end = normalized_span.begin + *f.claim.quantity.noun_begin;
      while (f.span.end > f.span.begin && is_space(lower[f.span.end - 1]))
        --f.span.end;
    }
    f.sentence = sentence_index;
    found.push_back(std::move(f));
  };

  auto trigger = triggers.begin();
  for (; sentence_index < sentences.size(); ++sentence_index) {
    Span const sentence = sentences[sentence_index];
    std::size_t consumed_until = sentence.begin;
    for (; trigger != triggers.end() && *trigger < sentence.end; ++trigger) {
      std::size_t const t = *trigger;
      if (t < consumed_until)
        continue;
      if (is_digit(lower[t]) || lower[t] == '+') {
        if (auto excluded = finder_->excluded_at(lower, t)) {
          consumed_until = excluded->end;
          continue;
        }
      }
      // A number that is no figure takes its digit groups with it: the "000"
      // of "per 10,000" opens nothing either.
      if (!digit_trigger_is_figure(lower, sentence.begin, t) ||
          numbers_a_section(text, lower, sentence.begin, t)) {
        consumed_until = number_token_end(lower, t);
        continue;
      }
      auto reference = previous_token(lower, sentence.begin, t);
      // "Footnote [2]": a mark glued to the number is not the word before it.
      if (reference &&
          without_opening_marks(lower.substr(reference->begin, reference->size())).empty())
        reference = previous_token(lower, sentence.begin, reference->begin);
      std::string_view const reference_word =
          reference ? without_opening_marks(lower.substr(reference->begin, reference->size()))
                    : std::string_view();
      if (std::size_t const grid = reference && is_digit(lower[t])
                                       ? grid_reference_end(text, sentence, *reference, t)
                                       : 0) {
        consumed_until = grid;
        continue;
      }
      if (reference &&
          ((is_digit(lower[t]) && names_a_code_or_a_clock(lower, t, reference_word)) ||
           token_is_one_of(reference_word, kReferenceWords) ||
           token_is_one_of(without_opening_marks(text.substr(reference->begin, reference->size())),
                           kCapitalisedLabels) ||
           (is_digit(lower[t]) &&
            names_a_version_or_an_address(text, lower, sentence, *reference, t)) ||
           (is_digit(lower[t]) && names_a_label(text, lower, sentence, *reference, t)))) {
        consumed_until = number_token_end(lower, t);
        // "Runway 09/27": the slashed half is the same name's.
        while (consumed_until + 1 < sentence.end && lower[consumed_until] == '/' &&
               is_digit(lower[consumed_until + 1]))
          consumed_until = number_token_end(lower, consumed_until + 1);
        // "per 10,000 to 55" goes on to a figure; "pages 12 to 15" to a page.
        if (reference_word != "per")
          consumed_until = following_references_end(lower, consumed_until, sentence.end);
        continue;
      }
      if (is_alpha(lower[t]) && names_a_title(text, lower, sentence, t)) {
        consumed_until = t + word_at(lower, t).size();
        continue;
      }
      if (std::size_t time_end = time_expression_end(lower, consumed_until, t, sentence.end)) {
        consumed_until = time_end;
        continue;
      }
      // "in the first half", "the third quarter of 2025": a part of a year, a
      // season or a match, not a share of anything.
      if (std::string_view const part = word_at(lower, t);
          (part == "half" || part == "quarter") &&
          token_is_one_of(reference_word, kOrdinalsOfParts)) {
        consumed_until = t + part.size();
        continue;
      }

      for (std::size_t start : start_positions(lower, consumed_until, t)) {
        auto parse = grammar::parse_quantity(lower.substr(start, sentence.end - start));
        if (!parse.quantity || parse.begin != 0 || start + parse.consumed <= t)
          continue;
        Quantity& q = *parse.quantity;
        if (q.code_begin &&
            token_is_one_of(lower.substr(start + *q.code_begin, *q.code_end - *q.code_begin),
                            kCodesThatAreWords) &&
            !all_upper(text.substr(start + *q.code_begin, *q.code_end - *q.code_begin))) {
          continue;  // "all 70 of us" is not 70 Albanian lek
        }
        // "COP28", "TOP10": a code that is also a word, glued to a whole
        // number, is a name ("USD50", "CNY3" and "CAD3.03" are sums).
        if (q.code_begin && *q.code_end < parse.consumed && is_digit(lower[start + *q.code_end]) &&
            token_is_one_of(lower.substr(start + *q.code_begin, *q.code_end - *q.code_begin),
                            kCodesThatAreWords) &&
            lower.substr(start + *q.code_end, parse.consumed - *q.code_end)
                    .find_first_not_of("0123456789") == std::string_view::npos)
          continue;
        Span const span{start, start + parse.consumed};
        bool change_pair = false;
        if (q.kind == QuantityKind::kRange && q.from_to && parse.parts.size() == 2) {
          // "gone up from 60,000 to 71,000" is two figures and a change;
          // "range from two to over 1,600" is one spread.
          change_pair = true;
          std::size_t pos = start;
          for (int i = 0; i < 2; ++i) {
            auto word = previous_token(lower, sentence.begin, pos);
            if (!word)
              break;
            if (token_is_one_of(lower.substr(word->begin, word->size()), kRangeWords)) {
              change_pair = false;
            }
            pos = word->begin;
          }
        }
        if (change_pair) {
          for (auto& part : parse.parts) {
            emit({start + part.begin, start + part.end}, part.quantity);
          }
          found.back().pair = static_cast<int>(found.size() - 2);
          found.back().claim.change =
              change_between(parse.parts[0].quantity.value, parse.parts[1].quantity.value);
        } else {
          emit(span, std::move(q));
        }
        consumed_until = span.end;
        break;
      }
    }
  }

  std::size_t const emitted = found.size();
  // Units first, so that "42.8 per 10,000 (down from 43.7)" pairs two rates;
  // the base of "110 children in every 10,000" goes before "…, compared
  // with 55 in London" reads its neighbour.
  rates_in_every_round_base(lower, found);
  erase_dropped(found);
  share_compared_units(text, lower, found);
  share_units_of_a_change(lower, found);
  share_compared_periods(text, lower, found);
  pair_split_changes(lower, found);
  pair_changes_from_after(lower, found);
  pair_changes_from_sentence_before(lower, sentences, found);
  merge_bare_ranges(lower, found);
  drop_time_anchors(lower, found);
  drop_clock_times(lower, found);
  drop_pronoun_ones(lower, found);
  drop_personal_ages(text, lower, found);
  drop_labels(text, lower, sentences, found);
  // Gone before the passes that read neighbours.
  erase_dropped(found);
  rates_of_a_named_denominator(lower, sentences, found);
  pair_for_every(lower, found);
  unhedge_spread_periods(lower, found);
  count_occurrences(lower, found);
  erase_dropped(found);  // the second ends of ranges of occasions
  if (context_)
    context_->attach(document, norm, sentences, found, explain_);
  erase_dropped(found);  // the ages context found ("aged 16 or over")
  if (found.size() != emitted) {
    for (std::size_t i = 0; i < found.size(); ++i)
      found[i].claim.id = document.id + ":c" + std::to_string(i + 1);
  }

  std::vector<Claim> claims;
  claims.reserve(found.size());
  for (detail::Found& f : found) {
    Claim& claim = f.claim;
    claim.span = norm.map.to_original({f.span.begin, std::max(f.span.end, f.shown_end)});
    claim.text = document.text.substr(claim.span.begin, claim.span.size());
    claim.sentence_span = norm.map.to_original(sentences[f.sentence]);
    claim.sentence = document.text.substr(claim.sentence_span.begin, claim.sentence_span.size());
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace claimcheck::extractor
