// The checker: the pipeline's third stage. It reads claims (with their
// context) and the reference series, runs the rules, and says what disagrees,
// why, and what the arithmetic says. It knows nothing of file formats.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/reference.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::checker {

/// One claim (or one quoted sentence, when a finding cites a sentence that
/// argues rather than states a figure) that a finding is about.
struct FindingClaim {
  std::string claim;  // claim id; empty for a cited sentence
  std::string doc;
  std::string text;
  std::string sentence;
  extractor::Span span;
  std::optional<grammar::Quantity> quantity;
};

/// The reference rows a finding used.
struct ReferenceUse {
  std::string series;
  std::string source;
  std::vector<std::pair<std::string, double>> values;  // period_end -> value
};

struct Finding {
  std::string id;        // "F1", in order
  std::string rule;      // "baseline-dispute", "arithmetic", …
  std::string verdict;   // "disputed-baseline", "consistent", …
  std::string severity;  // "error" | "warning" | "info"
  std::string metric;
  std::string message;      // one line a person reads first
  std::string explanation;  // the arithmetic and the reasoning, in sentences
  std::vector<FindingClaim> claims;
  std::optional<ReferenceUse> reference;
};

struct CheckInput {
  std::vector<corpus::Document> const& documents;
  std::vector<extractor::Claim> const& claims;
  corpus::Lexicon const& lexicon;  // metric -> reference series
  std::vector<corpus::ReferenceRow> const& reference;
};

/// Runs every rule. Claims are grouped by metric key, so the cost grows with
/// the size of the largest group, not with the square of all claims.
std::vector<Finding> check(CheckInput const& input);

/// "error" > "warning" > "info": a finding is at or over `threshold`.
bool at_or_over(std::string const& severity, std::string const& threshold);

}  // namespace claimcheck::checker
