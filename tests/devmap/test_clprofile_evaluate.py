"""``clprofile evaluate``: the dataset loader, kernel-grouped folds, end-to-end accounting and the CLI,
on the project's measured H100 dataset (datasets/h100-clprofile)."""

from __future__ import annotations

import csv
import re
import shutil

import numpy as np
import pytest

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapDataError
from throttllem.devmap.profiler.evaluate import BEGIN_MARK, END_MARK, evaluate, kernel_folds, score
from throttllem.devmap.profiler.labelled import load_clprofile
from throttllem.devmap.source.static_counts import static_counts
from throttllem.errors import InvalidArgumentError

from cli_errors import fails
from conftest import REPO
from csv_rows import csv_rows

DATASET = REPO / "datasets" / "h100-clprofile"
SMALL = ("vadd", "batched_mat4", "jacobi2d_5pt", "gather", "matvec_rows")  # two CPU-faster launches among them


def _label_rows(path=DATASET.parent / "h100-clprofile.labels.csv") -> list[dict]:
    return csv_rows(path)


def _summary_totals() -> dict[str, float]:
    text = (DATASET.parent / "h100-clprofile.summary.txt").read_text()
    line = next(l for l in text.splitlines() if "sum of times (measured)" in l)
    return {k: float(v) for k, v in re.findall(r"(always-CPU|always-GPU|oracle) ([\d.]+) ms", line)}


@pytest.fixture(scope="module")
def cd():
    return load_clprofile(DATASET)


def test_loader_rows_and_labels_match_the_labels_csv(cd):
    rows = _label_rows()
    data = cd.data
    assert len(data) == len(rows) == 432  # the committed, complete dataset
    assert [r["benchmark"] for r in rows] == list(data.benchmark)
    assert [r["dataset"] for r in rows] == list(data.dataset)
    assert ["GPU" if y else "CPU" for y in data.label] == [r["oracle"] for r in rows]
    assert int(data.label.sum()) == 427 and int((data.label == 0).sum()) == 5
    assert np.array_equal(data.runtime_cpu, [float(r["runtime_cpu"]) for r in rows])
    assert np.array_equal(data.runtime_gpu, [float(r["runtime_gpu"]) for r in rows])
    assert len(set(data.benchmark)) == 58


def test_loader_takes_launches_from_the_run_records_and_counts_from_the_source(cd):
    with open(DATASET.with_suffix(".csv"), newline="") as f:
        runs = {(r["kernel"], r["size"], r["device_type"]): r for r in csv.DictReader(f) if r["status"] == "ok"}
    data = cd.data
    for i in range(0, len(data), 7):
        cpu, gpu = runs[(data.benchmark[i], data.dataset[i], "CPU")], runs[(data.benchmark[i], data.dataset[i], "GPU")]
        assert data.transfer_bytes[i] == int(cpu["transfer_bytes"]) == int(gpu["transfer_bytes"])
        assert data.wgsize[i] == int(np.prod([int(x) for x in cpu["local_size"].split("x")]))
        counts = static_counts(data.src[i], cd.kernel_names[i]).devmap()
        assert {c: int(data.counts[c][i]) for c in COUNT_COLUMNS} == counts
    assert cd.gpu_device.endswith("NVIDIA H100 80GB HBM3") and cd.cpu_device.startswith("CPU:Portable Computing")


def test_totals_match_the_datasets_summary(cd):
    totals, summary = cd.totals_ms(), _summary_totals()
    assert set(summary) == {"always-CPU", "always-GPU", "oracle"}
    for key, value in summary.items():
        assert totals[key] == pytest.approx(value, abs=0.05), key
    assert totals["oracle"] < totals["always-GPU"] < totals["always-CPU"]


def test_loader_refuses_labels_that_disagree_with_the_run_records(tmp_path):
    for suffix in (".csv", ".json", ".labels.csv"):
        shutil.copy(DATASET.parent / f"h100-clprofile{suffix}", tmp_path / f"d{suffix}")
    rows = _label_rows(tmp_path / "d.labels.csv")
    rows[3]["runtime_gpu"] = str(float(rows[3]["runtime_gpu"]) * 2)
    with open(tmp_path / "d.labels.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(DevMapDataError, match=r"d\.labels\.csv:\d+: runtimes differ from the run records"):
        load_clprofile(tmp_path / "d")
    with pytest.raises(DevMapDataError, match="no such file"):
        load_clprofile(tmp_path / "missing")


def test_subset_keeps_only_the_named_kernels():
    small = load_clprofile(DATASET, kernels=SMALL)
    assert set(small.data.benchmark) == set(SMALL) and int((small.data.label == 0).sum()) == 3
    with pytest.raises(DevMapDataError, match="no labelled rows"):
        load_clprofile(DATASET, kernels=["no_such_kernel"])


@pytest.mark.parametrize("protocol", ["loko", "grouped"])
def test_folds_never_split_a_kernel(cd, protocol):
    folds = kernel_folds(cd.data, protocol)
    assert len(folds) == (len(set(cd.data.benchmark)) if protocol == "loko" else 10)
    tested = np.concatenate([test for _, test in folds])
    assert np.array_equal(np.sort(tested), np.arange(len(cd.data)))
    for train, test in folds:
        assert not {cd.data.benchmark[i] for i in train} & {cd.data.benchmark[i] for i in test}
        if protocol == "loko":
            assert len({cd.data.benchmark[i] for i in test}) == 1


def test_end_to_end_accounting(cd):
    d = cd.data
    totals = cd.totals_ms()
    assert score(cd, "oracle", d.label.copy(), 0.0, None).selected_ms == pytest.approx(totals["oracle"])
    assert score(cd, "gpu", np.ones(len(d), dtype=np.int64), 0.0, None).selected_ms == pytest.approx(totals["always-GPU"])
    rng = np.random.default_rng(0)
    for _ in range(20):
        r = score(cd, "random", rng.integers(0, 2, len(d)), 0.0, None)
        assert totals["oracle"] <= r.selected_ms <= totals["always-CPU"] + totals["always-GPU"]
    all_gpu = score(cd, "gpu", np.ones(len(d), dtype=np.int64), 0.0, None)
    assert all_gpu.recall_cpu == 0.0 and all_gpu.recall_gpu == 1.0 and all_gpu.balanced_accuracy == 0.5


def test_one_label_data_is_refused_and_one_label_folds_are_reported():
    with pytest.raises(InvalidArgumentError, match="only one label"):
        evaluate(load_clprofile(DATASET, kernels=("vadd", "gather")), ("static",), progress=False)
    # Holding out matvec_rows (the only CPU-faster launch here) leaves training rows of one label.
    small = load_clprofile(DATASET, kernels=("vadd", "gather", "matvec_rows"))
    report = evaluate(small, ("static",), progress=False)
    assert report.one_label_folds == 1 and report.results[0].predictions.tolist() == [1] * len(small.data)
    assert "In 1 fold(s) the training rows had one label only" in "\n".join(report.lines())


@pytest.fixture(scope="module")
def report(cd):
    pytest.importorskip("tl2cgen")
    pytest.importorskip("lightgbm")
    return evaluate(cd, ("static", "grewe"), "loko", repeats=2, progress=False, machine="test machine")


def test_evaluate_adds_measured_decision_time(report, cd):
    static, grewe = report.results
    totals = cd.totals_ms()
    assert static.cost is None and static.total_ms == pytest.approx(totals["always-GPU"])  # majority = GPU
    cost = grewe.cost
    assert cost.decisions == len(cd.data) and cost.timed_calls == 2 * len(cd.data)
    assert cost.mismatches == 0  # the compiled tree decides as the Python model does
    assert cost.first_pass_ms > 0 and 0 < cost.p50_us <= cost.p99_us
    assert cost.steady_ms == pytest.approx(cost.decisions * cost.mean_us / 1e3)
    assert grewe.total_ms == pytest.approx(grewe.selected_ms + cost.first_pass_ms)
    assert totals["oracle"] <= grewe.selected_ms < grewe.total_ms
    assert set(grewe.predictions.tolist()) <= {0, 1}
    text = "\n".join(report.lines())
    for needle in ("GPU faster on 427, CPU faster on 5", "balanced accuracy", "leave-one-kernel-out, 58 folds",
                   "always-CPU", "oracle", "grewe + first-pass decisions", "measured here on test machine"):
        assert needle in text, needle


def test_cli_smoke_on_a_subset(tmp_path, capsys):
    pytest.importorskip("tl2cgen")
    pytest.importorskip("lightgbm")
    from throttllem.cli import main

    doc = tmp_path / "doc.md"
    doc.write_text("# Doc\n\nkept\n")
    args = ["clprofile", "evaluate", "--dataset", str(DATASET), "--kernels", ",".join(SMALL), "--model", "grewe",
            "--model", "gbdt-source", "--repeats", "1", "--no-progress", "--markdown", str(doc)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "5 kernels" in out and "CPU faster on 3" in out and "gbdt-source + first-pass decisions" in out
    assert main(args) == 0  # a rerun replaces the block
    text = doc.read_text()
    assert text.startswith("# Doc\n\nkept\n") and text.count(BEGIN_MARK) == 1 and text.count(END_MARK) == 1
    assert "| always-GPU |" in text and "every figure measured" in text
    fails(["clprofile", "evaluate", "--dataset", str(DATASET), "--model", "deeptune", "--no-progress"], capsys,
          InvalidArgumentError, "no compiled decision path")
    fails(["clprofile"], capsys, InvalidArgumentError, "--out is required")


def test_evaluate_draws_each_models_choices(tmp_path, capsys):
    from throttllem.cli import main

    png = tmp_path / "choices.png"
    assert main(["clprofile", "evaluate", "--dataset", str(DATASET), "--model", "static", "--model", "grewe",
                 "--kernels", "vadd,gather,matvec_rows", "--repeats", "1", "--no-progress", "--plot", str(png)]) == 0
    assert f"wrote {png}" in capsys.readouterr().out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_a_report_without_models_draws_nothing(tmp_path, cd):
    from throttllem.devmap.profiler.evaluate import Report
    from throttllem.devmap.profiler.plots import plot_choices

    empty = Report(cd=cd, protocol="loko", n_folds=0, results=[], machine="m")
    with pytest.raises(InvalidArgumentError, match="no model results"):
        plot_choices(empty, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_one_kernel_is_refused():
    with pytest.raises(InvalidArgumentError, match="at least 2 kernels"):
        evaluate(load_clprofile(DATASET, kernels=["vadd"]), ["static"], progress=False)


def test_cli_refuses_stray_or_bad_options_clearly(capsys):
    pytest.importorskip("lightgbm")
    from throttllem.cli import main

    base = ["clprofile", "evaluate", "--dataset", str(DATASET), "--kernels", ",".join(SMALL), "--model", "gbdt",
            "--repeats", "1", "--no-progress"]
    fails([*base, "--set", "grewe.n_estimators=3"], capsys, InvalidArgumentError, "not evaluated: grewe")
    fails([*base, "--set", "gbdt.learning_rate=abc"], capsys, InvalidArgumentError, "gbdt.learning_rate must be a number")
    fails([*base, "--set", "gbdt.n_estimators=-5"], capsys, InvalidArgumentError, "--set gbdt: gbdt: need n_estimators >= 1")
