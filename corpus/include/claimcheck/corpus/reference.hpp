// Reference series: official figures, one a row, every row with its source
// (corpus/data/reference/*.csv). The checker reads them; it never writes them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/corpus/status.hpp"

namespace claimcheck::corpus {

struct ReferenceRow {
  std::string metric;      // series id: "cla_at_31_march"
  std::string period;      // "2015-16" or a label
  std::string period_end;  // ISO date: the snapshot for stocks, the last day for flows
  double value = 0;
  std::string unit;
  std::string source_title;
  std::string source_url;
  std::string note;  // excerpt, vintage, caveats
};

/// Parses a reference CSV (header: metric,period,period_end,value,unit,
/// source_title,source_url,note; RFC 4180 quoting). Errors name file and line.
Result<std::vector<ReferenceRow>> parse_reference_csv(std::string_view name,
                                                      std::string_view bytes);

/// Every *.csv of `dir`, in name order.
Result<std::vector<ReferenceRow>> load_reference(std::string const& dir);

/// bundled_data_dir() + "/reference".
std::string bundled_reference_dir();

}  // namespace claimcheck::corpus
