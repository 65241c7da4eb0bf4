// Autoscaler: which instance configuration (tensor-parallel degree x replicas) a GPU pool runs,
// started in the shadow of the one serving, scaled down only after a grace period.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace throttllem {

/// What one model instance of a TP degree sustains within the SLOs, and what it draws.
/// Computed by the caller from its performance model (Python: throttllem.autoscale.capacity).
struct InstanceCapacity {
  std::int64_t tp_degree = 1;
  /// Output tokens per second one instance sustains with every request's TBT within target.
  double decode_tokens_per_s = 0.0;
  /// Prompt tokens per second one instance prefills.
  double prefill_tokens_per_s = 0.0;
  /// Power of the whole instance (all its GPUs) when fully busy, and when idle (W).
  double busy_power_w = 0.0;
  double idle_power_w = 0.0;
};

/// Tensor-parallel degree x replicas: tp_degree * replicas GPUs of the pool.
struct InstanceConfiguration {
  std::int64_t tp_degree = 0;
  std::int64_t replicas = 0;
  std::int64_t gpus() const { return tp_degree * replicas; }
  bool operator==(const InstanceConfiguration& o) const { return tp_degree == o.tp_degree && replicas == o.replicas; }
  bool operator!=(const InstanceConfiguration& o) const { return !(*this == o); }
};

/// Offered load over the last interval: request rate and the token mix.
struct LoadSample {
  double requests_per_s = 0.0;
  double mean_prompt_tokens = 0.0;
  double mean_output_tokens = 0.0;
};

struct AutoscalerConfig {
  std::int64_t pool_gpus = 8;
  /// Seconds between decisions (the caller's loop; used to validate the window).
  double interval_s = 10.0;
  /// Plan for at most this share of a configuration's capacity (headroom for bursts).
  double target_utilization = 0.8;
  /// Scale down only to a configuration that serves the planned load at this utilization or
  /// less (hysteresis below target_utilization: a load near a boundary does not flap).
  double scale_down_utilization = 0.7;
  /// Scale down only to what the highest load of this many past seconds needs.
  double grace_s = 300.0;
  /// Seconds from starting an instance to it serving.
  double startup_s = 82.0;
  /// Power of a GPU of the pool that no instance uses (W).
  double idle_gpu_power_w = 72.0;
  /// Freed GPUs are given back (cost nothing) instead of idling in the pool.
  bool release_idle_gpus = false;
};

enum class ScaleReason : int {
  kHold = 0,        // the active configuration is the one wanted
  kScaleUp = 1,     // a larger configuration started (or, when nothing to start, switched to)
  kScaleDown = 2,   // a smaller configuration, after the grace period
  kStarting = 3,    // the target is starting in the shadow of the active configuration
  kSwitched = 4,    // the target became ready: it is the active configuration from now
  kRetarget = 5,    // the load outgrew the starting target: a larger one starts instead
};

const char* to_string(ScaleReason reason);

struct ScaleDecision {
  /// The configuration serving new requests now.
  InstanceConfiguration active;
  /// The configuration wanted: equal to `active` unless one is starting.
  InstanceConfiguration target;
  /// Instances of `target` still to start (0: none, the switch happens at once).
  std::int64_t starting_instances = 0;
  /// When `target` is ready (== now when nothing starts); +inf when none is starting.
  double ready_at_s = 0.0;
  /// Whether `active` changed at this call (callers route new requests to it from now).
  bool switched = false;
  /// The rate planned for (the highest of the grace window) and its share of `active`'s capacity.
  double planned_requests_per_s = 0.0;
  double utilization = 0.0;
  /// Modelled pool power of `target` at the planned load (W).
  double modelled_power_w = 0.0;
  ScaleReason reason = ScaleReason::kHold;
};

/// Chooses the instance configuration every interval. Scale-up is immediate (the planned load
/// is the highest of the grace window, so a rise counts at once), scale-down only once the
/// whole window asks for less. A new configuration starts in the shadow of the active one and
/// takes over when `startup_s` has passed; instances of the same TP degree are kept.
class Autoscaler {
 public:
  Autoscaler(std::vector<InstanceCapacity> capacities, const AutoscalerConfig& config,
             InstanceConfiguration initial);

  /// One decision at `now_s` (non-decreasing) given the load of the last interval.
  ScaleDecision decide(double now_s, const LoadSample& load);

  /// Requests per second one instance of `tp_degree` sustains at the mix of `load` (full use).
  double instance_capacity_rps(std::int64_t tp_degree, const LoadSample& load) const;
  /// The cheapest configuration reachable from `from` that serves `load` within the target
  /// utilization (the largest-capacity reachable one if none does).
  InstanceConfiguration recommend(const LoadSample& load, const InstanceConfiguration& from) const;
  /// The same at another utilization limit (the scale-down band uses scale_down_utilization).
  InstanceConfiguration recommend(const LoadSample& load, const InstanceConfiguration& from,
                                  double utilization) const;
  /// Modelled pool power (W) of `c` serving `load` (freed GPUs idle unless released).
  double modelled_power_w(const InstanceConfiguration& c, const LoadSample& load) const;
  /// Whether `to` can start while `from` serves: its new instances fit the GPUs `from` leaves.
  bool reachable(const InstanceConfiguration& from, const InstanceConfiguration& to) const;
  /// Every configuration fitting the pool (TP degree ascending, then replicas).
  const std::vector<InstanceConfiguration>& configurations() const { return configurations_; }
  const AutoscalerConfig& config() const { return config_; }
  const InstanceConfiguration& active() const { return active_; }
  const InstanceConfiguration& target() const { return target_; }

 private:
  const InstanceCapacity& capacity_of(std::int64_t tp_degree) const;
  double capacity_rps(const InstanceConfiguration& c, const LoadSample& load) const;
  std::int64_t instances_to_start(const InstanceConfiguration& from, const InstanceConfiguration& to) const;
  LoadSample planned_load(double now_s, const LoadSample& load);

  std::vector<InstanceCapacity> capacities_;
  AutoscalerConfig config_;
  std::vector<InstanceConfiguration> configurations_;
  InstanceConfiguration active_, target_;
  double ready_at_s_;
  double last_now_s_;
  struct Sample {
    double at_s;
    LoadSample load;
    double work;  // requests/s x reference instance-seconds per request
  };
  std::deque<Sample> window_;
};

}  // namespace throttllem
