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
  /// Evaluate the forest per iteration instead of the table (slow; for checking).
  bool exact = false;
};

enum class DecisionReason : int {
  kIdle = 0,          // nothing running or admitted: lowest clock
  kSloBound = 1,      // lowest clock meeting every SLO
  kLateRequest = 2,   // some SLO fails even at max clock: max clock
  kHoldHysteresis = 3,  // a lower clock meets the SLOs but the saving is below min_saving_mhz
  kHoldDwell = 4,     // a lower clock meets the SLOs but the dwell time has not passed
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
  DecisionReason reason = DecisionReason::kIdle;
  /// Candidate clocks evaluated (for tracing the search).
  std::int64_t clocks_evaluated = 0;
};

/// Decides each engine iteration. Holds hysteresis state; otherwise stateless.
class Governor {
 public:
  Governor(std::shared_ptr<const Forest> forest, const GovernorConfig& config, std::int64_t max_batch);

  /// Admission (FCFS, stops at the first request that cannot be admitted) then the clock.
  /// Does not change the scoreboard: the caller admits `Decision::admitted`.
  Decision decide(const Scoreboard& board, double now_s);

  const GovernorConfig& config() const { return config_; }
  /// Clocks in ascending order.
  const std::vector<std::int64_t>& clocks_mhz() const { return clocks_; }
  bool uses_binary_search() const { return table_ ? table_->monotone_in_clock() : false; }
  const IpsTable* table() const { return table_.get(); }
  std::int64_t current_clock_mhz() const { return current_clock_; }
  /// Forget hysteresis state (e.g. after an external clock change).
  void reset(std::int64_t clock_mhz);

  /// Whether every SLO holds for projection `p` at clock index `clock_idx` (ascending order),
  /// with the slowest request's predicted TBT and the smallest deadline slack.
  struct Check {
    bool feasible = false;
    double tbt_s = 0.0;
    double e2e_slack_s = 0.0;
  };
  Check check(const Projection& p, std::size_t clock_idx, double now_s);

 private:
  std::shared_ptr<const Forest> forest_;
  GovernorConfig config_;
  std::vector<std::int64_t> clocks_;  // ascending
  std::unique_ptr<IpsTable> table_;
  std::int64_t current_clock_ = 0;
  double last_switch_s_ = -1e300;
  std::int64_t max_batch_;
  // Pieces: runs of iterations with one (batch, KV cell), for which the table gives one
  // iteration time. Kept as parallel arrays: the search's inner loop reads only three of them.
  struct Pieces {
    std::vector<std::size_t> offset;        // batch_cell * kv_cells + kv_cell
    std::vector<double> iterations;
    // Largest elapsed time (s) at the piece's end that keeps every SLO of its finishers
    // (+inf when nobody finishes there): one compare per piece instead of a division.
    std::vector<double> limit_s;
    std::vector<std::int64_t> finish_iter;  // > 0: requests finish after this piece, having run this many iterations
    std::vector<double> min_deadline_s;
  };
  std::size_t pieces_count_ = 0;  // pieces_ arrays are capacity; this many are in use
  double pieces_now_s_ = 0.0;
  std::size_t last_slo_idx_ = SIZE_MAX;  // warm start of the clock search
  // Per-iteration scratch, kept to avoid allocation.
  Projection projection_, trial_;
  std::vector<Request> candidates_;
  Pieces pieces_;
  std::vector<std::uint64_t> exempt_;      // hopeless requests, sorted
  std::vector<double> finish_elapsed_s_;   // per finishing segment, at one clock

  void build_pieces(const Projection& p, double now_s);
  Check check_pieces(std::size_t clock_idx, bool stop_at_violation) const;
  Check check_exact(const Projection& p, std::size_t clock_idx, double now_s) const;
  Check evaluate(const Projection& p, std::size_t clock_idx, double now_s, bool stop_at_violation) const;
  std::size_t index_of(std::int64_t clock_mhz) const;
  std::size_t search(double now_s, Decision& d);
  // Elapsed time at the end of each segment that has finishers, at one clock.
  void finish_times(const Projection& p, std::size_t clock_idx);
  // Requests of `p` that miss their deadline even at max clock, into exempt_.
  void find_hopeless(const Projection& p, double now_s);
};

}  // namespace throttllem
