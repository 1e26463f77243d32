// Context attachment: what each figure measures, for whom, where, over which
// period, which way it moved, and who says it. Private to the extractor; the
// public face is Extractor (extract.hpp) and the fields of Claim.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/status.hpp"
#include "claimcheck/extractor/claim.hpp"
#include "claimcheck/extractor/normalize.hpp"

namespace claimcheck::extractor::detail {

/// A claim while it is being built: its spans in the normalised text.
struct Found {
  Claim claim;
  Span span;  // normalised offsets of the figure
  std::size_t shown_end =
      0;                 // past span.end when the claim's text goes on: "41 referrals per 10,000"
  std::size_t sentence;  // index into the sentence list
  int pair = -1;         // for the "to" figure of a from->to pair: index of the "from" figure
  bool drop = false;     // not a claim after all: the age in "aged 16 or over"
  bool part_of_breakdown = false;  // "131 were drivers" after "Of the 286 people killed"
};

/// The change from one figure's value to another's: "from 60,000 to 71,000".
inline Change change_between(double from_value, double to_value) {
  return Change{to_value > from_value   ? "increase"
                : to_value < from_value ? "decrease"
                                        : "",
                false, from_value, to_value};
}

class ContextModel {
 public:
  /// Compiles the lexicon's patterns; a pattern RE2 rejects is a kData error
  /// naming the metric or list it came from.
  static Result<std::shared_ptr<ContextModel const>> compile(corpus::Lexicon const& lexicon);
  ~ContextModel();

  /// Fills metric, population, geography, change, time, section, speaker,
  /// boilerplate and figure_of_speech of every claim of one document.
  /// With `explain_choices`, each claim's `why` says how its context was chosen.
  void attach(corpus::Document const& document, NormalizedText const& norm,
              std::vector<Span> const& sentences, std::vector<Found>& found,
              bool explain_choices) const;

  struct Impl;

 private:
  explicit ContextModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck::extractor::detail
