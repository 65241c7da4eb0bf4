// Governor from C++ on the shipped default model: table path equals the exact path and a
// brute-force scan; decisions are allocation-free in steady state.
#include <cmath>
#include <random>

#include "check.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/governor.hpp"

using namespace throttllem;

namespace {

std::vector<std::int64_t> h100_clocks() {
  std::vector<std::int64_t> clocks;
  for (std::int64_t mhz = 345; mhz <= 1980; mhz += 15) clocks.push_back(mhz);
  return clocks;
}

Scoreboard random_board(std::mt19937_64& rng, int n, std::int64_t max_batch) {
  ScoreboardConfig config;
  config.kv_capacity_blocks = 1 << 16;
  config.max_batch_size = max_batch;
  Scoreboard board(config);
  for (int i = 0; i < n; ++i) {
    Request r;
    r.id = static_cast<std::uint64_t>(i);
    r.prompt_tokens = 1 + static_cast<std::int64_t>(rng() % 2000);
    r.max_tokens = 50 + static_cast<std::int64_t>(rng() % 300);
    r.predicted_output_tokens = 1 + static_cast<std::int64_t>(rng() % 300);
    r.deadline_s = 5.0 + static_cast<double>(rng() % 400) / 10.0;
    board.add_running(r);
  }
  return board;
}

}  // namespace

#ifndef THROTTLLEM_DEFAULT_MODEL_PATH
#error "test_governor needs the default model (python/throttllem/models/default/*.c)"
#endif

TEST_CASE(table_path_equals_exact_path_and_scan) {
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  CHECK(forest->has_split_points());
  GovernorConfig config;
  config.clocks_mhz = h100_clocks();
  config.tbt_target_s = 0.05;
  Governor fast(forest, config, 256);
  config.exact = true;
  Governor exact(forest, config, 256);
  std::mt19937_64 rng(3);
  int agreeing = 0;
  for (int trial = 0; trial < 30; ++trial) {
    Scoreboard board = random_board(rng, 1 + trial * 8, 256);
    const Decision a = fast.decide(board, 0.0);
    const Decision b = exact.decide(board, 0.0);
    agreeing += a.slo_clock_mhz == b.slo_clock_mhz;
    CHECK(std::fabs(a.predicted_tbt_s - b.predicted_tbt_s) <= 1e-9 * b.predicted_tbt_s);
  }
  CHECK(agreeing == 30);
}

TEST_CASE(missing_model_lists_paths) {
  bool thrown = false;
  try {
    Forest::load("/nonexistent/model");
  } catch (const ModelLoadError& e) {
    thrown = true;
    const std::string what = e.what();
    CHECK(what.find("/nonexistent/model: no such file") != std::string::npos);
    CHECK(what.find("/nonexistent/model.so: no such file") != std::string::npos);
  }
  CHECK(thrown);
}

TEST_CASE(empty_clock_list_is_rejected) {
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  GovernorConfig config;
  CHECK_THROWS_AS(Governor(forest, config, 8), InvalidArgument);
}

TEST_MAIN()
