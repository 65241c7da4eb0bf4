"""Cross-validated evaluation of device-mapping models and the result tables.

Every figure here is measured on the DevMap runtimes (published runtimes, our predictions);
the published figures printed beside them are labelled as such.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from throttllem.devmap.dataset import DevMapData, load_platform
from throttllem.devmap.download import PLATFORM_NAMES
from throttllem.devmap.metrics import Score, score, static_device
from throttllem.devmap.models import create
from throttllem.devmap.models.trees import TreeModel
from throttllem.devmap.protocols import SEED, folds
from throttllem.devmap.published import PUBLISHED, REPRODUCES


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
    partial: bool = False           # only some folds ran (see cross_validate's max_folds)
    predictions: np.ndarray = field(default=None, repr=False)


def cross_validate(model_name: str, data: DevMapData, protocol: str, *, compiled: bool = False,
                   seed: int = SEED, model_options: dict | None = None, max_folds: int | None = None) -> Result:
    """Out-of-fold predictions of ``model_name`` on every row of ``data`` under ``protocol``.

    With ``compiled`` (tree models only), each fold's model is compiled and its library makes the
    predictions; rows where it disagrees with the Python model are counted (expected: none).
    ``max_folds`` stops after that many folds and scores only the rows they tested (a partial
    run: its ``score.rows`` says how many; predictions of untested rows are -1).
    """
    predictions = np.full(len(data), -1, dtype=np.int64)
    mismatches = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="devmap-") as tmp:
        for fold, (train, test) in enumerate(folds(data, protocol, seed=seed)):
            if max_folds is not None and fold >= max_folds:
                break
            model = create(model_name, **(model_options or {})).fit(data, train, seed=seed)
            predicted = model.predict(data, test)
            if compiled and isinstance(model, TreeModel):
                library = model.compile(Path(tmp) / f"{model_name}-{fold}.so",
                                        provenance=f"devmap {data.platform} {protocol} fold {fold}")
                from_library = library.predict(model.features(data)[test])
                mismatches += int(np.sum(from_library != predicted))
                predicted = from_library
            predictions[test] = predicted
    tested = predictions >= 0
    scored = score(data, predictions) if tested.all() else \
        score(data.subset(tested), predictions[tested], static=static_device(data.label))
    return Result(model=model_name, platform=data.platform, protocol=protocol, score=scored,
                  seconds=time.perf_counter() - start, compiled=compiled and _is_tree(model_name),
                  compiled_mismatches=mismatches, partial=not tested.all(), predictions=predictions)


def _is_tree(model_name: str) -> bool:
    return isinstance(create(model_name), TreeModel)


def evaluate(models: Iterable[str], platforms: Iterable[str], protocols: Iterable[str], *,
             data_dir=None, compiled: bool = False, progress: Callable[[Result], None] | None = None,
             model_options: dict[str, dict] | None = None, max_folds: int | None = None) -> list[Result]:
    """Cross-validate each model on each platform under each protocol."""
    results = []
    for platform in platforms:
        data = load_platform(platform, data_dir)
        for protocol in protocols:
            for model in models:
                result = cross_validate(model, data, protocol, compiled=compiled,
                                        model_options=(model_options or {}).get(model), max_folds=max_folds)
                results.append(result)
                if progress:
                    progress(result)
    return results


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
    path = Path(path)
    block = f"{BEGIN_MARK}\n{tables}{END_MARK}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Device mapping on DevMap\n\n"
    if BEGIN_MARK in text and END_MARK in text:
        head, rest = text.split(BEGIN_MARK, 1)
        tail = rest.split(END_MARK, 1)[1].lstrip("\n")
        text = head + block + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text, encoding="utf-8")
    return path
