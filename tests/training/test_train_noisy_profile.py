"""A noisy profile (vLLM's CPU build measured on a loaded 2-core machine: one decode step 2 ms,
its neighbour 201 ms) must still train: the calibrated model held a point's residual beyond the
measured range, pushed some interpolated iteration times below zero, and LightGBM's gamma
objective then refused the negative IPS targets ("at least one target label is negative")."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import throttllem
from throttllem.profiledata import read_profile
from throttllem.training.dataset import build_rows, measured_points

NOISY = Path(__file__).resolve().parents[1] / "data" / "profiles" / "vllm-cpu-noisy.csv"


def test_every_interpolated_row_has_a_positive_finite_ips():
    profile = read_profile(NOISY)
    rows = build_rows([profile], measured_points([profile]), densify=True)
    assert rows.y.size > len(profile.decode_rows())  # interpolated rows were added
    assert np.all(np.isfinite(rows.y)) and np.all(rows.y > 0)
    # No interpolated iteration is faster than half the fastest measured one.
    fastest_ms = min(r.iteration_ms_mean for r in profile.decode_rows())
    assert 1000.0 / rows.y.max() >= 0.5 * fastest_ms * (1 - 1e-9)


def test_the_noisy_profile_trains_and_the_model_predicts(tmp_path):
    pytest.importorskip("lightgbm", reason="throttllem train needs LightGBM")
    from throttllem.training import train_ips_model

    for suffix in (".csv", ".json"):
        shutil.copy(NOISY.with_suffix(suffix), tmp_path / ("noisy" + suffix))
    result = train_ips_model([tmp_path / "noisy.csv"], tmp_path / "model", num_trees=10)
    forest = throttllem.Forest(str(result.model_path))
    ips = forest.predict(tp_degree=1, batch_size=4, kv_tokens=400, clock_mhz=1980)
    assert np.isfinite(ips) and ips > 0
