// libFuzzer target: any bytes through the loader (every input format), the
// extractor with the bundled lexicons, and the JSON Lines writer. The
// invariants are the product's promises: no crash, every claim's span indexes
// the original text, and every line is valid JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/load.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/report/json.hpp"

namespace {

claimcheck::extractor::Extractor const& extractor() {
  static claimcheck::extractor::Extractor const instance = [] {
    auto lexicon = claimcheck::corpus::load_lexicons(claimcheck::corpus::bundled_lexicon_dir());
    if (!lexicon.ok())
      std::abort();
    auto built = claimcheck::extractor::Extractor::with_lexicon(lexicon.value());
    if (!built.ok())
      std::abort();
    return std::move(built).value();
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const bytes(reinterpret_cast<char const*>(data), size);
  // The first byte picks the format, so one corpus exercises every loader.
  char const* const names[] = {"fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.jsonl"};
  std::string_view const name = names[size == 0 ? 0 : data[0] % 4];
  claimcheck::corpus::LoadOptions options;
  options.lenient = size > 1 && (data[1] & 1);
  auto loaded = claimcheck::corpus::parse_documents(name, bytes, options);
  if (!loaded.ok())
    return 0;
  for (auto const& document : loaded.value().documents) {
    for (auto const& claim : extractor().extract(document)) {
      if (claim.span.end > document.text.size() || claim.span.begin > claim.span.end)
        std::abort();
      std::string const line = claimcheck::report::claim_json_line(claim);
      if (!nlohmann::json::accept(line))
        std::abort();
    }
  }
  return 0;
}
