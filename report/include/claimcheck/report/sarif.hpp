// SARIF 2.1.0 for the checker's findings: what CI reads (GitHub code scanning
// among others) when an editor runs `claimcheck check draft.md --format sarif`.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::report {

/// One SARIF log (https://json.schemastore.org/sarif-2.1.0.json), 2-space
/// indent, always valid UTF-8: one run whose tool.driver lists the checker's
/// rules (checker::rules()), one result per finding. A result's level is its
/// severity (error, warning; info is "note"); its message the finding's
/// message and explanation; its location the first claim, its related
/// locations the others. A location's uri is the document's path when it was
/// read from a file (a file:// URI when absolute), else its id; its region
/// gives lines and columns (Unicode code points, 1-based, end exclusive) of
/// the claim's bytes, and byteOffset/byteLength into the file, when the text
/// is a verbatim slice of the file (text, Markdown); for text extracted from
/// a file (HTML, JSON Lines) only the line the text starts on.
/// partialFingerprints["claimcheck/v1"] hashes the rule, verdict, metric and
/// each claim's document and text, so it stays put when findings are
/// renumbered or a text is edited elsewhere.
///   auto findings = checker::check({documents, claims, lexicon, reference});
///   std::string out = check_sarif(documents, claims, findings);
std::string check_sarif(std::vector<corpus::Document> const& documents,
                        std::vector<extractor::Claim> const& claims,
                        std::vector<checker::Finding> const& findings);

}  // namespace claimcheck::report
