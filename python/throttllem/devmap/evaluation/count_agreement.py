"""How closely a counter reproduces DevMap's own six Grewe counts (docs/DEVMAP.md, "IR count fidelity").

For each count: Spearman's rank correlation and the share of exact matches against the table's
column, over the rows a counter could read (a counter returns None for a source it cannot).
Two counters are compared: the LLVM-IR analysis (``ir.features``, compiled sources only) and
the clang-AST counter with the original extractor's definitions (``ir.ast_counts``).

    python -m throttllem.devmap.evaluation.count_agreement --data-dir ../shared/data/devmap
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapData


@dataclass(frozen=True)
class Agreement:
    """One count's agreement over ``rows`` rows (``spearman`` is NaN when a side is constant)."""

    count: str
    spearman: float
    exact: float
    rows: int


def _ranks(x: np.ndarray) -> np.ndarray:
    """Ranks with ties given their mean rank."""
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x), dtype=np.float64)
    ranks[order] = np.arange(len(x), dtype=np.float64)
    _, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=ranks)
    return sums[inverse] / counts[inverse]


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation (NaN when either sample is constant or shorter than 2)."""
    if len(a) < 2 or np.all(a == a[0]) or np.all(b == b[0]):
        return float("nan")
    return float(np.corrcoef(_ranks(np.asarray(a, float)), _ranks(np.asarray(b, float)))[0, 1])


def agreement(data: DevMapData, counter: Callable[[str], tuple[float, ...] | None]) -> list[Agreement]:
    """Per count, how ``counter(source)`` (six counts in ``COUNT_COLUMNS`` order, or None)
    agrees with the table's columns over the rows it could read."""
    per_source = {s: counter(s) for s in set(data.src)}
    rows = [i for i, s in enumerate(data.src) if per_source[s] is not None]
    out = []
    for j, column in enumerate(COUNT_COLUMNS):
        ours = np.array([per_source[data.src[i]][j] for i in rows], dtype=np.float64)
        ref = np.asarray(data.counts[column], dtype=np.float64)[rows]
        exact = float(np.mean(ours == ref)) if rows else float("nan")
        out.append(Agreement(column, spearman(ours, ref), exact, len(rows)))
    return out


def ir_counter(source: str) -> tuple[float, ...] | None:
    """The IR analysis's six counts, None for a source clang cannot compile."""
    from throttllem.devmap.ir.analysis import GREWE_IR
    from throttllem.devmap.ir.features import IR_ROW, ir_features

    row = ir_features(source)
    return None if row[IR_ROW.index("ir_failed")] else tuple(row[IR_ROW.index(n)] for n in GREWE_IR)


def ast_counter(source: str) -> tuple[float, ...] | None:
    """The AST counter's six counts (the original extractor's definitions)."""
    from throttllem.devmap.ir.ast_counts import kernel_ast_counts

    return kernel_ast_counts(source)


def markdown(data: DevMapData) -> str:
    """A table: per count, the IR counter and the AST counter on the IR's rows, the AST on all."""
    ir = agreement(data, ir_counter)
    compiled = {s for s in set(data.src) if ir_counter(s) is not None}
    ast_same = agreement(data, lambda s: ast_counter(s) if s in compiled else None)
    ast_all = agreement(data, ast_counter)

    def cell(a: Agreement) -> str:
        rho = "-" if np.isnan(a.spearman) else f"{a.spearman:.2f}"
        return f"{rho} / {100 * a.exact:.0f}%"

    lines = [f"| count | IR ({ir[0].rows} rows) | AST, same rows | AST ({ast_all[0].rows} rows) |",
             "|---|---|---|---|"]
    for a, b, c in zip(ir, ast_same, ast_all):
        lines.append(f"| {a.count} | {cell(a)} | {cell(b)} | {cell(c)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from throttllem.devmap.data.dataset import load_platform

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", default="amd", choices=("amd", "nvidia"))
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args(argv)
    print(f"Spearman rho / exact match against DevMap's columns ({args.platform}, measured):")
    print(markdown(load_platform(args.platform, args.data_dir)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
