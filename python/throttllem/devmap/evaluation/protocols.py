"""Cross-validation protocols over a DevMap table.

``random``: ``StratifiedKFold(10, shuffle=True, random_state=204)`` over rows, the protocol of
DeepTune and most later papers. The same kernel then sits in training and test under other input
sizes, which flatters every model that can recognise a kernel.

``grouped``: 10 folds in which no kernel is in both training and test. A group is a
``benchmark`` value, merged with any other benchmark whose source is identical (DevMap's NPB BT
and SP share five ``exact_rhs`` kernels verbatim), so no source text leaks either. Folds are
stratified by label as far as whole groups allow (``StratifiedGroupKFold``, same seed).

``program``: 10 folds in which no *program* is in both training and test. ``grouped`` keeps a
held-out kernel's sibling kernels (same program, same input sizes) in training, and DevMap's
``transfer`` column nearly names (program, size), so a model can look a held-out kernel up by its
siblings. Here a group is a program: the ``benchmark`` name without its last ``-kernel`` part
(suite, version and program, e.g. ``rodinia-3.1-lud``; 71 programs), merged with any program
sharing a kernel source (NPB BT/SP share ``exact_rhs``, Polybench 2mm/3mm a matrix product:
69 groups). Stratified group folds as above. This is what a user with new code meets.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from throttllem.devmap.data.dataset import DevMapData
from throttllem.errors import InvalidArgumentError

PROTOCOLS = ("random", "grouped", "program")
SEED = 204
N_FOLDS = 10


def program_name(benchmark: str) -> str:
    """The program of a DevMap ``benchmark`` value: suite, version and program, the kernel dropped
    (``rodinia-3.1-lud-lud_internal`` -> ``rodinia-3.1-lud``)."""
    return benchmark.rsplit("-", 1)[0]


def kernel_groups(data: DevMapData) -> np.ndarray:
    """Group id per row: rows of one benchmark, or of benchmarks sharing a source, share an id."""
    return _merged_groups(data.benchmark, data.src)


def program_groups(data: DevMapData) -> np.ndarray:
    """Group id per row: rows of one program, or of programs sharing a kernel source, share an id."""
    return _merged_groups([program_name(b) for b in data.benchmark], data.src)


def _merged_groups(names, sources) -> np.ndarray:
    """Group ids from ``names``, with names whose rows share a source merged (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_name_of_src: dict[str, str] = {}
    for name, src in zip(names, sources):
        other = first_name_of_src.setdefault(src, name)
        parent[find(name)] = find(other)
    roots = [find(b) for b in names]
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
        groups = kernel_groups(data) if protocol == "grouped" else program_groups(data)
        splitter = StratifiedGroupKFold(n_splits=n_folds, shuffle=True, random_state=seed)
        yield from splitter.split(x, data.label, groups=groups)
