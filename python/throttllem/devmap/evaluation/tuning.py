"""The tuning log's candidates, re-runnable: mean accuracy over tuning fold seeds (docs/DEVMAP.md).

A candidate is one or more (feature rows, LightGBM settings) members; with several, their
P(GPU) are averaged (weights optional). Each is scored on the folds of fold seeds other than the
reported 204 (seeds 0-2 by default), both platforms, and printed as mean ± sd over the seeds (population sd, as in the log).
Nothing here is a registered model: the chosen candidate becomes one (``models``), and is scored
on the seed-204 folds once, by ``throttllem devmap evaluate``.

    python -m throttllem.devmap.evaluation.tuning --protocol program --candidate G --candidate H-ast
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapData
from throttllem.devmap.evaluation.protocols import PROTOCOLS, SEED, folds
from throttllem.errors import InvalidArgumentError

Rows = Callable[[DevMapData], np.ndarray]


@dataclass(frozen=True)
class Member:
    """Feature rows of a table and a LightGBM factory (``seed`` -> unfitted classifier)."""

    rows: Rows
    estimator: Callable[[int], object]
    weight: float = 1.0


@dataclass(frozen=True)
class Candidate:
    """A tuning-log row: its name, what it is, and the members whose P(GPU) it averages."""

    name: str
    what: str
    members: tuple[Member, ...] = field(default_factory=tuple)


def _lgbm_defaults(seed: int):
    import lightgbm

    return lightgbm.LGBMClassifier(random_state=seed, deterministic=True, force_row_wise=True, n_jobs=1, verbose=-1)


def _model(name: str, **options) -> Member:
    """A registered tree model's own rows and estimator."""
    from throttllem.devmap.models.base import create

    model = create(name, **options)
    return Member(model.features, model.make_estimator)


def _counts_and_launch(counter: Callable[[str], tuple[float, ...] | None]) -> Rows:
    def rows(data: DevMapData) -> np.ndarray:
        per_source = {s: counter(s) or (0.0,) * 6 for s in set(data.src)}
        counts = np.asarray([per_source[s] for s in data.src], dtype=np.float64)
        return np.column_stack([counts, data.transfer_bytes, data.wgsize]).astype(np.float64)
    return rows


def _devmap_columns(data: DevMapData) -> np.ndarray:
    return np.column_stack([*(data.counts[c] for c in COUNT_COLUMNS), data.transfer_bytes, data.wgsize]
                           ).astype(np.float64)


def _ir_counts(source: str) -> tuple[float, ...]:
    """The IR's six counts where the source compiled, else its fallback counts (as gbdt-ir)."""
    from throttllem.devmap.ir.analysis import GREWE_IR
    from throttllem.devmap.ir.features import IR_ROW, ir_features

    row = ir_features(source)
    return tuple(row[IR_ROW.index(n)] for n in GREWE_IR)


def _ast_counts(source: str):
    from throttllem.devmap.evaluation.count_agreement import ast_counter

    return ast_counter(source) or _ir_counts(source)


def _gbdt_on_ast_counts(data: DevMapData) -> np.ndarray:
    """``gbdt``'s rows (counts, launch, F1-F4, token statistics) with the AST counter's counts."""
    from throttllem.devmap.models.base import create
    from throttllem.devmap.models.launch import table_launches

    model = create("gbdt")
    return np.asarray([model.row(launch._replace(counts=_ast_counts(launch.source)))
                       for launch in table_launches(data)], dtype=np.float64)


def _bagged(name: str, copies: int, **options) -> tuple[Member, ...]:
    """``copies`` of a registered model, each fitted with its own LightGBM seed."""
    base = _model(name, **options)
    return tuple(Member(base.rows, lambda seed, k=k: base.estimator(seed + 1000 * k)) for k in range(copies))


def _with(member: Member, **params) -> Member:
    """A member whose estimator takes other LightGBM settings."""
    return Member(member.rows, lambda seed: member.estimator(seed).set_params(**params), member.weight)


def candidates() -> dict[str, Candidate]:
    """Every candidate of the tuning log that this module can re-run, by its log name."""
    c = [
        Candidate("G", "DevMap's own 8 numeric columns (its counts + transfer, wgsize), LightGBM defaults",
                  (Member(_devmap_columns, _lgbm_defaults),)),
        Candidate("H", "our IR's six counts + transfer, wgsize, LightGBM defaults",
                  (Member(_counts_and_launch(_ir_counts), _lgbm_defaults),)),
        Candidate("H-ast", "the AST counter's six counts (the original extractor's definitions) + transfer, "
                  "wgsize, LightGBM defaults", (Member(_counts_and_launch(_ast_counts), _lgbm_defaults),)),
        Candidate("gbdt-ir", "gbdt-ir as registered (IR counts)", (_model("gbdt-ir"),)),
        Candidate("gbdt-ir-ast", "gbdt-ir with the AST counter's counts (and F1-F4 on them)",
                  (_model("gbdt-ir", counts="ast"),)),
        Candidate("gbdt-ir-plus", "gbdt-ir-plus as registered", (_model("gbdt-ir-plus"),)),
        Candidate("gbdt-ir-plus-ast", "gbdt-ir-plus with the AST counter's six counts in the Grewe slots",
                  (_model("gbdt-ir-plus", counts="ast"),)),
        Candidate("gbdt-plus", "gbdt-plus as registered", (_model("gbdt-plus"),)),
        Candidate("grewe", "grewe as registered", (_model("grewe"),)),
        Candidate("gbdt", "gbdt as registered", (_model("gbdt"),)),
        Candidate("gbdt-source", "gbdt-source as registered", (_model("gbdt-source"),)),
        # probability averages (random-fold candidates for the AMD > 94 bar)
        Candidate("avg-ir-plus", "mean P(GPU) of gbdt-ir and gbdt-plus",
                  (_model("gbdt-ir"), _model("gbdt-plus"))),
        Candidate("avg-ir-source-plus", "mean P(GPU) of gbdt-ir, gbdt-source and gbdt-plus",
                  (_model("gbdt-ir"), _model("gbdt-source"), _model("gbdt-plus"))),
        Candidate("avg-irast-plus", "mean P(GPU) of gbdt-ir (AST counts) and gbdt-plus",
                  (_model("gbdt-ir", counts="ast"), _model("gbdt-plus"))),
        Candidate("avg-irast-source-plus", "mean P(GPU) of gbdt-ir (AST counts), gbdt-source and gbdt-plus",
                  (_model("gbdt-ir", counts="ast"), _model("gbdt-source"), _model("gbdt-plus"))),
        Candidate("avg-irast-irplusast-plus", "mean P(GPU) of gbdt-ir and gbdt-ir-plus (AST counts) and gbdt-plus",
                  (_model("gbdt-ir", counts="ast"), _model("gbdt-ir-plus", counts="ast"), _model("gbdt-plus"))),
        Candidate("avg-source-plus", "mean P(GPU) of gbdt-source and gbdt-plus",
                  (_model("gbdt-source"), _model("gbdt-plus"))),
        Candidate("avg-source-irast", "mean P(GPU) of gbdt-source and gbdt-ir (AST counts)",
                  (_model("gbdt-source"), _model("gbdt-ir", counts="ast"))),
        Candidate("source-slow", "gbdt-source with 1000 trees, lr 0.02 (gbdt-plus's pace)",
                  (_model("gbdt-source", n_estimators=1000, learning_rate=0.02),)),
        Candidate("source-leaves7", "gbdt-source with 7 leaves, 400 trees",
                  (_model("gbdt-source", num_leaves=7, n_estimators=400),)),
        Candidate("gbdt-ast", "gbdt's recipe (counts, launch, F1-F4, token statistics) on the AST counter's counts",
                  (Member(_gbdt_on_ast_counts, _model("gbdt").estimator),)),
        Candidate("avg-gbdtast-source", "mean P(GPU) of gbdt-ast and gbdt-source",
                  (Member(_gbdt_on_ast_counts, _model("gbdt").estimator), _model("gbdt-source"))),
        Candidate("avg-irast-irplus", "mean P(GPU) of gbdt-ir-ast and gbdt-ir-plus",
                  (_model("gbdt-ir", counts="ast"), _model("gbdt-ir-plus"))),
        Candidate("bag5-source", "5 gbdt-source fits with different LightGBM seeds, P(GPU) averaged",
                  _bagged("gbdt-source", 5)),
        Candidate("bag5-source-slow", "5 source-slow fits with different LightGBM seeds, P(GPU) averaged",
                  _bagged("gbdt-source", 5, n_estimators=1000, learning_rate=0.02)),
        Candidate("source-slow-col05", "source-slow with half the columns per tree (gbdt-plus's settings)",
                  (_with(_model("gbdt-source", n_estimators=1000, learning_rate=0.02), colsample_bytree=0.5),)),
        Candidate("avg-sourceslow-plus", "mean P(GPU) of source-slow and gbdt-plus",
                  (_model("gbdt-source", n_estimators=1000, learning_rate=0.02), _model("gbdt-plus"))),
    ]
    return {x.name: x for x in c}


def accuracy(candidate: Candidate, data: DevMapData, protocol: str, seed: int,
             matrices: Sequence[np.ndarray] | None = None) -> float:
    """Accuracy of ``candidate`` over all folds of ``protocol`` at fold seed ``seed``."""
    matrices = matrices or [m.rows(data) for m in candidate.members]
    correct = 0
    total_weight = sum(m.weight for m in candidate.members)
    for train, test in folds(data, protocol, seed=seed):
        p = np.zeros(len(test))
        for member, x in zip(candidate.members, matrices):
            est = member.estimator(seed).fit(x[train], data.label[train])
            p += member.weight * est.predict_proba(x[test])[:, 1]
        correct += int(np.sum((p / total_weight > 0.5).astype(np.int64) == data.label[test]))
    return 100.0 * correct / len(data)


def tune(names: Sequence[str], tables: dict[str, DevMapData], protocol: str,
         seeds: Sequence[int]) -> Iterator[tuple[str, dict[str, tuple[float, float, list[float]]]]]:
    """(candidate, {platform: (mean, sd, per-seed accuracies)}) for each candidate, as each
    finishes; refuses the reported seed and unknown names before any fit."""
    if SEED in seeds:
        raise InvalidArgumentError(f"fold seed {SEED} is the reported one: tune on other seeds")
    known = candidates()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise InvalidArgumentError(f"unknown candidate(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return _scores(names, known, tables, protocol, seeds)


def _scores(names, known, tables, protocol, seeds):
    for name in names:
        cand = known[name]
        scores = {}
        for platform, data in tables.items():
            matrices = [m.rows(data) for m in cand.members]
            acc = [accuracy(cand, data, protocol, s, matrices) for s in seeds]
            # population sd over the seeds, as the log has always used
            scores[platform] = (float(np.mean(acc)), float(np.std(acc)), acc)
        yield name, scores


def main(argv: list[str] | None = None) -> int:
    from throttllem.devmap.data.dataset import load_platform

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", action="append", required=True)
    parser.add_argument("--protocol", default="program", choices=PROTOCOLS)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    tables = {p: load_platform(p, args.data_dir) for p in ("amd", "nvidia")}
    for name, scores in tune(args.candidate, tables, args.protocol, seeds):
        cells = " | ".join(f"{m:.1f} ± {s:.1f}" for m, s, _ in scores.values())
        each = "; ".join(f"{p}: " + ", ".join(f"{a:.2f}" for a in acc) for p, (_, _, acc) in scores.items())
        print(f"| {name} ({args.protocol}, seeds {args.seeds}) | {cells} |  per seed: {each}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
