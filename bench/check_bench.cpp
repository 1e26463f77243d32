// The checker at scale, two synthetic inputs of N claims:
//   BM_Check            the worst case: 10,000 metric keys, 100,000 documents
//                       (each claim's drawn at random), 50 years, two
//                       populations, values spread so that most same-bucket
//                       pairs disagree. Buckets fill as N grows, so the
//                       findings grow with N² until buckets pass ten
//                       disagreeing pairs and are summarised.
//   BM_Check_Realistic  a mix like an archive of news: see realistic_claims().
// Claims are grouped by metric key and bucketed by what makes them comparable;
// see bench/README.md for the cost as N grows.
//   build-bench/bench/claimcheck_check_bench --benchmark_filter=1000000
#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "claimcheck/checker/check.hpp"

namespace cc = claimcheck;

namespace {

// "c17": appended, because g++ 12 warns falsely on "c" + std::to_string(17)
// (-Wrestrict, PR 105329).
std::string named(char const* prefix, std::size_t n) {
  std::string out = prefix;
  out += std::to_string(n);
  return out;
}

cc::extractor::Claim count_claim(std::size_t i, std::string doc, std::string metric, int year,
                                 double low, double high) {
  cc::extractor::Claim c;
  c.id = named("c", i);
  c.doc = std::move(doc);
  c.text = "x";
  c.sentence = "A synthetic sentence about a figure.";
  c.metric = cc::extractor::Metric{std::move(metric), "phrase", "lexicon", "stock"};
  c.confidence = 0.9;
  c.quantity.kind = cc::grammar::QuantityKind::kCount;
  c.quantity.value = (low + high) / 2;
  c.quantity.low = low;
  c.quantity.high = high;
  cc::grammar::Period p;
  p.label = std::to_string(year);
  p.start = p.label + "-01-01";
  p.end = p.label + "-12-31";
  c.time.at = cc::extractor::ScopedPeriod{p, "", false};
  return c;
}

std::vector<cc::extractor::Claim> synthetic_claims(std::size_t n) {
  std::mt19937 random(20241123);
  std::vector<cc::extractor::Claim> claims;
  claims.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string doc = named("d", random() % 100000);
    std::string metric = named("metric_", random() % 10000);
    std::string population = random() % 3 == 0 ? "over 16" : "";
    double v = 1000 + static_cast<double>(random() % 100);
    int year = 1980 + static_cast<int>(random() % 50);
    claims.push_back(count_claim(i, std::move(doc), std::move(metric), year, v - 0.5, v + 0.5));
    claims.back().population = std::move(population);
  }
  return claims;
}

// Claims come document by document, ten a document, as the extractor emits
// them; one metric key per 200 claims (a bigger archive covers more subjects,
// it does not only repeat the same ones), ten recent years. Each key and year
// has one official figure: 60% of claims quote it exactly, 25% rounded to the
// thousand ("around 12,000", which still agrees), 10% quote last year's
// figure for this year (a real disagreement, 4% off), and 5% give a figure
// for another population (another bucket).
std::vector<cc::extractor::Claim> realistic_claims(std::size_t n) {
  std::mt19937 random(20241124);
  std::size_t const keys = std::max<std::size_t>(1, n / 200);
  std::vector<cc::extractor::Claim> claims;
  claims.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t key = random() % keys;
    int year = 2014 + static_cast<int>(random() % 10);
    double official = 5000 + static_cast<double>((key * 7919 + year * 104729) % 95000);
    unsigned roll = random() % 100;
    double low, high;
    if (roll < 60) {
      low = official - 0.5, high = official + 0.5;
    } else if (roll < 85) {
      double rounded = 1000 * std::round(official / 1000);
      low = rounded - 500, high = rounded + 500;
    } else {
      double stale = std::round(official * 0.96);
      low = stale - 0.5, high = stale + 0.5;
    }
    claims.push_back(count_claim(i, named("d", i / 10), named("metric_", key), year, low, high));
    if (roll >= 95)
      claims.back().population = "over 16";
  }
  return claims;
}

void run(benchmark::State& state, std::vector<cc::extractor::Claim> const& claims) {
  std::vector<cc::corpus::Document> const documents;
  cc::corpus::Lexicon const lexicon;
  std::vector<cc::corpus::ReferenceRow> const reference;
  std::size_t findings = 0, conflicts = 0;
  for (auto _ : state) {
    auto out = cc::checker::check({documents, claims, lexicon, reference});
    findings = out.size();
    conflicts = 0;
    for (auto const& f : out)
      conflicts += f.verdict == "conflict";
    benchmark::DoNotOptimize(out);
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["conflicts"] = static_cast<double>(conflicts);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Check(benchmark::State& state) {
  run(state, synthetic_claims(static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(BM_Check)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_Check_Realistic(benchmark::State& state) {
  run(state, realistic_claims(static_cast<std::size_t>(state.range(0))));
}
BENCHMARK(BM_Check_Realistic)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
