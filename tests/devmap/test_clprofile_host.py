"""The host protocol (clprofile --protocol host): the stop rule, adaptive sizes, labels per CPU
runtime, and end to end on this machine's PoCL CPU device (zero-copy buffers, host-visible time,
memory cap, resume after a kill). The Intel CPU runtime check needs THROTTLLEM_INTEL_RT."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from throttllem.devmap.profiler import dataset as ds
from throttllem.devmap.profiler.report import device_table, summary_lines
from throttllem.devmap.profiler.suite import load_manifest
from throttllem.devmap.profiler.sweep import MIN_SIZES, midpoint, refinements, slowest_ms, sweep_done
from throttllem.errors import InvalidArgumentError

VADD = """
__kernel void good_vadd(__global const float* a, __global const float* b, __global float* c, const int n) {
  int i = get_global_id(0);
  if (i < n) c[i] = a[i] + b[i];
}"""
# In place: run k of a multi-launch run reads what launch k-1 wrote (data reused across launches).
SCALE = """
__kernel void scale_inplace(__global float* x, const int n) {
  int i = get_global_id(0);
  if (i < n) x[i] = x[i] * 0.5f + 1.0f;
}"""


def _r(status="ok", host="", reason=""):
    return {"status": status, "host_ms": host, "reason": reason}


def test_the_stop_rule_uses_the_slowest_device():
    assert slowest_ms([_r(host="3"), _r(host="12.5")], 30) == 12.5
    assert sweep_done([_r(host="3"), _r(host="12.5")], until_ms=20, timeout_s=30) is None
    assert "slowest device 25 ms" in sweep_done([_r(host="3"), _r(host="25")], until_ms=20, timeout_s=30)
    # A timeout counts as the timeout itself; a capped size or no timed device ends the sweep.
    assert slowest_ms([_r(host="3"), _r("timeout")], 30) == 30000
    assert sweep_done([_r(host="1"), _r("skipped", reason="memory_cap")], 1000, 30) == "memory cap"
    assert sweep_done([_r("compile_error"), _r("rejected")], 1000, 30) == "no device timed it"


def _manifest(tmp_path, entries, adaptive=None, sources=None):
    sources = sources or {"good_vadd": VADD, "scale_inplace": SCALE}
    for e in entries:
        (tmp_path / f"{e['id']}.cl").write_text(sources[e["id"]])
    doc = {"sweeps": {"s": [1024]}, "kernels": entries}
    if adaptive is not None:
        doc["adaptive"] = adaptive
    (tmp_path / "manifest.json").write_text(json.dumps(doc))
    return load_manifest(tmp_path / "manifest.json")


@pytest.mark.parametrize("a, b, mid", [(256, 1024, 512), (128, 256, 192), (8, 16, 12), (1, 2, None), (3, 4, None)])
def test_a_midpoint_is_geometric_when_whole_else_arithmetic(a, b, mid):
    assert midpoint(a, b) == mid


def test_refinements_fill_the_largest_gaps_first_and_skip_undrivable_sizes():
    assert refinements([256, 1024, 4096, 16384, 65536]) == [32768, 8192, 2048]
    assert refinements([256 * 4 ** k for k in range(8)]) == []  # already MIN_SIZES
    # Every gap split once, then the new gaps: 4 -> 7 -> 8 sizes.
    assert refinements([16, 256, 4096, 65536]) == [16384, 1024, 64, 32768]
    # A work-group of 128 rejects 192 and 160 (1.5x and 1.25x of 128); 256 -> 384 -> ... go on.
    assert refinements([128, 256, 512], want=5, drivable=lambda n: n % 128 == 0) == [384]
    assert refinements([8], want=8) == [] and refinements([], want=8) == []


def test_adaptive_sizes_come_from_the_sweep_or_the_entry(tmp_path):
    (spec,) = _manifest(tmp_path, [{"id": "good_vadd", "class": "streaming", "sweep": "s"}],
                        adaptive={"s": {"start": 64, "factor": 4}})
    assert spec.adaptive_sizes(5) == (64, 256, 1024, 4096, 16384) and spec.launches == 1
    (spec,) = _manifest(tmp_path, [{"id": "good_vadd", "class": "streaming", "sweep": "s", "start": 8,
                                    "factor": 2, "launches": 3}], adaptive={"s": {"start": 64, "factor": 4}})
    assert spec.adaptive_sizes(3) == (8, 16, 32) and spec.launches == 3
    with pytest.raises(InvalidArgumentError, match="factor 2 or 4"):
        _manifest(tmp_path, [{"id": "good_vadd", "class": "streaming", "sweep": "s", "start": 8, "factor": 3}])
    with pytest.raises(InvalidArgumentError, match="launches"):
        _manifest(tmp_path, [{"id": "good_vadd", "class": "streaming", "sweep": "s", "launches": 0}])


def test_every_suite_kernel_has_an_adaptive_sweep_from_a_launch_bound_size():
    root = Path(__file__).resolve().parents[2]
    for spec in load_manifest(root / "kernels/opencl/manifest.json"):
        sizes = spec.adaptive_sizes(8)
        assert spec.factor in (2, 4) and len(sizes) == 8, spec.id
        items = 1
        for g in spec.launch(sizes[0]).global_size:
            items *= g
        # stencil3d_7pt: its 8x8x4 work-group makes 8^3 = 512 items the smallest grid.
        assert items <= 256 or (spec.id, items) == ("stencil3d_7pt", 512), (spec.id, items)


def _row(kernel, size, device, dtype, total, host=""):
    return {"kernel": kernel, "origin": "suite", "class": "streaming", "size": size, "global_size": str(size),
            "local_size": "64", "device": device, "device_type": dtype, "status": "ok", "reason": "",
            "transfer_bytes": "0", "total_ms": str(total), "wall_ms": str(total), "host_ms": str(host),
            "runtime": device.split(":")[1]}


def test_labels_pair_every_cpu_runtime_with_the_gpu_and_prefer_host_ms(tmp_path):
    pocl, intel, gpu = "CPU:PoCL:epyc", "CPU:Intel(R) OpenCL:epyc", "GPU:NVIDIA CUDA:H100"
    rows = []
    for size, p, i, g in ((256, 0.05, 0.02, 0.04), (65536, 0.3, 0.5, 0.1)):
        # total_ms (events) says the GPU always wins; host_ms decides.
        rows += [_row("k", size, pocl, "CPU", 9, p), _row("k", size, intel, "CPU", 9, i),
                 _row("k", size, gpu, "GPU", 1, g)]
    pairs = ds.runtime_labels(rows)
    assert [(c["device"], c["size"]) for c, _ in pairs] == [(pocl, 256), (intel, 256), (pocl, 65536), (intel, 65536)]
    assert ds.runtime_ms(rows[0]) == 0.05 and ds.runtime_ms({"total_ms": "2", "host_ms": ""}) == 2.0
    n = ds.write_labels(tmp_path / "l.csv", rows, {"k": "__kernel void k() {}"})
    with open(tmp_path / "l.csv", newline="") as f:
        oracle = [t["oracle"] for t in csv.DictReader(f)]
    assert n == 4 and oracle == ["GPU", "CPU", "GPU", "GPU"]
    table = "\n".join(device_table(rows))
    assert f"| {intel} | 2 / 2 | 2 | 1 | 1 |" in table and f"| {pocl} | 2 / 2 | 2 | 0 | 2 |" in table
    assert any(f"measured on {intel} and a GPU): 2; GPU faster in 1, CPU in 1" in s for s in summary_lines(rows))


# ---- end to end on PoCL -------------------------------------------------------------------------

def _pocl():
    cl = pytest.importorskip("pyopencl")
    from throttllem.devmap.profiler.execute import list_devices

    if not any(d.type & cl.device_type.CPU for d in list_devices()):
        pytest.skip("no OpenCL CPU device (install pocl-opencl-icd)")


def _config(tmp_path, specs, name, **kw):
    from throttllem.devmap.profiler import RunConfig

    return RunConfig(out=tmp_path / name, specs=specs, devices="cpu", timeout_s=20, progress=False,
                     **{"protocol": "host", "until_ms": 1.0, **kw})


def _vadd(tmp_path):
    return _manifest(tmp_path, [{"id": "good_vadd", "class": "streaming", "sweep": "s", "local": ["64"]}],
                     adaptive={"s": {"start": 64, "factor": 4}})


def test_a_host_sweep_grows_until_the_slowest_device_reaches_until_ms(tmp_path):
    _pocl()
    from throttllem.devmap.profiler import read_rows, run_suite

    res = run_suite(_config(tmp_path, _vadd(tmp_path), "h", until_ms=1.0))
    rows = read_rows(res.csv_path)
    assert rows and all(r["status"] == "ok" for r in rows)
    sizes = [int(r["size"]) for r in rows]
    grown = next((k for k in range(1, len(sizes)) if sizes[k] != 4 * sizes[k - 1]), len(sizes))
    assert sizes[:grown] == [64 * 4 ** k for k in range(grown)]
    hosts = [float(r["host_ms"]) for r in rows[:grown]]
    assert hosts[-1] >= 1.0 and all(h < 1.0 for h in hosts[:-1])
    # Then midpoints (2x the size below) up to MIN_SIZES, largest gaps first.
    assert sizes[grown:] == refinements(sizes[:grown])
    assert len(sizes) == min(MIN_SIZES, 2 * grown - 1)
    for r in rows:
        assert float(r["host_ms_min"]) <= float(r["host_ms"]) <= float(r["host_ms_max"])
        assert r["zero_copy"] == "1" and r["runtime"] == "Portable Computing Language"
        assert float(r["build_ms"]) > 0 and float(r["first_run_ms"]) > 0 and 1 <= int(r["runs"]) <= 15
        assert float(r["h2d_ms"]) == 0  # zero-copy: nothing uploaded in a timed run
    meta = json.loads(res.json_path.read_text())
    assert meta["settings"]["protocol"] == "host" and meta["complete"] is True and res.left_for_later == 0
    with pytest.raises(InvalidArgumentError, match="--protocol host"):  # the events protocol cannot resume it
        run_suite(_config(tmp_path, _vadd(tmp_path), "h", protocol="events"))


def test_copy_path_memory_cap_and_resume_after_a_kill(tmp_path):
    _pocl()
    from throttllem.devmap.profiler import read_rows, run_suite

    specs = _vadd(tmp_path)
    # Copy path on the CPU too; 64 KiB cap: 64..16384 floats fit, 65536 (256 KiB) is the capped size;
    # then 3 midpoints bring the 5 timed sizes up to MIN_SIZES.
    res = run_suite(_config(tmp_path, specs, "cap", until_ms=1e9, zero_copy=False, max_buffer_mib=1 / 16))
    rows = read_rows(res.csv_path)
    assert [(r["size"], r["status"], r["reason"]) for r in rows] == [
        ("64", "ok", ""), ("256", "ok", ""), ("1024", "ok", ""), ("4096", "ok", ""), ("16384", "ok", ""),
        ("65536", "skipped", "memory_cap"), ("8192", "ok", ""), ("2048", "ok", ""), ("512", "ok", "")]
    ok = [r for r in rows if r["status"] == "ok"]
    assert all(r["zero_copy"] == "0" and float(r["h2d_ms"]) > 0 for r in ok)
    # c is written, never read: found by running, and not uploaded in the timed runs.
    assert all("output-only, not uploaded in timed runs: 'c'" in r["detail"] for r in ok)
    assert "exceeds the cap of 65536 B" in rows[5]["detail"]
    # A kill after three rows: the rerun measures only what is missing, no row twice.
    with open(res.csv_path, newline="") as f:
        lines = f.readlines()
    res.csv_path.write_text("".join(lines[:4]))
    again = run_suite(_config(tmp_path, specs, "cap", until_ms=1e9, zero_copy=False, max_buffer_mib=1 / 16))
    assert again.already_present == 3 and again.measured_now == 6
    assert [r["size"] for r in read_rows(res.csv_path)] == [r["size"] for r in rows]


def test_several_launches_per_run_reuse_the_buffers(tmp_path):
    _pocl()
    from throttllem.devmap.profiler import read_rows, run_suite

    specs = _manifest(tmp_path, [{"id": "scale_inplace", "class": "streaming", "sweep": "s", "local": ["64"],
                                  "launches": 4}], adaptive={"s": {"start": 256, "factor": 4}})
    (row, *_) = read_rows(run_suite(_config(tmp_path, specs, "multi", until_ms=0.01)).csv_path)
    assert row["status"] == "ok", row["detail"]
    # In place, the copy path: x is read, so it is uploaded in every timed run.
    (row, *_) = read_rows(run_suite(_config(tmp_path, specs, "multi-copy", until_ms=0.01, zero_copy=False)).csv_path)
    assert row["status"] == "ok" and "output-only" not in row["detail"] and float(row["h2d_ms"]) > 0


def test_the_command_runs_the_host_protocol(tmp_path, capsys):
    _pocl()
    from throttllem.cli import main

    out = tmp_path / "cmd"
    assert main(["clprofile", "--out", str(out), "--protocol", "host", "--list", "--kernels", "vadd,matmul_naive"]) == 0
    assert capsys.readouterr().out.splitlines() == ["vadd\tstreaming\tfrom 256 x4", "matmul_naive\tmatmul\tfrom 16 x2"]
    assert main(["clprofile", "--out", str(out), "--protocol", "host", "--kernels", "vadd", "--until-ms", "0.5",
                 "--devices", "cpu", "--no-progress"]) == 0
    text = capsys.readouterr().out
    assert "0 kernels left for a rerun" in text
    rows = ds.read_rows(tmp_path / "cmd.csv")
    assert int(rows[0]["size"]) <= 256 and rows[0]["host_ms"]
    from cli_errors import fails

    for flag in ("--until-ms", "--max-buffer-mib"):
        fails(["clprofile", "--out", str(tmp_path / "bad"), "--protocol", "host", flag, "0"], capsys,
              InvalidArgumentError, "--until-ms and --max-buffer-mib must be positive")
    # An events dataset is not resumed by the host protocol (nor the reverse).
    assert main(["clprofile", "--out", str(tmp_path / "ev"), "--kernels", "vadd", "--max-sizes", "1",
                 "--devices", "cpu", "--no-progress"]) == 0
    fails(["clprofile", "--out", str(tmp_path / "ev"), "--protocol", "host", "--kernels", "vadd"], capsys,
          InvalidArgumentError, "measured with --protocol events")


@pytest.mark.skipif(not os.environ.get("THROTTLLEM_INTEL_RT"),
                    reason="THROTTLLEM_INTEL_RT (an unpacked Intel CPU OpenCL runtime: scripts/intel_cpu_runtime.sh) "
                           "is not set")
def test_pocl_and_the_intel_cpu_runtime_are_both_profiled(tmp_path):
    _pocl()
    rt = Path(os.environ["THROTTLLEM_INTEL_RT"])
    if not (rt / "vendors").is_dir() or not (rt / "lib" / "libintelocl.so").exists():
        pytest.skip(f"{rt} has no vendors/ and lib/libintelocl.so (run scripts/intel_cpu_runtime.sh {rt})")
    env = {**os.environ, "OCL_ICD_VENDORS": str(rt / "vendors"),
           "LD_LIBRARY_PATH": f"{rt / 'lib'}:{os.environ.get('LD_LIBRARY_PATH', '')}"}
    out = tmp_path / "two"
    subprocess.run([sys.executable, "-m", "throttllem.cli", "clprofile", "--out", str(out), "--protocol", "host",
                    "--kernels", "vadd", "--until-ms", "0.5", "--devices", "cpu", "--no-progress"],
                   env=env, check=True, capture_output=True, timeout=300)
    rows = ds.read_rows(tmp_path / "two.csv")
    assert {r["runtime"] for r in rows} == {"Portable Computing Language", "Intel(R) OpenCL"}
    assert all(r["status"] == "ok" for r in rows)
    # Both devices ran every size (one size is finished everywhere before the next starts).
    sizes = {rt: [r["size"] for r in rows if r["runtime"] == rt] for rt in {r["runtime"] for r in rows}}
    assert len(set(map(tuple, sizes.values()))) == 1


SUITE = load_manifest(Path(__file__).resolve().parents[2] / "kernels/opencl/manifest.json")


@pytest.fixture(scope="module")
def cpu_session():
    _pocl()
    import pyopencl as cl

    from throttllem.devmap.profiler.execute import DeviceSession, list_devices

    return DeviceSession(next(d for d in list_devices() if d.type & cl.device_type.CPU))


@pytest.mark.parametrize("zero_copy", [True, False], ids=["zero_copy", "copy"])
@pytest.mark.parametrize("spec", SUITE, ids=lambda s: s.id)
def test_every_suite_kernel_passes_the_host_check_at_its_first_size(cpu_session, spec, zero_copy):
    """In process, zero-copy and on the copy path (a GPU's), with the entry's launches per run
    (the events protocol's check of every kernel is in test_clprofile_suite.py)."""
    import numpy as np

    from throttllem.devmap.profiler.hostrun import measure_host
    from throttllem.devmap.profiler.payload import make_payload, payload_seed

    session = cpu_session
    built = session.build(spec.source, spec.kernel_name, list(spec.options))
    launch = spec.launch(spec.adaptive_sizes(1)[0])
    pa, pb = (make_payload(built.args, launch, np.random.default_rng(payload_seed(spec.id, launch.size, 204, v)))
              for v in (0, 1))
    result = measure_host(session, built, launch, pa, pb, zero_copy=zero_copy, launches=spec.launches)
    assert result["status"] == "ok", result
    assert result["host_ms"] > 0 and result["zero_copy"] == int(zero_copy) and 3 <= result["runs"] <= 15
