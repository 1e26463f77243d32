// One benchmark per pipeline stage, over the bundled corpus:
//   normalise -> segment -> find candidates -> parse (grammar) -> extract -> JSON.
// Bytes processed are input bytes (for BM_JsonLine: JSON bytes written), so
// Google Benchmark prints a rate; items processed count documents, spans or claims.
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_corpus.hpp"
#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/candidates.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/extractor/segment.hpp"
#include "claimcheck/grammar/period.hpp"
#include "claimcheck/grammar/quantity.hpp"
#include "claimcheck/report/json.hpp"

namespace {

namespace cc = claimcheck;
using cc::bench::bundled_documents;

std::size_t total_bytes(std::vector<std::string> const& texts) {
  std::size_t n = 0;
  for (auto const& t : texts)
    n += t.size();
  return n;
}

// The document texts as the loader gave them (most hold curly quotes or dashes).
std::vector<std::string> const& original_texts() {
  static std::vector<std::string> const texts = [] {
    std::vector<std::string> out;
    for (auto const& d : bundled_documents())
      out.push_back(d.text);
    return out;
  }();
  return texts;
}

// The same texts with every non-ASCII character replaced: normalize()'s fast path.
std::vector<std::string> const& ascii_texts() {
  static std::vector<std::string> const texts = [] {
    std::vector<std::string> out;
    for (auto const& t : original_texts())
      out.push_back(cc::bench::ascii_only(t));
    return out;
  }();
  return texts;
}

std::vector<cc::extractor::NormalizedText> const& normalized_texts() {
  static std::vector<cc::extractor::NormalizedText> const texts = [] {
    std::vector<cc::extractor::NormalizedText> out;
    for (auto const& t : original_texts())
      out.push_back(cc::extractor::normalize(t));
    return out;
  }();
  return texts;
}

void run_normalize(benchmark::State& state, std::vector<std::string> const& texts) {
  for (auto _ : state) {
    for (auto const& text : texts) {
      auto normalized = cc::extractor::normalize(text);
      benchmark::DoNotOptimize(normalized);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(texts)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
}

void BM_Normalize_Ascii(benchmark::State& state) {
  run_normalize(state, ascii_texts());
}
BENCHMARK(BM_Normalize_Ascii);

void BM_Normalize_NonAscii(benchmark::State& state) {
  run_normalize(state, original_texts());
}
BENCHMARK(BM_Normalize_NonAscii);

void BM_Segment(benchmark::State& state) {
  auto const& texts = normalized_texts();
  std::size_t bytes = 0;
  for (auto const& t : texts)
    bytes += t.text.size();
  for (auto _ : state) {
    for (auto const& t : texts) {
      auto sentences = cc::extractor::segment_sentences(t.text);
      benchmark::DoNotOptimize(sentences);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
}
BENCHMARK(BM_Segment);

// Triggers and exclusions: the two RE2 scans extract() makes per document.
void BM_FindCandidates(benchmark::State& state) {
  auto const& texts = normalized_texts();
  cc::extractor::CandidateFinder const finder;
  std::size_t bytes = 0;
  for (auto const& t : texts)
    bytes += t.lower.size();
  for (auto _ : state) {
    for (auto const& t : texts) {
      auto triggers = finder.triggers(t.lower);
      auto excluded = finder.excluded(t.lower);
      benchmark::DoNotOptimize(triggers);
      benchmark::DoNotOptimize(excluded);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
}
BENCHMARK(BM_FindCandidates);

// Spans as the extractor hands them to the grammar: lower-cased, from a
// candidate start to the end of its sentence, matching and not.
std::vector<std::string> const kQuantitySpans = {
    "£3.5bn in 2012-13, the report said.",
    "around 4.9% (550,000) of children were referred.",
    "one in four authorities was rated inadequate.",
    "between 100 and 500 families a year.",
    "more than half of the authorities inspected",
    "seven of 43 councils visited were rated as inadequate",
    "16% since 2011, according to the figures.",
    "72 per cent of councils",
    "usd34.6 million was spent",
    "532 per 10,000 children",
    "five percentage points higher than",
    "threefold increase in the number",
    "from 60,000 to 71,000 in the last year",
    "nearly two thirds of social workers",
    "an estimated £2bn funding gap by 2020",
    "children's social care sector remains under intense pressure.",
    "inspectors have warned.",
    "the watchdog said",
    "according to ofsted.",
    "many local councils are struggling",
};

// What most parse_quantity calls see in practice: the extractor also tries up
// to four words before each trigger ("need has increased by 5% to 397,600"),
// and those starts fail.
std::vector<std::string> const kLookBackSpans = {
    "need has increased by 5% to 397,600, while",
    "has increased by 5% to 397,600, while",
    "increased by 5% to 397,600, while",
    "by 5% to 397,600, while",
    "councils visited were rated as inadequate, with a further 26 judged",
    "the watchdog said 72 per cent of councils",
    "in care has risen by 1% and is now",
    "social care in 2013/14 are not yet up to scratch.",
};

void BM_ParseQuantity(benchmark::State& state) {
  std::size_t const bytes = total_bytes(kQuantitySpans);
  for (auto _ : state) {
    for (auto const& span : kQuantitySpans) {
      auto parse = cc::grammar::parse_quantity(span);
      benchmark::DoNotOptimize(parse);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kQuantitySpans.size()));
}
BENCHMARK(BM_ParseQuantity);

void BM_ParseQuantity_LookBack(benchmark::State& state) {
  std::size_t const bytes = total_bytes(kLookBackSpans);
  for (auto _ : state) {
    for (auto const& span : kLookBackSpans) {
      auto parse = cc::grammar::parse_quantity(span);
      benchmark::DoNotOptimize(parse);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kLookBackSpans.size()));
}
BENCHMARK(BM_ParseQuantity_LookBack);

// The time grammar, which extract() tries at every digit trigger before the quantity one.
std::vector<std::string> const kTimeSpans = {
    "2012-13, the report said.",      "since 2011, the number of",
    "31 march 2015 there were",       "between 2010 and 2014 the",
    "in the decade to 2019-20",       "in the last 10 years",
    "550,000 children were referred", "16% since 2011",
};

void BM_ParseTime(benchmark::State& state) {
  std::size_t const bytes = total_bytes(kTimeSpans);
  for (auto _ : state) {
    for (auto const& span : kTimeSpans) {
      auto time = cc::grammar::parse_time(span);
      benchmark::DoNotOptimize(time);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kTimeSpans.size()));
}
BENCHMARK(BM_ParseTime);

// The whole extractor, one bundled document at a time.
void BM_Extract(benchmark::State& state) {
  auto const& documents = bundled_documents();
  cc::extractor::Extractor const extractor;
  std::size_t bytes = 0;
  for (auto const& d : documents)
    bytes += d.text.size();
  std::size_t claims = 0;
  for (auto _ : state) {
    for (auto const& d : documents) {
      auto found = extractor.extract(d);
      claims += found.size();
      benchmark::DoNotOptimize(found);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * documents.size()));
  state.counters["claims/doc"] =
      static_cast<double>(claims) / static_cast<double>(state.iterations() * documents.size());
}
BENCHMARK(BM_Extract);

// claim -> one JSON line, over every claim of the bundled corpus.
void BM_JsonLine(benchmark::State& state) {
  cc::extractor::Extractor const extractor;
  std::vector<cc::extractor::Claim> claims;
  for (auto const& d : bundled_documents()) {
    for (auto& c : extractor.extract(d))
      claims.push_back(std::move(c));
  }
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (auto const& claim : claims) {
      std::string line = cc::report::claim_json_line(claim);
      bytes += line.size();
      benchmark::DoNotOptimize(line);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * claims.size()));
}
BENCHMARK(BM_JsonLine);

}  // namespace
