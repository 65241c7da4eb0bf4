"""The ``clprofile`` runs: measure a kernel suite into a labelled dataset, and evaluate the
selectors on one. Each takes plain arguments, prints its report, and raises typed errors."""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from throttllem._plotting import require_matplotlib
from throttllem.benchmarking.timing import machine_description
from throttllem.devmap.models.options import check_options
from throttllem.devmap.profiler.dataset import read_rows
from throttllem.devmap.profiler.crossover import plot_all
from throttllem.devmap.profiler.endtoend import END_TO_END_PROTOCOLS, evaluate_runtimes
from throttllem.devmap.profiler.endtoend_report import render
from throttllem.devmap.profiler.endtoend_report import write_markdown as write_end_to_end_markdown
from throttllem.devmap.profiler.evaluate import DEFAULT_MODELS, PROTOCOLS, evaluate, write_markdown
from throttllem.devmap.profiler.labelled import load_clprofile
from throttllem.devmap.profiler.plots import plot_choices
from throttllem.devmap.profiler.report import summary_lines
from throttllem.devmap.profiler.runtimes import load_runtimes
from throttllem.devmap.profiler.runner import RunConfig, run_suite
from throttllem.devmap.profiler.suite import default_manifest, load_devmap, load_manifest
from throttllem.errors import InvalidArgumentError, ThrottllemError


def default_dataset() -> Path:
    """``datasets/h100-clprofile``: installed with the package, or of the source tree or the cwd."""
    from throttllem.devmap.data.packaged import default_dataset as find

    return find()


def run_evaluate(dataset: str | Path | None = None, models: Sequence[str] = (), *, protocol: str = "loko",
                 options: dict | None = None, settings: Sequence[str] = (), kernels: str | None = None,
                 repeats: int = 20, seed: int = 204, progress: bool = True, markdown: str | Path | None = None,
                 plot: str | Path | None = None, plots: str | Path | None = None, plot_model: str | None = None,
                 rounds: int = 5, out=None):
    """Cross-validate the selectors ``models`` on the clprofile ``dataset`` (default
    :func:`default_dataset`), print the report to ``out``, and write it between ``markdown``'s
    markers and draw ``plot`` (one PNG) or ``plots`` (a folder of crossover PNGs) only when given.
    ``kernels``: comma-separated ids to keep.

    A dataset with a ``host_ms`` column or several CPU devices, ``protocol`` ``program`` or
    ``all`` (loko + program), or ``plots`` get the per-CPU-runtime end-to-end report
    (:mod:`~throttllem.devmap.profiler.endtoend`); an older one-CPU dataset under ``loko`` or
    ``grouped`` gets the single-table report it always had (same figures)."""
    from lightgbm.basic import LightGBMError  # lazy: measuring needs no LightGBM

    out = out or sys.stdout
    models = list(dict.fromkeys(models or DEFAULT_MODELS))
    options = options or {}
    wanted = [k.strip() for k in kernels.split(",") if k.strip()] if kernels else None
    words = ["throttllem", "clprofile", "evaluate"] + (["--dataset", str(dataset)] if dataset else [])
    words += [w for m in models for w in ("--model", m)] + ["--protocol", protocol]
    words += [w for s in settings for w in ("--set", s)] + (["--kernels", kernels] if kernels else [])
    words += (["--plots", str(plots)] if plots else []) + (["--plot-model", plot_model] if plot_model else [])
    if repeats < 1:
        raise InvalidArgumentError("--repeats must be at least 1")
    if rounds < 1:
        raise InvalidArgumentError("--rounds must be at least 1")
    if protocol not in (*PROTOCOLS, "all"):
        raise InvalidArgumentError(f"unknown protocol {protocol!r}; known: {', '.join(PROTOCOLS)}, all")
    check_options(options, models)
    if plot_model is not None and plot_model not in models:
        raise InvalidArgumentError(f"--plot-model {plot_model!r} is not among the evaluated models ({', '.join(models)})")
    if plots:
        require_matplotlib("--plots")
    path = dataset or default_dataset()
    runtimes = load_runtimes(path, kernels=wanted)
    if protocol in ("program", "all") or plots or len(runtimes) > 1 or runtimes[0].time_column != "total_ms":
        if plot:
            raise InvalidArgumentError("--plot draws the single-table report; with several CPU runtimes, host_ms "
                                       "times or --protocol program/all use --plots DIR")
        command = " ".join(shlex.quote(w) for w in words + (["--rounds", str(rounds)] if rounds != 5 else []))
        protocols = END_TO_END_PROTOCOLS if protocol == "all" else (protocol,)
        try:
            report = evaluate_runtimes(runtimes, models, protocols, seed=seed, options=options, repeats=repeats,
                                       rounds=rounds, progress=progress, machine=machine_description(),
                                       command=command, dataset=str(path))
        except LightGBMError as e:
            raise InvalidArgumentError(f"LightGBM: {e}") from None
        print("\n".join(render(report)), file=out)
        if markdown:
            print(f"wrote {write_end_to_end_markdown(markdown, report)}", file=out)
        for written in plot_all(report, plots, plot_model) if plots else ():
            print(f"wrote {written}", file=out)
        return report
    cd = load_clprofile(path, kernels=wanted)
    try:
        report = evaluate(cd, models, protocol, seed=seed, options=options, repeats=repeats, progress=progress,
                          machine=machine_description(), command=" ".join(shlex.quote(w) for w in words))
    except LightGBMError as e:  # a value LightGBM rejects only while fitting
        raise InvalidArgumentError(f"LightGBM: {e}") from None
    print("\n".join(report.lines()), file=out)
    if markdown:
        print(f"wrote {write_markdown(markdown, report)}", file=out)
    if plot:
        print(f"wrote {plot_choices(report, plot)}", file=out)
    return report


def select_specs(*, suite: Path | None = None, no_suite: bool = False, devmap: Sequence[Path] = (),
                 devmap_sizes: str = "4096,65536,1048576", devmap_limit: int | None = None,
                 kernels: str | None = None, max_sizes: int | None = None) -> list:
    """The kernels to measure: the manifest's (unless ``no_suite``) and those of the DevMap tables
    ``devmap``, narrowed to ``kernels`` (ids; substrings where no id matches) and ``max_sizes``."""
    specs = []
    if not no_suite:
        manifest = suite or default_manifest()
        if manifest is None:
            raise InvalidArgumentError("no kernels/opencl/manifest.json here: pass --suite PATH (or --no-suite)")
        specs += load_manifest(manifest)
    try:
        sizes = tuple(int(s) for s in devmap_sizes.split(",") if s.strip())
    except ValueError:
        raise InvalidArgumentError(f"--devmap-sizes wants comma-separated integers, got {devmap_sizes!r}") from None
    for csv_path in devmap:
        specs += load_devmap(csv_path, sizes=sizes, limit=devmap_limit)
    if kernels:
        wanted = [w.strip() for w in kernels.split(",") if w.strip()]
        ids = {s.id for s in specs}  # an exact id selects that kernel; anything else matches substrings
        specs = [s for s in specs if any(w == s.id if w in ids else w in s.id for w in wanted)]
    if max_sizes:
        specs = [replace(s, sizes=tuple(sorted(s.sizes)[:max_sizes])) for s in specs]
    return specs


def run_profile(out: Path | None, *, selection: dict | None = None, list_only: bool = False, devices: str = "all",
                timeout_s: float = 60.0, time_limit_s: float | None = None, runs: int = 5, seed: int = 204,
                slow_run_s: float = 2.0, retry_failed: bool = False, progress: bool = True, verbose: bool = False,
                stdout=None, protocol: str = "events", zero_copy: bool = True, until_ms: float = 1000.0,
                max_buffer_mib: float = 1024.0) -> None:
    """Measure the kernels :func:`select_specs` picks with ``selection`` (its keyword arguments)
    on this machine's devices into dataset ``out`` (resuming), then print a summary; with
    ``list_only`` print the kernels and sizes instead. ``protocol``: "events" (fixed sweeps, event
    timing) or "host" (host-visible time, zero-copy CPU buffers, adaptive sweeps up to ``until_ms``
    or ``max_buffer_mib``). Needs pyopencl."""
    stdout = stdout or sys.stdout
    if out is None:
        raise InvalidArgumentError("--out is required (or a subcommand: evaluate)")
    specs = select_specs(**(selection or {}))
    if list_only:  # listing reads the manifest only: no OpenCL needed
        for s in specs:
            sizes = (f"from {s.start} x{s.factor}" if protocol == "host" and s.start else ",".join(map(str, s.sizes)))
            print(f"{s.id}\t{s.klass}\t{sizes}", file=stdout)
        return
    try:
        import pyopencl  # noqa: F401 -- fail early with a clear message
    except ImportError:
        raise InvalidArgumentError("clprofile needs pyopencl (pip install pyopencl) and an OpenCL driver") from None
    if protocol not in ("events", "host"):
        raise InvalidArgumentError(f"--protocol must be events or host, got {protocol!r}")
    if runs < 5:
        raise InvalidArgumentError("--runs must be at least 5")
    if not (until_ms > 0 and max_buffer_mib > 0):
        raise InvalidArgumentError("--until-ms and --max-buffer-mib must be positive")
    if not specs:
        raise InvalidArgumentError("no kernels selected")
    if verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    config = RunConfig(out=out, specs=list(specs), devices=devices, timeout_s=timeout_s, time_limit_s=time_limit_s,
                       runs=runs, seed=seed, slow_run_s=slow_run_s, retry_failed=retry_failed, progress=progress,
                       protocol=protocol, zero_copy=zero_copy, until_ms=until_ms, max_buffer_mib=max_buffer_mib)
    try:
        result = run_suite(config)
    except KeyboardInterrupt:
        raise KeyboardInterrupt("rows measured so far are kept; rerun to resume") from None
    except ThrottllemError:  # typed already (bad input stays exit 2); it may also be a RuntimeError
        raise
    except RuntimeError as e:
        raise ThrottllemError(str(e)) from None
    # A label compares one launch on a CPU and on a GPU device: with one kind of device the labels
    # file holds only its header, and saying so beats an empty file found later.
    labelled = (f"{result.labelled} labelled launches in {result.labels_path}" if result.labelled else
                f"no labels in {result.labels_path}: a label needs the same launch measured on a CPU and a GPU "
                f"device (--devices {devices!r} measured {'only one kind' if devices != 'all' else 'no pair'})")
    left = f"{result.left_for_later} {'kernels' if protocol == 'host' else 'rows'} left for a rerun"
    print(f"{result.csv_path}: {result.measured_now} rows measured now, {result.already_present} already there, "
          f"{left}; {labelled}", file=stdout)
    for line in summary_lines(read_rows(result.csv_path)):
        print(line, file=stdout)
