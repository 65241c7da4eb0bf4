// Autoscaler decisions: configuration choice, shadow start, grace period, no flapping, bad input.
#include <cmath>
#include <random>

#include "check.hpp"
#include "throttllem/autoscaler.hpp"
#include "throttllem/errors.hpp"

using namespace throttllem;

namespace {

// Capacities shaped like the project's Llama-3-8B H100 model: TP 1 the most requests per GPU.
std::vector<InstanceCapacity> table() {
  return {{1, 4000.0, 40000.0, 600.0, 72.0},
          {2, 7000.0, 75000.0, 1150.0, 144.0},
          {4, 12000.0, 140000.0, 2200.0, 288.0},
          {8, 20000.0, 250000.0, 4300.0, 576.0}};
}

AutoscalerConfig config() {
  AutoscalerConfig c;
  c.grace_s = 60.0;
  c.startup_s = 30.0;
  return c;
}

LoadSample load(double rps) { return {rps, 1000.0, 250.0}; }

}  // namespace

TEST_CASE(configurations_fit_the_pool) {
  Autoscaler a(table(), config(), {1, 1});
  CHECK(a.configurations().size() == 8 + 4 + 2 + 1);
  for (const auto& c : a.configurations()) CHECK(c.gpus() <= 8);
}

TEST_CASE(recommend_takes_fewest_gpus_within_target_utilization) {
  Autoscaler a(table(), config(), {1, 1});
  const double per_instance = a.instance_capacity_rps(1, load(0));
  CHECK(std::abs(per_instance - 1.0 / (250.0 / 4000.0 + 1000.0 / 40000.0)) < 1e-9);
  const auto c = a.recommend(load(2.5 * per_instance * 0.8), {1, 1});
  CHECK(c.tp_degree == 1 && c.replicas == 3);
  // Beyond the pool: the largest-capacity configuration.
  const auto big = a.recommend(load(100.0 * per_instance), {1, 1});
  CHECK(big.tp_degree == 1 && big.replicas == 8);
}

TEST_CASE(scale_up_starts_in_the_shadow_and_switches_when_ready) {
  Autoscaler a(table(), config(), {1, 1});
  const double cap = a.instance_capacity_rps(1, load(0));
  auto d = a.decide(0.0, load(0.5 * cap));
  CHECK(d.reason == ScaleReason::kHold && d.active.replicas == 1);
  d = a.decide(10.0, load(2.0 * cap));  // needs 3 replicas at 80%
  CHECK(d.reason == ScaleReason::kScaleUp);
  CHECK(d.active.replicas == 1 && d.target.replicas == 3 && d.starting_instances == 2);
  CHECK(d.ready_at_s == 40.0 && !d.switched);
  d = a.decide(20.0, load(2.0 * cap));
  CHECK(d.reason == ScaleReason::kStarting && d.active.replicas == 1);
  d = a.decide(40.0, load(2.0 * cap));
  CHECK(d.reason == ScaleReason::kSwitched && d.switched && d.active.replicas == 3);
}

TEST_CASE(retarget_when_load_outgrows_the_starting_target) {
  Autoscaler a(table(), config(), {1, 1});
  const double cap = a.instance_capacity_rps(1, load(0));
  a.decide(0.0, load(1.5 * cap));
  CHECK(a.target().replicas == 2);
  const auto d = a.decide(10.0, load(4.0 * cap));
  CHECK(d.reason == ScaleReason::kRetarget && d.target.replicas == 5 && d.ready_at_s == 40.0);
}

TEST_CASE(no_scale_down_before_the_grace_period) {
  Autoscaler a(table(), config(), {1, 1});
  const double cap = a.instance_capacity_rps(1, load(0));
  a.decide(0.0, load(3.0 * cap));
  a.decide(30.0, load(3.0 * cap));  // switched to 4 replicas at 30 s
  CHECK(a.active().replicas == 4);
  double t = 40.0;
  for (; t < 90.0; t += 10.0) {  // load fell at 40 s; the 30 s sample stays in the window until 90 s
    const auto d = a.decide(t, load(0.2 * cap));
    CHECK(d.active.replicas == 4 && d.target.replicas == 4);
  }
  const auto d = a.decide(t, load(0.2 * cap));
  CHECK(d.reason == ScaleReason::kScaleDown && d.switched && d.active.replicas == 1);
}

TEST_CASE(grace_counts_from_the_first_decision) {
  Autoscaler a(table(), config(), {1, 8});
  const double cap = a.instance_capacity_rps(1, load(0));
  for (double t = 100.0; t < 160.0; t += 10.0) CHECK(a.decide(t, load(0.1 * cap)).active.replicas == 8);
  CHECK(a.decide(160.0, load(0.1 * cap)).active.replicas == 1);
}

TEST_CASE(steady_poisson_load_does_not_flap) {
  AutoscalerConfig c = config();
  c.grace_s = 300.0;
  Autoscaler a(table(), c, {1, 1});
  const double cap = a.instance_capacity_rps(1, load(0));
  std::mt19937_64 rng(7);
  std::poisson_distribution<int> arrivals(10.0 * 3.1 * cap);  // per 10 s window, near a boundary
  int changes = 0;
  for (double t = 0.0; t < 3600.0; t += 10.0) changes += a.decide(t, load(arrivals(rng) / 10.0)).switched;
  CHECK(changes <= 2);  // the first scale-up, at most one more when a burst raises the window's peak
}

TEST_CASE(scale_down_waits_for_the_lower_band) {
  Autoscaler a(table(), config(), {1, 3});
  const double cap = a.instance_capacity_rps(1, load(0));
  // 1.5 instances' load: 2 replicas would run at 75%, within target (80%) but above the band (70%).
  for (double t = 0.0; t <= 200.0; t += 10.0) CHECK(a.decide(t, load(1.5 * cap)).active.replicas == 3);
  double t = 210.0;
  for (; t < 300.0; t += 10.0) a.decide(t, load(1.3 * cap));  // 65%: inside the band once the window forgets
  CHECK(a.active().replicas == 2);
}

TEST_CASE(other_tp_only_when_the_shadow_fits) {
  Autoscaler a(table(), config(), {2, 3});
  CHECK(a.reachable({2, 3}, {1, 2}));   // 6 + 2 GPUs
  CHECK(!a.reachable({2, 3}, {1, 3}));  // 6 + 3 > 8
  CHECK(a.reachable({2, 3}, {2, 4}));   // same TP: keeps 3, starts 1
}

TEST_CASE(freed_gpus_idle_unless_released) {
  AutoscalerConfig c = config();
  Autoscaler idle(table(), c, {1, 1});
  c.release_idle_gpus = true;
  Autoscaler released(table(), c, {1, 1});
  const double diff = idle.modelled_power_w({1, 2}, load(1.0)) - released.modelled_power_w({1, 2}, load(1.0));
  CHECK(std::abs(diff - 6 * 72.0) < 1e-9);
}

TEST_CASE(bad_input_is_invalid_argument) {
  CHECK_THROWS_AS(Autoscaler({}, config(), {1, 1}), InvalidArgument);
  CHECK_THROWS_AS(Autoscaler(table(), config(), {1, 9}), InvalidArgument);
  CHECK_THROWS_AS(Autoscaler(table(), config(), {3, 1}), InvalidArgument);
  auto bad = table();
  bad[1].decode_tokens_per_s = 0.0;
  CHECK_THROWS_AS(Autoscaler(bad, config(), {1, 1}), InvalidArgument);
  AutoscalerConfig c = config();
  c.target_utilization = 1.5;
  CHECK_THROWS_AS(Autoscaler(table(), c, {1, 1}), InvalidArgument);
  c = config();
  c.scale_down_utilization = 0.9;  // above the target
  CHECK_THROWS_AS(Autoscaler(table(), c, {1, 1}), InvalidArgument);
  Autoscaler a(table(), config(), {1, 1});
  a.decide(10.0, load(1.0));
  CHECK_THROWS_AS(a.decide(5.0, load(1.0)), InvalidArgument);
  CHECK_THROWS_AS(a.decide(20.0, load(std::nan(""))), InvalidArgument);
}

TEST_MAIN()
