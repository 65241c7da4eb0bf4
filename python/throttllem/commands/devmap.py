"""``throttllem devmap``: the OpenCL device selector on the DevMap benchmark.

  throttllem devmap download                      # fetch the two tables (sha256-checked) into the cache
  throttllem devmap train --platform amd --out sel-amd
  throttllem devmap train --profile datasets/h100-clprofile --out sel-h100   # your own measured kernels
  throttllem devmap predict --selector sel-amd --source k.cl --transfer-bytes 1048576 --wgsize 256
  throttllem devmap evaluate --model grewe --model gbdt   # run in a checkout: also updates docs/DEVMAP.md
  throttllem devmap spread --cache datasets/devmap-folds.jsonl --model deeptune   # over initialisations
"""

from __future__ import annotations

import argparse
import math
import shlex
import sys

from throttllem.errors import InvalidArgumentError, ThrottllemError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("devmap", help="OpenCL CPU/GPU device selection on DevMap: download, train, predict, evaluate",
                              description="Device-mapping models on the DevMap benchmark (DESIGN.md §6).")
    sub = p.add_subparsers(dest="devmap_command", metavar="SUBCOMMAND")

    d = sub.add_parser("download", help="download the DevMap tables (sha256-checked) into the cache")
    d.add_argument("--dest", help="folder to write to (default: the cache, $THROTTLLEM_CACHE/devmap)")
    d.set_defaults(func=run_download)

    t = sub.add_parser("train", help="train + compile a DeviceSelector (source-only GBDT) on one platform",
                       description="Trains on a DevMap platform (--platform) or on a dataset that "
                                   "`throttllem clprofile` measured on your machine (--profile).")
    origin = t.add_mutually_exclusive_group(required=True)
    origin.add_argument("--platform", choices=("amd", "nvidia"), help="a DevMap table")
    origin.add_argument("--profile", metavar="DATASET", help="a clprofile dataset (OUT of `throttllem clprofile`)")
    t.add_argument("--out", required=True, help="selector folder to write (selector.json, model.so)")
    t.add_argument("--data-dir", help="folder holding the DevMap CSVs (default: the cache, downloading)")
    t.set_defaults(func=run_train)

    q = sub.add_parser("predict", help="choose CPU or GPU for one kernel launch with a trained selector")
    q.add_argument("--selector", required=True, help="selector folder (from devmap train)")
    q.add_argument("--source", required=True, help="OpenCL C file of the kernel")
    q.add_argument("--transfer-bytes", type=int, required=True, help="bytes moved host<->device")
    q.add_argument("--wgsize", type=int, required=True, help="work-group size (0: left to the runtime)")
    q.set_defaults(func=run_predict)

    e = sub.add_parser("evaluate", help="cross-validate models; print the table, optionally write markdown",
                       description="10-fold cross-validation on both platforms under both protocols "
                                   "(random: the literature's StratifiedKFold seed 204; grouped: no kernel in "
                                   "both training and test). Prints accuracy and speedup over the static "
                                   "mapping (measured on the published runtimes).")
    e.add_argument("--model", action="append", dest="models", metavar="NAME",
                   help="model to evaluate (repeatable; default: static, grewe, gbdt)")
    e.add_argument("--platform", action="append", dest="platforms", choices=("amd", "nvidia"),
                   help="platform (repeatable; default both)")
    e.add_argument("--protocol", action="append", dest="protocols", choices=("random", "grouped"),
                   help="protocol (repeatable; default both)")
    e.add_argument("--data-dir", help="folder holding cgo17-amd.csv / cgo17-nvidia.csv "
                                      "(default: the cache, downloading when missing)")
    e.add_argument("--compiled", action="store_true",
                   help="tree models predict through their compiled TL2cgen libraries (one compile per fold)")
    e.add_argument("--set", action="append", default=[], metavar="MODEL.OPTION=VALUE",
                   help="model option, e.g. deeptune.epochs=5 or gbdt.n_estimators=400 (repeatable)")
    e.add_argument("--folds", type=int, metavar="N",
                   help="run only the first N folds (a partial, quicker run; the table shows the rows scored)")
    e.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="folds trained at once, in N processes (all models, platforms and protocols share them)")
    e.add_argument("--device", choices=("cpu", "cuda", "auto"),
                   help="where the sequence networks train (default cpu; same as --set MODEL.device=...)")
    e.add_argument("--cache", metavar="FILE.jsonl",
                   help="append each finished fold's predictions here and reuse those already there (resume)")
    e.add_argument("--cached", action="append", default=[], metavar="NAME",
                   help="score MODEL only from folds in --cache, never training it here (repeatable; "
                        "e.g. networks trained on a GPU machine); missing folds make it partial")
    e.add_argument("--time-limit", type=float, metavar="SECONDS",
                   help="start no fold after this long; unfinished combinations are reported as partial")
    e.add_argument("--markdown", metavar="PATH",
                   help="write the tables into PATH between its result markers (default: docs/DEVMAP.md when "
                        "it exists here with the markers and the run is not partial)")
    e.add_argument("--no-markdown", action="store_true", help="write no markdown")
    e.add_argument("--plot", metavar="PNG", help="draw the accuracies (with the spread over initialisations "
                                                 "found in --cache) into this image")
    e.set_defaults(func=run_evaluate)

    s = sub.add_parser("spread", help="accuracy over weight initialisations (mean ± sd), from a fold cache",
                       description="Scores every initialisation (the fold seed, and each --set MODEL.init_seed=N "
                                   "run) of each model whose folds are all in the cache; trains nothing.")
    s.add_argument("--cache", required=True, metavar="FILE.jsonl", help="fold cache written by devmap evaluate")
    s.add_argument("--model", action="append", dest="models", required=True, metavar="NAME",
                   help="model (repeatable)")
    s.add_argument("--data-dir", help="folder holding the DevMap CSVs (default: the cache, downloading)")
    s.add_argument("--markdown", metavar="PATH", help="write the table between PATH's spread markers")
    s.set_defaults(func=run_spread)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def run_download(args: argparse.Namespace) -> int:
    from throttllem.devmap.data.download import PLATFORMS, download

    try:
        for platform in PLATFORMS:
            print(f"{platform}: {download(platform, args.dest)} (sha256 verified)")
    except (ThrottllemError, OSError) as e:
        print(f"throttllem devmap download: {e}", file=sys.stderr)
        return 1
    return 0


def run_train(args: argparse.Namespace) -> int:
    from throttllem.devmap.data.dataset import load_platform
    from throttllem.devmap.deploy.selector import DeviceSelector

    try:
        if args.profile:
            from throttllem.devmap.profiler.labelled import load_clprofile

            profile = load_clprofile(args.profile)
            origin = (f"clprofile {args.profile} (measured on {profile.host}, {profile.measured_utc}: "
                      f"{profile.cpu_device} vs {profile.gpu_device})")
            selector = DeviceSelector.train(profile.data, args.out, origin=origin)
        else:
            selector = DeviceSelector.train(load_platform(args.platform, args.data_dir), args.out)
    except (ThrottllemError, OSError) as e:
        print(f"throttllem devmap train: {e}", file=sys.stderr)
        return 1
    print(f"selector: {args.out} ({selector.meta['provenance']})")
    return 0


def run_predict(args: argparse.Namespace) -> int:
    from pathlib import Path

    from throttllem.devmap.deploy.selector import DeviceSelector

    try:
        selector = DeviceSelector.load(args.selector)
        try:
            source = Path(args.source).read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise InvalidArgumentError(f"{args.source} is not UTF-8 text ({e.reason} at byte {e.start})") from None
        choice = selector.predict(source, args.transfer_bytes, args.wgsize)
    except (ThrottllemError, OSError) as e:
        print(f"throttllem devmap predict: {e}", file=sys.stderr)
        return 1
    origin = selector.meta.get("origin", f"DevMap {selector.meta['platform']}")
    print(f"{choice.device} (modelled: P(GPU faster) = {choice.p_gpu:.3f}, confidence {choice.confidence:.3f}; "
          f"model trained on {origin})")
    return 0


def _default_markdown(args: argparse.Namespace) -> str | None:
    """docs/DEVMAP.md of the working directory, if it is a checkout's (has the markers), for full runs."""
    from pathlib import Path

    from throttllem.devmap.evaluation.evaluate import BEGIN_MARK

    doc = Path("docs") / "DEVMAP.md"
    if args.folds is None and args.time_limit is None and not args.cached and doc.is_file() and BEGIN_MARK in doc.read_text(encoding="utf-8"):
        return str(doc)
    return None


def run_evaluate(args: argparse.Namespace) -> int:
    try:
        import lightgbm  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError:
        print("throttllem devmap evaluate needs scikit-learn and LightGBM (pip install 'throttllem[train]')",
              file=sys.stderr)
        return 2
    from throttllem.benchmarking.timing import machine_description
    from throttllem.devmap.models.options import check_options, parse_options
    from throttllem.devmap.evaluation.evaluate import evaluate, format_table, markdown_tables, write_markdown
    from throttllem.devmap.models import MODELS

    # A model named twice would run its folds twice into one result: keep each name once, in order.
    models = list(dict.fromkeys(args.models or ["static", "grewe", "gbdt"]))
    args.cached = list(dict.fromkeys(args.cached))
    models += [m for m in args.cached if m not in models]
    unknown = [m for m in models if m not in MODELS]
    if unknown:
        print(f"throttllem devmap evaluate: unknown model(s) {', '.join(unknown)}; known: "
              f"{', '.join(sorted(MODELS))}", file=sys.stderr)
        return 1
    platforms = list(dict.fromkeys(args.platforms or ["amd", "nvidia"]))
    protocols = list(dict.fromkeys(args.protocols or ["random", "grouped"]))
    try:
        options = parse_options(args.set)
        check_options(options, models)
    except ValueError as e:
        print(f"throttllem devmap evaluate: {e}", file=sys.stderr)
        return 1
    if args.folds is not None and not 1 <= args.folds <= 10:
        print("throttllem devmap evaluate: --folds must be in 1..10", file=sys.stderr)
        return 1
    if args.jobs < 1:
        print("throttllem devmap evaluate: --jobs must be >= 1", file=sys.stderr)
        return 1
    if args.time_limit is not None and not (math.isfinite(args.time_limit) and args.time_limit > 0):
        print(f"throttllem devmap evaluate: --time-limit must be a number of seconds > 0, got {args.time_limit}",
              file=sys.stderr)
        return 1
    if args.device:
        from throttllem.devmap.models.sequence import SequenceModel

        import os

        # Workers share the cores: torch's default (all cores each) would oversubscribe them.
        threads = max(1, (os.cpu_count() or 1) // args.jobs)
        for name in models:
            if issubclass(MODELS[name], SequenceModel):
                options.setdefault(name, {}).setdefault("device", args.device)
                options[name].setdefault("threads", threads)

    from tqdm import tqdm

    n_folds = args.folds or 10
    bar = tqdm(total=len(models) * len(platforms) * len(protocols) * n_folds, unit="fold", desc="devmap",
               disable=None, file=sys.stderr)

    def progress(r):
        bar.write(f"  {r.model:<18} {r.platform:<7} {r.protocol:<8} accuracy {100 * r.score.accuracy:5.1f}% "
                  f"({r.seconds:.1f} s of folds{', ' + str(r.cached_folds) + ' cached' if r.cached_folds else ''})",
                  file=sys.stderr)

    def fold_done(f):
        bar.update(1)
        bar.set_postfix_str(f"{f.task.model} {f.task.platform} {f.task.protocol} fold {f.task.fold} "
                            f"{f.seconds:.0f} s")

    failures = []

    def fold_failed(task, exc):
        failures.append(task)
        bar.write(f"  FAILED {task.model} {task.platform} {task.protocol} fold {task.fold}: "
                  f"{type(exc).__name__}: {exc}", file=sys.stderr)

    def first_failure(task, exc):
        # One process: the first failing fold stops the run (a bad option fails every fold of
        # its model), named here rather than as a traceback; finished folds are in the cache.
        raise InvalidArgumentError(f"{task.model} {task.platform} {task.protocol} fold {task.fold} failed: "
                                   f"{type(exc).__name__}: {exc}") from exc

    try:
        with bar:
            results = evaluate(models, platforms, protocols, data_dir=args.data_dir, compiled=args.compiled,
                               progress=progress, model_options=options, max_folds=args.folds, jobs=args.jobs,
                               cache_path=args.cache, time_limit_s=args.time_limit, fold_progress=fold_done,
                               on_failure=fold_failed if args.jobs > 1 else first_failure, cached_only=args.cached)
    except (ThrottllemError, OSError) as e:
        print(f"throttllem devmap evaluate: {e}", file=sys.stderr)
        return 1
    finished = {(r.model, r.platform, r.protocol) for r in results}
    for m, p, proto in ((m, p, proto) for p in platforms for proto in protocols for m in models):
        if (m, p, proto) not in finished:  # not silently left out of the table
            why = "none in the cache" if m in args.cached else "failed or out of time"
            print(f"WARNING: no fold of {m} on {p} ({proto}) finished ({why}); it is not in the table",
                  file=sys.stderr)
    if failures:
        incomplete = list(dict.fromkeys((t.model, t.platform, t.protocol) for t in failures))
        print(f"WARNING: {len(failures)} fold(s) failed (above); left incomplete: "
              + "; ".join(f"{m} {p} {proto}" for m, p, proto in incomplete)
              + f". Finished folds are in the cache{' ' + args.cache if args.cache else ' (none given)'}; "
              "a rerun resumes.", file=sys.stderr)
    if not results:
        print("throttllem devmap evaluate: no fold finished" + ("" if failures else " (time limit?)"), file=sys.stderr)
        return 1
    print("DevMap 10-fold cross-validation (measured: our predictions scored on the published runtimes)")
    print(format_table(results))
    for r in results:
        if r.compiled and r.compiled_mismatches:
            print(f"WARNING: compiled {r.model} disagreed with the Python model on {r.compiled_mismatches} rows "
                  f"({r.platform}, {r.protocol})")
    # A run with failed folds is partial: it must not replace the committed tables unasked.
    markdown = None if args.no_markdown else args.markdown or (None if failures else _default_markdown(args))
    if markdown:
        words = ["throttllem", "devmap", "evaluate"]
        words += [w for m in models if m not in args.cached for w in ("--model", m)]
        words += [w for p in platforms for w in ("--platform", p)]
        words += [w for p in protocols for w in ("--protocol", p)] + (["--compiled"] if args.compiled else [])
        words += [w for s in args.set for w in ("--set", s)] + (["--folds", str(args.folds)] if args.folds else [])
        words += ["--device", args.device] if args.device else []
        words += [w for m in args.cached for w in ("--cached", m)] + (["--cache", args.cache] if args.cache else [])
        command = " ".join(shlex.quote(w) for w in words)
        path = write_markdown(markdown, markdown_tables(results, machine=machine_description(), command=command))
        print(f"wrote {path}")
    status = _plot(results, args) if args.plot else 0
    return 1 if failures else status


def _plot(results, args: argparse.Namespace) -> int:
    from throttllem.devmap.models import MODELS
    from throttllem.devmap.models.sequence import SequenceModel
    from throttllem.devmap.evaluation.plots import plot_accuracy
    from throttllem.devmap.evaluation.spread import init_spread

    networks = list(dict.fromkeys(r.model for r in results if issubclass(MODELS[r.model], SequenceModel)))
    try:
        spreads = init_spread(networks, args.cache, platforms=args.platforms or ["amd", "nvidia"],
                              protocols=args.protocols or ["random", "grouped"],
                              data_dir=args.data_dir) if networks and args.cache else []
        print(f"wrote {plot_accuracy(results, args.plot, spreads=spreads)}")
    except (ThrottllemError, OSError) as e:
        print(f"throttllem devmap evaluate: plot: {e}", file=sys.stderr)
        return 1
    return 0


def run_spread(args: argparse.Namespace) -> int:
    from throttllem.devmap.models import MODELS
    from throttllem.devmap.evaluation.spread import format_spread, init_spread, markdown_spread, write_spread_markdown

    args.models = list(dict.fromkeys(args.models))
    unknown = [m for m in args.models if m not in MODELS]
    if unknown:
        print(f"throttllem devmap spread: unknown model(s) {', '.join(unknown)}; known: {', '.join(sorted(MODELS))}",
              file=sys.stderr)
        return 1
    try:
        spreads = init_spread(args.models, args.cache, data_dir=args.data_dir)
    except (ThrottllemError, OSError) as e:
        print(f"throttllem devmap spread: {e}", file=sys.stderr)
        return 1
    if not spreads:
        print(f"throttllem devmap spread: no model has a complete set of folds in {args.cache}", file=sys.stderr)
        return 1
    print("DevMap accuracy % over weight initialisations (measured; mean ± sample sd)")
    print(format_spread(spreads))
    if args.markdown:
        words = ["throttllem", "devmap", "spread", "--cache", args.cache]
        words += [w for m in args.models for w in ("--model", m)]
        path = write_spread_markdown(args.markdown, markdown_spread(spreads, command=" ".join(map(shlex.quote, words))))
        print(f"wrote {path}")
    return 0
