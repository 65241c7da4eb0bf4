"""``throttllem clprofile``: time OpenCL kernels on every CPU and GPU device -> a labelled dataset.

  throttllem clprofile --out out/clprofile              # measure (needs pyopencl)
  throttllem clprofile evaluate [--dataset datasets/h100-clprofile] [--model grewe ...]
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "clprofile", help="time OpenCL kernels on each CPU/GPU device: a labelled device-mapping dataset",
        description="Runs the project's kernel suite (kernels/opencl/manifest.json) and/or DevMap kernel "
                    "sources on every OpenCL device: random payloads sized by the global size, a 4-run dynamic "
                    "check, then host-to-device + kernel + device-to-host timed with profiling events (median "
                    "of >= 5 runs). Each kernel runs in its own subprocess with a timeout. Writes OUT.csv, "
                    "OUT.json (metadata) and OUT.labels.csv; rerunning resumes. Needs pyopencl.")
    p.add_argument("--out", type=Path, help="dataset path: writes OUT.csv, OUT.json, OUT.labels.csv (required "
                                            "unless a subcommand is given)")
    p.add_argument("--suite", type=Path, help="kernel manifest (default: kernels/opencl/manifest.json)")
    p.add_argument("--no-suite", action="store_true", help="run no suite kernels (only --devmap)")
    p.add_argument("--devmap", type=Path, action="append", default=[], metavar="CSV",
                   help="also drive the kernel sources of a DevMap table (its src column); repeatable")
    p.add_argument("--devmap-sizes", default="4096,65536,1048576", help="global sizes for DevMap kernels")
    p.add_argument("--devmap-limit", type=int, help="at most this many DevMap kernels")
    p.add_argument("--kernels", help="comma-separated kernel ids (or, where no id matches, substrings) to run")
    p.add_argument("--max-sizes", type=int, help="only the K smallest sizes of each kernel's sweep")
    p.add_argument("--devices", default="all", help="all, cpu, gpu, or a substring of the device name")
    p.add_argument("--timeout-s", type=float, default=60.0, help="per kernel x size x device (default 60)")
    p.add_argument("--time-limit-s", type=float, help="stop starting new kernels after this long (resume later)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per point, at least 5 (default 5)")
    p.add_argument("--slow-run-s", type=float, default=2.0,
                   help="skip a kernel's larger sizes on a device once a run there took longer (default 2)")
    p.add_argument("--seed", type=int, default=204, help="payload seed (default 204)")
    p.add_argument("--retry-failed", action="store_true", help="redo rows that timed out, crashed or errored")
    p.add_argument("--list", action="store_true", help="list the kernels and sizes, then exit")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--verbose", "-v", action="store_true", help="log each kernel's outcome (to stderr)")
    p.set_defaults(func=run)
    sub = p.add_subparsers(dest="clprofile_command", metavar="SUBCOMMAND")
    _register_evaluate(sub)


def _register_evaluate(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser(
        "evaluate", help="cross-validate device selectors on a clprofile dataset; end-to-end time incl. decisions",
        description="Trains the selectors with folds grouped by kernel (default leave-one-kernel-out), prints "
                    "accuracy, balanced accuracy and per-device recall, and the end-to-end total time of the "
                    "launches when each is run on the device the selector chose, plus the decisions' cost "
                    "measured here with the compiled models, against always-CPU, always-GPU and the oracle. "
                    "Kernel times are the dataset's (measured where it was made).")
    e.add_argument("--dataset", type=Path, help="clprofile dataset path (default: datasets/h100-clprofile of "
                                                 "this checkout)")
    e.add_argument("--model", action="append", dest="models", metavar="NAME",
                   help="model (repeatable; default: grewe, gbdt, gbdt-source; also: static)")
    e.add_argument("--protocol", choices=("loko", "grouped"), default="loko",
                   help="loko: leave-one-kernel-out (default); grouped: 10-fold StratifiedGroupKFold by kernel")
    e.add_argument("--set", action="append", default=[], metavar="MODEL.OPTION=VALUE",
                   help="model option, e.g. gbdt.min_child_samples=2 (repeatable)")
    e.add_argument("--kernels", help="comma-separated kernel ids: evaluate only those (a quick subset)")
    e.add_argument("--repeats", type=int, default=20,
                   help="warm passes over all launches for the steady-state decision latency (default 20)")
    e.add_argument("--seed", type=int, default=204, help="model and fold seed (default 204)")
    e.add_argument("--markdown", type=Path, metavar="PATH",
                   help="also write the report between the clprofile-evaluate markers of PATH "
                        "(e.g. docs/OPENCL_PROFILING.md)")
    e.add_argument("--plot", type=Path, metavar="PNG",
                   help="draw each launch's CPU vs GPU time, marking the launches each model got wrong")
    e.add_argument("--no-progress", action="store_true", help="no progress bar")
    e.set_defaults(func=run_evaluate)


def _default_dataset() -> Path:
    """``datasets/h100-clprofile`` of the source tree (editable installs), else of the cwd."""
    here = Path(__file__).resolve()
    for root in (*here.parents[3:4], Path.cwd()):
        if (root / "datasets" / "h100-clprofile.labels.csv").exists():
            return root / "datasets" / "h100-clprofile"
    return Path("datasets") / "h100-clprofile"


def run_evaluate(args: argparse.Namespace) -> int:
    try:
        import lightgbm  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError:
        print("throttllem clprofile evaluate needs scikit-learn and LightGBM (pip install 'throttllem[train]')",
              file=sys.stderr)
        return 2
    from throttllem.benchmarking.timing import machine_description
    from lightgbm.basic import LightGBMError

    from throttllem.devmap.models.options import check_options, parse_options
    from throttllem.devmap.profiler.evaluate import DEFAULT_MODELS, evaluate, write_markdown
    from throttllem.devmap.profiler.labelled import load_clprofile
    from throttllem.errors import ThrottllemError

    models = list(dict.fromkeys(args.models or DEFAULT_MODELS))
    kernels = [k.strip() for k in args.kernels.split(",") if k.strip()] if args.kernels else None
    words = ["throttllem", "clprofile", "evaluate"] + (["--dataset", str(args.dataset)] if args.dataset else [])
    words += [w for m in models for w in ("--model", m)] + ["--protocol", args.protocol]
    words += [w for s in args.set for w in ("--set", s)] + (["--kernels", args.kernels] if args.kernels else [])
    try:
        if args.repeats < 1:
            raise ValueError("--repeats must be at least 1")
        options = parse_options(args.set)
        check_options(options, models)
        cd = load_clprofile(args.dataset or _default_dataset(), kernels=kernels)
        report = evaluate(cd, models, args.protocol, seed=args.seed, options=options, repeats=args.repeats,
                          progress=not args.no_progress, machine=machine_description(),
                          command=" ".join(shlex.quote(w) for w in words))
    except (ThrottllemError, OSError, ValueError, TypeError) as e:  # TypeError: an unknown --set option
        print(f"throttllem clprofile evaluate: {e}", file=sys.stderr)
        return 1
    except LightGBMError as e:  # a value LightGBM rejects only while fitting
        print(f"throttllem clprofile evaluate: LightGBM: {e}", file=sys.stderr)
        return 1
    print("\n".join(report.lines()))
    if args.markdown:
        print(f"wrote {write_markdown(args.markdown, report)}")
    if args.plot:
        from throttllem.devmap.profiler.plots import plot_choices

        print(f"wrote {plot_choices(report, args.plot)}")
    return 0


def _specs(args: argparse.Namespace):
    from dataclasses import replace

    from throttllem.devmap.profiler.suite import default_manifest, load_devmap, load_manifest

    specs = []
    if not args.no_suite:
        manifest = args.suite or default_manifest()
        if manifest is None:
            raise FileNotFoundError("no kernels/opencl/manifest.json here: pass --suite PATH (or --no-suite)")
        specs += load_manifest(manifest)
    sizes = tuple(int(s) for s in args.devmap_sizes.split(",") if s.strip())
    for csv_path in args.devmap:
        specs += load_devmap(csv_path, sizes=sizes, limit=args.devmap_limit)
    if args.kernels:
        wanted = [w.strip() for w in args.kernels.split(",") if w.strip()]
        ids = {s.id for s in specs}  # an exact id selects that kernel; anything else matches substrings
        specs = [s for s in specs if any(w == s.id if w in ids else w in s.id for w in wanted)]
    if args.max_sizes:
        specs = [replace(s, sizes=tuple(sorted(s.sizes)[: args.max_sizes])) for s in specs]
    return specs


def run(args: argparse.Namespace) -> int:
    if args.out is None:
        print("throttllem clprofile: --out is required (or a subcommand: evaluate)", file=sys.stderr)
        return 2
    try:
        import pyopencl  # noqa: F401 -- fail early with a clear message
    except ImportError:
        print("throttllem clprofile: needs pyopencl (pip install pyopencl) and an OpenCL driver", file=sys.stderr)
        return 2
    from throttllem.devmap.profiler import RunConfig, read_rows, run_suite
    from throttllem.devmap.profiler.report import summary_lines

    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    try:
        if args.runs < 5:
            raise ValueError("--runs must be at least 5")
        specs = _specs(args)
        if args.list:
            for s in specs:
                print(f"{s.id}\t{s.klass}\t{','.join(map(str, s.sizes))}")
            return 0
        if not specs:
            raise ValueError("no kernels selected")
        config = RunConfig(out=args.out, specs=specs, devices=args.devices, timeout_s=args.timeout_s,
                           time_limit_s=args.time_limit_s, runs=args.runs, seed=args.seed,
                           slow_run_s=args.slow_run_s, retry_failed=args.retry_failed,
                           progress=not args.no_progress)
        result = run_suite(config)
    except KeyboardInterrupt:
        print("throttllem clprofile: interrupted; rows measured so far are kept; rerun to resume", file=sys.stderr)
        return 130
    except (OSError, ValueError, RuntimeError) as e:
        print(f"throttllem clprofile: {e}", file=sys.stderr)
        return 1
    print(f"{result.csv_path}: {result.measured_now} rows measured now, {result.already_present} already there, "
          f"{result.left_for_later} left for a rerun; labels in {result.labels_path}")
    for line in summary_lines(read_rows(result.csv_path)):
        print(line)
    return 0
