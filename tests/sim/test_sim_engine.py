"""Conservation tests of the serving simulator: every request finishes with exactly its tokens,
KV never exceeds capacity, energy is the integral of power, runs are reproducible."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.sim import EngineConfig, SloConfig, run
from throttllem.sim.predictors.gpu import build_perf_model
from throttllem.traces import CONV_2023, Trace, generate

SLO = SloConfig(e2e_deadline_s=20.0)
# KV-starved, small-batch engine: exercises queueing on both limits.
TIGHT = EngineConfig(max_batch_size=24, gpu_memory_utilization=0.3)
CHUNKED = EngineConfig(prefill_chunk_tokens=512)
CASES = {
    "native": (lambda: generate(CONV_2023, 90.0, seed=11), EngineConfig()),
    "tight": (lambda: generate(CONV_2023, 30.0, seed=12, rps=12.0), TIGHT),
    "chunked": (lambda: generate(CONV_2023, 40.0, seed=13, rps=10.0), CHUNKED),
}


@pytest.fixture(scope="module", params=[(case, policy) for case in CASES
                                        for policy in ("max_clock", "governor", "reactive")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def outcome(request):
    case, policy = request.param
    make_trace, config = CASES[case]
    trace = make_trace()
    return trace, config, run(trace, policy, config, SLO)


def test_every_request_finishes_with_its_tokens(outcome):
    trace, _, result = outcome
    table = result.table
    assert table.finished.all()
    assert np.array_equal(table.generated, trace.output_tokens)
    assert result.metrics.output_tokens == int(trace.output_tokens.sum())
    # Decode tokens in the timeline + one first token per request = every output token.
    assert int(result.timeline.iter_batch.sum()) + len(trace) == int(trace.output_tokens.sum())
    assert np.all(table.admit_s >= table.arrival_s)
    assert np.all(table.first_token_s > table.admit_s)
    assert np.all(table.finish_s >= table.first_token_s)


def test_kv_and_batch_limits_hold(outcome):
    _, config, result = outcome
    assert result.kv_peak_used_blocks <= result.kv_peak_allocated_blocks <= result.kv_capacity_blocks
    tl = result.timeline
    capacity_tokens = result.kv_capacity_blocks * config.kv_block_tokens
    assert tl.iter_kv_tokens.max() <= capacity_tokens
    assert tl.iter_batch.max() <= config.max_batch_size
    if config.prefill_chunk_tokens:
        assert tl.iter_prefill_tokens.max() <= config.prefill_chunk_tokens


def test_energy_is_the_integral_of_power(outcome):
    _, config, result = outcome
    tl = result.timeline
    # Segments tile the run: no gap, no overlap, from the first arrival to the last finish.
    ends = tl.seg_start_s + tl.seg_duration_s
    assert tl.seg_start_s[0] == 0.0
    np.testing.assert_allclose(tl.seg_start_s[1:], ends[:-1], rtol=0, atol=1e-9)
    assert ends[-1] == pytest.approx(np.nanmax(result.table.finish_s), abs=1e-9)
    # Recompute every iteration's power independently from the GPU model, and idle power.
    perf = build_perf_model(config)
    est = perf.estimate(tl.iter_prefill_tokens, tl.iter_batch, tl.iter_kv_tokens, tl.iter_clock_mhz)
    np.testing.assert_allclose(tl.iter_time_s, est.time_s, rtol=3e-4)
    idle = tl.seg_iterations == 0
    idle_j = float(np.sum(tl.seg_duration_s[idle] * perf.idle_power_w(tl.seg_clock_mhz[idle])))
    integral = float(np.sum(est.power_w * tl.iter_time_s)) + idle_j
    assert result.energy_j == pytest.approx(integral, rel=1e-4)
    assert result.energy_j == pytest.approx(float(tl.seg_energy_j.sum()), rel=1e-9)
    assert np.all(tl.iter_power_w <= perf.power_limit_w + 1e-9)
    # Iteration starts are consistent with the segments they belong to.
    assert np.all(np.diff(tl.iter_start_s) > 0)


def test_identical_seeds_give_identical_results():
    trace_a, trace_b = generate(CONV_2023, 40.0, seed=21), generate(CONV_2023, 40.0, seed=21)
    for policy in ("max_clock", "governor", "oracle"):
        a, b = run(trace_a, policy, slo=SLO), run(trace_b, policy, slo=SLO)
        assert a.metrics == b.metrics
        assert np.array_equal(a.timeline.iter_time_s, b.timeline.iter_time_s)
        assert np.array_equal(a.table.finish_s, b.table.finish_s)


def test_one_token_outputs_and_long_prompts_are_served():
    trace = Trace(np.array([0.0, 0.0, 0.5]), np.array([20_000, 10, 300]), np.array([1, 1, 40]))
    result = run(trace, "max_clock", slo=SLO)
    assert result.table.finished.all()
    assert result.table.clipped_prompts == 1  # 20k prompt cut to the 8k context
    assert np.isnan(result.table.mean_tbt_s()[0])
    assert result.metrics.slo_tbt == 1.0


def test_outputs_beyond_max_tokens_are_refused():
    trace = Trace(np.array([0.0]), np.array([10]), np.array([600]))
    with pytest.raises(InvalidArgumentError, match="max_tokens"):
        run(trace, "max_clock", EngineConfig(max_tokens=512), SLO)
    with pytest.raises(InvalidArgumentError):
        EngineConfig(kv_policy="preempt")
