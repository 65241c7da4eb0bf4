"""Where a model's random-fold errors sit relative to what training knew of the same kernel.

Under random folds most test rows have other input sizes of their own source in training. Each
test row falls in one category, by the labels of its source's training rows at the nearest
smaller-or-equal and larger-or-equal transfer size:

- ``unseen source``: no training row of its source (a kernel DevMap has at one size only);
- ``edge``: training rows of its source on one side of its size only (beyond their range);
- ``crossover``: both neighbours present and their labels differ (the CPU/GPU crossover lies
  between them);
- ``agreeing neighbours``: both present, same label, and the row has that label too;
- ``agreeing, own label differs``: both present with one label, the row has the other.

Only ``agreeing neighbours`` errors can be fixed by copying a kernel's known behaviour at other
sizes; the rest bound what any use of same-kernel history can give (docs/DEVMAP.md).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from throttllem.devmap.data.dataset import DevMapData
from throttllem.errors import InvalidArgumentError

CATEGORIES = ("unseen source", "edge", "crossover", "agreeing neighbours", "agreeing, own label differs")


def size_context(data: DevMapData, train: np.ndarray, test: np.ndarray) -> list[tuple[str, int | None]]:
    """(category, label of the nearest-size training row of the same source or None) for each
    row of ``test`` given the rows of ``train``."""
    size = np.log2(np.asarray(data.transfer_bytes, dtype=np.float64) + 1)
    by_source: dict[str, list[int]] = defaultdict(list)
    for j in train:
        by_source[data.src[j]].append(int(j))
    out = []
    for i in test:
        same = by_source.get(data.src[i], [])
        below = [j for j in same if size[j] <= size[i]]
        above = [j for j in same if size[j] >= size[i]]
        if not same:
            out.append(("unseen source", None))
            continue
        nearest = int(data.label[min(same, key=lambda j: abs(size[j] - size[i]))])
        if not below or not above:
            out.append(("edge", nearest))
            continue
        low = data.label[max(below, key=lambda j: size[j])]
        high = data.label[min(above, key=lambda j: size[j])]
        if low != high:
            out.append(("crossover", nearest))
        else:
            out.append(("agreeing neighbours" if data.label[i] == low else "agreeing, own label differs", nearest))
    return out


@dataclass(frozen=True)
class Anatomy:
    """Rows and errors per category, each averaged over the runs given."""

    rows: dict[str, float]
    errors: dict[str, float]
    runs: int
    edge_fixed: float = 0.0     # edge rows the model got wrong and the nearest size's label right
    edge_broken: float = 0.0    # edge rows the model got right and the nearest size's label wrong

    @property
    def total_errors(self) -> float:
        return sum(self.errors.values())

    def history_bound(self) -> float:
        """Mean errors left if every ``agreeing neighbours`` error were fixed (nothing else)."""
        return self.total_errors - self.errors["agreeing neighbours"]


def error_anatomy(data: DevMapData, runs: list[tuple[list[tuple[np.ndarray, np.ndarray]], np.ndarray]]) -> Anatomy:
    """``runs``: (folds as (train, test) pairs, out-of-fold predictions for every row) per run."""
    if not runs:
        raise InvalidArgumentError("error_anatomy needs at least one run")
    rows, errors, edge = Counter(), Counter(), Counter()
    for folds, predictions in runs:
        predictions = np.asarray(predictions)
        if predictions.shape != (len(data),):
            raise InvalidArgumentError(f"need one prediction per row ({len(data)}), got shape {predictions.shape}")
        if not np.isin(predictions, (0, 1)).all():
            raise InvalidArgumentError("predictions must be 0 (CPU) or 1 (GPU)")
        # out-of-fold predictions: every row tested by exactly one fold, or rows go uncounted or twice
        tested = np.concatenate([np.asarray(test, dtype=np.int64).ravel() for _, test in folds]) if folds \
            else np.zeros(0, dtype=np.int64)
        if len(tested) != len(data) or not np.array_equal(np.sort(tested), np.arange(len(data))):
            raise InvalidArgumentError(f"the folds' test rows must cover each of the {len(data)} rows exactly once")
        for train, test in folds:
            for i, (category, nearest) in zip(test, size_context(data, train, test)):
                wrong = predictions[i] != data.label[i]
                rows[category] += 1
                errors[category] += int(wrong)
                if category == "edge" and wrong != (nearest != data.label[i]):
                    edge["fixed" if wrong else "broken"] += 1
    n = len(runs)
    return Anatomy({c: rows[c] / n for c in CATEGORIES}, {c: errors[c] / n for c in CATEGORIES}, n,
                   edge["fixed"] / n, edge["broken"] / n)
