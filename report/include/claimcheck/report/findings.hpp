// Renderers for the checker's findings: the JSON contract of DESIGN.md
// ({"documents", "claims", "findings"}) and a text report for people.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::report {

/// {"documents": [...], "claims": [...], "findings": [...]}, 2-space indent.
std::string check_json(std::vector<corpus::Document> const& documents,
                       std::vector<extractor::Claim> const& claims,
                       std::vector<checker::Finding> const& findings);

/// The renderers below take the claims and documents the findings were made
/// from: a finding names its claims by id, and the report shows their sentences.

/// Findings grouped by severity (errors, warnings), each with its arithmetic and
/// the quoted sentences with their document's title and publisher; consistent
/// and supported checks summarised at the end.
std::string check_text(std::vector<corpus::Document> const& documents,
                       std::vector<extractor::Claim> const& claims,
                       std::vector<checker::Finding> const& findings);

}  // namespace claimcheck::report
