#pragma once

#include <string_view>

namespace claimcheck::extractor::detail {

/// How the words between two figures of a sentence tie the later one to the
/// earlier:
/// - kChange: the change it underwent ("£171m in 2022-23, a rise of 22%", ", up 2%");
/// - kComparison: what it is compared with (", against about 18% nationally",
///   "compared with a target of 85%", "well above the England average of 70");
/// - kParallel: the same measure elsewhere ("70 per 10,000, and in Wales 115",
///   "Wales needs 550, and England about 7,200");
/// - kRestatement: the same figure again ("2,500 schools - about one in eight",
///   "£4,100 a week, or about £213,000 a year").
enum class Tie { kNone, kChange, kComparison, kParallel, kRestatement };

/// `gap` is the lower-cased text between the two figures, time expressions
/// blanked out when the caller knows them. Only its last piece after a comma,
/// dash or bracket may be the tie; what comes before may only go on naming
/// the earlier figure ("41% of the council's workforce, against").
/// `gap_as_written` is the same gap before lower-casing, when the caller has
/// it: a name in capitals may then open a clause with its verb left out
/// ("115 per 10,000, and England 70").
Tie tie_between(std::string_view gap, std::string_view gap_as_written = {});

/// Words that may stand between a name and its figure ("England about 7,200",
/// "Scotland only 130").
bool is_hedge_word(std::string_view word);

}  // namespace claimcheck::extractor::detail
