"""End-to-end value of the device selector per CPU runtime (``throttllem clprofile evaluate``).

For each CPU runtime of a dataset (:func:`~throttllem.devmap.profiler.runtimes.load_runtimes`)
and each protocol (leave-one-kernel-out, program-held-out), every model's out-of-fold choice
picks the CPU runtime or the GPU per launch. The end-to-end total of a policy is

    sum over launches of the chosen device's measured time
    + launches x the model's steady decision time (measured)
    + each kernel's first-sight decision, once (measured)

against always-CPU, always-GPU and the oracle (no decision cost). The share of the oracle's gain
captured is ``(best_static - selector) / (best_static - oracle)`` with ``best_static`` the better
of always-CPU and always-GPU. Kernel times come from the dataset (measured where it was made);
decision times are measured in this run, on this machine, with each model fitted on all of the
runtime's rows and compiled (see :mod:`~throttllem.devmap.profiler.deciders`).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from throttllem._progress import progress_bar
from throttllem.devmap.evaluation.protocols import SEED
from throttllem.devmap.profiler.deciders import LaunchCost, build_decider, measure_launch_costs
from throttllem.devmap.profiler.evaluate import ModelResult, check_models, cross_validate, folds_for, score
from throttllem.devmap.profiler.labelled import ClProfileData
from throttllem.errors import InvalidArgumentError

END_TO_END_PROTOCOLS = ("loko", "program")
ACCEPT_CAPTURED = 0.70  # the acceptance asks >= 70% of the oracle's gain over the better static policy


# ---- accounting (pure) ---------------------------------------------------------------------------
def static_totals(cpu_ms, gpu_ms) -> dict[str, float]:
    """Sums (ms) of always-CPU, always-GPU and the oracle (the faster device per launch)."""
    cpu, gpu = np.asarray(cpu_ms, dtype=float), np.asarray(gpu_ms, dtype=float)
    return {"always-CPU": float(cpu.sum()), "always-GPU": float(gpu.sum()),
            "oracle": float(np.minimum(cpu, gpu).sum())}


@dataclass(frozen=True)
class Total:
    """A selector's end-to-end total (ms) and its parts."""

    kernel_ms: float          # the chosen devices' measured times
    steady_ms: float          # launches x steady decision time
    first_sight_ms: float     # each kernel's first-sight decision, once

    @property
    def total_ms(self) -> float:
        return self.kernel_ms + self.steady_ms + self.first_sight_ms


def selector_total(cpu_ms, gpu_ms, choices, cost: LaunchCost | None) -> Total:
    """The end-to-end total of ``choices`` (1 = GPU per launch) with ``cost`` (None: free decisions)."""
    chosen = np.where(np.asarray(choices) == 1, np.asarray(gpu_ms, dtype=float), np.asarray(cpu_ms, dtype=float))
    if cost is None:
        return Total(float(chosen.sum()), 0.0, 0.0)
    return Total(float(chosen.sum()), cost.steady_ms, cost.first_sight_ms)


def best_static(totals: dict[str, float]) -> tuple[str, float]:
    """The better of always-CPU and always-GPU: (name, total ms)."""
    return min((("always-CPU", totals["always-CPU"]), ("always-GPU", totals["always-GPU"])), key=lambda kv: kv[1])


def captured_share(best_static_ms: float, selector_ms: float, oracle_ms: float) -> float | None:
    """``(best_static - selector) / (best_static - oracle)``; None when the oracle gains nothing."""
    gain = best_static_ms - oracle_ms
    return None if gain <= 0 else (best_static_ms - selector_ms) / gain


@dataclass(frozen=True)
class Verdict:
    """The acceptance's three checks for one runtime x protocol x model."""

    beats_cpu: bool
    beats_gpu: bool
    captured: float | None

    @property
    def captures_enough(self) -> bool:
        return self.captured is not None and self.captured >= ACCEPT_CAPTURED

    @property
    def passed(self) -> bool:
        return self.beats_cpu and self.beats_gpu and self.captures_enough


def verdict(totals: dict[str, float], selector_ms: float) -> Verdict:
    """Does ``selector_ms`` beat always-CPU and always-GPU (strictly) and capture >= 70%?"""
    return Verdict(selector_ms < totals["always-CPU"], selector_ms < totals["always-GPU"],
                   captured_share(best_static(totals)[1], selector_ms, totals["oracle"]))


# ---- the evaluation ------------------------------------------------------------------------------
@dataclass
class ProtocolResult:
    """One protocol's folds and each model's out-of-fold choices on one runtime."""

    protocol: str
    n_folds: int
    one_label_folds: int
    results: list[ModelResult]
    folds: list = field(repr=False, default_factory=list)


@dataclass
class RuntimeResult:
    """One CPU runtime against the GPU: its table, decision costs and protocol results."""

    cd: ClProfileData
    costs: dict[str, LaunchCost]
    protocols: list[ProtocolResult]
    skipped: str = ""         # why no model was evaluated (one label, or one kernel), else ""

    def totals(self) -> dict[str, float]:
        d = self.cd.data
        return static_totals(d.runtime_cpu, d.runtime_gpu)

    def total(self, result: ModelResult) -> Total:
        d = self.cd.data
        return selector_total(d.runtime_cpu, d.runtime_gpu, result.predictions, self.costs.get(result.model))


@dataclass
class EndToEndReport:
    """Everything ``clprofile evaluate`` prints: per runtime, per protocol, per model."""

    dataset: str
    runtimes: list[RuntimeResult]
    machine: str                # where decision latency was measured
    command: str = ""


def evaluate_runtimes(runtimes: list[ClProfileData], models, protocols=END_TO_END_PROTOCOLS, *, seed: int = SEED,
                      options: dict[str, dict] | None = None, repeats: int = 20, rounds: int = 5,
                      progress: bool = True, machine: str = "", command: str = "", dataset: str = ""
                      ) -> EndToEndReport:
    """Cross-validate ``models`` per runtime and protocol, and time each model's decisions on the
    runtime's launches (fitted on all its rows, compiled). A runtime whose launches all have one
    label, or of one kernel, is reported with its static totals and no model (nothing to select or
    to cross-validate); InvalidArgumentError when no runtime has 2 kernels."""
    models = check_models(models)
    options = options or {}
    if not runtimes:
        raise InvalidArgumentError("no CPU runtime to evaluate")
    plans = []
    for cd in runtimes:  # folds first: a bad protocol or too few programs fails before any fitting
        if len(set(cd.data.benchmark)) < 2:
            skip = f"{len(set(cd.data.benchmark))} kernel: cross-validation by kernel needs at least 2"
        elif len(np.unique(cd.data.label)) < 2:
            skip = f"every launch is faster on the {'GPU' if cd.data.label[0] == 1 else 'CPU'}: nothing to select"
        else:
            skip = ""
        plans.append((cd, skip, [] if skip else [(p, folds_for(cd, p, seed=seed)) for p in protocols]))
    if all(skip.endswith("needs at least 2") for _, skip, _ in plans):
        raise InvalidArgumentError("cross-validation by kernel needs at least 2 kernels on some CPU runtime")
    steps = sum(len(models) * (1 + sum(len(f) for _, f in fl)) for _, _, fl in plans)
    bar = progress_bar(steps, desc="clprofile evaluate", unit="step", enabled=progress)
    out = []
    try:
        with tempfile.TemporaryDirectory(prefix="clprofile-eval-") as tmp:
            for n, (cd, skip, fold_lists) in enumerate(plans):
                if skip:
                    out.append(RuntimeResult(cd, {}, [], skipped=skip))
                    continue
                costs = {}
                for m in models:
                    bar.set_postfix_str(f"{cd.runtime}: {m} decisions")
                    if m != "static":
                        decider, expected = build_decider(m, cd, Path(tmp) / f"{n}-{m}", seed=seed,
                                                          options=options.get(m))
                        costs[m] = measure_launch_costs(decider, cd, expected, repeats=repeats, rounds=rounds)
                    bar.update()
                protocol_results = []
                for protocol, fold_list in fold_lists:
                    results, one = [], 0
                    for m in models:
                        bar.set_postfix_str(f"{cd.runtime}: {protocol} {m}")
                        predictions, one, seconds = cross_validate(cd, m, fold_list, seed=seed,
                                                                   options=options.get(m), bar=bar)
                        results.append(score(cd, m, predictions, seconds, None))
                    protocol_results.append(ProtocolResult(protocol, len(fold_list), one, results, fold_list))
                out.append(RuntimeResult(cd, costs, protocol_results))
    finally:
        bar.close()
    return EndToEndReport(dataset, out, machine, command)
