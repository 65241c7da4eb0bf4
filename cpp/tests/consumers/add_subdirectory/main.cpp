// Links throttllem::core from add_subdirectory: projects a small batch and checks a typed error.
#include <cstdio>

#include "throttllem/errors.hpp"
#include "throttllem/scoreboard.hpp"

int main() {
  throttllem::ScoreboardConfig config;
  config.kv_capacity_blocks = 1024;
  throttllem::Scoreboard board(config);
  throttllem::Request r;
  r.id = 1;
  r.prompt_tokens = 100;
  r.max_tokens = 20;
  r.predicted_output_tokens = 10;
  r.deadline_s = 5.0;
  board.add_running(r);
  const throttllem::Projection p = board.project();
  if (p.horizon_iters != 10 || p.peak_batch != 1) {
    std::printf("consumer: unexpected projection (horizon %lld, peak batch %lld)\n",
                static_cast<long long>(p.horizon_iters), static_cast<long long>(p.peak_batch));
    return 1;
  }
  try {
    board.add_running(r);  // the same id twice
    std::printf("consumer: a duplicate id was accepted\n");
    return 1;
  } catch (const throttllem::RequestIdError&) {
  }
  std::printf("consumer: ok\n");
  return 0;
}
