"""Compiled per-launch decisions and their measured cost, for the clprofile evaluation.

A decider is what a runtime calls before each launch: (source, kernel name, transfer bytes,
work-group size, work-items) -> 0 (CPU) or 1 (GPU); only ``gbdt-launch`` reads the work-items.
It computes the model's features from the source (static counts and/or token statistics, cached
per source, as a runtime would after its first sight of a kernel) and calls the model compiled
through TL2cgen. ``gbdt-source`` and ``gbdt-launch`` are the product's own
:class:`~throttllem.devmap.deploy.selector.DeviceSelector` (timed through the host API);
``grewe`` and ``gbdt`` add the static counter (:mod:`throttllem.devmap.source.static_counts`) in
front of their compiled trees.
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
from throttllem.devmap.deploy.selector import SOURCE_MODELS, DeviceSelector
from throttllem.devmap.source.static_counts import static_counts
from throttllem.devmap.source.structure import structure_statistics
from throttllem.errors import InvalidArgumentError


def clear_caches() -> None:
    """Forget every per-source analysis, so the next decision per kernel lexes and parses it again."""
    source_tokens.cache_clear()
    static_counts.cache_clear()
    token_statistics.cache_clear()
    structure_statistics.cache_clear()
    has_kernel.cache_clear()


class Decider:
    """One model's compiled decision path (see the module docstring): the model's own feature
    row (:meth:`TreeModel.row`) of the launch, with static counts from the source, into its library."""

    def __init__(self, model: TreeModel, library: CompiledClassifier | None = None,
                 selector: DeviceSelector | None = None):
        self.model, self.library, self.selector = model.name, library, selector
        self._row = model.row
        paths = {"grewe": self._counted, "gbdt": self._counted, "gbdt-launch": self._source,
                 "gbdt-source": self._source}
        if model.name not in paths:
            raise InvalidArgumentError(f"no compiled decision path for model {model.name!r}; known: {', '.join(paths)}")
        self.decide = paths[model.name]

    def _counted(self, source: str, kernel: str | None, transfer: float, wgsize: float, work_items: float = 0.0) -> int:
        launch = counted_launch(source, kernel, transfer, wgsize, work_items=work_items)
        return int(self.library.predict_proba_one(self._row(launch)) > 0.5)

    def _source(self, source: str, kernel: str | None, transfer: float, wgsize: float, work_items: float = 0.0) -> int:
        return int(self.selector.predict(source, transfer, wgsize, kernel=kernel, work_items=work_items).device == "GPU")


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
    if model in SOURCE_MODELS:
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
    items = data.work_item_counts()
    launches = [(data.src[i], cd.kernel_names[i], float(data.transfer_bytes[i]), float(data.wgsize[i]), items[i])
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


HOST_PATH = "host API: HostSelector.select (cached source analysis, compiled C++ Classifier)"
COUNTED_PATH = "static counter + compiled trees (no host-API path for this model)"


@dataclass(frozen=True)
class LaunchCost:
    """Measured decision cost of one model over one CPU runtime's launches, as the end-to-end total
    charges it: each kernel's first sight once, plus the steady decision for every launch."""

    model: str
    path: str                  # which decision path was timed (HOST_PATH or COUNTED_PATH)
    kernels: int
    launches: int
    first_sight_ms: float      # sum over kernels of the kernel's mean first-sight decision
    first_sight_p50_us: float  # over every timed first sight
    first_sight_p99_us: float
    steady_mean_us: float      # analysis cached, each call timed alone
    steady_p50_us: float
    steady_p99_us: float
    timed_calls: int
    mismatches: int            # launches whose timed decision differs from the Python model's

    @property
    def steady_ms(self) -> float:
        """Launches x the steady mean latency."""
        return self.launches * self.steady_mean_us / 1e3

    @property
    def decision_ms(self) -> float:
        """What the end-to-end total adds: steady decisions for every launch + first sights."""
        return self.steady_ms + self.first_sight_ms


def _sizes(text: str) -> tuple[int, ...] | None:
    """A recorded launch size ("1024", "16x16"; "" = the runtime's choice) as a tuple."""
    return tuple(int(x) for x in text.split("x")) if text.strip() else None


def measure_launch_costs(decider: Decider, cd: ClProfileData, expected: np.ndarray, *, repeats: int = 20,
                         rounds: int = 5) -> LaunchCost:
    """Time ``decider``'s model on every launch of ``cd``: ``rounds`` first sights per kernel (every
    cache empty), then ``repeats`` steady calls per launch. gbdt-source and gbdt-launch go through the
    host API (:class:`~throttllem.devmap.host.HostSelector`, decide-only, a fresh one and every
    analysis cache cleared per first sight; steady calls repeat a launch, so the host API's memo
    answers them); grewe/gbdt through the static counter and their compiled trees (caches cleared
    per first sight).
    Each call timed alone with perf_counter_ns from outside."""
    if len(cd.global_sizes) != len(cd.data):
        raise InvalidArgumentError("timing launches needs each row's global size (load with load_runtimes)")
    data = cd.data
    clock = time.perf_counter_ns
    first_rows: dict[str, int] = {}
    for i, kernel in enumerate(data.benchmark):
        first_rows.setdefault(kernel, i)
    if decider.selector is not None:
        from throttllem.devmap.host import HostSelector
        from throttllem.devmap.source.first_sight import analyse

        first_kernel: dict[str, str] = {}  # per source: its first kernel, for rows that name none

        def name(i: int) -> str:
            if cd.kernel_names[i]:
                return cd.kernel_names[i]
            if data.src[i] not in first_kernel:
                found = analyse(data.src[i])
                first_kernel[data.src[i]] = found.kernels[0] if found and found.kernels else ""
            return first_kernel[data.src[i]]

        launches = [(data.src[i], name(i), _sizes(cd.global_sizes[i]), _sizes(cd.local_sizes[i]))
                    for i in range(len(data))]
        path = HOST_PATH

        def fresh():
            clear_caches()
            return HostSelector(decider.selector, opencl=False, max_log=1)

        def call(host, i):
            src, name, gsize, lsize = launches[i]
            return int(host.select(src, name, gsize, lsize, transfer_bytes=float(data.transfer_bytes[i])).predicted
                       == "GPU")
    else:
        path = COUNTED_PATH

        def fresh():
            clear_caches()
            return decider.decide

        items = data.work_item_counts()

        def call(decide, i):
            return decide(data.src[i], cd.kernel_names[i], float(data.transfer_bytes[i]), float(data.wgsize[i]),
                          items[i])
    firsts, per_kernel = [], []
    for i in first_rows.values():
        times = []
        for _ in range(rounds):
            target = fresh()
            start = clock()
            call(target, i)
            times.append(clock() - start)
        per_kernel.append(np.mean(times))
        firsts += times
    target = fresh()
    chosen = np.asarray([call(target, i) for i in range(len(data))], dtype=np.int64)  # warms every source
    samples = np.empty(len(data) * repeats)
    k = 0
    for i in range(len(data)):
        for _ in range(repeats):
            start = clock()
            call(target, i)
            samples[k] = clock() - start
            k += 1
    samples /= 1e3
    firsts_us = np.asarray(firsts) / 1e3
    return LaunchCost(model=decider.model, path=path, kernels=len(first_rows), launches=len(data),
                      first_sight_ms=float(np.sum(per_kernel) / 1e6), first_sight_p50_us=float(np.percentile(firsts_us, 50)),
                      first_sight_p99_us=float(np.percentile(firsts_us, 99)), steady_mean_us=float(samples.mean()),
                      steady_p50_us=float(np.percentile(samples, 50)), steady_p99_us=float(np.percentile(samples, 99)),
                      timed_calls=int(samples.size + len(firsts)), mismatches=int(np.sum(chosen != expected)))
