"""The ``devmap evaluate`` and ``devmap spread`` runs: check the request, cross-validate with a
progress bar, print the tables, and write markdown or a plot only where asked."""

from __future__ import annotations

import math
import os
import shlex
import sys
from collections.abc import Sequence

from throttllem.benchmarking.timing import machine_description
from throttllem.devmap.evaluation.evaluate import Result, evaluate, format_table, markdown_tables, write_markdown
from throttllem.devmap.evaluation.plots import plot_accuracy
from throttllem.devmap.evaluation.spread import format_spread, init_spread, markdown_spread, write_spread_markdown
from throttllem.devmap.models import MODELS
from throttllem.devmap.models.options import check_options
from throttllem.devmap.evaluation.protocols import PROTOCOLS, SEED
from throttllem.devmap.models.sequence import SequenceModel
from throttllem.errors import InvalidArgumentError, ThrottllemError

DEFAULT_MODELS = ("static", "grewe", "gbdt")
PLATFORMS = ("amd", "nvidia")


def _known(models: Sequence[str]) -> None:
    unknown = [m for m in models if m not in MODELS]
    if unknown:
        raise InvalidArgumentError(f"unknown model(s) {', '.join(unknown)}; known: {', '.join(sorted(MODELS))}")


def run_evaluate(models: Sequence[str] = (), *, platforms: Sequence[str] = (), protocols: Sequence[str] = (),
                 data_dir: str | None = None, compiled: bool = False, options: dict | None = None,
                 settings: Sequence[str] = (), folds: int | None = None, jobs: int = 1, device: str | None = None,
                 cache: str | None = None, cached: Sequence[str] = (), time_limit: float | None = None,
                 markdown: str | None = None, plot: str | None = None, seed: int = SEED, out=None,
                 err=None) -> list[Result]:
    """Cross-validate ``models`` (default static, grewe, gbdt) and ``cached`` ones (scored only
    from ``cache``) on ``platforms`` x ``protocols`` (default all); print the table to ``out``
    and progress to ``err``. ``options`` are per-model keyword options (``settings`` their
    ``--set`` words, for the command line quoted in the markdown). Writes the tables into
    ``markdown`` and the accuracies into ``plot`` only when given. ``seed`` picks the folds (204,
    the literature's, is the reported one; others give the spread over splits). Raises InvalidArgumentError
    for a bad request, ThrottllemError when folds failed (after printing what finished)."""
    out, err = out or sys.stdout, err or sys.stderr
    # A model named twice would run its folds twice into one result: keep each name once, in order.
    models = list(dict.fromkeys(models or DEFAULT_MODELS))
    cached = list(dict.fromkeys(cached))
    models += [m for m in cached if m not in models]
    _known(models)
    platforms = list(dict.fromkeys(platforms or PLATFORMS))
    protocols = list(dict.fromkeys(protocols or PROTOCOLS))
    options = {name: dict(given) for name, given in (options or {}).items()}
    check_options(options, models)
    if folds is not None and not 1 <= folds <= 10:
        raise InvalidArgumentError("--folds must be in 1..10")
    if jobs < 1:
        raise InvalidArgumentError("--jobs must be >= 1")
    for name in models:
        if name not in cached:
            MODELS[name].check_environment()
    unknown = [p for p in protocols if p not in PROTOCOLS]
    if unknown:
        raise InvalidArgumentError(f"unknown protocol(s) {', '.join(unknown)}; known: {', '.join(PROTOCOLS)}")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InvalidArgumentError(f"--seed must be an integer >= 0, got {seed!r}")
    if time_limit is not None and not (math.isfinite(time_limit) and time_limit > 0):
        raise InvalidArgumentError(f"--time-limit must be a number of seconds > 0, got {time_limit}")
    if device:
        # Workers share the cores: torch's default (all cores each) would oversubscribe them.
        threads = max(1, (os.cpu_count() or 1) // jobs)
        for name in models:
            if issubclass(MODELS[name], SequenceModel):
                options.setdefault(name, {}).setdefault("device", device)
                options[name].setdefault("threads", threads)

    from tqdm import tqdm

    bar = tqdm(total=len(models) * len(platforms) * len(protocols) * (folds or 10), unit="fold", desc="devmap",
               disable=None, file=err)

    def progress(r):
        bar.write(f"  {r.model:<18} {r.platform:<7} {r.protocol:<8} accuracy {100 * r.score.accuracy:5.1f}% "
                  f"({r.seconds:.1f} s of folds{', ' + str(r.cached_folds) + ' cached' if r.cached_folds else ''})",
                  file=err)

    def fold_done(f):
        bar.update(1)
        bar.set_postfix_str(f"{f.task.model} {f.task.platform} {f.task.protocol} fold {f.task.fold} "
                            f"{f.seconds:.0f} s")

    failures = []

    def fold_failed(task, exc):
        failures.append(task)
        bar.write(f"  FAILED {task.model} {task.platform} {task.protocol} fold {task.fold}: "
                  f"{type(exc).__name__}: {exc}", file=err)

    def first_failure(task, exc):
        # One process: the first failing fold stops the run (a bad option fails every fold of
        # its model), named here rather than as a traceback; finished folds are in the cache.
        raise InvalidArgumentError(f"{task.model} {task.platform} {task.protocol} fold {task.fold} failed: "
                                   f"{type(exc).__name__}: {exc}") from exc

    with bar:
        results = evaluate(models, platforms, protocols, data_dir=data_dir, compiled=compiled, progress=progress,
                           model_options=options, max_folds=folds, jobs=jobs, cache_path=cache,
                           time_limit_s=time_limit, fold_progress=fold_done,
                           on_failure=fold_failed if jobs > 1 else first_failure, cached_only=cached, seed=seed)
    finished = {(r.model, r.platform, r.protocol) for r in results}
    for m, p, proto in ((m, p, proto) for p in platforms for proto in protocols for m in models):
        if (m, p, proto) not in finished:  # not silently left out of the table
            why = "none in the cache" if m in cached else "failed or out of time"
            print(f"WARNING: no fold of {m} on {p} ({proto}) finished ({why}); it is not in the table", file=err)
    if not results:
        raise ThrottllemError("no fold finished" + ("" if failures else " (time limit?)"))
    print("DevMap 10-fold cross-validation (measured: our predictions scored on the published runtimes)", file=out)
    print(format_table(results), file=out)
    for r in results:
        if r.compiled and r.compiled_mismatches:
            print(f"WARNING: compiled {r.model} disagreed with the Python model on {r.compiled_mismatches} rows "
                  f"({r.platform}, {r.protocol})", file=out)
    if markdown:
        words = ["throttllem", "devmap", "evaluate"]
        words += [w for m in models if m not in cached for w in ("--model", m)]
        words += [w for p in platforms for w in ("--platform", p)]
        words += [w for p in protocols for w in ("--protocol", p)] + (["--compiled"] if compiled else [])
        words += ["--seed", str(seed)] if seed != SEED else []
        words += [w for s in settings for w in ("--set", s)] + (["--folds", str(folds)] if folds else [])
        words += ["--device", device] if device else []
        words += [w for m in cached for w in ("--cached", m)] + (["--cache", cache] if cache else [])
        command = " ".join(shlex.quote(w) for w in words)
        path = write_markdown(markdown, markdown_tables(results, machine=machine_description(), command=command))
        print(f"wrote {path}", file=out)
    if plot:
        networks = list(dict.fromkeys(r.model for r in results if issubclass(MODELS[r.model], SequenceModel)))
        spreads = init_spread(networks, cache, platforms=platforms, protocols=protocols,
                              data_dir=data_dir) if networks and cache else []
        print(f"wrote {plot_accuracy(results, plot, spreads=spreads)}", file=out)
    if failures:
        incomplete = list(dict.fromkeys((t.model, t.platform, t.protocol) for t in failures))
        raise ThrottllemError(
            f"{len(failures)} fold(s) failed (above); left incomplete: "
            + "; ".join(f"{m} {p} {proto}" for m, p, proto in incomplete)
            + f". Finished folds are in the cache{' ' + cache if cache else ' (none given)'}; a rerun resumes.")
    return results


def run_spread(models: Sequence[str], cache: str, *, data_dir: str | None = None, markdown: str | None = None,
               out=None) -> list:
    """Print the accuracy over weight initialisations of each of ``models`` whose folds are all
    in ``cache`` (trains nothing); write it between ``markdown``'s spread markers when given."""
    out = out or sys.stdout
    models = list(dict.fromkeys(models))
    _known(models)
    spreads = init_spread(models, cache, data_dir=data_dir)
    if not spreads:
        raise ThrottllemError(f"no model has a complete set of folds in {cache}")
    print("DevMap accuracy % over weight initialisations (measured; mean ± sample sd)", file=out)
    print(format_spread(spreads), file=out)
    if markdown:
        words = ["throttllem", "devmap", "spread", "--cache", cache, *(w for m in models for w in ("--model", m))]
        path = write_spread_markdown(markdown, markdown_spread(spreads, command=" ".join(map(shlex.quote, words))))
        print(f"wrote {path}", file=out)
    return spreads
