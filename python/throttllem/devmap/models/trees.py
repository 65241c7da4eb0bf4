"""Tree models on hand-made features: Grewe et al.'s decision tree and a GBDT, both compilable.

Both read numbers only (no sequence model), so each trains in well under a second per fold and
compiles into a TL2cgen library that decides in microseconds (see ``throttllem.devmap.models.compiled``).
"""

from __future__ import annotations

import numpy as np

from throttllem.devmap.models.compiled import CompiledClassifier, compile_classifier
from throttllem.devmap.data.dataset import DevMapData, static_device
from throttllem.devmap.models.launch import KernelLaunch, table_launches
from throttllem.devmap.source.features import GREWE_FEATURES, STATIC_FEATURES, TOKEN_STATISTICS, grewe_row, token_statistics
from throttllem.devmap.models.base import DevMapModel, register
from throttllem.errors import InvalidArgumentError


@register
class StaticMapping(DevMapModel):
    """The device most often faster in the training rows, for every kernel (Zero-R)."""

    name = "static"
    summary = "static mapping: the device most often faster in training (Zero-R)"

    def __init__(self) -> None:
        self.device: int | None = None

    def fit(self, data, rows, *, seed):
        self.device = static_device(data.label[rows])
        return self

    def predict_proba(self, data, rows):
        if self.device is None:
            raise InvalidArgumentError("fit the model first")
        return np.full(len(np.arange(len(data))[rows]), float(self.device))


class TreeModel(DevMapModel):
    """A tree-ensemble classifier on a fixed feature vector; compilable."""

    feature_names: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.estimator = None

    def row(self, launch: KernelLaunch) -> tuple[float, ...]:
        """The feature row of one launch (``feature_names`` order): the one definition of the
        model's features, for a whole table and for a single runtime decision alike."""
        raise NotImplementedError

    def features(self, data: DevMapData) -> np.ndarray:
        """(len(data), len(feature_names)) feature matrix: :meth:`row` of each table row."""
        rows = [self.row(launch) for launch in table_launches(data)]
        return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(self.feature_names))

    def make_estimator(self, seed: int):
        raise NotImplementedError

    def fit(self, data, rows, *, seed):
        labels = data.label[rows]
        if len(np.unique(labels)) < 2:  # LightGBM refuses it and a one-class tree has no P(GPU) column
            raise InvalidArgumentError(f"{self.name}: the training rows have one label only ({len(labels)} rows, "
                                       f"all {'GPU' if len(labels) and labels[0] == 1 else 'CPU'}); "
                                       "a classifier needs both devices")
        weight = None
        if getattr(self, "cost_weighted", False):
            # A wrong device costs |t_cpu - t_gpu| of this launch: weighting rows by it makes the fit
            # minimise the time lost rather than the count of wrong launches.
            gap = np.abs(np.asarray(data.runtime_cpu, float) - np.asarray(data.runtime_gpu, float))[rows]
            weight = gap / gap.mean() if gap.mean() > 0 else None
        self.estimator = self.make_estimator(seed).fit(self.features(data)[rows], labels, sample_weight=weight)
        return self

    def predict_proba(self, data, rows):
        if self.estimator is None:
            raise InvalidArgumentError("fit the model first")
        return self.estimator.predict_proba(self.features(data)[rows])[:, 1]

    def compile(self, path, *, provenance: str) -> CompiledClassifier:
        """Compile the fitted estimator (TL2cgen) and load it."""
        if self.estimator is None:
            raise InvalidArgumentError("fit the model first")
        lib = compile_classifier(self.estimator, path, feature_names=self.feature_names, provenance=provenance)
        return CompiledClassifier.load(lib)


@register
class Grewe(TreeModel):
    """Grewe et al. (CGO 2013) as DeepTune re-ran it: an entropy decision tree, depth <= 5,
    >= 5 rows per leaf, on F1-F4."""

    name = "grewe"
    summary = "Grewe et al.: decision tree (entropy, depth 5, 5 rows/leaf) on F1-F4"
    feature_names = GREWE_FEATURES

    def row(self, launch):
        comp, _, mem, localmem, coalesced, _ = launch.counts
        return grewe_row(comp, mem, localmem, coalesced, launch.transfer_bytes, launch.wgsize)

    def make_estimator(self, seed):
        from sklearn.tree import DecisionTreeClassifier

        return DecisionTreeClassifier(random_state=seed, splitter="best", criterion="entropy",
                                      max_depth=5, min_samples_leaf=5)


@register
class Gbdt(TreeModel):
    """LightGBM on the static counts, the launch, F1-F4 and token statistics of the source.

    Small trees and many rows per leaf: 612 training rows of ~230 kernels overfit easily.
    """

    name = "gbdt"
    summary = "GBDT (LightGBM) on static counts + launch + F1-F4 + source token statistics"
    feature_names = (*STATIC_FEATURES, *GREWE_FEATURES, *TOKEN_STATISTICS)

    def __init__(self, n_estimators: int = 200, learning_rate: float = 0.05, num_leaves: int = 15,
                 min_child_samples: int = 5, cost_weighted: bool = False) -> None:
        super().__init__()
        self.cost_weighted = cost_weighted  # rows weighted by the time a wrong device costs
        # Checked here, so a bad --set fails before any fold runs and names the model.
        if n_estimators < 1 or num_leaves < 2 or min_child_samples < 1 or not 0 < learning_rate <= 1:
            raise InvalidArgumentError(
                f"{self.name}: need n_estimators >= 1, num_leaves >= 2, min_child_samples >= 1 and "
                f"0 < learning_rate <= 1; got {n_estimators}, {num_leaves}, {min_child_samples}, {learning_rate}")
        self.params = dict(n_estimators=n_estimators, learning_rate=learning_rate, num_leaves=num_leaves,
                           min_child_samples=min_child_samples)

    def row(self, launch):
        comp, _, mem, localmem, coalesced, _ = launch.counts
        t, w = launch.transfer_bytes, launch.wgsize
        return (*launch.counts, t, w, *grewe_row(comp, mem, localmem, coalesced, t, w),
                *token_statistics(launch.source))

    def make_estimator(self, seed):
        import lightgbm

        return lightgbm.LGBMClassifier(**self.params, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                                       random_state=seed, deterministic=True, force_row_wise=True, n_jobs=1,
                                       verbose=-1)


@register
class GbdtSource(Gbdt):
    """The GBDT on what a runtime knows without an LLVM pass: token statistics of the source and
    the launch (transfer bytes, wgsize). This is the model a DeviceSelector can run on any kernel."""

    name = "gbdt-source"
    summary = "GBDT (LightGBM) on source token statistics + launch only (no LLVM counts)"
    feature_names = ("transfer_bytes", "wgsize", *TOKEN_STATISTICS)

    def row(self, launch):
        return (launch.transfer_bytes, launch.wgsize, *token_statistics(launch.source))
