// Governor: the lowest SM clock that meets the latency SLOs, and admission control.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "throttllem/forest.hpp"
#include "throttllem/ips_table.hpp"
#include "throttllem/scoreboard.hpp"

namespace throttllem {

/// Exact mode evaluates the forest once per projected iteration per clock tried: at most this
/// many evaluations per decide() or check() (about 6 s at ~1.4 us per evaluation), and no
/// projection longer than this many iterations. Beyond it InvalidArgument is thrown before the
/// work (a projection's length grows with max_tokens; table mode has no such limit).
constexpr std::int64_t kMaxExactEvaluations = std::int64_t{1} << 22;

struct GovernorConfig {
  std::int64_t tp_degree = 1;
  /// Supported SM clocks (any order; duplicates are an error).
  std::vector<std::int64_t> clocks_mhz;
  /// Target mean time between tokens of every request (s).
  double tbt_target_s = 0.2;
  /// Lower the clock only when the drop is at least this many MHz (hysteresis).
  std::int64_t min_saving_mhz = 0;
  /// After any switch, hold the clock this long before lowering it again (s).
  /// Raising is never delayed: SLOs come first.
  double dwell_s = 0.0;
  /// Evaluate the forest per iteration instead of the table (slow; for checking; bounded by
  /// kMaxExactEvaluations).
  bool exact = false;
  /// Target time to first token (s) of every request whose prefill the projection covers
  /// (ScoreboardConfig::prefill_chunk_tokens > 0); 0: no TTFT target.
  double ttft_target_s = 0.0;
  /// Prefill cost of a mixed iteration, added to the model's decode time: prefill_time_s holds,
  /// for each clock in clocks_mhz's order, the extra seconds of an iteration that prefills
  /// prefill_grid_tokens[j] prompt tokens (row-major, clocks x grid; linear in between and
  /// along the last step beyond). The grid starts at 0 and ascends. Empty: prefill costs nothing.
  std::vector<std::int64_t> prefill_grid_tokens;
  std::vector<double> prefill_time_s;
  /// Time a clock change takes to act (s); the old clock holds meanwhile. > 0: a lower clock is
  /// chosen only when the projected work at it lasts at least twice this, and at least twice
  /// this after the previous switch (docs/GOVERNOR.md, "Switch cost"). Raising never waits.
  double switch_latency_s = 0.0;
  /// Share of every SLO budget (TBT, deadline, TTFT: the time left to it) kept in reserve for
  /// the model's error, in [0, 1): a clock must meet the limits scaled by 1 - slo_reserve.
  double slo_reserve = 0.0;
  /// Share of every SLO budget the clock choice leaves unspent for admissions, in
  /// [0, 1 - slo_reserve): the clock meets the limits scaled by 1 - slo_reserve - admission_headroom,
  /// admission checks them at 1 - slo_reserve. Without it the running requests are planned to the
  /// edge of their deadlines and any new prompt breaks one, so the queue waits (TTFT).
  double admission_headroom = 0.0;
  /// Seconds of every deadline the clock choice leaves unspent on top (s >= 0; admission checks
  /// without them): a request near its end has little budget left, so a share leaves no room for
  /// the prefill of a new prompt; e.g. one full prefill chunk at max clock.
  double admission_headroom_s = 0.0;
};

enum class DecisionReason : int {
  kIdle = 0,          // nothing running or admitted: lowest clock
  kSloBound = 1,      // lowest clock meeting every SLO; a lower clock would miss one
  kLateRequest = 2,   // some SLO fails even at max clock: max clock
  kHoldHysteresis = 3,  // a lower clock meets the SLOs but the saving is below min_saving_mhz
  kHoldDwell = 4,     // a lower clock meets the SLOs but the dwell time has not passed
  kFloorBound = 5,    // the lowest clock already meets every SLO: the clock floor binds, not an SLO
  kHoldSwitchCost = 6,  // a lower clock meets the SLOs but its projected dwell cannot repay a switch
};

const char* to_string(DecisionReason reason);

struct Decision {
  std::int64_t clock_mhz = 0;
  /// The lowest clock meeting every SLO (before hysteresis); max clock if none does.
  std::int64_t slo_clock_mhz = 0;
  std::vector<std::uint64_t> admitted;
  /// Predicted TBT of the slowest request at the chosen clock (s); 0 when idle.
  double predicted_tbt_s = 0.0;
  /// tbt_target_s - predicted_tbt_s.
  double tbt_slack_s = 0.0;
  /// Smallest (deadline - predicted finish) over running + admitted requests (s); +inf when idle.
  double e2e_slack_s = 0.0;
  /// Smallest (TTFT deadline - predicted first token) over projected prefills (s); +inf if none.
  double ttft_slack_s = 0.0;
  DecisionReason reason = DecisionReason::kIdle;
  /// Candidate clocks evaluated (for tracing the search).
  std::int64_t clocks_evaluated = 0;
};

namespace detail {
class TableEvaluator;
class ExactEvaluator;
template <class Evaluator>
struct EvalMode;
}  // namespace detail

/// Decides each engine iteration. Holds hysteresis state; otherwise stateless.
///
/// Two modes evaluate the model over the projected iterations: table mode (default) looks up
/// the model tabulated over its split points; exact mode (GovernorConfig::exact) evaluates the
/// forest per iteration. Both run the same decision (admission, clock search, hysteresis).
class Governor {
 public:
  Governor(std::shared_ptr<const Forest> forest, const GovernorConfig& config, std::int64_t max_batch);
  ~Governor();
  Governor(const Governor&) = delete;
  Governor& operator=(const Governor&) = delete;
  Governor(Governor&&) noexcept;
  Governor& operator=(Governor&&) noexcept;

  /// Admission (FCFS, stops at the first request that cannot be admitted) then the clock.
  /// Does not change the scoreboard: the caller admits `Decision::admitted`.
  Decision decide(const Scoreboard& board, double now_s);

  const GovernorConfig& config() const { return config_; }
  /// Clocks in ascending order.
  const std::vector<std::int64_t>& clocks_mhz() const { return clocks_; }
  /// True when the clock search bisects: table mode with a model whose iteration time never
  /// rises with clock.
  bool uses_binary_search() const;
  /// The tabulated model (table mode), or null (exact mode).
  const IpsTable* table() const;
  std::int64_t current_clock_mhz() const { return current_clock_; }
  /// Forget hysteresis state (e.g. after an external clock change).
  void reset(std::int64_t clock_mhz);
  /// Clock changes decided since construction (reset() does not count).
  std::int64_t switches() const { return switches_; }

  /// Whether every SLO holds for projection `p` at clock index `clock_idx` (ascending order),
  /// with the slowest request's predicted TBT and the smallest deadline slack.
  struct Check {
    bool feasible = false;
    double tbt_s = 0.0;
    double e2e_slack_s = 0.0;
    double ttft_slack_s = 0.0;
    /// Projected time until the last request finishes at this clock (s).
    double elapsed_s = 0.0;
  };
  Check check(const Projection& p, std::size_t clock_idx, double now_s);

 private:
  std::shared_ptr<const Forest> forest_;
  GovernorConfig config_;
  std::vector<std::int64_t> clocks_;  // ascending
  // Exactly one mode is set: its evaluator and scratch plan (cpp/src/ips_eval.hpp).
  std::unique_ptr<detail::EvalMode<detail::TableEvaluator>> table_mode_;
  std::unique_ptr<detail::EvalMode<detail::ExactEvaluator>> exact_mode_;
  std::int64_t current_clock_ = 0;
  std::int64_t previous_clock_ = 0;  // the clock before the last switch: in effect until it acts
  double last_switch_s_ = -1e300;
  std::int64_t switches_ = 0;
  std::int64_t max_batch_;
  std::size_t last_slo_idx_ = SIZE_MAX;  // warm start of the clock search
  // Table mode with max-clock iteration time non-decreasing in batch and KV: admission bisects.
  bool admission_monotone_ = false;
  // Table mode, iteration time (model + prefill cost) never rising with clock: the search bisects.
  bool binary_search_ = false;
  // Per-iteration scratch, kept to avoid allocation.
  Projection projection_, trial_;
  std::vector<std::uint64_t> exempt_;      // hopeless requests, sorted
  std::vector<double> finish_elapsed_s_;   // per finishing segment, at one clock

  std::size_t index_of(std::int64_t clock_mhz) const;
  template <class Evaluator>
  Decision decide_with(detail::EvalMode<Evaluator>& mode, const Scoreboard& board, double now_s);
  template <class Evaluator>
  Check check_with(detail::EvalMode<Evaluator>& mode, const Projection& p, std::size_t clock_idx, double now_s);
  // Lowest clock index whose plan meets every SLO (max clock if `any_late`); sets d.reason and
  // d.clocks_evaluated.
  template <class Evaluator>
  std::size_t search(const Evaluator& e, const typename Evaluator::Plan& plan, bool any_late, Decision& d,
                     double now_s);
  // Extra time of the plan's first iterations at clock index `clock_idx` because the clock in effect
  // (a lower one, the switch to it not yet acted) runs them (0 without a switch latency).
  template <class Evaluator>
  double lead_s(const Evaluator& e, const typename Evaluator::Plan& plan, std::size_t clock_idx, double now_s) const;
  std::int64_t clock_in_effect(double now_s) const;
  // Requests of `p` (prepared as `plan`) that miss their deadline even at max clock, into exempt_.
  template <class Evaluator>
  void find_hopeless(const Evaluator& e, const typename Evaluator::Plan& plan, const Projection& p, double now_s);
};

}  // namespace throttllem
