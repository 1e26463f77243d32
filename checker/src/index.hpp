// The checker's index over its input, built once before any rule runs:
// document ids and metric keys interned to dense numbers (numbered in sorted
// order, so walking the numbers walks the ids alphabetically, as the rules'
// output order always has), each document's claims in text order, and the
// usable claims of each metric key. Rules compare numbers, not strings, and
// no rule re-sorts or re-copies a document's claims.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "claimcheck/checker/check.hpp"

namespace claimcheck::checker::detail {

class ClaimIndex {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  explicit ClaimIndex(CheckInput const& input);

  /// Every document id named by a document or a claim, sorted; a number is a position here.
  std::size_t doc_count() const { return doc_ids_.size(); }
  std::string_view doc_id(std::uint32_t doc) const { return doc_ids_[doc]; }
  /// The document with that id (the last one, if ids repeat), or nullptr.
  corpus::Document const* document(std::uint32_t doc) const { return documents_[doc]; }
  /// A document's claims (usable or not) in text order.
  std::span<extractor::Claim const* const> claims_of(std::uint32_t doc) const {
    return by_doc_.group(doc);
  }

  /// Metric keys of usable claims, sorted; and each key's usable claims in input order.
  std::size_t metric_count() const { return metric_keys_.size(); }
  std::string_view metric_key(std::uint32_t metric) const { return metric_keys_[metric]; }
  std::span<extractor::Claim const* const> claims_about(std::uint32_t metric) const {
    return by_metric_.group(metric);
  }

  /// Ranks of a usable claim's strings that make it comparable, among those
  /// of all usable claims with a metric. Ranks order as the strings do, so a
  /// rule sorts claims by them comparing numbers, not strings.
  struct Ranks {
    std::uint32_t unit, population, measure, baseline, end;
  };
  Ranks const& ranks_of(extractor::Claim const& c) const { return ranks_[position(c)]; }

  /// What the rules filter on, copied out of every claim in the index's one
  /// pass, so that a rule skipping a claim reads these few bytes instead of
  /// the claim (over a kilobyte, anywhere in the input).
  struct Facts {
    double low = 0, high = 0;
    int at_year = 0;  // the year level_time() starts in; 0 without one
    grammar::QuantityKind kind = grammar::QuantityKind::kCount;
    bool usable = false;
    bool from_lexicon = false;      // a metric read from a lexicon
    bool change = false;            // has a change
    bool from_to = false;           // a change with both from and to
    bool baseline = false;          // has time.baseline
    bool baseline_label = false;    // ... with a label
    bool vague = false;             // a rough count ("a few"): never compared
    bool role_total = false;        // metric.role "total": a breakdown's whole
    bool comment = false;           // from a reader comment
    bool at_document_date = false;  // time.at is only the (parent) document's date
    bool level_end = false;         // the later figure of a count pair (see level_time)
    // A change compared as one: not a pair's later figure, which is a level at its end.
    bool compared_as_change() const { return change && !level_end; }
    // Geography as a number (equal numbers, equal names); kNone when empty.
    std::uint32_t geography = kNone;
    // level_time() as yyyymmdd numbers, when both its dates are ISO "yyyy-mm-dd"
    // (then comparing the numbers compares the dates as the strings would).
    bool at_dated = false;
    std::int32_t at_start = 0, at_end = 0;
  };
  Facts const& facts(extractor::Claim const& c) const { return facts_[position(c)]; }

  /// The document number of a claim from the input.
  std::uint32_t doc_of(extractor::Claim const& c) const { return doc_of_[position(c)]; }
  /// The metric number of a usable input claim with a metric, else kNone.
  std::uint32_t metric_of(extractor::Claim const& c) const { return metric_of_[position(c)]; }

 private:
  // Claims grouped by a number, all groups in one array (one allocation, not
  // one a document): group g is items[starts[g], starts[g + 1]).
  struct Groups {
    std::vector<std::uint32_t> starts;
    std::vector<extractor::Claim const*> items;
    std::span<extractor::Claim const* const> group(std::uint32_t g) const {
      return {items.data() + starts[g], items.data() + starts[g + 1]};
    }
  };
  static Groups group_by(std::vector<extractor::Claim> const& claims,
                         std::vector<std::uint32_t> const& number_of, std::size_t groups);

  std::size_t position(extractor::Claim const& c) const {
    return static_cast<std::size_t>(&c - claims_->data());
  }

  std::vector<extractor::Claim> const* claims_;
  std::vector<std::string_view> doc_ids_;
  std::vector<corpus::Document const*> documents_;
  Groups by_doc_;
  std::vector<std::string_view> metric_keys_;
  Groups by_metric_;
  std::vector<std::uint32_t> doc_of_;
  std::vector<std::uint32_t> metric_of_;
  std::vector<Ranks> ranks_;
  std::vector<Facts> facts_;
};

/// A claim the rules may use: not boilerplate, not a figure of speech, confident enough.
bool usable(extractor::Claim const& c);

/// "86,150 at the end of June 2025, up from 85,851 in June 2024": the later
/// figure of a count pair is also a level, at the end its text states.
bool is_level_end(extractor::Claim const& c);
/// When a claim is a level: time.end for a pair's later figure, else time.at.
std::optional<extractor::ScopedPeriod> const& level_time(extractor::Claim const& c);

}  // namespace claimcheck::checker::detail
