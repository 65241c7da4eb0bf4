// IpsTable: the compiled model tabulated over the cells its split points define.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "throttllem/forest.hpp"

namespace throttllem {

/// Iteration time (s) of a forest for one TP degree, over every supported clock, every batch
/// size 1..max_batch and every KV-token cell. A tree ensemble is constant between consecutive
/// split points, so looking up a cell gives exactly what evaluating the forest would.
class IpsTable {
 public:
  /// Evaluates the forest once per cell. Throws InvalidArgument when the forest has no split
  /// points or the table would exceed `max_cells`.
  IpsTable(const Forest& forest, std::int64_t tp_degree, const std::vector<std::int64_t>& clocks_mhz,
           std::int64_t max_batch, std::int64_t max_cells = 16'000'000);

  /// Seconds per iteration at clock index `clock_idx` (into the clock list given at build).
  double iteration_s(std::size_t clock_idx, std::int64_t batch, std::int64_t kv_tokens) const {
    return time_s_[(clock_cell_[clock_idx] * batch_cells_ + batch_cell_[batch]) * kv_cells() +
                   kv_cell_of(kv_tokens)];
  }
  /// Same with a precomputed KV cell (see kv_cell_of).
  double iteration_s_cell(std::size_t clock_idx, std::int64_t batch, std::size_t kv_cell) const {
    return time_s_[(clock_cell_[clock_idx] * batch_cells_ + batch_cell_[batch]) * kv_cells() + kv_cell];
  }
  /// Iteration times of one clock, indexed by batch_cell(b) * kv_cells() + KV cell.
  const double* clock_slab(std::size_t clock_idx) const {
    return &time_s_[clock_cell_[clock_idx] * batch_cells_ * kv_cells()];
  }
  std::size_t batch_cell(std::int64_t batch) const { return batch_cell_[static_cast<std::size_t>(batch)]; }
  std::size_t kv_cell_of(std::int64_t kv_tokens) const;
  /// First KV-token count of cell `c + 1` (where cell `c` ends), or INT64_MAX for the last cell.
  std::int64_t kv_cell_end(std::size_t c) const { return kv_ends_[c]; }
  std::size_t kv_cells() const { return kv_starts_.size(); }
  std::size_t cells() const { return time_s_.size(); }
  std::int64_t max_batch() const { return max_batch_; }
  /// True when iteration time never rises with clock, for every (batch, KV) cell.
  bool monotone_in_clock() const { return monotone_; }

 private:
  std::int64_t max_batch_;
  std::size_t batch_cells_ = 0;
  std::vector<std::size_t> clock_cell_;  // per clock index
  std::vector<std::size_t> batch_cell_;  // per batch size 0..max_batch
  std::vector<std::int64_t> kv_starts_;  // first KV-token count of each cell, ascending
  std::vector<std::int64_t> kv_ends_;    // kv_starts_ shifted by one, INT64_MAX last: no bounds branch
  std::vector<double> time_s_;
  bool monotone_ = true;
};

}  // namespace throttllem
