"""``gbdt-plus``: the GBDT on source statistics, kernel structure and richer launch features.

Why these features: the existing GBDTs mostly missed kernels a single row of DevMap
represents (no other input size of the same source in training), so the extra information is
about what generalises *across* kernels, read from one row's source and launch only:

- structure (``source.structure.STRUCTURE_STATISTICS``): operators and subscripts inside loops,
  weighted by nesting depth; how work-items index memory (``a[id]``, coalesced, against
  ``a[id * n + j]``, each work-item walking its own row: the difference between Polybench's
  ``atax_kernel1`` and ``atax_kernel2``); element bytes of the global buffers; work dimensions;
  one-work-item branches (``if (id == 0)``); loops bounded by kernel parameters;
- launch (``source.structure.LAUNCH_FEATURES``): log transfer, log work-group size, their ratio,
  and the rank of the dataset's size name (NPB classes S < W < A < B < C), which is part of how
  DevMap launched the kernel;
- the 25 token statistics and [transfer, wgsize] of ``gbdt-source``.

No LLVM counts: like ``gbdt-source``, it runs on any kernel text. Nothing but the LightGBM
model is fitted (the features are fixed functions of a row), so no vocabulary or scaler can
leak test rows into training.

Hyper-parameters were fixed once, before the reported run: LightGBM at 1000 trees, learning
rate 0.02, 15 leaves, >= 5 rows per leaf, rows subsampled 0.8, columns 0.5. They were picked
among six (feature set, hyper-parameter) candidates by the mean accuracy over StratifiedKFold /
StratifiedGroupKFold seeds 0-4 on both platforms, not on the reported seed-204 folds; the
published protocol's folds were scored once afterwards. A slower learning rate with more trees
and half the columns per tree was the only change that helped on all four (platform, protocol)
pairs; leaves (4-63), rows per leaf (1-10), monotone constraints on the launch size, soft labels
from runtime ratios, ensembles with forests, and source n-grams did not (within +-0.5 points).
"""

from __future__ import annotations

from throttllem.devmap.source.features import TOKEN_STATISTICS, token_statistics
from throttllem.devmap.models.base import register
from throttllem.devmap.models.trees import Gbdt
from throttllem.devmap.source.structure import (
    LAUNCH_FEATURES,
    STRUCTURE_STATISTICS,
    launch_features,
    structure_statistics,
)


@register
class GbdtPlus(Gbdt):
    """LightGBM on launch + token statistics + kernel structure of the source (no LLVM counts)."""

    name = "gbdt-plus"
    summary = "GBDT (LightGBM, 1000 trees) on launch + source token statistics + loop/memory-access structure"
    feature_names = ("transfer_bytes", "wgsize", *TOKEN_STATISTICS, *LAUNCH_FEATURES, *STRUCTURE_STATISTICS)

    def __init__(self, n_estimators: int = 1000, learning_rate: float = 0.02, num_leaves: int = 15,
                 min_child_samples: int = 5, colsample_bytree: float = 0.5) -> None:
        super().__init__(n_estimators=n_estimators, learning_rate=learning_rate, num_leaves=num_leaves,
                         min_child_samples=min_child_samples)
        self.colsample_bytree = colsample_bytree

    def row(self, launch):
        # A fixed function of the row's source and launch: labels and runtimes are never read.
        t, w = launch.transfer_bytes, launch.wgsize
        return (t, w, *token_statistics(launch.source), *launch_features([t], [w], [launch.dataset])[0].tolist(),
                *structure_statistics(launch.source))

    def make_estimator(self, seed):
        estimator = super().make_estimator(seed)
        # Half the columns per tree: ~60 correlated counts, and no single one should dominate.
        return estimator.set_params(colsample_bytree=self.colsample_bytree)
