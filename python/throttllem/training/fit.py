"""Fitting the IPS model (LightGBM) and measuring its accuracy on held-out measured points.

The splits are over measured grid points: a held-out point's interpolated and clock-response rows
are built from the training points only, so nothing about it leaks into training. Each split is
scored on the held-out measured rows (at the clock they were measured at), and separately on the
held-out points' clock-response rows (modelled targets).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from throttllem.forest_compile import FEATURES
from throttllem.perfmodel.default_model import LGBM_PARAMS
from throttllem.profiling.profile_file import Profile
from throttllem.training.dataset import CLOCK_RESPONSE, MEASURED, MeasuredPoints, build_rows

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
    #: Held-out measured IPS and predictions (for the plot).
    y_measured: np.ndarray
    y_predicted: np.ndarray


def split_masks(n: int, train_share: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) boolean masks over ``n`` points; each side keeps at least one point, and
    training keeps two (an interpolation needs two)."""
    if n < 3:
        raise ValueError(f"need at least 3 measured decode points to split, have {n}")
    order = np.random.default_rng(seed).permutation(n)
    n_train = int(round(n * train_share))
    n_train = min(max(n_train, 2), n - 1)
    train = np.zeros(n, dtype=bool)
    train[order[:n_train]] = True
    return train, ~train


def evaluate_split(profiles: list[Profile], points: MeasuredPoints, name: str, train_share: float, *,
                   num_trees: int, seed: int, densify: bool) -> SplitResult:
    train, test = split_masks(len(points), train_share, seed)
    rows = build_rows(profiles, points.subset(train), densify=densify)
    booster = fit_lightgbm(rows.x, rows.y, num_trees=num_trees, seed=seed)
    held = points.subset(test)
    x_test = np.column_stack([held.tp_degree, held.batch_size, held.kv_tokens, held.clock_mhz])
    pred = booster.predict(x_test)
    # The held-out points' own clock-response rows (no interpolation: their measured values only).
    test_rows = build_rows(profiles, held, densify=False)
    moved = test_rows.source == CLOCK_RESPONSE
    clock_metrics = accuracy(test_rows.y[moved], booster.predict(test_rows.x[moved])) if moved.any() else None
    return SplitResult(name, int(train.sum()), int(test.sum()), accuracy(held.ips, pred), clock_metrics,
                       held.ips, pred)


def fit_final(profiles: list[Profile], points: MeasuredPoints, *, num_trees: int, seed: int, densify: bool,
              tp_degrees: tuple[int, ...] = ()):
    """(booster, rows, accuracy on every measured row) of the model trained on all points."""
    rows = build_rows(profiles, points, densify=densify, tp_degrees=tp_degrees)
    booster = fit_lightgbm(rows.x, rows.y, num_trees=num_trees, seed=seed)
    measured = rows.source == MEASURED
    return booster, rows, accuracy(rows.y[measured], booster.predict(rows.x[measured]))
