"""LLVM IR features (throttllem.devmap.ir): the IR reader on fixed text, and clang end to end."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from throttllem.devmap.ir.analysis import IR_FEATURES, kernel_features
from throttllem.devmap.ir.lanes import demangle
from throttllem.devmap.ir.parse import parse_module, split_top, type_bytes

# clang 14's -O1 IR of: a[i] += c[lid] * sqrt(b[j]) in a loop over j, b read at i*n+j, an atomic
# behind `if (i == 0)` (see KERNEL below); trimmed to the kernel's body.
IR = """
define dso_local spir_kernel void @A(float addrspace(1)* noundef %0, float addrspace(1)* noundef readonly %1, float addrspace(3)* noundef %2, i32 noundef %3) #0 !kernel_arg_addr_space !4 {
  %5 = call spir_func i64 @_Z13get_global_idj(i32 noundef 0) #4
  %6 = trunc i64 %5 to i32
  %7 = icmp sgt i32 %3, 0
  br i1 %7, label %8, label %12

8:                                                ; preds = %4
  %9 = mul nsw i32 %6, %3
  %10 = sext i32 %6 to i64
  %11 = getelementptr inbounds float, float addrspace(1)* %0, i64 %10
  br label %14

12:                                               ; preds = %14, %4
  %13 = icmp eq i32 %6, 0
  br i1 %13, label %31, label %34

14:                                               ; preds = %8, %14
  %15 = phi i32 [ 0, %8 ], [ %29, %14 ]
  %16 = add nsw i32 %15, %9
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds float, float addrspace(1)* %1, i64 %17
  %19 = load float, float addrspace(1)* %18, align 4, !tbaa !8
  %20 = call spir_func i64 @_Z12get_local_idj(i32 noundef 0) #4
  %21 = getelementptr inbounds float, float addrspace(3)* %2, i64 %20
  store float %19, float addrspace(3)* %21, align 4, !tbaa !8
  call spir_func void @_Z7barrierj(i32 noundef 1) #5
  %22 = load float, float addrspace(3)* %2, align 4, !tbaa !8
  %23 = zext i32 %15 to i64
  %24 = getelementptr inbounds float, float addrspace(1)* %1, i64 %23
  %25 = load float, float addrspace(1)* %24, align 4, !tbaa !8
  %26 = call spir_func float @_Z4sqrtf(float noundef %25) #4
  %27 = load float, float addrspace(1)* %11, align 4, !tbaa !8
  %28 = call float @llvm.fmuladd.f32(float %22, float %26, float %27)
  store float %28, float addrspace(1)* %11, align 4, !tbaa !8
  %29 = add nuw nsw i32 %15, 1
  %30 = icmp slt i32 %29, %3
  br i1 %30, label %14, label %12, !llvm.loop !12

31:                                               ; preds = %12
  %32 = bitcast float addrspace(1)* %0 to i32 addrspace(1)*
  %33 = call spir_func i32 @_Z10atomic_addPU3AS1Vii(i32 addrspace(1)* noundef %32, i32 noundef 1) #5
  br label %34

34:                                               ; preds = %31, %12
  ret void
}
"""

KERNEL = """__kernel void A(__global float* a, __global const float* b, __local float* c, const int n) {
  int i = get_global_id(0);
  for (int j = 0; j < n; j++) { c[get_local_id(0)] = b[i*n+j]; barrier(CLK_LOCAL_MEM_FENCE); a[i] += c[0] * sqrt(b[j]); }
  if (i == 0) atomic_add((__global int*)a, 1);
}
"""


def _check_counts(f: dict) -> None:
    assert f["ir_mem"] == 6 and f["ir_localmem"] == 2  # 4 global (b twice, a load + store) + 2 local
    assert f["ir_coalesced"] == 2          # a[i] load and store: one element per work-item
    assert f["ir_global_strided"] == 1     # b[i*n+j]
    assert f["ir_global_uniform"] == 1     # b[j]: the same address for every work-item
    assert f["ir_atomic"] == 1 and f["ir_barriers"] == 1 and f["ir_math_calls"] == 1 and f["ir_fma"] == 1
    assert f["ir_loops"] == 1 and f["ir_max_loop_depth"] == 1 and f["ir_loop_mem"] == 6
    assert f["ir_args"] == 4 and f["ir_global_args"] == 2 and f["ir_local_args"] == 1 and f["ir_scalar_args"] == 1
    assert f["ir_mem_weighted"] == 6 * 8.0  # every access sits in the loop (weight 8 per level)


def test_reader_and_counts_on_fixed_ir():
    functions = parse_module(IR)
    assert [f.name for f in functions] == ["A"] and functions[0].kernel
    assert functions[0].successors["%14"] == ["%14", "%12"]
    f = kernel_features(functions)
    assert set(f) == set(IR_FEATURES)
    _check_counts(f)
    assert f["ir_rational"] == 3 and f["ir_comp"] == 5  # mul, 2 add, sqrt, fmuladd
    with pytest.raises(ValueError, match="no kernel 'B'"):
        kernel_features(functions, "B")


def test_small_helpers():
    assert demangle("_Z13get_global_idj") == "get_global_id" and demangle("llvm.fmuladd.f32") == "llvm.fmuladd.f32"
    assert split_top("float, [2 x i32] addrspace(1)* %p, i64 0, i64 %3") == \
        ["float", "[2 x i32] addrspace(1)* %p", "i64 0", "i64 %3"]
    assert type_bytes("<4 x float>") == 16 and type_bytes("double") == 8 and type_bytes("%struct.s") == 0


clang = pytest.mark.skipif(shutil.which("clang") is None, reason="clang not installed (apt-get install clang)")


@clang
def test_clang_end_to_end_with_cache_and_fallback(tmp_path, monkeypatch):
    from throttllem.devmap.ir import compile as irc
    from throttllem.devmap.ir.features import IR_ROW, ir_features

    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    monkeypatch.setattr(irc, "_MEMORY", {})
    analysis = irc.analyse_source(KERNEL)
    assert analysis.ok and list(analysis.kernels) == ["A"] and analysis.repairs == 0
    _check_counts(analysis.kernels["A"])
    stored = list((tmp_path / "devmap-ir").glob("*.json"))
    assert len(stored) == 1 and stored[0].stem == irc.source_key(KERNEL)
    irc._MEMORY.clear()
    monkeypatch.setattr(irc, "compile_ir", lambda *a, **k: pytest.fail("cached analysis recompiled"))
    assert irc.analyse_source(KERNEL) == analysis  # read back from disk
    monkeypatch.undo()
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    # a dropped helper is repaired (a macro), a wrong arity cannot be: source counts + flag
    repaired = irc.analyse_source("__kernel void A(__global float* a) { a[get_global_id(0)] = B(1.0f); }")
    assert repaired.ok and repaired.repairs == 1
    broken = "float C(float x, float y) { return x; }\n__kernel void A(__global float* a) { a[0] = C(a[1]); }"
    row = dict(zip(IR_ROW, ir_features(broken)))
    assert row["ir_failed"] == 1.0 and row["ir_mem"] == 2  # a[1] read, a[0] written, from the source counter
    assert "too few arguments" in irc.analyse_source(broken).error


@clang
def test_ir_models_train_and_compile(amd_sample, tmp_path, monkeypatch):
    from throttllem.devmap.models import create

    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    rows = np.arange(len(amd_sample))
    for name in ("gbdt-ir", "gbdt-ir-plus", "gbdt-ir-ast"):
        model = create(name, n_estimators=20).fit(amd_sample, rows, seed=0)
        p = model.predict_proba(amd_sample, rows)
        assert p.shape == (len(rows),) and np.isfinite(p).all()
        library = model.compile(tmp_path / f"{name}.so", provenance="test")
        assert np.array_equal(library.predict(model.features(amd_sample)), model.predict(amd_sample, rows))


def test_ir_models_refuse_up_front_without_clang(monkeypatch, devmap_sample_dir, capsys):
    from throttllem.cli import main
    from throttllem.devmap.ir import compile as irc

    monkeypatch.setenv("THROTTLLEM_CLANG", "")
    monkeypatch.setenv("PATH", "/nonexistent")
    irc.clang_path.cache_clear()
    try:
        assert main(["devmap", "evaluate", "--model", "gbdt-ir", "--data-dir", str(devmap_sample_dir)]) == 1
        assert "clang not found" in capsys.readouterr().err
    finally:
        irc.clang_path.cache_clear()
