// Sentence segmentation of normalised text: ICU's sentence break iterator,
// corrected for what news pages do to it (one-line stat boxes, soft-wrapped
// lines, captions glued to the next sentence: "care reportLaunching").
#pragma once

#include <cstddef>
#include <optional>
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

namespace detail {

/// The lines of `text`, each span ending after its '\n' (or at the end).
std::vector<Span> lines_of(std::string_view text);

/// ICU's sentence breaks inside one line of `text` (a span ending after its
/// '\n', or at the end of the text), as spans of `text`.
std::vector<Span> icu_line_sentences(std::string_view text, Span line);

/// The same breaks computed by the rules of UAX #29 directly, for a line of
/// ASCII text (plus "£" and "€", which the rules treat as any other symbol);
/// nullopt for any other line. Segmentation uses it where it applies, as it is
/// several times cheaper than ICU's iterator; tests hold the two equal.
std::optional<std::vector<Span>> ascii_line_sentences(std::string_view text, Span line);

}  // namespace detail

}  // namespace claimcheck::extractor
