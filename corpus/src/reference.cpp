#include "claimcheck/corpus/reference.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::corpus {
namespace {

// One CSV record starting at `pos`; advances `pos` past it and its line end.
std::vector<std::string> read_record(std::string_view bytes, std::size_t& pos, std::size_t& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  while (pos < bytes.size()) {
    char c = bytes[pos++];
    if (quoted) {
      if (c == '"' && pos < bytes.size() && bytes[pos] == '"') {
        fields.back() += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n')
          ++line;
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      ++line;
      break;
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

}  // namespace

Result<std::vector<ReferenceRow>> parse_reference_csv(std::string_view name,
                                                      std::string_view bytes) {
  std::vector<ReferenceRow> rows;
  std::size_t pos = 0;
  std::size_t line = 1;
  auto header = read_record(bytes, pos, line);
  if (header.size() < 8 || header[0] != "metric" || header[3] != "value") {
    return Status::Error(Code::kData, "expected the header metric,period,period_end,value,…",
                         std::string(name), 1);
  }
  while (pos < bytes.size()) {
    std::size_t const record_line = line;
    auto f = read_record(bytes, pos, line);
    if (f.size() == 1 && f[0].empty())
      continue;
    if (f.size() < 8) {
      return Status::Error(Code::kData, "a row needs 8 fields", std::string(name), record_line);
    }
    ReferenceRow row{f[0], f[1], f[2], 0, f[4], f[5], f[6], f[7]};
    auto [end, error] = std::from_chars(f[3].data(), f[3].data() + f[3].size(), row.value);
    if (error != std::errc() || end != f[3].data() + f[3].size()) {
      return Status::Error(Code::kData, "value '" + f[3] + "' is not a number", std::string(name),
                           record_line);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::vector<ReferenceRow>> load_reference(std::string const& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (auto const& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".csv")
      files.push_back(entry.path());
  }
  if (error)
    return Status::Error(Code::kIo, "cannot read reference folder: " + error.message(), dir);
  std::sort(files.begin(), files.end());
  std::vector<ReferenceRow> all;
  for (auto const& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto rows = parse_reference_csv(file.string(), bytes.str());
    if (!rows.ok())
      return rows.status();
    for (auto& r : rows.value())
      all.push_back(std::move(r));
  }
  return all;
}

std::string bundled_reference_dir() {
  return bundled_data_dir() + "/reference";
}

}  // namespace claimcheck::corpus
