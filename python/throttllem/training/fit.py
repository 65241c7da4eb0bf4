"""Fitting the IPS model (LightGBM) and measuring its accuracy on held-out measured points.

The splits are over measured grid points: a held-out point's interpolated and clock-response rows
are built from the training points only, so nothing about it leaks into training. Each split is
scored on the held-out measured rows (at the clock they were measured at), and separately on the
held-out points' clock-response rows (modelled targets); both overall and per TP degree. With
profiles of several TP degrees the split is drawn within each TP degree (each keeps the same
train/test shares, so every calibration has training points).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.forest_compile import FEATURES
from throttllem.profiledata.files import Profile
from throttllem.training.dataset import CLOCK_RESPONSE, MEASURED, SOURCES, MeasuredPoints, build_rows

#: Seed of the shipped model (training/default_model.py).
TRAIN_SEED = 20261125
#: LightGBM settings. IPS never falls with clock nor rises with batch or KV (monotone
#: constraints); max_bin 63 keeps <= 62 split points per feature, so the governor's table of
#: the model has at most 63^3 ~ 250k cells per TP degree. The gamma objective fits log(IPS)
#: (prediction = exp(sum of trees)): its deviance weighs relative, not absolute, error.
LGBM_PARAMS = {
    "objective": "gamma",
    "learning_rate": 0.1,
    "num_leaves": 63,
    "min_data_in_leaf": 20,
    "max_bin": 63,
    "monotone_constraints": [0, -1, -1, 1],
    "monotone_constraints_method": "advanced",
    "num_threads": 1,
    "deterministic": True,
    "force_row_wise": True,
    "seed": TRAIN_SEED,
    "verbose": -1,
}
#: The shipped model's recipe (gamma objective on IPS, max_bin 63, monotone in batch, KV, clock).
DEFAULT_NUM_TREES = 150
#: (name, share of measured points used for training).
SPLITS = (("90/10", 0.9), ("10/90", 0.1))


def accuracy(y_true, y_pred) -> dict[str, float]:
    """R^2, MAE (IPS), MAPE (%) and max APE (%), with the row count."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    residual = y_pred - y_true
    ape = np.abs(residual) / np.abs(y_true) * 100.0
    spread = float(np.sum((y_true - y_true.mean()) ** 2))
    return {
        "n": int(y_true.size),
        "r2": float(1.0 - np.sum(residual**2) / spread) if spread > 0 else float("nan"),
        "mae_ips": float(np.mean(np.abs(residual))),
        "mape_pct": float(np.mean(ape)),
        "max_ape_pct": float(np.max(ape)),
    }


def fit_lightgbm(x: np.ndarray, y: np.ndarray, *, num_trees: int = DEFAULT_NUM_TREES, seed: int = 0):
    """A LightGBM booster on the governor's features, deterministic (seeded, one thread)."""
    import lightgbm

    params = dict(LGBM_PARAMS, seed=seed)
    # Small data: let leaves be small enough to follow a coarse measured grid.
    params["min_data_in_leaf"] = max(1, min(int(params["min_data_in_leaf"]), len(y) // 50))
    data = lightgbm.Dataset(x, y, feature_name=list(FEATURES),
                            params={"max_bin": params["max_bin"], "verbose": -1,
                                    "min_data_in_bin": 1})
    return lightgbm.train(params, data, num_boost_round=num_trees)


@dataclass(frozen=True)
class SplitResult:
    name: str
    train_points: int
    test_points: int
    measured: dict[str, float]
    clock_response: dict[str, float] | None
    #: Held-out measured IPS and predictions (for the plot), and their TP degrees.
    y_measured: np.ndarray
    y_predicted: np.ndarray
    tp_measured: np.ndarray | None = None
    #: {tp: {"measured": metrics | None, "clock_response": metrics | None}} over the held-out points.
    per_tp: dict | None = None


def split_masks(n: int, train_share: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) boolean masks over ``n`` points; each side keeps at least one point, and
    training keeps two (an interpolation needs two)."""
    if n < 3:
        raise InvalidArgumentError(f"need at least 3 measured decode points to split, have {n}")
    order = np.random.default_rng(seed).permutation(n)
    n_train = int(round(n * train_share))
    n_train = min(max(n_train, 2), n - 1)
    train = np.zeros(n, dtype=bool)
    train[order[:n_train]] = True
    return train, ~train


def stratified_masks(groups: np.ndarray, train_share: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`split_masks` drawn within each value of ``groups`` (TP degrees); one group gives
    exactly ``split_masks``. A group of fewer than 3 points is all training (nothing to hold out)."""
    groups = np.asarray(groups)
    train = np.zeros(groups.size, dtype=bool)
    for value in np.unique(groups):
        idx = np.flatnonzero(groups == value)
        train[idx] = True if idx.size < 3 else split_masks(idx.size, train_share, seed)[0]
    if train.all():
        raise InvalidArgumentError(f"need at least 3 measured decode points of one TP degree to split, have {groups.size}")
    return train, ~train


def _by_tp(tp: np.ndarray, y_true: np.ndarray, y_pred: np.ndarray) -> dict[int, dict[str, float]]:
    return {int(t): accuracy(y_true[tp == t], y_pred[tp == t]) for t in np.unique(tp)}


def evaluate_split(profiles: list[Profile], points: MeasuredPoints, name: str, train_share: float, *,
                   num_trees: int, seed: int, densify: bool) -> SplitResult:
    train, test = stratified_masks(points.tp_degree, train_share, seed)
    rows = build_rows(profiles, points.subset(train), densify=densify)
    booster = fit_lightgbm(rows.x, rows.y, num_trees=num_trees, seed=seed)
    held = points.subset(test)
    x_test = np.column_stack([held.tp_degree, held.batch_size, held.kv_tokens, held.clock_mhz])
    pred = booster.predict(x_test)
    # The held-out points' own clock-response rows (no interpolation: their measured values only).
    # A TP degree with a single held-out point has no calibration of its own: no such rows.
    calibrable = np.isin(held.tp_degree, [t for t in np.unique(held.tp_degree) if np.sum(held.tp_degree == t) >= 2])
    moved_y, moved_p, moved_tp = np.empty(0), np.empty(0), np.empty(0)
    if calibrable.any():
        test_rows = build_rows(profiles, held.subset(calibrable), densify=False)
        moved = test_rows.source == CLOCK_RESPONSE
        moved_y, moved_tp = test_rows.y[moved], test_rows.x[moved, 0]
        moved_p = booster.predict(test_rows.x[moved]) if moved.any() else np.empty(0)
    clock_metrics = accuracy(moved_y, moved_p) if moved_y.size else None
    per_tp = {}
    for t, m in _by_tp(held.tp_degree, held.ips, pred).items():
        sel = moved_tp == t
        per_tp[t] = {"measured": m, "clock_response": accuracy(moved_y[sel], moved_p[sel]) if sel.any() else None}
    return SplitResult(name, int(train.sum()), int(test.sum()), accuracy(held.ips, pred), clock_metrics,
                       held.ips, pred, held.tp_degree, per_tp)


def fit_final(profiles: list[Profile], points: MeasuredPoints, *, num_trees: int, seed: int, densify: bool,
              tp_degrees: tuple[int, ...] = ()):
    """(booster, rows, accuracy on every measured row) of the model trained on all points."""
    rows = build_rows(profiles, points, densify=densify, tp_degrees=tp_degrees)
    booster = fit_lightgbm(rows.x, rows.y, num_trees=num_trees, seed=seed)
    measured = rows.source == MEASURED
    return booster, rows, accuracy(rows.y[measured], booster.predict(rows.x[measured]))


#: Rows per (TP, source) the per-TP training-row figures look at (an even stride through them).
ROWS_SCORED_PER_GROUP = 50_000


def training_fit_by_tp(booster, rows) -> dict[int, dict[str, dict[str, float]]]:
    """{tp: {source: metrics}} of the final model on its own training rows: how well it follows
    the measured rows and each kind of modelled row, per TP degree (larger groups are scored on
    an even stride of ``ROWS_SCORED_PER_GROUP`` rows)."""
    out: dict[int, dict[str, dict[str, float]]] = {}
    for t in np.unique(rows.x[:, 0]):
        for source in SOURCES:
            idx = np.flatnonzero((rows.x[:, 0] == t) & (rows.source == source))
            if idx.size:
                idx = idx[::max(1, idx.size // ROWS_SCORED_PER_GROUP)]
                out.setdefault(int(t), {})[source] = accuracy(rows.y[idx], booster.predict(rows.x[idx]))
    return out
