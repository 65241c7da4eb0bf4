"""``clprofile evaluate`` per CPU runtime: the loader, program-held-out folds, the end-to-end
arithmetic (checked by hand on a tiny table), the acceptance verdicts, the crossover plots, and
older one-CPU datasets giving the figures they gave before. Fixture: tests/data/clprofile_2cpu
(README.md there says how it was made)."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace

import numpy as np
import pytest

from throttllem.devmap.data.dataset import DevMapDataError
from throttllem.devmap.profiler.deciders import HOST_PATH, LaunchCost
from throttllem.devmap.profiler.endtoend import (
    EndToEndReport, RuntimeResult, Total, best_static, captured_share, evaluate_runtimes, selector_total, static_totals, verdict,
)
from throttllem.devmap.profiler.endtoend_report import document, render, verdict_lines
from throttllem.devmap.profiler.evaluate import cross_validate, evaluate, folds_for, kernel_folds, program_folds
from throttllem.devmap.profiler.labelled import load_clprofile
from throttllem.devmap.profiler.runtimes import kernel_program, load_runtimes
from throttllem.errors import InvalidArgumentError

from cli_errors import fails
from conftest import REPO
from csv_rows import csv_rows

FIXTURE = REPO / "tests" / "data" / "clprofile_2cpu" / "two-cpu"
OLD = REPO / "datasets" / "h100-clprofile"
SMALL = ("vadd", "batched_mat4", "jacobi2d_5pt", "gather", "matvec_rows")
PROTOCOLS = ("loko", "program")


def _cost(launches: int, kernels: int, steady_us: float, first_ms: float) -> LaunchCost:
    return LaunchCost(model="m", path="hand", kernels=kernels, launches=launches, first_sight_ms=first_ms,
                      first_sight_p50_us=0.0, first_sight_p99_us=0.0, steady_mean_us=steady_us, steady_p50_us=0.0,
                      steady_p99_us=0.0, timed_calls=0, mismatches=0)


# ---- the arithmetic, by hand ---------------------------------------------------------------------
def test_totals_oracle_and_share_captured_by_hand():
    cpu, gpu = [1.0, 4.0, 10.0], [2.0, 3.0, 5.0]
    totals = static_totals(cpu, gpu)
    assert totals == {"always-CPU": 15.0, "always-GPU": 10.0, "oracle": 9.0}  # oracle: 1 + 3 + 5
    assert best_static(totals) == ("always-GPU", 10.0)
    # CPU, GPU, GPU: 1 + 3 + 5 = 9 ms of kernels; 3 launches x 100 us + 0.1 ms of first sights
    t = selector_total(cpu, gpu, [0, 1, 1], _cost(3, 2, 100.0, 0.1))
    assert (t.kernel_ms, t.steady_ms, t.first_sight_ms) == pytest.approx((9.0, 0.3, 0.1))
    assert t.total_ms == pytest.approx(9.4)
    assert captured_share(10.0, t.total_ms, 9.0) == pytest.approx(0.6)  # (10 - 9.4) / (10 - 9)
    v = verdict(totals, t.total_ms)
    assert v.beats_cpu and v.beats_gpu and not v.captures_enough and not v.passed
    # free decisions: the oracle's choices capture all of the gain, and pass
    free = selector_total(cpu, gpu, [0, 1, 1], None)
    assert free == Total(9.0, 0.0, 0.0) and verdict(totals, free.total_ms).passed
    # a costly selector: 14 ms of kernels + 3 ms steady + 0.5 ms first sight = 17.5 > both static policies
    slow = selector_total(cpu, gpu, [0, 1, 0], _cost(3, 2, 1000.0, 0.5)).total_ms
    assert slow == pytest.approx(17.5)
    v = verdict(totals, slow)
    assert not v.beats_cpu and not v.beats_gpu and v.captured == pytest.approx(-7.5)
    assert captured_share(9.0, 9.0, 9.0) is None  # no gain to capture


def test_launch_cost_sums():
    c = _cost(launches=40, kernels=8, steady_us=5.0, first_ms=2.0)
    assert c.steady_ms == pytest.approx(0.2) and c.decision_ms == pytest.approx(2.2)


# ---- the loader ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def runtimes():
    return load_runtimes(FIXTURE)


def test_fixture_gives_one_table_per_cpu_runtime_timed_by_host_ms(runtimes):
    assert [cd.runtime for cd in runtimes] == ["Portable Computing Language", "Intel(R) OpenCL"]
    raw = {(r["kernel"], r["size"], r["device"]): float(r["host_ms"]) for r in csv_rows(FIXTURE.with_suffix(".csv"))}
    for cd in runtimes:
        d = cd.data
        assert cd.time_column == "host_ms" and len(d) == 32 and len(set(d.benchmark)) == 8
        for i in range(len(d)):
            cpu = raw[(d.benchmark[i], d.dataset[i], cd.cpu_device)]
            gpu = raw[(d.benchmark[i], d.dataset[i], cd.gpu_device)]
            assert (d.runtime_cpu[i], d.runtime_gpu[i], d.label[i]) == (cpu, gpu, int(gpu < cpu))
        assert cd.programs[0] == f"kernels/opencl/{d.benchmark[0]}.cl"
    # both runtimes have crossovers: launches each device wins
    assert [int((cd.data.label == 0).sum()) for cd in runtimes] == [4, 6]


def test_old_dataset_gives_the_same_table_as_before():
    (cd,) = load_runtimes(OLD)
    old = load_clprofile(OLD)
    assert cd.time_column == "total_ms" and cd.cpu_device == old.cpu_device and cd.gpu_device == old.gpu_device
    order = np.lexsort((np.asarray(cd.data.dataset, dtype=np.int64), np.asarray(cd.data.benchmark)))
    ref = np.lexsort((np.asarray(old.data.dataset, dtype=np.int64), np.asarray(old.data.benchmark)))
    for name in ("label", "runtime_cpu", "runtime_gpu", "transfer_bytes", "wgsize"):
        assert np.array_equal(getattr(cd.data, name)[order], getattr(old.data, name)[ref]), name
    assert [cd.data.src[i] for i in order] == [old.data.src[i] for i in ref]
    assert static_totals(cd.data.runtime_cpu, cd.data.runtime_gpu) == pytest.approx(old.totals_ms())


def test_old_dataset_gives_todays_accuracy_and_kernel_time():
    kernels = list(SMALL)
    (cd,) = load_runtimes(OLD, kernels=kernels)
    old = evaluate(load_clprofile(OLD, kernels=kernels), ["grewe"], "loko", progress=False, repeats=1)
    predictions, _, _ = cross_validate(cd, "grewe", folds_for(cd, "loko"))
    by_key = dict(zip(zip(cd.data.benchmark, cd.data.dataset), predictions))
    (result,) = old.results
    assert [by_key[k] for k in zip(old.cd.data.benchmark, old.cd.data.dataset)] == result.predictions.tolist()
    chosen = selector_total(cd.data.runtime_cpu, cd.data.runtime_gpu, predictions, None).kernel_ms
    assert chosen == pytest.approx(result.selected_ms)


def _variant(tmp_path, rows, name):
    """The fixture with its run records replaced by ``rows``."""
    for suffix in (".json", ".labels.csv"):
        shutil.copy(FIXTURE.with_suffix(suffix), tmp_path / f"{name}{suffix}")
    with open(tmp_path / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return tmp_path / name


def test_gpu_only_launches_are_counted_and_left_out(tmp_path):
    rows = [r for r in csv_rows(FIXTURE.with_suffix(".csv"))
            if not (r["kernel"] == "vadd" and r["runtime"] == "Intel(R) OpenCL")]
    pocl, intel = load_runtimes(_variant(tmp_path, rows, "no-intel-vadd"))
    assert (len(pocl.data), pocl.gpu_only) == (32, 0)
    assert (len(intel.data), intel.gpu_only) == (28, 4) and "vadd" not in intel.data.benchmark
    assert intel.subset(np.arange(3)).gpu_only == 4
    text = "\n".join(render(EndToEndReport("d", [RuntimeResult(intel, {}, [], skipped="for the test")], "m")))
    assert "Left out: 4 launches measured ok on the GPU but not on this CPU runtime" in text
    assert "No model evaluated: for the test" in text and "VERDICT" not in text


def test_loader_refusals(tmp_path):
    rows = csv_rows(FIXTURE.with_suffix(".csv"))

    def write(rows_, name):
        return _variant(tmp_path, rows_, name)

    two_gpus = [dict(r, device=r["device"].replace("H100", "H200")) if r["device_type"] == "GPU" and
                r["kernel"] == "vadd" else r for r in rows]
    with pytest.raises(DevMapDataError, match="expected one GPU device"):
        load_runtimes(write(two_gpus, "two-gpus"))
    no_time = [dict(r, host_ms="") if i == 3 else r for i, r in enumerate(rows)]
    expected = r"two-cpu-bad.csv: record 4 \(vadd size 65536 on CPU:Portable .*\): an ok run without a positive host_ms"
    with pytest.raises(DevMapDataError, match=expected):
        load_runtimes(write(no_time, "two-cpu-bad"))


# ---- program-held-out folds ----------------------------------------------------------------------
def test_kernel_program_groups():
    assert kernel_program("vadd", {"path": "kernels/opencl/vadd.cl"}) == "kernels/opencl/vadd.cl"
    assert kernel_program("devmap:rodinia-3.1-lud-lud_internal", {"path": "x.csv"}) == "devmap:rodinia-3.1-lud"
    assert kernel_program("vadd", {"path": "kernels/opencl/vadd.cl", "program": "blas1"}) == "blas1"


def test_program_folds_never_split_a_program():
    (cd,) = load_runtimes(OLD)
    # six programs of several kernels each: every kernel of a class is one program
    cd = replace(cd, programs=tuple(f"program-{c}" for c in cd.classes))
    folds = program_folds(cd)
    assert len(folds) == min(10, len(set(cd.programs)))
    tested = np.concatenate([test for _, test in folds])
    assert np.array_equal(np.sort(tested), np.arange(len(cd.data)))
    for train, test in folds:
        assert not {cd.programs[i] for i in train} & {cd.programs[i] for i in test}
        assert not {cd.data.benchmark[i] for i in train} & {cd.data.benchmark[i] for i in test}


def test_program_folds_merge_programs_sharing_a_source(runtimes):
    cd = runtimes[1]
    src = list(cd.data.src)
    shared = [i for i, b in enumerate(cd.data.benchmark) if b in ("vadd", "daxpby")]
    for i in shared:  # pretend vadd's and daxpby's rows came from one source file
        src[i] = "/* one file */"
    cd = replace(cd, data=replace(cd.data, src=tuple(src)))
    for train, test in program_folds(cd):
        tested = {cd.data.benchmark[i] for i in test}
        assert ("vadd" in tested) == ("daxpby" in tested)
        assert not {cd.programs[i] for i in train} & {cd.programs[i] for i in test}


def test_program_folds_need_programs_and_two_of_them():
    cd = load_clprofile(OLD, kernels=list(SMALL))  # the single-table loader records no program
    with pytest.raises(InvalidArgumentError, match="need each row's program"):
        program_folds(cd)
    with pytest.raises(InvalidArgumentError, match="unknown protocol"):
        folds_for(cd, "random")
    assert len(kernel_folds(cd.data, "loko")) == len(SMALL)


# ---- the evaluation and its report ---------------------------------------------------------------
@pytest.fixture(scope="module")
def report(runtimes):
    pytest.importorskip("tl2cgen")
    pytest.importorskip("lightgbm")
    return evaluate_runtimes(runtimes, ["grewe", "gbdt-source"], PROTOCOLS, progress=False, repeats=2, rounds=2,
                             machine="test machine", dataset=str(FIXTURE))


def test_each_runtime_and_protocol_is_evaluated_with_measured_costs(report, runtimes):
    assert [rr.cd.runtime for rr in report.runtimes] == [cd.runtime for cd in runtimes]
    for rr in report.runtimes:
        assert [pr.protocol for pr in rr.protocols] == list(PROTOCOLS)
        costs = rr.costs
        assert set(costs) == {"grewe", "gbdt-source"} and costs["gbdt-source"].path == HOST_PATH
        for c in costs.values():
            assert c.kernels == 8 and c.launches == 32 and c.mismatches == 0
            assert c.first_sight_ms > 0 and c.steady_mean_us > 0 and c.timed_calls == 32 * 2 + 8 * 2
        for pr in rr.protocols:
            for train, test in pr.folds:  # no program on both sides, whichever protocol
                assert not {rr.cd.programs[i] for i in train} & {rr.cd.programs[i] for i in test}
            for m in pr.results:
                t = rr.total(m)
                d = rr.cd.data
                kernel = float(np.where(m.predictions == 1, d.runtime_gpu, d.runtime_cpu).sum())
                assert t.kernel_ms == pytest.approx(kernel) == pytest.approx(m.selected_ms)
                assert t.steady_ms == pytest.approx(32 * costs[m.model].steady_mean_us / 1e3)
                assert t.first_sight_ms == costs[m.model].first_sight_ms


def test_report_prints_the_verdicts_per_runtime_protocol_and_model(report):
    text = "\n".join(render(report))
    verdicts = [line for line in text.splitlines() if line.startswith("VERDICT ")]
    assert len(verdicts) == 2 * len(PROTOCOLS) * 2
    rr = report.runtimes[1]
    totals = rr.totals()
    m = rr.protocols[1].results[1]
    v = verdict(totals, rr.total(m).total_ms)
    line = next(x for x in verdict_lines(rr) if x.startswith("VERDICT Intel(R) OpenCL | program | gbdt-source:"))
    assert f"beats always-GPU {'yes' if v.beats_gpu else 'no'}" in line
    assert line.endswith("PASS" if v.passed else "FAIL")
    for needle in ("host_ms: host-visible time", "measured here on test machine", "program-held-out",
                   "always-CPU 2223.01 ms", "Gain captured = (best static - policy) / (best static - oracle)"):
        assert needle in text, needle
    doc = document(report, [])
    entry = doc["runtimes"][1]["protocols"][1]["models"][1]
    assert entry["model"] == "gbdt-source" and entry["passed"] == v.passed and entry["total_ms"] == rr.total(m).total_ms


def test_cli_on_two_runtimes_with_plots_json_and_markdown(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    pytest.importorskip("tl2cgen")
    from throttllem.cli import main

    doc = tmp_path / "doc.md"
    doc.write_text("# Doc\n")
    args = ["clprofile", "evaluate", "--dataset", str(FIXTURE), "--model", "grewe", "--protocol", "all",
            "--repeats", "1", "--rounds", "1", "--no-progress", "--plots", str(tmp_path / "img"),
            "--markdown", str(doc), "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["runtime"] for r in out["runtimes"]] == ["Portable Computing Language", "Intel(R) OpenCL"]
    assert [p["protocol"] for p in out["runtimes"][0]["protocols"]] == ["loko", "program"]
    pngs = sorted(p.name for p in (tmp_path / "img").iterdir())
    assert pngs == ["crossover-intel-r-opencl-loko.png", "crossover-intel-r-opencl-program.png",
                    "crossover-portable-computing-language-loko.png", "crossover-portable-computing-language-program.png"]
    assert all((tmp_path / "img" / p).read_bytes()[:4] == b"\x89PNG" for p in pngs)
    assert len(out["written"]) == 5 and "- VERDICT Intel(R) OpenCL | loko | grewe:" in doc.read_text()


def test_cli_refuses_bad_plot_requests(capsys):
    base = ["clprofile", "evaluate", "--dataset", str(FIXTURE), "--model", "grewe", "--no-progress"]
    fails([*base, "--plot", "x.png"], capsys, InvalidArgumentError, "use --plots DIR")
    fails([*base, "--plots", "img", "--plot-model", "gbdt"], capsys, InvalidArgumentError, "not among the evaluated")
    fails([*base, "--rounds", "0"], capsys, InvalidArgumentError, "--rounds must be at least 1")


def test_old_dataset_keeps_its_report_under_loko(capsys):
    from throttllem.cli import main

    assert main(["clprofile", "evaluate", "--dataset", str(OLD), "--model", "static", "--kernels", ",".join(SMALL),
                 "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "VERDICT" not in out and "static (constant: no decision work)" in out


def test_runtimes_with_nothing_to_select_or_one_kernel_are_reported_not_evaluated(runtimes):
    pocl, intel = runtimes
    gpu_only = pocl.subset(np.isin(pocl.data.benchmark, ["vadd", "mandelbrot"]))  # the GPU wins all 8
    one_kernel = intel.subset(np.asarray(intel.data.benchmark) == "vadd")
    report = evaluate_runtimes([gpu_only, one_kernel, intel], ["static"], PROTOCOLS, progress=False)
    assert [rr.skipped for rr in report.runtimes] == [
        "every launch is faster on the GPU: nothing to select",
        "1 kernel: cross-validation by kernel needs at least 2", ""]
    assert [pr.protocol for pr in report.runtimes[2].protocols] == list(PROTOCOLS)
    with pytest.raises(InvalidArgumentError, match="at least 2 kernels"):
        evaluate_runtimes([one_kernel], ["static"], PROTOCOLS, progress=False)
    with pytest.raises(InvalidArgumentError, match="unknown protocol"):
        evaluate_runtimes([intel], ["static"], ("random",), progress=False)
