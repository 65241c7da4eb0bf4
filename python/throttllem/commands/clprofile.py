"""``throttllem clprofile``: time OpenCL kernels on every CPU and GPU device -> a labelled dataset."""

from __future__ import annotations

import argparse
import logging
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
    p.add_argument("--out", type=Path, required=True, help="dataset path: writes OUT.csv, OUT.json, OUT.labels.csv")
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


def _specs(args: argparse.Namespace):
    from dataclasses import replace

    from throttllem.devmap.profile.suite import default_manifest, load_devmap, load_manifest

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
    try:
        import pyopencl  # noqa: F401 -- fail early with a clear message
    except ImportError:
        print("throttllem clprofile: needs pyopencl (pip install pyopencl) and an OpenCL driver", file=sys.stderr)
        return 2
    from throttllem.devmap.profile import RunConfig, read_rows, run_suite
    from throttllem.devmap.profile.report import summary_lines

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
