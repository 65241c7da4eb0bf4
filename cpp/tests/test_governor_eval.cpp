// The governor's two evaluators (cpp/src/ips_eval.hpp) on the shipped default model: table and
// exact mode agree, and a result depends only on the plan passed in, never on call order.
#include <cmath>
#include <random>

#include "../src/ips_eval.hpp"
#include "check.hpp"
#include "throttllem/governor.hpp"

using namespace throttllem;
using detail::ExactEvaluator;
using detail::model_loop;
using detail::Pass;
using detail::TableEvaluator;

#ifndef THROTTLLEM_DEFAULT_MODEL_PATH
#error "test_governor_eval needs the default model (python/throttllem/models/default/*.c)"
#endif

namespace {

constexpr std::int64_t kMaxBatch = 64;

std::vector<std::int64_t> h100_clocks() {
  std::vector<std::int64_t> clocks;
  for (std::int64_t mhz = 345; mhz <= 1980; mhz += 15) clocks.push_back(mhz);
  return clocks;
}

GovernorConfig config(double tbt_target_s) {
  GovernorConfig c;
  c.clocks_mhz = h100_clocks();
  c.tbt_target_s = tbt_target_s;
  return c;
}

Projection random_projection(std::mt19937_64& rng, int n, double now_s) {
  ScoreboardConfig sc;
  sc.kv_capacity_blocks = 1 << 20;
  sc.max_batch_size = kMaxBatch;
  Scoreboard board(sc);
  for (int i = 0; i < n; ++i) {
    Request r;
    r.id = static_cast<std::uint64_t>(i);
    r.prompt_tokens = 1 + static_cast<std::int64_t>(rng() % 4000);
    r.max_tokens = 20 + static_cast<std::int64_t>(rng() % 300);
    r.predicted_output_tokens = 1 + static_cast<std::int64_t>(rng() % 300);
    r.deadline_s = now_s + 0.5 + static_cast<double>(rng() % 300) / 10.0;
    board.add_running(r);
  }
  return board.project({}, now_s);
}

bool same(const Governor::Check& a, const Governor::Check& b) {
  return a.feasible == b.feasible && a.tbt_s == b.tbt_s && a.e2e_slack_s == b.e2e_slack_s;
}

// Smallest SLO margin of a full check (>= 0: feasible), to tell a float tie from a disagreement.
double margin(const Governor::Check& c, double tbt_target_s) {
  return std::min(tbt_target_s - c.tbt_s, c.e2e_slack_s);
}

}  // namespace

TEST_CASE(table_is_exact_on_single_iterations) {
  // One iteration per piece: the table's count * time is the model's time, bit for bit.
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  const GovernorConfig c = config(1.0);
  const TableEvaluator table(*forest, c, c.clocks_mhz, kMaxBatch);
  const ExactEvaluator exact(forest, c, c.clocks_mhz);
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 400; ++trial) {
    Projection p;
    Segment& seg = p.segments.emplace_back();
    seg.iterations = 1;
    seg.batch = 1 + static_cast<std::int64_t>(rng() % kMaxBatch);
    seg.kv_tokens_first = static_cast<std::int64_t>(rng() % 200'000);
    seg.finishing = 1;
    seg.min_deadline_s = 1e9;
    p.peak_batch = seg.batch;
    TableEvaluator::Plan tp;
    ExactEvaluator::Plan ep;
    table.prepare(p, 0.0, tp);
    exact.prepare(p, 0.0, ep);
    const std::size_t clock = rng() % c.clocks_mhz.size();
    const auto a = model_loop<Pass::kFull>(table, tp, clock);
    const auto b = model_loop<Pass::kFull>(exact, ep, clock);
    CHECK(same(a, b));
  }
}

TEST_CASE(table_and_exact_agree_on_projections) {
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  const GovernorConfig c = config(0.03);
  const TableEvaluator table(*forest, c, c.clocks_mhz, kMaxBatch);
  const ExactEvaluator exact(forest, c, c.clocks_mhz);
  std::mt19937_64 rng(5);
  TableEvaluator::Plan tp;
  ExactEvaluator::Plan ep;
  int feasible = 0, infeasible = 0;
  for (int trial = 0; trial < 20; ++trial) {
    const double now_s = static_cast<double>(trial);
    const Projection p = random_projection(rng, 1 + trial * 3, now_s);
    table.prepare(p, now_s, tp);
    exact.prepare(p, now_s, ep);
    for (std::size_t clock = 0; clock < c.clocks_mhz.size(); clock += 9) {
      const auto a = model_loop<Pass::kFull>(table, tp, clock);
      const auto b = model_loop<Pass::kFull>(exact, ep, clock);
      // Only summation order differs (count * time per piece vs one add per iteration).
      CHECK(std::fabs(a.tbt_s - b.tbt_s) <= 1e-12 * b.tbt_s);
      CHECK(std::fabs(a.e2e_slack_s - b.e2e_slack_s) <= 1e-9 * std::fabs(b.e2e_slack_s) + 1e-12);
      if (std::fabs(margin(b, c.tbt_target_s)) > 1e-9) {
        CHECK(a.feasible == b.feasible);
        CHECK(model_loop<Pass::kFeasibility>(table, tp, clock).feasible == a.feasible);
        CHECK(model_loop<Pass::kFeasibility>(exact, ep, clock).feasible == b.feasible);
      }
      (b.feasible ? feasible : infeasible) += 1;
    }
  }
  CHECK(feasible > 0 && infeasible > 0);  // the boards exercise both answers
}

TEST_CASE(results_do_not_depend_on_call_order) {
  // Two plans held at once, evaluated interleaved: each answer is that of its own plan alone.
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  const GovernorConfig c = config(0.03);
  const TableEvaluator table(*forest, c, c.clocks_mhz, kMaxBatch);
  const ExactEvaluator exact(forest, c, c.clocks_mhz);
  std::mt19937_64 rng(9);
  const Projection small = random_projection(rng, 3, 0.0);
  const Projection large = random_projection(rng, 60, 0.5);
  TableEvaluator::Plan t_small, t_large;
  ExactEvaluator::Plan e_small, e_large;
  table.prepare(small, 0.0, t_small);
  exact.prepare(small, 0.0, e_small);
  const std::size_t clock = 40;
  const auto t_alone = model_loop<Pass::kFull>(table, t_small, clock);
  const auto e_alone = model_loop<Pass::kFull>(exact, e_small, clock);
  table.prepare(large, 0.5, t_large);
  exact.prepare(large, 0.5, e_large);
  const auto t_large_first = model_loop<Pass::kFull>(table, t_large, clock);
  CHECK(same(model_loop<Pass::kFull>(table, t_small, clock), t_alone));
  CHECK(same(model_loop<Pass::kFull>(exact, e_small, clock), e_alone));
  CHECK(same(model_loop<Pass::kFull>(table, t_large, clock), t_large_first));
  CHECK(!same(t_alone, t_large_first));  // the two plans really differ

  // Through the Governor: check() of another projection first changes no later answer.
  for (const bool exact_mode : {false, true}) {
    GovernorConfig gc = c;
    gc.exact = exact_mode;
    Governor fresh(forest, gc, kMaxBatch), used(forest, gc, kMaxBatch);
    const auto expected = fresh.check(small, clock, 0.0);
    used.check(large, 7, 0.5);
    CHECK(same(used.check(small, clock, 0.0), expected));
    ScoreboardConfig sc;
    sc.kv_capacity_blocks = 1 << 20;
    sc.max_batch_size = kMaxBatch;
    Scoreboard board(sc);
    for (int i = 0; i < 12; ++i) {
      Request r;
      r.id = static_cast<std::uint64_t>(i);
      r.prompt_tokens = 100 + 300 * i;
      r.max_tokens = 200;
      r.predicted_output_tokens = 20 + 10 * i;
      r.deadline_s = 40.0;
      i < 8 ? board.add_running(r) : board.enqueue(r);
    }
    Governor fresh2(forest, gc, kMaxBatch), used2(forest, gc, kMaxBatch);
    const Decision want = fresh2.decide(board, 1.0);
    used2.check(large, 3, 0.5);
    const Decision got = used2.decide(board, 1.0);
    CHECK(got.clock_mhz == want.clock_mhz && got.slo_clock_mhz == want.slo_clock_mhz);
    CHECK(got.admitted == want.admitted && got.reason == want.reason);
    CHECK(got.predicted_tbt_s == want.predicted_tbt_s && got.e2e_slack_s == want.e2e_slack_s);
    CHECK(got.clocks_evaluated == want.clocks_evaluated);
  }
}

TEST_CASE(table_and_exact_agree_on_chunked_prefill_with_ttft) {
  // Mixed prefill + decode iterations with a TTFT target and a reserve: both modes decide alike.
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  std::mt19937_64 rng(23);
  int bound = 0;
  for (int trial = 0; trial < 12; ++trial) {
    GovernorConfig gc = config(0.05 + 0.01 * trial);
    gc.ttft_target_s = 0.2 + 0.1 * trial;
    gc.slo_reserve = trial % 3 == 0 ? 0.05 : 0.0;
    gc.prefill_grid_tokens = {0, 256, 1024, 4096};
    for (std::int64_t mhz : gc.clocks_mhz)
      for (std::int64_t tokens : gc.prefill_grid_tokens)
        gc.prefill_time_s.push_back(2e-5 * static_cast<double>(tokens) * 1980.0 / static_cast<double>(mhz));
    ScoreboardConfig sc;
    sc.kv_capacity_blocks = 1 << 20;
    sc.max_batch_size = kMaxBatch;
    sc.prefill_chunk_tokens = 128 + static_cast<std::int64_t>(rng() % 2048);
    Scoreboard board(sc);
    for (int i = 0; i < 10; ++i) {
      Request r;
      r.id = static_cast<std::uint64_t>(i);
      r.prompt_tokens = 1 + static_cast<std::int64_t>(rng() % 3000);
      r.max_tokens = 10 + static_cast<std::int64_t>(rng() % 150);
      r.deadline_s = 30.0;
      if (i < 4) {
        r.generated_tokens = 1 + static_cast<std::int64_t>(rng() % 5);
        board.add_running(r);
      } else {
        board.enqueue(r);
      }
    }
    board.admit({4, 5});
    board.step();  // advance the two prefills by one chunk
    gc.exact = false;
    Governor table(forest, gc, kMaxBatch);
    gc.exact = true;
    Governor exact(forest, gc, kMaxBatch);
    const Decision a = table.decide(board, 0.05), b = exact.decide(board, 0.05);
    CHECK(a.clock_mhz == b.clock_mhz && a.admitted == b.admitted && a.reason == b.reason);
    CHECK(std::fabs(a.ttft_slack_s - b.ttft_slack_s) <= 1e-9 * std::fabs(b.ttft_slack_s) + 1e-12);
    bound += a.reason == DecisionReason::kSloBound && a.clock_mhz > gc.clocks_mhz.front();
  }
  CHECK(bound > 0);  // some trials bind below max clock
}

TEST_MAIN()
