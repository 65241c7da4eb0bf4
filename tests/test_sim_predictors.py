"""The simulator's GPU predictor agrees with throttllem.perfmodel; output-length predictors."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B, GpuPerfModel
from throttllem.sim.predictors import GpuPredictor, output_length


@pytest.fixture(scope="module")
def perf():
    return GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, tp_degree=1)


@pytest.fixture(scope="module")
def gpu(perf):
    return GpuPredictor(perf)


def test_single_iterations_match_the_perfmodel_exactly(perf, gpu):
    rng = np.random.default_rng(0)
    clocks = np.array(H100_SXM_80GB.clocks_mhz)
    capped = 0
    for _ in range(300):
        prefill = int(rng.integers(0, 9000)) if rng.random() < 0.5 else 0
        batch = int(rng.integers(0 if prefill else 1, 257))
        kv = int(rng.integers(0, 400_000))
        clock = int(rng.choice(clocks))
        time_s, power_w, effective = gpu.iteration(prefill, batch, kv, clock)
        est = perf.estimate(prefill, batch, kv, clock)
        assert time_s == pytest.approx(float(est.time_s), rel=1e-12)
        assert power_w == pytest.approx(float(est.power_w), rel=1e-12)
        assert effective == int(est.effective_clock_mhz)
        capped += effective < clock
    assert capped > 0  # the power cap path was exercised


@pytest.mark.parametrize("batch,kv,iterations,clock", [
    (1, 500, 1, 1980), (3, 1000, 3, 345), (64, 40_000, 31, 1200), (256, 200_000, 500, 1980),
    (200, 10_000, 4000, 900), (17, 123_456, 33, 1605),
])
def test_decode_stretches_match_within_interpolation_error(perf, gpu, batch, kv, iterations, clock):
    times, powers, effective = gpu.decode_stretch(batch, kv, iterations, clock)
    est = perf.estimate(0, batch, kv + batch * np.arange(iterations), clock)
    assert len(times) == iterations
    np.testing.assert_allclose(times, est.time_s, rtol=3e-4)
    np.testing.assert_allclose(powers, est.power_w, rtol=3e-4)
    assert np.array_equal(effective, np.broadcast_to(est.effective_clock_mhz, (iterations,)))


def test_grid_covers_every_clock(perf, gpu):
    batch = np.array([1.0, 128.0, 256.0])
    kv = np.array([100.0, 80_000.0, 300_000.0])
    time_s, power_w = gpu.grid(0.0, batch, kv)
    est = perf.estimate(0, batch[None, :], kv[None, :], np.array(H100_SXM_80GB.clocks_mhz)[:, None])
    np.testing.assert_allclose(time_s, est.time_s, rtol=1e-12)
    np.testing.assert_allclose(power_w, est.power_w, rtol=1e-12)
    assert gpu.idle_power_w(345) == pytest.approx(72.0)  # DESIGN.md §3, measured idle


def test_output_length_predictors():
    true = np.array([1, 10, 100, 1000])
    assert np.array_equal(output_length.make("oracle")(true), true)
    noisy = output_length.make("noisy", error=0.3, seed=1)(true)
    assert np.all(noisy >= 1) and np.all(np.abs(noisy / true - 1) <= 0.3 + 0.5 / true)
    assert np.array_equal(noisy, output_length.make("noisy", error=0.3, seed=1)(true))
    assert list(output_length.make("constant", tokens=64)(true)) == [64] * 4
    with pytest.raises(InvalidArgumentError):
        output_length.make("psychic")
    with pytest.raises(InvalidArgumentError):
        output_length.make("noisy", error=1.5)
