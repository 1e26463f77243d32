// Sentence segmentation of normalised text: ICU's sentence break iterator,
// corrected for what news pages do to it (one-line stat boxes, soft-wrapped
// lines, captions glued to the next sentence: "care reportLaunching").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "claimcheck/extractor/normalize.hpp"

namespace claimcheck::extractor {

/// Sentence spans (normalised offsets), in order, without leading or trailing
/// white space; empty sentences are dropped.
///   segment("29%\nrise in plans\n\nNext one.") -> ["29%\nrise in plans", "Next one."]
std::vector<Span> segment_sentences(std::string_view normalized_text);

/// The same sentences where it matters: stretches of text (lines, after the
/// wrapped-line and stat-box joins) that hold none of `wanted` (sorted byte
/// offsets, e.g. the candidate triggers) come back whole, unsplit, which saves
/// the ICU pass over text no claim will quote.
std::vector<Span> segment_sentences(std::string_view normalized_text,
                                    std::vector<std::size_t> const& wanted);

}  // namespace claimcheck::extractor
