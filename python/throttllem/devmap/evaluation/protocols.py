"""Cross-validation protocols over a DevMap table.

``random``: ``StratifiedKFold(10, shuffle=True, random_state=204)`` over rows, the protocol of
DeepTune and most later papers. The same kernel then sits in training and test under other input
sizes, which flatters every model that can recognise a kernel.

``grouped``: 10 folds in which no kernel is in both training and test. A group is a
``benchmark`` value, merged with any other benchmark whose source is identical (DevMap's NPB BT
and SP share five ``exact_rhs`` kernels verbatim), so no source text leaks either. Folds are
stratified by label as far as whole groups allow (``StratifiedGroupKFold``, same seed).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from throttllem.devmap.data.dataset import DevMapData
from throttllem.errors import InvalidArgumentError

PROTOCOLS = ("random", "grouped")
SEED = 204
N_FOLDS = 10


def kernel_groups(data: DevMapData) -> np.ndarray:
    """Group id per row: rows of one benchmark, or of benchmarks sharing a source, share an id."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_benchmark_of_src: dict[str, str] = {}
    for benchmark, src in zip(data.benchmark, data.src):
        other = first_benchmark_of_src.setdefault(src, benchmark)
        parent[find(benchmark)] = find(other)
    roots = [find(b) for b in data.benchmark]
    ids = {r: i for i, r in enumerate(sorted(set(roots)))}
    return np.asarray([ids[r] for r in roots], dtype=np.int64)


def folds(data: DevMapData, protocol: str, *, n_folds: int = N_FOLDS, seed: int = SEED
          ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (train_rows, test_rows) index arrays for each fold of ``protocol``."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    if protocol not in PROTOCOLS:
        raise InvalidArgumentError(f"unknown protocol {protocol!r}; known: {', '.join(PROTOCOLS)}")
    x = np.zeros((len(data), 1))
    if protocol == "random":
        yield from StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=seed).split(x, data.label)
    else:
        splitter = StratifiedGroupKFold(n_splits=n_folds, shuffle=True, random_state=seed)
        yield from splitter.split(x, data.label, groups=kernel_groups(data))
