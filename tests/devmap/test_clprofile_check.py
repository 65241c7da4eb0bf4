"""The OpenCL profiler's pure parts: the dynamic check, payload rules, argument parsing, dataset.

No OpenCL device is needed here (tests/test_clprofile_runner.py drives PoCL).
"""

from __future__ import annotations

import csv

import numpy as np
import pytest

from throttllem.devmap.profiler.args import KernelArg, Undrivable, parse_signature, split_type
from throttllem.devmap.profiler.check import changed, compare_runs
from throttllem.devmap.profiler.dataset import COLUMNS, DatasetWriter, dataset_paths, labels, read_rows
from throttllem.devmap.profiler.payload import eval_size, make_launch, make_payload


def _arg(i, name, address, type_name, const=False):
    base, width, ptr = split_type(type_name)
    return KernelArg(i, name, address, type_name, const, base, width, ptr)


def _check(a_in, a1, a2, b_in, b1, b2, **kw):
    return compare_runs([a_in], [a1], [a2], [b_in], [b1], [b2], names=["out"], **kw)


RNG = np.random.default_rng(0)
A_IN, B_IN = RNG.random(100, dtype=np.float32), RNG.random(100, dtype=np.float32)


def test_a_kernel_whose_output_follows_its_input_passes():
    v = _check(A_IN, A_IN * 2, A_IN * 2, B_IN, B_IN * 2, B_IN * 2)
    assert v.passed and v.reason is None and "100 elements written" in v.detail


def test_no_writable_buffer_is_writes_nothing():
    v = compare_runs([], [], [], [], [], [], names=[])
    assert v.reason == "writes_nothing"


def test_unchanged_buffers_are_output_equals_input():
    v = _check(A_IN, A_IN.copy(), A_IN.copy(), B_IN, B_IN.copy(), B_IN.copy())
    assert v.reason == "output_equals_input" and "'out'" in v.detail


def test_output_independent_of_input_is_input_insensitive():
    ids = np.arange(100, dtype=np.float32)
    v = _check(A_IN, ids, ids, B_IN, ids, ids)
    assert v.reason == "input_insensitive"


def test_unwritten_elements_do_not_make_a_constant_writer_look_input_sensitive():
    # Only the first half is written (with constants); the rest keeps A's resp. B's random contents.
    a_out, b_out = A_IN.copy(), B_IN.copy()
    a_out[:50] = 7.0
    b_out[:50] = 7.0
    assert _check(A_IN, a_out, a_out, B_IN, b_out, b_out).reason == "input_insensitive"


def test_differing_repeats_are_nondeterministic_and_tolerance_applies():
    noisy = A_IN * 2 + 1e-7  # below rtol=1e-5: the same result
    assert _check(A_IN, A_IN * 2, noisy, B_IN, B_IN * 2, B_IN * 2).passed
    racy = A_IN * 2
    racy = racy.copy()
    racy[3] += 0.5
    v = _check(A_IN, A_IN * 2, racy, B_IN, B_IN * 2, B_IN * 2)
    assert v.reason == "nondeterministic" and "payload A" in v.detail and "1 elements differ" in v.detail
    v = _check(A_IN, A_IN * 2, A_IN * 2, B_IN, B_IN * 2, racy)
    assert v.reason == "nondeterministic" and "payload B" in v.detail


def test_integer_outputs_compare_exactly_and_nan_is_stable():
    a = np.arange(10, dtype=np.int32)
    assert _check(a, a + 1, a + 2, a, a + 1, a + 1).reason == "nondeterministic"
    nan_out = np.full(100, np.nan, np.float32)
    # NaN both times is deterministic; NaN for both payloads is input-insensitive.
    assert _check(A_IN, nan_out, nan_out.copy(), B_IN, nan_out, nan_out.copy()).reason == "input_insensitive"
    assert not changed(nan_out, nan_out.copy()).any()


def test_size_expressions():
    assert eval_size("n*n", 8) == 64 and eval_size("n//4 + 1", 16) == 5 and eval_size(9, 100) == 9
    for bad in ("__import__('os')", "m * 2", "n / 2", "len(n)"):
        with pytest.raises(ValueError):
            eval_size(bad, 4)


def test_launch_checks_the_local_size_divides():
    assert make_launch(64, ["n", "n"], ["16", "16"]).global_items == 4096
    with pytest.raises(ValueError, match="does not divide"):
        make_launch(100, ["n"], ["64"])
    assert make_launch(1024, ["n//4"], ["64"], {"in": "n"}, "n").problem_size == 1024


def test_payload_rules():
    args = [_arg(0, "x", "global", "float*", const=True), _arg(1, "idx", "global", "uint*"),
            _arg(2, "v", "global", "float4*"), _arg(3, "tmp", "local", "float*"),
            _arg(4, "n", "private", "int"), _arg(5, "alpha", "private", "float"), _arg(6, "w", "constant", "float*")]
    launch = make_launch(1000, ["n"], ["8"], {"w": 9})
    p = make_payload(args, launch, np.random.default_rng(1))
    x, idx, v, tmp, n, alpha, w = p.values
    assert x.dtype == np.float32 and x.size == 1000 and 0 <= x.min() and x.max() < 1
    assert idx.dtype == np.uint32 and idx.size == 1000 and idx.max() < 1000  # index arrays stay in range
    assert v.size == 4000 and tmp == 8 * 4 and int(n) == 1000 and isinstance(n, np.int32)
    assert isinstance(alpha, np.float32) and 0 <= alpha < 1 and w.size == 9
    # H2D: every buffer; D2H: the writable ones (idx, v).
    assert p.h2d_bytes() == 4000 + 4000 + 16000 + 36 and p.d2h_bytes() == 4000 + 16000
    same = make_payload(args, launch, np.random.default_rng(1))
    other = make_payload(args, launch, np.random.default_rng(2))
    assert np.array_equal(same.values[0], x) and not np.array_equal(other.values[0], x)
    assert int(other.values[4]) == 1000  # integer scalars are the problem size for every payload


def test_payload_rejects_types_without_a_rule():
    launch = make_launch(64, ["n"])
    with pytest.raises(Undrivable, match="'s'.*struct"):
        make_payload([_arg(0, "s", "global", "Particle*")], launch, np.random.default_rng(0))
    with pytest.raises(Undrivable, match="image"):
        make_payload([_arg(0, "img", "global", "image2d_t")], launch, np.random.default_rng(0))
    with pytest.raises(Undrivable, match="work-group size"):
        make_payload([_arg(0, "t", "local", "float*")], launch, np.random.default_rng(0))


def test_types_and_signature_parsing():
    assert split_type("float4*") == ("float", 4, True)
    assert split_type("unsigned int") == ("uint", 1, False)
    assert split_type("MyStruct*") == ("MyStruct", 1, True)
    src = """
    // a comment mentioning __kernel void k(int nope)
    __kernel void other(__global int* a) { }
    __kernel __attribute__((reqd_work_group_size(64, 1, 1)))
    void k(__global const float* restrict a, __global float3 *b, __local int* t,
           const unsigned int n, __constant double* c, float s, __global __const int* q) { }
    """
    args = parse_signature(src, "k")
    assert [(a.name, a.address, a.base_type, a.vector_width, a.is_pointer, a.const) for a in args] == [
        ("a", "global", "float", 1, True, True), ("b", "global", "float", 3, True, False),
        ("t", "local", "int", 1, True, False), ("n", "private", "uint", 1, False, False),
        ("c", "constant", "double", 1, True, True), ("s", "private", "float", 1, False, False),
        ("q", "global", "int", 1, True, True)]
    assert args[1].elements_per_item == 4 and args[1].writable and not args[0].writable
    with pytest.raises(Undrivable):
        parse_signature(src, "missing")


def _row(kernel, size, dtype, status="ok", total=1.0):
    return {"kernel": kernel, "size": str(size), "device": f"{dtype}:x", "device_type": dtype, "status": status,
            "total_ms": str(total), "class": "streaming", "global_size": str(size), "local_size": "64",
            "transfer_bytes": "8"}


def test_labels_pair_cpu_and_gpu_rows_and_the_writer_resumes(tmp_path):
    rows = [_row("a", 1, "CPU", total=2.0), _row("a", 1, "GPU", total=1.0), _row("a", 2, "CPU"),
            _row("b", 1, "CPU", total=1.0), _row("b", 1, "GPU", "rejected")]
    pairs = labels(rows)
    assert [(c["kernel"], c["size"]) for c, _ in pairs] == [("a", "1")]
    csv_path, json_path, labels_path = dataset_paths(tmp_path / "ds.csv")
    assert json_path.name == "ds.json" and labels_path.name == "ds.labels.csv"
    with DatasetWriter(csv_path, []) as w:
        for r in rows:
            w.write(r)
    with open(csv_path, "a") as f:
        f.write("c,suite,streaming,4")  # a torn last line from an interrupted run
    back = read_rows(csv_path)
    assert len(back) == len(rows) and set(back[0]) == set(COLUMNS)
    with open(csv_path, newline="") as f:
        assert next(csv.reader(f)) == list(COLUMNS)


def test_label_table_and_report_from_a_cpu_and_gpu_dataset(tmp_path):
    from throttllem.devmap.profiler.dataset import write_labels, write_metadata
    from throttllem.devmap.profiler.report import report

    rows = []
    for size, cpu_ms, gpu_ms in ((1024, 0.01, 0.05), (65536, 0.4, 0.2), (1 << 20, 8.0, 1.0)):
        rows += [_row("vadd", size, "CPU", total=cpu_ms), _row("vadd", size, "GPU", total=gpu_ms)]
    rows.append(_row("loop", 1024, "CPU", "timeout"))
    rows[-1]["reason"] = "timeout"
    csv_path, json_path, labels_path = dataset_paths(tmp_path / "ds")
    with DatasetWriter(csv_path, []) as w:
        for r in rows:
            w.write(r)
    write_metadata(json_path, {"measured": True, "complete": True, "devices": []})
    assert write_labels(labels_path, read_rows(csv_path), {"vadd": "__kernel void vadd() {}"}) == 3
    with open(labels_path, newline="") as f:
        table = list(csv.DictReader(f))
    assert [t["oracle"] for t in table] == ["CPU", "GPU", "GPU"]
    assert table[2]["runtime_cpu"] == "8" and table[2]["speedup_gpu"] == "8" and table[0]["src"].startswith("__kernel")
    text = report(tmp_path / "ds")
    assert "(measured)" in text and "GPU faster in 2, CPU in 1" in text
    assert "| vadd | streaming | 65536 |" in text and "timeout/timeout: loop" in text
    assert "always-CPU 8.4 ms, always-GPU 1.2 ms, oracle 1.2 ms" in text
