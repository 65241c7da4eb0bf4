"""End-to-end value of the device selector on a clprofile dataset (``throttllem clprofile evaluate``).

Models are cross-validated with folds grouped by kernel (by default leave-one-kernel-out: a
dataset of tens of kernels, most of whose labels agree, leaves 10-fold groups with few kernels
of the rare label to learn from; ``grouped`` gives the DevMap protocol's StratifiedGroupKFold).
Every out-of-fold choice picks a measured runtime; the end-to-end figure is the sum over all
launches of the chosen device's measured time PLUS the decisions' cost, measured in the same run
on this machine with each model fitted on all rows and compiled (see ``deciders``). Kernel times
were measured on the machine that made the dataset; decision times here: the report says which.
"""

from __future__ import annotations

import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from throttllem._progress import progress_bar
from throttllem._markdown import write_marked_block
from throttllem.devmap.models import create
from throttllem.devmap.models.trees import TreeModel
from throttllem.devmap.profiler.deciders import DecisionCost, build_decider, measure_decisions
from throttllem.devmap.profiler.labelled import ClProfileData
from throttllem.devmap.evaluation.protocols import N_FOLDS, SEED, _merged_groups as merged_groups, kernel_groups
from throttllem.devmap.evaluation.protocols import folds as devmap_folds
from throttllem.errors import InvalidArgumentError

PROTOCOLS = ("loko", "grouped", "program")
DEFAULT_MODELS = ("grewe", "gbdt", "gbdt-source", "gbdt-launch")
PROTOCOL_NAMES = {"loko": "leave-one-kernel-out", "grouped": "10-fold grouped by kernel (StratifiedGroupKFold)",
                  "program": "program-held-out (StratifiedGroupKFold by program, up to 10 folds)"}


def kernel_folds(data, protocol: str, *, seed: int = SEED) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) row indices per fold; no kernel (nor identical source) is on both sides."""
    if protocol == "grouped":
        with warnings.catch_warnings():  # expected: the rare label has fewer rows than folds (reported)
            warnings.filterwarnings("ignore", message="The least populated class", category=UserWarning)
            return list(devmap_folds(data, "grouped", seed=seed))
    if protocol != "loko":
        raise InvalidArgumentError(f"unknown protocol {protocol!r}; known: loko, grouped")
    groups = kernel_groups(data)
    return [(np.flatnonzero(groups != g), np.flatnonzero(groups == g)) for g in np.unique(groups)]


def program_folds(cd, *, seed: int = SEED, n_folds: int = N_FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    """Program-held-out folds: DevMap's ``program`` protocol (stratified group folds, ``seed``) with
    each row's program from the dataset (:mod:`~throttllem.devmap.profiler.runtimes`), programs
    sharing a source merged; ``min(n_folds, programs)`` folds. No program is on both sides."""
    from sklearn.model_selection import StratifiedGroupKFold

    if len(cd.programs) != len(cd.data):
        raise InvalidArgumentError("program-held-out folds need each row's program (load the dataset with "
                                   "profiler.runtimes.load_runtimes)")
    groups = merged_groups(cd.programs, cd.data.src)
    splits = min(n_folds, len(np.unique(groups)))
    if splits < 2:
        raise InvalidArgumentError(f"program-held-out folds need at least 2 programs, the rows have {splits}")
    splitter = StratifiedGroupKFold(n_splits=splits, shuffle=True, random_state=seed)
    with warnings.catch_warnings():  # expected: the rare label has fewer rows than folds (reported)
        warnings.filterwarnings("ignore", message="The least populated class", category=UserWarning)
        return list(splitter.split(np.zeros((len(cd.data), 1)), cd.data.label, groups=groups))


def folds_for(cd, protocol: str, *, seed: int = SEED) -> list[tuple[np.ndarray, np.ndarray]]:
    """The folds of ``protocol`` (one of PROTOCOLS) over ``cd``'s rows."""
    if protocol == "program":
        return program_folds(cd, seed=seed)
    if protocol not in PROTOCOLS:
        raise InvalidArgumentError(f"unknown protocol {protocol!r}; known: {', '.join(PROTOCOLS)}")
    return kernel_folds(cd.data, protocol, seed=seed)


def cross_validate(cd, model: str, fold_list, *, seed: int = SEED, options: dict | None = None, bar=None
                   ) -> tuple[np.ndarray, int, float]:
    """Out-of-fold predictions of ``model`` (0 CPU / 1 GPU per row), the folds whose training rows
    had one label (predicted as that label: a classifier cannot fit one class), and wall seconds."""
    predictions = np.full(len(cd.data), -1, dtype=np.int64)
    one_label = 0
    start = time.perf_counter()
    for train, test in fold_list:
        seen = np.unique(cd.data.label[train])
        if len(seen) == 1:
            predictions[test] = seen[0]
            one_label += 1
        else:
            fitted = create(model, **(options or {})).fit(cd.data, train, seed=seed)
            predictions[test] = fitted.predict(cd.data, test)
        if bar is not None:
            bar.update()
    return predictions, one_label, time.perf_counter() - start


@dataclass(frozen=True)
class ModelResult:
    """One model's out-of-fold choices, scores and end-to-end time (all measured)."""

    model: str
    predictions: np.ndarray = field(repr=False)
    accuracy: float
    recall_cpu: float | None       # share of CPU-faster launches sent to the CPU (None: there are none)
    recall_gpu: float | None
    cpu_right: int                 # CPU-faster launches sent to the CPU
    selected_ms: float             # sum of the chosen devices' measured times (zero-latency decisions)
    seconds: float                 # fit + predict over all folds, wall time
    cost: DecisionCost | None      # None: a constant model (no per-launch work)

    @property
    def balanced_accuracy(self) -> float:
        recalls = [r for r in (self.recall_cpu, self.recall_gpu) if r is not None]
        return float(np.mean(recalls))

    @property
    def decision_ms(self) -> float:
        """Decision time added end to end: the first pass (each kernel analysed at first sight)."""
        return self.cost.first_pass_ms if self.cost else 0.0

    @property
    def total_ms(self) -> float:
        return self.selected_ms + self.decision_ms


def score(cd: ClProfileData, model: str, predictions: np.ndarray, seconds: float,
          cost: DecisionCost | None) -> ModelResult:
    d = cd.data
    label = d.label
    chosen = np.where(predictions == 1, d.runtime_gpu, d.runtime_cpu)

    def recall(device: int) -> float | None:
        rows = label == device
        return float(np.mean(predictions[rows] == device)) if rows.any() else None

    return ModelResult(model=model, predictions=predictions, accuracy=float(np.mean(predictions == label)),
                       recall_cpu=recall(0), recall_gpu=recall(1), cpu_right=int(np.sum((label == 0) & (predictions == 0))),
                       selected_ms=float(chosen.sum()), seconds=seconds, cost=cost)


@dataclass
class Report:
    """Everything ``clprofile evaluate`` prints."""

    cd: ClProfileData
    protocol: str
    n_folds: int
    results: list[ModelResult]
    machine: str                    # where decision latency was measured
    command: str = ""
    one_label_folds: int = 0        # folds whose training rows had one label: predicted as that label

    def baselines(self) -> dict[str, float]:
        return self.cd.totals_ms()

    def lines(self) -> list[str]:
        """Plain-text report."""
        return _render(self, markdown=False)

    def markdown(self) -> str:
        return "\n".join(_render(self, markdown=True)) + "\n"


def check_models(models) -> list[str]:
    """The models, checked: registered, and a tree model or ``static`` (DeepTune is not compiled);
    each named once (a repeat would be cross-validated and reported twice)."""
    out = []
    for m in dict.fromkeys(models):
        model = create(m)
        if m != "static" and not isinstance(model, TreeModel):
            raise InvalidArgumentError(f"model {m!r} has no compiled decision path (tree models and static only)")
        out.append(m)
    return out


def evaluate(cd: ClProfileData, models=DEFAULT_MODELS, protocol: str = "loko", *, seed: int = SEED,
             options: dict[str, dict] | None = None, repeats: int = 20, progress: bool = True,
             machine: str = "", command: str = "") -> Report:
    """Cross-validate each model, then fit it on every row, compile it and time its decisions."""
    models = check_models(models)
    kernels = len(np.unique(kernel_groups(cd.data)))
    if kernels < 2:  # a fold grouped by kernel would train on nothing
        raise InvalidArgumentError(f"cross-validation by kernel needs at least 2 kernels, the rows have {kernels}")
    if len(np.unique(cd.data.label)) < 2:
        raise InvalidArgumentError("the rows have only one label (every launch is faster on the same device): "
                                   "there is nothing to select; add kernels with the other label")
    fold_list = folds_for(cd, protocol, seed=seed)
    options = options or {}
    bar = progress_bar(len(models) * (len(fold_list) + 1), desc="clprofile evaluate", unit="step", enabled=progress)
    results, one_label_folds = [], 0
    try:
        with tempfile.TemporaryDirectory(prefix="clprofile-eval-") as tmp:
            for m in models:
                bar.set_postfix_str(m)
                predictions, one_label, seconds = cross_validate(cd, m, fold_list, seed=seed,
                                                                 options=options.get(m), bar=bar)
                one_label_folds += one_label
                cost = None
                if m != "static":
                    decider, expected = build_decider(m, cd, Path(tmp) / m, seed=seed, options=options.get(m))
                    cost = measure_decisions(decider, cd, expected, repeats=repeats)
                bar.update()
                results.append(score(cd, m, predictions, seconds, cost))
    finally:
        bar.close()
    return Report(cd, protocol, len(fold_list), results, machine, command,
                  one_label_folds=one_label_folds // max(len(models), 1))



# ---- rendering ------------------------------------------------------------------------------------
def _shown(path: str) -> str:
    """``path`` relative to the working directory when it lies below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], markdown: bool) -> list[str]:
    if markdown:
        return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
                *("| " + " | ".join(r) + " |" for r in rows)]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def fmt(r: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()

    return [fmt(header), "  ".join("-" * w for w in widths), *map(fmt, rows)]


def _render(r: Report, *, markdown: bool) -> list[str]:
    d, cd = r.cd.data, r.cd
    n, gpu = len(d), int(d.label.sum())
    kernels = len(set(d.benchmark))
    base = r.baselines()
    out = [(f"Dataset {_shown(d.source_path)}: {n} kernel x size launches of {kernels} kernels, labelled on "
            f"{cd.gpu_device} and {cd.cpu_device} (host {cd.host!r}, measured {cd.measured_utc})."),
           (f"Labels (measured): GPU faster on {gpu}, CPU faster on {n - gpu}: heavily imbalanced, so accuracy alone "
            f"flatters any model that always says GPU ({_pct(gpu / n)} here); see balanced accuracy and CPU recall."),
           (f"Protocol: {PROTOCOL_NAMES[r.protocol]}, {r.n_folds} folds; a kernel's sizes are never split between "
            "training and test."
            + (f" In {r.one_label_folds} fold(s) the training rows had one label only; those predict it."
               if r.one_label_folds else "")), ""]
    header = ("model", "accuracy", "balanced accuracy", "CPU recall", "GPU recall")
    rows = [(m.model, _pct(m.accuracy), _pct(m.balanced_accuracy),
             f"{m.cpu_right}/{n - gpu}" + (f" ({_pct(m.recall_cpu)})" if m.recall_cpu is not None else ""),
             _pct(m.recall_gpu)) for m in r.results]
    out += _table(header, rows, markdown) + [""]
    gain = base["always-GPU"] - base["oracle"]
    out.append(f"End-to-end time over the {n} launches (kernel times measured on host {cd.host!r}; decision times "
               f"measured here on {r.machine or 'this machine'}; totals are sums, in ms):")
    out.append("")
    header = ("policy", "kernel time ms", "decision ms", "total ms", "x always-CPU", "x always-GPU", "x oracle",
              "oracle's gain over always-GPU captured")

    def row(name: str, kernel_ms: float, decision_ms: float) -> tuple[str, ...]:
        total = kernel_ms + decision_ms
        captured = f"{100 * (base['always-GPU'] - total) / gain:.1f}%" if gain > 0 and name != "always-CPU" else "-"
        return (name, f"{kernel_ms:.1f}", f"{decision_ms:.2f}", f"{total:.1f}", f"{total / base['always-CPU']:.3f}",
                f"{total / base['always-GPU']:.3f}", f"{total / base['oracle']:.3f}", captured)

    rows = [row(k, v, 0.0) for k, v in base.items()]
    for m in r.results:
        if m.cost is None:
            rows.append(row(f"{m.model} (constant: no decision work)", m.selected_ms, 0.0))
            continue
        rows.append(row(f"{m.model}, decisions free", m.selected_ms, 0.0))
        rows.append(row(f"{m.model} + steady-state decisions", m.selected_ms, m.cost.steady_ms))
        rows.append(row(f"{m.model} + first-pass decisions", m.selected_ms, m.decision_ms))
    out += _table(header, rows, markdown) + [""]
    out.append(f"Decision cost (measured on {r.machine or 'this machine'}, each model fitted on all rows and compiled):")
    out.append("")
    header = ("model", "decisions", "first pass ms (empty caches)", "steady mean us", "p50 us", "p99 us",
              "timed calls", "compiled vs Python mismatches")
    rows = [(m.model, str(m.cost.decisions), f"{m.cost.first_pass_ms:.2f}", f"{m.cost.mean_us:.2f}",
             f"{m.cost.p50_us:.2f}", f"{m.cost.p99_us:.2f}", str(m.cost.timed_calls), str(m.cost.mismatches))
            for m in r.results if m.cost is not None]
    out += _table(header, rows, markdown)
    out += ["", ("First pass: every launch decided once with the per-source caches empty, so each kernel's source "
                 "is lexed (and parsed and counted, for grewe/gbdt) at its first launch; steady state: caches warm, "
                 "decisions x mean latency. The end-to-end 'first-pass' rows add the first pass, the conservative "
                 "figure.")]
    return out


BEGIN_MARK = "<!-- clprofile-evaluate:begin (written by `throttllem clprofile evaluate --markdown`) -->"
END_MARK = "<!-- clprofile-evaluate:end -->"


def write_markdown(path, report: Report) -> Path:
    """Put the report between the markers of ``path`` (appended with them when absent)."""
    body = report.markdown()
    if report.command:
        body = f"Produced by `{report.command}`; every figure measured.\n\n" + body
    return write_marked_block(path, BEGIN_MARK, END_MARK, body)
