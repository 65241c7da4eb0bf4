"""``throttllem simulate``: replay traffic through a simulated engine under each clock policy and
compare energy and SLO attainment. Every latency, power and energy figure is modelled; the simulated
GPU is calibrated on the project's measured H100 profile where one matches (``--gpu-model``).

With no arguments: ten minutes of synthetic traffic fitted to the public Azure conv trace (at
its own rate), all policies, on one GPU. The E2E deadline is the p99 E2E latency at max clock under
saturating load, derived from max-clock runs of the same request mix. ``--tp N`` serves the model
on N tensor-parallel GPUs; the report says whether that TP degree is measured (a profile taken on
N GPUs: TP 1 and 2 for Llama-3-8B on H100) or modelled (TP scaling of another degree's profile).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

DEFAULT_DURATION_S = 600.0
#: TP degrees an instance may have: those the profiler and the shipped governor model cover.
TP_DEGREES = (1, 2, 4, 8)


def register(subparsers: argparse._SubParsersAction) -> None:
    from throttllem.sim.policies import names

    p = subparsers.add_parser(
        "simulate", help="compare clock policies on a trace in the serving simulator (modelled)",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = p.add_mutually_exclusive_group()
    source.add_argument("--trace", metavar="PATH", help="Azure LLM inference CSV (TIMESTAMP, ContextTokens, "
                        "GeneratedTokens), or 'conv' / 'code' to download the public trace")
    source.add_argument("--synthetic", action="store_true",
                        help="synthetic traffic fitted to the public conv trace (the default)")
    p.add_argument("--duration-s", type=float, default=DEFAULT_DURATION_S,
                   help="length of synthetic traffic (default %(default)s simulated s)")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic traffic")
    p.add_argument("--rps", default="native",
                   help="request rate: 'native' (the trace's own timing; default), a number, or 'max' "
                        "(the engine's saturating rate, as published evaluations replay traces)")
    p.add_argument("--policy", action="append", metavar="P",
                   help=f"policy to run (repeatable; default all): {', '.join(names())}; "
                        "arguments as name:value or name:key=value, e.g. static:1200")
    p.add_argument("--slo-tbt-ms", type=float, default=200.0, help="mean TBT target (default %(default)s)")
    p.add_argument("--e2e-deadline-s", type=float, default=None,
                   help="E2E deadline; default: p99 E2E at max clock under saturating load")
    p.add_argument("--tp", type=int, default=1, choices=TP_DEGREES, metavar="N",
                   help="tensor-parallel GPUs of the instance: 1 (default), 2, 4 or 8. Power and energy are "
                        "the whole instance's; the report says whether this TP degree is MEASURED (a reference "
                        "profile of it ships: TP 1, 2) or MODELLED (TP scaling of the one-GPU profile: TP 4, 8)")
    p.add_argument("--max-batch", type=int, default=256, help="engine max batch size")
    p.add_argument("--prefill-chunk", type=int, default=None, help="chunked prefill: tokens per iteration")
    p.add_argument("--gpu-model", choices=("auto", "profile", "analytic"), default="auto",
                   help="simulated GPU: 'profile' calibrates the perfmodel on a measured profile (max-clock "
                        "time and power measured, clock response modelled), 'analytic' is the roofline alone; "
                        "'auto' (default) uses the shipped measured profile of the model and GPU when there is one")
    p.add_argument("--profile", metavar="PATH", help="profile (.csv/.json) to calibrate the GPU model on "
                                                     "(default: the shipped reference profile)")
    p.add_argument("--out", metavar="DIR", help="write results.json and plots here")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _load_trace(args):
    from throttllem.traces import CONV_2023, generate, load_csv, resolve

    if args.trace:
        return load_csv(resolve(args.trace))
    return generate(CONV_2023, args.duration_s, seed=args.seed)


def _regenerate(args, rps: float):
    from throttllem.traces import CONV_2023, generate

    return generate(CONV_2023, args.duration_s, seed=args.seed, rps=rps)


def _progress_factory(total_s: float, disabled: bool):
    from tqdm import tqdm

    bars = []

    def factory(label: str):
        bar = tqdm(total=round(total_s), desc=f"{label:>12}", unit="sim-s", leave=False, disable=disabled or None,
                   file=sys.stderr, bar_format="{desc} {percentage:3.0f}%|{bar}| {n:.0f}/{total_fmt} sim-s "
                                               "[{elapsed}<{remaining}]")
        bars.append(bar)

        def update(seconds: float) -> None:
            bar.update(seconds)
            if bar.n >= bar.total:
                bar.close()
        return update
    return factory, bars


def run(args: argparse.Namespace) -> int:
    from throttllem.errors import InvalidArgumentError, ThrottllemError

    try:
        return _simulate(args)
    except (ThrottllemError, InvalidArgumentError, OSError) as exc:
        print(f"throttllem simulate: error: {exc}", file=sys.stderr)
        return 2


def _simulate(args: argparse.Namespace) -> int:
    import numpy as np

    from throttllem.errors import InvalidArgumentError
    from throttllem.sim import EngineConfig, SloConfig, runner
    from throttllem.sim.policies import make, names
    from throttllem.sim.report import format_header, format_table, write_plots

    started = time.perf_counter()
    config = EngineConfig(tp_degree=args.tp, max_batch_size=args.max_batch, prefill_chunk_tokens=args.prefill_chunk,
                          gpu_model=args.gpu_model, profile=args.profile)
    tp = tp_provenance(runner.gpu_for(config))  # builds (and caches) the GPU model: a bad profile fails here
    trace = _load_trace(args)
    policies = [make(spec) for spec in (args.policy or names())]

    saturating, _ = runner.saturating_rps(trace, config)
    if args.rps == "max":
        rps = saturating
    elif args.rps == "native":
        rps = None
    else:
        try:
            rps = float(args.rps)
        except ValueError:
            raise InvalidArgumentError(f"--rps must be a number, 'max' or 'native', not {args.rps!r}") from None
    if rps is None:
        replay = trace
    elif args.trace:
        replay = trace.scaled_to_rps(rps)
    else:  # synthetic: the same traffic model, generated at the target rate for the same duration
        replay = _regenerate(args, rps)
    factory, _ = _progress_factory(replay.duration_s, args.no_progress)

    reference = None
    if args.e2e_deadline_s is not None:
        slo = SloConfig(args.slo_tbt_ms, args.e2e_deadline_s, ("E2E deadline given on the command line",))
    else:
        at_saturation = rps is not None and abs(rps - saturating) <= 1e-9 * saturating
        if at_saturation:
            ref_trace = replay
        else:
            ref_trace = trace.scaled_to_rps(saturating) if args.trace else _regenerate(args, saturating)
        reference = runner.run(ref_trace, "max_clock", config, progress=factory("calibration"))
        deadline = float(np.percentile(reference.table.e2e_s(), 99))
        slo = SloConfig(args.slo_tbt_ms, deadline, (
            f"E2E deadline = p99 E2E at max clock under saturating load ({saturating:.2f} req/s, "
            f"p99 queueing <= {runner.QUEUE_P99_LIMIT_S:g} s): modelled",))
        if not at_saturation:
            reference = None

    results = []
    for policy in policies:
        if policy.name == "max_clock" and reference is not None:
            # max_clock ignores deadlines: the calibration run is its run.
            reference.rejudge(slo)
            results.append(reference)
            continue
        results.append(runner.run(replay, policy, config, slo, factory(policy.label())))

    print(format_header(results))
    print(tp["line"])
    print()
    print(format_table(results))
    print()
    print(_closing(results))
    print(f"(simulated {replay.duration_s:.0f} s of traffic x {len(results)} policies in "
          f"{time.perf_counter() - started:.1f} s wall, measured)")
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "results.json"), "w") as handle:
            json.dump(_document(results, rps, saturating, tp), handle, indent=2)
        for path in write_plots(results, args.out):
            print(f"wrote {path}")
    return 0


def _closing(results) -> str:
    by_name = {r.policy: r.metrics for r in results}
    base = by_name.get("max_clock")
    lines = []
    for name in ("governor", "oracle"):
        m = by_name.get(name)
        if m and base:
            lines.append(f"{name}: energy {(m.energy_j / base.energy_j - 1) * 100:+.1f}% vs max_clock "
                         f"({m.tokens_per_j / base.tokens_per_j:.2f}x tokens/J), SLOs met by "
                         f"{m.slo_both * 100:.1f}% of requests (max_clock: {base.slo_both * 100:.1f}%) [modelled]")
    return "\n".join(lines)


def tp_provenance(gpu) -> dict:
    """Whether the instance's TP degree is measured or modelled, for the report and results.json
    (``gpu``: the run's :class:`~throttllem.sim.predictors.GpuPredictor`)."""
    tp = gpu.gpus
    calibration = getattr(gpu.perf, "calibration", None)
    if gpu.tp_measured:
        what = (f"TP {tp}: MEASURED: time and power at max clock measured on {tp} GPU{'s' if tp > 1 else ''}, "
                f"profile {calibration.source}; other clocks modelled")
    elif calibration is not None:
        what = (f"TP {tp}: MODELLED: perfmodel TP scaling of the TP-{calibration.tp_degree} profile "
                f"{calibration.source}, not a profile measured at TP {tp}")
    else:
        what = f"TP {tp}: MODELLED: analytic perfmodel, no profile"
    return {"tp_degree": tp, "tp_measured": bool(gpu.tp_measured), "line": what}


def _document(results, rps, saturating, tp: dict) -> dict:
    first = results[0]
    return {
        "source": "modelled (simulated); not measured on a GPU",
        "gpu_model": first.gpu_source,
        "tp_degree": tp["tp_degree"], "tp_measured": tp["tp_measured"], "tp_note": tp["line"],
        "trace": {"name": first.trace.name, "requests": len(first.trace), "notes": list(first.trace.notes)},
        "rps": rps, "saturating_rps": saturating,
        "slo": {"tbt_target_ms": first.slo.tbt_target_ms, "e2e_deadline_s": first.slo.e2e_deadline_s,
                "notes": list(first.slo.notes)},
        "policies": [dict(r.metrics.as_dict(), wall_s=r.wall_s) for r in results],
    }
