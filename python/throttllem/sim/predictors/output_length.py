"""Output-length experiments: lengths computed up front from the true ones.

A real deployment predicts output lengths live (``throttllem.lengths``: the governor's default
``online`` predictor is asked at each arrival and learns from completions, in the simulator
too). These table predictors read the true length, so they are experiments of known error:

- ``oracle``: the true length (what the clairvoyant oracle policy also gets);
- ``noisy``: the true length times a uniform factor in [1 - error, 1 + error], seeded
  (throttLL'eM reports results with 30% injected error, Kakolyris et al., HPCA 2025);
- ``constant``: the same guess for every request (no predictor at all).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.options import Registry

LengthPredictor = Callable[[np.ndarray], np.ndarray]
EXPERIMENTS = Registry("length predictor")
names = EXPERIMENTS.names


def register(name: str):
    """Decorator: registers a factory of table predictors under ``name``."""
    return EXPERIMENTS.register(name=name)


def make(name: str, **kwargs) -> LengthPredictor:
    """A predictor mapping true output lengths (array) to predicted ones (array, >= 1)."""
    return EXPERIMENTS.make(name, **kwargs)


@register("oracle")
def oracle() -> LengthPredictor:
    return lambda true_tokens: np.asarray(true_tokens, dtype=np.int64).copy()


@register("noisy")
def noisy(error: float = 0.3, seed: int = 0) -> LengthPredictor:
    if not 0 <= error < 1:
        raise InvalidArgumentError("error must be in [0, 1)")

    def predict(true_tokens: np.ndarray) -> np.ndarray:
        rng = np.random.default_rng(seed)
        factor = rng.uniform(1.0 - error, 1.0 + error, size=len(true_tokens))
        return np.maximum(np.rint(np.asarray(true_tokens) * factor), 1).astype(np.int64)
    return predict


@register("constant")
def constant(tokens: int = 256) -> LengthPredictor:
    if tokens < 1:
        raise InvalidArgumentError("tokens must be >= 1")
    return lambda true_tokens: np.full(len(true_tokens), int(tokens), dtype=np.int64)
