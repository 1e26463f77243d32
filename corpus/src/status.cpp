#include "claimcheck/corpus/status.hpp"

namespace claimcheck {

std::string_view to_string(Code code) {
  switch (code) {
    case Code::kOk:
      return "claimcheck.ok";
    case Code::kIo:
      return "claimcheck.input.io";
    case Code::kBadUtf8:
      return "claimcheck.input.bad_utf8";
    case Code::kBinary:
      return "claimcheck.input.binary";
    case Code::kFrontMatter:
      return "claimcheck.input.front_matter";
    case Code::kJsonl:
      return "claimcheck.input.jsonl";
    case Code::kHtml:
      return "claimcheck.input.html";
    case Code::kUsage:
      return "claimcheck.usage";
    case Code::kData:
      return "claimcheck.data";
    case Code::kInternal:
      return "claimcheck.internal";
  }
  return "claimcheck.unknown";
}

std::string Status::to_string() const {
  std::string out = "[";
  out += claimcheck::to_string(code);
  out += "] ";
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (column > 0)
        out += ':' + std::to_string(column);
    }
    out += ": ";
  }
  out += message;
  return out;
}

}  // namespace claimcheck
