// The checker at scale: BM_Check runs every rule over N synthetic claims
// spread over 10,000 metric keys, 100,000 documents, 50 periods and 3
// populations, with a value spread that gives both consistent and conflicting
// pairs. Claims are grouped by metric key and bucketed by what makes them
// comparable, so the cost grows with the size of the largest bucket, not N².
//   build-bench/bench/claimcheck_check_bench --benchmark_filter=1000000
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "claimcheck/checker/check.hpp"

namespace cc = claimcheck;

namespace {

std::vector<cc::extractor::Claim> synthetic_claims(std::size_t n) {
  std::mt19937 random(20241123);
  std::vector<cc::extractor::Claim> claims;
  claims.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    cc::extractor::Claim c;
    c.id = "c" + std::to_string(i);
    c.doc = "d" + std::to_string(random() % 100000);
    c.text = "x";
    c.sentence = "A synthetic sentence about a figure.";
    c.metric = cc::extractor::Metric{"metric_" + std::to_string(random() % 10000), "phrase",
                                     "lexicon", "stock"};
    c.population = random() % 3 == 0 ? "over 16" : "";
    c.confidence = 0.9;
    double v = 1000 + static_cast<double>(random() % 100);
    c.quantity.kind = cc::grammar::QuantityKind::kCount;
    c.quantity.value = v;
    c.quantity.low = v - 0.5;
    c.quantity.high = v + 0.5;
    int year = 1980 + static_cast<int>(random() % 50);
    cc::grammar::Period p;
    p.label = std::to_string(year);
    p.start = p.label + "-01-01";
    p.end = p.label + "-12-31";
    c.time.at = cc::extractor::ScopedPeriod{p, "", false};
    claims.push_back(std::move(c));
  }
  return claims;
}

void BM_Check(benchmark::State& state) {
  auto const claims = synthetic_claims(static_cast<std::size_t>(state.range(0)));
  std::vector<cc::corpus::Document> const documents;
  cc::corpus::Lexicon const lexicon;
  std::vector<cc::corpus::ReferenceRow> const reference;
  std::size_t findings = 0;
  for (auto _ : state) {
    auto out = cc::checker::check({documents, claims, lexicon, reference});
    findings = out.size();
    benchmark::DoNotOptimize(out);
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Check)->Arg(10000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
