"""Error anatomy: each test row's category by its kernel's training rows at neighbouring sizes."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.evaluation.anatomy import CATEGORIES, error_anatomy, size_context
from throttllem.devmap.data.dataset import DevMapData
from throttllem.devmap.evaluation.protocols import folds
from throttllem.errors import InvalidArgumentError


def _table(rows):
    """rows: (source, transfer_bytes, label)."""
    n = len(rows)
    return DevMapData(platform="toy", benchmark=tuple(f"b{i}" for i in range(n)), dataset=("default",) * n,
                      counts={}, transfer_bytes=np.array([r[1] for r in rows], dtype=np.int64),
                      wgsize=np.full(n, 64, dtype=np.int64), label=np.array([r[2] for r in rows], dtype=np.int64),
                      runtime_cpu=np.ones(n), runtime_gpu=np.ones(n), src=tuple(r[0] for r in rows))


# Kernel "k" at sizes 1k..5k: CPU, CPU, GPU, GPU, CPU; "solo" has one row.
TOY = _table([("k", 1_000, 0), ("k", 2_000, 0), ("k", 3_000, 1), ("k", 4_000, 1), ("k", 5_000, 0),
              ("solo", 7_000, 1)])


# Sizes are compared on a log scale: 3k is nearer to 2k than 1k is.
@pytest.mark.parametrize("train, test_row, category, nearest", [
    ([0, 2, 3, 4], 5, "unseen source", None),
    ([0, 2, 3, 4], 1, "crossover", 1),                   # 1k CPU below, 3k GPU above (nearer)
    ([1, 2, 3, 4], 0, "edge", 0),                        # nothing smaller in training
    ([0, 1, 2, 3], 4, "edge", 1),                        # nothing larger; nearest 4k says GPU
    ([0, 1, 3, 4], 2, "crossover", 1),                   # 2k CPU, 4k GPU (nearer)
    ([0, 1, 2, 4], 3, "crossover", 0),                   # 3k GPU below, 5k CPU above (nearer)
])
def test_categories_follow_the_nearest_training_sizes(train, test_row, category, nearest):
    ((got, got_nearest),) = size_context(TOY, np.array(train), np.array([test_row]))
    assert got == category
    assert got_nearest == nearest


def test_agreeing_neighbours_and_a_row_that_flips_between_them():
    table = _table([("k", 1_000, 1), ("k", 2_000, 1), ("k", 3_000, 1), ("k", 4_000, 0), ("k", 5_000, 0)])
    assert size_context(table, np.array([0, 2]), np.array([1])) == [("agreeing neighbours", 1)]
    flipped = _table([("k", 1_000, 1), ("k", 2_000, 0), ("k", 3_000, 1)])
    assert size_context(flipped, np.array([0, 2]), np.array([1])) == [("agreeing, own label differs", 1)]


def test_anatomy_counts_rows_and_errors_per_category_averaged_over_runs():
    # every row tested once (error_anatomy checks): rows 2-4 in a fold that trains on nothing
    folds = [(np.array([0, 2, 3, 4]), np.array([1, 5])), (np.array([1, 2, 3, 4, 5]), np.array([0])),
             (np.array([], dtype=np.int64), np.array([2, 3, 4]))]
    right = TOY.label.copy()
    wrong_on_solo = right.copy()
    wrong_on_solo[5] = 0
    anatomy = error_anatomy(TOY, [(folds, right), (folds, wrong_on_solo)])
    assert anatomy.runs == 2
    assert anatomy.rows == {"unseen source": 4.0, "edge": 1.0, "crossover": 1.0, "agreeing neighbours": 0.0,
                            "agreeing, own label differs": 0.0}
    assert anatomy.errors["unseen source"] == 0.5 and anatomy.total_errors == 0.5
    assert anatomy.history_bound() == 0.5
    assert set(anatomy.rows) == set(CATEGORIES)


def test_edge_rows_count_what_copying_the_nearest_size_would_fix_and_break():
    folds = [(np.array([0, 1, 2, 3]), np.array([4])),        # 5k is CPU, nearest (4k) says GPU
             (np.array([], dtype=np.int64), np.array([0, 1, 2, 3, 5]))]  # the rest: unseen, no edge
    model_right = TOY.label.copy()
    model_wrong = TOY.label.copy()
    model_wrong[4] = 1
    broken = error_anatomy(TOY, [(folds, model_right)])
    assert (broken.edge_fixed, broken.edge_broken) == (0.0, 1.0)
    neither = error_anatomy(TOY, [(folds, model_wrong)])      # both wrong: nothing to fix or break
    assert (neither.edge_fixed, neither.edge_broken) == (0.0, 0.0)


def test_bad_input_is_refused():
    with pytest.raises(InvalidArgumentError, match="at least one run"):
        error_anatomy(TOY, [])
    with pytest.raises(InvalidArgumentError, match="one prediction per row"):
        error_anatomy(TOY, [([(np.array([0]), np.array([1]))], np.zeros(3))])
    with pytest.raises(InvalidArgumentError, match="exactly once"):
        error_anatomy(TOY, [([(np.array([0]), np.array([1]))], np.zeros(6))])


def test_anatomy_refuses_non_binary_predictions_and_folds_that_miss_rows(amd):
    split = list(folds(amd, "random"))
    good = amd.label.copy()
    assert error_anatomy(amd, [(split, good)]).total_errors == 0
    with pytest.raises(InvalidArgumentError, match="0 \\(CPU\\) or 1"):
        error_anatomy(amd, [(split, np.full(len(amd), 2))])
    for bad in (split[:-1], split + split[:1]):
        with pytest.raises(InvalidArgumentError, match="exactly once"):
            error_anatomy(amd, [(bad, good)])
