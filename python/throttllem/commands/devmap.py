"""``throttllem devmap``: the OpenCL device selector on the DevMap benchmark.

  throttllem devmap download                      # fetch the two tables (sha256-checked) into the cache
  throttllem devmap train --platform amd --out sel-amd
  throttllem devmap train --profile datasets/h100-clprofile --out sel-h100   # your own measured kernels
  throttllem devmap predict --selector sel-amd --source k.cl --transfer-bytes 1048576 --wgsize 256
  throttllem devmap evaluate --model grewe --model gbdt   # prints the table
  throttllem devmap evaluate --model grewe --model gbdt --markdown docs/DEVMAP.md   # and updates the page
  throttllem devmap spread --cache datasets/devmap-folds.jsonl --model deeptune   # over initialisations
"""

from __future__ import annotations

import argparse
from pathlib import Path

from throttllem.commands.report import emit
from throttllem.errors import InvalidArgumentError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("devmap", help="OpenCL CPU/GPU device selection on DevMap: download, train, predict, evaluate",
                              description="Device-mapping models on the DevMap benchmark (see docs/DEVMAP.md).")
    sub = p.add_subparsers(dest="devmap_command", metavar="SUBCOMMAND")

    d = sub.add_parser("download", help="download the DevMap tables (sha256-checked) into the cache")
    d.add_argument("--dest", help="folder to write to (default: the cache, $THROTTLLEM_CACHE/devmap)")
    d.set_defaults(func=run_download)

    t = sub.add_parser("train", help="train + compile a DeviceSelector (source-only GBDT) on one platform",
                       description="Trains on a DevMap platform (--platform) or on a dataset that "
                                   "`throttllem clprofile` measured on your machine (--profile; one CPU "
                                   "runtime of it: --runtime when it has several).")
    origin = t.add_mutually_exclusive_group(required=True)
    origin.add_argument("--platform", choices=("amd", "nvidia"), help="a DevMap table")
    origin.add_argument("--profile", metavar="DATASET", help="a clprofile dataset (OUT of `throttllem clprofile`)")
    t.add_argument("--out", required=True, help="selector folder to write (selector.json, model.so)")
    t.add_argument("--data-dir", help="folder holding the DevMap CSVs (default: the cache, downloading)")
    t.add_argument("--model", default="gbdt-source", choices=("gbdt-source", "gbdt-launch"),  # SOURCE_MODELS
                   help="gbdt-source (default: token statistics + bytes + work-group size) or gbdt-launch "
                        "(cost-weighted, also reads the launch's work-items: train it on a --profile dataset)")
    t.add_argument("--runtime", metavar="NAME",
                   help="with --profile: the CPU runtime (OpenCL platform name, or a unique prefix) to pair "
                        "with the GPU, when the dataset has several")
    t.set_defaults(func=run_train)

    q = sub.add_parser("predict", help="choose CPU or GPU for one kernel launch with a trained selector")
    q.add_argument("--selector", required=True, help="selector folder (from devmap train)")
    q.add_argument("--source", required=True, help="OpenCL C file of the kernel")
    q.add_argument("--transfer-bytes", type=int, required=True, help="bytes moved host<->device")
    q.add_argument("--wgsize", type=int, required=True, help="work-group size (0: left to the runtime)")
    q.add_argument("--global-size", type=int, default=0, metavar="N",
                   help="work-items of the launch (read by gbdt-launch selectors; 0: unknown)")
    q.add_argument("--kernel", help="the __kernel to decide for (gbdt-launch; default: the source's first)")
    q.add_argument("--no-compile-check", action="store_true",
                   help="skip building the kernel with OpenCL first (a kernel that does not build is refused)")
    q.set_defaults(func=run_predict, reports_json=True)

    e = sub.add_parser("evaluate", help="cross-validate models; print the table, optionally write markdown",
                       description="10-fold cross-validation on both platforms under three protocols "
                                   "(random: the literature's StratifiedKFold seed 204; grouped: no kernel in "
                                   "both training and test; program: no program in both). Prints accuracy and speedup over the static "
                                   "mapping (measured on the published runtimes).")
    e.add_argument("--model", action="append", dest="models", metavar="NAME",
                   help="model to evaluate (repeatable; default: static, grewe, gbdt)")
    e.add_argument("--platform", action="append", dest="platforms", choices=("amd", "nvidia"),
                   help="platform (repeatable; default both)")
    e.add_argument("--protocol", action="append", dest="protocols", choices=("random", "grouped", "program"),
                   help="protocol (repeatable; default all three; program: no program in both training and test)")
    e.add_argument("--seed", type=int, default=204, metavar="N",
                   help="fold seed (default 204, the reported folds; other seeds give the spread over splits)")
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
                   help="also write the tables into PATH between its result markers, e.g. docs/DEVMAP.md "
                        "(default: no file is written)")
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

    for platform in PLATFORMS:
        print(f"{platform}: {download(platform, args.dest)} (sha256 verified)")
    return 0


def run_train(args: argparse.Namespace) -> int:
    from throttllem.devmap.data.dataset import load_platform
    from throttllem.devmap.deploy.selector import DeviceSelector

    if args.runtime and not args.profile:
        raise InvalidArgumentError("--runtime picks a CPU runtime of a --profile dataset")
    if args.profile:
        profile = _profile_runtime(args.profile, args.runtime)
        selector = DeviceSelector.train(profile.data, args.out, model=args.model, origin=profile.origin(args.profile))
    else:
        selector = DeviceSelector.train(load_platform(args.platform, args.data_dir), args.out, model=args.model)
    print(f"selector: {args.out} ({selector.meta['provenance']})")
    return 0


def _profile_runtime(path: str, wanted: str | None):
    """The one CPU runtime of a clprofile dataset that ``wanted`` names (None: the only one)."""
    from throttllem.devmap.profiler.runtimes import load_runtimes

    tables = load_runtimes(path)
    names = [t.runtime or t.cpu_device for t in tables]
    if wanted is None:
        if len(tables) > 1:
            raise InvalidArgumentError(f"{path} has {len(tables)} CPU runtimes ({'; '.join(names)}): "
                                       "pick one with --runtime")
        return tables[0]
    found = [t for t, n in zip(tables, names) if n == wanted] or \
        [t for t, n in zip(tables, names) if n.lower().startswith(wanted.lower())]
    if len(found) != 1:
        raise InvalidArgumentError(f"--runtime {wanted!r} names {'no' if not found else 'more than one'} CPU runtime "
                                   f"of {path} ({'; '.join(names)})")
    return found[0]


def run_predict(args: argparse.Namespace) -> int:
    from throttllem.devmap.deploy.selector import DeviceSelector

    from throttllem.devmap.deploy.compile_check import opencl_build_error

    selector = DeviceSelector.load(args.selector)
    if args.global_size < 0:
        raise InvalidArgumentError(f"--global-size must be >= 0, got {args.global_size}")
    choice = selector.predict_file(args.source, args.transfer_bytes, args.wgsize, kernel=args.kernel,
                                   work_items=float(args.global_size))
    # A kernel no compiler accepts has no faster device: refuse it rather than answer from its tokens.
    error, device = (None, None) if args.no_compile_check else \
        opencl_build_error(Path(args.source).read_text(encoding="utf-8"))
    if error:
        raise InvalidArgumentError(f"{args.source} does not compile with OpenCL ({device}): {error}")
    checked = f"built with {device}" if device else "not built: " + (
        "--no-compile-check" if args.no_compile_check else "no OpenCL platform found")
    origin = selector.meta.get("origin", f"DevMap {selector.meta['platform']}")
    doc = {"device": choice.device, "p_gpu": choice.p_gpu, "confidence": choice.confidence, "source": "modelled",
           "trained_on": origin, "selector": args.selector, "kernel": args.source, "kernel_check": checked}
    emit(args, doc, lambda: print(f"{choice.device} (modelled: P(GPU faster) = {choice.p_gpu:.3f}, confidence "
                                  f"{choice.confidence:.3f}; model trained on {origin}; kernel {checked})"))
    return 0


def _needs_training_libraries(command: str) -> None:
    try:
        import lightgbm  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError:
        raise InvalidArgumentError(f"{command} needs scikit-learn and LightGBM "
                                   "(pip install 'throttllem[train]')") from None


def run_evaluate(args: argparse.Namespace) -> int:
    _needs_training_libraries("throttllem devmap evaluate")
    if args.plot:
        from throttllem._plotting import require_matplotlib

        require_matplotlib("--plot")
    from throttllem.options import parse_settings
    from throttllem.devmap.evaluation.run import run_evaluate as evaluate

    evaluate(args.models or (), platforms=args.platforms or (), protocols=args.protocols or (),
             data_dir=args.data_dir, compiled=args.compiled, options=parse_settings(args.set), settings=args.set,
             folds=args.folds, jobs=args.jobs, device=args.device, cache=args.cache, cached=args.cached,
             time_limit=args.time_limit, markdown=args.markdown, plot=args.plot, seed=args.seed)
    return 0


def run_spread(args: argparse.Namespace) -> int:
    from throttllem.devmap.evaluation.run import run_spread as spread

    spread(args.models, args.cache, data_dir=args.data_dir, markdown=args.markdown)
    return 0
