// The candidate finder knows where a number may start (a digit, a currency
// sign, a number or fraction word, a multiplier verb: one scan of the bytes)
// and, with RE2, where a figure is not a claim at all (phone numbers, times
// of day, section and page references). It knows nothing of meaning; the
// grammar decides that.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/extractor/normalize.hpp"

namespace re2 {
class RE2;
}

namespace claimcheck::extractor {

namespace detail {
class TriggerScanner;
/// What CandidateFinder::triggers finds, as one RE2 pattern (leftmost-first,
/// each search starting where the last match ended): the scanner's
/// specification, which the tests hold it to.
std::string trigger_pattern();
}  // namespace detail

class CandidateFinder {
 public:
  /// Compiles the patterns once; the finder is immutable and thread-safe after.
  CandidateFinder();
  ~CandidateFinder();
  CandidateFinder(CandidateFinder const&) = delete;
  CandidateFinder& operator=(CandidateFinder const&) = delete;

  /// Positions (byte offsets into `lower`, the lower-cased normalised text)
  /// where a numeric expression may start, in order.
  std::vector<std::size_t> triggers(std::string_view lower) const;

  /// Spans that hold digits but no claim: phone numbers, times of day.
  std::vector<Span> excluded(std::string_view lower) const;

  /// The excluded span (phone number, time of day) that starts at the trigger
  /// `t` or at the sign just before it ("+44 20 ..."), if there is one.
  std::optional<Span> excluded_at(std::string_view lower, std::size_t t) const;

 private:
  std::unique_ptr<detail::TriggerScanner> triggers_;
  std::unique_ptr<re2::RE2> excluded_;
};

}  // namespace claimcheck::extractor
