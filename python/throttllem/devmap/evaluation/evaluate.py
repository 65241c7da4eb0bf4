"""Cross-validated evaluation of device-mapping models and the result tables.

Every figure here is measured on the DevMap runtimes (published runtimes, our predictions);
the published figures printed beside them are labelled as such.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from throttllem._markdown import write_marked_block
from throttllem.devmap.data.dataset import DevMapData, load_platform
from throttllem.devmap.data.download import PLATFORM_NAMES
from throttllem.devmap.evaluation.crossval import FoldCache, FoldResult, fold_tasks, run_tasks
from throttllem.devmap.evaluation.metrics import Score, score, static_device
from throttllem.devmap.evaluation.protocols import SEED
from throttllem.devmap.evaluation.published import PUBLISHED, REPRODUCES
from throttllem.errors import InvalidArgumentError


@dataclass(frozen=True)
class Result:
    """One model on one platform under one protocol."""

    model: str
    platform: str
    protocol: str
    score: Score
    seconds: float                  # wall time of all folds (fit + predict), measured
    compiled: bool = False          # predictions came from the compiled libraries
    compiled_mismatches: int = 0    # rows where the compiled library disagreed with the Python model
    partial: bool = False           # only some folds ran (max_folds or a time limit)
    predictions: np.ndarray = field(default=None, repr=False)
    cached_folds: int = 0           # folds read from the fold cache rather than run now
    devices: tuple[str, ...] = ()   # where the folds trained ("cpu", "cuda")


def assemble(model_name: str, data: DevMapData, protocol: str, fold_results: list[FoldResult], *,
             expected_folds: int | None = None) -> Result:
    """One Result from the fold results of ``model_name`` on ``data`` under ``protocol``.

    Rows of missing folds are not scored: the Result is then ``partial`` and its ``score.rows``
    says how many rows were.
    """
    predictions = np.full(len(data), -1, dtype=np.int64)
    for r in fold_results:
        predictions[r.task.test] = r.predictions
    tested = predictions >= 0
    partial = not tested.all() or (expected_folds is not None and len(fold_results) < expected_folds)
    if not tested.any():
        raise InvalidArgumentError(f"no fold of {model_name} on {data.platform} ({protocol}) finished")
    scored = score(data, predictions) if tested.all() else \
        score(data.subset(tested), predictions[tested], static=static_device(data.label))
    return Result(model=model_name, platform=data.platform, protocol=protocol, score=scored,
                  seconds=sum(r.seconds for r in fold_results), compiled=any(r.task.compiled for r in fold_results),
                  compiled_mismatches=sum(r.mismatches for r in fold_results), partial=partial,
                  predictions=predictions, cached_folds=sum(r.cached for r in fold_results),
                  devices=tuple(sorted({r.device for r in fold_results if r.device})))


def cross_validate(model_name: str, data: DevMapData, protocol: str, *, compiled: bool = False,
                   seed: int = SEED, model_options: dict | None = None, max_folds: int | None = None) -> Result:
    """Out-of-fold predictions of ``model_name`` on every row of ``data`` under ``protocol``.

    With ``compiled`` (tree models only), each fold's model is compiled and its library makes the
    predictions; rows where it disagrees with the Python model are counted (expected: none).
    ``max_folds`` stops after that many folds and scores only the rows they tested (a partial
    run: its ``score.rows`` says how many).
    """
    tasks = fold_tasks(model_name, data, protocol, options=model_options, seed=seed, compiled=compiled,
                       max_folds=max_folds)
    results = list(run_tasks(tasks, {data.platform: data}))
    return assemble(model_name, data, protocol, results)


def evaluate(models: Iterable[str], platforms: Iterable[str], protocols: Iterable[str], *,
             data_dir=None, compiled: bool = False, progress: Callable[[Result], None] | None = None,
             model_options: dict[str, dict] | None = None, max_folds: int | None = None, jobs: int = 1,
             cache_path=None, time_limit_s: float | None = None,
             fold_progress: Callable[[FoldResult], None] | None = None,
             on_failure: Callable | None = None, cached_only: Iterable[str] = (), seed: int = SEED) -> list[Result]:
    """Cross-validate each model on each platform under each protocol.

    All folds of all combinations are scheduled together (``jobs`` processes), finished folds
    go to the JSON-lines cache at ``cache_path`` when given (a rerun resumes from it), and with
    ``time_limit_s`` no fold starts after that long: combinations left short come back ``partial``.
    ``on_failure(task, exception)``, when given, hears of folds that failed; the rest go on.
    Models named in ``cached_only`` are never trained here: only their cached folds are scored
    (networks trained on a GPU machine enter a table made elsewhere). ``seed`` picks the folds.
    """
    cached_only = frozenset(cached_only)
    if cached_only and not cache_path:
        raise InvalidArgumentError("cached-only models need a fold cache")
    # A name given twice would schedule its folds twice into one combination: keep the first.
    models, protocols = list(dict.fromkeys(models)), list(dict.fromkeys(protocols))
    tables = {p: load_platform(p, data_dir) for p in dict.fromkeys(platforms)}
    combos = [(m, p, proto) for p in tables for proto in protocols for m in models]
    tasks = {c: fold_tasks(c[0], tables[c[1]], c[2], options=(model_options or {}).get(c[0]), compiled=compiled,
                           max_folds=max_folds, seed=seed) for c in combos}
    cache = FoldCache(cache_path) if cache_path else None
    done: dict[tuple, list[FoldResult]] = {c: [] for c in combos}
    results: dict[tuple, Result] = {}
    everything = [t for c in combos for t in tasks[c]]
    for fold_result in run_tasks(everything, tables, jobs=jobs, cache=cache, time_limit_s=time_limit_s,
                                 on_result=fold_progress, on_failure=on_failure,
                                 cached_only=(lambda task: task.model in cached_only) if cached_only else None):
        t = fold_result.task
        combo = (t.model, t.platform, t.protocol)
        done[combo].append(fold_result)
        if len(done[combo]) == len(tasks[combo]):
            results[combo] = assemble(combo[0], tables[combo[1]], combo[2], done[combo])
            if progress:
                progress(results[combo])
    for combo in combos:  # combinations cut short by the time limit
        if combo not in results and done[combo]:
            results[combo] = assemble(combo[0], tables[combo[1]], combo[2], done[combo],
                                      expected_folds=len(tasks[combo]))
    return [results[c] for c in combos if c in results]


# ---- tables ------------------------------------------------------------------------------------
_HEADER = ("model", "platform", "protocol", "rows", "accuracy %", "speedup (mean)", "speedup (geomean)",
           "oracle share", "oracle (mean/geomean)")


def _row(r: Result) -> tuple[str, ...]:
    s = r.score
    model = r.model + (" [compiled]" if r.compiled else "") + (" [partial]" if r.partial else "")
    return (model, PLATFORM_NAMES.get(r.platform, r.platform), r.protocol, str(s.rows), f"{100 * s.accuracy:.1f}",
            f"{s.speedup_mean:.2f}x", f"{s.speedup_geomean:.2f}x", f"{100 * s.oracle_share:.0f}%",
            f"{s.oracle_speedup_mean:.2f}x / {s.oracle_speedup_geomean:.2f}x")


def format_table(results: list[Result]) -> str:
    """Plain-text table of measured results (one line per model, platform and protocol)."""
    rows = [_HEADER, *(_row(r) for r in results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADER))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_tables(results: list[Result], *, machine: str = "", command: str = "") -> str:
    """Markdown: our measured table, then the published figures (random folds) beside ours."""
    out = ["### Measured here", ""]
    if command:
        out += [f"Produced by `{command}`" + (f" on {machine}" if machine else "") + ".", ""]
    out += ["| " + " | ".join(_HEADER) + " |", "|" + "---|" * len(_HEADER)]
    out += ["| " + " | ".join(_row(r)) + " |" for r in results]
    compiled = [r for r in results if r.compiled]
    if compiled:
        bad = sum(r.compiled_mismatches for r in compiled)
        out += ["", (f"Rows marked [compiled] were predicted by the TL2cgen libraries; they disagreed with the "
                     f"Python models on {bad} of {sum(r.score.rows for r in compiled)} rows.")]
    trained = {}
    for r in results:
        trained.setdefault(r.model, set()).update(r.devices)
    if any(d != {"cpu"} for d in trained.values()):
        out += ["", "Trained on: " + "; ".join(f"{m}: {', '.join(sorted(d)) or 'cache'}" for m, d in trained.items()) + "."]
    out += ["", "### Published (random 10-fold; [paper] figures, not measured here) beside ours", "",
            "| model | AMD accuracy % | NVIDIA accuracy % | AMD speedup | NVIDIA speedup |", "|---|---|---|---|---|"]

    def fmt(v, unit):
        return "-" if v is None else f"{v:.1f}" if unit == "%" else f"{v:.2f}x"

    for name, (acc_amd, acc_nv, sp_amd, sp_nv) in PUBLISHED.items():
        out.append(f"| {name} [paper] | {fmt(acc_amd, '%')} | {fmt(acc_nv, '%')} | {fmt(sp_amd, 'x')} | "
                   f"{fmt(sp_nv, 'x')} |")
    for model in dict.fromkeys(r.model for r in results):
        mine = {r.platform: r.score for r in results if r.model == model and r.protocol == "random" and not r.partial}
        if set(mine) >= {"amd", "nvidia"}:
            label = f"**{model}**: measured here" + (f", re-run of {REPRODUCES[model]}" if model in REPRODUCES else "")
            out.append(f"| {label} | {100 * mine['amd'].accuracy:.1f} | {100 * mine['nvidia'].accuracy:.1f} | "
                       f"{mine['amd'].speedup_mean:.2f}x | {mine['nvidia'].speedup_mean:.2f}x |")
    return "\n".join(out) + "\n"


BEGIN_MARK = "<!-- devmap-results:begin (written by `throttllem devmap evaluate`) -->"
END_MARK = "<!-- devmap-results:end -->"


def write_markdown(path, tables: str) -> Path:
    """Put ``tables`` between the result markers of ``path`` (the rest of the file is kept);
    a file without markers gets them appended; a missing file is created."""
    return write_marked_block(path, BEGIN_MARK, END_MARK, tables, new_file_text="# Device mapping on DevMap\n\n")
