// Scoreboard's projection: the future iterations as segments between request completions
// (docs/GOVERNOR.md, "Projection"), with the prefill phase when chunked prefill is projected.
#include <algorithm>
#include <cmath>
#include <limits>

#include "throttllem/errors.hpp"
#include "throttllem/scoreboard.hpp"

namespace throttllem {

namespace {
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }
}  // namespace

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
