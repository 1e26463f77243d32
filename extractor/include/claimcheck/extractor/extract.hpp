// The extractor: the driver of the pipeline's second stage. It normalises a
// Document, segments it, asks the CandidateFinder where figures may start and
// the grammar what they are, and hands back Claims whose spans are byte ranges
// of the original text. One document at a time: it knows nothing of others.
#pragma once

#include <memory>
#include <vector>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/status.hpp"
#include "claimcheck/extractor/claim.hpp"

namespace claimcheck::extractor {

class CandidateFinder;
namespace detail {
class ContextModel;
}

class Extractor {
 public:
  /// Quantities plus the domain-free context (time, change, speaker, generic
  /// metric keys); no lexicon.
  Extractor();
  /// Metrics, populations, boilerplate and direction words from `lexicon`
  /// (corpus::load_lexicons). A pattern RE2 rejects is a kData error.
  static Result<Extractor> with_lexicon(corpus::Lexicon const& lexicon);
  ~Extractor();
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  /// Every numeric claim in `document`, in text order. Never throws; any bytes
  /// in (the loader has validated UTF-8) give claims or none.
  ///   Extractor{}.extract(doc)  // doc.text = "Costs rose 16% since 2011."
  ///   -> one claim: text "16%", percent 16 (15.5..16.5), span [11, 14)
  std::vector<Claim> extract(corpus::Document const& document) const;

  /// Fill each claim's `why` with how its metric, period and speaker were
  /// chosen (slower; for `extract --explain`).
  void set_explain(bool explain) { explain_ = explain; }

 private:
  std::unique_ptr<CandidateFinder> finder_;
  std::shared_ptr<detail::ContextModel const> context_;
  bool explain_ = false;
};

}  // namespace claimcheck::extractor
