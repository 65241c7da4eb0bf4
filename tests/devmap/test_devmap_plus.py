"""gbdt-plus: per-row structure/launch features, no label use, compiled == Python."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from throttllem.devmap.evaluation.evaluate import cross_validate
from throttllem.devmap.evaluation.metrics import static_device
from throttllem.devmap.models import create
from throttllem.devmap.models.trees import TreeModel
from throttllem.devmap.evaluation.protocols import folds
from throttllem.devmap.source.structure import (
    LAUNCH_FEATURES,
    STRUCTURE_STATISTICS,
    launch_features,
    structure_statistics,
)

FAST = {"n_estimators": 150}  # the registered 1000 trees are for the evaluation, not for tests


def _stats(src: str) -> dict[str, float]:
    return dict(zip(STRUCTURE_STATISTICS, structure_statistics(src)))


ROW_WISE = """__kernel void A(__global float* a, __global float* b, __global float* c, int d, int e) {
  int f = get_global_id(0);
  if (f < d) {
    for (int g = 0; g < e; g++) {
      c[f] += a[f * e + g] * b[g];
    }
  }
}"""
COLUMN_WISE = ROW_WISE.replace("a[f * e + g]", "a[g * e + f]")


def test_structure_tells_row_walks_from_coalesced_walks():
    row, column = _stats(ROW_WISE), _stats(COLUMN_WISE)
    # Polybench atax 1 vs 2: the same tokens, a different memory pattern across work-items.
    assert row["id_strided_loop_subscripts"] == 8 and column["id_strided_loop_subscripts"] == 0
    assert row["id_unit_loop_subscripts"] == 8 and column["id_unit_loop_subscripts"] == 16
    assert row["id_free_loop_subscripts"] == column["id_free_loop_subscripts"] == 8  # b[g]
    assert row["work_dims"] == 1 and row["global_buffers"] == 3 and row["bytes_per_item"] == 12
    assert row["scalar_params"] == 2 and row["param_bound_loops"] == 1 and row["const_bound_loops"] == 0
    assert row["loop_subscripts"] == 3 and row["stores"] == 1 and row["loads"] == 2


def test_structure_of_nesting_local_memory_and_one_item_branches():
    src = """__kernel void A(__global double4* a, __global const int* b, const int c) {
  __local float d[64];
  int e = get_local_id(1);
  int f = get_group_id(0) * 64 + e;
  if (f >= c) return;
  for (int g = 0; g < 4; g++) {
    for (int h = 0; h < c; h++) {
      d[e] = sqrt((float)b[h]) + 1.0f;
      barrier(1);
    }
  }
  if (f == 0) a[b[0]] = (double4)(0.0);
}"""
    s = _stats(src)
    assert s["work_dims"] == 2 and s["bytes_per_item"] == 32 + 4 and s["local_arrays"] == 1
    assert s["guard_returns"] == 1 and s["single_item_branches"] == 1 and s["indirect_subscripts"] == 1
    assert s["const_bound_loops"] == 1 and s["param_bound_loops"] == 1
    assert s["deep_subscripts"] == 2 and s["loop_sync"] == 1 and s["loop_math"] == 1
    assert s["weighted_math"] == 64  # sqrt two loops deep: LOOP_WEIGHT ** 2
    assert s["id_unit_loop_subscripts"] == 64  # d[e]; f = ...e... is a work-item index too


def test_launch_features_follow_their_definition():
    f = launch_features([1023, 0, 4095], [0, 8, 64], ["B", "default", "S"])
    assert f.shape == (3, len(LAUNCH_FEATURES))
    np.testing.assert_allclose(f[0], [10.0, 0.0, 10.0, 3.0])  # wgsize 0 counts as 1 in the ratio
    np.testing.assert_allclose(f[1], [0.0, np.log2(9), -3.0, -1.0])  # unknown size name: -1
    np.testing.assert_allclose(f[2], [12.0, np.log2(65), 6.0, 0.0])


def test_registered_feature_matrix_is_finite_and_row_local(amd, nvidia):
    model = create("gbdt-plus")
    assert isinstance(model, TreeModel) and len(set(model.feature_names)) == len(model.feature_names) == 60
    for data in (amd, nvidia):
        x = model.features(data)
        assert x.shape == (680, 60) and x.dtype == np.float64 and np.isfinite(x).all()
        # Each row's features come from that row only: a subset gives the same rows.
        rows = np.arange(0, 680, 7)
        np.testing.assert_array_equal(model.features(data.subset(rows)), x[rows])


def test_features_never_read_labels_or_runtimes(amd):
    rng = np.random.default_rng(0)
    perm = rng.permutation(len(amd))
    shuffled = dataclasses.replace(amd, label=amd.label[perm], runtime_cpu=amd.runtime_cpu[perm],
                                   runtime_gpu=amd.runtime_gpu[perm])
    model = create("gbdt-plus", **FAST)
    before = model.features(amd)
    np.testing.assert_array_equal(model.features(shuffled), before)
    # Fitting (on either labelling) fits nothing the features depend on.
    model.fit(shuffled, np.arange(300), seed=1)
    np.testing.assert_array_equal(model.features(amd), before)


@pytest.mark.parametrize("protocol", ["random", "grouped"])
def test_beats_the_static_mapping_on_one_fold(amd, nvidia, protocol):
    for data in (amd, nvidia):
        train, test = next(folds(data, protocol))
        model = create("gbdt-plus", **FAST).fit(data, train, seed=204)
        accuracy = np.mean(model.predict(data, test) == data.label[test])
        static = np.mean(data.label[test] == static_device(data.label[train]))
        assert accuracy >= static + 0.15, (data.platform, protocol, accuracy, static)


def test_compiled_predictions_equal_the_python_model(amd, tmp_path):
    pytest.importorskip("tl2cgen")
    train, test = next(folds(amd, "random"))
    model = create("gbdt-plus", **FAST).fit(amd, train, seed=204)
    library = model.compile(tmp_path / "plus.so", provenance="test gbdt-plus")
    assert library.feature_names == model.feature_names
    x = model.features(amd)[test]
    np.testing.assert_allclose(library.predict_proba(x), model.predict_proba(amd, test), rtol=1e-12, atol=1e-12)
    assert np.array_equal(library.predict(x), model.predict(amd, test))
    # The evaluation's compiled path takes it too, and counts no disagreement.
    result = cross_validate("gbdt-plus", amd, "grouped", compiled=True, max_folds=1, model_options=FAST)
    assert result.compiled and result.compiled_mismatches == 0 and result.partial
