// Errors as values. No exception crosses a claimcheck module's public API: a
// function that can fail on user input returns a Status or a Result<T>, in the
// manner of RE2's ok()/error() and simdjson's error_code + result.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace claimcheck {

/// Stable error identifiers; to_string() gives the id printed in messages,
/// e.g. "[claimcheck.input.bad_utf8] file.txt:12:7: invalid UTF-8 byte 0xC3".
enum class Code {
  kOk = 0,
  kIo,           // a file could not be read
  kBadUtf8,      // invalid UTF-8 in the input
  kBinary,       // NUL byte in the first KB: refused as binary
  kFrontMatter,  // unknown or malformed front matter
  kJsonl,        // a JSON Lines record that does not parse or lacks "id"/"text"
  kHtml,         // HTML the parser could not read
  kUsage,        // bad command line
  kData,         // bundled data (lexicon, series) that does not load
  kInternal,     // a bug: a dependency failed where it should not
};

std::string_view to_string(Code code);

/// What went wrong, where. `file` is the path as the user gave it; `line` and
/// `column` are 1-based (0 when unknown); `offset` is a byte offset into the file.
struct Status {
  Code code = Code::kOk;
  std::string message;
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t offset = 0;

  bool ok() const { return code == Code::kOk; }
  /// "[claimcheck.input.bad_utf8] a.txt:3:7: invalid UTF-8 byte 0xC3 at byte 1234"
  std::string to_string() const;

  static Status Ok() { return {}; }
  static Status Error(Code c, std::string msg, std::string file = {}, std::size_t line = 0,
                      std::size_t column = 0, std::size_t offset = 0) {
    return Status{c, std::move(msg), std::move(file), line, column, offset};
  }
};

/// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T const& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  Status const& status() const {
    static Status const kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }

 private:
  std::variant<T, Status> data_;
};

}  // namespace claimcheck
