// Governor: admission control and the lowest SM clock meeting the SLOs.
#include "throttllem/governor.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }
}  // namespace

const char* to_string(DecisionReason reason) {
  switch (reason) {
    case DecisionReason::kIdle: return "idle";
    case DecisionReason::kSloBound: return "slo_bound";
    case DecisionReason::kLateRequest: return "late_request";
    case DecisionReason::kHoldHysteresis: return "hold_hysteresis";
    case DecisionReason::kHoldDwell: return "hold_dwell";
  }
  return "unknown";
}

Governor::Governor(std::shared_ptr<const Forest> forest, const GovernorConfig& config, std::int64_t max_batch)
    : forest_(std::move(forest)), config_(config), max_batch_(max_batch) {
  if (!forest_) throw InvalidArgument("forest is null");
  if (config.clocks_mhz.empty()) throw InvalidArgument("clock list is empty");
  if (config.tp_degree < 1) throw InvalidArgument("tp_degree must be >= 1");
  if (!(config.tbt_target_s > 0.0) || !std::isfinite(config.tbt_target_s))
    throw InvalidArgument("tbt target must be a finite number > 0");
  if (config.min_saving_mhz < 0) throw InvalidArgument("min_saving_mhz must be >= 0");
  if (!(config.dwell_s >= 0.0) || !std::isfinite(config.dwell_s)) throw InvalidArgument("dwell_s must be a finite number >= 0");
  if (max_batch < 1) throw InvalidArgument("max_batch_size must be >= 1");
  clocks_ = config.clocks_mhz;
  std::sort(clocks_.begin(), clocks_.end());
  if (clocks_.front() <= 0) throw InvalidArgument("clocks must be positive MHz");
  if (std::adjacent_find(clocks_.begin(), clocks_.end()) != clocks_.end())
    throw InvalidArgument("clock list has duplicates");
  if (!config.exact) table_ = std::make_unique<IpsTable>(*forest_, config.tp_degree, clocks_, max_batch);
  current_clock_ = clocks_.back();  // a GPU at rest runs its default (max) application clock
}

std::size_t Governor::index_of(std::int64_t clock_mhz) const {
  auto it = std::lower_bound(clocks_.begin(), clocks_.end(), clock_mhz);
  if (it == clocks_.end() || *it != clock_mhz)
    throw InvalidArgument("clock " + std::to_string(clock_mhz) + " MHz is not in the supported list");
  return static_cast<std::size_t>(it - clocks_.begin());
}

void Governor::reset(std::int64_t clock_mhz) {
  index_of(clock_mhz);
  current_clock_ = clock_mhz;
  last_switch_s_ = -kInf;
}

void Governor::build_pieces(const Projection& p, double now_s) {
  pieces_now_s_ = now_s;
  // Written through raw pointers (push_back's capacity checks were a third of this function's
  // cost); capacity grows, rarely, when KV crosses more table cells than ever before.
  const std::size_t kv_cells = table_->kv_cells();
  std::size_t* offset = nullptr;
  double* iterations = nullptr;
  double* limit = nullptr;
  std::int64_t* finish_iter = nullptr;
  double* min_deadline = nullptr;
  auto reserve = [&](std::size_t needed) {
    if (pieces_.offset.size() < needed) {
      const std::size_t size = std::max<std::size_t>(needed, 2 * pieces_.offset.size());
      pieces_.offset.resize(size);
      pieces_.iterations.resize(size);
      pieces_.limit_s.resize(size);
      pieces_.finish_iter.resize(size);
      pieces_.min_deadline_s.resize(size);
    }
    offset = pieces_.offset.data();
    iterations = pieces_.iterations.data();
    limit = pieces_.limit_s.data();
    finish_iter = pieces_.finish_iter.data();
    min_deadline = pieces_.min_deadline_s.data();
  };
  reserve(2 * p.segments.size() + kv_cells + 1);
  std::size_t n = 0;
  std::size_t cell = p.segments.empty() ? 0 : table_->kv_cell_of(p.segments.front().kv_tokens_first);
  for (const Segment& seg : p.segments) {
    const std::int64_t b = seg.batch;
    const std::size_t row = table_->batch_cell(b) * kv_cells;
    // Walk from the previous segment's cell: KV moves little between neighbouring segments.
    while (cell > 0 && table_->kv_cell_end(cell - 1) > seg.kv_tokens_first) --cell;
    std::int64_t done = 0;
    while (done < seg.iterations) {
      const std::int64_t kv = seg.kv_tokens_first + b * done;
      while (table_->kv_cell_end(cell) <= kv) ++cell;  // a large batch can jump several cells
      std::int64_t count = seg.iterations - done;
      const std::int64_t end = table_->kv_cell_end(cell);
      // Divide only when the segment really leaves this cell (divisions dominate otherwise).
      if (kv + b * (count - 1) >= end) count = ceil_div(end - seg.kv_tokens_first, b) - done;
      if (n == pieces_.offset.size()) reserve(n + 1);
      offset[n] = row + cell;
      iterations[n] = static_cast<double>(count);
      limit[n] = kInf;
      finish_iter[n] = 0;
      min_deadline[n] = kInf;
      ++n;
      done += count;
    }
    if (seg.finishing > 0) {
      const std::int64_t finish = seg.start_iter + seg.iterations;
      finish_iter[n - 1] = finish;
      min_deadline[n - 1] = seg.min_deadline_s;
      limit[n - 1] = std::min(config_.tbt_target_s * static_cast<double>(finish), seg.min_deadline_s - now_s);
    }
  }
  pieces_count_ = n;
}

Governor::Check Governor::check_pieces(std::size_t clock_idx, bool stop_at_violation) const {
  const double* slab = table_->clock_slab(clock_idx);
  Check c;
  const std::size_t count = pieces_count_;
  const std::size_t* offset = pieces_.offset.data();
  const double* iterations = pieces_.iterations.data();
  const double* limit = pieces_.limit_s.data();
  double elapsed = 0.0;
  if (stop_at_violation) {
    // Feasibility only: the search's inner loop.
    for (std::size_t i = 0; i < count; ++i) {
      elapsed += iterations[i] * slab[offset[i]];
      if (elapsed > limit[i]) return c;
    }
    c.feasible = true;
    return c;
  }
  c.e2e_slack_s = kInf;
  c.feasible = true;
  for (std::size_t i = 0; i < count; ++i) {
    elapsed += iterations[i] * slab[offset[i]];
    if (pieces_.finish_iter[i] == 0) continue;
    c.tbt_s = std::max(c.tbt_s, elapsed / static_cast<double>(pieces_.finish_iter[i]));
    c.e2e_slack_s = std::min(c.e2e_slack_s, pieces_.min_deadline_s[i] - pieces_now_s_ - elapsed);
    if (elapsed > limit[i]) c.feasible = false;
  }
  return c;
}

Governor::Check Governor::check_exact(const Projection& p, std::size_t clock_idx, double now_s) const {
  Check c;
  c.e2e_slack_s = kInf;
  bool ok = true;
  double elapsed = 0.0;
  FeatureRow row{static_cast<double>(config_.tp_degree), 0.0, 0.0, static_cast<double>(clocks_[clock_idx])};
  for (const Segment& seg : p.segments) {
    for (std::int64_t k = 0; k < seg.iterations; ++k) {
      row[kBatchSize] = static_cast<double>(seg.batch);
      row[kKvTokens] = static_cast<double>(seg.kv_tokens_first + seg.batch * k);
      const double ips = forest_->predict(row);
      elapsed += ips > 0.0 && std::isfinite(ips) ? 1.0 / ips : kInf;
    }
    if (seg.finishing == 0) continue;
    const double tbt = elapsed / static_cast<double>(seg.start_iter + seg.iterations);
    const double slack = seg.min_deadline_s - now_s - elapsed;
    c.tbt_s = std::max(c.tbt_s, tbt);
    c.e2e_slack_s = std::min(c.e2e_slack_s, slack);
    if (tbt > config_.tbt_target_s || slack < 0.0) ok = false;
  }
  c.feasible = ok;
  return c;
}

Governor::Check Governor::evaluate(const Projection& p, std::size_t clock_idx, double now_s,
                                   bool stop_at_violation) const {
  return config_.exact ? check_exact(p, clock_idx, now_s) : check_pieces(clock_idx, stop_at_violation);
}

Governor::Check Governor::check(const Projection& p, std::size_t clock_idx, double now_s) {
  if (clock_idx >= clocks_.size()) throw InvalidArgument("clock index out of range");
  // The IPS table stops at max_batch_size: a wider projection has no cells to read.
  if (p.peak_batch > max_batch_)
    throw InvalidArgument("the projection's peak batch " + std::to_string(p.peak_batch) +
                          " exceeds the governor's max_batch_size " + std::to_string(max_batch_));
  if (!config_.exact) build_pieces(p, now_s);
  return evaluate(p, clock_idx, now_s, false);
}

void Governor::finish_times(const Projection& p, std::size_t clock_idx) {
  finish_elapsed_s_.clear();
  if (config_.exact) {
    double elapsed = 0.0;
    FeatureRow row{static_cast<double>(config_.tp_degree), 0.0, 0.0, static_cast<double>(clocks_[clock_idx])};
    for (const Segment& seg : p.segments) {
      row[kBatchSize] = static_cast<double>(seg.batch);
      for (std::int64_t k = 0; k < seg.iterations; ++k) {
        row[kKvTokens] = static_cast<double>(seg.kv_tokens_first + seg.batch * k);
        const double ips = forest_->predict(row);
        elapsed += ips > 0.0 && std::isfinite(ips) ? 1.0 / ips : kInf;
      }
      if (seg.finishing > 0) finish_elapsed_s_.push_back(elapsed);
    }
    return;
  }
  build_pieces(p, pieces_now_s_);
  const double* slab = table_->clock_slab(clock_idx);
  double elapsed = 0.0;
  for (std::size_t i = 0; i < pieces_count_; ++i) {
    elapsed += pieces_.iterations[i] * slab[pieces_.offset[i]];
    if (pieces_.finish_iter[i] > 0) finish_elapsed_s_.push_back(elapsed);
  }
}

void Governor::find_hopeless(const Projection& p, double now_s) {
  finish_times(p, clocks_.size() - 1);
  std::size_t next = 0, finished_segment = 0;
  for (const Segment& seg : p.segments) {
    if (seg.finishing == 0) continue;
    const double finish_s = now_s + finish_elapsed_s_[finished_segment++];
    for (std::int64_t j = 0; j < seg.finishing; ++j, ++next)
      if (p.deadlines_by_finish[next] < finish_s) exempt_.push_back(p.ids_by_finish[next]);
  }
  std::sort(exempt_.begin(), exempt_.end());
}

std::size_t Governor::search(double now_s, Decision& d) {
  const std::size_t max_idx = clocks_.size() - 1;
  auto feasible = [&](std::size_t i) {
    ++d.clocks_evaluated;
    return evaluate(projection_, i, now_s, true).feasible;
  };
  auto late = [&] {
    d.reason = DecisionReason::kLateRequest;
    return max_idx;
  };
  if (projection_.late_requests > 0) return late();
  d.reason = DecisionReason::kSloBound;
  if (!uses_binary_search()) {
    for (std::size_t i = 0; i <= max_idx; ++i)
      if (feasible(i)) return i;
    return late();
  }
  // Feasibility is monotone in clock. The answer rarely moves far between iterations, so gallop
  // out from the last one and bisect the bracket found; a feasible hint also proves max clock
  // feasible, saving that probe.
  std::size_t lo = 0, hi = max_idx;  // answer in [lo, hi]; hi is feasible
  const std::size_t hint = std::min(last_slo_idx_, max_idx);
  if (hint < max_idx && feasible(hint)) {
    hi = hint;
    for (std::size_t step = 1; hi > 0; step *= 2) {
      const std::size_t probe = hi >= step ? hi - step : 0;
      if (!feasible(probe)) {
        lo = probe + 1;
        break;
      }
      hi = probe;
    }
  } else {
    if (!feasible(max_idx)) return late();
    if (hint < max_idx) {
      lo = hint + 1;
      for (std::size_t step = 1; lo < hi; step *= 2) {
        const std::size_t probe = std::min(hint + step, max_idx - 1);
        if (probe < lo) break;
        if (feasible(probe)) {
          hi = probe;
          break;
        }
        lo = probe + 1;
      }
    }
  }
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (feasible(mid)) hi = mid; else lo = mid + 1;
  }
  last_slo_idx_ = lo;
  return lo;
}

Decision Governor::decide(const Scoreboard& board, double now_s) {
  if (!std::isfinite(now_s)) throw InvalidArgument("now_s must be finite");
  const std::int64_t running = static_cast<std::int64_t>(board.running_count());
  if (running > max_batch_)
    throw InvalidArgument("scoreboard runs " + std::to_string(running) + " requests, more than max_batch_size " +
                          std::to_string(max_batch_));
  Decision d;
  const std::size_t max_idx = clocks_.size() - 1;
  const std::int64_t capacity = board.config().kv_capacity_blocks;

  exempt_.clear();
  // Only admission trials check KV capacity: the base projection can skip the block counts.
  board.project_into(projection_, nullptr, 0, now_s, nullptr, false);
  if (!board.queue().empty() && !projection_.segments.empty()) {
    // A running request that misses its deadline even at max clock would veto every admission
    // until its deadline passed; like a late request, it is left out of the deadline checks
    // (and forces max clock), so the queue keeps moving.
    if (!config_.exact) build_pieces(projection_, now_s);
    if (!evaluate(projection_, max_idx, now_s, true).feasible) {
      find_hopeless(projection_, now_s);
      if (!exempt_.empty()) board.project_into(projection_, nullptr, 0, now_s, &exempt_, false);
    }
  }
  candidates_.clear();
  for (const Request& q : board.queue()) {
    if (running + static_cast<std::int64_t>(candidates_.size()) + 1 > std::min(max_batch_, board.config().max_batch_size))
      break;
    candidates_.push_back(q);
    board.project_into(trial_, candidates_.data(), candidates_.size(), now_s, &exempt_);
    bool ok = trial_.peak_kv_blocks <= capacity;
    // With nothing running, refusing the head would stall the engine for ever.
    const bool only_request = running == 0 && candidates_.size() == 1;
    if (ok && !only_request) {
      if (!config_.exact) build_pieces(trial_, now_s);
      ok = evaluate(trial_, max_idx, now_s, true).feasible;
    }
    if (!ok) {
      candidates_.pop_back();
      break;
    }
    d.admitted.push_back(q.id);
    std::swap(projection_, trial_);
  }

  std::size_t target = 0;
  Check chosen_check;
  chosen_check.feasible = true;
  chosen_check.e2e_slack_s = kInf;
  if (projection_.segments.empty()) {
    d.reason = DecisionReason::kIdle;
  } else {
    if (!config_.exact) build_pieces(projection_, now_s);
    target = search(now_s, d);
  }
  d.slo_clock_mhz = clocks_[target];

  // Hysteresis: lowering waits for a worthwhile step and the dwell time; raising never waits.
  std::size_t chosen = target;
  const DecisionReason searched = d.reason;
  if (clocks_[target] < current_clock_) {
    const std::size_t current_idx = index_of(current_clock_);
    if (current_clock_ - clocks_[target] < config_.min_saving_mhz) {
      chosen = current_idx;
      d.reason = DecisionReason::kHoldHysteresis;
    } else if (now_s - last_switch_s_ < config_.dwell_s) {
      chosen = current_idx;
      d.reason = DecisionReason::kHoldDwell;
    }
  }
  // Any clock above a feasible one is feasible only if IPS never falls with clock: with a
  // non-monotone model a held clock can break the SLO the target meets.
  if (chosen != target && !uses_binary_search() && !projection_.segments.empty() &&
      !evaluate(projection_, chosen, now_s, true).feasible) {
    chosen = target;
    d.reason = searched;
  }
  if (!projection_.segments.empty()) chosen_check = evaluate(projection_, chosen, now_s, false);
  if (clocks_[chosen] != current_clock_) {
    current_clock_ = clocks_[chosen];
    last_switch_s_ = now_s;
  }
  d.clock_mhz = clocks_[chosen];
  d.predicted_tbt_s = chosen_check.tbt_s;
  d.tbt_slack_s = config_.tbt_target_s - chosen_check.tbt_s;
  d.e2e_slack_s = chosen_check.e2e_slack_s;
  return d;
}

}  // namespace throttllem
