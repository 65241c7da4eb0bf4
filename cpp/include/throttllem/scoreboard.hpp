// Scoreboard: the requests in an engine and the projection of its future iterations.
#pragma once

#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace throttllem {

/// Largest batch a Scoreboard or Governor accepts (2^20): engines run hundreds to a few thousand
/// sequences, and the governor's table holds one entry per batch size, allocated up front.
constexpr std::int64_t kMaxBatchSize = std::int64_t{1} << 20;
/// Largest prompt_tokens + max_tokens of one request (about 10^12 tokens, far beyond any model's
/// context): with kMaxBatchSize requests and a horizon of as many iterations, the projection's
/// KV token sums stay below 2^63 instead of wrapping negative (which would pick the lowest clock).
constexpr std::int64_t kMaxRequestTokens = std::int64_t{1} << 40;

/// One request as the engine sees it. Times are seconds on the caller's clock.
struct Request {
  std::uint64_t id = 0;
  double arrival_s = 0.0;
  std::int64_t prompt_tokens = 0;
  std::int64_t generated_tokens = 0;
  /// Predicted total output tokens (before inflation). 0 = unknown: use max_tokens.
  std::int64_t predicted_output_tokens = 0;
  std::int64_t max_tokens = 0;
  /// Absolute end-to-end deadline (seconds, same clock as arrival_s).
  double deadline_s = 0.0;
  /// Prompt tokens of a running request not yet in the KV cache (0: decoding). Read only when
  /// ScoreboardConfig::prefill_chunk_tokens > 0; admit() sets it to prompt + generated tokens.
  std::int64_t prefill_tokens_left = 0;
  /// When its first token came (s, caller's clock); NaN: unknown. Known, it makes the request's
  /// mean TBT a whole-request one: see Scoreboard::project_into's tbt_target_s.
  double first_token_s = std::numeric_limits<double>::quiet_NaN();
};

struct ScoreboardConfig {
  std::int64_t kv_block_tokens = 16;
  std::int64_t kv_capacity_blocks = 0;
  std::int64_t max_batch_size = 256;
  /// Predicted output lengths are multiplied by this (>= 1 is conservative).
  double output_inflation = 1.0;
  /// Prompt tokens the engine prefills per iteration, alongside the decodes (chunked prefill,
  /// FCFS across prompts, as vLLM v1 and the simulator do). 0: prefill is not projected (every
  /// running request decodes from the next iteration on; the governor then cannot see TTFT).
  std::int64_t prefill_chunk_tokens = 0;
};

/// A stretch of future iterations [start_iter, start_iter + iterations) with a constant batch.
/// KV tokens in use grow linearly inside it: kv_tokens(k) = kv_tokens_first + batch * (k - start_iter).
struct Segment {
  std::int64_t start_iter = 0;
  std::int64_t iterations = 0;
  std::int64_t batch = 0;
  std::int64_t kv_tokens_first = 0;
  /// KV blocks in use at the segment's last iteration (its maximum: blocks only grow inside it).
  std::int64_t kv_blocks_last = 0;
  /// Earliest deadline (absolute s) among the requests whose last iteration ends this segment.
  double min_deadline_s = 0.0;
  /// Number of requests that finish at the end of this segment.
  std::int64_t finishing = 0;
  /// Prompt tokens prefilled in each iteration of this segment (0 past the prefill phase).
  std::int64_t prefill_tokens = 0;
  /// Requests whose first token comes from this segment's last iteration, and the earliest
  /// arrival among them (+inf if none): the governor's TTFT checkpoints.
  std::int64_t first_tokens = 0;
  double first_token_arrival_s = 0.0;
};

/// Future iterations of the running requests, as segments between request completions.
/// Iteration k (0-based from now) runs every request with remaining > k; a request with
/// context c (prompt + generated) holds c + k + 1 tokens during iteration k.
struct Projection {
  std::vector<Segment> segments;
  std::int64_t horizon_iters = 0;
  std::int64_t peak_kv_blocks = 0;
  std::int64_t peak_batch = 0;
  /// Requests whose deadline had already passed at projection time; they are left out of
  /// Segment::min_deadline_s (no clock can save them) and force max clock.
  std::int64_t late_requests = 0;
  /// Iterations that prefill prompt tokens (a prefix of the projection; 0 without chunking).
  std::int64_t prefill_iters = 0;
  /// Request ids in the order their last iteration comes (segment by segment), and their
  /// deadlines (+inf for late or exempt requests): segment s's finishers are the `finishing`
  /// entries after those of the segments before it.
  std::vector<std::uint64_t> ids_by_finish;
  std::vector<double> deadlines_by_finish;

  /// Batch size at iteration k (0 past the horizon).
  std::int64_t batch_at(std::int64_t k) const;
  /// KV tokens in use at iteration k (0 past the horizon).
  std::int64_t kv_tokens_at(std::int64_t k) const;
};

/// Holds running and queued requests and projects the engine's future iterations.
/// Cost of project() grows with the number of requests, not with the horizon.
class Scoreboard {
 public:
  explicit Scoreboard(const ScoreboardConfig& config);

  const ScoreboardConfig& config() const { return config_; }

  /// Adds a request that is already running (in the batch).
  void add_running(const Request& request);
  /// Appends a request to the FCFS queue.
  void enqueue(const Request& request);
  /// Moves queued requests into the running set, in the given order.
  void admit(const std::vector<std::uint64_t>& ids);
  /// One engine iteration: every decoding request generated one more token; with chunking on,
  /// prefilling requests instead advance by the chunk budget, FCFS (never below 1 token left:
  /// the engine says when a prefill is done, through set_prefill_left(id, 0)).
  void step();
  /// Sets one running request's generated-token count (for engines that report counts).
  void set_generated(std::uint64_t id, std::int64_t generated_tokens);
  /// Sets a running request's prompt tokens not yet prefilled (0: its prefill is done and it
  /// decodes from the next iteration on). With chunking on, step() advances prefills by the
  /// chunk budget FCFS by itself; engines that know the exact progress report it here.
  void set_prefill_left(std::uint64_t id, std::int64_t tokens);
  /// Records when a running request's first token came (finite seconds).
  void set_first_token(std::uint64_t id, double first_token_s);
  /// Running requests still prefilling, in admission (FCFS prefill) order.
  const std::vector<std::uint64_t>& prefilling() const { return prefilling_; }
  /// Removes a running or queued request (finished or cancelled).
  void remove(std::uint64_t id);
  bool contains(std::uint64_t id) const;
  /// A running or queued request (RequestIdError if neither).
  const Request& request(std::uint64_t id) const;
  /// Moves a running request back to the head of the queue: the engine preempted it and freed
  /// its KV blocks. Its generated tokens are kept (engines recompute them on readmission).
  void preempt(std::uint64_t id);

  /// What changes the projection with no engine event, for deciding when to decide again.
  struct Changes {
    /// Iterations until the first running request reaches its inflated prediction (after it the
    /// projection assumes max_tokens); 0 = one is there now; -1 = none will.
    std::int64_t iterations_to_overrun = -1;
    /// Earliest deadline of a running request after now_s (+inf if none): it then turns late.
    double next_deadline_s = 0.0;
  };
  Changes next_changes(double now_s) const;

  std::size_t running_count() const { return running_.size(); }
  std::size_t queued_count() const { return queue_.size(); }
  const std::vector<Request>& running() const { return running_; }
  const std::vector<Request>& queue() const { return queue_; }

  /// Remaining decode iterations a request is expected to need: its inflated prediction,
  /// or max_tokens once it has overrun the prediction.
  std::int64_t remaining_iterations(const Request& request) const;
  /// KV blocks a request holds during iteration k from now.
  std::int64_t kv_blocks_of(const Request& request, std::int64_t k) const;

  /// Projection of the running requests plus `extra` (e.g. candidates from the queue).
  /// Requests with deadline_s < now_s count as late, and so do the ids in `exempt` (sorted):
  /// the governor exempts requests that no clock can bring in on time.
  Projection project(const std::vector<Request>& extra = {}, double now_s = -1e300) const;
  /// Same, into a caller-owned buffer, to avoid allocation on the per-iteration path.
  /// With `kv_blocks` false, Segment::kv_blocks_last and peak_kv_blocks are left 0: the
  /// governor skips that work where no admission (hence no capacity check) depends on it.
  /// With `tbt_target_s` > 0, a decoding request whose first token time is known also has a
  /// TBT deadline, first_token_s + tbt_target_s * (its projected total tokens - 1): its mean TBT
  /// over the whole request, not only over the iterations left (merged into its deadline).
  void project_into(Projection& out, const Request* extra, std::size_t extra_count, double now_s,
                    const std::vector<std::uint64_t>* exempt = nullptr, bool kv_blocks = true,
                    double tbt_target_s = 0.0) const;

  /// Throws InvalidArgument if the request's fields are unusable.
  void validate(const Request& request) const;

 private:
  ScoreboardConfig config_;
  std::vector<Request> running_;
  std::vector<Request> queue_;
  std::unordered_map<std::uint64_t, std::size_t> running_index_;
  std::vector<std::uint64_t> prefilling_;  // running ids with prefill_tokens_left > 0, FCFS
  std::int64_t prefill_spent_ = 0;          // tokens of prefills reported done since the last step
  std::vector<std::int64_t> running_total_;  // projected_total() of running_[i], cached
  // Running requests' indices in ascending order of remaining iterations. step() moves every
  // request one token on, which keeps the order, so it is repaired only when a request overruns
  // its prediction or set_generated() runs (mutable: repaired lazily inside const projection).
  mutable std::vector<std::size_t> order_;
  mutable bool order_valid_ = true;
  // Scratch buffers reused across projections (mutable: projection is logically const).
  mutable std::vector<std::int64_t> remaining_scratch_;
  mutable std::vector<std::int64_t> context_scratch_;
  mutable std::vector<double> deadline_scratch_;
  mutable std::vector<std::size_t> radix_scratch_;
  mutable std::vector<std::int64_t> key_scratch_;
  mutable std::vector<std::size_t> extra_order_;
  mutable std::vector<std::int64_t> residues_;
  mutable std::vector<std::int64_t> residue_scratch_;
  mutable std::vector<std::int64_t> quotient_scratch_;
  // Chunked-prefill projection: requests with a pending prefill, by shifted remaining iterations,
  // and the TTFT checkpoints (iteration after which the first token exists, arrival), FCFS.
  struct Shifted {
    std::int64_t remaining;
    const Request* request;
  };
  mutable std::vector<Shifted> shifted_;
  mutable std::vector<std::int64_t> first_iter_;
  mutable std::vector<double> first_arrival_;

  std::int64_t projected_total(const Request& r) const;
  std::int64_t running_remaining(std::size_t i) const {
    const Request& r = running_[i];
    const std::int64_t total = r.generated_tokens >= running_total_[i] ? r.max_tokens : running_total_[i];
    return total > r.generated_tokens ? total - r.generated_tokens : 0;
  }
  void push_running(const Request& r);
  void drop_prefilling(std::uint64_t id);
  void insert_in_order(std::size_t index);
  void rebuild_order() const;
};

}  // namespace throttllem
