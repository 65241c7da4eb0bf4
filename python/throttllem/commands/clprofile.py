"""``throttllem clprofile``: time OpenCL kernels on every CPU and GPU device -> a labelled dataset.

  throttllem clprofile --out out/clprofile              # measure (needs pyopencl)
  throttllem clprofile evaluate [--dataset datasets/h100-clprofile] [--model grewe ...]
  throttllem clprofile evaluate --dataset DATASET --protocol all --plots DIR   # per CPU runtime, end to end
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from throttllem.commands.report import emit
from throttllem.errors import InvalidArgumentError


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
    p.add_argument("--suite", type=Path, help="kernel manifest (default: the project's suite, kernels/opencl/manifest.json, "
                                             "installed with the package)")
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
    p.add_argument("--protocol", choices=("events", "host"), default="events",
                   help="events (default): the manifest's fixed sweeps, H2D + kernel + D2H event times; host: "
                        "host-visible time (first enqueue to results on the host), zero-copy CPU buffers, "
                        "adaptive sweeps from <= 256 work-items (docs/OPENCL_PROFILING.md)")
    p.add_argument("--no-zero-copy", action="store_true",
                   help="host protocol: copy to and from CPU devices too (default: CPU buffers in host memory)")
    p.add_argument("--until-ms", type=float, default=1000.0,
                   help="host protocol: end a kernel's sweep once its slowest device takes this long (default 1000)")
    p.add_argument("--max-buffer-mib", type=float, default=1024.0,
                   help="host protocol: largest buffer of a sweep, also capped by each device's max allocation "
                        "(default 1024)")
    p.add_argument("--retry-failed", action="store_true", help="redo rows that timed out, crashed or errored")
    p.add_argument("--list", action="store_true", help="list the kernels and sizes, then exit")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
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
    e.add_argument("--dataset", type=Path, help="clprofile dataset path (default: the project's measured "
                                                 "datasets/h100-clprofile, installed with the package)")
    e.add_argument("--model", action="append", dest="models", metavar="NAME",
                   help="model (repeatable; default: grewe, gbdt, gbdt-source; also: static)")
    e.add_argument("--protocol", choices=("loko", "grouped", "program", "all"), default="loko",
                   help="loko: leave-one-kernel-out (default); grouped: 10-fold StratifiedGroupKFold by kernel; "
                        "program: 10-fold StratifiedGroupKFold by program (program-held-out); all: loko and program")
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
    e.add_argument("--plots", type=Path, metavar="DIR",
                   help="per CPU runtime and protocol, draw each kernel's CPU/GPU crossover with the selector's "
                        "choices marked: DIR/crossover-<runtime>-<protocol>.png")
    e.add_argument("--plot-model", metavar="NAME",
                   help="the model whose choices --plots marks (default: gbdt-source when evaluated, else the first)")
    e.add_argument("--rounds", type=int, default=5,
                   help="first sights timed per kernel, every cache empty (per-runtime report; default 5)")
    e.add_argument("--no-progress", action="store_true", help="no progress bar")
    e.set_defaults(func=run_evaluate, reports_json=True)


def run_evaluate(args: argparse.Namespace) -> int:
    try:
        import lightgbm  # noqa: F401
        import sklearn  # noqa: F401
    except ImportError:
        raise InvalidArgumentError("throttllem clprofile evaluate needs scikit-learn and LightGBM "
                                   "(pip install 'throttllem[train]')") from None
    for flag, value in (("--plot", args.plot), ("--plots", args.plots)):
        if value:
            from throttllem._plotting import require_matplotlib

            require_matplotlib(flag)
    from throttllem.options import parse_settings
    from throttllem.devmap.profiler.run import run_evaluate as evaluate

    text = io.StringIO() if args.json else None  # with --json the text report is not printed
    report = evaluate(args.dataset, args.models or (), protocol=args.protocol, options=parse_settings(args.set),
                      settings=args.set, kernels=args.kernels, repeats=args.repeats, seed=args.seed,
                      progress=not args.no_progress, markdown=args.markdown, plot=args.plot, plots=args.plots,
                      plot_model=args.plot_model, rounds=args.rounds, out=text)
    if text is not None:
        written = [line[len("wrote "):] for line in text.getvalue().splitlines() if line.startswith("wrote ")]
        if hasattr(report, "runtimes"):  # the per-runtime end-to-end report
            from throttllem.devmap.profiler.endtoend_report import document

            emit(args, document(report, written), lambda: None)
        else:
            emit(args, _evaluate_document(report, written), lambda: None)
    return 0


def _evaluate_document(report, written: list[str]) -> dict:
    """``clprofile evaluate --json``: the printed report's figures."""
    return {
        "source": "kernel times measured where the dataset was made; decision cost measured here",
        "machine": report.machine, "command": report.command, "protocol": report.protocol,
        "folds": report.n_folds, "one_label_folds": report.one_label_folds, "launches": len(report.cd.data.label),
        "baselines_ms": report.baselines(),
        "models": [{"model": r.model, "accuracy": r.accuracy, "balanced_accuracy": r.balanced_accuracy,
                    "recall_cpu": r.recall_cpu, "recall_gpu": r.recall_gpu, "selected_ms": r.selected_ms,
                    "decision_ms": r.decision_ms, "total_ms": r.total_ms, "fit_predict_s": r.seconds,
                    "decision_cost": r.cost} for r in report.results],
        "written": written,
    }


def run(args: argparse.Namespace) -> int:
    from throttllem.devmap.profiler.run import run_profile

    selection = dict(suite=args.suite, no_suite=args.no_suite, devmap=args.devmap, devmap_sizes=args.devmap_sizes,
                     devmap_limit=args.devmap_limit, kernels=args.kernels, max_sizes=args.max_sizes)
    run_profile(args.out, selection=selection, list_only=args.list, devices=args.devices, timeout_s=args.timeout_s,
                time_limit_s=args.time_limit_s, runs=args.runs, seed=args.seed, slow_run_s=args.slow_run_s,
                retry_failed=args.retry_failed, progress=not args.no_progress, verbose=args.verbose > 0,
                protocol=args.protocol, zero_copy=not args.no_zero_copy, until_ms=args.until_ms,
                max_buffer_mib=args.max_buffer_mib)
    return 0
