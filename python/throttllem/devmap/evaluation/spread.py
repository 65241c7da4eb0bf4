"""Spread over weight initialisations: the same network on the same folds, several random starts.

One run of a network is one draw: DeepTune's accuracy moves by up to 2.7 points between
initialisations on the same folds (measured on DevMap), so "model A beats model B" needs the
spread of both. This module scores, from a fold cache alone, every initialisation of each model
that has all its folds there, and summarises them as mean ± sample standard deviation.

The default initialisation is the fold seed itself (no ``init_seed`` option, shown as "fold
seed"); others are the runs made with ``--set MODEL.init_seed=N``. Keys carry the model's
revision and the table's checksum, so folds of superseded code or another table never count.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from throttllem._markdown import write_marked_block
from throttllem.devmap.evaluation.crossval import read_cache
from throttllem.devmap.data.download import PLATFORM_NAMES
from throttllem.devmap.evaluation.evaluate import Result, evaluate
from throttllem.errors import InvalidArgumentError

FOLD_SEED = None  # the initialisation a run without ``init_seed`` uses: the fold seed


@dataclass(frozen=True)
class Spread:
    """One model on one platform under one protocol, over the initialisations found complete."""

    model: str
    platform: str
    protocol: str
    inits: tuple[int | None, ...]       # None: the fold seed
    accuracies: tuple[float, ...]       # one per init, in [0, 1]

    @property
    def mean(self) -> float:
        return statistics.fmean(self.accuracies)

    @property
    def sd(self) -> float:
        """Sample standard deviation (0 with one initialisation)."""
        return statistics.stdev(self.accuracies) if len(self.accuracies) > 1 else 0.0


def cached_init_seeds(cache_path, models: Iterable[str]) -> dict[str, list[int | None]]:
    """The ``init_seed`` values each of ``models`` has folds for in the cache (None: the fold seed)."""
    wanted = set(models)
    found: dict[str, set] = {m: set() for m in wanted}
    path = Path(cache_path)
    if not path.is_file():
        raise InvalidArgumentError(f"no fold cache at {path}")
    for number, entry in read_cache(path)[0]:
        try:
            key = json.loads(entry["key"])
            model, options, seed = key[0], key[2], key[5]
        except (json.JSONDecodeError, TypeError, IndexError, KeyError) as exc:
            raise InvalidArgumentError(f"{path}:{number}: not a fold-cache key ({exc})") from exc
        if not isinstance(options, dict):
            raise InvalidArgumentError(f"{path}:{number}: not a fold-cache key (options are not an object)")
        if model in wanted and set(options) <= {"init_seed"}:  # other options: another model variant
            init = options.get("init_seed", FOLD_SEED)
            # init_seed equal to the fold seed is the fold-seed run (keys written before they were
            # normalised may still say so): counting it again would double one draw
            found[model].add(FOLD_SEED if init == seed else init)
    return {m: sorted(found[m], key=lambda s: -1 if s is None else s) for m in found}


def init_spread(models: Iterable[str], cache_path, *, platforms: Iterable[str] = ("amd", "nvidia"),
                protocols: Iterable[str] = ("random", "grouped", "program"), data_dir=None) -> list[Spread]:
    """Score every complete initialisation of each model from the cache (nothing is trained).

    An initialisation counts for a (platform, protocol) only when all its folds are cached; a
    model with none complete there is left out of the result.
    """
    models, platforms, protocols = list(models), list(platforms), list(protocols)
    seeds = cached_init_seeds(cache_path, models)
    by_combo: dict[tuple, list[tuple[int | None, Result]]] = {}
    for model in models:
        for init in seeds[model]:
            options = {} if init is FOLD_SEED else {"init_seed": init}
            results = evaluate([model], platforms, protocols, data_dir=data_dir, model_options={model: options},
                               cache_path=cache_path, cached_only=[model])
            for r in results:
                if not r.partial:
                    by_combo.setdefault((model, r.platform, r.protocol), []).append((init, r))
    return [Spread(model, platform, protocol, tuple(i for i, _ in runs),
                   tuple(r.score.accuracy for _, r in runs))
            for (model, platform, protocol), runs in by_combo.items()]


def _init_name(init: int | None) -> str:
    return "fold seed" if init is FOLD_SEED else str(init)


def format_spread(spreads: list[Spread]) -> str:
    """Plain-text table: per-init accuracies, then mean ± sd."""
    lines = []
    for s in spreads:
        runs = ", ".join(f"{_init_name(i)}: {100 * a:.1f}" for i, a in zip(s.inits, s.accuracies))
        lines.append(f"{s.model:<20} {s.platform:<7} {s.protocol:<8} {100 * s.mean:5.1f} ± {100 * s.sd:3.1f} "
                     f"(n={len(s.inits)}; {runs})")
    return "\n".join(lines)


def markdown_spread(spreads: list[Spread], *, command: str = "") -> str:
    """Markdown table: one row per model, a mean ± sd cell per (platform, protocol)."""
    combos = list(dict.fromkeys((s.platform, s.protocol) for s in spreads))
    cell = {(s.model, s.platform, s.protocol): s for s in spreads}
    out = []
    if command:
        out += [f"Produced by `{command}` from the fold cache (nothing retrained). Accuracy %, mean ± sample "
                "sd over weight initialisations on the same folds (n: how many); measured.", ""]
    out += ["| model | " + " | ".join(f"{PLATFORM_NAMES.get(p, p)} {proto}" for p, proto in combos) + " |",
            "|---|" + "---|" * len(combos)]
    for model in dict.fromkeys(s.model for s in spreads):
        cells = []
        for p, proto in combos:
            s = cell.get((model, p, proto))
            cells.append("-" if s is None else f"{100 * s.mean:.1f} ± {100 * s.sd:.1f} (n={len(s.inits)})")
        out.append(f"| {model} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


BEGIN_MARK = "<!-- devmap-spread:begin (written by `throttllem devmap spread`) -->"
END_MARK = "<!-- devmap-spread:end -->"


def write_spread_markdown(path, body: str) -> Path:
    """Put ``body`` between the spread markers of ``path`` (appended when the file has none)."""
    return write_marked_block(path, BEGIN_MARK, END_MARK, body, new_file_text="# Device mapping on DevMap\n\n")
