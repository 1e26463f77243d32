// Claim: one checkable statement, the extractor's output and the checker's
// input. Field meanings follow DESIGN.md's JSON contract.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/grammar/period.hpp"
#include "claimcheck/grammar/quantity.hpp"

namespace claimcheck::extractor {

enum class Section { kBody, kQuote, kComment };
std::string_view to_string(Section section);

/// Which way a change claim goes: "rose 16%", "cut by 38%", "halved".
struct Change {
  std::string direction;           // "increase" | "decrease" | "" (unknown)
  bool relative = true;            // a relative change (16%) or an absolute one (5 points)
  std::optional<double> from, to;  // "from 60,000 to 71,000"
};

/// What the figure measures.
struct Metric {
  std::string key;      // "cp_plans" or a generic key from the measured noun phrase
  std::string phrase;   // the words it was read from
  std::string source;   // "lexicon" | "generic"
  std::string measure;  // "stock" | "flow" | "money" | "rating count" | "" (unknown)
  // "total": the figure is the whole a breakdown is taken of ("Of those 59
  // councils, 14 were rated inadequate, …"), not one of its facet values.
  std::string role;
};

/// A period as the claim uses it, and how it was found when the sentence did
/// not state it: "over the same period" resolved to the 2010/11-2015/16 of an
/// earlier sentence, "the last 10 years" resolved against the document date.
struct ScopedPeriod {
  grammar::Period period;
  std::string resolved_from;  // "" when stated; else what was resolved and how
  bool ambiguous = false;     // more than one earlier period could be meant
};

/// When the figure applies: a baseline and end for changes, or a point.
struct TimeScope {
  std::optional<ScopedPeriod> baseline, end, at;
};

struct Claim {
  std::string id;   // unique in a run: "<doc>:c<n>"
  std::string doc;  // the document's id
  Section section = Section::kBody;
  std::string text;      // the figure as written (original bytes)
  Span span;             // byte range of `text` in the original document text
  std::string sentence;  // the original sentence around it
  Span sentence_span;
  grammar::Quantity quantity;
  std::optional<Change> change;
  std::optional<Metric> metric;
  std::string population;
  std::string geography;
  // How a money figure is valued: "real" ("in real terms", "at 2019-20
  // prices"), "cash" ("in cash terms"), "" when not said. From the clause, the
  // sentence, or a document-wide statement ("all figures are in … prices").
  std::string price_basis;
  TimeScope time;
  std::string speaker;
  double confidence = 0.5;
  bool boilerplate = false;       // subscription offers, navigation: never checked
  bool figure_of_speech = false;  // "a million eyes and ears": not a statistic
  std::vector<std::string> why;   // how metric, period and speaker were chosen (--explain)
};

}  // namespace claimcheck::extractor
