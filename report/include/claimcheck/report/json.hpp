// JSON renderers: the report stage's contract with tests and tools (DESIGN.md's
// Claim JSON). Output is always valid UTF-8: bytes that are not are replaced.
// Unbounded interval ends (more than 30 -> [30, inf)) are written as null.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::report {

/// One claim as a single line of JSON (no trailing newline), keys sorted.
std::string claim_json_line(extractor::Claim const& claim);

/// {"documents": [...], "claims": [...]} pretty-printed with 2-space indent.
std::string extraction_json(std::vector<corpus::Document> const& documents,
                            std::vector<extractor::Claim> const& claims);

}  // namespace claimcheck::report
