"""The perfmodel's clock response against published measurements (docs/PERFMODEL.md, "The clock
response against the literature"). The model side of each comparison is computed here, so a model
change that moves it past the stated tolerance fails this test. Every model figure is modelled;
the published ones are measured by their authors on the GPU named."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.perfmodel import A100_SXM_40GB, H100_SXM_80GB, LLAMA3_8B, GpuPerfModel, build_perf_model

DECODE_BATCHES = (1, 16, 64, 128, 256)
KV_PER_REQUEST = 1024
#: "Minimal throughput loss" of Ma et al. taken as at most 5% fewer tokens/s than at max clock.
MAX_THROUGHPUT_LOSS = 0.05


@pytest.fixture(scope="module")
def h100():
    """The simulator's default GPU model: calibrated on the measured H100 profile (max clock measured)."""
    return build_perf_model(LLAMA3_8B, H100_SXM_80GB, 1)


def decode_saving_at_minimal_loss(model, batch: int) -> float:
    """Energy per token saved at the lowest-energy clock that keeps >= 95% of max clock's decode throughput."""
    clocks = np.asarray(model.gpu.clocks_mhz)
    est = [model.estimate(0, batch, batch * KV_PER_REQUEST, int(c)) for c in clocks]
    time = np.array([e.time_s for e in est])
    energy = time * np.array([e.power_w for e in est])
    ok = time[-1] / time >= 1 - MAX_THROUGHPUT_LOSS
    return float(1 - energy[ok].min() / energy[-1])


def capped_clock(model, prefill: int, batch: int, kv: int) -> float:
    return float(model.estimate(prefill, batch, kv, max(model.gpu.clocks_mhz)).effective_clock_mhz)


# (source, quantity, published value, tolerance): the tolerance table of docs/PERFMODEL.md.
CAPPED_ROWS = [
    # The project's H100 profile (profiles/h100-llama3-8b.csv), rows the 700 W cap throttled (sw_power_cap):
    # (prefill tokens, decode batch, KV tokens, measured mean SM clock MHz).
    (512, 0, 0, 1650.5),
    (1024, 0, 0, 1614.7),
    (2048, 0, 0, 1568.4),
    (0, 256, 32768, 1821.3),
    (0, 256, 131072, 1735.7),
]
#: Two clock levels (15 MHz steps) and the profile's clock jitter.
CAPPED_TOLERANCE_MHZ = 30.0


@pytest.mark.parametrize("prefill,batch,kv,measured_mhz", CAPPED_ROWS)
def test_power_capped_clock_matches_the_measured_profile(h100, prefill, batch, kv, measured_mhz):
    assert capped_clock(h100, prefill, batch, kv) == pytest.approx(measured_mhz, abs=CAPPED_TOLERANCE_MHZ)


# Ma, Afzal, Eitzinger, Wellein, "The Illusion of Power Capping in LLM Decode" (arXiv 2605.11999, 2026), H200:
# SM clock locking recovers up to 32% of decode energy at minimal throughput loss.
MA_2026_DECODE_SAVING = 0.32
MA_2026_TOLERANCE = 0.08  # another GPU (H200: HBM3e) and other models; "minimal" read as <= 5% loss


def test_decode_saving_at_minimal_loss_matches_ma_2026(h100):
    best = max(decode_saving_at_minimal_loss(h100, b) for b in DECODE_BATCHES)
    assert best == pytest.approx(MA_2026_DECODE_SAVING, abs=MA_2026_TOLERANCE)
    # "up to": smaller at large batches, where decode is less memory-bound.
    assert decode_saving_at_minimal_loss(h100, 256) < best


# Voltana (supercomputing-system-ai-lab.github.io/projects/voltana), A100: 1410 -> 1005 MHz (-28.7%)
# raises execution time sub-linearly, and energy is U-shaped in the clock (an interior minimum).
@pytest.mark.parametrize("prefill,batch,kv", [(0, 1, 1024), (0, 64, 65536), (2048, 0, 0)])
def test_a100_time_is_sublinear_and_energy_u_shaped(prefill, batch, kv):
    model = GpuPerfModel(LLAMA3_8B, A100_SXM_40GB, 1)
    clocks = np.asarray(A100_SXM_40GB.clocks_mhz)
    est = [model.estimate(prefill, batch, kv, int(c)) for c in clocks]
    time = np.array([e.time_s for e in est])
    energy = time * np.array([e.power_w for e in est])
    at_1005 = time[np.argmin(abs(clocks - 1005))] / time[-1]
    assert 1.0 < at_1005 < 1410 / 1005
    lowest = int(np.argmin(energy))
    assert 0 < lowest < len(clocks) - 1
