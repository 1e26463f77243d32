// Helpers shared by the grammar tests: readable names for table-driven cases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::grammar::test_support {

/// A GoogleTest-safe name for the index-th row of a table: "c012_around_3_5bn".
inline std::string case_name(std::size_t index, std::string_view input) {
  std::string name = "c" + std::to_string(index / 100) + std::to_string(index / 10 % 10) +
                     std::to_string(index % 10) + "_";
  bool last_was_underscore = true;
  for (char c : input) {
    bool const alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum) {
      name += c;
      last_was_underscore = false;
    } else if (!last_was_underscore) {
      name += '_';
      last_was_underscore = true;
    }
    if (name.size() >= 48)
      break;
  }
  while (!name.empty() && name.back() == '_')
    name.pop_back();
  return name;
}

}  // namespace claimcheck::grammar::test_support
