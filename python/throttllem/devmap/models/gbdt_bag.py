"""``gbdt-source-bag``: five ``gbdt-source`` GBDTs at gbdt-plus's pace, P(GPU) averaged.

Chosen for the random-fold bar (AMD > 94%) among the candidates of docs/DEVMAP.md's tuning log
(random folds of fold seeds 0-2, both platforms; never the reported seed 204): averages of the
GBDTs' probabilities (gbdt-ir / gbdt-source / gbdt-plus, with IR or AST counts), slower
learning, fewer leaves, half the columns per tree, and bags of one model fitted with different
LightGBM seeds. This one had the highest AMD mean (93.8 ± 0.6, NVIDIA 91.2 ± 0.7); its margin
over plain ``gbdt-source`` (93.7 ± 0.2) is within the spread over seeds.

Each copy is ``gbdt-source`` (the 25 token statistics + [transfer, wgsize]: no clang needed)
with 1000 trees at learning rate 0.02, fitted with LightGBM seed ``seed + 1000 k``. Averaging
probabilities of five models is not one tree ensemble, so the bag is not compiled: a runtime
decision would use ``gbdt-source`` (compiled) instead.
"""

from __future__ import annotations

import numpy as np

from throttllem.devmap.models.base import DevMapModel, register
from throttllem.devmap.models.trees import GbdtSource
from throttllem.errors import InvalidArgumentError

#: LightGBM seeds of the copies are ``seed + SEED_STRIDE * k``.
SEED_STRIDE = 1000


@register
class GbdtSourceBag(DevMapModel):
    """Copies of ``gbdt-source`` (1000 trees, lr 0.02) with different LightGBM seeds, averaged."""

    name = "gbdt-source-bag"
    summary = "5 x GBDT (LightGBM, 1000 trees) on source token statistics + launch, P(GPU) averaged"

    def __init__(self, copies: int = 5, n_estimators: int = 1000, learning_rate: float = 0.02,
                 num_leaves: int = 15, min_child_samples: int = 5) -> None:
        if copies < 1:
            raise InvalidArgumentError(f"{self.name}: need copies >= 1, got {copies}")
        self.members = [GbdtSource(n_estimators=n_estimators, learning_rate=learning_rate, num_leaves=num_leaves,
                                   min_child_samples=min_child_samples) for _ in range(copies)]
        self._fitted = False

    def fit(self, data, rows, *, seed):
        for k, member in enumerate(self.members):
            member.fit(data, rows, seed=seed + SEED_STRIDE * k)
        self._fitted = True
        return self

    def predict_proba(self, data, rows):
        if not self._fitted:
            raise InvalidArgumentError("fit the model first")
        return np.mean([member.predict_proba(data, rows) for member in self.members], axis=0)
