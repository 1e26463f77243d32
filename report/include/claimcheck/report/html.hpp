// One self-contained HTML page of the checker's findings, for people: what a
// fact-checker opens in a browser or attaches to a message.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::report {

/// An HTML5 page with inline CSS and nothing external (no script, no fonts,
/// no images): findings grouped by severity (errors, then warnings), each
/// with its message, its explanation and the sentences it quotes, the figure
/// highlighted (<mark>), under the document's title and publisher; the
/// consistent and supported checks listed below them. Every piece of user
/// text is escaped, and invalid UTF-8 is replaced, so a document holding
/// "<script>" shows it as text.
///   auto findings = checker::check({documents, claims, lexicon, reference});
///   std::string out = check_html(documents, claims, findings);
std::string check_html(std::vector<corpus::Document> const& documents,
                       std::vector<extractor::Claim> const& claims,
                       std::vector<checker::Finding> const& findings);

}  // namespace claimcheck::report
