// What renderers of findings look up: a finding names its claims by id and
// its documents by id, and every renderer shows their sentences, titles and
// publishers. Built once per report, O(1) a lookup.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::report::detail {

class Lookup {
 public:
  Lookup(std::vector<corpus::Document> const& documents,
         std::vector<extractor::Claim> const& claims) {
    for (auto const& d : documents)
      documents_[d.id] = &d;
    claims_.reserve(claims.size());
    for (auto const& c : claims)
      claims_.emplace(c.id, &c);  // ids are unique in a run; the first wins otherwise
  }

  corpus::Document const* document(std::string_view id) const {
    auto it = documents_.find(id);
    return it == documents_.end() ? nullptr : it->second;
  }
  extractor::Claim const* claim(std::string_view id) const {
    if (id.empty())
      return nullptr;
    auto it = claims_.find(id);
    return it == claims_.end() ? nullptr : it->second;
  }
  /// "Title, Publisher" of a document, or its id when it has no title.
  std::string source(std::string const& id) const {
    corpus::Document const* d = document(id);
    if (!d)
      return id;
    std::string s = d->title.empty() ? id : d->title;
    if (!d->publisher.empty())
      s += ", " + d->publisher;
    return s;
  }
  /// The sentence an entry quotes: its claim's, or a cited sentence's own.
  std::string_view sentence(checker::FindingClaim const& entry) const {
    extractor::Claim const* c = claim(entry.claim);
    return c ? std::string_view(c->sentence) : std::string_view(entry.sentence);
  }

 private:
  std::unordered_map<std::string_view, corpus::Document const*> documents_;
  std::unordered_map<std::string_view, extractor::Claim const*> claims_;
};

}  // namespace claimcheck::report::detail
