"""The static counter (DevMap's Grewe counts from source) on planted kernels with hand counts."""

from __future__ import annotations

import json

import pytest

from throttllem.devmap.data.dataset import COUNT_COLUMNS, load_csv
from throttllem.devmap.source.lexer import LexError
from throttllem.devmap.source.static_counts import StaticCounts, static_counts
from throttllem.devmap.source.static_parse import ParseError, parse

from conftest import REPO
from public_data import require

# Each line's contribution is counted by hand in the comment beside it.
PLANTED = """
#define T 16
#define SQ(x) ((x) * (x))
float helper(__global const float* p, int k) { return p[k] * 2.0f; }   // per call: comp 1, mem 1 (k uniform)
__kernel void planted(__global float* a, __global const float* b, __local float* tile,
                      __global int* hist, const int n) {
  int i = get_global_id(0), row = get_global_id(1), lid = get_local_id(0);
  __local float grid[T][T + 1];          /* sizes: not counted */
  float priv[4];
  priv[0] = b[i];                        // mem 1 coalesced 1 (private writes are registers)
  a[i] += b[2 * i];                      // comp 2; a: read+write 2 coalesced 2; b: 1, stride 2
  tile[lid] = b[row * n + i];            // comp 2; local 1; b: 1 coalesced (row uniform)
  grid[lid][0] = SQ(b[i + T]);           // comp 3 (* and two +); b: 2 coalesced; local 1
  barrier(CLK_LOCAL_MEM_FENCE);          // barriers 1
  if (lid < T && row != 0) a[i] = tile[lid] + grid[0][lid] + priv[0];  // branch; rational 2; comp 2; a 1 coal; local 2
  atomic_add(&hist[b[i] > 0.5f ? 1 : 0], 1);  // atomic 1; &hist[..] no access; b 1 coal; rational 1; branch (?:)
  a[clamp(i - 1, 0, n - 1)] = helper(b, i) + helper(b, i);  // a 1 coal (clamped); comp 4 + 2 helper; mem 2 helper
  a[i * n] = sqrt(b[i]);                 // a 1 (stride n); comp 2 (* and sqrt); b 1 coal
}
"""
PLANTED_COUNTS = StaticCounts(comp=17, rational=3, mem=18, localmem=4, coalesced=10, atomic=1, branches=2,
                              loops=0, barriers=1, math_calls=2)

WALK = """
__kernel void walk(__global const float4* in, __global float* out, __global float* q0, const int n) {
  int lid = get_local_id(0), size = get_local_size(0);
  __global float* q = out + get_group_id(0) * n;   // comp 2; q: a global pointer with a uniform base
  for (int k = lid; k < n; k += size)              // loop; rational 1; comp 1; k stays affine (stride 1)
    q[k] = vload4(k, (__global const float*)in).x; // q 1 coal; vload4 reads in: 1 coal
  int j = lid;
  j = j * j;                                       // comp 1; j is no longer affine
  out[j] = 1.0f;                                   // mem 1, not coalesced
  *q0 = 0.0f;                                      // mem 1, one address for all: not coalesced
  int m = 0;
  while (m < 4) { m++; }                           // loop; rational 1; comp 1
  do { vstore4((float4)(0.0f), lid, q0); } while (0);  // loop; vstore4 writes q0: 1 coal
}
"""
WALK_COUNTS = StaticCounts(comp=5, rational=2, mem=5, localmem=0, coalesced=3, atomic=0, branches=0, loops=3,
                           barriers=0, math_calls=0)


def test_planted_kernel_counts_match_hand_counts():
    assert static_counts(PLANTED) == PLANTED_COUNTS
    assert static_counts(PLANTED).devmap() == {c: getattr(PLANTED_COUNTS, c) for c in COUNT_COLUMNS}


def test_loops_pointers_vload_and_deref_match_hand_counts():
    assert static_counts(WALK) == WALK_COUNTS


def test_helpers_count_once_per_call_site():
    once = static_counts(PLANTED.replace("helper(b, i) + helper(b, i)", "helper(b, i) + 0.0f"))
    assert PLANTED_COUNTS.mem - once.mem == 1 and PLANTED_COUNTS.comp - once.comp == 1


@pytest.mark.parametrize("line, coalesced", [
    ("a[i] = 0;", 1),
    ("a[i + n * row] = 0;", 1),           # + a uniform offset
    ("a[2 * i] = 0;", 0),                 # stride 2
    ("a[i * n] = 0;", 0),                 # symbolic stride
    ("a[i / 2] = 0;", 0),                 # not affine
    ("a[lid + get_group_id(0) * get_local_size(0)] = 0;", 1),
    ("a[(i << 1) - i] = 0;", 1),          # 2i - i: constant folding of the coefficient
    ("a[row] = 0;", 0),                   # uniform along dimension 0: a broadcast, not coalesced
    ("a[b[i]] = 0;", 0),                  # data-dependent
    ("a[min(i, n - 1)] = 0;", 1),         # clamped at a uniform bound
])
def test_coalescing_is_unit_stride_in_dimension_0(line, coalesced):
    source = ("__kernel void k(__global int* a, __global const int* b, const int n) {\n"
              "  int i = get_global_id(0), row = get_global_id(1), lid = get_local_id(0);\n"
              f"  {line}\n}}\n")
    counts = static_counts(source)
    assert counts.coalesced - (1 if "b[i]" in line else 0) == coalesced


def test_a_component_write_through_memory_keeps_the_pointer_affine():
    source = ("__kernel void k(__global float4* a) {\n  int i = get_global_id(0);\n  float4 v = a[i];\n"
              "  v.x = 1.0f;\n  a[i].y = v.x;\n  a[i + 1] = v;\n}\n")
    assert static_counts(source) == StaticCounts(comp=1, mem=3, coalesced=3)


def test_kernel_is_chosen_by_name_and_defaults_to_the_first():
    source = ("__kernel void one(__global int* a) { a[0] = 1; }\n"
              "__kernel void two(__global int* a, __global const int* b) {\n"
              "  a[get_global_id(0)] = b[get_global_id(0)] + 1;\n}\n")
    assert static_counts(source).mem == 1 and static_counts(source, "one").mem == 1
    assert static_counts(source, "two") == StaticCounts(comp=1, mem=2, coalesced=2)
    with pytest.raises(ParseError, match="no __kernel 'three'"):
        static_counts(source, "three")


def test_unreadable_sources_raise_errors_naming_the_place():
    with pytest.raises(ParseError, match=r"line 2, column 3: goto and labels are not supported"):
        static_counts("__kernel void k(__global int* a) {\n  goto end;\n  end: a[0] = 1;\n}\n")
    with pytest.raises(ParseError, match="no __kernel function"):
        static_counts("float g(float x) { return x; }\n")
    with pytest.raises(ParseError, match=r"line 1, column \d+: expected"):
        static_counts("__kernel void k(__global int* a) { a[0] = ; }")
    with pytest.raises(LexError, match="unterminated comment"):
        static_counts("__kernel void k() { /* }")


def test_macros_attributes_and_pointer_to_array_declarators_parse():
    source = ("#define N 8\n#define TWICE(x) (2 * (x))\n#undef N\n#define N 4\n"
              "typedef float real;\n"
              "__kernel __attribute__((reqd_work_group_size(64, 1, 1)))\n"
              "void k(__global double* a, __global real* r) {\n"
              "  __global double (*m)[N] = (__global double (*)[N])a;\n"
              "  r[get_global_id(0)] = (real)TWICE(m[1][N - 1]);\n}\n")
    program = parse(source)
    assert program.kernel().name == "k"
    counts = static_counts(source)
    # TWICE: 1 comp, N - 1: 1 comp (N expanded to 4); m[1][..] is one global read; r is one coalesced write
    assert (counts.comp, counts.mem, counts.coalesced) == (2, 2, 1)


def test_every_suite_kernel_is_counted_with_consistent_counts():
    kernels = json.loads((REPO / "kernels" / "opencl" / "manifest.json").read_text())["kernels"]
    paths = sorted((REPO / "kernels" / "opencl").glob("*.cl"))
    assert len(paths) >= 40 and len(kernels) >= 40
    for path in paths:
        c = static_counts(path.read_text())
        assert c.mem >= 1, path.name  # every suite kernel writes global memory
        assert 0 <= c.localmem <= c.mem and 0 <= c.coalesced <= c.mem - c.localmem, path.name
    vadd = static_counts((REPO / "kernels" / "opencl" / "vadd.cl").read_text())
    assert vadd.devmap() == {"comp": 1, "rational": 1, "mem": 3, "localmem": 0, "coalesced": 3, "atomic": 0}
    hist = static_counts((REPO / "kernels" / "opencl" / "hist_local_atomic.cl").read_text())
    assert hist.atomic == 2 and hist.localmem == 2 and hist.barriers == 2


@pytest.mark.parametrize("kernel", ["nvidia-4.2-VectorAdd-VectorAdd", "shoc-1.1.5-Triad-Triad",
                                       "amd-app-sdk-3.0-BitonicSort-bitonicSort"])
def test_devmap_llvm_counts_are_reproduced_on_simple_kernels(kernel):
    """Where the IR cannot differ much from the source, DevMap's comp/rational/mem/localmem/atomic
    come out the same (its ``coalesced`` follows another definition: BitonicSort's 6 of 6)."""
    data = load_csv(require("devmap-amd"))
    row = data.benchmark.index(kernel)
    ours = static_counts(data.src[row]).devmap()
    for column in ("comp", "rational", "mem", "localmem", "atomic"):
        assert ours[column] == data.counts[column][row], column
