"""The analytic GPU model: shapes against published sizes, roofline monotonicity, power capping
and the calibration points measured on the reference H100."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import (
    A100_SXM_40GB,
    H100_SXM_80GB,
    LLAMA2_13B,
    LLAMA3_8B,
    LLAMA3_70B,
    GpuPerfModel,
    GpuSpec,
    ModelShape,
)

H100_CLOCKS = np.arange(345, 1981, 15)


@pytest.fixture(scope="module")
def llama8b():
    return {tp: GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, tp) for tp in (1, 2, 4, 8)}


# ---- shapes and specs -------------------------------------------------------------------------
@pytest.mark.parametrize("shape, published_params", [
    # Parameter counts the model cards on the Hugging Face Hub report.
    (LLAMA3_8B, 8_030_261_248),
    (LLAMA2_13B, 13_015_864_320),
    (LLAMA3_70B, 70_553_706_496),
])
def test_parameter_count_matches_the_published_model(shape, published_params):
    assert shape.param_count == published_params
    assert shape.weight_bytes == 2 * published_params


def test_kv_bytes_and_flops_follow_the_shape():
    # Llama-3-8B: 32 layers x 8 KV heads x 128 dims x (K and V) x 2 bytes.
    assert LLAMA3_8B.kv_bytes_per_token == 32 * 8 * 128 * 2 * 2
    # Llama-2-13B has no grouped-query attention: 40 KV heads of 128 dims.
    assert LLAMA2_13B.kv_bytes_per_token == 40 * 40 * 128 * 2 * 2
    base = LLAMA3_8B.flops_per_token(0)
    assert base == 2 * LLAMA3_8B.matmul_params
    assert LLAMA3_8B.param_count - LLAMA3_8B.matmul_params == 128256 * 4096 + 65 * 4096  # embedding + norms
    assert LLAMA3_8B.flops_per_token(1000) - base == 1000 * 4 * 32 * 4096


def test_h100_spec_matches_design_md():
    gpu = H100_SXM_80GB
    assert gpu.clocks_mhz == tuple(H100_CLOCKS) and len(gpu.clocks_mhz) == 110
    assert (gpu.idle_power_w, gpu.power_cap_w) == (72.0, 700.0)
    # Datasheet peak at its quoted clock: 132 SMs x 4096 dense bf16 FLOP per cycle.
    assert gpu.peak_bf16_flops == pytest.approx(132 * 4096 * gpu.peak_flops_clock_mhz * 1e6, rel=1e-4)
    assert gpu.dynamic_scale(gpu.max_clock_mhz) == pytest.approx(1.0)


@pytest.mark.parametrize("bad", [
    {"clocks_mhz": (1980, 345)},
    {"clocks_mhz": ()},
    {"memory_efficiency": 0.0},
    {"sm_activity_floor": 1.5},
    {"idle_power_w": 800.0},
    {"memory_bandwidth_bps": -1.0},
])
def test_gpu_spec_rejects_bad_values(bad):
    fields = {f: getattr(H100_SXM_80GB, f) for f in H100_SXM_80GB.__dataclass_fields__}
    with pytest.raises(InvalidArgumentError):
        GpuSpec(**{**fields, **bad})


def test_model_shape_rejects_bad_values():
    with pytest.raises(InvalidArgumentError):
        ModelShape("x", num_layers=2, hidden_size=100, num_heads=3, num_kv_heads=1,
                   intermediate_size=10, vocab_size=10)
    with pytest.raises(InvalidArgumentError):
        ModelShape("x", num_layers=0, hidden_size=128, num_heads=2, num_kv_heads=1,
                   intermediate_size=10, vocab_size=10)


# ---- roofline -----------------------------------------------------------------------------------
def _assert_more_work_takes_longer(model, base, more, clock):
    t, t_more = model.estimate(*base, clock), model.estimate(*more, clock)
    if t.effective_clock_mhz == t_more.effective_clock_mhz == clock:
        assert t_more.time_s > t.time_s
    else:
        # Under the power cap, extra memory-bound work lowers the average power enough, now and
        # then, to allow one clock level more: the iteration may then run <= 1% faster.
        assert t_more.time_s > 0.99 * t.time_s


@settings(max_examples=60, deadline=None)
@given(tp=st.sampled_from([1, 2, 4, 8]), batch=st.integers(1, 255), kv=st.integers(0, 400_000),
       clock_idx=st.integers(0, 108), prefill=st.sampled_from([0, 0, 64, 1024]))
def test_time_rises_with_batch_and_kv_and_falls_with_clock(llama8b, tp, batch, kv, clock_idx, prefill):
    model = llama8b[tp]
    clock, faster = int(H100_CLOCKS[clock_idx]), int(H100_CLOCKS[clock_idx + 1])
    _assert_more_work_takes_longer(model, (prefill, batch, kv), (prefill, batch + 1, kv), clock)
    _assert_more_work_takes_longer(model, (prefill, batch, kv), (prefill, batch, kv + 1000), clock)
    assert model.iteration_time_s(prefill, batch, kv, faster) <= model.iteration_time_s(prefill, batch, kv, clock)
    assert model.decode_ips(batch, kv, clock) <= model.decode_ips(batch, kv, faster)


def test_more_kv_takes_longer_when_the_cap_does_not_bind(llama8b):
    model = llama8b[1]
    kv = np.arange(0, 400_000, 1000)
    times = model.iteration_time_s(64, 213, kv, 1410)
    assert np.all(model.effective_clock_mhz(64, 213, kv, 1410) == 1410)
    assert np.all(np.diff(times) > 0)


def test_memory_bound_decode_responds_weakly_to_clock_and_compute_bound_strongly(llama8b):
    model = llama8b[1]
    decode = model.decode_ips(1, 1000, 1005) / model.decode_ips(1, 1000, 1980)
    prefill = model.iteration_time_s(4096, 0, 0, 1980) / model.iteration_time_s(4096, 0, 0, 1005)
    assert 0.85 < decode < 1.0           # halving the clock costs batch-1 decode < 15%
    assert prefill < 0.65                # but compute-bound prefill nearly follows the clock
    est = model.estimate(0, 1, 1000, 1980)
    assert est.memory_s > 50 * est.compute_s


def test_tensor_parallel_splits_work_and_adds_communication(llama8b):
    one, two = llama8b[1].estimate(0, 32, 64_000, 1500), llama8b[2].estimate(0, 32, 64_000, 1500)
    assert one.comm_s == 0.0 and two.comm_s > 0.0
    assert two.memory_s == pytest.approx(one.memory_s / 2)
    assert two.time_s < one.time_s
    assert two.energy_j == pytest.approx(2 * two.power_w * two.time_s)
    assert two.instance_power_w == pytest.approx(2 * two.power_w)
    capacities = [llama8b[tp].kv_capacity_tokens() for tp in (1, 2, 4, 8)]
    assert capacities == sorted(capacities) and capacities[0] > 300_000


def test_vectorised_equals_scalar(llama8b):
    rng = np.random.default_rng(3)
    n = 200
    prefill = rng.choice([0, 0, 0, 512, 2048], n)
    batch = rng.integers(0, 256, n) + (prefill == 0)
    kv = rng.integers(0, 400_000, n)
    clock = rng.choice(H100_CLOCKS, n)
    for tp in (1, 4):
        vector = llama8b[tp].estimate(prefill, batch, kv, clock)
        for i in range(n):
            scalar = llama8b[tp].estimate(int(prefill[i]), int(batch[i]), int(kv[i]), int(clock[i]))
            assert scalar.time_s == pytest.approx(vector.time_s[i], rel=1e-12)
            assert scalar.power_w == pytest.approx(vector.power_w[i], rel=1e-12)
            assert scalar.effective_clock_mhz == vector.effective_clock_mhz[i]
    assert isinstance(llama8b[1].iteration_time_s(0, 1, 10, 1980), float)


# ---- power and the power cap --------------------------------------------------------------------
def test_idle_and_power_law(llama8b):
    model = llama8b[1]
    assert model.idle_power_w(345) == pytest.approx(72.0)
    powers = model.power_w(H100_CLOCKS, 0.5, 0.5)
    assert np.all(np.diff(powers) > 0)
    assert model.power_w(1500, 0.8) > model.power_w(1500, 0.2)
    assert model.power_w(1980, 1.0, 1.0) == 700.0  # the law exceeds the cap; the card cannot
    with pytest.raises(InvalidArgumentError):
        model.power_w(1500, 1.5)


def test_batch1_decode_draws_about_410_w_at_max_clock(llama8b):
    # [measured] on the reference H100: ~410 W at batch 1, 1980 MHz, CUDA-graph decode of Llama-3-8B.
    for kv in (100, 1000, 4000):
        assert llama8b[1].iteration_power_w(0, 1, kv, 1980) == pytest.approx(410, rel=0.03)


@pytest.mark.parametrize("prefill", [512, 1024, 2048, 4096, 8192])
def test_compute_bound_prefill_hits_the_cap_and_lowers_the_clock(llama8b, prefill):
    # [measured] on the reference H100: prefill >= 512 tokens reaches 700 W; the card runs ~1560-1850 MHz.
    est = llama8b[1].estimate(prefill, 0, 0, 1980)
    assert 1560 <= est.effective_clock_mhz <= 1850
    assert 680 <= est.power_w <= 700
    assert est.time_s == llama8b[1].iteration_time_s(prefill, 0, 0, est.effective_clock_mhz)


@settings(max_examples=60, deadline=None)
@given(tp=st.sampled_from([1, 2, 8]), prefill=st.integers(0, 8192), batch=st.integers(0, 512),
       kv=st.integers(0, 1_000_000), clock_idx=st.integers(0, 109))
def test_power_cap_is_respected_and_the_effective_clock_is_the_highest_that_fits(
        llama8b, tp, prefill, batch, kv, clock_idx):
    batch = max(batch, 1 - min(prefill, 1))
    model = llama8b[tp]
    requested = int(H100_CLOCKS[clock_idx])
    est = model.estimate(prefill, batch, kv, requested)
    assert est.power_w <= model.power_limit_w + 1e-9
    assert est.effective_clock_mhz <= requested
    if est.effective_clock_mhz < requested:
        # One level higher would have exceeded the limit.
        above = est.effective_clock_mhz + 15
        assert model.power_at_w(float(prefill), float(batch), float(kv), float(above)) > model.power_limit_w


def test_lower_power_limit_lowers_the_clock():
    capped = GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, power_limit_w=400.0)
    assert capped.effective_clock_mhz(0, 64, 64_000, 1980) < 1980
    assert capped.iteration_power_w(0, 64, 64_000, 1980) <= 400.0
    with pytest.raises(InvalidArgumentError):
        GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, power_limit_w=50.0)


def test_a100_preset_and_capacity_errors():
    model = GpuPerfModel(LLAMA2_13B, A100_SXM_40GB, tp_degree=2)
    assert model.decode_ips(8, 8000, 1410) > model.decode_ips(8, 8000, 210)
    assert model.iteration_power_w(4096, 0, 0, 1410) <= 400.0
    with pytest.raises(InvalidArgumentError, match="does not fit"):
        GpuPerfModel(LLAMA3_70B, A100_SXM_40GB, tp_degree=1).kv_capacity_tokens()


@pytest.mark.parametrize("args", [
    (0, 0, 100, 1500),        # no tokens at all
    (-1, 4, 100, 1500),       # negative tokens
    (0, 4, float("nan"), 1500),
    (0, 4, 100, 300),         # below the lowest clock
    (0, 4, 100, 2000),        # above the highest clock
])
def test_bad_iteration_inputs_raise(llama8b, args):
    with pytest.raises(InvalidArgumentError):
        llama8b[1].estimate(*args)
    with pytest.raises(InvalidArgumentError):
        llama8b[1].estimate(*(np.array([a, a]) for a in args))


def test_every_estimate_is_labelled_modelled(llama8b):
    assert llama8b[1].estimate(0, 1, 10, 1980).source == "modelled"
    assert "modelled" in repr(llama8b[1])
