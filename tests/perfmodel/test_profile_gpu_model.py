"""ProfiledPerfModel: the perfmodel calibrated on a profile reproduces the measured points, keeps
the fitted analytic clock response elsewhere, stays monotone; the analytic fit; reference profiles."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import A100_SXM_40GB, H100_SXM_80GB, LLAMA2_13B, LLAMA3_8B, LLAMA3_70B, GpuPerfModel
from throttllem.profiledata import ProfileGrid, read_profile
from throttllem.perfmodel.analytic_fit import fit_analytic, nelder_mead
from throttllem.perfmodel.calibrated import MeasuredCalibration, ProfiledPerfModel
from throttllem.profiledata.reference import find_reference_profile, reference_profile_paths
from throttllem.perfmodel.synthetic import write_synthetic_profile

CLOCKS = np.asarray(H100_SXM_80GB.clocks_mhz, dtype=float)


@pytest.fixture(scope="module")
def profile():
    return read_profile(find_reference_profile(LLAMA3_8B, H100_SXM_80GB))


@pytest.fixture(scope="module")
def model(profile):
    return ProfiledPerfModel.from_profile(profile)


def test_reference_profiles_are_found_by_model_and_chip():
    names = [p.name for p in reference_profile_paths()]
    assert "h100-llama3-8b.csv" in names and "h100-llama2-13b.csv" in names
    assert find_reference_profile(LLAMA3_8B, H100_SXM_80GB).name == "h100-llama3-8b.csv"
    assert find_reference_profile(LLAMA2_13B, H100_SXM_80GB).name == "h100-llama2-13b.csv"
    assert find_reference_profile(LLAMA3_70B, H100_SXM_80GB) is None
    assert find_reference_profile(LLAMA3_8B, A100_SXM_40GB) is None


def test_measured_points_are_reproduced_at_max_clock(profile, model):
    for row in profile.rows:
        batch = row.batch_size if row.phase == "decode" else 0
        est = model.estimate(row.prefill_tokens, batch, row.kv_tokens, 1980)
        assert float(est.time_s) * 1e3 == pytest.approx(row.iteration_ms_mean, rel=1e-9)
        if row.sm_clock_mhz_mean == 1980.0:  # not power-capped: the measured power, exactly
            assert float(est.power_w) == pytest.approx(row.power_w_mean, rel=1e-9)
            assert est.effective_clock_mhz == 1980
        else:  # capped at 690-697 W mean: the model holds 700 W a level or two higher
            assert float(est.power_w) == pytest.approx(row.power_w_mean, rel=0.015)
            assert row.sm_clock_mhz_mean - 15 <= est.effective_clock_mhz <= row.sm_clock_mhz_mean + 30


def test_other_clocks_follow_the_fitted_analytic_clock_response(model):
    fitted = model.corrections.fit.model(LLAMA3_8B, 1)
    batch, kv = 16.0, 16_384.0  # far from the power cap at every clock
    ours = np.asarray(model.estimate(0, batch, kv, CLOCKS).time_s)
    analytic = np.asarray(fitted.estimate(0, batch, kv, CLOCKS).time_s)
    np.testing.assert_allclose(ours / ours[-1], analytic / analytic[-1], rtol=1e-12)
    # The fit moved the analytic assumptions towards the measurement (overhead, less overlap).
    fit = model.corrections.fit
    assert fit.rms_log_error < 0.05 and fit.iteration_overhead_s > 1.5e-3 and fit.overlap_exponent < 4.0


def test_time_is_monotone_over_reachable_states(model):
    batch = np.arange(1, 257, dtype=float)[:, None]
    per_request = np.arange(1, 8193, 32, dtype=float)[None, :]
    kv = batch * per_request
    reachable = kv <= model.kv_capacity_tokens()
    for clock in (345, 600, 1200, 1980):
        log_t = np.log(np.asarray(model.estimate(0, batch, np.minimum(kv, 411_000), clock).time_s))
        along_kv = np.maximum.accumulate(np.where(reachable, log_t, -np.inf), axis=1) - log_t
        along_batch = np.maximum.accumulate(np.where(reachable, log_t, -np.inf), axis=0) - log_t
        assert np.where(reachable, along_kv, 0).max() < 1e-9
        assert np.where(reachable, along_batch, 0).max() < 2e-3  # at a fixed KV per request
    times = np.asarray(model.estimate(0, 64, 65_536, CLOCKS).time_s)
    assert np.all(np.diff(times) <= 0)  # never slower at a higher clock


def test_tp_scaling_applies_the_tp1_calibration(profile, model):
    tp2 = ProfiledPerfModel.from_profile(profile, tp_degree=2)
    fit = model.corrections.fit
    ratio = float(tp2.estimate(0, 32, 32_768, 1200).time_s) / float(model.estimate(0, 32, 32_768, 1200).time_s)
    analytic = (float(fit.model(LLAMA3_8B, 2).estimate(0, 32, 32_768, 1200).time_s)
                / float(fit.model(LLAMA3_8B, 1).estimate(0, 32, 32_768, 1200).time_s))
    assert ratio == pytest.approx(analytic, rel=1e-12)
    assert tp2.kv_capacity_tokens() > model.kv_capacity_tokens()
    assert "TP 2" in tp2.describe() and "MEASURED" in model.describe() and "MODELLED" in model.describe()


def test_a_synthetic_profile_gives_back_the_analytic_model(tmp_path):
    grid = ProfileGrid((1, 4, 16, 64, 256), (128, 1024, 4032), (256, 2048))
    synthetic = write_synthetic_profile(tmp_path / "s", LLAMA3_8B, preset="llama3-8b", grid=grid)
    calibrated = ProfiledPerfModel.from_profile(synthetic)
    analytic = GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, 1)
    rng = np.random.default_rng(4)
    batch = rng.integers(1, 257, 300).astype(float)
    kv = np.minimum(np.floor(batch * rng.uniform(1, 4000, 300)), analytic.kv_capacity_tokens())
    clock = rng.choice(CLOCKS, 300)
    ours = np.asarray(calibrated.estimate(0, batch, kv, clock).time_s)
    theirs = np.asarray(analytic.estimate(0, batch, kv, clock).time_s)
    assert np.max(np.abs(ours / theirs - 1)) < 0.03  # linear in batch between grid batches 64 and 256
    fit = calibrated.corrections.fit  # its own law, fitted back
    assert fit.rms_log_error < 1e-4 and fit.iteration_overhead_s == pytest.approx(1.5e-3, rel=1e-3)


def known_iterations(tp_degree: int):
    """(prefill, batch, kv, clock, time_s) of decode and prefill iterations at 1500 MHz, timed by
    an analytic model of known parameters (compute efficiency 0.6, 3 ms overhead, overlap 2)."""
    truth = GpuPerfModel(LLAMA3_8B, dataclasses.replace(H100_SXM_80GB, compute_efficiency=0.6), tp_degree,
                         iteration_overhead_s=3e-3, overlap_exponent=2.0)
    batch = np.array([1, 8, 32, 64, 128, 256, 256, 0, 0], dtype=float)
    kv = np.array([512, 8192, 32768, 65536, 131072, 32768, 262144, 0, 0], dtype=float)
    prefill = np.array([0, 0, 0, 0, 0, 0, 0, 512, 2048], dtype=float)
    clock = np.full(batch.size, 1500.0)
    return prefill, batch, kv, clock, truth.roofline_parts(prefill, batch, kv, clock)[0]


def test_analytic_fit_recovers_known_parameters():
    prefill, batch, kv, clock, time_s = known_iterations(1)
    fit = fit_analytic(LLAMA3_8B, H100_SXM_80GB, prefill, batch, kv, clock, time_s)
    assert fit.rms_log_error < 2e-3
    assert fit.iteration_overhead_s == pytest.approx(3e-3, rel=0.05)
    assert fit.gpu.compute_efficiency == pytest.approx(0.6, rel=0.05)


def test_analytic_fit_at_a_tp_degree_fits_that_degrees_model():
    """Iterations of a TP-2 instance are fitted on the TP-2 model (its all-reduces included);
    the TP-1 model cannot explain them as well. tp_degree=1 is the default fit, bit for bit."""
    prefill, batch, kv, clock, time_s = known_iterations(2)
    at_tp2 = fit_analytic(LLAMA3_8B, H100_SXM_80GB, prefill, batch, kv, clock, time_s, tp_degree=2)
    assert at_tp2.rms_log_error < 2e-3
    assert at_tp2.iteration_overhead_s == pytest.approx(3e-3, rel=0.05)
    assert at_tp2.gpu.compute_efficiency == pytest.approx(0.6, rel=0.05)
    np.testing.assert_allclose(at_tp2.model(LLAMA3_8B, 2).roofline_parts(prefill, batch, kv, clock)[0], time_s, rtol=5e-3)
    at_tp1 = fit_analytic(LLAMA3_8B, H100_SXM_80GB, prefill, batch, kv, clock, time_s)
    assert at_tp1.rms_log_error > 5 * at_tp2.rms_log_error
    assert fit_analytic(LLAMA3_8B, H100_SXM_80GB, prefill, batch, kv, clock, time_s, tp_degree=1) == at_tp1
    with pytest.raises(InvalidArgumentError, match="tp_degree must be a positive integer"):
        fit_analytic(LLAMA3_8B, H100_SXM_80GB, prefill, batch, kv, clock, time_s, tp_degree=0)


def test_nelder_mead_finds_a_quadratic_minimum():
    best = nelder_mead(lambda z: float(np.sum((z - np.array([1.0, -2.0])) ** 2)), np.zeros(2))
    np.testing.assert_allclose(best, [1.0, -2.0], atol=1e-4)


def test_calibration_needs_two_decode_rows(tmp_path):
    grid = ProfileGrid((1,), (128,), ())
    single = write_synthetic_profile(tmp_path / "one", LLAMA3_8B, preset="llama3-8b", grid=grid)
    with pytest.raises(InvalidArgumentError, match="need >= 2 decode rows"):
        MeasuredCalibration.from_profile(single)
