// Governor: admission control and the lowest SM clock meeting the SLOs.
#include "throttllem/governor.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "throttllem/errors.hpp"
#include "ips_eval.hpp"

namespace throttllem {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
using detail::EvalMode;
using detail::ExactEvaluator;
using detail::model_loop;
using detail::Pass;
using detail::TableEvaluator;
}  // namespace

namespace {
using detail::PrefillCost;

// The config's prefill table with its rows put in ascending clock order, checked.
PrefillCost prefill_cost(const GovernorConfig& config, const std::vector<std::int64_t>& sorted_clocks) {
  const auto& grid = config.prefill_grid_tokens;
  const std::size_t g = grid.size(), clocks = sorted_clocks.size();
  if (g == 0) {
    if (!config.prefill_time_s.empty()) throw InvalidArgument("prefill_time_s given without prefill_grid_tokens");
    return PrefillCost();
  }
  if (g < 2 || grid.front() != 0) throw InvalidArgument("prefill_grid_tokens must start at 0 and have >= 2 points");
  for (std::size_t j = 1; j < g; ++j)
    if (grid[j] <= grid[j - 1]) throw InvalidArgument("prefill_grid_tokens must ascend strictly");
  if (config.prefill_time_s.size() != g * clocks)
    throw InvalidArgument("prefill_time_s must hold one row of " + std::to_string(g) + " times per clock (" +
                          std::to_string(g * clocks) + " values), got " + std::to_string(config.prefill_time_s.size()));
  std::vector<double> times(g * clocks);
  for (std::size_t c = 0; c < clocks; ++c) {
    const std::size_t src = static_cast<std::size_t>(
        std::find(config.clocks_mhz.begin(), config.clocks_mhz.end(), sorted_clocks[c]) - config.clocks_mhz.begin());
    for (std::size_t j = 0; j < g; ++j) {
      const double t = config.prefill_time_s[src * g + j];
      if (!(t >= 0.0) || !std::isfinite(t)) throw InvalidArgument("prefill_time_s must be finite numbers >= 0");
      times[c * g + j] = t;
    }
  }
  return PrefillCost(grid, std::move(times));
}

// Queues up to this long are admitted by trying each prefix in turn (cheap, and no assumption).
constexpr std::size_t kLinearAdmission = 16;

// Whether max-clock iteration time never falls as batch or KV tokens grow, over every cell.
bool monotone_at_max_clock(const IpsTable& table, std::size_t max_clock_idx, std::int64_t max_batch) {
  const double* slab = table.clock_slab(max_clock_idx);
  const std::size_t kv = table.kv_cells();
  const std::size_t batches = table.batch_cell(max_batch) + 1;  // batch cells ascend with batch
  for (std::size_t b = 0; b < batches; ++b)
    for (std::size_t c = 0; c < kv; ++c) {
      const double t = slab[b * kv + c];
      if (c + 1 < kv && !(t <= slab[b * kv + c + 1])) return false;
      if (b + 1 < batches && !(t <= slab[(b + 1) * kv + c])) return false;
    }
  return true;
}
}  // namespace

const char* to_string(DecisionReason reason) {
  switch (reason) {
    case DecisionReason::kIdle: return "idle";
    case DecisionReason::kSloBound: return "slo_bound";
    case DecisionReason::kLateRequest: return "late_request";
    case DecisionReason::kHoldHysteresis: return "hold_hysteresis";
    case DecisionReason::kHoldDwell: return "hold_dwell";
    case DecisionReason::kFloorBound: return "floor_bound";
    case DecisionReason::kHoldSwitchCost: return "hold_switch_cost";
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
  // Checked before tabulation, which allocates per batch size.
  if (max_batch < 1 || max_batch > kMaxBatchSize)
    throw InvalidArgument("max_batch_size must be in 1.." + std::to_string(kMaxBatchSize) + ", got " +
                          std::to_string(max_batch));
  clocks_ = config.clocks_mhz;
  std::sort(clocks_.begin(), clocks_.end());
  if (clocks_.front() <= 0) throw InvalidArgument("clocks must be positive MHz");
  if (std::adjacent_find(clocks_.begin(), clocks_.end()) != clocks_.end())
    throw InvalidArgument("clock list has duplicates");
  if (!(config.ttft_target_s >= 0.0) || !std::isfinite(config.ttft_target_s))
    throw InvalidArgument("ttft target must be a finite number >= 0 (0: none)");
  if (!(config.switch_latency_s >= 0.0) || !std::isfinite(config.switch_latency_s))
    throw InvalidArgument("switch_latency_s must be a finite number >= 0");
  if (!(config.slo_reserve >= 0.0 && config.slo_reserve < 1.0)) throw InvalidArgument("slo_reserve must be in [0, 1)");
  if (!(config.admission_headroom >= 0.0 && config.slo_reserve + config.admission_headroom < 1.0))
    throw InvalidArgument("admission_headroom must be >= 0 with slo_reserve + admission_headroom < 1");
  if (!(config.admission_headroom_s >= 0.0) || !std::isfinite(config.admission_headroom_s))
    throw InvalidArgument("admission_headroom_s must be a finite number >= 0");
  PrefillCost prefill = prefill_cost(config, clocks_);
  // Feasibility stays monotone in clock (binary search) only if prefill never costs more at a
  // higher clock; admission bisects only if it never costs less for more tokens.
  bool prefill_monotone_clock = true, prefill_monotone_tokens = true;
  for (std::size_t c = 0; !prefill.empty() && c < clocks_.size(); ++c)
    for (std::size_t j = 0; j < prefill.grid_size(); ++j) {
      const double t = prefill.row(c)[j];
      if (c + 1 < clocks_.size() && !(prefill.row(c + 1)[j] <= t)) prefill_monotone_clock = false;
      if (j + 1 < prefill.grid_size() && !(prefill.row(c)[j + 1] >= t)) prefill_monotone_tokens = false;
    }
  if (config.exact)
    exact_mode_.reset(new EvalMode<ExactEvaluator>{ExactEvaluator(forest_, config_, clocks_, std::move(prefill)), {}});
  else
    table_mode_.reset(new EvalMode<TableEvaluator>{TableEvaluator(*forest_, config_, clocks_, max_batch, std::move(prefill)), {}});
  current_clock_ = previous_clock_ = clocks_.back();  // a GPU at rest runs its default (max) application clock
  if (table_mode_) {
    admission_monotone_ = prefill_monotone_tokens &&
                          monotone_at_max_clock(table_mode_->evaluator.table(), clocks_.size() - 1, max_batch);
    binary_search_ = prefill_monotone_clock && table_mode_->evaluator.monotone_in_clock();
  }
}

Governor::~Governor() = default;
Governor::Governor(Governor&&) noexcept = default;
Governor& Governor::operator=(Governor&&) noexcept = default;

bool Governor::uses_binary_search() const { return binary_search_; }

const IpsTable* Governor::table() const { return table_mode_ ? &table_mode_->evaluator.table() : nullptr; }

std::size_t Governor::index_of(std::int64_t clock_mhz) const {
  auto it = std::lower_bound(clocks_.begin(), clocks_.end(), clock_mhz);
  if (it == clocks_.end() || *it != clock_mhz)
    throw InvalidArgument("clock " + std::to_string(clock_mhz) + " MHz is not in the supported list");
  return static_cast<std::size_t>(it - clocks_.begin());
}

void Governor::reset(std::int64_t clock_mhz) {
  index_of(clock_mhz);
  current_clock_ = previous_clock_ = clock_mhz;
  last_switch_s_ = -kInf;
}

std::int64_t Governor::clock_in_effect(double now_s) const {
  return now_s < last_switch_s_ + config_.switch_latency_s ? previous_clock_ : current_clock_;
}

template <class Evaluator>
double Governor::lead_s(const Evaluator& e, const typename Evaluator::Plan& plan, std::size_t clock_idx,
                        double now_s) const {
  const double latency = config_.switch_latency_s;
  if (latency <= 0.0) return 0.0;
  const std::int64_t applied = clock_in_effect(now_s);
  // A higher clock still in effect only runs faster: ignoring it errs long.
  if (clocks_[clock_idx] <= applied) return 0.0;
  // A new switch waits the whole latency; the decided clock waits for its pending switch.
  const double until = clocks_[clock_idx] != current_clock_ ? now_s + latency : last_switch_s_ + latency;
  const double t_old = e.first_iteration_s(plan, index_of(applied));
  const double t_new = e.first_iteration_s(plan, clock_idx);
  if (!(t_old > t_new)) return 0.0;
  // An iteration runs wholly at the clock in effect when it starts (the simulator's rule; a GPU
  // switches within one, so this errs long): the first, and all that start before the switch acts.
  const double n = std::min(Evaluator::first_run_iterations(plan), std::max(1.0, std::ceil((until - now_s) / t_old)));
  return n * (t_old - t_new);
}

template <class Evaluator>
Governor::Check Governor::check_with(EvalMode<Evaluator>& mode, const Projection& p, std::size_t clock_idx,
                                     double now_s) {
  mode.evaluator.start_call();
  mode.evaluator.prepare(p, now_s, mode.plan);
  return model_loop<Pass::kFull>(mode.evaluator, mode.plan, clock_idx);
}

Governor::Check Governor::check(const Projection& p, std::size_t clock_idx, double now_s) {
  // NaN compares false with every deadline: every deadline check would pass.
  if (std::isnan(now_s)) throw InvalidArgument("now_s is NaN");
  if (clock_idx >= clocks_.size()) throw InvalidArgument("clock index out of range");
  // The IPS table stops at max_batch_size: a wider projection has no cells to read.
  if (p.peak_batch > max_batch_)
    throw InvalidArgument("the projection's peak batch " + std::to_string(p.peak_batch) +
                          " exceeds the governor's max_batch_size " + std::to_string(max_batch_));
  return table_mode_ ? check_with(*table_mode_, p, clock_idx, now_s) : check_with(*exact_mode_, p, clock_idx, now_s);
}

template <class Evaluator>
void Governor::find_hopeless(const Evaluator& e, const typename Evaluator::Plan& plan, const Projection& p,
                             double now_s) {
  finish_elapsed_s_.clear();
  model_loop<Pass::kFinishTimes>(e, plan, clocks_.size() - 1, &finish_elapsed_s_);
  std::size_t next = 0, finished_segment = 0;
  for (const Segment& seg : p.segments) {
    if (seg.finishing == 0) continue;
    const double finish_s = now_s + finish_elapsed_s_[finished_segment++];
    for (std::int64_t j = 0; j < seg.finishing; ++j, ++next)
      if (p.deadlines_by_finish[next] < finish_s) exempt_.push_back(p.ids_by_finish[next]);
  }
  std::sort(exempt_.begin(), exempt_.end());
}

template <class Evaluator>
std::size_t Governor::search(const Evaluator& e, const typename Evaluator::Plan& plan, bool any_late, Decision& d,
                             double now_s) {
  const std::size_t max_idx = clocks_.size() - 1;
  // With a lead, elapsed time stays non-increasing in clock: the first iterations cost the old
  // clock's time at every higher clock, the rest less (the search may still bisect).
  auto feasible = [&](std::size_t i) {
    ++d.clocks_evaluated;
    return model_loop<Pass::kFeasibility>(e, plan, i, nullptr, lead_s(e, plan, i, now_s)).feasible;
  };
  auto late = [&] {
    d.reason = DecisionReason::kLateRequest;
    return max_idx;
  };
  if (any_late) return late();
  d.reason = DecisionReason::kSloBound;
  if (!binary_search_) {
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

template <class Evaluator>
Decision Governor::decide_with(EvalMode<Evaluator>& mode, const Scoreboard& board, double now_s) {
  const Evaluator& e = mode.evaluator;
  e.start_call();
  typename Evaluator::Plan& plan = mode.plan;
  // Every evaluation below reads `plan`, prepared just before from the projection it checks.
  auto feasible = [&](std::size_t clock_idx) { return model_loop<Pass::kFeasibility>(e, plan, clock_idx).feasible; };
  const std::int64_t running = static_cast<std::int64_t>(board.running_count());
  if (running > max_batch_)
    throw InvalidArgument("scoreboard runs " + std::to_string(running) + " requests, more than max_batch_size " +
                          std::to_string(max_batch_));
  Decision d;
  const std::size_t max_idx = clocks_.size() - 1;
  const std::int64_t capacity = board.config().kv_capacity_blocks;

  exempt_.clear();
  // Only admission trials check KV capacity: the base projection can skip the block counts.
  const double tbt = config_.tbt_target_s;
  board.project_into(projection_, nullptr, 0, now_s, nullptr, false, tbt);
  if (!board.queue().empty() && !projection_.segments.empty()) {
    // A running request that misses its deadline even at max clock would veto every admission
    // until its deadline passed; like a late request, it is left out of the deadline checks
    // (and forces max clock), so the queue keeps moving.
    e.prepare(projection_, now_s, plan, false);
    if (!feasible(max_idx)) {
      find_hopeless(e, plan, projection_, now_s);
      if (!exempt_.empty()) board.project_into(projection_, nullptr, 0, now_s, &exempt_, false, tbt);
    }
  }
  // FCFS admission: the longest queue prefix whose every shorter prefix also passes. A trial
  // projects the running requests plus the first k queued ones into trial_.
  const std::vector<Request>& queue = board.queue();
  const std::int64_t room = std::min(max_batch_, board.config().max_batch_size) - running;
  const std::size_t most = room > 0 ? std::min(queue.size(), static_cast<std::size_t>(room)) : 0;
  auto admissible = [&](std::size_t k) {
    board.project_into(trial_, queue.data(), k, now_s, &exempt_, true, tbt);
    bool ok = trial_.peak_kv_blocks <= capacity;
    // With nothing running, refusing the head would stall the engine for ever.
    const bool only_request = running == 0 && k == 1;
    if (ok && !only_request) {
      // A candidate's own TTFT is not checked: refusing it only delays its first token more,
      // and FCFS chunks never delay an earlier prompt's first token.
      e.prepare(trial_, now_s, plan, false);
      ok = feasible(max_idx);
    }
    return ok;
  };
  std::size_t admitted = 0;
  if (most > kLinearAdmission && admission_monotone_) {
    // Each trial costs O(running + k), so trying prefixes one by one is quadratic in the queue.
    // With iteration time non-decreasing in batch and KV at max clock, a longer prefix only adds
    // load (every iteration's batch and KV grow, every finisher's finish iteration and limit stay),
    // so a prefix that passes implies every shorter one passes: gallop then bisect, O(log k) trials.
    std::size_t good = 0, bad = most + 1;  // admissible(good) holds (0 trivially); bad fails or is past the end
    for (std::size_t k = 1; k <= most; k = std::min(2 * k, most)) {
      if (!admissible(k)) {
        bad = k;
        break;
      }
      good = k;
      if (k == most) break;
    }
    while (bad - good > 1) {
      const std::size_t mid = good + (bad - good) / 2;
      if (admissible(mid)) good = mid; else bad = mid;
    }
    admitted = good;
    if (admitted > 0) {
      board.project_into(trial_, queue.data(), admitted, now_s, &exempt_, true, tbt);  // the trial the linear scan ends on
      std::swap(projection_, trial_);
    }
  } else {
    while (admitted < most && admissible(admitted + 1)) {
      ++admitted;
      std::swap(projection_, trial_);
    }
  }
  for (std::size_t i = 0; i < admitted; ++i) d.admitted.push_back(queue[i].id);

  std::size_t target = 0;
  Check chosen_check;
  chosen_check.feasible = true;
  chosen_check.e2e_slack_s = kInf;
  if (projection_.segments.empty()) {
    d.reason = DecisionReason::kIdle;
  } else {
    e.prepare(projection_, now_s, plan);
    target = search(e, plan, projection_.late_requests > 0, d, now_s);
    if (target == 0 && d.reason == DecisionReason::kSloBound) d.reason = DecisionReason::kFloorBound;
  }
  d.slo_clock_mhz = clocks_[target];

  // Hysteresis: lowering waits for a worthwhile step and the dwell time; raising never waits.
  // With a switch latency L the dwell is at least 2L, and a lower clock must have at least 2L
  // of projected work to run (the old clock holds for the first L of it): see "Switch cost".
  std::size_t chosen = target;
  const DecisionReason searched = d.reason;
  if (clocks_[target] < current_clock_) {
    const std::size_t current_idx = index_of(current_clock_);
    const double latency = config_.switch_latency_s;
    if (current_clock_ - clocks_[target] < config_.min_saving_mhz) {
      chosen = current_idx;
      d.reason = DecisionReason::kHoldHysteresis;
    } else if (now_s - last_switch_s_ < std::max(config_.dwell_s, 2.0 * latency)) {
      chosen = current_idx;
      d.reason = DecisionReason::kHoldDwell;
    } else if (latency > 0.0 && !projection_.segments.empty() &&
               model_loop<Pass::kFull>(e, plan, target).elapsed_s < 2.0 * latency) {
      chosen = current_idx;
      d.reason = DecisionReason::kHoldSwitchCost;
    }
  }
  // Any clock above a feasible one is feasible only if IPS never falls with clock: with a
  // non-monotone model a held clock can break the SLO the target meets.
  if (chosen != target && !binary_search_ && !projection_.segments.empty() &&
      !model_loop<Pass::kFeasibility>(e, plan, chosen, nullptr, lead_s(e, plan, chosen, now_s)).feasible) {
    chosen = target;
    d.reason = searched;
  }
  if (!projection_.segments.empty())
    chosen_check = model_loop<Pass::kFull>(e, plan, chosen, nullptr, lead_s(e, plan, chosen, now_s));
  if (clocks_[chosen] != current_clock_) {
    previous_clock_ = clock_in_effect(now_s);  // holds until this switch acts
    current_clock_ = clocks_[chosen];
    last_switch_s_ = now_s;
    ++switches_;
  }
  d.clock_mhz = clocks_[chosen];
  d.predicted_tbt_s = chosen_check.tbt_s;
  d.tbt_slack_s = config_.tbt_target_s - chosen_check.tbt_s;
  d.e2e_slack_s = chosen_check.e2e_slack_s;
  d.ttft_slack_s = projection_.segments.empty() ? kInf : chosen_check.ttft_slack_s;
  return d;
}

Decision Governor::decide(const Scoreboard& board, double now_s) {
  if (!std::isfinite(now_s)) throw InvalidArgument("now_s must be finite");
  return table_mode_ ? decide_with(*table_mode_, board, now_s) : decide_with(*exact_mode_, board, now_s);
}

}  // namespace throttllem
