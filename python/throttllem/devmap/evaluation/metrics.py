"""Scores of a device mapping on one platform: accuracy and speedup over the static mapping.

The static mapping runs every kernel on the one device that is most often the faster on that
platform (DeepTune's Zero-R: the CPU on AMD, the GPU on NVIDIA). A row's speedup is the static
device's runtime over the runtime of the device the model chose; the oracle always chooses the
faster device. Means are arithmetic (the papers' figure) and geometric (fairer to ratios).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from throttllem.devmap.data.dataset import DevMapData, static_device
from throttllem.errors import InvalidArgumentError


@dataclass(frozen=True)
class Score:
    """Measured figures of one model on one platform under one protocol (all rows, out of fold)."""

    rows: int
    accuracy: float
    speedup_mean: float          # arithmetic mean over rows, vs the static mapping
    speedup_geomean: float
    oracle_speedup_mean: float
    oracle_speedup_geomean: float
    static_device: str

    @property
    def oracle_share(self) -> float:
        """Arithmetic-mean speedup as a share of the oracle's."""
        return self.speedup_mean / self.oracle_speedup_mean

    @property
    def oracle_share_geomean(self) -> float:
        return self.speedup_geomean / self.oracle_speedup_geomean

    def as_dict(self) -> dict:
        return {**asdict(self), "oracle_share": self.oracle_share, "oracle_share_geomean": self.oracle_share_geomean}


def score(data: DevMapData, predicted: np.ndarray, *, static: int | None = None) -> Score:
    """Score ``predicted`` labels (0 CPU, 1 GPU; one per row of ``data``).

    ``static`` fixes the static device (0/1); by default it is the majority label of ``data``
    (pass the whole platform's when ``data`` is a part of it).
    """
    predicted = np.asarray(predicted)
    if predicted.shape != (len(data),):
        raise InvalidArgumentError(f"need one prediction per row ({len(data)}), got shape {predicted.shape}")
    if not np.isin(predicted, (0, 1)).all():
        raise InvalidArgumentError("predictions must be 0 (CPU) or 1 (GPU)")
    predicted = predicted.astype(np.int64)
    runtimes = data.runtimes()
    rows = np.arange(len(data))
    static = static_device(data.label) if static is None else int(static)
    baseline = runtimes[:, static]
    speedup = baseline / runtimes[rows, predicted]
    oracle = baseline / runtimes[rows, data.label]
    return Score(
        rows=len(data),
        accuracy=float(np.mean(predicted == data.label)),
        speedup_mean=float(np.mean(speedup)),
        speedup_geomean=float(np.exp(np.mean(np.log(speedup)))),
        oracle_speedup_mean=float(np.mean(oracle)),
        oracle_speedup_geomean=float(np.exp(np.mean(np.log(oracle)))),
        static_device=("CPU", "GPU")[static],
    )
