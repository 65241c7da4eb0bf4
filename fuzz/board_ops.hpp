// Shared by fuzz_scoreboard and fuzz_governor: a Scoreboard driven by fuzzer bytes, mirrored by
// a plain model (a list of requests per state) that is checked after every call.
#pragma once

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "fuzz_check.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/scoreboard.hpp"

namespace fuzz {

using throttllem::InvalidArgument;
using throttllem::Request;
using throttllem::RequestIdError;
using throttllem::Scoreboard;

struct Limits {
  std::int64_t max_tokens = std::int64_t{1} << 41;  // past kMaxRequestTokens: rejections get fuzzed too
  bool extreme_doubles = true;                        // NaN, infinities, huge values
};

inline double fuzzed_time(FuzzedDataProvider& in, const Limits& lim) {
  switch (in.ConsumeIntegralInRange<int>(0, lim.extreme_doubles ? 7 : 3)) {
    case 0: return 0.0;
    case 1: return in.ConsumeIntegralInRange<int>(0, 4000) / 100.0;
    case 2: return -in.ConsumeIntegralInRange<int>(0, 400) / 100.0;
    case 3: return in.ConsumeIntegralInRange<int>(0, 400000) / 1000.0;
    case 4: return std::numeric_limits<double>::infinity();
    case 5: return -std::numeric_limits<double>::infinity();
    case 6: return std::numeric_limits<double>::quiet_NaN();
    default: return in.ConsumeFloatingPoint<double>();
  }
}

inline std::int64_t fuzzed_tokens(FuzzedDataProvider& in, const Limits& lim) {
  switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0: return in.ConsumeIntegralInRange<std::int64_t>(0, 40);
    case 1: return in.ConsumeIntegralInRange<std::int64_t>(0, std::min<std::int64_t>(lim.max_tokens, 5000));
    case 2: return in.ConsumeIntegralInRange<std::int64_t>(-2, lim.max_tokens);
    default: return lim.max_tokens >= (std::int64_t{1} << 40) ? in.ConsumeIntegral<std::int64_t>() : 1;
  }
}

inline Request fuzzed_request(FuzzedDataProvider& in, const Limits& lim) {
  Request r;
  r.id = in.ConsumeIntegralInRange<std::uint64_t>(0, 24);
  if (in.ConsumeBool() && lim.extreme_doubles) r.id = in.ConsumeIntegral<std::uint64_t>();
  r.arrival_s = fuzzed_time(in, lim);
  r.prompt_tokens = fuzzed_tokens(in, lim);
  r.max_tokens = fuzzed_tokens(in, lim);
  r.generated_tokens = in.ConsumeBool() ? 0 : fuzzed_tokens(in, lim);
  r.predicted_output_tokens = in.ConsumeBool() ? 0 : fuzzed_tokens(in, lim);
  r.deadline_s = fuzzed_time(in, lim);
  return r;
}

// The model: what the board must hold after each call.
struct Model {
  std::vector<Request> running;  // any order
  std::vector<Request> queue;    // FCFS order

  Request* find_running(std::uint64_t id) {
    for (Request& r : running)
      if (r.id == id) return &r;
    return nullptr;
  }
  std::ptrdiff_t queue_pos(std::uint64_t id) const {
    for (std::size_t i = 0; i < queue.size(); ++i)
      if (queue[i].id == id) return static_cast<std::ptrdiff_t>(i);
    return -1;
  }
  bool contains(std::uint64_t id) { return find_running(id) || queue_pos(id) >= 0; }
};

inline bool same_request(const Request& a, const Request& b) {
  auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
  return a.id == b.id && same(a.arrival_s, b.arrival_s) && a.prompt_tokens == b.prompt_tokens &&
         a.generated_tokens == b.generated_tokens && a.predicted_output_tokens == b.predicted_output_tokens &&
         a.max_tokens == b.max_tokens && same(a.deadline_s, b.deadline_s);
}

inline void check_matches(const Scoreboard& board, Model& m) {
  FUZZ_CHECK(board.running_count() == m.running.size());
  FUZZ_CHECK(board.queued_count() == m.queue.size());
  for (std::size_t i = 0; i < m.queue.size(); ++i) FUZZ_CHECK(same_request(board.queue()[i], m.queue[i]));
  for (const Request& r : board.running()) {
    const Request* mine = m.find_running(r.id);
    FUZZ_CHECK(mine && same_request(r, *mine));
    FUZZ_CHECK(board.contains(r.id));
  }
}

// Whether the board must accept `r` (Scoreboard::validate's documented rules, restated).
inline bool valid_request(const Request& r, const throttllem::ScoreboardConfig& c) {
  if (!std::isfinite(r.arrival_s) || std::isnan(r.deadline_s)) return false;
  if (r.prompt_tokens < 1 || r.max_tokens < 1 || r.generated_tokens < 0 || r.generated_tokens > r.max_tokens ||
      r.predicted_output_tokens < 0)
    return false;
  if (r.prompt_tokens > throttllem::kMaxRequestTokens || r.max_tokens > throttllem::kMaxRequestTokens - r.prompt_tokens)
    return false;
  // Both below 2^41 here; capacity * block may not fit, then every request fits.
  const long double capacity = static_cast<long double>(c.kv_capacity_blocks) * c.kv_block_tokens;
  return static_cast<long double>(r.prompt_tokens + r.max_tokens) <= capacity;
}

// One call on the board and the model. The board must raise exactly where the model says the
// call is invalid, with a typed one-line error, and then hold what it held before.
inline void apply_one(FuzzedDataProvider& in, Scoreboard& board, Model& m, const Limits& lim) {
  const int op = in.ConsumeIntegralInRange<int>(0, 7);
  const std::uint64_t some_id = !m.running.empty() && in.ConsumeBool()
                                    ? m.running[in.ConsumeIntegralInRange<std::size_t>(0, m.running.size() - 1)].id
                                : !m.queue.empty() && in.ConsumeBool()
                                    ? m.queue[in.ConsumeIntegralInRange<std::size_t>(0, m.queue.size() - 1)].id
                                    : in.ConsumeIntegralInRange<std::uint64_t>(0, 24);
  bool ok = true;  // what the model says the call should do
  bool threw = false;
  Model after = m;
  try {
    switch (op) {
      case 0:
      case 1: {
        const Request r = fuzzed_request(in, lim);
        ok = valid_request(r, board.config()) && !m.contains(r.id);
        if (ok) (op == 0 ? after.running : after.queue).push_back(r);
        if (op == 0) board.add_running(r); else board.enqueue(r);
        break;
      }
      case 2: {
        std::vector<std::uint64_t> ids;
        const int n = in.ConsumeIntegralInRange<int>(0, 4);
        for (int i = 0; i < n; ++i)
          ids.push_back(!m.queue.empty() && in.ConsumeBool()
                            ? m.queue[in.ConsumeIntegralInRange<std::size_t>(0, m.queue.size() - 1)].id
                            : in.ConsumeIntegralInRange<std::uint64_t>(0, 24));
        for (std::uint64_t id : ids)
          ok = ok && m.queue_pos(id) >= 0 && std::count(ids.begin(), ids.end(), id) == 1;
        if (ok)
          for (std::uint64_t id : ids) {
            const std::ptrdiff_t pos = after.queue_pos(id);
            after.running.push_back(after.queue[static_cast<std::size_t>(pos)]);
            after.queue.erase(after.queue.begin() + pos);
          }
        board.admit(ids);
        break;
      }
      case 3:
        for (Request& r : after.running)
          if (r.generated_tokens < r.max_tokens) ++r.generated_tokens;
        board.step();
        break;
      case 4: {
        const std::int64_t g = fuzzed_tokens(in, lim);
        Request* r = after.find_running(some_id);
        ok = r && g >= 0 && g <= r->max_tokens;
        if (ok) r->generated_tokens = g;
        board.set_generated(some_id, g);
        break;
      }
      case 5: {
        ok = m.contains(some_id);
        if (Request* r = after.find_running(some_id)) {
          after.running.erase(after.running.begin() + (r - after.running.data()));
        } else if (ok) {
          after.queue.erase(after.queue.begin() + after.queue_pos(some_id));
        }
        board.remove(some_id);
        break;
      }
      case 6: {
        Request* r = after.find_running(some_id);
        ok = r != nullptr;
        if (ok) {
          const Request copy = *r;
          after.running.erase(after.running.begin() + (r - after.running.data()));
          after.queue.insert(after.queue.begin(), copy);
        }
        board.preempt(some_id);
        break;
      }
      default: {
        ok = m.contains(some_id);
        const Request& r = board.request(some_id);
        FUZZ_CHECK(r.id == some_id);
        break;
      }
    }
  } catch (const InvalidArgument& e) {
    threw = true;
    FUZZ_CHECK(one_line(e.what()));
  } catch (const RequestIdError& e) {
    threw = true;
    FUZZ_CHECK(one_line(e.what()));
  }
  FUZZ_CHECK(threw == !ok);
  if (ok) m = after;
  check_matches(board, m);
}

}  // namespace fuzz
