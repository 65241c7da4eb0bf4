// Autoscaler: instance configuration from the planned load, shadow start, grace period.
#include "throttllem/autoscaler.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "throttllem/errors.hpp"

namespace throttllem {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

bool finite_non_negative(double x) { return std::isfinite(x) && x >= 0.0; }

void require(bool ok, const std::string& message) {
  if (!ok) throw InvalidArgument(message);
}
}  // namespace

const char* to_string(ScaleReason reason) {
  switch (reason) {
    case ScaleReason::kHold: return "hold";
    case ScaleReason::kScaleUp: return "scale_up";
    case ScaleReason::kScaleDown: return "scale_down";
    case ScaleReason::kStarting: return "starting";
    case ScaleReason::kSwitched: return "switched";
    case ScaleReason::kRetarget: return "retarget";
  }
  return "unknown";
}

Autoscaler::Autoscaler(std::vector<InstanceCapacity> capacities, const AutoscalerConfig& config,
                       InstanceConfiguration initial)
    : capacities_(std::move(capacities)), config_(config), active_(initial), target_(initial),
      ready_at_s_(-kInf), last_now_s_(-kInf) {
  require(config.pool_gpus >= 1, "pool_gpus must be >= 1");
  require(std::isfinite(config.interval_s) && config.interval_s > 0.0, "interval_s must be a finite number > 0");
  require(std::isfinite(config.target_utilization) && config.target_utilization > 0.0 &&
              config.target_utilization <= 1.0,
          "target_utilization must be in (0, 1]");
  require(std::isfinite(config.scale_down_utilization) && config.scale_down_utilization > 0.0 &&
              config.scale_down_utilization <= config.target_utilization,
          "scale_down_utilization must be in (0, target_utilization]");
  require(finite_non_negative(config.grace_s), "grace_s must be a finite number >= 0");
  require(finite_non_negative(config.startup_s), "startup_s must be a finite number >= 0");
  require(finite_non_negative(config.idle_gpu_power_w), "idle_gpu_power_w must be a finite number >= 0");
  require(!capacities_.empty(), "the capacity table is empty");
  std::sort(capacities_.begin(), capacities_.end(),
            [](const InstanceCapacity& a, const InstanceCapacity& b) { return a.tp_degree < b.tp_degree; });
  for (std::size_t i = 0; i < capacities_.size(); ++i) {
    const InstanceCapacity& c = capacities_[i];
    const std::string tp = "TP " + std::to_string(c.tp_degree);
    require(c.tp_degree >= 1, "a TP degree must be >= 1");
    require(i == 0 || capacities_[i - 1].tp_degree != c.tp_degree, tp + " appears twice in the capacity table");
    require(std::isfinite(c.decode_tokens_per_s) && c.decode_tokens_per_s > 0.0 &&
                std::isfinite(c.prefill_tokens_per_s) && c.prefill_tokens_per_s > 0.0,
            tp + ": decode and prefill tokens/s must be finite numbers > 0");
    require(finite_non_negative(c.idle_power_w) && std::isfinite(c.busy_power_w) && c.busy_power_w >= c.idle_power_w,
            tp + ": powers must be finite, with busy >= idle >= 0");
    for (std::int64_t r = 1; c.tp_degree * r <= config.pool_gpus; ++r) configurations_.push_back({c.tp_degree, r});
  }
  require(!configurations_.empty(), "no TP degree of the capacity table fits a pool of " +
                                        std::to_string(config.pool_gpus) + " GPUs");
  require(std::find(configurations_.begin(), configurations_.end(), initial) != configurations_.end(),
          "the initial configuration (TP " + std::to_string(initial.tp_degree) + " x " +
              std::to_string(initial.replicas) + ") is not in the capacity table or does not fit the pool");
}

const InstanceCapacity& Autoscaler::capacity_of(std::int64_t tp_degree) const {
  for (const InstanceCapacity& c : capacities_)
    if (c.tp_degree == tp_degree) return c;
  throw InvalidArgument("TP " + std::to_string(tp_degree) + " is not in the capacity table");
}

double Autoscaler::instance_capacity_rps(std::int64_t tp_degree, const LoadSample& load) const {
  const InstanceCapacity& c = capacity_of(tp_degree);
  // Instance-seconds one request takes: its decode share plus its prefill.
  const double seconds = load.mean_output_tokens / c.decode_tokens_per_s + load.mean_prompt_tokens / c.prefill_tokens_per_s;
  return seconds > 0.0 ? 1.0 / seconds : kInf;
}

double Autoscaler::capacity_rps(const InstanceConfiguration& c, const LoadSample& load) const {
  return static_cast<double>(c.replicas) * instance_capacity_rps(c.tp_degree, load);
}

double Autoscaler::modelled_power_w(const InstanceConfiguration& c, const LoadSample& load) const {
  const InstanceCapacity& inst = capacity_of(c.tp_degree);
  const double capacity = capacity_rps(c, load);
  const double u = capacity > 0.0 ? std::min(1.0, load.requests_per_s / capacity) : 1.0;
  const double free_gpus = static_cast<double>(config_.pool_gpus - c.gpus());
  return static_cast<double>(c.replicas) * (inst.idle_power_w + u * (inst.busy_power_w - inst.idle_power_w)) +
         (config_.release_idle_gpus ? 0.0 : free_gpus * config_.idle_gpu_power_w);
}

std::int64_t Autoscaler::instances_to_start(const InstanceConfiguration& from, const InstanceConfiguration& to) const {
  if (from.tp_degree == to.tp_degree) return std::max<std::int64_t>(0, to.replicas - from.replicas);
  return to.replicas;
}

bool Autoscaler::reachable(const InstanceConfiguration& from, const InstanceConfiguration& to) const {
  return from.gpus() + to.tp_degree * instances_to_start(from, to) <= config_.pool_gpus;
}

InstanceConfiguration Autoscaler::recommend(const LoadSample& load, const InstanceConfiguration& from) const {
  return recommend(load, from, config_.target_utilization);
}

InstanceConfiguration Autoscaler::recommend(const LoadSample& load, const InstanceConfiguration& from,
                                            double utilization) const {
  // Feasible: fewest GPUs, then lowest modelled power. None feasible: most capacity.
  const InstanceConfiguration* best = nullptr;
  std::tuple<std::int64_t, double> best_key{0, 0.0};
  const InstanceConfiguration* biggest = nullptr;
  double biggest_capacity = -1.0;
  for (const InstanceConfiguration& c : configurations_) {
    if (c != from && !reachable(from, c)) continue;
    const double capacity = capacity_rps(c, load);
    if (capacity > biggest_capacity) {
      biggest_capacity = capacity;
      biggest = &c;
    }
    if (load.requests_per_s > utilization * capacity) continue;
    const std::tuple<std::int64_t, double> key{c.gpus(), modelled_power_w(c, load)};
    if (best == nullptr || key < best_key) {
      best = &c;
      best_key = key;
    }
  }
  return best != nullptr ? *best : *biggest;
}

LoadSample Autoscaler::planned_load(double now_s, const LoadSample& load) {
  const InstanceCapacity& ref = capacities_.front();
  const double work = load.requests_per_s * (load.mean_output_tokens / ref.decode_tokens_per_s +
                                             load.mean_prompt_tokens / ref.prefill_tokens_per_s);
  window_.push_back({now_s, load, work});
  while (window_.size() > 1 && window_.front().at_s <= now_s - config_.grace_s) window_.pop_front();
  const Sample* peak = &window_.back();
  for (const Sample& s : window_)
    if (s.work > peak->work) peak = &s;
  return peak->load;
}

ScaleDecision Autoscaler::decide(double now_s, const LoadSample& load) {
  require(std::isfinite(now_s), "now_s must be finite");
  require(now_s >= last_now_s_, "now_s went backwards");
  require(finite_non_negative(load.requests_per_s) && finite_non_negative(load.mean_prompt_tokens) &&
              finite_non_negative(load.mean_output_tokens),
          "the load sample's rate and token means must be finite numbers >= 0");
  if (last_now_s_ == -kInf) ready_at_s_ = now_s;  // the first decision starts the grace clock
  last_now_s_ = now_s;
  const LoadSample planned = planned_load(now_s, load);

  ScaleDecision d;
  d.reason = ScaleReason::kHold;
  if (target_ != active_) {
    if (now_s >= ready_at_s_) {  // the shadow is ready: it takes the new requests from now
      active_ = target_;
      d.switched = true;
      d.reason = ScaleReason::kSwitched;
    } else {
      const InstanceConfiguration wanted = recommend(planned, active_);
      if (capacity_rps(wanted, planned) > capacity_rps(target_, planned)) {
        target_ = wanted;
        ready_at_s_ = instances_to_start(active_, target_) > 0 ? now_s + config_.startup_s : now_s;
        d.reason = ScaleReason::kRetarget;
      } else {
        d.reason = ScaleReason::kStarting;
      }
    }
  } else {
    InstanceConfiguration wanted = recommend(planned, active_);
    const bool larger = capacity_rps(wanted, planned) > capacity_rps(active_, planned);
    if (!larger && wanted != active_) {  // down only to what serves the load within the lower band
      wanted = recommend(planned, active_, config_.scale_down_utilization);
      if (capacity_rps(wanted, planned) >= capacity_rps(active_, planned)) wanted = active_;
    }
    // ready_at_s_ is the last switch: no scale-down within the grace period after it.
    if (wanted != active_ && (larger || now_s - ready_at_s_ >= config_.grace_s)) {
      target_ = wanted;
      d.reason = larger ? ScaleReason::kScaleUp : ScaleReason::kScaleDown;
      if (instances_to_start(active_, target_) == 0) {  // only retiring: switch at once
        active_ = target_;
        ready_at_s_ = now_s;
        d.switched = true;
      } else {
        ready_at_s_ = now_s + config_.startup_s;
      }
    }
  }
  d.active = active_;
  d.target = target_;
  d.starting_instances = target_ != active_ ? instances_to_start(active_, target_) : 0;
  d.ready_at_s = target_ != active_ ? ready_at_s_ : now_s;
  d.planned_requests_per_s = planned.requests_per_s;
  const double capacity = capacity_rps(active_, planned);
  d.utilization = capacity > 0.0 && std::isfinite(capacity) ? planned.requests_per_s / capacity : 0.0;
  d.modelled_power_w = modelled_power_w(target_, planned);
  return d;
}

}  // namespace throttllem
