// Inputs for the benchmarks, all derived from the bundled corpus so the
// figures describe the kind of text claimcheck is meant for.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "claimcheck/corpus/document.hpp"

namespace claimcheck::bench {

/// The bundled corpus (corpus::bundled_corpus_dir()), loaded once. Aborts
/// with a message if it does not load: a benchmark without input is a bug.
std::vector<corpus::Document> const& bundled_documents();

/// `text` with every non-ASCII character replaced by one ASCII byte
/// (quotes by ', dashes by -, anything else by a space).
std::string ascii_only(std::string const& text);

/// The paragraphs (blank-line separated, trimmed, non-empty) of every document.
std::vector<std::string> paragraphs(std::vector<corpus::Document> const& documents);

/// About `total_bytes` of news text in Documents of 2-6 KB each, built from the
/// paragraphs of `documents` shuffled with `seed`: the same seed, the same text.
std::vector<corpus::Document> synthetic_documents(std::vector<corpus::Document> const& documents,
                                                  std::size_t total_bytes, std::uint64_t seed);

}  // namespace claimcheck::bench
