// Tabulation of a forest over the cells between its split points.
#include "throttllem/ips_table.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {

// For integer inputs, every comparison `v <= t` or `v < t` (in float or double) is decided by
// which side of floor(t) and floor(t) + 1 v lies; those are the only places a cell can start.
// A non-integer t puts v <= floor(t) on one side under both operators: one start suffices.
std::vector<std::int64_t> integer_cell_starts(const std::vector<double>& thresholds) {
  std::vector<std::int64_t> starts;
  for (double t : thresholds) {
    if (!std::isfinite(t) || std::fabs(t) > 9.0e15) continue;
    const auto f = static_cast<std::int64_t>(std::floor(t));
    if (static_cast<double>(f) == t) starts.push_back(f);
    starts.push_back(f + 1);
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

// Cell key of integer v: the number of starts <= v.
std::size_t cell_key(const std::vector<std::int64_t>& starts, std::int64_t v) {
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), v) - starts.begin());
}

}  // namespace

IpsTable::IpsTable(const Forest& forest, std::int64_t tp_degree, const std::vector<std::int64_t>& clocks_mhz,
                   std::int64_t max_batch, std::int64_t max_cells)
    : max_batch_(max_batch) {
  if (!forest.has_split_points())
    throw InvalidArgument("model " + forest.path() +
                          " has no split points in its sidecar; compile it with throttllem.forest.compile");
  if (clocks_mhz.empty()) throw InvalidArgument("clock list is empty");
  if (max_batch < 1) throw InvalidArgument("max_batch must be >= 1");
  const auto& splits = forest.meta().split_points;

  // Batch sizes 1..max_batch -> dense cell ids, with one representative batch per cell.
  const auto batch_starts = integer_cell_starts(splits[kBatchSize]);
  batch_cell_.assign(static_cast<std::size_t>(max_batch) + 1, 0);
  std::vector<std::int64_t> batch_rep;
  std::size_t last_key = std::numeric_limits<std::size_t>::max();
  for (std::int64_t b = 1; b <= max_batch; ++b) {
    const std::size_t key = cell_key(batch_starts, b);
    if (key != last_key) {
      batch_rep.push_back(b);
      last_key = key;
    }
    batch_cell_[static_cast<std::size_t>(b)] = batch_rep.size() - 1;
  }
  batch_cell_[0] = 0;  // batch 0 never runs an iteration; keep the index valid
  batch_cells_ = batch_rep.size();

  // Clocks: group clocks that fall in the same cell (clock keys are monotone in MHz).
  const auto clock_starts = integer_cell_starts(splits[kClockMhz]);
  std::map<std::size_t, std::size_t> clock_key_to_cell;
  std::vector<std::int64_t> clock_rep;
  clock_cell_.resize(clocks_mhz.size());
  for (std::size_t i = 0; i < clocks_mhz.size(); ++i) {
    const std::size_t key = cell_key(clock_starts, clocks_mhz[i]);
    auto it = clock_key_to_cell.find(key);
    if (it == clock_key_to_cell.end()) {
      it = clock_key_to_cell.emplace(key, clock_rep.size()).first;
      clock_rep.push_back(clocks_mhz[i]);
    }
    clock_cell_[i] = it->second;
  }

  // KV tokens: cells start at 0 and at each integer start above 0; the last is unbounded.
  kv_starts_.push_back(0);
  for (std::int64_t s : integer_cell_starts(splits[kKvTokens]))
    if (s > 0) kv_starts_.push_back(s);
  kv_ends_.assign(kv_starts_.begin() + 1, kv_starts_.end());
  kv_ends_.push_back(INT64_MAX);

  const double total = static_cast<double>(clock_rep.size()) * static_cast<double>(batch_cells_) *
                       static_cast<double>(kv_starts_.size());
  if (total > static_cast<double>(max_cells))
    throw InvalidArgument("tabulating the model needs " + std::to_string(static_cast<long long>(total)) +
                          " cells (limit " + std::to_string(max_cells) +
                          "); train with fewer split points per feature (e.g. LightGBM max_bin <= 63)");
  time_s_.assign(static_cast<std::size_t>(total), 0.0);

  // One clock cell per task; predict() of a TL2cgen library is pure, so threads may share it.
  const std::size_t kv_n = kv_starts_.size();
  auto fill_clock = [&](std::size_t c) {
    std::vector<double> rows(batch_cells_ * kv_n * kNumFeatures);
    std::vector<double> ips(batch_cells_ * kv_n);
    std::size_t r = 0;
    for (std::size_t b = 0; b < batch_cells_; ++b)
      for (std::size_t k = 0; k < kv_n; ++k, ++r) {
        double* row = &rows[r * kNumFeatures];
        row[kTpDegree] = static_cast<double>(tp_degree);
        row[kBatchSize] = static_cast<double>(batch_rep[b]);
        row[kKvTokens] = static_cast<double>(kv_starts_[k]);
        row[kClockMhz] = static_cast<double>(clock_rep[c]);
      }
    forest.predict_many(rows.data(), ips.size(), ips.data());
    double* dst = &time_s_[c * batch_cells_ * kv_n];
    for (std::size_t i = 0; i < ips.size(); ++i)
      dst[i] = ips[i] > 0.0 && std::isfinite(ips[i]) ? 1.0 / ips[i] : std::numeric_limits<double>::infinity();
  };
  const std::size_t workers = std::max<std::size_t>(
      1, std::min<std::size_t>(std::thread::hardware_concurrency(), clock_rep.size()));
  std::vector<std::thread> pool;
  for (std::size_t w = 0; w < workers; ++w)
    pool.emplace_back([&, w] {
      for (std::size_t c = w; c < clock_rep.size(); c += workers) fill_clock(c);
    });
  for (std::thread& t : pool) t.join();

  // Monotone: iteration time never rises as the clock rises, for every (batch, KV) cell.
  std::vector<std::size_t> by_clock(clocks_mhz.size());
  for (std::size_t i = 0; i < by_clock.size(); ++i) by_clock[i] = i;
  std::sort(by_clock.begin(), by_clock.end(),
            [&](std::size_t a, std::size_t b) { return clocks_mhz[a] < clocks_mhz[b]; });
  const std::size_t slab = batch_cells_ * kv_n;
  for (std::size_t i = 1; i < by_clock.size() && monotone_; ++i) {
    const double* lo = &time_s_[clock_cell_[by_clock[i - 1]] * slab];
    const double* hi = &time_s_[clock_cell_[by_clock[i]] * slab];
    for (std::size_t j = 0; j < slab; ++j)
      if (hi[j] > lo[j]) {
        monotone_ = false;
        break;
      }
  }
}

std::size_t IpsTable::kv_cell_of(std::int64_t kv_tokens) const {
  auto it = std::upper_bound(kv_starts_.begin(), kv_starts_.end(), kv_tokens);
  return it == kv_starts_.begin() ? 0 : static_cast<std::size_t>(it - kv_starts_.begin()) - 1;
}

}  // namespace throttllem
