// Governor: admission control and the lowest SM clock meeting the SLOs.
#include "throttllem/governor.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

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
  if (!(config.dwell_s >= 0.0) || !std::isfinite(config.dwell_s)) throw InvalidArgument("dwell_s must be >= 0");
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

void Governor::build_pieces(const Projection& p) {
  pieces_.clear();
  const std::size_t kv_cells = table_->kv_cells();
  for (const Segment& seg : p.segments) {
    const std::int64_t b = seg.batch;
    const std::size_t row = table_->batch_cell(b) * kv_cells;
    std::size_t cell = table_->kv_cell_of(seg.kv_tokens_first);
    std::int64_t done = 0;
    while (done < seg.iterations) {
      const std::int64_t kv = seg.kv_tokens_first + b * done;
      while (table_->kv_cell_end(cell) <= kv) ++cell;  // a large batch can jump several cells
      std::int64_t count = seg.iterations - done;
      const std::int64_t end = table_->kv_cell_end(cell);
      if (end != INT64_MAX) count = std::min(count, ceil_div(end - seg.kv_tokens_first, b) - done);
      pieces_.push_back({row + cell, static_cast<double>(count), 0, 0.0});
      done += count;
    }
    if (seg.finishing > 0) {
      pieces_.back().finish_iter = seg.start_iter + seg.iterations;
      pieces_.back().min_deadline_s = seg.min_deadline_s;
    }
  }
}

Governor::Check Governor::check_pieces(std::size_t clock_idx, double now_s, bool stop_at_violation) const {
  const double* slab = table_->clock_slab(clock_idx);
  const double target = config_.tbt_target_s;
  Check c;
  c.e2e_slack_s = kInf;
  double elapsed = 0.0;
  bool ok = true;
  for (const Piece& piece : pieces_) {
    elapsed += piece.iterations * slab[piece.offset];
    if (piece.finish_iter == 0) continue;
    const double tbt = elapsed / static_cast<double>(piece.finish_iter);
    const double slack = piece.min_deadline_s - now_s - elapsed;
    c.tbt_s = std::max(c.tbt_s, tbt);
    c.e2e_slack_s = std::min(c.e2e_slack_s, slack);
    if (tbt > target || slack < 0.0) {
      ok = false;
      if (stop_at_violation) break;
    }
  }
  c.feasible = ok;
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
  return config_.exact ? check_exact(p, clock_idx, now_s) : check_pieces(clock_idx, now_s, stop_at_violation);
}

Governor::Check Governor::check(const Projection& p, std::size_t clock_idx, double now_s) {
  if (clock_idx >= clocks_.size()) throw InvalidArgument("clock index out of range");
  if (!config_.exact) build_pieces(p);
  return evaluate(p, clock_idx, now_s, false);
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

  board.project_into(projection_, nullptr, 0, now_s);
  candidates_.clear();
  for (const Request& q : board.queue()) {
    if (running + static_cast<std::int64_t>(candidates_.size()) + 1 > std::min(max_batch_, board.config().max_batch_size))
      break;
    candidates_.push_back(q);
    board.project_into(trial_, candidates_.data(), candidates_.size(), now_s);
    bool ok = trial_.peak_kv_blocks <= capacity;
    // With nothing running, refusing the head would stall the engine for ever.
    const bool only_request = running == 0 && candidates_.size() == 1;
    if (ok && !only_request) {
      if (!config_.exact) build_pieces(trial_);
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
    if (!config_.exact) build_pieces(projection_);
    const Check at_max = evaluate(projection_, max_idx, now_s, false);
    ++d.clocks_evaluated;
    if (projection_.late_requests > 0 || !at_max.feasible) {
      target = max_idx;
      chosen_check = at_max;
      d.reason = DecisionReason::kLateRequest;
    } else {
      d.reason = DecisionReason::kSloBound;
      if (uses_binary_search()) {
        std::size_t lo = 0, hi = max_idx;  // hi is known feasible
        while (lo < hi) {
          const std::size_t mid = lo + (hi - lo) / 2;
          ++d.clocks_evaluated;
          if (evaluate(projection_, mid, now_s, true).feasible) hi = mid; else lo = mid + 1;
        }
        target = lo;
      } else {
        target = max_idx;
        for (std::size_t i = 0; i < max_idx; ++i) {
          ++d.clocks_evaluated;
          if (evaluate(projection_, i, now_s, true).feasible) {
            target = i;
            break;
          }
        }
      }
    }
  }
  d.slo_clock_mhz = clocks_[target];

  // Hysteresis: lowering waits for a worthwhile step and the dwell time; raising never waits.
  std::size_t chosen = target;
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
  if (!projection_.segments.empty() && (chosen != target || d.reason == DecisionReason::kSloBound))
    chosen_check = evaluate(projection_, chosen, now_s, false);
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
