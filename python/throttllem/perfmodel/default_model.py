"""Recipe of the shipped synthetic IPS model: Llama-3-8B on H100, trained on the analytic perfmodel.

``scripts/make_default_model.py`` runs this recipe and writes the model into
``throttllem/models/``; the tests re-run its held-out evaluation. The model is "modelled,
not measured": it reproduces :class:`GpuPerfModel`, which a measured profile replaces.
"""

from __future__ import annotations

import numpy as np

from throttllem.perfmodel.gpu_perf_model import GpuPerfModel
from throttllem.perfmodel.gpu_spec import H100_SXM_80GB
from throttllem.perfmodel.model_shape import LLAMA3_8B

SHAPE = LLAMA3_8B
GPU = H100_SXM_80GB
TP_DEGREES = (1, 2, 4, 8)
MAX_BATCH = 256
TRAIN_ROWS_PER_TP = 100_000
TRAIN_SEED = 20261125
HOLDOUT_ROWS_PER_TP = 12_500
HOLDOUT_SEED = 7
PROVENANCE = (f"synthetic: trained on the analytic perfmodel (modelled, not measured); "
              f"{SHAPE.name} on {GPU.name}, TP {'/'.join(map(str, TP_DEGREES))}, batch 1..{MAX_BATCH}")

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
NUM_TREES = 150  # converged: trees past ~120 no longer change the held-out error


def kv_capacity_tokens(tp_degree: int) -> int:
    """KV tokens one instance of the default model holds at ``tp_degree``."""
    return GpuPerfModel(SHAPE, GPU, tp_degree).kv_capacity_tokens()


def sample_decode_rows(rows_per_tp: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Random decode states and their analytic IPS.

    Per TP degree: batch uniform in 1..MAX_BATCH; KV tokens uniform over the states a server
    can reach, from ``batch`` (one token per request) to ``min(capacity, batch * max_context)``;
    clock uniform over the GPU's supported levels. Returns ``X`` (n, 4) in feature order
    (tp_degree, batch_size, kv_tokens, clock_mhz) and ``y`` (n,) decode iterations/s.
    """
    rng = np.random.default_rng(seed)
    clocks = np.asarray(GPU.clocks_mhz, dtype=float)
    blocks_x, blocks_y = [], []
    for tp in TP_DEGREES:
        batch = rng.integers(1, MAX_BATCH + 1, rows_per_tp).astype(float)
        kv_high = np.minimum(kv_capacity_tokens(tp), batch * SHAPE.max_context_tokens)
        kv = np.floor(batch + rng.uniform(0.0, 1.0, rows_per_tp) * (kv_high - batch + 1.0))
        clock = rng.choice(clocks, rows_per_tp)
        ips = GpuPerfModel(SHAPE, GPU, tp).decode_ips(batch, kv, clock)
        blocks_x.append(np.column_stack([np.full(rows_per_tp, float(tp)), batch, kv, clock]))
        blocks_y.append(ips)
    return np.concatenate(blocks_x), np.concatenate(blocks_y)


def accuracy(y_true, y_pred) -> dict[str, float]:
    """R^2, mean absolute error (IPS), mean and max absolute percentage error (%)."""
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    residual = y_pred - y_true
    ape = np.abs(residual) / np.abs(y_true) * 100.0
    return {
        "r2": float(1.0 - np.sum(residual**2) / np.sum((y_true - y_true.mean()) ** 2)),
        "mae_ips": float(np.mean(np.abs(residual))),
        "mape_pct": float(np.mean(ape)),
        "max_ape_pct": float(np.max(ape)),
    }


def holdout_accuracy(predict) -> dict[str, float]:
    """Accuracy of ``predict(X) -> IPS`` against the analytic model on the held-out rows."""
    x, y = sample_decode_rows(HOLDOUT_ROWS_PER_TP, HOLDOUT_SEED)
    return accuracy(y, predict(x))


def train(rows_per_tp: int = TRAIN_ROWS_PER_TP, num_trees: int = NUM_TREES):
    """Fit the LightGBM model on the analytic IPS (deterministic: seeded, one thread)."""
    import lightgbm

    x, y = sample_decode_rows(rows_per_tp, TRAIN_SEED)
    data = lightgbm.Dataset(x, y,
                            feature_name=["tp_degree", "batch_size", "kv_tokens", "clock_mhz"],
                            params={"max_bin": LGBM_PARAMS["max_bin"], "verbose": -1})
    return lightgbm.train(LGBM_PARAMS, data, num_boost_round=num_trees)
