"""Compiled per-launch decisions and their measured cost, for the clprofile evaluation.

A decider is what a runtime calls before each launch: (source, kernel name, transfer bytes,
work-group size) -> 0 (CPU) or 1 (GPU). It computes the model's features from the source
(static counts and/or token statistics, cached per source, as a runtime would after its first
sight of a kernel) and calls the model compiled through TL2cgen. ``gbdt-source`` is the
product's own :class:`~throttllem.devmap.deploy.selector.DeviceSelector`; ``grewe`` and ``gbdt`` add
the static counter (:mod:`throttllem.devmap.source.static_counts`) in front of their compiled trees.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem.devmap.models.compiled import CompiledClassifier
from throttllem.devmap.models.launch import counted_launch
from throttllem.devmap.source.features import has_kernel, token_statistics
from throttllem.devmap.source.lexer import source_tokens
from throttllem.devmap.models import create
from throttllem.devmap.models.trees import TreeModel
from throttllem.devmap.profiler.labelled import ClProfileData
from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.source.static_counts import static_counts
from throttllem.errors import InvalidArgumentError


def clear_caches() -> None:
    """Forget every per-source analysis, so the next decision per kernel lexes and parses it again."""
    source_tokens.cache_clear()
    static_counts.cache_clear()
    token_statistics.cache_clear()
    has_kernel.cache_clear()


class Decider:
    """One model's compiled decision path (see the module docstring): the model's own feature
    row (:meth:`TreeModel.row`) of the launch, with static counts from the source, into its library."""

    def __init__(self, model: TreeModel, library: CompiledClassifier | None = None,
                 selector: DeviceSelector | None = None):
        self.model, self.library, self.selector = model.name, library, selector
        self._row = model.row
        paths = {"grewe": self._counted, "gbdt": self._counted, "gbdt-source": self._source}
        if model.name not in paths:
            raise InvalidArgumentError(f"no compiled decision path for model {model.name!r}; known: {', '.join(paths)}")
        self.decide = paths[model.name]

    def _counted(self, source: str, kernel: str | None, transfer: float, wgsize: float) -> int:
        return int(self.library.predict_proba_one(self._row(counted_launch(source, kernel, transfer, wgsize))) > 0.5)

    def _source(self, source: str, kernel: str | None, transfer: float, wgsize: float) -> int:
        return int(self.selector.predict(source, transfer, wgsize).device == "GPU")


def build_decider(model: str, cd: ClProfileData, folder: Path, *, seed: int, options: dict | None = None
                  ) -> tuple[Decider, np.ndarray]:
    """Fit ``model`` on every row, compile it into ``folder``, and return the decider with the
    Python model's own predictions on every row (to check the compiled path against)."""
    data, rows = cd.data, np.arange(len(cd.data))
    fitted = create(model, **(options or {})).fit(data, rows, seed=seed)
    if not isinstance(fitted, TreeModel):
        raise InvalidArgumentError(f"model {model!r} is not a compilable tree model")
    expected = fitted.predict(data, rows)
    folder.mkdir(parents=True, exist_ok=True)
    if model == "gbdt-source":
        selector = DeviceSelector.train(data, folder / "selector", model=model, seed=seed, model_options=options)
        return Decider(fitted, selector=selector), expected
    library = fitted.compile(folder / f"{model}.so",
                             provenance=f"{model} on all {len(data)} rows of {data.platform}, seed {seed}")
    return Decider(fitted, library=library), expected


@dataclass(frozen=True)
class DecisionCost:
    """Measured cost of one model's decisions over the dataset's launches (on this machine)."""

    model: str
    decisions: int
    first_pass_ms: float   # every launch once, caches empty: each kernel's source analysed at first sight
    mean_us: float         # steady state (analysis cached), over repeated passes, one call timed at a time
    p50_us: float
    p99_us: float
    timed_calls: int
    mismatches: int        # launches where the compiled decision differs from the Python model's

    @property
    def steady_ms(self) -> float:
        """Decisions x the steady-state mean latency."""
        return self.decisions * self.mean_us / 1e3


def measure_decisions(decider: Decider, cd: ClProfileData, expected: np.ndarray, *, repeats: int = 20
                      ) -> DecisionCost:
    """Time every launch's decision: one pass with empty caches, then ``repeats`` warm passes."""
    data = cd.data
    launches = [(data.src[i], cd.kernel_names[i], float(data.transfer_bytes[i]), float(data.wgsize[i]))
                for i in range(len(data))]
    clock, decide = time.perf_counter_ns, decider.decide
    clear_caches()
    first = np.empty(len(launches))
    chosen = np.empty(len(launches), dtype=np.int64)
    for i, launch in enumerate(launches):
        start = clock()
        chosen[i] = decide(*launch)
        first[i] = clock() - start
    samples = np.empty(len(launches) * repeats)
    k = 0
    for _ in range(repeats):
        for launch in launches:
            start = clock()
            decide(*launch)
            samples[k] = clock() - start
            k += 1
    samples /= 1e3
    return DecisionCost(model=decider.model, decisions=len(launches), first_pass_ms=float(first.sum() / 1e6),
                        mean_us=float(samples.mean()), p50_us=float(np.percentile(samples, 50)),
                        p99_us=float(np.percentile(samples, 99)), timed_calls=len(samples),
                        mismatches=int(np.sum(chosen != expected)))
