// Domain lexicons: data, not code. A lexicon file (JSON, see
// corpus/data/lexicons/) names metrics with their aliases as RE2 patterns,
// measure kinds and reference series, and the domain-free context patterns
// (populations, geographies, boilerplate, direction words). A user adds a
// domain by adding a file; load_lexicons() merges every file of a folder.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/corpus/status.hpp"

namespace claimcheck::corpus {

struct LexiconMetric {
  std::string key;                        // "cp_plans"
  std::string label;                      // "children on child protection plans"
  std::string measure;                    // "stock" | "flow" | "rate" | "money" | "rating count"
  std::vector<std::string> aliases;       // RE2, lower-case text
  std::vector<std::string> weak_aliases;  // count only when no strong alias is in the sentence
  std::string facet;                      // e.g. "grade": its value is appended to the key
  std::vector<std::string> series;        // reference series measuring the same thing
  std::string total_series;  // the series counting the whole a facet's values divide ("inspected")
  std::string domain;        // the file's "domain"
};

struct FacetValue {
  std::string value;                     // "inadequate"
  std::string pattern;                   // RE2
  std::vector<std::string> composed_of;  // "less_than_good" = inadequate + requires_improvement
};

/// A pattern whose capture groups fill {1}, {2}… in `label`.
struct LabelledPattern {
  std::string pattern;
  std::string label;
};

struct Lexicon {
  std::vector<LexiconMetric> metrics;  // in file order: earlier wins a tie
  // A domain's "document_cues" (RE2, lower-case text): its metrics apply to an
  // article or report only when one of them occurs in it, so an NHS story's
  // "urgent referral" is not a referral to children's social care. A domain
  // without cues applies everywhere.
  std::map<std::string, std::vector<std::string>> document_cues;
  std::map<std::string, std::vector<FacetValue>> facets;
  std::vector<LabelledPattern> populations;
  std::vector<LabelledPattern> geographies;
  // How money is valued: "in real terms", "at 2019-20 prices" -> "real"; "in
  // cash terms" -> "cash". Patterns whose text also says the whole document
  // uses that basis ("all figures are in 2019-20 prices") set its default.
  std::vector<LabelledPattern> price_bases;
  // What a sum is when the verb before it says ("investing £96bn" ->
  // "investment", "lost £30m" -> "loss"): RE2 on the words that lead to the
  // figure, anchored at their end.
  std::vector<LabelledPattern> money_verbs;
  std::vector<std::string> boilerplate;
  std::vector<std::string> figures_of_speech;
  std::vector<std::string> increase;  // words or two-word phrases: "rose", "gone up"
  std::vector<std::string> decrease;
  // Two-word phrases whose second word is a direction word but which say no
  // direction: "make up", "set up".
  std::vector<std::string> not_direction;
  // The geography labels (lower case) the reference series cover: a claim
  // about another place ("in London", "in the North East") is not checked
  // against them.
  std::vector<std::string> series_geographies;
};

/// Adds the lexicon in `bytes` (the contents of `name`) to `into`.
/// Errors (kData) name the file and what is wrong.
Status parse_lexicon(std::string_view name, std::string_view bytes, Lexicon& into);

/// Every *.json file of `dir`, in name order, merged.
Result<Lexicon> load_lexicons(std::string const& dir);

/// bundled_data_dir() + "/lexicons".
std::string bundled_lexicon_dir();

}  // namespace claimcheck::corpus
