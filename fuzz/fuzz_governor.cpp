// libFuzzer target: Governor::decide on scoreboards built by random call sequences (board_ops.hpp),
// on the shipped default model. Every decision must hold the documented contract: the clock is a
// supported one; admission is a FCFS prefix that fits the batch and KV limits; the SLO clock is
// the lowest clock whose check() passes (max clock when a request is late, min when idle);
// hysteresis only ever holds a higher clock. Half the inputs also run the exact path (the forest
// evaluated per iteration) in lockstep with the table path, which must decide identically.
#include <cmath>
#include <memory>

#include "board_ops.hpp"
#include "throttllem/governor.hpp"

using namespace throttllem;

namespace {

struct Setup {
  std::unique_ptr<Governor> table, exact;
};

std::shared_ptr<const Forest> forest() {
  static const std::shared_ptr<const Forest> f = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  return f;
}

constexpr std::int64_t kMaxBatch = 24;

// 0, 1: a table and an exact governor over a short clock list (the exact path is slow);
// 2: table only, every clock of the reference H100 (345..1980 MHz in 15 MHz steps).
Setup& setup(int variant) {
  static Setup setups[3];
  Setup& s = setups[variant];
  if (!s.table) {
    GovernorConfig c;
    const std::int64_t step = variant == 2 ? 15 : 165;
    for (std::int64_t mhz = 345; mhz <= 1980; mhz += step) c.clocks_mhz.push_back(mhz);
    c.tbt_target_s = variant == 1 ? 0.03 : 0.05;
    c.min_saving_mhz = variant == 1 ? 300 : 0;
    c.dwell_s = variant == 1 ? 0.5 : 0.0;
    s.table = std::make_unique<Governor>(forest(), c, kMaxBatch);
    if (variant < 2) {
      c.exact = true;
      s.exact = std::make_unique<Governor>(forest(), c, kMaxBatch);
    }
  }
  return s;
}

std::size_t index_of(const Governor& g, std::int64_t mhz) {
  const auto& clocks = g.clocks_mhz();
  const auto it = std::find(clocks.begin(), clocks.end(), mhz);
  FUZZ_CHECK(it != clocks.end());
  return static_cast<std::size_t>(it - clocks.begin());
}

void check_decision(Governor& g, const Scoreboard& board, double now_s, const Decision& d) {
  const auto& clocks = g.clocks_mhz();
  const std::size_t slo_idx = index_of(g, d.slo_clock_mhz);
  index_of(g, d.clock_mhz);
  // Admission: a FCFS prefix of the queue, within the batch limits and (past a lone request) KV.
  const std::int64_t running = static_cast<std::int64_t>(board.running_count());
  FUZZ_CHECK(d.admitted.size() <= board.queued_count());
  for (std::size_t i = 0; i < d.admitted.size(); ++i) FUZZ_CHECK(d.admitted[i] == board.queue()[i].id);
  const std::vector<Request> extra(board.queue().begin(), board.queue().begin() + static_cast<std::ptrdiff_t>(d.admitted.size()));
  FUZZ_CHECK(running + static_cast<std::int64_t>(extra.size()) <= std::max(running, std::min(kMaxBatch, board.config().max_batch_size)));
  const Projection p = board.project(extra, now_s);
  // Running requests alone may exceed the KV capacity (the engine's business); admitting one more
  // must not, except a lone request on an idle engine (refusing it would stall for ever).
  if (!extra.empty() && !(running == 0 && extra.size() == 1))
    FUZZ_CHECK(p.peak_kv_blocks <= board.config().kv_capacity_blocks);

  switch (d.reason) {
    case DecisionReason::kIdle:
      FUZZ_CHECK(p.segments.empty() && slo_idx == 0 && d.predicted_tbt_s == 0.0);
      break;
    case DecisionReason::kLateRequest:
      FUZZ_CHECK(!p.segments.empty() && slo_idx == clocks.size() - 1);
      break;
    case DecisionReason::kSloBound:
    case DecisionReason::kHoldHysteresis:
    case DecisionReason::kHoldDwell:
      if (p.late_requests > 0) break;  // hopeless running requests were exempted: not p's check
      // The lowest clock that passes check() on the same projection.
      FUZZ_CHECK(g.check(p, slo_idx, now_s).feasible);
      if (slo_idx > 0) FUZZ_CHECK(!g.check(p, slo_idx - 1, now_s).feasible);
      break;
  }
  const bool held = d.reason == DecisionReason::kHoldHysteresis || d.reason == DecisionReason::kHoldDwell;
  FUZZ_CHECK(held ? d.clock_mhz > d.slo_clock_mhz : d.clock_mhz == d.slo_clock_mhz);
  FUZZ_CHECK(g.current_clock_mhz() == d.clock_mhz);
  FUZZ_CHECK(std::isfinite(d.predicted_tbt_s) && d.predicted_tbt_s >= 0.0);
  FUZZ_CHECK(!std::isnan(d.e2e_slack_s));
}

bool same(const Decision& a, const Decision& b) {
  return a.clock_mhz == b.clock_mhz && a.slo_clock_mhz == b.slo_clock_mhz && a.admitted == b.admitted &&
         a.reason == b.reason;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const int variant = in.ConsumeIntegralInRange<int>(0, 2);
  Setup& s = setup(variant);
  const bool compare = s.exact != nullptr;
  fuzz::Limits limits;
  if (compare) {  // bounded horizons: the exact path costs one forest call per iteration
    limits.max_tokens = 300;
    limits.extreme_doubles = false;
  }
  ScoreboardConfig config;
  config.kv_block_tokens = in.ConsumeBool() ? 16 : in.ConsumeIntegralInRange<std::int64_t>(1, 64);
  config.kv_capacity_blocks = in.ConsumeIntegralInRange<std::int64_t>(1, 4096);
  config.max_batch_size = in.ConsumeIntegralInRange<std::int64_t>(1, kMaxBatch + 8);
  config.output_inflation = in.ConsumeBool() ? 1.0 : in.ConsumeIntegralInRange<int>(50, 300) / 100.0;
  Scoreboard board(config);
  fuzz::Model model;
  const std::int64_t start_clock = s.table->clocks_mhz()[in.ConsumeIntegralInRange<std::size_t>(0, s.table->clocks_mhz().size() - 1)];
  s.table->reset(start_clock);
  if (compare) s.exact->reset(start_clock);
  while (in.remaining_bytes() > 0) {
    if (in.ConsumeIntegralInRange<int>(0, 2) != 0) {
      fuzz::apply_one(in, board, model, limits);
      continue;
    }
    const double now_s = fuzz::fuzzed_time(in, limits);
    Decision d;
    try {
      d = s.table->decide(board, now_s);
    } catch (const InvalidArgument& e) {
      FUZZ_CHECK(fuzz::one_line(e.what()));
      FUZZ_CHECK(!std::isfinite(now_s) || static_cast<std::int64_t>(board.running_count()) > kMaxBatch);
      continue;
    }
    FUZZ_CHECK(std::isfinite(now_s) && static_cast<std::int64_t>(board.running_count()) <= kMaxBatch);
    check_decision(*s.table, board, now_s, d);
    if (compare) {
      const Decision e = s.exact->decide(board, now_s);
      FUZZ_CHECK(same(d, e));
      FUZZ_CHECK(std::fabs(d.predicted_tbt_s - e.predicted_tbt_s) <= 1e-9 * e.predicted_tbt_s);
    }
    // The engine admits what the governor admitted, as a caller would.
    if (!d.admitted.empty() && in.ConsumeBool()) {
      board.admit(d.admitted);
      for (std::uint64_t id : d.admitted) {
        const std::ptrdiff_t pos = model.queue_pos(id);
        model.running.push_back(model.queue[static_cast<std::size_t>(pos)]);
        model.queue.erase(model.queue.begin() + pos);
      }
    }
  }
  return 0;
}
