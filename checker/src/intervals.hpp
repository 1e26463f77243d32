// Sweeps over the closed intervals [low, high] of a bucket of comparable
// figures: which pairs do not overlap (the conflicts), and which figures all
// share one value (the largest group that agrees). Both sort once, so a
// bucket of n figures costs O(n log n) plus the pairs actually reported,
// instead of visiting all n(n-1)/2 pairs.
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace claimcheck::checker::detail {

struct Interval {
  double low;
  double high;
};

using IndexPair = std::pair<std::uint32_t, std::uint32_t>;

/// Buffers the sweeps reuse from one bucket to the next: a million claims
/// make a quarter of a million buckets, and allocating for each one shows.
struct SweepBuffers {
  std::vector<std::uint32_t> order;
  std::vector<std::pair<double, int>> events;
};

/// Appends to `out` every pair (i, j), i < j, of intervals that do not
/// overlap and for which `keep(i, j)` holds, sorted. Stops and returns false
/// once more than `limit` pairs are kept (`out` then holds limit + 1 pairs).
/// Intervals are closed: [1, 2] and [2, 3] overlap. NaN bounds never conflict.
template <typename Keep>
bool disjoint_pairs(std::vector<Interval> const& v, std::size_t limit, Keep keep,
                    std::vector<IndexPair>& out, SweepBuffers& buffers) {
  std::vector<std::uint32_t>& by_high = buffers.order;
  by_high.resize(v.size());
  std::iota(by_high.begin(), by_high.end(), 0u);
  std::sort(by_high.begin(), by_high.end(),
            [&](std::uint32_t a, std::uint32_t b) { return v[a].high < v[b].high; });
  std::size_t const start = out.size();
  for (std::uint32_t j = 0; j < v.size(); ++j) {
    // Every interval that ends before this one starts: a prefix of by_high.
    auto below = std::partition_point(by_high.begin(), by_high.end(),
                                      [&](std::uint32_t i) { return v[i].high < v[j].low; });
    for (auto it = by_high.begin(); it != below; ++it) {
      IndexPair pair = std::minmax(*it, j);
      if (!keep(pair.first, pair.second))
        continue;
      out.push_back(pair);
      if (out.size() - start > limit)
        return false;
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
  return true;
}

/// Writes to `out` the indices (ascending) of the most intervals that share
/// one value: the largest set in which every figure agrees with every other.
/// Ties go to the lowest such value.
inline void largest_agreeing(std::vector<Interval> const& v, std::vector<std::uint32_t>& out,
                             SweepBuffers& buffers) {
  // A start sorts before an end at the same value, because closed intervals
  // that touch overlap.
  std::vector<std::pair<double, int>>& events = buffers.events;
  events.clear();
  for (auto const& i : v) {
    if (i.low <= i.high) {
      events.push_back({i.low, 0});
      events.push_back({i.high, 1});
    }
  }
  std::sort(events.begin(), events.end());
  int open = 0, best = 0;
  double at = 0;
  for (auto const& [value, is_end] : events) {
    open += is_end ? -1 : 1;
    if (open > best) {
      best = open;
      at = value;
    }
  }
  out.clear();
  for (std::uint32_t i = 0; i < v.size(); ++i) {
    if (best > 0 && v[i].low <= at && at <= v[i].high)
      out.push_back(i);
  }
}

}  // namespace claimcheck::checker::detail
