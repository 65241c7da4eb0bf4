// Scoreboard projection against a per-iteration brute force, from C++ (no Python involved).
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "check.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/scoreboard.hpp"

using namespace throttllem;

namespace {

std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

std::vector<Request> random_requests(std::mt19937_64& rng, int n) {
  std::vector<Request> out;
  for (int i = 0; i < n; ++i) {
    Request r;
    r.id = static_cast<std::uint64_t>(i);
    r.prompt_tokens = 1 + static_cast<std::int64_t>(rng() % 500);
    r.max_tokens = 100 + static_cast<std::int64_t>(rng() % 200);
    r.generated_tokens = static_cast<std::int64_t>(rng() % 100);
    r.predicted_output_tokens = static_cast<std::int64_t>(rng() % 250);
    r.deadline_s = static_cast<double>(rng() % 1000) / 10.0;
    out.push_back(r);
  }
  return out;
}

// A request with nothing generated yet.
Request make_request(std::uint64_t id, std::int64_t prompt_tokens, std::int64_t max_tokens) {
  Request r;
  r.id = id;
  r.prompt_tokens = prompt_tokens;
  r.max_tokens = max_tokens;
  return r;
}

}  // namespace

TEST_CASE(projection_matches_brute_force) {
  std::mt19937_64 rng(42);
  for (int trial = 0; trial < 200; ++trial) {
    ScoreboardConfig config;
    config.kv_capacity_blocks = 1 << 20;
    config.kv_block_tokens = std::vector<std::int64_t>{1, 5, 16, 32}[trial % 4];
    config.output_inflation = trial % 3 == 0 ? 1.25 : 1.0;
    Scoreboard board(config);
    const auto requests = random_requests(rng, 1 + trial % 40);
    for (const Request& r : requests) board.add_running(r);
    const int steps = static_cast<int>(rng() % 60);
    for (int s = 0; s < steps; ++s) board.step();

    const Projection p = board.project();
    std::vector<std::int64_t> rem;
    std::int64_t horizon = 0;
    for (const Request& r : board.running()) {
      rem.push_back(board.remaining_iterations(r));
      horizon = std::max(horizon, rem.back());
    }
    CHECK(p.horizon_iters == horizon);
    std::int64_t peak = 0;
    for (std::int64_t k = 0; k < horizon; ++k) {
      std::int64_t batch = 0, tokens = 0, blocks = 0;
      for (std::size_t i = 0; i < rem.size(); ++i) {
        if (rem[i] <= k) continue;
        const Request& r = board.running()[i];
        const std::int64_t held = r.prompt_tokens + r.generated_tokens + k + 1;
        ++batch;
        tokens += held;
        blocks += ceil_div(held, config.kv_block_tokens);
      }
      peak = std::max(peak, blocks);
      CHECK(p.batch_at(k) == batch);
      CHECK(p.kv_tokens_at(k) == tokens);
      for (const Segment& s : p.segments)
        if (k == s.start_iter + s.iterations - 1) CHECK(s.kv_blocks_last == blocks);
    }
    CHECK(p.peak_kv_blocks == peak);
  }
}

TEST_CASE(removal_keeps_projection_consistent) {
  std::mt19937_64 rng(7);
  ScoreboardConfig config;
  config.kv_capacity_blocks = 1 << 20;
  Scoreboard board(config);
  for (const Request& r : random_requests(rng, 50)) board.add_running(r);
  for (std::uint64_t id = 0; id < 50; id += 3) board.remove(id);
  board.step();
  const Projection p = board.project();
  std::int64_t batch0 = 0;
  for (const Request& r : board.running()) batch0 += board.remaining_iterations(r) > 0;
  CHECK(p.batch_at(0) == batch0);
  CHECK(board.running_count() == 33);
}

TEST_CASE(bad_input_throws_typed_errors) {
  ScoreboardConfig config;
  config.kv_capacity_blocks = 100;
  Scoreboard board(config);
  Request r = make_request(1, 10, 20);
  board.add_running(r);
  CHECK_THROWS_AS(board.add_running(r), RequestIdError);
  CHECK_THROWS_AS(board.remove(99), RequestIdError);
  Request bad = r;
  bad.id = 2;
  bad.prompt_tokens = -1;
  CHECK_THROWS_AS(board.add_running(bad), InvalidArgument);
  bad.prompt_tokens = 10;
  bad.deadline_s = std::nan("");
  CHECK_THROWS_AS(board.enqueue(bad), InvalidArgument);
  bad.deadline_s = 1.0;
  bad.max_tokens = 5000;  // more than the whole cache
  CHECK_THROWS_AS(board.enqueue(bad), InvalidArgument);
  config.kv_capacity_blocks = 0;
  CHECK_THROWS_AS(Scoreboard{config}, InvalidArgument);
}

TEST_CASE(unlimited_max_tokens_sentinel_is_refused_without_overflow) {
  // prompt + INT64_MAX used to wrap negative and slip past the capacity check (UBSan: overflow).
  ScoreboardConfig config;
  config.kv_capacity_blocks = 1000;
  Scoreboard board(config);
  Request r = make_request(1, 100, std::numeric_limits<std::int64_t>::max());
  CHECK_THROWS_AS(board.add_running(r), InvalidArgument);
  CHECK(board.running_count() == 0);
}

TEST_CASE(huge_remaining_counts_sort_without_shifting_past_64_bits) {
  // The radix loop used to evaluate max_key >> 64 before testing the shift (UBSan: shift
  // exponent too large) for remaining counts near 2^60. A request now holds at most 2^40 tokens
  // (kMaxRequestTokens, so projected sums fit 64 bits): such counts are refused at the door, and
  // the largest allowed ones (six radix digits) still sort.
  ScoreboardConfig config;
  config.kv_block_tokens = 1;
  config.kv_capacity_blocks = std::int64_t{1} << 62;
  config.max_batch_size = 8;
  Scoreboard board(config);
  CHECK_THROWS_AS(board.add_running(make_request(9, 1, std::int64_t{1} << 60)), InvalidArgument);
  for (std::uint64_t i = 0; i < 3; ++i) {
    Request r = make_request(i, 1, kMaxRequestTokens - 3 + static_cast<std::int64_t>(i));
    r.predicted_output_tokens = r.max_tokens;
    board.add_running(r);
  }
  const Projection p = board.project({}, 0.0);
  CHECK(p.peak_batch == 3);
  CHECK(p.horizon_iters == kMaxRequestTokens - 1);
}

TEST_CASE(preempt_moves_a_running_request_to_the_queue_head_with_its_tokens) {
  ScoreboardConfig config;
  config.kv_capacity_blocks = 1000;
  Scoreboard board(config);
  Request a = make_request(1, 10, 50);
  Request b = a;
  b.id = 2;
  board.enqueue(b);
  board.add_running(a);
  board.step();
  board.step();
  board.preempt(1);
  CHECK(board.running_count() == 0);
  CHECK(board.queue().size() == 2);
  CHECK(board.queue()[0].id == 1);
  CHECK(board.queue()[0].generated_tokens == 2);
  CHECK(board.request(1).generated_tokens == 2);
  CHECK(board.request(2).generated_tokens == 0);
  CHECK_THROWS_AS(board.request(3), RequestIdError);
  CHECK_THROWS_AS(board.preempt(1), RequestIdError);  // queued, not running
  board.admit({1});
  CHECK(board.running()[0].generated_tokens == 2);
}

TEST_CASE(next_changes_brute_force) {
  // The earliest overrun among running requests and the earliest future deadline, against a
  // per-request scan through the public API.
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    ScoreboardConfig config;
    config.kv_capacity_blocks = 1 << 20;
    config.output_inflation = trial % 2 ? 1.3 : 1.0;
    Scoreboard board(config);
    for (const Request& r : random_requests(rng, 1 + trial % 30)) board.add_running(r);
    for (int s = static_cast<int>(rng() % 40); s > 0; --s) board.step();
    const double now = static_cast<double>(rng() % 1000) / 10.0;
    std::int64_t want_iters = -1;
    double want_deadline = std::numeric_limits<double>::infinity();
    for (const Request& r : board.running()) {
      if (r.deadline_s > now) want_deadline = std::min(want_deadline, r.deadline_s);
      if (r.predicted_output_tokens <= 0) continue;
      const double inflated = std::ceil(static_cast<double>(r.predicted_output_tokens) * config.output_inflation);
      const std::int64_t total = std::min<std::int64_t>(static_cast<std::int64_t>(inflated), r.max_tokens);
      if (r.generated_tokens > total) continue;
      const std::int64_t left = total - r.generated_tokens;
      if (want_iters < 0 || left < want_iters) want_iters = left;
    }
    const Scoreboard::Changes got = board.next_changes(now);
    CHECK(got.iterations_to_overrun == want_iters);
    CHECK(got.next_deadline_s == want_deadline);
  }
  ScoreboardConfig small;
  small.kv_capacity_blocks = 10;
  Scoreboard empty(small);
  CHECK(empty.next_changes(0.0).iterations_to_overrun == -1);
  CHECK(std::isinf(empty.next_changes(0.0).next_deadline_s));
  CHECK_THROWS_AS(empty.next_changes(std::nan("")), InvalidArgument);
}

TEST_MAIN()
