// The governor's two ways of evaluating the IPS model over a projection (internal header).
//
// An evaluator turns a Projection at time now_s into a Plan (prepare), then walks the plan at
// one clock through model_loop, the one loop that accumulates iteration time and checks every
// finisher's TBT and deadline. Every result depends only on the evaluator (the model, fixed at
// construction) and the Plan passed in: nothing is remembered between calls.
//
// An evaluator provides:
//   Plan                                     the projection prepared for evaluation (caller-owned)
//   void prepare(p, now_s, Plan& out, clock) const  out = p at now_s; reuses out's capacity. clock (the clock
//                                            choice): TTFT checked, budgets less the admission headroom;
//                                            else (admission trials): no TTFT, the headroom spent
//   double first_iteration_s(plan, clock_idx) const  the plan's first iteration at that clock (s)
//   static double first_run_iterations(plan) iterations in the plan's first run
//   Cursor at_clock(clock_idx) const         per-clock state for advance
//   static size_t runs(plan)                 runs of iterations in the plan
//   void advance(Cursor&, plan, i, double& elapsed) const   adds run i's iteration times, in order
//   static int64 finish_iter(plan, i)        > 0: requests finish after run i, having run this many iterations
//   static double min_deadline_s(plan, i)    earliest deadline of run i's finishers
//   static double first_deadline_s(plan, i)  earliest TTFT deadline of run i's first tokens (+inf none)
//   bool violates(plan, i, elapsed) const    run i's finishers or first tokens miss an SLO (false when none)
//   bool monotone_in_clock() const           iteration time never rises with clock (binary search)
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"
#include "throttllem/governor.hpp"
#include "throttllem/ips_table.hpp"
#include "throttllem/scoreboard.hpp"

namespace throttllem::detail {

using Check = Governor::Check;

/// Extra seconds an iteration takes for the prompt tokens it prefills, by clock: a table over a
/// token grid (GovernorConfig::prefill_grid_tokens, prefill_time_s), linear between grid points
/// and along the last step past the end. The IPS model covers decode only; a mixed iteration
/// costs model(batch, KV, clock) + this. No table: zero (prefill not modelled).
class PrefillCost {
 public:
  struct Point {
    std::size_t j = 0;  // grid step [j, j + 1]
    double w = 0.0;     // position within it (> 1 past the end)
  };

  /// No cost at any clock.
  PrefillCost() = default;
  /// `times` is clocks x grid, rows in ascending clock order; an empty grid means no cost.
  PrefillCost(std::vector<std::int64_t> grid, std::vector<double> times) {
    if (grid.empty()) return;
    grid_ = std::move(grid);
    times_ = std::move(times);
  }

  Point locate(std::int64_t tokens) const {
    const std::size_t last = grid_.size() - 1;
    std::size_t j = static_cast<std::size_t>(std::upper_bound(grid_.begin(), grid_.end(), tokens) - grid_.begin());
    j = j == 0 ? 0 : std::min(j - 1, last - 1);
    return {j, static_cast<double>(tokens - grid_[j]) / static_cast<double>(grid_[j + 1] - grid_[j])};
  }
  const double* row(std::size_t clock_idx) const {
    return times_.empty() ? kZeros : times_.data() + clock_idx * grid_.size();
  }
  static double value(const double* row, std::size_t j, double w) { return row[j] + w * (row[j + 1] - row[j]); }
  double at(std::size_t clock_idx, std::int64_t tokens) const {
    const Point p = locate(tokens);
    return value(row(clock_idx), p.j, p.w);
  }
  std::size_t grid_size() const { return grid_.size(); }
  bool empty() const { return times_.empty(); }

 private:
  static constexpr double kZeros[2] = {0.0, 0.0};
  std::vector<std::int64_t> grid_ = {0, 1};
  std::vector<double> times_;  // empty: no cost (row() is kZeros for every clock)
};

/// Table mode: the model tabulated over its split points, so a run of iterations that stays in
/// one (batch, KV) cell costs one look-up and one multiply.
class TableEvaluator {
 public:
  /// Pieces: runs of iterations with one (batch, KV cell), for which the table gives one
  /// iteration time. Parallel arrays: the search's inner loop reads only three of them.
  struct Plan {
    std::vector<std::size_t> offset;  // batch_cell * kv_cells + kv_cell
    std::vector<double> iterations;
    // Largest elapsed time (s) at the piece's end that keeps every SLO of its finishers
    // (+inf when nobody finishes there): one compare per piece instead of a division.
    std::vector<double> limit_s;
    std::vector<std::int64_t> finish_iter;  // > 0: requests finish after this piece, having run this many iterations
    std::vector<double> min_deadline_s;
    std::vector<double> first_deadline_s;   // TTFT deadline of the first tokens after this piece (+inf none)
    // The first prefill_count pieces prefill prompt tokens (the prefill phase is a prefix):
    // their PrefillCost grid step and position.
    std::vector<std::size_t> prefill_j;
    std::vector<double> prefill_w;
    std::size_t prefill_count = 0;
    std::size_t count = 0;  // the arrays are capacity; this many pieces are in use
    double now_s = 0.0;
  };
  struct Cursor {
    const double* slab;     // the clock's slab of the table
    const double* prefill;  // the clock's row of the prefill cost
  };

  TableEvaluator(const Forest& forest, const GovernorConfig& config, const std::vector<std::int64_t>& clocks_mhz,
                 std::int64_t max_batch, PrefillCost prefill = PrefillCost())
      : table_(forest, config.tp_degree, clocks_mhz, max_batch),
        prefill_(std::move(prefill)),
        tbt_target_s_(config.tbt_target_s),
        ttft_target_s_(config.ttft_target_s > 0.0 ? config.ttft_target_s : std::numeric_limits<double>::infinity()),
        clock_scale_(1.0 - config.slo_reserve - config.admission_headroom),
        admit_scale_(1.0 - config.slo_reserve),
        room_s_(config.admission_headroom_s) {}

  const IpsTable& table() const { return table_; }
  void start_call() const {}  // no work limit: a look-up per piece
  const PrefillCost& prefill() const { return prefill_; }
  bool monotone_in_clock() const { return table_.monotone_in_clock(); }
  void prepare(const Projection& p, double now_s, Plan& out, bool clock = true) const;
  double first_iteration_s(const Plan& plan, std::size_t clock_idx) const {
    if (plan.count == 0) return 0.0;
    const Cursor c = at_clock(clock_idx);
    double t = 0.0;
    advance_one(c, plan, 0, t);
    return t;
  }
  static double first_run_iterations(const Plan& plan) { return plan.count ? plan.iterations[0] : 0.0; }

  Cursor at_clock(std::size_t clock_idx) const { return {table_.clock_slab(clock_idx), prefill_.row(clock_idx)}; }
  static std::size_t runs(const Plan& plan) { return plan.count; }
  void advance(Cursor c, const Plan& plan, std::size_t i, double& elapsed) const {
    double t = 0.0;
    advance_one(c, plan, i, t);
    elapsed += plan.iterations[i] * t;
  }
  // One iteration of run i.
  static void advance_one(Cursor c, const Plan& plan, std::size_t i, double& t) {
    t = c.slab[plan.offset[i]];
    if (i < plan.prefill_count) t += PrefillCost::value(c.prefill, plan.prefill_j[i], plan.prefill_w[i]);
  }
  static std::int64_t finish_iter(const Plan& plan, std::size_t i) { return plan.finish_iter[i]; }
  static double min_deadline_s(const Plan& plan, std::size_t i) { return plan.min_deadline_s[i]; }
  static double first_deadline_s(const Plan& plan, std::size_t i) { return plan.first_deadline_s[i]; }
  bool violates(const Plan& plan, std::size_t i, double elapsed) const { return elapsed > plan.limit_s[i]; }

 private:
  IpsTable table_;
  PrefillCost prefill_;
  double tbt_target_s_;
  double ttft_target_s_;
  double clock_scale_;  // 1 - slo_reserve - admission_headroom: the clock choice
  double admit_scale_;  // 1 - slo_reserve: admission trials
  double room_s_;       // admission_headroom_s: taken off every deadline for the clock choice
};

/// Exact mode: the compiled forest evaluated once per projected iteration (slow; the reference
/// the table is checked against).
class ExactEvaluator {
 public:
  /// A view of the projection: it must outlive the plan and not change while the plan is used.
  struct Plan {
    const Projection* projection = nullptr;
    double now_s = 0.0;
    double ttft_target_s = 0.0;  // +inf: TTFT not checked (admission trials)
    double scale = 1.0;          // share of each budget usable (less the reserve, and the headroom for the clock)
    double room_s = 0.0;         // seconds taken off every deadline (the clock choice's absolute headroom)
  };
  struct Cursor {
    FeatureRow row;         // the model's input row, clock fixed
    const double* prefill;  // the clock's row of the prefill cost
  };

  ExactEvaluator(std::shared_ptr<const Forest> forest, const GovernorConfig& config,
                 const std::vector<std::int64_t>& clocks_mhz, PrefillCost prefill = PrefillCost())
      : forest_(std::move(forest)),
        prefill_(std::move(prefill)),
        tp_degree_(static_cast<double>(config.tp_degree)),
        tbt_target_s_(config.tbt_target_s),
        ttft_target_s_(config.ttft_target_s > 0.0 ? config.ttft_target_s : std::numeric_limits<double>::infinity()),
        clock_scale_(1.0 - config.slo_reserve - config.admission_headroom),
        admit_scale_(1.0 - config.slo_reserve),
        room_s_(config.admission_headroom_s),
        clocks_mhz_(clocks_mhz) {}

  const PrefillCost& prefill() const { return prefill_; }
  bool monotone_in_clock() const { return false; }  // unknown without the table: scan every clock
  /// A new decide() or check(): the evaluation budget (kMaxExactEvaluations) starts again.
  void start_call() const { budget_left_ = kMaxExactEvaluations; }
  void prepare(const Projection& p, double now_s, Plan& out, bool clock = true) const {
    const std::int64_t length = p.segments.empty() ? 0 : p.segments.back().start_iter + p.segments.back().iterations;
    if (length > kMaxExactEvaluations) over_budget(length);  // before any work
    out.projection = &p;
    out.now_s = now_s;
    out.ttft_target_s = clock ? ttft_target_s_ : std::numeric_limits<double>::infinity();
    out.scale = clock ? clock_scale_ : admit_scale_;
    out.room_s = clock ? room_s_ : 0.0;
  }
  double first_iteration_s(const Plan& plan, std::size_t clock_idx) const {
    const auto& segs = plan.projection->segments;
    if (segs.empty()) return 0.0;
    const Segment& seg = segs.front();
    FeatureRow row{tp_degree_, static_cast<double>(seg.batch), static_cast<double>(seg.kv_tokens_first),
                   static_cast<double>(clocks_mhz_[clock_idx])};
    const double ips = forest_->predict(row);
    double t = ips > 0.0 && std::isfinite(ips) ? 1.0 / ips : std::numeric_limits<double>::infinity();
    if (seg.prefill_tokens > 0) t += prefill_.at(clock_idx, seg.prefill_tokens);
    return t;
  }
  static double first_run_iterations(const Plan& plan) {
    const auto& segs = plan.projection->segments;
    return segs.empty() ? 0.0 : static_cast<double>(segs.front().iterations);
  }

  Cursor at_clock(std::size_t clock_idx) const {
    return {FeatureRow{tp_degree_, 0.0, 0.0, static_cast<double>(clocks_mhz_[clock_idx])}, prefill_.row(clock_idx)};
  }
  static std::size_t runs(const Plan& plan) { return plan.projection->segments.size(); }
  void advance(Cursor& c, const Plan& plan, std::size_t i, double& elapsed) const {
    const Segment& seg = plan.projection->segments[i];
    if (seg.iterations > budget_left_) {
      const Segment& last = plan.projection->segments.back();
      over_budget(last.start_iter + last.iterations);
    }
    budget_left_ -= seg.iterations;
    FeatureRow& row = c.row;
    row[kBatchSize] = static_cast<double>(seg.batch);
    double extra = 0.0;
    if (seg.prefill_tokens > 0) {
      const PrefillCost::Point p = prefill_.locate(seg.prefill_tokens);
      extra = PrefillCost::value(c.prefill, p.j, p.w);
    }
    for (std::int64_t k = 0; k < seg.iterations; ++k) {
      row[kKvTokens] = static_cast<double>(seg.kv_tokens_first + seg.batch * k);
      const double ips = forest_->predict(row);
      double t = ips > 0.0 && std::isfinite(ips) ? 1.0 / ips : std::numeric_limits<double>::infinity();
      if (seg.prefill_tokens > 0) t += extra;
      elapsed += t;
    }
  }
  static std::int64_t finish_iter(const Plan& plan, std::size_t i) {
    const Segment& seg = plan.projection->segments[i];
    return seg.finishing > 0 ? seg.start_iter + seg.iterations : 0;
  }
  static double min_deadline_s(const Plan& plan, std::size_t i) { return plan.projection->segments[i].min_deadline_s; }
  static double first_deadline_s(const Plan& plan, std::size_t i) {
    const Segment& seg = plan.projection->segments[i];
    return seg.first_tokens > 0 ? seg.first_token_arrival_s + plan.ttft_target_s : std::numeric_limits<double>::infinity();
  }
  // The SLOs as defined (mean TBT, then slack), not the table's precomputed limit: the reference.
  // With a reserve r every budget shrinks to (1 - r) of it.
  bool violates(const Plan& plan, std::size_t i, double elapsed) const {
    const double scale = plan.scale;
    if (scale * (first_deadline_s(plan, i) - plan.now_s) - elapsed < 0.0) return true;
    const std::int64_t finish = finish_iter(plan, i);
    if (finish == 0) return false;
    return elapsed / static_cast<double>(finish) > scale * tbt_target_s_ ||
           scale * (min_deadline_s(plan, i) - plan.now_s) - plan.room_s - elapsed < 0.0;
  }

 private:
  [[noreturn]] static void over_budget(std::int64_t length) {
    throw InvalidArgument("exact mode evaluates the model at most " + std::to_string(kMaxExactEvaluations) +
                          " times per decision (projected iterations x clocks tried); this projection runs " +
                          std::to_string(length) + " iterations (long max_tokens): use table mode (exact=False)");
  }

  std::shared_ptr<const Forest> forest_;
  PrefillCost prefill_;
  // Evaluations left in this decide() or check(); the Governor, which owns this evaluator, is
  // used by one thread at a time.
  mutable std::int64_t budget_left_ = kMaxExactEvaluations;
  double tp_degree_;
  double tbt_target_s_;
  double ttft_target_s_;
  double clock_scale_;
  double admit_scale_;
  double room_s_;
  std::vector<std::int64_t> clocks_mhz_;
};

/// An evaluator with its scratch plan (the Governor keeps one of these per mode).
template <class Evaluator>
struct EvalMode {
  Evaluator evaluator;
  typename Evaluator::Plan plan;
};

enum class Pass {
  kFeasibility,  // feasibility only, stopping at the first violation (the search's inner loop)
  kFull,         // feasibility, slowest TBT and smallest deadline slack
  kFinishTimes,  // elapsed time at each run with finishers, into finish_elapsed_s
};

/// The model loop: walks `plan` at clock index `clock_idx`, accumulating iteration time, and
/// checks the TBT and deadline of the requests finishing after each run. `lead_s`: time the
/// plan's first iterations take beyond their time at this clock (a switch still to act).
template <Pass pass, class Evaluator>
Check model_loop(const Evaluator& e, const typename Evaluator::Plan& plan, std::size_t clock_idx,
                 std::vector<double>* finish_elapsed_s = nullptr, double lead_s = 0.0) {
  auto cursor = e.at_clock(clock_idx);
  const std::size_t count = Evaluator::runs(plan);
  double elapsed = lead_s;
  Check c;
  if constexpr (pass == Pass::kFeasibility) {
    for (std::size_t i = 0; i < count; ++i) {
      e.advance(cursor, plan, i, elapsed);
      if (e.violates(plan, i, elapsed)) return c;
    }
    c.feasible = true;
    return c;
  }
  c.e2e_slack_s = std::numeric_limits<double>::infinity();
  c.ttft_slack_s = std::numeric_limits<double>::infinity();
  c.feasible = true;
  for (std::size_t i = 0; i < count; ++i) {
    e.advance(cursor, plan, i, elapsed);
    const std::int64_t finish = Evaluator::finish_iter(plan, i);
    if constexpr (pass == Pass::kFinishTimes) {
      if (finish != 0) finish_elapsed_s->push_back(elapsed);
    } else {
      if (e.violates(plan, i, elapsed)) c.feasible = false;
      c.ttft_slack_s = std::min(c.ttft_slack_s, Evaluator::first_deadline_s(plan, i) - plan.now_s - elapsed);
      if (finish == 0) continue;
      c.tbt_s = std::max(c.tbt_s, elapsed / static_cast<double>(finish));
      c.e2e_slack_s = std::min(c.e2e_slack_s, Evaluator::min_deadline_s(plan, i) - plan.now_s - elapsed);
    }
  }
  c.elapsed_s = elapsed;
  return c;
}

}  // namespace throttllem::detail
