#include "claimcheck/extractor/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace claimcheck::extractor {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

Span trim(std::string_view text, Span s) {
  while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
  while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
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
  if (line.empty() || line.size() > 16) return false;
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
    if (text[i] == '\n') ++newlines;
    if (!is_space(text[i])) return false;
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
    std::size_t word_start = s.begin;
    for (std::size_t i = s.begin + 1; i + 2 < s.end; ++i) {
      if (is_space(text[i - 1])) word_start = i;
      if (is_lower(text[i - 1]) && is_upper(text[i]) && is_lower(text[i + 1]) &&
          is_lower(text[word_start]) && i - word_start >= 3) {
        out.push_back(trim(text, {start, i}));
        start = i;
        word_start = i;
      }
    }
    out.push_back(trim(text, {start, s.end}));
  }
  sentences.swap(out);
}

}  // namespace

std::vector<Span> segment_sentences(std::string_view text) {
  std::vector<Span> raw;
  UErrorCode status = U_ZERO_ERROR;
  // Building a sentence iterator loads ICU's rules (the dearest part for a short
  // text); each thread keeps one and resets its text.
  thread_local std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status) && breaks) {
    breaks->setText(utext, status);
    int32_t start = breaks->first();
    for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks->next()) {
      raw.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    }
  } else {
    raw.push_back({0, text.size()});  // no ICU data: one sentence is still correct output
  }
  utext_close(utext);

  std::vector<Span> sentences;
  for (Span s : raw) {
    Span t = trim(text, s);
    if (t.begin == t.end) continue;
    if (!sentences.empty()) {
      Span& previous = sentences.back();
      std::string_view previous_text = text.substr(previous.begin, previous.size());
      bool wrapped = single_line_break_between(text, previous.end, t.begin) &&
                     !ends_sentence(text[previous.end - 1]) && is_lower(text[t.begin]);
      bool stat_box = single_line_break_between(text, previous.end, t.begin) &&
                      is_figure_line(previous_text);
      if (wrapped || stat_box) {
        previous.end = t.end;
        continue;
      }
    }
    sentences.push_back(t);
  }
  split_glued_captions(text, sentences);
  std::erase_if(sentences, [](Span const& s) { return s.begin == s.end; });
  return sentences;
}

}  // namespace claimcheck::extractor
