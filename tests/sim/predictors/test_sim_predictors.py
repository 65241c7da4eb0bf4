"""The simulator's GPU predictor agrees with its GPU model (analytic or calibrated on the measured
profile, TP 1 and the measured TP 2); which model an engine gets (measured TP 2, modelled TP 4);
output-length predictors."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import A100_SXM_40GB, H100_SXM_80GB, LLAMA3_8B, GpuPerfModel
from throttllem.profiledata import read_profile
from throttllem.perfmodel.calibrated import ProfiledPerfModel
from throttllem.profiledata.reference import find_reference_profile
from throttllem.sim import EngineConfig
from throttllem.sim.predictors import GpuPredictor, output_length
from throttllem.sim.predictors.gpu import build_perf_model


@pytest.fixture(scope="module", params=[("analytic", 1), ("profile", 1), ("profile", 2)],
                ids=["analytic", "profile", "profile-tp2"])
def perf(request):
    gpu_model, tp = request.param
    return build_perf_model(EngineConfig(gpu_model=gpu_model, tp_degree=tp))


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
        assert power_w == pytest.approx(float(est.instance_power_w), rel=1e-12)  # all tp_degree GPUs
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
    # The profile's corrections are piecewise linear in KV (kinks at its grid points), which the
    # stretch's linear interpolation between every 32nd iteration follows less closely.
    rtol = 3e-4 if type(perf) is GpuPerfModel else 2e-3
    np.testing.assert_allclose(times, est.time_s, rtol=rtol)
    np.testing.assert_allclose(powers, est.instance_power_w, rtol=rtol)
    assert np.array_equal(effective, np.broadcast_to(est.effective_clock_mhz, (iterations,)))


def test_grid_covers_every_clock(perf, gpu):
    batch = np.array([1.0, 128.0, 256.0])
    kv = np.array([100.0, 80_000.0, 300_000.0])
    time_s, power_w = gpu.grid(0.0, batch, kv)
    est = perf.estimate(0, batch[None, :], kv[None, :], np.array(H100_SXM_80GB.clocks_mhz)[:, None])
    np.testing.assert_allclose(time_s, est.time_s, rtol=1e-12)
    np.testing.assert_allclose(power_w, est.instance_power_w, rtol=1e-12)
    assert gpu.idle_power_w(345) == pytest.approx(72.0 * perf.tp_degree)  # measured idle on the reference H100, per GPU


def test_engines_get_the_measured_profile_where_one_ships(tmp_path):
    default = build_perf_model(EngineConfig())
    assert isinstance(default, ProfiledPerfModel)
    assert default.calibration.source.startswith("h100-llama3-8b.csv")
    assert "MEASURED" in GpuPredictor(default).source and "MODELLED" in GpuPredictor(default).source
    analytic = build_perf_model(EngineConfig(gpu_model="analytic"))
    assert type(analytic) is GpuPerfModel and "every time and power MODELLED" in GpuPredictor(analytic).source
    # No measured profile of Llama-3-8B on an A100: "auto" falls back, "profile" refuses.
    assert type(build_perf_model(EngineConfig(gpu=A100_SXM_40GB))) is GpuPerfModel
    with pytest.raises(InvalidArgumentError, match="no measured reference profile"):
        build_perf_model(EngineConfig(gpu=A100_SXM_40GB, gpu_model="profile"))
    other = str(find_reference_profile(LLAMA3_8B, H100_SXM_80GB)).replace("llama3-8b", "llama2-13b")
    with pytest.raises(InvalidArgumentError, match="profiles Llama-2-13B, but the engine serves Llama-3-8B"):
        build_perf_model(EngineConfig(profile=other))
    with pytest.raises(InvalidArgumentError, match="gpu_model"):
        EngineConfig(gpu_model="roofline")
    with pytest.raises(InvalidArgumentError, match="not with gpu_model='analytic'"):
        EngineConfig(gpu_model="analytic", profile=other)


def test_profile_max_clock_times_are_the_measured_ones():
    gpu = GpuPredictor(build_perf_model(EngineConfig()))
    profile_rows = {(64, 65_536): 10.978502, (1, 128): 7.411347, (256, 262_144): 21.966879}  # profile CSV, ms
    for (batch, kv), ms in profile_rows.items():
        assert gpu.iteration(0, batch, kv, 1980)[0] * 1e3 == pytest.approx(ms, rel=1e-6)


def test_tp2_engines_run_on_the_measured_tp2_profile():
    """TP 2 replaces the modelled TP scaling by the TP-2 profile measured on two H100s: at the
    clock it was measured at, every decode and prefill row's time is the measured one."""
    perf = build_perf_model(EngineConfig(tp_degree=2))
    gpu = GpuPredictor(perf)
    assert isinstance(perf, ProfiledPerfModel) and perf.measured_tp and gpu.tp_measured
    assert perf.calibration.source.startswith("h100-tp2-llama3-8b.csv") and perf.calibration.tp_degree == 2
    assert "TP 2: MEASURED on 2 GPUs" in gpu.source
    profile = read_profile(find_reference_profile(LLAMA3_8B, H100_SXM_80GB, tp_degree=2))
    assert profile.metadata["tp_degree"] == 2 and len(profile.rows) == 65
    scaled = ProfiledPerfModel.from_profile(read_profile(find_reference_profile(LLAMA3_8B, H100_SXM_80GB)), 2)
    scaled_error = []
    for row in profile.rows:
        decode = row.phase == "decode"
        work = (0, row.batch_size, row.kv_tokens) if decode else (row.prefill_tokens, 0, 0)
        time_s, power_w, effective = gpu.iteration(*work, 1980)
        assert time_s * 1e3 == pytest.approx(row.iteration_ms_mean, rel=1e-9)
        # Power is the instance's (the profile sums its two GPUs): exact where the card ran at
        # 1980 MHz; at the power cap (7 rows) the model runs the card at the limit, at or a few
        # levels above the mean clock measured.
        if row.clock_event_reasons == "none":
            assert effective == 1980 and power_w == pytest.approx(row.power_w_mean, rel=1e-9)
        else:
            assert power_w == pytest.approx(row.power_w_mean, rel=0.03)
            assert row.sm_clock_mhz_mean - 15 <= effective <= row.sm_clock_mhz_mean + 45
        scaled_error.append(float(scaled.estimate(*work, 1980).time_s) * 1e3 / row.iteration_ms_mean - 1)
    # The modelled TP scaling it replaces was off by up to 17% (prefill) on these rows.
    assert max(np.abs(scaled_error)) > 0.10
    assert gpu.idle_power_w(345) == pytest.approx(2 * 72.0)  # two idle cards


def test_tp4_stays_modelled_and_says_so():
    """No TP-4 profile ships (no 4-GPU machine was lent): TP 4 is the perfmodel's TP scaling of the
    one-GPU profile, labelled MODELLED."""
    assert find_reference_profile(LLAMA3_8B, H100_SXM_80GB, tp_degree=4) is None
    perf = build_perf_model(EngineConfig(tp_degree=4))
    gpu = GpuPredictor(perf)
    assert isinstance(perf, ProfiledPerfModel) and not perf.measured_tp and not gpu.tp_measured
    assert perf.calibration.source.startswith("h100-llama3-8b.csv") and perf.calibration.tp_degree == 1
    assert "TP 4: perfmodel TP scaling of the TP-1 profile (MODELLED)" in gpu.source
    tp1 = read_profile(find_reference_profile(LLAMA3_8B, H100_SXM_80GB))
    expected = ProfiledPerfModel.from_profile(tp1, 4).estimate(0, 64, 65_536, 1980)
    time_s, power_w, _ = gpu.iteration(0, 64, 65_536, 1980)
    assert time_s == pytest.approx(float(expected.time_s), rel=1e-12)
    assert power_w == pytest.approx(float(expected.instance_power_w), rel=1e-12)
    assert power_w == pytest.approx(4 * float(expected.power_w), rel=1e-12)
    # A given profile is used as it is: the TP-1 one at TP 2 is TP-scaled (modelled).
    given = build_perf_model(EngineConfig(tp_degree=2, profile=str(tp1.csv_path)))
    assert not given.measured_tp and "TP 2: perfmodel TP scaling of the TP-1 profile (MODELLED)" in given.describe()
    analytic = GpuPredictor(build_perf_model(EngineConfig(tp_degree=2, gpu_model="analytic")))
    assert not analytic.tp_measured and "every time and power MODELLED" in analytic.source


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
