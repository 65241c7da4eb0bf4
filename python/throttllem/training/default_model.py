"""Recipe of the shipped IPS model: Llama-3-8B on H100, trained on the project's measured profiles.

``scripts/make_default_model.py`` runs this recipe and writes the model into
``throttllem/models/``; the tests re-run its evaluations. The model is "measured+modelled": its
TP-1 and TP-2 decode rows at max clock are the measured profiles ``profiles/h100-llama3-8b`` (one
H100) and ``profiles/h100-tp2-llama3-8b`` (two H100s), interpolated between their grid points;
every other clock comes from the perfmodel's clock response fitted to each profile (modelled),
and TP 4/8 from the perfmodel's TP scaling of the TP-1 profile (modelled: no 4- or 8-GPU machine
was lent to profile them). The rows are built by ``throttllem.training`` exactly as ``throttllem train
--profile <TP 1> --profile <TP 2> --tp-degrees 1,2,4,8`` builds them, and label the same GPU
model the simulator runs at each TP degree
(:class:`~throttllem.perfmodel.ProfiledPerfModel` of the profile of that degree, else
the TP-1 one TP-scaled), so the governor predicts the simulated GPU.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from throttllem.perfmodel import ProfiledPerfModel
from throttllem.profiledata import read_profile
from throttllem.profiledata.reference import reference_dir
from throttllem.training.dataset import build_rows, measured_points
# The recipe's LightGBM settings are those of every fit (training/fit.py); named here too.
from throttllem.training.fit import LGBM_PARAMS, TRAIN_SEED, fit_lightgbm  # noqa: F401

#: The committed measured profiles trained on, by TP degree. TP degrees not here are TP-scaled
#: from the TP-1 profile (modelled), as the simulator does (``find_reference_profile``).
PROFILE_NAMES = {1: "h100-llama3-8b", 2: "h100-tp2-llama3-8b"}
PROFILE_NAME = PROFILE_NAMES[1]  # the one-GPU profile: the base of the TP-scaled degrees
TP_DEGREES = (1, 2, 4, 8)
MAX_BATCH = 256
HOLDOUT_ROWS_PER_TP = 12_500
HOLDOUT_SEED = 7

NUM_TREES = 150  # more trees change nothing: the monotone constraints stop the boosting earlier


def profile_path(tp_degree: int = 1) -> Path:
    """The committed reference profile of ``tp_degree`` (one of :data:`PROFILE_NAMES`)."""
    folder = reference_dir()
    if folder is None:
        raise FileNotFoundError("the reference profiles (profiles/ or throttllem/profiles/) are missing")
    return folder / f"{PROFILE_NAMES[tp_degree]}.csv"


@lru_cache(maxsize=None)
def load_profile(tp_degree: int = 1):
    """The measured profile of ``tp_degree`` (TP 1: the one-GPU profile)."""
    return read_profile(profile_path(tp_degree))


def load_profiles() -> list:
    """Every measured profile the model is trained on, in TP order."""
    return [load_profile(tp) for tp in sorted(PROFILE_NAMES)]


def provenance() -> str:
    """The one-line provenance written into the model's sidecar (no date of training: reproducible)."""
    meta = load_profile(1).metadata
    measured = []
    for tp in sorted(PROFILE_NAMES):
        profile = load_profile(tp)
        gpus = "" if tp == 1 else f"{tp} GPUs, "
        measured.append(f"TP {tp} (profiles/{PROFILE_NAMES[tp]}.csv, {gpus}{profile.metadata['created_utc'][:10]}, "
                        f"{len(profile.decode_rows())} points)")
    scaled = "/".join(str(t) for t in TP_DEGREES if t not in PROFILE_NAMES)
    return (f"measured+modelled: {meta['model']['name']} decode on {meta['gpu']['name']} measured at its own "
            f"clock, {' and '.join(measured)}, interpolated; other clocks modelled (perfmodel clock response "
            f"fitted to each profile); TP {scaled} modelled (perfmodel TP scaling of the TP-1 profile); "
            f"batch 1..{MAX_BATCH}")


def training_rows():
    """The training rows (throttllem.training.dataset.Rows): measured, interpolated and
    clock-response rows of every measured profile (each calibrated at its own TP degree), and
    tp-scaling rows of the TP-1 profile for the TP degrees no profile measured."""
    profiles = load_profiles()
    return build_rows(profiles, measured_points(profiles), densify=True, tp_degrees=TP_DEGREES)


def train(num_trees: int = NUM_TREES, rows=None):
    """Fit the LightGBM model (deterministic: seeded, one thread) on ``rows`` (default
    :func:`training_rows`)."""
    rows = training_rows() if rows is None else rows
    return fit_lightgbm(rows.x, rows.y, num_trees=num_trees, seed=TRAIN_SEED)


@cache
def simulated_gpu(tp_degree: int):
    """The simulator's GPU model of the default engine at ``tp_degree`` (what the model should
    predict): the measured profile of that degree, else the TP-1 profile TP-scaled (modelled)."""
    profile = load_profile(tp_degree if tp_degree in PROFILE_NAMES else 1)
    return ProfiledPerfModel.from_profile(profile, tp_degree)


def kv_capacity_tokens(tp_degree: int) -> int:
    """KV tokens one instance of the default engine holds at ``tp_degree``."""
    return simulated_gpu(tp_degree).kv_capacity_tokens()


def sample_decode_rows(rows_per_tp: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Random decode states and their IPS on the simulated GPU (modelled).

    Per TP degree: batch uniform in 1..MAX_BATCH; KV tokens uniform over the states a server
    can reach, from ``batch`` (one token per request) to ``min(capacity, batch * max_context)``;
    clock uniform over the GPU's supported levels. Returns ``X`` (n, 4) in feature order
    (tp_degree, batch_size, kv_tokens, clock_mhz) and ``y`` (n,) decode iterations/s.
    """
    rng = np.random.default_rng(seed)
    blocks_x, blocks_y = [], []
    for tp in TP_DEGREES:
        gpu = simulated_gpu(tp)
        clocks = np.asarray(gpu.gpu.clocks_mhz, dtype=float)
        batch = rng.integers(1, MAX_BATCH + 1, rows_per_tp).astype(float)
        kv_high = np.minimum(kv_capacity_tokens(tp), batch * gpu.shape.max_context_tokens)
        kv = np.floor(batch + rng.uniform(0.0, 1.0, rows_per_tp) * (kv_high - batch + 1.0))
        clock = rng.choice(clocks, rows_per_tp)
        blocks_x.append(np.column_stack([np.full(rows_per_tp, float(tp)), batch, kv, clock]))
        blocks_y.append(np.asarray(gpu.decode_ips(batch, kv, clock)))
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
    """Accuracy of ``predict(X) -> IPS`` against the simulated GPU on fresh random states."""
    x, y = sample_decode_rows(HOLDOUT_ROWS_PER_TP, HOLDOUT_SEED)
    return accuracy(y, predict(x))


def measured_points_x(tp_degree: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(X, measured IPS) of the profiles' decode points at max clock (all TP degrees, or one)."""
    points = measured_points(load_profiles())
    x = np.column_stack([points.tp_degree, points.batch_size, points.kv_tokens, points.clock_mhz])
    keep = np.ones(len(points), dtype=bool) if tp_degree is None else points.tp_degree == tp_degree
    return x[keep], points.ips[keep]


def measured_accuracy(predict, tp_degree: int | None = None) -> dict[str, float]:
    """Accuracy of ``predict(X) -> IPS`` on the profiles' measured decode points (max clock):
    all of them (TP 1 and 2), or those of one TP degree."""
    x, y = measured_points_x(tp_degree)
    return accuracy(y, predict(x))
