#include "claimcheck/extractor/segment.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace claimcheck::extractor {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

Span trim(std::string_view text, Span s) {
  while (s.begin < s.end && is_space(text[s.begin]))
    ++s.begin;
  while (s.end > s.begin && is_space(text[s.end - 1]))
    --s.end;
  return s;
}

// ICU breaks after every line end. Within a paragraph, a line that stops
// without closing punctuation and a next line starting in lower case is one
// sentence wrapped; and a short line that is only a figure ("29%", "£2.3bn")
// is a stat box whose description is the next line.
bool ends_sentence(char c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')';
}

bool is_figure_line(std::string_view line) {
  if (line.empty() || line.size() > 16)
    return false;
  bool digit = false;
  for (char c : line) {
    if (is_digit(c)) {
      digit = true;
    } else if (is_lower(c) || is_upper(c)) {
      continue;  // "bn", "m", "per cent" is too long anyway
    } else if (c != '%' && c != '.' && c != ',' && c != ' ' && c != '-' &&
               static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return digit;
}

bool single_line_break_between(std::string_view text, std::size_t a, std::size_t b) {
  int newlines = 0;
  for (std::size_t i = a; i < b; ++i) {
    if (text[i] == '\n')
      ++newlines;
    if (!is_space(text[i]))
      return false;
  }
  return newlines <= 1;
}

// "care reportLaunching the report": a lower-case word that runs straight into
// a capitalised one is a caption glued to the sentence after it.
void split_glued_captions(std::string_view text, std::vector<Span>& sentences) {
  std::vector<Span> out;
  out.reserve(sentences.size());
  for (Span s : sentences) {
    std::size_t start = s.begin;
    for (std::size_t i = s.begin + 1; i + 2 < s.end; ++i) {
      if (!is_upper(text[i]) || !is_lower(text[i - 1]) || !is_lower(text[i + 1]))
        continue;
      std::size_t word_start = i - 1;
      while (word_start > start && !is_space(text[word_start - 1]))
        --word_start;
      if (i - word_start >= 3 && is_lower(text[word_start])) {
        out.push_back(trim(text, {start, i}));
        start = i;
      }
    }
    out.push_back(trim(text, {start, s.end}));
  }
  sentences.swap(out);
}

// ICU's sentence breaks inside `line` (ICU always breaks after a line end, so
// lines can be segmented one at a time). Offsets are into `text`.
void icu_breaks(std::string_view text, Span line, std::vector<Span>& out);

// The Sentence_Break classes of UAX #29 that ASCII holds; "£" and "€" are Other.
enum class SentenceClass {
  kOther,
  kATerm,
  kSTerm,
  kClose,
  kSp,
  kSep,
  kNumeric,
  kUpper,
  kLower,
  kSContinue
};

constexpr SentenceClass ascii_class(unsigned char c) {
  switch (c) {
    case '.':
      return SentenceClass::kATerm;
    case '!':
    case '?':
      return SentenceClass::kSTerm;
    case '"':
    case '\'':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
      return SentenceClass::kClose;
    case ' ':
    case '\t':
    case '\v':
    case '\f':
      return SentenceClass::kSp;
    case '\n':
    case '\r':
      return SentenceClass::kSep;
    case ',':
    case '-':
    case ':':
      return SentenceClass::kSContinue;
    default:
      break;
  }
  if (c >= '0' && c <= '9')
    return SentenceClass::kNumeric;
  if (c >= 'A' && c <= 'Z')
    return SentenceClass::kUpper;
  if (c >= 'a' && c <= 'z')
    return SentenceClass::kLower;
  return SentenceClass::kOther;
}

struct SentenceClassTable {
  SentenceClass of[256];
  bool stops[256];  // where the scan must look: terminators, separators, non-ASCII
  constexpr SentenceClassTable() : of(), stops() {
    for (int c = 0; c < 256; ++c) {
      of[c] = ascii_class(static_cast<unsigned char>(c));
      stops[c] = c >= 0x80 || of[c] == SentenceClass::kATerm || of[c] == SentenceClass::kSTerm ||
                 of[c] == SentenceClass::kSep;
    }
  }
};
constexpr SentenceClassTable kSentenceClasses;

SentenceClass sentence_class(char c) {
  return kSentenceClasses.of[static_cast<unsigned char>(c)];
}

bool is_terminator(SentenceClass k) {
  return k == SentenceClass::kATerm || k == SentenceClass::kSTerm;
}

// The length of "£" (C2 A3) or "€" (E2 82 AC) at `i`, the only non-ASCII
// characters the rules below segment (as Other); 0 for any other byte.
std::size_t other_symbol_at(std::string_view s, std::size_t i) {
  auto const byte = [&](std::size_t k) {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0;
  };
  if (byte(i) == 0xC2 && byte(i + 1) == 0xA3)
    return 2;
  if (byte(i) == 0xE2 && byte(i + 1) == 0x82 && byte(i + 2) == 0xAC)
    return 3;
  return 0;
}

// "no. 1089542", "fig. 3", "pp. 12-15", "Sept. 22": a reference or a month
// abbreviation whose dot ends no sentence before a number.
bool abbreviates_before_numbers(std::string_view word) {
  static constexpr std::string_view kBeforeNumbers[] = {
      "no", "nos", "fig", "figs", "vol", "p", "pp", "para", "paras", "col", "ch", "art", "reg",
      "tel", "approx",
      // "Sept. 22, 2025": a month abbreviated
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  if (word.empty() || word.size() > 6)
    return false;
  std::string lower(word);
  for (char& c : lower)
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return std::find(std::begin(kBeforeNumbers), std::end(kBeforeNumbers), lower) !=
         std::end(kBeforeNumbers);
}

}  // namespace

namespace detail {

// UAX #29's rules SB3 to SB11 (ASCII has no Extend, Format or OLetter, so SB5
// and those classes drop out). A break can only follow a terminator, its
// closing marks and spaces; SB6-SB8a say when it does not.
std::optional<std::vector<Span>> ascii_line_sentences(std::string_view text, Span line) {
  std::string_view const s = text.substr(line.begin, line.size());
  std::vector<Span> out;
  std::size_t start = 0;
  auto cut = [&](std::size_t at) {
    out.push_back({line.begin + start, line.begin + at});
    start = at;
  };
  // Where a separator at `at` ends: CR LF is one (SB3).
  auto after_separator = [&](std::size_t at) {
    return s[at] == '\r' && at + 1 < s.size() && s[at + 1] == '\n' ? at + 2 : at + 1;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !kSentenceClasses.stops[static_cast<unsigned char>(s[i])])
      ++i;
    if (i == s.size())
      break;
    if (static_cast<unsigned char>(s[i]) >= 0x80) {
      std::size_t const symbol = other_symbol_at(s, i);
      if (symbol == 0)
        return std::nullopt;
      i += symbol;
      continue;
    }
    SentenceClass const k = sentence_class(s[i]);
    if (k == SentenceClass::kSep) {  // SB3, SB4: break after a paragraph separator
      i = after_separator(i);
      cut(i);
      continue;
    }
    std::size_t const next = i + 1;
    if (k == SentenceClass::kATerm && next < s.size()) {
      SentenceClass const after = sentence_class(s[next]);
      if (after == SentenceClass::kNumeric) {  // SB6: "3.5"
        i = next;
        continue;
      }
      if (after == SentenceClass::kUpper && i > 0 &&
          (sentence_class(s[i - 1]) == SentenceClass::kUpper ||
           sentence_class(s[i - 1]) == SentenceClass::kLower)) {  // SB7: "U.S."
        i = next;
        continue;
      }
    }
    std::size_t j = next;
    while (j < s.size() && sentence_class(s[j]) == SentenceClass::kClose)  // SB9
      ++j;
    while (j < s.size() && sentence_class(s[j]) == SentenceClass::kSp)  // SB10
      ++j;
    if (j == s.size()) {
      cut(j);
      break;
    }
    SentenceClass const following = sentence_class(s[j]);
    if (following == SentenceClass::kSep) {  // SB11: the separator ends this sentence
      i = after_separator(j);
      cut(i);
      continue;
    }
    if (following == SentenceClass::kSContinue || is_terminator(following)) {  // SB8a
      i = j;
      continue;
    }
    // News fix: a reference abbreviation before a number ends no sentence:
    // "(registered charity no. 1089542)", "fig. 3", "pp. 12-15".
    if (k == SentenceClass::kATerm && following == SentenceClass::kNumeric) {
      std::size_t w = i;
      while (w > 0 && (sentence_class(s[w - 1]) == SentenceClass::kLower ||
                       sentence_class(s[w - 1]) == SentenceClass::kUpper))
        --w;
      if (abbreviates_before_numbers(s.substr(w, i - w))) {
        i = j;
        continue;
      }
    }
    if (k == SentenceClass::kATerm) {  // SB8: a lower-case word ahead continues it
      std::size_t m = j;
      while (m < s.size()) {
        SentenceClass const c = sentence_class(s[m]);
        if (c == SentenceClass::kUpper || c == SentenceClass::kLower || c == SentenceClass::kSep ||
            is_terminator(c)) {
          break;
        }
        ++m;
      }
      if (m < s.size() && sentence_class(s[m]) == SentenceClass::kLower) {
        i = j;
        continue;
      }
    }
    cut(j);  // SB11
    i = j;
  }
  if (start < s.size())
    cut(s.size());
  return out;
}

std::vector<Span> icu_line_sentences(std::string_view text, Span line) {
  std::vector<Span> out;
  icu_breaks(text, line, out);
  return out;
}

}  // namespace detail

namespace {

void icu_breaks(std::string_view text, Span line, std::vector<Span>& out) {
  UErrorCode status = U_ZERO_ERROR;
  // Building a sentence iterator loads ICU's rules (the dearest part for a short
  // text); each thread keeps one and resets its text.
  thread_local std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  UText* utext =
      utext_openUTF8(nullptr, text.data() + line.begin, static_cast<int64_t>(line.size()), &status);
  if (U_SUCCESS(status) && breaks) {
    breaks->setText(utext, status);
    int32_t start = breaks->first();
    std::size_t const first = out.size();
    for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks->next()) {
      Span const piece{line.begin + static_cast<std::size_t>(start),
                       line.begin + static_cast<std::size_t>(end)};
      // As in the ASCII path: "Registered charity no. 1187342 · ISBN …".
      if (out.size() > first && piece.begin < text.size() && is_digit(text[piece.begin])) {
        Span& previous = out.back();
        std::size_t dot = previous.end;
        while (dot > previous.begin && text[dot - 1] == ' ')
          --dot;
        std::size_t w = dot > previous.begin && text[dot - 1] == '.' ? dot - 1 : dot;
        std::size_t const word_end = w;
        while (w > previous.begin && std::isalpha(static_cast<unsigned char>(text[w - 1])))
          --w;
        if (word_end < dot && abbreviates_before_numbers(text.substr(w, word_end - w))) {
          previous.end = piece.end;
          continue;
        }
      }
      out.push_back(piece);
    }
  } else {
    out.push_back(line);  // no ICU data: a whole line is still a correct sentence
  }
  utext_close(utext);
}

// Longer than any sentence news text writes. Past it, a "sentence" is a list,
// a table flattened to one line or junk, and every claim would quote all of
// it; cutting keeps the work per claim bounded, so a huge file costs linear time.
constexpr std::size_t kMaxSentenceBytes = 1500;

// Cuts an over-long sentence at the last space before the limit (or, with no
// space, before the last whole UTF-8 character), repeatedly.
void split_overlong(std::string_view text, std::vector<Span>& sentences) {
  if (std::none_of(sentences.begin(), sentences.end(),
                   [](Span s) { return s.size() > kMaxSentenceBytes; })) {
    return;
  }
  std::vector<Span> out;
  out.reserve(sentences.size());
  for (Span s : sentences) {
    while (s.size() > kMaxSentenceBytes) {
      std::size_t cut = s.begin + kMaxSentenceBytes;
      std::size_t space = text.rfind(' ', cut);
      if (space != std::string_view::npos && space > s.begin + kMaxSentenceBytes / 2) {
        cut = space;
      } else {
        while (cut > s.begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
          --cut;
      }
      out.push_back(trim(text, {s.begin, cut}));
      s.begin = cut;
    }
    out.push_back(trim(text, s));
  }
  sentences = std::move(out);
}

std::vector<Span> segment(std::string_view text, std::vector<std::size_t> const* wanted) {
  std::vector<Span> const lines = detail::lines_of(text);
  auto holds_wanted = [&](std::size_t index) {
    if (index >= lines.size())
      return false;
    auto it = std::lower_bound(wanted->begin(), wanted->end(), lines[index].begin);
    return it != wanted->end() && *it < lines[index].end;
  };
  std::vector<Span> raw;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // A line may join the next one (wrapped sentence, stat box), so it is
    // split properly when either holds a wanted offset.
    if (wanted == nullptr || holds_wanted(i) || holds_wanted(i + 1)) {
      if (auto fast = detail::ascii_line_sentences(text, lines[i])) {
        raw.insert(raw.end(), fast->begin(), fast->end());
      } else {
        icu_breaks(text, lines[i], raw);
      }
    } else {
      raw.push_back(lines[i]);
    }
  }

  std::vector<Span> sentences;
  for (Span s : raw) {
    Span t = trim(text, s);
    if (t.begin == t.end)
      continue;
    if (!sentences.empty()) {
      Span& previous = sentences.back();
      std::string_view previous_text = text.substr(previous.begin, previous.size());
      bool wrapped = single_line_break_between(text, previous.end, t.begin) &&
                     !ends_sentence(text[previous.end - 1]) && is_lower(text[t.begin]);
      bool stat_box =
          single_line_break_between(text, previous.end, t.begin) && is_figure_line(previous_text);
      if (wrapped || stat_box) {
        previous.end = t.end;
        continue;
      }
    }
    sentences.push_back(t);
  }
  split_glued_captions(text, sentences);
  split_overlong(text, sentences);
  std::erase_if(sentences, [](Span const& s) { return s.begin == s.end; });
  return sentences;
}

}  // namespace

namespace detail {

std::vector<Span> lines_of(std::string_view text) {
  std::vector<Span> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back({begin, end});
    begin = end;
  }
  return lines;
}

}  // namespace detail

std::vector<Span> segment_sentences(std::string_view text) {
  return segment(text, nullptr);
}

std::vector<Span> segment_sentences(std::string_view text, std::vector<std::size_t> const& wanted) {
  return segment(text, &wanted);
}

}  // namespace claimcheck::extractor
