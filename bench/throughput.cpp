// The throughput harness: what `claimcheck extract --format jsonl` does to a
// large input, single-threaded. It builds ~N MB of news text from the bundled
// corpus's paragraphs (shuffled with a fixed seed), runs Extractor::extract on
// every document and serialises every claim with report::claim_json_line, then
// prints input MB, claims, seconds, MB/s and peak RSS. With --out it also
// writes the JSON lines to FILE, so a change meant only to be faster can be
// shown to leave every claim as it was (diff two runs' files).
//   claimcheck_throughput [--mb N] [--no-json] [--seed S] [--out FILE]
// MB here is 10^6 bytes.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <vector>

#include "bench_corpus.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/report/json.hpp"

namespace {

namespace cc = claimcheck;
using Clock = std::chrono::steady_clock;

constexpr double kMB = 1e6;

struct Options {
  double mb = 40;
  bool json = true;
  std::uint64_t seed = 20240601;
  std::string out;  // where to write the JSON lines; empty: nowhere
};

int usage(char const* argv0) {
  std::fprintf(stderr, "usage: %s [--mb N] [--no-json] [--seed S] [--out FILE]\n", argv0);
  return 2;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024.0 / kMB;  // Linux: ru_maxrss is in KiB
}

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](timeval t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view const arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      char* end = nullptr;
      options.mb = std::strtod(argv[++i], &end);
      if (*end != '\0' || !(options.mb > 0))
        return usage(argv[0]);
    } else if (arg == "--seed" && i + 1 < argc) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--out" && i + 1 < argc) {
      options.out = argv[++i];
    } else if (arg == "--no-json") {
      options.json = false;
    } else {
      return usage(argv[0]);
    }
  }

  if (!options.out.empty() && !options.json) {
    std::fprintf(stderr, "--out writes the JSON lines, which --no-json skips\n");
    return usage(argv[0]);
  }
  auto const documents = cc::bench::synthetic_documents(
      cc::bench::bundled_documents(), static_cast<std::size_t>(options.mb * kMB), options.seed);
  std::size_t input_bytes = 0;
  for (auto const& d : documents)
    input_bytes += d.text.size();
  double const rss_before = peak_rss_mb();

  // As `claimcheck extract` runs: with the bundled lexicons.
  auto lexicon = cc::corpus::load_lexicons(cc::corpus::bundled_lexicon_dir());
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", lexicon.status().to_string().c_str());
    return 2;
  }
  auto made = cc::extractor::Extractor::with_lexicon(lexicon.value());
  if (!made.ok()) {
    std::fprintf(stderr, "%s\n", made.status().to_string().c_str());
    return 2;
  }
  cc::extractor::Extractor const& extractor = made.value();
  std::ofstream out;
  if (!options.out.empty()) {
    out.open(options.out, std::ios::binary);
    if (!out) {
      std::fprintf(stderr, "%s: cannot write\n", options.out.c_str());
      return 2;
    }
  }
  std::size_t claims = 0;
  std::size_t json_bytes = 0;
  double extract_seconds = 0;
  double json_seconds = 0;
  double const cpu_start = cpu_seconds();
  auto const start = Clock::now();
  for (auto const& document : documents) {
    auto const t0 = Clock::now();
    auto const found = extractor.extract(document);
    auto const t1 = Clock::now();
    extract_seconds += std::chrono::duration<double>(t1 - t0).count();
    claims += found.size();
    if (options.json) {
      for (auto const& claim : found) {
        std::string line = cc::report::claim_json_line(claim);
        line += '\n';
        json_bytes += line.size();
        if (out.is_open())
          out << line;
      }
      json_seconds += since(t1);
    }
  }
  double const wall = since(start);
  double const cpu = cpu_seconds() - cpu_start;

  double const mb = static_cast<double>(input_bytes) / kMB;
  std::printf("input          %.2f MB in %zu documents (%.1f KB each, seed %llu)\n", mb,
              documents.size(), static_cast<double>(input_bytes) / 1e3 / documents.size(),
              static_cast<unsigned long long>(options.seed));
  std::printf("claims         %zu (%.1f per document)\n", claims,
              static_cast<double>(claims) / documents.size());
  std::printf("extract        %.3f s  %.2f MB/s\n", extract_seconds, mb / extract_seconds);
  if (options.json) {
    std::printf("json lines     %.3f s  %.2f MB of JSON  (%.0f claims/s)\n", json_seconds,
                static_cast<double>(json_bytes) / kMB, static_cast<double>(claims) / json_seconds);
  } else {
    std::printf("json lines     skipped (--no-json)\n");
  }
  std::printf("total          %.3f s wall, %.3f s CPU  %.2f MB/s (wall)  %.2f MB/s (CPU)\n", wall,
              cpu, mb / wall, mb / cpu);
  std::printf("peak RSS       %.1f MB (%.1f MB after generating the input)\n", peak_rss_mb(),
              rss_before);
  return 0;
}
