"""throttllem train on synthetic profiles (modelled data generated here): report, compiled model,
clock-dimension labelling, and the interpolation surface it relies on."""

from __future__ import annotations

import json

import numpy as np
import pytest

import throttllem
from throttllem import cli
from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import H100_SXM_80GB, LLAMA2_13B, LLAMA3_8B, GpuPerfModel
from throttllem.perfmodel import DecodeTimeSurface
from throttllem.profiledata import ProfileGrid, read_profile
from throttllem.perfmodel.synthetic import write_synthetic_profile

pytest.importorskip("lightgbm")
pytest.importorskip("tl2cgen")

GRID = ProfileGrid((1, 2, 4, 8, 16, 32, 64, 128), (128, 512, 2048, 4032), ())
TREES = 60


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from throttllem.training import train_ips_model

    root = tmp_path_factory.mktemp("train")
    write_synthetic_profile(root / "p", LLAMA3_8B, preset="llama3-8b", grid=GRID, noise=0.003, seed=5)
    result = train_ips_model([root / "p.csv"], root / "out", num_trees=TREES, seed=1)
    return root, result


def test_report_has_every_accuracy_figure(trained):
    root, result = trained
    doc = json.loads(result.report_json.read_text())
    assert [s["name"] for s in doc["splits"]] == ["90/10", "10/90"]
    n_points = len(read_profile(root / "p.csv").decode_rows())  # the grid less what does not fit
    assert n_points == len(GRID.points()) - 1  # batch 128 x 4032 tokens exceeds the modelled H100's cache
    for split, share in zip(doc["splits"], (0.9, 0.1)):
        assert split["train_points"] == round(n_points * share)
        assert split["train_points"] + split["test_points"] == n_points
        for key in ("r2", "mae_ips", "mape_pct", "max_ape_pct", "n"):
            assert key in split["measured"] and key in split["clock_response_modelled"]
    text = result.report_md.read_text()
    for needle in ("| 90/10 |", "| 10/90 |", "R²", "MAE (IPS)", "MAPE (%)", "synthetic profile, MODELLED"):
        assert needle in text
    assert result.measured is False and doc["profiles_measured"] is False


def test_single_clock_profile_reports_a_modelled_clock_dimension(trained):
    _, result = trained
    doc = json.loads(result.report_json.read_text())
    assert doc["clock_dimension"] == "modelled"
    assert "The clock dimension is MODELLED, not measured." in result.report_md.read_text()
    assert doc["rows"]["clock-response"] > 100 * doc["rows"]["measured"]
    assert doc["rows"]["interpolated"] > doc["rows"]["measured"]


def test_plot_is_a_png(trained):
    _, result = trained
    assert result.plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert result.plot.name in result.report_md.read_text()


def test_compiled_model_loads_and_matches_the_reported_fit(trained):
    from throttllem.training import predict_measured

    root, result = trained
    forest = throttllem.Forest(str(result.model_path))
    assert forest.has_split_points
    assert forest.provenance.startswith("modelled (synthetic profile)")
    measured, predicted = predict_measured(forest, root / "p.csv")
    mae = float(np.mean(np.abs(predicted - measured)))
    assert mae == pytest.approx(result.final_fit["mae_ips"], rel=1e-4, abs=1e-4)
    split = result.splits[0]  # 90/10: interpolation to unseen points
    assert split.measured["r2"] > 0.98
    assert split.measured["mape_pct"] < 3.0
    # Every split point count stays within the governor's table bound (max_bin 63).
    assert all(len(s) <= 62 for s in forest.split_points)


def test_compiled_model_never_gets_slower_with_clock(trained):
    _, result = trained
    forest = throttllem.Forest(str(result.model_path))
    clocks = np.asarray(H100_SXM_80GB.clocks_mhz, dtype=float)
    for batch, kv in ((1, 128), (16, 32_768), (128, 262_144)):
        rows = np.column_stack([np.ones_like(clocks), np.full_like(clocks, batch), np.full_like(clocks, kv), clocks])
        ips = forest.predict_many(rows)
        assert np.all(np.diff(ips) >= 0)
        assert ips[-1] > ips[0]


def test_measured_clocks_are_not_called_modelled(tmp_path):
    from throttllem.training import train_ips_model

    for mhz in (1200, 1980):
        write_synthetic_profile(tmp_path / f"p{mhz}", LLAMA3_8B, preset="llama3-8b", grid=GRID,
                                clock_requested_mhz=mhz, seed=mhz)
    result = train_ips_model([tmp_path / "p1200.csv", tmp_path / "p1980.csv"], tmp_path / "out",
                             num_trees=20, compile_model=False)
    doc = json.loads(result.report_json.read_text())
    assert doc["clock_dimension"] == "measured" and doc["rows"]["clock-response"] == 0
    assert "MODELLED, not measured" not in result.report_md.read_text()
    assert result.model_path is None


def test_profiles_of_different_models_are_refused(tmp_path):
    from throttllem.training import train_ips_model

    small = ProfileGrid((1, 8), (128, 512), ())
    write_synthetic_profile(tmp_path / "a", LLAMA3_8B, preset="llama3-8b", grid=small)
    write_synthetic_profile(tmp_path / "b", LLAMA2_13B, preset="llama2-13b", grid=small)
    with pytest.raises(InvalidArgumentError, match="profiles of different models"):
        train_ips_model([tmp_path / "a.csv", tmp_path / "b.csv"], tmp_path / "out", compile_model=False)


def test_tp_degrees_beyond_the_profile_are_modelled_rows(tmp_path, capsys):
    import lightgbm

    grid = ProfileGrid((1, 8, 64), (128, 2048), ())
    write_synthetic_profile(tmp_path / "p", LLAMA3_8B, preset="llama3-8b", grid=grid)
    rc = cli.main(["train", "--profile", str(tmp_path / "p.csv"), "--out", str(tmp_path / "out"),
                   "--trees", "40", "--no-compile", "--tp-degrees", "1,2"])
    assert rc == 0
    doc = json.loads((tmp_path / "out" / "report.json").read_text())
    assert doc["rows"]["tp-scaling"] > doc["rows"]["clock-response"] > 0
    assert "TP 2 modelled (perfmodel TP scaling)" in doc["model"]["provenance"]
    assert "| tp-scaling |" in (tmp_path / "out" / "report.md").read_text()
    booster = lightgbm.Booster(model_file=str(tmp_path / "out" / "ips_model.txt"))
    tp1, tp2 = booster.predict(np.array([[1, 64, 65_536, 1200], [2, 64, 65_536, 1200]], dtype=float))
    assert tp2 > tp1  # half the weights and KV per GPU
    rc = cli.main(["train", "--profile", str(tmp_path / "p.csv"), "--out", str(tmp_path / "o2"),
                   "--tp-degrees", "two"])
    assert rc == 2 and "--tp-degrees" in capsys.readouterr().err  # bad input


def test_train_command(tmp_path, capsys):
    grid = ProfileGrid((1, 8, 64), (128, 2048), ())
    write_synthetic_profile(tmp_path / "p", LLAMA3_8B, preset="llama3-8b", grid=grid)
    rc = cli.main(["train", "--profile", str(tmp_path / "p.csv"), "--out", str(tmp_path / "out"),
                   "--trees", "10", "--no-compile"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "split 90/10" in out and "split 10/90" in out and "MODELLED: synthetic profile" in out
    assert "final model: all" in out and "  TP 1 (PROFILED (SYNTHETIC)): n=" in out  # never called measured
    assert (tmp_path / "out" / "report.md").exists()
    rc = cli.main(["train", "--profile", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o2")])
    assert rc == 1
    assert "no such profile metadata file" in capsys.readouterr().err


def test_surface_is_exact_on_affine_times():
    batches, kvs = np.meshgrid([1.0, 4.0, 16.0], [128.0, 1024.0, 4096.0])
    kv_total = (batches * kvs).ravel()
    b = batches.ravel()
    times = 0.005 + 1e-4 * b + 2e-8 * kv_total
    surface = DecodeTimeSurface(b, kv_total, times)
    assert surface.iteration_time_s(8, 8 * 2000) == pytest.approx(0.005 + 8e-4 + 2e-8 * 16_000)
    assert surface.iteration_time_s(32, 0) == pytest.approx(0.005 + 32e-4)  # extrapolated along the last segment
    np.testing.assert_allclose(surface.ips(b, kv_total), 1.0 / times)


def test_surface_interpolates_the_perfmodel_closely():
    perf = GpuPerfModel(LLAMA3_8B, H100_SXM_80GB, 1)
    profile_b, profile_t = np.meshgrid(GRID.batch_sizes, GRID.kv_tokens_per_request, indexing="ij")
    b, k = profile_b.ravel(), (profile_b * profile_t).ravel()
    surface = DecodeTimeSurface(b, k, perf.iteration_time_s(0, b, k, 1980.0))
    qb = np.array([3, 12, 24, 48, 96])
    qk = qb * 1500
    err = np.abs(surface.iteration_time_s(qb, qk) / perf.iteration_time_s(0, qb, qk, 1980.0) - 1)
    assert err.max() < 0.03  # modelled vs interpolated: within 3% between grid points


def test_surface_rejects_bad_input():
    with pytest.raises(InvalidArgumentError):
        DecodeTimeSurface([1, 2], [0, 0], [0.01])
    with pytest.raises(InvalidArgumentError):
        DecodeTimeSurface([0], [0], [0.01])


def test_train_prints_every_figure_per_tp_degree(tmp_path, capsys):
    """The committed TP-1 and TP-2 profiles (measured): each split and the final model are printed
    per TP degree with report.json's figures; a TP degree no profile measured is printed MODELLED."""
    from throttllem.profiledata.reference import find_reference_profile

    profiles = [find_reference_profile(LLAMA3_8B, H100_SXM_80GB, tp_degree=tp) for tp in (1, 2)]
    out_dir = tmp_path / "out"
    rc = cli.main(["train", "--profile", str(profiles[0]), "--profile", str(profiles[1]), "--out", str(out_dir),
                   "--trees", "20", "--no-compile", "--no-densify", "--tp-degrees", "1,2,4"])
    out = capsys.readouterr().out
    assert rc == 0
    doc = json.loads((out_dir / "report.json").read_text())
    lines = out.splitlines()
    for split in doc["splits"]:
        head = lines.index(next(line for line in lines if line.startswith(f"split {split['name']}:")))
        for offset, tp in enumerate(("1", "2"), start=1):  # right under their split's line
            m = split["per_tp"][tp]["measured"]
            assert lines[head + offset] == (f"  TP {tp}: held-out n={m['n']}: R^2 {m['r2']:.4f}, "
                                            f"MAE {m['mae_ips']:.3f} IPS, MAPE {m['mape_pct']:.2f}%")
    final = doc["final_fit_on_measured"]
    assert f"final model: all 116 profile points (trained on): R^2 {final['r2']:.4f}," in out
    for tp, n in (("1", 56), ("2", 60)):
        m = doc["final_fit_on_measured_per_tp"][tp]
        assert m["n"] == n
        assert (f"  TP {tp} (MEASURED): n={n}: R^2 {m['r2']:.4f}, MAE {m['mae_ips']:.3f} IPS, "
                f"MAPE {m['mape_pct']:.2f}%") in lines
    assert "  TP 4 (MODELLED): no measured point to score" in lines


def test_tp_degrees_help_describes_training_on_several_tp_profiles(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["train", "--help"])
    assert stop.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "TP scaling of the lowest profiled TP degree (modelled)" in text
    assert "profiled degrees are trained on their own profile's points (measured)" in text
    assert "TP-1 profile" not in text
