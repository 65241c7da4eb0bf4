"""The OpenCL profiler end to end on this machine's PoCL CPU device: planted kernels that must be
rejected (each with its reason), a kernel that hangs, one that crashes its process, one that does
not compile, one the payload rules cannot drive, and a good kernel whose timings are checked.
"""

from __future__ import annotations

import json
import time

import pytest

cl = pytest.importorskip("pyopencl")

from throttllem.devmap.profiler import RunConfig, load_manifest, read_rows, run_suite
from throttllem.devmap.profiler.execute import list_devices
from throttllem.errors import InvalidArgumentError

from cli_errors import fails

if not any(d.type & cl.device_type.CPU for d in list_devices()):
    pytest.skip("no OpenCL CPU device (install pocl-opencl-icd)", allow_module_level=True)

SIZE = 65536  # large enough that PoCL's threads race in the nondeterministic kernel
TIMEOUT_S = 6.0

PLANTED = {
    "good_vadd": """
__kernel void good_vadd(__global const float* a, __global const float* b, __global float* c, const int n) {
  int i = get_global_id(0);
  if (i < n) c[i] = a[i] + b[i];
}""",
    # Work-items take tickets from a shared counter after uneven work: the order differs per run.
    "racy_ticket": """
__kernel void racy_ticket(__global int* out, __global int* counter, const int n) {
  int i = get_global_id(0);
  float x = i;
  for (int k = 0; k < 2000; ++k) x = x * 0.999f + 1.0f;
  if (x > -1.0f) { int t = atomic_inc(&counter[0]); out[t % n] = i; }
}""",
    "writes_ids": """
__kernel void writes_ids(__global const float* a, __global float* c, const int n) {
  int i = get_global_id(0);
  if (i < n) c[i] = 0.5f * (float)i;
}""",
    "reads_only": """
__kernel void reads_only(__global const float* a, __global const float* b, const int n) {
  int i = get_global_id(0);
  float x = a[i] * b[i];
  (void)x;
}""",
    "never_writes": """
__kernel void never_writes(__global float* a, __global const float* b, const int n) {
  int i = get_global_id(0);
  if (b[i] > 2.0f) a[i] = b[i];  /* inputs are in [0, 1): never taken */
}""",
    "off_by_one": """
__kernel void off_by_one(__global const float* a, __global float* c, const int n) {
  int i = get_global_id(0);
  if (i < n) c[i + 1] = a[i];  /* c[n] is one past the end */
}""",
    "spins_forever": """
__kernel void spins_forever(__global float* c, const int n) {
  int i = get_global_id(0);
  while (c[i] < 2.0f) { c[i] = c[i] * 0.5f; }
}""",
    "segfaults": """
__kernel void segfaults(__global float* c, const int n) {
  c[get_global_id(0) + 0x7fffffff] = 1.0f;
}""",
    "no_compile": """
__kernel void no_compile(__global float* c, const int n) {
  c[get_global_id(0)] = undeclared_thing + 1.0f;
}""",
    "struct_arg": """
typedef struct { float x; int tag; } Particle;
__kernel void struct_arg(__global Particle* p, const int n) {
  int i = get_global_id(0);
  if (i < n) p[i].x += (float)p[i].tag;
}""",
}


def _manifest(tmp_path, kernels, size=SIZE):
    for kid in kernels:
        (tmp_path / f"{kid}.cl").write_text(PLANTED[kid])
    doc = {"kernels": [{"id": k, "class": "streaming", "sizes": [size], "local": ["64"]} for k in kernels]}
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(doc))
    return load_manifest(path)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """One run over every planted kernel: (rows by kernel id, RunResult, seconds taken, config)."""
    tmp = tmp_path_factory.mktemp("planted")
    config = RunConfig(out=tmp / "out" / "planted", specs=_manifest(tmp, list(PLANTED)), devices="cpu",
                       timeout_s=TIMEOUT_S, progress=False)
    t0 = time.monotonic()
    result = run_suite(config)
    took = time.monotonic() - t0
    rows = {r["kernel"]: r for r in read_rows(result.csv_path)}
    return rows, result, took, config


@pytest.mark.parametrize("kernel, reason", [
    ("racy_ticket", "nondeterministic"),
    ("writes_ids", "input_insensitive"),
    ("reads_only", "writes_nothing"),
    ("never_writes", "output_equals_input"),
    ("off_by_one", "out_of_bounds"),
])
def test_planted_kernels_are_rejected_with_their_reason(planted, kernel, reason):
    row = planted[0][kernel]
    assert (row["status"], row["reason"]) == ("rejected", reason), row["detail"]
    assert row["total_ms"] == ""  # a rejected kernel is never timed


def test_a_kernel_that_loops_forever_is_killed_and_the_run_goes_on(planted):
    rows, result, took, _ = planted
    row = rows["spins_forever"]
    assert row["status"] == "timeout" and f"killed after {TIMEOUT_S:g} s" in row["detail"]
    # Every kernel got a row, and the hang cost about one timeout, not the run.
    assert set(rows) == set(PLANTED) and result.left_for_later == 0
    assert took < len(PLANTED) * 5 + 2 * TIMEOUT_S


def test_a_crashing_kernel_is_reported_not_fatal(planted):
    row = planted[0]["segfaults"]
    assert row["status"] == "crash" and "SIGSEGV" in row["detail"]


def test_a_compile_failure_is_reported_with_the_compiler_log(planted):
    row = planted[0]["no_compile"]
    assert row["status"] == "compile_error"
    assert "undeclared_thing" in row["detail"] and "BUILD_PROGRAM_FAILURE" in row["detail"]


def test_an_out_of_bounds_write_names_the_buffer(planted):
    assert "'c'" in planted[0]["off_by_one"]["detail"]


def test_struct_arguments_are_undrivable_with_a_reason(planted):
    row = planted[0]["struct_arg"]
    assert row["status"] == "undrivable" and "'p'" in row["detail"] and "Particle" in row["detail"]


def test_a_good_kernel_is_timed(planted):
    row = planted[0]["good_vadd"]
    assert row["status"] == "ok", row["detail"]
    h2d, kern, d2h, total = (float(row[k]) for k in ("h2d_ms", "kernel_ms", "d2h_ms", "total_ms"))
    assert min(h2d, kern, d2h) > 0 and int(row["runs"]) >= 5
    assert float(row["total_ms_min"]) <= total <= float(row["total_ms_max"])
    assert int(row["transfer_bytes"]) == 4 * SIZE * 4  # a, b, c uploaded; c read back
    assert row["global_size"] == str(SIZE) and row["local_size"] == "64" and row["device_type"] == "CPU"


def test_the_metadata_says_measured_and_names_the_device(planted):
    _, result, _, _ = planted
    meta = json.loads(result.json_path.read_text())
    assert meta["measured"] is True and meta["complete"] is True and meta["rows"] == len(PLANTED)
    dev = meta["devices"][0]
    assert dev["type"] == "CPU" and dev["driver_version"] and dev["platform"] and meta["pyopencl"]
    assert meta["status_counts"]["rejected"] == 5 and set(meta["kernels"]) == set(PLANTED)


def test_a_rerun_resumes_and_a_changed_kernel_is_measured_again(planted):
    config = planted[3]
    again = run_suite(RunConfig(out=config.out, specs=config.specs, devices="cpu", timeout_s=TIMEOUT_S,
                                progress=False))
    assert again.measured_now == 0 and again.already_present == len(PLANTED)
    # Editing a kernel's source invalidates its rows only.
    from dataclasses import replace

    specs = [replace(s, source=s.source + "\n// edited\n") if s.id == "good_vadd" else s for s in config.specs]
    edited = run_suite(RunConfig(out=config.out, specs=specs, devices="cpu", timeout_s=TIMEOUT_S,
                                 progress=False))
    assert edited.measured_now == 1 and edited.already_present == len(PLANTED) - 1


def test_good_kernel_timings_are_stable_across_runs(tmp_path):
    specs = _manifest(tmp_path, ["good_vadd"], size=1 << 20)  # ~ms per run: above timer and wake-up jitter
    medians = []
    for k in range(2):
        res = run_suite(RunConfig(out=tmp_path / f"r{k}", specs=specs, devices="cpu", runs=7, progress=False))
        (row,) = read_rows(res.csv_path)
        assert row["status"] == "ok"
        medians.append(float(row["total_ms"]))
        # Within one measurement most timed runs sit near the fastest: the median within 3x of the
        # minimum. (Not the maximum: on a 2-core VM one preempted run of seven took 20x the
        # fastest, 30.4 vs 1.52 ms, in a CI run with nothing else running.)
        assert float(row["total_ms_min"]) <= float(row["total_ms"]) < 3 * float(row["total_ms_min"])
        assert float(row["total_ms"]) <= float(row["total_ms_max"])
    assert max(medians) < 3 * min(medians), medians


def test_the_command_lists_and_runs_suite_kernels(tmp_path, capsys):
    from throttllem.cli import main

    assert main(["clprofile", "--out", str(tmp_path / "x"), "--list", "--kernels", "vadd,matmul"]) == 0
    # "vadd" is an id (exact); "matmul" is not (substring).
    listed = capsys.readouterr().out.splitlines()
    assert {line.split("\t")[0] for line in listed} == {"vadd", "matmul_naive", "matmul_tiled", "matmul_bt"}
    out = tmp_path / "cmd"
    assert main(["clprofile", "--out", str(out), "--kernels", "vadd", "--max-sizes", "2", "--devices", "cpu",
                 "--no-progress"]) == 0
    text = capsys.readouterr().out
    assert "2 rows measured now" in text and ": ok 2" in text
    # One kind of device: the run says why its labels file holds no label.
    assert "no labels in" in text and "needs the same launch measured on a CPU and a GPU" in text
    assert [r["size"] for r in read_rows(tmp_path / "cmd.csv")] == ["1024", "4096"]
    fails(["clprofile", "--out", str(out), "--runs", "3"], capsys, InvalidArgumentError, "--runs")  # fewer than 5


def test_larger_sizes_are_skipped_once_a_device_is_too_slow(tmp_path):
    (tmp_path / "good_vadd.cl").write_text(PLANTED["good_vadd"])
    (tmp_path / "manifest.json").write_text(json.dumps({"kernels": [
        {"id": "good_vadd", "class": "streaming", "sizes": [1024, 4096, 16384], "local": ["64"]}]}))
    res = run_suite(RunConfig(out=tmp_path / "slow", specs=load_manifest(tmp_path / "manifest.json"),
                              devices="cpu", slow_run_s=1e-9, progress=False))
    rows = read_rows(res.csv_path)
    assert [(r["size"], r["status"], r["reason"]) for r in rows] == [
        ("1024", "ok", ""), ("4096", "skipped", "slow"), ("16384", "skipped", "slow")]
    assert "size 1024 took" in rows[1]["detail"]
