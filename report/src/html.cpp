#include "claimcheck/report/html.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/corpus/load.hpp"
#include "lookup.hpp"

namespace claimcheck::report {
namespace {

constexpr char kStyle[] = R"(
body { font: 16px/1.5 Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
.summary { color: #555; }
.finding { border-left: 6px solid #999; padding: .4rem 1rem; margin: 1rem 0; background: #fafafa; }
.finding.error { border-color: #b3261e; }
.finding.warning { border-color: #c77700; }
.finding h3 { font-size: 1rem; margin: 0; font-family: sans-serif; }
.tag { font: .75rem sans-serif; text-transform: uppercase; letter-spacing: .05em; padding: .1rem .4rem;
       border-radius: .2rem; color: #fff; background: #777; }
.error .tag { background: #b3261e; }
.warning .tag { background: #c77700; }
.rule { font: .85rem monospace; color: #555; }
.message { font-weight: bold; margin: .3rem 0; }
.explanation { margin: .3rem 0; }
blockquote { margin: .4rem 0 .4rem 1rem; padding-left: .6rem; border-left: 2px solid #ddd; }
mark { background: #ffe58a; padding: 0 .1rem; }
cite { display: block; font: .85rem sans-serif; color: #555; font-style: normal; }
ul.checks { padding-left: 1.2rem; }
ul.checks li { margin: .2rem 0; }
)";

// Escapes the five characters HTML gives meaning to, and replaces invalid
// UTF-8 with U+FFFD so the page is always well-formed.
void append_escaped(std::string& out, std::string_view text) {
  while (!text.empty()) {
    std::size_t const bad = corpus::find_invalid_utf8(text);
    std::string_view const good = text.substr(0, bad);
    for (char c : good) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          out += c;
      }
    }
    if (bad == std::string_view::npos)
      break;
    out += "\xEF\xBF\xBD";
    text.remove_prefix(bad + 1);
  }
}

std::string escaped(std::string_view text) {
  std::string out;
  append_escaped(out, text);
  return out;
}

class HtmlWriter {
 public:
  HtmlWriter(std::vector<corpus::Document> const& documents,
             std::vector<extractor::Claim> const& claims)
      : lookup_(documents, claims) {}

  void finding(std::string& out, checker::Finding const& f) const {
    out += "<article class=\"finding " + escaped(f.severity) + "\" id=\"" + escaped(f.id) +
           "\">\n<h3><span class=\"tag\">" + escaped(f.severity) + "</span> <span class=\"rule\">" +
           escaped(f.rule) + " &middot; " + escaped(f.verdict) + "</span></h3>\n";
    out += "<p class=\"message\">" + escaped(f.message) + "</p>\n";
    out += "<p class=\"explanation\">" + escaped(f.explanation) + "</p>\n";
    // Figures of one sentence ("from 2,840 to 1,760, a drop of 62%") share one quotation.
    std::vector<bool> done(f.claims.size(), false);
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
      if (done[i])
        continue;
      std::vector<checker::FindingClaim const*> same_sentence;
      for (std::size_t j = i; j < f.claims.size(); ++j) {
        if (!done[j] && f.claims[j].doc == f.claims[i].doc &&
            lookup_.sentence(f.claims[j]) == lookup_.sentence(f.claims[i])) {
          done[j] = true;
          same_sentence.push_back(&f.claims[j]);
        }
      }
      quote(out, same_sentence);
    }
    out += "</article>\n";
  }

 private:
  // Where figure `c` sits in its sentence, or npos.
  std::size_t position(checker::FindingClaim const& c, std::string_view sentence) const {
    if (extractor::Claim const* claim = lookup_.claim(c.claim)) {
      if (claim->span.begin >= claim->sentence_span.begin &&
          claim->span.end <= claim->sentence_span.begin + sentence.size()) {
        return claim->span.begin - claim->sentence_span.begin;
      }
    }
    return c.text.empty() ? std::string_view::npos : sentence.find(c.text);
  }

  // The sentence with its figures in <mark>, and where it comes from.
  void quote(std::string& out, std::vector<checker::FindingClaim const*> const& figures) const {
    std::string_view const sentence = lookup_.sentence(*figures.front());
    std::vector<std::pair<std::size_t, std::size_t>> marks;  // [begin, end) in the sentence
    for (checker::FindingClaim const* c : figures) {
      std::size_t const at = position(*c, sentence);
      if (at != std::string_view::npos)
        marks.emplace_back(at, at + std::min(c->text.size(), sentence.size() - at));
    }
    std::sort(marks.begin(), marks.end());
    out += "<blockquote>";
    std::size_t written = 0;
    for (auto const& [begin, end] : marks) {
      if (begin < written)
        continue;  // overlapping figures: the first one marked
      append_escaped(out, sentence.substr(written, begin - written));
      out += "<mark>";
      append_escaped(out, sentence.substr(begin, end - begin));
      out += "</mark>";
      written = end;
    }
    append_escaped(out, sentence.substr(written));
    out += "<cite>" + escaped(source(figures.front()->doc)) + "</cite></blockquote>\n";
  }

  // "Title, Publisher", or the document id.
  std::string source(std::string const& id) const { return lookup_.source(id); }

  detail::Lookup lookup_;
};

}  // namespace

std::string check_html(std::vector<corpus::Document> const& documents,
                       std::vector<extractor::Claim> const& claims,
                       std::vector<checker::Finding> const& findings) {
  HtmlWriter const writer(documents, claims);
  std::size_t errors = 0, warnings = 0, quiet = 0;
  for (auto const& f : findings) {
    errors += f.severity == "error";
    warnings += f.severity == "warning";
    quiet += f.severity != "error" && f.severity != "warning";
  }
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>claimcheck report</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<h1>claimcheck report</h1>\n";
  out += "<p class=\"summary\">" + std::to_string(errors) + " error(s), " +
         std::to_string(warnings) + " warning(s) to look at; " + std::to_string(quiet) +
         " check(s) that raised nothing; " + std::to_string(documents.size()) + " document(s), " +
         std::to_string(claims.size()) + " claim(s).</p>\n";
  struct Group {
    char const* severity;
    char const* heading;
  };
  for (Group const g : {Group{"error", "Errors"}, Group{"warning", "Warnings"}}) {
    bool any = false;
    for (auto const& f : findings) {
      if (f.severity != g.severity)
        continue;
      if (!any)
        out += std::string("<section>\n<h2>") + g.heading + "</h2>\n";
      any = true;
      writer.finding(out, f);
    }
    if (any)
      out += "</section>\n";
  }
  if (quiet > 0) {
    out += "<section>\n<h2>Consistent or supported</h2>\n<ul class=\"checks\">\n";
    for (auto const& f : findings) {
      if (f.severity == "error" || f.severity == "warning")
        continue;
      out += "<li><span class=\"rule\">" + escaped(f.rule) + " &middot; " + escaped(f.verdict) +
             "</span> " + escaped(f.message) + "</li>\n";
    }
    out += "</ul>\n</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace claimcheck::report
