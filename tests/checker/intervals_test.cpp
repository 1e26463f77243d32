// The sweeps the cross-source rule uses instead of visiting every pair must
// find exactly what visiting every pair finds.
#include "intervals.hpp"

#include <algorithm>
#include <random>
#include <set>
#include <vector>

#include <gtest/gtest.h>

namespace {

using claimcheck::checker::detail::IndexPair;
using claimcheck::checker::detail::Interval;
using claimcheck::checker::detail::SweepBuffers;

std::vector<Interval> random_intervals(std::mt19937& random, std::size_t n) {
  std::vector<Interval> out;
  for (std::size_t i = 0; i < n; ++i) {
    double low = static_cast<double>(random() % 40);
    out.push_back({low, low + static_cast<double>(random() % 6)});
  }
  return out;
}

TEST(DisjointPairs, FindsEveryNonOverlappingPairThatIsKept) {
  std::mt19937 random(7);
  SweepBuffers buffers;
  for (int round = 0; round < 200; ++round) {
    auto v = random_intervals(random, random() % 30);
    auto keep = [](std::uint32_t i, std::uint32_t j) { return (i + j) % 3 != 0; };
    std::vector<IndexPair> expected;
    for (std::uint32_t i = 0; i < v.size(); ++i) {
      for (std::uint32_t j = i + 1; j < v.size(); ++j) {
        bool overlap = v[i].low <= v[j].high && v[j].low <= v[i].high;
        if (!overlap && keep(i, j))
          expected.push_back({i, j});
      }
    }
    std::vector<IndexPair> got;
    bool all = claimcheck::checker::detail::disjoint_pairs(v, 1000, keep, got, buffers);
    EXPECT_TRUE(all);
    EXPECT_EQ(got, expected);
  }
}

TEST(DisjointPairs, StopsPastTheLimit) {
  std::vector<Interval> v = {{0, 1}, {2, 3}, {4, 5}, {6, 7}};  // six disjoint pairs
  SweepBuffers buffers;
  std::vector<IndexPair> got;
  auto all = [](std::uint32_t, std::uint32_t) { return true; };
  EXPECT_FALSE(claimcheck::checker::detail::disjoint_pairs(v, 3, all, got, buffers));
  EXPECT_EQ(got.size(), 4u);
  got.clear();
  EXPECT_TRUE(claimcheck::checker::detail::disjoint_pairs(v, 6, all, got, buffers));
  EXPECT_EQ(got.size(), 6u);
}

TEST(DisjointPairs, TouchingIntervalsOverlap) {
  std::vector<Interval> v = {{1, 2}, {2, 3}};
  SweepBuffers buffers;
  std::vector<IndexPair> got;
  auto all = [](std::uint32_t, std::uint32_t) { return true; };
  EXPECT_TRUE(claimcheck::checker::detail::disjoint_pairs(v, 10, all, got, buffers));
  EXPECT_TRUE(got.empty());
}

TEST(LargestAgreeing, IsTheLargestSetSharingAValue) {
  std::mt19937 random(11);
  SweepBuffers buffers;
  for (int round = 0; round < 200; ++round) {
    auto v = random_intervals(random, 1 + random() % 30);
    std::size_t best = 0;
    for (double x = 0; x <= 50; x += 0.5) {
      std::size_t covering = 0;
      for (auto const& i : v)
        covering += i.low <= x && x <= i.high;
      best = std::max(best, covering);
    }
    std::vector<std::uint32_t> got;
    claimcheck::checker::detail::largest_agreeing(v, got, buffers);
    ASSERT_EQ(got.size(), best);
    for (std::uint32_t a : got) {
      for (std::uint32_t b : got)
        EXPECT_TRUE(v[a].low <= v[b].high && v[b].low <= v[a].high);
    }
  }
}

}  // namespace
