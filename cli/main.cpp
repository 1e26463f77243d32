// claimcheck's command line: argument parsing and verbs only. Everything it
// does is a call into corpus -> extractor -> report.
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/load.hpp"
#include "claimcheck/corpus/reference.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/report/findings.hpp"
#include "claimcheck/report/html.hpp"
#include "claimcheck/report/json.hpp"
#include "claimcheck/report/sarif.hpp"

namespace {

using claimcheck::Code;
using claimcheck::Status;

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

constexpr char kHelp[] = R"(claimcheck: pull every numeric claim out of news text, normalised.

Usage:
  claimcheck check [FILE...|-] [options]    check claims against each other and official series
  claimcheck verify [FILE...|-] [options]   claims against the official series only
  claimcheck extract [FILE...|-] [options]  print every claim

With no FILE, extract runs on the bundled corpus (the five seed texts and their
reader comments). FILE may be text with a `---` front-matter block, Markdown,
HTML or JSON Lines; "-" reads standard input.

Examples:
  claimcheck check                                # check the bundled corpus, a text report
  claimcheck check draft.md --fail-on warning     # against the bundled corpus; exit 1 on warnings
  claimcheck check --format json > out.json       # {"documents", "claims", "findings"}
  claimcheck check --format html > report.html    # one page for people: findings, quotes, sources
  claimcheck check draft.md --format sarif --fail-on warning > claimcheck.sarif
                                                  # SARIF 2.1.0 for CI (GitHub code scanning)
  claimcheck check a.txt b.txt --no-corpus        # the two files against each other only
  claimcheck check thread.txt --only comments     # readers' figures: contradicted, unsupported
  claimcheck extract                              # every claim in the bundled corpus, JSON Lines
  claimcheck extract article.txt --format json    # {"documents": [...], "claims": [...]}
  echo '{"id":"d1","text":"Costs rose 16% since 2011."}' | claimcheck extract --input-format jsonl -
  claimcheck extract page.html | jq 'select(.quantity.kind == "money")'
  claimcheck extract old-export.txt --lenient     # replace invalid UTF-8 instead of failing
  claimcheck extract --explain ofsted-2016-blog:c8   # why that claim got its metric and period

Options:
  --format jsonl|json        extract: one claim a line (default), or one JSON document
  --format text|json|html|sarif
                             check: a report for people (default), JSON, one HTML page,
                             or SARIF 2.1.0 (locations are lines and columns in the files)
  --fail-on error|warning    check: exit 1 when a finding is at or over this severity
  --corpus DIR               check: documents to check against (default: the bundled corpus)
  --no-corpus                check: only the FILEs given
  --only comments            check: only findings about readers' comments (for moderators)
  --reference DIR            check: reference series, CSV (default: the bundled ones)
  --input-format auto|text|markdown|html|jsonl
                             how to read FILEs (default: by extension)
  --lenient                  replace invalid UTF-8 with U+FFFD, with a warning, instead of exit 2
  --lexicons DIR             domain lexicons (JSON) to read metrics from (default: the bundled ones)
  --explain ID               print why one claim got its metric, period and speaker
  -h, --help                 this text

Each claim: id, doc, section, text, span (byte offsets into the document text),
sentence, sentence_span, quantity {kind, value, low, high, unit, scale, hedge,
numerator, denominator}, and context fields (change, metric, population,
geography, time, speaker).

Exit status: 0 done (check: no finding at or over --fail-on), 1 findings at or
over --fail-on, 2 usage or input error (one line on stderr naming the file,
line and what is wrong).
)";

int usage_error(std::string const& message) {
  std::cerr << Status::Error(Code::kUsage, message + " (try --help)").to_string() << '\n';
  return kExitError;
}

struct ExtractArgs {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::string fail_on;         // check
  std::string corpus_dir;      // check
  bool no_corpus = false;      // check
  bool only_comments = false;  // check: findings about readers' comments alone
  std::string reference;       // check
  std::string lexicons;        // a folder of lexicon files; the bundled ones by default
  std::string explain;         // a claim id whose reasoning to print
  claimcheck::corpus::LoadOptions load;
};

std::optional<int> parse_extract_args(std::vector<std::string> const& args, ExtractArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string const& a = args[i];
    auto value = [&](std::string const& name) -> std::optional<std::string> {
      if (i + 1 >= args.size())
        return std::nullopt;
      (void)name;
      return args[++i];
    };
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return kExitOk;
    } else if (a == "--format") {
      auto v = value(a);
      if (!v || (*v != "jsonl" && *v != "json" && *v != "text" && *v != "html" && *v != "sarif")) {
        return usage_error("--format takes jsonl, json, text, html or sarif");
      }
      out.format = *v;
    } else if (a == "--fail-on") {
      auto v = value(a);
      if (!v || (*v != "error" && *v != "warning"))
        return usage_error("--fail-on takes error or warning");
      out.fail_on = *v;
    } else if (a == "--corpus") {
      auto v = value(a);
      if (!v)
        return usage_error("--corpus takes a folder");
      out.corpus_dir = *v;
    } else if (a == "--no-corpus") {
      out.no_corpus = true;
    } else if (a == "--only") {
      auto v = value(a);
      if (!v || *v != "comments")
        return usage_error("--only takes comments");
      out.only_comments = true;
    } else if (a == "--reference") {
      auto v = value(a);
      if (!v)
        return usage_error("--reference takes a folder of CSV files");
      out.reference = *v;
    } else if (a == "--input-format") {
      auto v = value(a);
      auto format = v ? claimcheck::corpus::parse_input_format(*v) : std::nullopt;
      if (!format)
        return usage_error("--input-format takes auto, text, markdown, html or jsonl");
      out.load.format = *format;
    } else if (a == "--lexicons") {
      auto v = value(a);
      if (!v)
        return usage_error("--lexicons takes a folder");
      out.lexicons = *v;
    } else if (a == "--explain") {
      auto v = value(a);
      if (!v)
        return usage_error("--explain takes a claim id, e.g. ofsted-2016-blog:c8");
      out.explain = *v;
    } else if (a == "--lenient") {
      out.load.lenient = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error("unknown option '" + a + "'");
    } else {
      out.files.push_back(a);
    }
  }
  return std::nullopt;
}

// Prints a failed step's one-line message; true when it failed.
template <typename T>
bool failed(claimcheck::Result<T> const& result) {
  if (result.ok())
    return false;
  std::cerr << result.status().to_string() << '\n';
  return true;
}

// Documents loaded so far, and which of them came from the FILEs given.
struct Inputs {
  std::vector<claimcheck::corpus::Document> documents;
  std::vector<std::string> given;

  bool add(claimcheck::Result<claimcheck::corpus::Loaded> loaded, bool from_files) {
    if (failed(loaded))
      return false;
    for (auto const& warning : loaded.value().warnings) {
      std::cerr << "warning: " << warning.to_string() << '\n';
    }
    for (auto& d : loaded.value().documents) {
      auto same = std::find_if(documents.begin(), documents.end(),
                               [&](auto const& e) { return e.id == d.id; });
      bool const was_given = std::find(given.begin(), given.end(), d.id) != given.end();
      if (from_files && same != documents.end() && was_given) {
        // Two given files cannot both be document `id`: claims would mix.
        std::cerr << "[claimcheck.input.duplicate_id] " << same->path << " and " << d.path
                  << " both have id '" << d.id << "'; give one of them another id\n";
        return false;
      }
      // A corpus document the user also gave is the old version of it: theirs wins.
      if (!from_files && was_given)
        continue;
      if (from_files)
        given.push_back(d.id);
      documents.push_back(std::move(d));
    }
    return true;
  }

  // A comment is read against its parent's date; one whose parent is missing is not.
  void warn_orphans() const {
    for (auto const& d : documents) {
      if (d.parent.empty())
        continue;
      bool found = std::any_of(documents.begin(), documents.end(),
                               [&](auto const& e) { return e.id == d.parent; });
      if (!found) {
        std::cerr << "warning: [claimcheck.input.missing_parent] " << d.path << ": comment '"
                  << d.id << "' names parent '" << d.parent
                  << "', which is not among the documents; its relative dates stay unresolved\n";
      }
    }
  }
};

// The lexicons (--lexicons or the bundled ones) and an extractor built on them.
struct Extraction {
  claimcheck::corpus::Lexicon lexicon;
  claimcheck::extractor::Extractor extractor;
};
std::optional<Extraction> make_extraction(ExtractArgs const& parsed) {
  auto lexicon = claimcheck::corpus::load_lexicons(
      parsed.lexicons.empty() ? claimcheck::corpus::bundled_lexicon_dir() : parsed.lexicons);
  if (failed(lexicon))
    return std::nullopt;
  auto made = claimcheck::extractor::Extractor::with_lexicon(lexicon.value());
  if (failed(made))
    return std::nullopt;
  return Extraction{std::move(lexicon.value()), std::move(made.value())};
}

int run_extract(std::vector<std::string> const& args) {
  ExtractArgs parsed;
  if (auto exit = parse_extract_args(args, parsed))
    return *exit;
  if (parsed.format != "jsonl" && parsed.format != "json")
    return usage_error("extract prints --format jsonl or json");

  Inputs inputs;
  if (parsed.files.empty() &&
      !inputs.add(
          claimcheck::corpus::load_directory(claimcheck::corpus::bundled_corpus_dir(), parsed.load),
          false)) {
    return kExitError;
  }
  for (auto const& file : parsed.files) {
    if (!inputs.add(claimcheck::corpus::load_file(file, parsed.load), true))
      return kExitError;
  }
  claimcheck::corpus::inherit_parent_dates(inputs.documents);
  std::vector<claimcheck::corpus::Document> const& documents = inputs.documents;

  auto extraction = make_extraction(parsed);
  if (!extraction)
    return kExitError;
  claimcheck::extractor::Extractor& extractor = extraction->extractor;
  extractor.set_explain(!parsed.explain.empty());
  if (!parsed.explain.empty()) {
    for (auto const& document : documents) {
      for (auto const& claim : extractor.extract(document)) {
        if (claim.id != parsed.explain)
          continue;
        std::cout << claim.id << ": " << claim.text << "\n  in: " << claim.sentence << "\n";
        for (auto const& reason : claim.why)
          std::cout << "  - " << reason << "\n";
        std::cout << claimcheck::report::claim_json_line(claim) << "\n";
        return kExitOk;
      }
    }
    std::cerr << claimcheck::Status::Error(claimcheck::Code::kUsage,
                                           "no claim with id '" + parsed.explain + "'")
                     .to_string()
              << '\n';
    return kExitError;
  }
  std::vector<claimcheck::extractor::Claim> claims;
  for (auto const& document : documents) {
    auto found = extractor.extract(document);
    if (parsed.format == "jsonl") {
      for (auto const& claim : found) {
        std::string line = claimcheck::report::claim_json_line(claim);
        line += '\n';
        if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) {
          return kExitOk;  // the reader went away (a closed pipe): not an error
        }
      }
    } else {
      for (auto& claim : found)
        claims.push_back(std::move(claim));
    }
  }
  if (parsed.format == "json") {
    std::string out = claimcheck::report::extraction_json(documents, claims);
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  std::fflush(stdout);
  return kExitOk;
}

std::string render(std::string const& format,
                   std::vector<claimcheck::corpus::Document> const& documents,
                   std::vector<claimcheck::extractor::Claim> const& claims,
                   std::vector<claimcheck::checker::Finding> const& findings) {
  if (format == "json")
    return claimcheck::report::check_json(documents, claims, findings);
  if (format == "html")
    return claimcheck::report::check_html(documents, claims, findings);
  if (format == "sarif")
    return claimcheck::report::check_sarif(documents, claims, findings);
  return claimcheck::report::check_text(documents, claims, findings);
}

// check, or with `reference_only` verify: claims against the official series alone.
int run_check(std::vector<std::string> const& args, bool reference_only) {
  ExtractArgs parsed;
  parsed.format = "text";
  if (auto exit = parse_extract_args(args, parsed))
    return *exit;
  if (parsed.format == "jsonl")
    return usage_error("check prints --format text, json, html or sarif");

  Inputs inputs;
  for (auto const& file : parsed.files) {
    if (!inputs.add(claimcheck::corpus::load_file(file, parsed.load), true))
      return kExitError;
  }
  if (!parsed.no_corpus || parsed.files.empty()) {
    std::string dir =
        parsed.corpus_dir.empty() ? claimcheck::corpus::bundled_corpus_dir() : parsed.corpus_dir;
    if (!inputs.add(claimcheck::corpus::load_directory(dir, parsed.load), false))
      return kExitError;
  }
  inputs.warn_orphans();
  claimcheck::corpus::inherit_parent_dates(inputs.documents);
  std::vector<claimcheck::corpus::Document> const& documents = inputs.documents;
  std::vector<std::string> const& given = inputs.given;

  auto extraction = make_extraction(parsed);
  if (!extraction)
    return kExitError;
  auto reference = claimcheck::corpus::load_reference(
      parsed.reference.empty() ? claimcheck::corpus::bundled_reference_dir() : parsed.reference);
  if (failed(reference))
    return kExitError;
  std::vector<claimcheck::extractor::Claim> claims;
  for (auto const& document : documents) {
    for (auto& c : extraction->extractor.extract(document))
      claims.push_back(std::move(c));
  }
  auto findings =
      claimcheck::checker::check({documents, claims, extraction->lexicon, reference.value()});
  if (reference_only) {
    std::erase_if(findings, [](auto const& f) { return f.rule != "reference"; });
  }
  if (!given.empty()) {
    // Report what involves the files given, not the whole archive.
    std::erase_if(findings, [&](claimcheck::checker::Finding const& f) {
      return std::none_of(f.claims.begin(), f.claims.end(), [&](auto const& c) {
        return std::find(given.begin(), given.end(), c.doc) != given.end();
      });
    });
  }
  if (parsed.only_comments) {
    // A moderator's view: findings that hold a reader comment's claim.
    std::unordered_set<std::string_view> comments;
    for (auto const& d : documents) {
      if (d.kind == claimcheck::corpus::DocumentKind::kComment)
        comments.insert(d.id);
    }
    std::erase_if(findings, [&](claimcheck::checker::Finding const& f) {
      return std::none_of(f.claims.begin(), f.claims.end(),
                          [&](auto const& c) { return comments.count(c.doc) > 0; });
    });
  }
  // Numbered as reported: what was left out leaves no gaps ("F1", "F2", …).
  for (std::size_t i = 0; i < findings.size(); ++i)
    findings[i].id = "F" + std::to_string(i + 1);
  std::string out = render(parsed.format, documents, claims, findings);
  if (parsed.format != "html")  // the page ends with its own newline, after </html>
    out += '\n';
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (!parsed.fail_on.empty()) {
    for (auto const& f : findings) {
      if (claimcheck::checker::at_or_over(f.severity, parsed.fail_on))
        return 1;
    }
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::cout << kHelp;
    return args.empty() ? kExitError : kExitOk;
  }
  std::string const verb = args[0];
  args.erase(args.begin());
  if (verb == "extract")
    return run_extract(args);
  if (verb == "check")
    return run_check(args, false);
  if (verb == "verify")
    return run_check(args, true);
  return usage_error("unknown command '" + verb + "'");
}
