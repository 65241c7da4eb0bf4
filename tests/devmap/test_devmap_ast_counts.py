"""DevMap's six Grewe counts from clang's AST (throttllem.devmap.ir.ast_counts) and their
agreement with the table (throttllem.devmap.evaluation.count_agreement)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from throttllem.devmap.evaluation.count_agreement import agreement, spearman
from throttllem.devmap.ir import ast_counts as ac

clang = pytest.mark.skipif(shutil.which("clang") is None, reason="clang not installed (apt-get install clang)")

# Counted by hand with the extractor's rules (module docstring of ir.ast_counts):
# H: comp 1 (*), mem 1 (p), coalesced 1 (p[i]).
# A: comp 4 (i*n, +1, + sqrt, + H) + 15 (sqrt) + 1 (H) + 1 (i + 1) = 21; rational 1 (i < n);
#    mem: a b b a (+ H's 1) t s t a a = 10 (k is __constant: not counted); localmem t[i] s[0]
#    t[i+1] = 3; coalesced a[i], b[i*n+1] (a literal 1 operand), b[i], H's p[i], a[i] = 5;
#    atomic 1; `+=` and `=` count nothing.
KERNELS = """
float H(__global float* p, int i) { return p[i] * 2.0f; }
__kernel void A(__global float* a, __global const float* b, __local float* t, __constant float* k, int n) {
  int i = get_global_id(0);
  __local float s[4];
  if (i < n) {
    a[i] = b[i * n + 1] + sqrt(b[i]) + H(a, i);
    t[i] = k[0];
    s[0] = t[i + 1];
    atomic_add((__global int*)a, 1);
    a[i] += 1.0f;
  }
}
__kernel void B(__global const double* a, __global double* g) {
  __global double (*m)[2 * 3 + 1] = (__global double (*)[2 * 3 + 1])a;
  g[0] = m[1][2] + a[get_global_id(0)] + a[a[0] > 1 ? 1 : 0] + g[get_global_id(0) * 2];
}
"""


@clang
def test_counts_follow_the_extractor_definitions(tmp_path, monkeypatch):
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    ac.ast_counts.cache_clear()
    counts = ac.ast_counts(KERNELS)
    assert set(counts) == {"A", "B"}  # H is a helper, not a kernel
    assert counts["A"] == {"ast_comp": 21, "ast_rational": 1, "ast_mem": 10, "ast_localmem": 3,
                           "ast_coalesced": 5, "ast_atomic": 1}
    # B: the written sizes [2 * 3 + 1] of the declaration and of the cast: 4 computations, plus
    # three `+` and one `*` in the statement; `>` is a comparison. Subscripts of global memory:
    # g[0], m[1] (m's type is __global), a[a[0] > 1 ? 1 : 0] (a ternary: assumed coalesced) and
    # a[0] are coalesced; a[get_global_id(0)] (a call) and g[id * 2] (stride 2) are not.
    assert counts["B"] == {"ast_comp": 8, "ast_rational": 1, "ast_mem": 6, "ast_localmem": 0,
                           "ast_coalesced": 4, "ast_atomic": 0}
    assert ac.kernel_ast_counts(KERNELS, "B") == (8.0, 1.0, 6.0, 0.0, 4.0, 0.0)
    assert ac.kernel_ast_counts(KERNELS) == ac.kernel_ast_counts(KERNELS, "A")  # the first kernel
    assert ac.kernel_ast_counts(KERNELS, "missing") is None
    # cached on disk: a fresh process reads the same counts without clang
    files = list((tmp_path / "devmap-ir").glob("ast-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["A"]["ast_mem"] == 10
    ac.ast_counts.cache_clear()
    monkeypatch.setattr(ac.subprocess, "run", lambda *a, **k: pytest.fail("clang ran despite the cache"))
    assert ac.ast_counts(KERNELS)["B"]["ast_comp"] == 8
    ac.ast_counts.cache_clear()


@clang
def test_broken_source_keeps_what_parsed(tmp_path, monkeypatch):
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    ac.ast_counts.cache_clear()
    # B(...) is a helper DevMap's table dropped: clang recovers, the rest still counts
    src = "__kernel void A(__global float* a) { a[0] = B(a[1]) + a[2] * 3.0f; }"
    assert ac.kernel_ast_counts(src) == (2.0, 0.0, 3.0, 0.0, 3.0, 0.0)
    assert ac.ast_counts("not OpenCL at all {") == {}
    ac.ast_counts.cache_clear()


def test_spearman_and_agreement_on_a_fixed_table(devmap_sample_dir):
    from throttllem.devmap.data.dataset import COUNT_COLUMNS, load_platform

    assert spearman(np.array([1, 2, 2, 5]), np.array([10, 20, 20, 21])) == pytest.approx(1.0)
    assert spearman(np.array([1, 2, 3]), np.array([3, 2, 1])) == pytest.approx(-1.0)
    assert np.isnan(spearman(np.array([1, 1, 1]), np.array([1, 2, 3])))
    data = load_platform("amd", devmap_sample_dir)
    exact = {s: tuple(float(data.counts[c][data.src.index(s)]) for c in COUNT_COLUMNS) for s in set(data.src)}
    first = sorted(exact)[0]
    rows = agreement(data, lambda s: None if s == first else exact[s])
    assert [a.count for a in rows] == list(COUNT_COLUMNS)
    assert all(a.exact == 1.0 and a.rows == len(data) - data.src.count(first) for a in rows)
    doubled = agreement(data, lambda s: tuple(2 * v + 1 for v in exact[s]))
    assert all(a.exact < 1.0 for a in doubled if a.count != "atomic")
    assert all(a.spearman == pytest.approx(1.0) for a in doubled if not np.isnan(a.spearman))


@clang
def test_gbdt_ir_reads_the_counts_it_is_told(amd_sample, tmp_path, monkeypatch):
    from throttllem.devmap.models import create
    from throttllem.devmap.models.launch import table_launches
    from throttllem.errors import InvalidArgumentError

    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    launch = table_launches(amd_sample)[0]
    counts = ac.kernel_ast_counts(launch.source)
    for name in ("gbdt-ir", "gbdt-ir-plus"):
        model = create(name, counts="ast")
        row = dict(zip(model.feature_names, model.row(launch)))
        assert tuple(row[n] for n in ("ir_comp", "ir_rational", "ir_mem", "ir_localmem", "ir_coalesced",
                                      "ir_atomic")) == counts
        assert len(model.row(launch)) == len(model.feature_names)
    with pytest.raises(InvalidArgumentError, match="counts must be one of ir, ast"):
        create("gbdt-ir", counts="llvm")
