// The checker: the pipeline's third stage. It reads claims (with their
// context) and the reference series, runs the rules, and says what disagrees,
// why, and what the arithmetic says. It knows nothing of file formats.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/reference.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::checker {

/// One claim (or one quoted sentence, when a finding cites a sentence that
/// argues rather than states a figure) that a finding is about.
///
/// A claim is named by its id: its sentence and quantity stay in the claim,
/// where a reader of the finding (the report) looks them up, so that half a
/// million findings do not carry a million copies of sentences. Only a cited
/// sentence that is no claim (`claim` empty) carries its own `sentence`.
struct FindingClaim {
  std::string claim;  // claim id; empty for a cited sentence
  std::string doc;
  std::string text;
  std::string sentence;  // a cited sentence's text; empty for a claim
  extractor::Span span;
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

/// Runs every rule. Claims are indexed once (document ids and metric keys as
/// numbers) and grouped by metric key, then bucketed by what makes them
/// comparable; within a bucket a sweep over the sorted intervals finds the
/// disagreeing pairs. The cost is O(n log n) in the claims plus the findings
/// written, and a bucket gives at most a handful of pair findings before it is
/// summarised in one, so the findings too stay linear in the claims.
/// `input` must outlive the call only; findings own their strings.
std::vector<Finding> check(CheckInput const& input);

/// What a rule checks, for reports that list the rules (SARIF's
/// tool.driver.rules): `id` is the `rule` of its findings.
struct RuleInfo {
  std::string_view id;
  std::string_view summary;  // one line
  std::string_view help;     // what it compares and what its verdicts mean
};

/// Every rule check() runs, in the order it runs them.
std::span<RuleInfo const> rules();

/// "error" > "warning" > "info": a finding is at or over `threshold`.
bool at_or_over(std::string const& severity, std::string const& threshold);

}  // namespace claimcheck::checker
