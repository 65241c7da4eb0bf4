// Scoreboard and its segment projection.
#include "throttllem/scoreboard.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {

std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

std::string describe(const Request& r) { return "request " + std::to_string(r.id); }

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
  if (config.max_batch_size < 1 || config.max_batch_size > kMaxBatchSize)
    throw InvalidArgument("max_batch_size must be in 1.." + std::to_string(kMaxBatchSize) + ", got " +
                          std::to_string(config.max_batch_size));
  if (!std::isfinite(config.output_inflation) || config.output_inflation <= 0.0)
    throw InvalidArgument("output_inflation must be a finite number > 0");
  if (config.prefill_chunk_tokens < 0 || config.prefill_chunk_tokens > kMaxRequestTokens)
    throw InvalidArgument("prefill_chunk_tokens must be in 0..2^40, got " + std::to_string(config.prefill_chunk_tokens));
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
  if (r.prompt_tokens > kMaxRequestTokens || r.max_tokens > kMaxRequestTokens - r.prompt_tokens)
    throw InvalidArgument(who + ": prompt_tokens + max_tokens exceeds the limit of 2^40 tokens");
  // After the 2^40 limit: prompt + generated cannot overflow here (the fuzzer found the sum
  // overflowing when this check came first).
  if (r.prefill_tokens_left < 0 || r.prefill_tokens_left > r.prompt_tokens + r.generated_tokens)
    throw InvalidArgument(who + ": prefill_tokens_left must be in 0..prompt_tokens + generated_tokens");
  // A request too long for the whole KV cache can never run: reject it here, not at admission.
  // Compared without adding first: max_tokens may be a huge "unlimited" sentinel.
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  std::int64_t capacity_tokens;
  if (__builtin_mul_overflow(config_.kv_capacity_blocks, config_.kv_block_tokens, &capacity_tokens))
    capacity_tokens = kMax;
  if (r.prompt_tokens > capacity_tokens || r.max_tokens > capacity_tokens - r.prompt_tokens) {
    const std::string needs = r.max_tokens <= kMax - r.prompt_tokens
                                  ? std::to_string(ceil_div(r.prompt_tokens + r.max_tokens, config_.kv_block_tokens))
                                  : std::string("over 2^63 tokens of");
    throw InvalidArgument(who + ": prompt_tokens + max_tokens needs " + needs +
                          " KV blocks, more than the capacity of " + std::to_string(config_.kv_capacity_blocks));
  }
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
  push_running(request);
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
    Request& r = queue_[pos];
    // The engine now prefills its prompt (and recomputes any tokens kept from a preemption).
    if (config_.prefill_chunk_tokens > 0) r.prefill_tokens_left = r.prompt_tokens + r.generated_tokens;
    push_running(r);
  }
  std::sort(positions.begin(), positions.end());
  for (auto it = positions.rbegin(); it != positions.rend(); ++it)
    queue_.erase(queue_.begin() + static_cast<std::ptrdiff_t>(*it));
}

void Scoreboard::push_running(const Request& r) {
  if (r.prefill_tokens_left > 0) prefilling_.push_back(r.id);
  running_index_[r.id] = running_.size();
  running_.push_back(r);
  running_total_.push_back(projected_total(r));
  insert_in_order(running_.size() - 1);
}

void Scoreboard::drop_prefilling(std::uint64_t id) {
  auto it = std::find(prefilling_.begin(), prefilling_.end(), id);
  if (it != prefilling_.end()) prefilling_.erase(it);
}

void Scoreboard::set_prefill_left(std::uint64_t id, std::int64_t tokens) {
  auto it = running_index_.find(id);
  if (it == running_index_.end()) throw RequestIdError("request " + std::to_string(id) + " is not running");
  Request& r = running_[it->second];
  if (tokens < 0 || tokens > r.prompt_tokens + r.generated_tokens)
    throw InvalidArgument("request " + std::to_string(id) + ": prefill tokens left must be in 0..prompt + generated tokens");
  if (tokens > 0 && r.prefill_tokens_left == 0) prefilling_.push_back(id);
  if (tokens == 0 && r.prefill_tokens_left > 0) {
    drop_prefilling(id);
    // Engines report a prefill done before the step of the iteration that finished it: the
    // chunk budget of that step was partly spent on it.
    prefill_spent_ += r.prefill_tokens_left;
  }
  r.prefill_tokens_left = tokens;
}

void Scoreboard::set_first_token(std::uint64_t id, double first_token_s) {
  auto it = running_index_.find(id);
  if (it == running_index_.end()) throw RequestIdError("request " + std::to_string(id) + " is not running");
  if (!std::isfinite(first_token_s)) throw InvalidArgument("first_token_s must be finite");
  running_[it->second].first_token_s = first_token_s;
}

void Scoreboard::step() {
  const bool chunked = config_.prefill_chunk_tokens > 0;
  if (chunked && !prefilling_.empty()) {
    // The chunk budget goes FCFS over the pending prompts, as the engine spends it.
    std::int64_t budget = std::max<std::int64_t>(config_.prefill_chunk_tokens - prefill_spent_, 0);
    for (std::uint64_t id : prefilling_) {
      if (budget == 0) break;
      Request& r = running_[running_index_.find(id)->second];
      const std::int64_t take = std::min(budget, r.prefill_tokens_left);
      r.prefill_tokens_left = std::max<std::int64_t>(r.prefill_tokens_left - take, 1);
      budget -= take;
    }
  }
  prefill_spent_ = 0;
  for (std::size_t i = 0; i < running_.size(); ++i) {
    Request& r = running_[i];
    if (r.generated_tokens >= r.max_tokens) continue;
    if (chunked && r.prefill_tokens_left > 0) continue;  // a prefill generates no token
    ++r.generated_tokens;
    // Reaching the prediction while still running means an overrun: the remaining count jumps
    // to max_tokens, which breaks the order.
    if (r.generated_tokens == running_total_[i] && r.generated_tokens < r.max_tokens) order_valid_ = false;
  }
}

void Scoreboard::set_generated(std::uint64_t id, std::int64_t generated_tokens) {
  auto it = running_index_.find(id);
  if (it == running_index_.end()) throw RequestIdError("request " + std::to_string(id) + " is not running");
  Request& r = running_[it->second];
  if (generated_tokens < 0 || generated_tokens > r.max_tokens)
    throw InvalidArgument("request " + std::to_string(id) + ": generated_tokens must be in 0..max_tokens");
  r.generated_tokens = generated_tokens;
  order_valid_ = false;
}

void Scoreboard::remove(std::uint64_t id) {
  auto it = running_index_.find(id);
  if (it != running_index_.end()) {
    const std::size_t pos = it->second;
    const std::size_t last = running_.size() - 1;
    running_index_.erase(it);
    if (pos != last) {
      running_[pos] = running_[last];  // swap-remove keeps removal O(1) in running_
      running_total_[pos] = running_total_[last];
      running_index_[running_[pos].id] = pos;
    }
    running_.pop_back();
    running_total_.pop_back();
    drop_prefilling(id);
    if (order_valid_) {
      order_.erase(std::find(order_.begin(), order_.end(), pos));
      if (pos != last) *std::find(order_.begin(), order_.end(), last) = pos;
    }
    return;
  }
  auto q = std::find_if(queue_.begin(), queue_.end(), [id](const Request& r) { return r.id == id; });
  if (q == queue_.end()) throw RequestIdError("unknown request id " + std::to_string(id));
  queue_.erase(q);
}

const Request& Scoreboard::request(std::uint64_t id) const {
  auto it = running_index_.find(id);
  if (it != running_index_.end()) return running_[it->second];
  auto q = std::find_if(queue_.begin(), queue_.end(), [id](const Request& r) { return r.id == id; });
  if (q == queue_.end()) throw RequestIdError("unknown request id " + std::to_string(id));
  return *q;
}

void Scoreboard::preempt(std::uint64_t id) {
  auto it = running_index_.find(id);
  if (it == running_index_.end()) throw RequestIdError("request " + std::to_string(id) + " is not running");
  Request r = running_[it->second];
  remove(id);
  r.prefill_tokens_left = 0;  // its prompt is recomputed when it is admitted again
  queue_.insert(queue_.begin(), r);  // engines readmit preempted requests first
}

Scoreboard::Changes Scoreboard::next_changes(double now_s) const {
  if (std::isnan(now_s)) throw InvalidArgument("now_s is NaN");
  Changes out;
  out.next_deadline_s = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < running_.size(); ++i) {
    const Request& r = running_[i];
    if (r.deadline_s > now_s && r.deadline_s < out.next_deadline_s) out.next_deadline_s = r.deadline_s;
    // A request with no prediction is projected to max_tokens already: it cannot overrun.
    if (r.predicted_output_tokens <= 0 || r.generated_tokens > running_total_[i]) continue;
    const std::int64_t left = running_total_[i] - r.generated_tokens;
    if (out.iterations_to_overrun < 0 || left < out.iterations_to_overrun) out.iterations_to_overrun = left;
  }
  return out;
}

std::int64_t Scoreboard::projected_total(const Request& r) const {
  if (r.predicted_output_tokens <= 0) return r.max_tokens;
  if (config_.output_inflation == 1.0) return std::min(r.predicted_output_tokens, r.max_tokens);
  const double inflated = std::ceil(static_cast<double>(r.predicted_output_tokens) * config_.output_inflation);
  return inflated >= static_cast<double>(r.max_tokens) ? r.max_tokens : static_cast<std::int64_t>(inflated);
}

std::int64_t Scoreboard::remaining_iterations(const Request& r) const {
  std::int64_t total = projected_total(r);
  if (r.generated_tokens >= total) total = r.max_tokens;  // overran the prediction
  return std::max<std::int64_t>(total - r.generated_tokens, 0);
}

std::int64_t Scoreboard::kv_blocks_of(const Request& r, std::int64_t k) const {
  return ceil_div(r.prompt_tokens + r.generated_tokens + k + 1, config_.kv_block_tokens);
}

void Scoreboard::insert_in_order(std::size_t index) {
  if (!order_valid_) return;  // rebuilt in full at the next projection
  const std::int64_t rem = running_remaining(index);
  auto pos = std::upper_bound(order_.begin(), order_.end(), rem,
                              [this](std::int64_t v, std::size_t i) { return v < running_remaining(i); });
  order_.insert(pos, index);
}

void Scoreboard::rebuild_order() const {
  const std::size_t n = running_.size();
  key_scratch_.resize(n);
  std::int64_t max_key = 0;
  for (std::size_t i = 0; i < n; ++i) {
    key_scratch_[i] = running_remaining(i);
    max_key = std::max(max_key, key_scratch_[i]);
  }
  order_.resize(n);
  for (std::size_t i = 0; i < n; ++i) order_[i] = i;
  // LSD radix sort on 8-bit digits: O(n) per digit, and remaining counts need few digits.
  radix_scratch_.resize(n);
  for (int shift = 0; shift < 64 && (max_key >> shift) > 0; shift += 8) {
    std::size_t count[257] = {0};
    for (std::size_t i = 0; i < n; ++i) ++count[((key_scratch_[order_[i]] >> shift) & 0xff) + 1];
    for (int d = 0; d < 256; ++d) count[d + 1] += count[d];
    for (std::size_t i = 0; i < n; ++i) radix_scratch_[count[(key_scratch_[order_[i]] >> shift) & 0xff]++] = order_[i];
    order_.swap(radix_scratch_);
  }
  order_valid_ = true;
}

}  // namespace throttllem
