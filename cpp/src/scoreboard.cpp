// Scoreboard and its segment projection.
#include "throttllem/scoreboard.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {

std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

std::string describe(const Request& r) {
  std::ostringstream os;
  os << "request " << r.id;
  return os.str();
}

}  // namespace

std::int64_t Projection::batch_at(std::int64_t k) const {
  for (const Segment& s : segments)
    if (k >= s.start_iter && k < s.start_iter + s.iterations) return s.batch;
  return 0;
}

std::int64_t Projection::kv_tokens_at(std::int64_t k) const {
  for (const Segment& s : segments)
    if (k >= s.start_iter && k < s.start_iter + s.iterations)
      return s.kv_tokens_first + s.batch * (k - s.start_iter);
  return 0;
}

Scoreboard::Scoreboard(const ScoreboardConfig& config) : config_(config) {
  if (config.kv_block_tokens < 1 || config.kv_block_tokens > 4096)
    throw InvalidArgument("kv_block_tokens must be in 1..4096, got " + std::to_string(config.kv_block_tokens));
  if (config.kv_capacity_blocks < 1)
    throw InvalidArgument("kv_capacity_blocks must be >= 1, got " + std::to_string(config.kv_capacity_blocks));
  if (config.max_batch_size < 1)
    throw InvalidArgument("max_batch_size must be >= 1, got " + std::to_string(config.max_batch_size));
  if (!std::isfinite(config.output_inflation) || config.output_inflation <= 0.0)
    throw InvalidArgument("output_inflation must be a finite number > 0");
}

void Scoreboard::validate(const Request& r) const {
  const std::string who = describe(r);
  if (!std::isfinite(r.arrival_s)) throw InvalidArgument(who + ": arrival_s must be finite");
  if (std::isnan(r.deadline_s)) throw InvalidArgument(who + ": deadline_s is NaN");
  if (r.prompt_tokens < 1) throw InvalidArgument(who + ": prompt_tokens must be >= 1");
  if (r.max_tokens < 1) throw InvalidArgument(who + ": max_tokens must be >= 1");
  if (r.generated_tokens < 0) throw InvalidArgument(who + ": generated_tokens must be >= 0");
  if (r.generated_tokens > r.max_tokens)
    throw InvalidArgument(who + ": generated_tokens exceeds max_tokens");
  if (r.predicted_output_tokens < 0) throw InvalidArgument(who + ": predicted_output_tokens must be >= 0");
  // A request too long for the whole KV cache can never run: reject it here, not at admission.
  const std::int64_t worst_blocks = ceil_div(r.prompt_tokens + r.max_tokens, config_.kv_block_tokens);
  if (worst_blocks > config_.kv_capacity_blocks)
    throw InvalidArgument(who + ": prompt_tokens + max_tokens needs " + std::to_string(worst_blocks) +
                          " KV blocks, more than the capacity of " + std::to_string(config_.kv_capacity_blocks));
}

bool Scoreboard::contains(std::uint64_t id) const {
  if (running_index_.count(id)) return true;
  for (const Request& q : queue_)
    if (q.id == id) return true;
  return false;
}

void Scoreboard::add_running(const Request& request) {
  validate(request);
  if (contains(request.id)) throw RequestIdError("duplicate request id " + std::to_string(request.id));
  running_index_[request.id] = running_.size();
  running_.push_back(request);
}

void Scoreboard::enqueue(const Request& request) {
  validate(request);
  if (contains(request.id)) throw RequestIdError("duplicate request id " + std::to_string(request.id));
  queue_.push_back(request);
}

void Scoreboard::admit(const std::vector<std::uint64_t>& ids) {
  // Check every id first so a bad list changes nothing.
  std::vector<std::size_t> positions;
  positions.reserve(ids.size());
  for (std::uint64_t id : ids) {
    auto it = std::find_if(queue_.begin(), queue_.end(), [id](const Request& q) { return q.id == id; });
    if (it == queue_.end()) throw RequestIdError("request " + std::to_string(id) + " is not queued");
    std::size_t pos = static_cast<std::size_t>(it - queue_.begin());
    if (std::find(positions.begin(), positions.end(), pos) != positions.end())
      throw RequestIdError("request " + std::to_string(id) + " listed twice");
    positions.push_back(pos);
  }
  for (std::size_t pos : positions) {
    running_index_[queue_[pos].id] = running_.size();
    running_.push_back(queue_[pos]);
  }
  std::sort(positions.begin(), positions.end());
  for (auto it = positions.rbegin(); it != positions.rend(); ++it)
    queue_.erase(queue_.begin() + static_cast<std::ptrdiff_t>(*it));
}

void Scoreboard::step() {
  for (Request& r : running_)
    if (r.generated_tokens < r.max_tokens) ++r.generated_tokens;
}

void Scoreboard::set_generated(std::uint64_t id, std::int64_t generated_tokens) {
  auto it = running_index_.find(id);
  if (it == running_index_.end()) throw RequestIdError("request " + std::to_string(id) + " is not running");
  Request& r = running_[it->second];
  if (generated_tokens < 0 || generated_tokens > r.max_tokens)
    throw InvalidArgument("request " + std::to_string(id) + ": generated_tokens must be in 0..max_tokens");
  r.generated_tokens = generated_tokens;
}

void Scoreboard::remove(std::uint64_t id) {
  auto it = running_index_.find(id);
  if (it != running_index_.end()) {
    const std::size_t pos = it->second;
    running_index_.erase(it);
    if (pos + 1 != running_.size()) {
      running_[pos] = running_.back();  // swap-remove keeps removal O(1)
      running_index_[running_[pos].id] = pos;
    }
    running_.pop_back();
    return;
  }
  auto q = std::find_if(queue_.begin(), queue_.end(), [id](const Request& r) { return r.id == id; });
  if (q == queue_.end()) throw RequestIdError("unknown request id " + std::to_string(id));
  queue_.erase(q);
}

std::int64_t Scoreboard::remaining_iterations(const Request& r) const {
  std::int64_t total = r.max_tokens;
  if (r.predicted_output_tokens > 0) {
    const double inflated = std::ceil(static_cast<double>(r.predicted_output_tokens) * config_.output_inflation);
    total = std::min<std::int64_t>(r.max_tokens, static_cast<std::int64_t>(std::min(inflated, 9.0e18)));
  }
  if (r.generated_tokens >= total) total = r.max_tokens;  // overran the prediction
  return std::max<std::int64_t>(total - r.generated_tokens, 0);
}

std::int64_t Scoreboard::kv_blocks_of(const Request& r, std::int64_t k) const {
  return ceil_div(r.prompt_tokens + r.generated_tokens + k + 1, config_.kv_block_tokens);
}

Projection Scoreboard::project(const std::vector<Request>& extra, double now_s) const {
  Projection p;
  project_into(p, extra.data(), extra.size(), now_s);
  return p;
}

void Scoreboard::project_into(Projection& out, const Request* extra, std::size_t extra_count,
                              double now_s) const {
  out.segments.clear();
  out.horizon_iters = out.peak_kv_blocks = out.peak_batch = out.late_requests = 0;

  const std::int64_t B = config_.kv_block_tokens;
  const std::size_t total = running_.size() + extra_count;
  remaining_scratch_.clear();
  context_scratch_.clear();
  deadline_scratch_.clear();
  order_scratch_.clear();
  auto gather = [&](const Request& r) {
    const std::int64_t rem = remaining_iterations(r);
    if (rem <= 0) return;  // finished: frees its blocks before the next iteration
    order_scratch_.push_back(static_cast<std::int64_t>(remaining_scratch_.size()));
    remaining_scratch_.push_back(rem);
    context_scratch_.push_back(r.prompt_tokens + r.generated_tokens);
    if (r.deadline_s < now_s) {
      ++out.late_requests;
      deadline_scratch_.push_back(std::numeric_limits<double>::infinity());
    } else {
      deadline_scratch_.push_back(r.deadline_s);
    }
  };
  remaining_scratch_.reserve(total);
  for (const Request& r : running_) gather(r);
  for (std::size_t i = 0; i < extra_count; ++i) gather(extra[i]);
  const std::size_t n = order_scratch_.size();
  if (n == 0) return;

  std::vector<std::int64_t>& order = order_scratch_;
  std::sort(order.begin(), order.end(), [this](std::int64_t a, std::int64_t b) {
    return remaining_scratch_[a] < remaining_scratch_[b];
  });

  // KV blocks at iteration k: sum_i ceil((x_i + k) / B) with x_i = context_i + 1. Writing
  // x_i = B*q_i + s_i and k = B*m + j gives Q + n*m + #{s_i + j >= 1} + #{s_i + j >= B + 1},
  // so a histogram of the residues s_i makes each segment's peak O(B), not O(n).
  std::vector<std::int64_t> residues(static_cast<std::size_t>(B), 0);
  std::int64_t q_sum = 0, context_sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t x = context_scratch_[i] + 1;
    q_sum += x / B;
    ++residues[static_cast<std::size_t>(x % B)];
    context_sum += context_scratch_[i];
  }
  auto blocks_at = [&](std::int64_t k, std::int64_t active) {
    const std::int64_t m = k / B, j = k % B;
    std::int64_t sum = q_sum + active * m + active - (j == 0 ? residues[0] : 0);
    for (std::int64_t s = B + 1 - j; s < B; ++s) sum += residues[static_cast<std::size_t>(s)];
    return sum;
  };

  std::int64_t active = static_cast<std::int64_t>(n);
  std::int64_t start = 0;
  std::size_t pos = 0;
  out.peak_batch = active;
  while (pos < n) {
    const std::int64_t end = remaining_scratch_[order[pos]];
    Segment seg;
    seg.start_iter = start;
    seg.iterations = end - start;
    seg.batch = active;
    seg.kv_tokens_first = context_sum + active * (start + 1);
    seg.kv_blocks_last = blocks_at(end - 1, active);
    seg.min_deadline_s = std::numeric_limits<double>::infinity();
    // Everyone whose last iteration is end - 1 leaves after this segment.
    while (pos < n && remaining_scratch_[order[pos]] == end) {
      const std::size_t i = static_cast<std::size_t>(order[pos]);
      seg.min_deadline_s = std::min(seg.min_deadline_s, deadline_scratch_[i]);
      ++seg.finishing;
      const std::int64_t x = context_scratch_[i] + 1;
      q_sum -= x / B;
      --residues[static_cast<std::size_t>(x % B)];
      context_sum -= context_scratch_[i];
      --active;
      ++pos;
    }
    out.peak_kv_blocks = std::max(out.peak_kv_blocks, seg.kv_blocks_last);
    out.segments.push_back(seg);
    start = end;
  }
  out.horizon_iters = start;
}

}  // namespace throttllem
