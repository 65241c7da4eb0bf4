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
  if (r.prefill_tokens_left < 0 || r.prefill_tokens_left > r.prompt_tokens + r.generated_tokens)
    throw InvalidArgument(who + ": prefill_tokens_left must be in 0..prompt_tokens + generated_tokens");
  if (r.prompt_tokens > kMaxRequestTokens || r.max_tokens > kMaxRequestTokens - r.prompt_tokens)
    throw InvalidArgument(who + ": prompt_tokens + max_tokens exceeds the limit of 2^40 tokens");
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

Projection Scoreboard::project(const std::vector<Request>& extra, double now_s) const {
  Projection p;
  project_into(p, extra.data(), extra.size(), now_s);
  return p;
}

void Scoreboard::project_into(Projection& out, const Request* extra, std::size_t extra_count, double now_s,
                              const std::vector<std::uint64_t>* exempt, bool kv_blocks, double tbt_target_s) const {
  // NaN compares false with every deadline: no request would count as late.
  if (std::isnan(now_s)) throw InvalidArgument("now_s is NaN");
  out.segments.clear();
  out.segments.reserve(running_.size() + extra_count);
  out.horizon_iters = out.peak_kv_blocks = out.peak_batch = out.late_requests = out.prefill_iters = 0;
  const std::int64_t chunk = config_.prefill_chunk_tokens;
  if (!order_valid_) rebuild_order();

  // Extras (admission candidates) are few: sort them and merge them into the running order.
  // (With chunked prefill they are shifted by their prefill first: merged below instead.)
  extra_order_.resize(chunk > 0 ? 0 : extra_count);
  for (std::size_t i = 0; i < extra_order_.size(); ++i) extra_order_[i] = i;
  std::sort(extra_order_.begin(), extra_order_.end(), [&](std::size_t a, std::size_t b) {
    return remaining_iterations(extra[a]) < remaining_iterations(extra[b]);
  });

  // Gather in ascending remaining order into flat arrays; finished requests drop out.
  const std::size_t total = running_.size() + extra_count;
  remaining_scratch_.resize(total);
  context_scratch_.resize(total);
  deadline_scratch_.resize(total);
  out.ids_by_finish.resize(total);
  std::size_t n = 0;
  auto take = [&](const Request& r, std::int64_t rem) {
    if (rem <= 0) return;  // finished: frees its blocks before the next iteration
    remaining_scratch_[n] = rem;
    context_scratch_[n] = r.prompt_tokens + r.generated_tokens;
    const bool late = r.deadline_s < now_s ||
                      (exempt && std::binary_search(exempt->begin(), exempt->end(), r.id));
    out.late_requests += late;
    double deadline = late ? std::numeric_limits<double>::infinity() : r.deadline_s;
    // Whole-request mean TBT: (finish - first token) / (tokens - 1) <= target is a deadline.
    if (!late && tbt_target_s > 0.0 && r.generated_tokens >= 1 && !std::isnan(r.first_token_s) &&
        !(chunk > 0 && r.prefill_tokens_left > 0))
      deadline = std::min(deadline, r.first_token_s + tbt_target_s * static_cast<double>(r.generated_tokens + rem - 1));
    deadline_scratch_[n] = deadline;
    out.ids_by_finish[n] = r.id;
    ++n;
  };
  std::int64_t prefill_total = 0;  // prompt tokens still to prefill, running then candidates
  first_iter_.clear();
  first_arrival_.clear();
  if (chunk > 0) {
    // Chunked prefill, FCFS: the prompt that completes the W-th pending token finishes its
    // prefill in iteration f = ceil(W / chunk) - 1, which also yields its first token; its
    // remaining decode iterations follow, so it is projected as active from now for f more
    // iterations than a decoding request (counted in the batch and KV from now: conservative).
    shifted_.clear();
    auto pending = [&](const Request& r, std::int64_t rem, std::int64_t tokens) {
      if (rem <= 0) return;
      prefill_total += tokens;
      const std::int64_t f = ceil_div(prefill_total, chunk) - 1;
      shifted_.push_back({rem + f, &r});
      if (r.generated_tokens == 0) {  // a readmitted (preempted) request had its first token
        first_iter_.push_back(f + 1);
        first_arrival_.push_back(r.arrival_s);
      }
    };
    for (std::uint64_t id : prefilling_) {
      const std::size_t idx = running_index_.find(id)->second;
      pending(running_[idx], running_remaining(idx), running_[idx].prefill_tokens_left);
    }
    for (std::size_t e = 0; e < extra_count; ++e)
      pending(extra[e], remaining_iterations(extra[e]), extra[e].prompt_tokens + extra[e].generated_tokens);
    std::stable_sort(shifted_.begin(), shifted_.end(),
                     [](const Shifted& a, const Shifted& b) { return a.remaining < b.remaining; });
    std::size_t ri = 0, si = 0;
    for (;;) {
      while (ri < order_.size() && running_[order_[ri]].prefill_tokens_left > 0) ++ri;
      if (ri == order_.size() && si == shifted_.size()) break;
      const std::int64_t run_rem = ri < order_.size() ? running_remaining(order_[ri]) : INT64_MAX;
      const std::int64_t sh_rem = si < shifted_.size() ? shifted_[si].remaining : INT64_MAX;
      if (run_rem <= sh_rem) {
        take(running_[order_[ri++]], run_rem);
      } else {
        take(*shifted_[si].request, sh_rem);
        ++si;
      }
    }
  } else if (extra_count == 0) {
    for (std::size_t idx : order_) take(running_[idx], running_remaining(idx));
  } else {
    std::size_t ri = 0, ei = 0;
    while (ri < order_.size() || ei < extra_count) {
      const std::int64_t run_rem = ri < order_.size() ? running_remaining(order_[ri]) : INT64_MAX;
      const std::int64_t extra_rem = ei < extra_count ? remaining_iterations(extra[extra_order_[ei]]) : INT64_MAX;
      if (run_rem <= extra_rem) {
        take(running_[order_[ri++]], run_rem);
      } else {
        take(extra[extra_order_[ei++]], extra_rem);
      }
    }
  }
  out.ids_by_finish.resize(n);
  if (n == 0) {
    out.deadlines_by_finish.clear();
    return;
  }
  out.deadlines_by_finish.assign(deadline_scratch_.begin(), deadline_scratch_.begin() + static_cast<std::ptrdiff_t>(n));

  // KV blocks at iteration k: sum_i ceil((x_i + k) / B) with x_i = context_i + 1. Writing
  // x_i = B*q_i + s_i and k = B*m + j gives Q + n*m + #{s_i + j >= 1} + #{s_i + j >= B + 1},
  // so a histogram of the residues s_i makes each segment's peak O(B), not O(n).
  // Block sizes are powers of two in every engine we know: shifts instead of divisions then.
  const std::int64_t B = config_.kv_block_tokens;
  const bool pow2 = (B & (B - 1)) == 0;
  int shift = 0;
  while ((std::int64_t{1} << shift) < B) ++shift;
  auto split = [&](std::int64_t v, std::int64_t& q, std::int64_t& r) {
    if (pow2) {
      q = v >> shift;
      r = v & (B - 1);
    } else {
      q = v / B;
      r = v % B;
    }
  };
  std::int64_t q_sum = 0, context_sum = 0;
  for (std::size_t i = 0; i < n; ++i) context_sum += context_scratch_[i];
  if (kv_blocks) {
    residues_.assign(static_cast<std::size_t>(B), 0);
    residue_scratch_.resize(n);
    quotient_scratch_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      split(context_scratch_[i] + 1, quotient_scratch_[i], residue_scratch_[i]);
      q_sum += quotient_scratch_[i];
      ++residues_[static_cast<std::size_t>(residue_scratch_[i])];
    }
  }
  auto blocks_at = [&](std::int64_t k, std::int64_t active) {
    std::int64_t m, j;
    split(k, m, j);
    std::int64_t sum = q_sum + active * m + active - (j == 0 ? residues_[0] : 0);
    for (std::int64_t s = B + 1 - j; s < B; ++s) sum += residues_[static_cast<std::size_t>(s)];
    return sum;
  };

  // The prefill phase: iterations [0, P) prefill `chunk` prompt tokens each, the last one the
  // rest. Segments are cut where that count changes and at every TTFT checkpoint.
  const std::int64_t prefill_iters = chunk > 0 ? ceil_div(prefill_total, chunk) : 0;
  const std::int64_t last_tokens = prefill_total - chunk * (prefill_iters - 1);
  const std::int64_t partial_cut = prefill_iters > 0 && last_tokens < chunk ? prefill_iters - 1 : -1;
  out.prefill_iters = prefill_iters;
  std::size_t next_first = 0;
  constexpr double kInfinity = std::numeric_limits<double>::infinity();

  std::int64_t active = static_cast<std::int64_t>(n);
  std::int64_t start = 0;
  std::size_t i = 0;
  out.peak_batch = active;
  while (i < n) {
    std::int64_t end = remaining_scratch_[i];
    bool cut = false;
    if (prefill_iters > 0 && start < prefill_iters) {
      while (next_first < first_iter_.size() && first_iter_[next_first] <= start) ++next_first;
      std::int64_t at = partial_cut > start ? partial_cut : prefill_iters;
      if (next_first < first_iter_.size()) at = std::min(at, first_iter_[next_first]);
      if (at < end) {
        end = at;
        cut = true;
      }
    }
    // Filled in place: a stack copy pushed afterwards stalls on store forwarding.
    Segment& seg = out.segments.emplace_back();
    seg.start_iter = start;
    seg.iterations = end - start;
    seg.batch = active;
    seg.kv_tokens_first = context_sum + active * (start + 1);
    seg.kv_blocks_last = kv_blocks ? blocks_at(end - 1, active) : 0;
    seg.min_deadline_s = kInfinity;
    seg.prefill_tokens = start >= prefill_iters ? 0 : (start >= prefill_iters - 1 ? last_tokens : chunk);
    seg.first_tokens = 0;
    seg.first_token_arrival_s = kInfinity;
    for (std::size_t f = next_first; f < first_iter_.size() && first_iter_[f] == end; ++f) {
      ++seg.first_tokens;
      seg.first_token_arrival_s = std::min(seg.first_token_arrival_s, first_arrival_[f]);
    }
    // Everyone whose last iteration is end - 1 leaves after this segment (nobody at a cut).
    const std::size_t first = i;
    for (; !cut && i < n && remaining_scratch_[i] == end; ++i) {
      seg.min_deadline_s = std::min(seg.min_deadline_s, deadline_scratch_[i]);
      context_sum -= context_scratch_[i];
    }
    seg.finishing = static_cast<std::int64_t>(i - first);
    active -= seg.finishing;
    if (kv_blocks) {
      for (std::size_t f = first; f < i; ++f) {
        q_sum -= quotient_scratch_[f];
        --residues_[static_cast<std::size_t>(residue_scratch_[f])];
      }
    }
    out.peak_kv_blocks = std::max(out.peak_kv_blocks, seg.kv_blocks_last);
    start = end;
  }
  out.horizon_iters = start;
}

}  // namespace throttllem
