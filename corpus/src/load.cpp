#include "claimcheck/corpus/load.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "detail.hpp"

#ifndef CLAIMCHECK_SOURCE_DATA_DIR
#define CLAIMCHECK_SOURCE_DATA_DIR "corpus/data"
#endif

namespace claimcheck::corpus {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kBinaryProbeBytes = 1024;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

std::string extension_of(std::string_view name) {
  return lower(fs::path(std::string(name)).extension().string());
}

bool is_document_file(fs::path const& path) {
  static constexpr std::string_view kExtensions[] = {".txt",  ".md",  ".markdown",
                                                     ".html", ".htm", ".jsonl"};
  std::string const extension = lower(path.extension().string());
  if (std::find(std::begin(kExtensions), std::end(kExtensions), extension) ==
      std::end(kExtensions)) {
    return false;
  }
  // A README beside the documents describes them; it is not one of them.
  return lower(path.stem().string()) != "readme";
}

Status internal_error(std::string_view name, char const* what) {
  return Status::Error(Code::kInternal, std::string("unexpected failure: ") + what,
                       std::string(name));
}

Result<std::string> read_all(std::string const& path) {
  std::string bytes;
  char buffer[1 << 16];
  if (path == "-") {
    std::size_t count;
    while ((count = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
      bytes.append(buffer, count);
    if (std::ferror(stdin)) {
      return Status::Error(Code::kIo,
                           "cannot read standard input: " + std::string(std::strerror(errno)), "-");
    }
    return bytes;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return Status::Error(Code::kIo, "is a directory, not a document file", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::Error(Code::kIo, "cannot open: " + std::string(std::strerror(errno)), path);
  }
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad())
    return Status::Error(Code::kIo, "read error", path);
  return bytes;
}

}  // namespace

namespace detail {

InputFormat format_for_name(std::string_view name) {
  std::string const extension = extension_of(name);
  if (extension == ".jsonl" || extension == ".ndjson")
    return InputFormat::kJsonl;
  if (extension == ".md" || extension == ".markdown")
    return InputFormat::kMarkdown;
  if (extension == ".html" || extension == ".htm")
    return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace detail

std::optional<InputFormat> parse_input_format(std::string_view word) {
  if (word == "auto")
    return InputFormat::kAuto;
  if (word == "text" || word == "txt")
    return InputFormat::kText;
  if (word == "markdown" || word == "md")
    return InputFormat::kMarkdown;
  if (word == "html" || word == "htm")
    return InputFormat::kHtml;
  if (word == "jsonl" || word == "ndjson")
    return InputFormat::kJsonl;
  return std::nullopt;
}

Result<Loaded> parse_documents(std::string_view name, std::string_view bytes,
                               LoadOptions const& options) {
  try {
    std::string const file(name);
    std::size_t const nul = bytes.substr(0, kBinaryProbeBytes).find('\0');
    if (nul != std::string_view::npos) {
      return Status::Error(Code::kBinary,
                           "binary file refused (NUL byte at byte " + std::to_string(nul) + ")",
                           file, 0, 0, nul);
    }

    Loaded loaded;
    std::string repaired;
    std::string_view input = bytes;
    if (std::size_t const bad = find_invalid_utf8(bytes); bad != std::string_view::npos) {
      detail::LineColumn const where = detail::line_column(bytes, bad);
      std::string const what =
          detail::describe_utf8_problem(bytes, bad, detail::next_utf8(bytes, bad));
      if (!options.lenient) {
        return Status::Error(Code::kBadUtf8, what + " at byte " + std::to_string(bad), file,
                             where.line, where.column, bad);
      }
      std::size_t replaced = 0;
      repaired = detail::replace_invalid_utf8(bytes, replaced);
      input = repaired;
      loaded.warnings.push_back(
          Status::Error(Code::kBadUtf8,
                        "replaced " + std::to_string(replaced) +
                            " invalid UTF-8 sequence(s) with U+FFFD; the first: " + what +
                            " at byte " + std::to_string(bad),
                        file, where.line, where.column, bad));
    }

    InputFormat const format =
        options.format == InputFormat::kAuto ? detail::format_for_name(name) : options.format;
    Status status;
    switch (format) {
      case InputFormat::kMarkdown:
        status = detail::parse_markdown(name, input, loaded);
        break;
      case InputFormat::kHtml:
        status = detail::parse_html(name, input, loaded);
        break;
      case InputFormat::kJsonl:
        status = detail::parse_jsonl(name, input, loaded);
        break;
      case InputFormat::kAuto:
      case InputFormat::kText:
        status = detail::parse_text(name, input, loaded);
        break;
    }
    if (!status.ok())
      return status;
    if (input.data() != bytes.data()) {
      // Replaced sequences changed the bytes' lengths: offsets into the text
      // are no longer offsets into the file (lines still are).
      for (auto& d : loaded.documents)
        d.body_offset.reset();
    }
    return loaded;
  } catch (std::exception const& e) {
    return internal_error(name, e.what());
  } catch (...) {
    return internal_error(name, "unknown exception");
  }
}

Result<Loaded> load_file(std::string const& path, LoadOptions const& options) {
  try {
    Result<std::string> bytes = read_all(path);
    if (!bytes.ok())
      return bytes.status();
    return parse_documents(path, bytes.value(), options);
  } catch (std::exception const& e) {
    return internal_error(path, e.what());
  } catch (...) {
    return internal_error(path, "unknown exception");
  }
}

void inherit_parent_dates(std::vector<Document>& documents) {
  std::unordered_map<std::string_view, std::string_view> date_of;
  for (Document const& d : documents) {
    if (!d.date.empty())
      date_of.emplace(d.id, d.date);
  }
  for (Document& d : documents) {
    if (d.parent.empty())
      continue;
    // A reply's parent may itself be a comment that only inherited a date.
    std::string_view parent = d.parent;
    for (int depth = 0; depth < 8 && !parent.empty(); ++depth) {
      if (auto it = date_of.find(parent); it != date_of.end()) {
        d.parent_date = std::string(it->second);
        break;
      }
      auto next = std::find_if(documents.begin(), documents.end(),
                               [&](Document const& p) { return p.id == parent; });
      parent = next == documents.end() ? std::string_view() : std::string_view(next->parent);
    }
  }
}

Result<Loaded> load_directory(std::string const& dir, LoadOptions const& options) {
  try {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      std::string const why = ec ? ec.message() : "not a directory";
      return Status::Error(Code::kIo, "cannot read corpus directory: " + why, dir);
    }
    std::vector<fs::path> files;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (fs::recursive_directory_iterator const end; !ec && it != end; it.increment(ec)) {
      fs::path const& path = it->path();
      std::error_code entry_ec;
      if (path.filename().string().starts_with('.')) {
        // Hidden files and directories (.git, editor swap files) are not documents.
        if (it->is_directory(entry_ec))
          it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(entry_ec) && is_document_file(path))
        files.push_back(path);
    }
    if (ec)
      return Status::Error(Code::kIo, "cannot list directory: " + ec.message(), dir);
    std::sort(files.begin(), files.end());

    Loaded all;
    for (fs::path const& file : files) {
      Result<Loaded> one = load_file(file.string(), options);
      if (!one.ok())
        return one.status();
      Loaded& loaded = one.value();
      std::move(loaded.documents.begin(), loaded.documents.end(),
                std::back_inserter(all.documents));
      std::move(loaded.warnings.begin(), loaded.warnings.end(), std::back_inserter(all.warnings));
    }
    inherit_parent_dates(all.documents);
    return all;
  } catch (std::exception const& e) {
    return internal_error(dir, e.what());
  } catch (...) {
    return internal_error(dir, "unknown exception");
  }
}

std::string bundled_data_dir() {
  if (char const* env = std::getenv("CLAIMCHECK_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  return CLAIMCHECK_SOURCE_DATA_DIR;
}

std::string bundled_corpus_dir() {
  return bundled_data_dir() + "/documents";
}

}  // namespace claimcheck::corpus
