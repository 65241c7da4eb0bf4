// libFuzzer target: the Scoreboard's public API under random call sequences (structure-aware:
// the input bytes pick a config, then calls and their arguments). After every call the board
// must match a plain model of its requests (board_ops.hpp), and every projection must match a
// brute-force recount of what its segments claim, iteration by iteration. Only the core's typed
// errors may escape, each exactly where the documented rules say the call is invalid.
#include <cmath>
#include <limits>
#include <memory>

#include "board_ops.hpp"

using namespace throttllem;

namespace {

struct Row {
  std::int64_t rem, context;
  double deadline;
  std::uint64_t id;
  bool late;
};

std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

void check_projection(const Scoreboard& board, const std::vector<Request>& extra, double now_s,
                      const std::vector<std::uint64_t>& exempt, bool kv_blocks) {
  Projection p;
  try {
    board.project_into(p, extra.data(), extra.size(), now_s, &exempt, kv_blocks);
  } catch (const InvalidArgument& e) {
    FUZZ_CHECK(std::isnan(now_s) && fuzz::one_line(e.what()));
    return;
  }
  FUZZ_CHECK(!std::isnan(now_s));
  std::vector<Row> rows;
  auto add = [&](const Request& r) {
    const std::int64_t rem = board.remaining_iterations(r);
    FUZZ_CHECK(rem >= 0 && rem <= r.max_tokens - r.generated_tokens);
    if (r.predicted_output_tokens == 0) FUZZ_CHECK(rem == r.max_tokens - r.generated_tokens);
    if (rem == 0) return;
    const bool late = r.deadline_s < now_s || std::binary_search(exempt.begin(), exempt.end(), r.id);
    rows.push_back({rem, r.prompt_tokens + r.generated_tokens, r.deadline_s, r.id, late});
  };
  for (const Request& r : board.running()) add(r);
  for (const Request& r : extra) add(r);

  const std::int64_t B = board.config().kv_block_tokens;
  std::int64_t horizon = 0, late = 0;
  for (const Row& r : rows) {
    horizon = std::max(horizon, r.rem);
    late += r.late;
  }
  FUZZ_CHECK(p.horizon_iters == horizon);
  FUZZ_CHECK(p.late_requests == late);
  FUZZ_CHECK(p.peak_batch == static_cast<std::int64_t>(rows.size()));
  FUZZ_CHECK(p.ids_by_finish.size() == rows.size() && p.deadlines_by_finish.size() == rows.size());
  std::int64_t start = 0, peak_blocks = 0;
  std::size_t finisher = 0;
  for (const Segment& s : p.segments) {
    FUZZ_CHECK(s.start_iter == start && s.iterations > 0);
    const std::int64_t end = start + s.iterations;
    std::int64_t batch = 0, batch_last = 0, kv_first = 0, blocks_last = 0, finishing = 0;
    double min_deadline = std::numeric_limits<double>::infinity();
    for (const Row& r : rows) {
      if (r.rem > start) {
        ++batch;
        kv_first += r.context + start + 1;
      }
      if (r.rem > end - 1) {
        ++batch_last;
        blocks_last += ceil_div(r.context + end, B);  // holds context + (end - 1) + 1 tokens
      }
      if (r.rem == end) {
        ++finishing;
        if (!r.late) min_deadline = std::min(min_deadline, r.deadline);
      }
    }
    FUZZ_CHECK(s.batch == batch && batch_last == batch);  // constant inside the segment
    FUZZ_CHECK(s.kv_tokens_first == kv_first);
    FUZZ_CHECK(p.batch_at(start) == batch && p.batch_at(end - 1) == batch);
    FUZZ_CHECK(p.kv_tokens_at(end - 1) == kv_first + batch * (end - 1 - start));
    FUZZ_CHECK(s.kv_blocks_last == (kv_blocks ? blocks_last : 0));
    FUZZ_CHECK(s.finishing == finishing && finishing > 0);
    FUZZ_CHECK(s.min_deadline_s == min_deadline);
    for (std::int64_t f = 0; f < finishing; ++f, ++finisher) {
      const std::uint64_t id = p.ids_by_finish[finisher];
      bool found = false;
      for (const Row& r : rows)
        if (r.id == id && r.rem == end) {
          found = true;
          FUZZ_CHECK(p.deadlines_by_finish[finisher] == (r.late ? std::numeric_limits<double>::infinity() : r.deadline));
        }
      FUZZ_CHECK(found);
    }
    peak_blocks = std::max(peak_blocks, s.kv_blocks_last);
    start = end;
  }
  FUZZ_CHECK(start == horizon && finisher == rows.size());
  FUZZ_CHECK(p.peak_kv_blocks == peak_blocks);
  FUZZ_CHECK(p.batch_at(horizon) == 0 && p.kv_tokens_at(horizon) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  ScoreboardConfig config;
  config.kv_block_tokens = in.ConsumeBool() ? 16 : in.ConsumeIntegralInRange<std::int64_t>(-1, 80);
  config.kv_capacity_blocks = in.ConsumeBool() ? std::int64_t{1} << 16 : in.ConsumeIntegral<std::int64_t>();
  config.max_batch_size = in.ConsumeIntegralInRange<std::int64_t>(0, 64);
  config.output_inflation = in.ConsumeBool() ? 1.0 : in.ConsumeFloatingPoint<double>();
  std::unique_ptr<Scoreboard> board;
  try {
    board = std::make_unique<Scoreboard>(config);
  } catch (const InvalidArgument& e) {
    FUZZ_CHECK(fuzz::one_line(e.what()));
    return 0;
  }
  fuzz::Model model;
  const fuzz::Limits limits;
  while (in.remaining_bytes() > 0) {
    if (in.ConsumeIntegralInRange<int>(0, 3) != 0) {
      fuzz::apply_one(in, *board, model, limits);
      continue;
    }
    std::vector<Request> extra;
    for (const Request& q : model.queue)
      if (in.ConsumeBool()) extra.push_back(q);
    std::vector<std::uint64_t> exempt;
    for (std::uint64_t id = 0; id <= 24; id += static_cast<std::uint64_t>(in.ConsumeIntegralInRange<int>(1, 12)))
      if (in.ConsumeBool()) exempt.push_back(id);
    const double now_s = fuzz::fuzzed_time(in, limits);
    check_projection(*board, extra, now_s, exempt, in.ConsumeBool());
    try {
      const Scoreboard::Changes c = board->next_changes(now_s);
      FUZZ_CHECK(!std::isnan(now_s));
      FUZZ_CHECK(c.iterations_to_overrun >= -1);
      FUZZ_CHECK(c.next_deadline_s > now_s || (std::isinf(c.next_deadline_s) && c.next_deadline_s > 0));
    } catch (const InvalidArgument& e) {
      FUZZ_CHECK(std::isnan(now_s) && fuzz::one_line(e.what()));
    }
  }
  return 0;
}
