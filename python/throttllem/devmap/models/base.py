"""What every device-mapping model offers, and the registry that names them."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable

import numpy as np

from throttllem.devmap.data.dataset import DevMapData
from throttllem.errors import InvalidArgumentError


class DevMapModel(ABC):
    """A model that, given rows of a DevMap table, predicts P(the GPU is faster).

    ``fit`` sees only training rows; ``predict_proba`` only test rows. Models read what they need
    from the table (counts, launch, source), so one interface serves trees and networks.
    """

    #: Registry name, e.g. "grewe".
    name: str = ""
    #: One line for tables and ``--help``.
    summary: str = ""
    #: Bump when a change alters what the model computes (defaults, architecture, features):
    #: cross-validation caches key folds by it, so folds of an older revision are never reused.
    revision: int = 1

    @classmethod
    def check_environment(cls) -> None:
        """Raise a ThrottllemError naming what is missing (a compiler, a library) before any fold
        of this model starts; the default needs nothing."""

    @abstractmethod
    def fit(self, data: DevMapData, rows: np.ndarray, *, seed: int) -> DevMapModel:
        """Train on ``data`` rows ``rows``; ``seed`` makes it reproducible."""

    @abstractmethod
    def predict_proba(self, data: DevMapData, rows: np.ndarray) -> np.ndarray:
        """P(GPU) for ``data`` rows ``rows``."""

    def predict(self, data: DevMapData, rows: np.ndarray) -> np.ndarray:
        """1 (GPU) where P(GPU) > 0.5, else 0 (CPU)."""
        return (self.predict_proba(data, rows) > 0.5).astype(np.int64)


MODELS: dict[str, Callable[[], DevMapModel]] = {}


def register(cls):
    """Class decorator: make ``cls`` available as ``create(cls.name)``."""
    if not cls.name or cls.name in MODELS:
        raise InvalidArgumentError(f"model name {cls.name!r} is empty or taken")
    MODELS[cls.name] = cls
    return cls


def create(name: str, **options) -> DevMapModel:
    """A fresh, untrained model of kind ``name``."""
    if name not in MODELS:
        raise InvalidArgumentError(f"unknown model {name!r}; known: {', '.join(sorted(MODELS))}")
    return MODELS[name](**options)
