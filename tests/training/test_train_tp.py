"""throttllem train on profiles of several TP degrees: the committed TP-1 and TP-2 H100 profiles of
Llama-3-8B (measured) train one model with TP a measured feature, scored per TP degree; TP degrees
no profile measured stay modelled (tp-scaling rows) and are labelled so."""

from __future__ import annotations

import json

import numpy as np
import pytest

import throttllem
from throttllem import cli
from throttllem.errors import InvalidArgumentError
from throttllem.forest_compile import FEATURES, read_sidecar, sidecar_path
from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B
from throttllem.profiledata import read_profile
from throttllem.profiledata.reference import find_reference_profile

pytest.importorskip("lightgbm")
pytest.importorskip("tl2cgen")

TP1 = find_reference_profile(LLAMA3_8B, H100_SXM_80GB)
TP2 = find_reference_profile(LLAMA3_8B, H100_SXM_80GB, tp_degree=2)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """The shipped recipe (150 trees, seed 0) on both committed profiles, compiled."""
    from throttllem.training import train_ips_model

    out = tmp_path_factory.mktemp("train_tp")
    return out, train_ips_model([TP1, TP2], out, seed=0)


def test_both_tp_degrees_are_fitted_on_their_measured_points(trained):
    """The bug this guards: rows of TP 2 labelled with the TP-1 model's scaling gave R^2 < 0 on
    the training points themselves."""
    _, result = trained
    assert sorted(result.final_per_tp) == [1, 2]
    for tp, m in result.final_per_tp.items():
        assert m["n"] == (56 if tp == 1 else 60)
        assert m["r2"] > 0.95 and m["mape_pct"] < 4.0, (tp, m)
    assert result.final_fit["n"] == 116 and result.final_fit["r2"] > 0.95
    held = result.splits[0]  # 90/10: 6 held-out points of each TP degree
    assert held.name == "90/10" and sorted(held.per_tp) == [1, 2]
    for tp, m in held.per_tp.items():
        assert m["measured"]["n"] == 6 and m["measured"]["r2"] > 0.9, (tp, m)
        assert m["clock_response"]["n"] == 6 * 109  # the other 109 clock levels (modelled)


def test_report_says_per_tp_what_is_measured_and_what_modelled(trained):
    _, result = trained
    doc = json.loads(result.report_json.read_text())
    assert doc["tp_degrees"]["1"]["data"] == doc["tp_degrees"]["2"]["data"] == "measured"
    assert "h100-tp2-llama3-8b.csv" in doc["tp_degrees"]["2"]["what"]
    assert doc["clock_dimension"] == "modelled"  # clocks were never swept on the shared GPUs
    assert set(doc["final_fit_on_measured_per_tp"]) == {"1", "2"}
    assert set(doc["splits"][0]["per_tp"]) == {"1", "2"}
    rows = doc["final_fit_on_training_rows_per_tp"]
    assert set(rows["2"]) == {"measured", "interpolated", "clock-response"}
    assert rows["2"]["clock-response"]["r2"] > 0.95  # its own modelled rows, also fitted
    text = result.report_md.read_text()
    for needle in ("## Accuracy per TP degree", "- TP 1: MEASURED", "- TP 2: MEASURED",
                   "| 2 | 90/10 | held-out profile points (measured) |", "| 2 | final (all) |",
                   "The clock dimension is MODELLED, not measured."):
        assert needle in text
    assert "TP 1/2 measured" in doc["model"]["provenance"] and "modelled (perfmodel TP scaling)" not in text


def test_compiled_model_keeps_the_governor_features_and_splits_on_tp(trained):
    """TP is feature 0 of every model (the C++ governor's layout); the multi-TP model uses it."""
    from throttllem.training import predict_measured

    _, result = trained
    sidecar = read_sidecar(sidecar_path(result.model_path))
    assert sidecar.features == ("tp_degree", "batch_size", "kv_tokens", "clock_mhz")
    assert FEATURES == ("tp_degree", "batch_size", "kv_tokens", "clock_mhz")
    assert len(sidecar.split_points) == 4
    assert json.loads(result.report_json.read_text())["model"]["features"] == " ".join(FEATURES)
    forest = throttllem.Forest(str(result.model_path))
    assert 1 < min(forest.split_points[0]) < 2  # a split between TP 1 and TP 2
    for path, tp in ((TP1, 1), (TP2, 2)):
        measured, predicted = predict_measured(forest, path)
        mae = float(np.mean(np.abs(predicted - measured)))
        assert mae == pytest.approx(result.final_per_tp[tp]["mae_ips"], rel=1e-4, abs=1e-4)
    # TP 2 decodes faster than TP 1 at the same state (measured: 1.3-1.6x), and the governor
    # tabulates the model at TP 2.
    x = np.array([[1, 64, 65_536, 1980], [2, 64, 65_536, 1980]], dtype=float)
    tp1, tp2 = forest.predict_many(x)
    assert 1.2 < tp2 / tp1 < 1.8
    governor = throttllem.Governor(forest, clocks_mhz=list(H100_SXM_80GB.clocks_mhz), tbt_target_ms=200.0,
                                   max_batch_size=256, tp_degree=2)
    assert governor.tp_degree == 2 and governor.table_cells > 0


def test_tp_rows_are_labelled_by_their_own_tp_calibration():
    """Each TP degree's interpolated rows come from the model calibrated on that TP degree's
    points, which passes through them; the TP-1 calibration is refused TP-2 points."""
    from throttllem.training.dataset import INTERPOLATED, build_rows, calibrated_model, measured_points

    profiles = [read_profile(TP1), read_profile(TP2)]
    points = measured_points(profiles)
    for index, tp in ((0, 1), (1, 2)):
        group = points.subset(points.tp_degree == tp)
        perf = calibrated_model(profiles[index], group)
        assert perf.tp_degree == tp and perf.measured_tp
        np.testing.assert_allclose(perf.decode_ips(group.batch_size, group.kv_tokens, 1980.0), group.ips, rtol=1e-9)
    with pytest.raises(InvalidArgumentError, match="cannot calibrate a TP-1"):
        calibrated_model(profiles[0], points.subset(points.tp_degree == 2))
    rows = build_rows(profiles, points)
    for tp in (1, 2):
        ips = rows.y[(rows.x[:, 0] == tp) & (rows.source == INTERPOLATED)]
        measured = points.ips[points.tp_degree == tp]
        # Within the measured range (less at KV beyond the grid, a little more below its smallest KV).
        assert 0.5 * measured.min() < ips.min() and ips.max() < 1.05 * measured.max()


def test_unprofiled_tp_degrees_stay_modelled(tmp_path):
    """With TP 1 and 2 profiled, --tp-degrees 1,2,4,8 adds tp-scaling rows for 4 and 8 only."""
    rc = cli.main(["train", "--profile", str(TP1), "--profile", str(TP2), "--out", str(tmp_path / "out"),
                   "--trees", "40", "--no-compile", "--no-densify", "--tp-degrees", "1,2,4,8"])
    assert rc == 0
    doc = json.loads((tmp_path / "out" / "report.json").read_text())
    assert {t: d["data"] for t, d in doc["tp_degrees"].items()} == {
        "1": "measured", "2": "measured", "4": "modelled", "8": "modelled"}
    assert "TP-1 calibration" in doc["tp_degrees"]["4"]["what"]
    assert doc["rows"]["tp-scaling"] == 2 * 56 * 110  # TP 4 and 8, the TP-1 points, every clock
    assert "TP 1/2 measured, TP 4/8 modelled (perfmodel TP scaling)" in doc["model"]["provenance"]
    assert set(doc["final_fit_on_measured_per_tp"]) == {"1", "2"}  # nothing measured to score at 4/8
    assert set(doc["final_fit_on_training_rows_per_tp"]["4"]) == {"tp-scaling"}
    assert "| 4 | modelled | tp-scaling |" in (tmp_path / "out" / "report.md").read_text()


def test_single_profile_splits_are_unchanged():
    """One TP degree: the stratified split is the plain one (the documented figures stand)."""
    from throttllem.training.fit import split_masks, stratified_masks

    for n, share in ((56, 0.9), (56, 0.1), (7, 0.5)):
        plain = split_masks(n, share, 3)
        strat = stratified_masks(np.ones(n), share, 3)
        assert np.array_equal(plain[0], strat[0]) and np.array_equal(plain[1], strat[1])
    train, test = stratified_masks(np.array([1] * 10 + [2] * 20 + [4] * 2), 0.1, 0)
    assert train[:10].sum() == 2 and train[10:30].sum() == 2 and train[30:].all()  # 2 points: all training
    assert test.sum() == 8 + 18
