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
import sys
import time

from throttllem.commands.report import emit

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
                        "(the saturating rate: the highest at which max clock meets both SLOs for >= 99%% of "
                        "requests, found by bisection over max-clock runs)")
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
    p.add_argument("--prefill-chunk", default=None, metavar="N|none",
                   help="chunked prefill's per-iteration token budget, decodes included (default 8192: vLLM v1's "
                        "default for its API server on an H100), or 'none' for whole-prompt prefill")
    p.add_argument("--switch-latency-ms", type=float, default=None, metavar="MS",
                   help="clock-switch latency: the old clock holds this long after a request (default 20 ms, "
                        "within the 1-500 ms measured on NVIDIA GPUs, arXiv 2502.20075; 0: instant switches)")
    p.add_argument("--gpu-model", choices=("auto", "profile", "analytic"), default="auto",
                   help="simulated GPU: 'profile' calibrates the perfmodel on a measured profile (max-clock "
                        "time and power measured, clock response modelled), 'analytic' is the roofline alone; "
                        "'auto' (default) uses the shipped measured profile of the model and GPU when there is one")
    p.add_argument("--profile", metavar="PATH", help="profile (.csv/.json) to calibrate the GPU model on "
                                                     "(default: the shipped reference profile)")
    p.add_argument("--out", metavar="DIR", help="write results.json and plots here")
    p.add_argument("--autoscale", nargs="?", const="", metavar="KEY=VALUE,...",
                   help="run a GPU pool under the instance autoscaler instead (pool=8,interval_s=10,grace_s=300,"
                        "startup_s=82,target_utilization=0.8,release=0|1,fixed=TPxN): policies (default max_clock, "
                        "governor) with autoscaling vs max clock at a fixed peak-sized configuration; --rps max scales "
                        "the trace so its peak needs the whole pool (docs/AUTOSCALER.md)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run, reports_json=True)


def _rate(text: str) -> float | str:
    """``--rps``: 'native', 'max' or a number of requests per second."""
    from throttllem.errors import InvalidArgumentError

    if text in ("native", "max"):
        return text
    try:
        return float(text)
    except ValueError:
        raise InvalidArgumentError(f"--rps must be a number, 'max' or 'native', not {text!r}") from None


def _engine_options(args: argparse.Namespace) -> dict:
    """EngineConfig keywords of ``--prefill-chunk`` and ``--switch-latency-ms`` (absent: the defaults)."""
    from throttllem.errors import InvalidArgumentError

    options: dict = {}
    chunk = args.prefill_chunk
    if chunk is not None:
        if chunk.strip().lower() == "none":
            options["prefill_chunk_tokens"] = None
        else:
            try:
                options["prefill_chunk_tokens"] = int(chunk)
            except ValueError:
                raise InvalidArgumentError(f"--prefill-chunk must be a number of tokens or 'none', not {chunk!r}") from None
            if options["prefill_chunk_tokens"] < 1:
                raise InvalidArgumentError(f"--prefill-chunk must be >= 1 token, not {chunk}")
    if args.switch_latency_ms is not None:
        if not 0 <= args.switch_latency_ms <= 10_000:  # also refuses NaN
            raise InvalidArgumentError(f"--switch-latency-ms must be in [0, 10000] ms, not {args.switch_latency_ms:g}")
        options["clock_switch_latency_s"] = args.switch_latency_ms / 1e3
    return options


def _progress(disabled: bool):
    """``progress(label, total_s)`` for :func:`throttllem.sim.runner.simulate`: one tqdm bar per run."""
    from tqdm import tqdm

    def factory(label: str, total_s: float):
        bar = tqdm(total=round(total_s), desc=f"{label:>12}", unit="sim-s", leave=False, disable=disabled or None,
                   file=sys.stderr, bar_format="{desc} {percentage:3.0f}%|{bar}| {n:.0f}/{total_fmt} sim-s "
                                               "[{elapsed}<{remaining}]")

        def update(seconds: float) -> None:
            bar.update(seconds)
            if bar.n >= bar.total:
                bar.close()
        return update
    return factory


def run(args: argparse.Namespace) -> int:
    if args.out:
        from throttllem._plotting import require_matplotlib

        require_matplotlib("--out (results.json and its plots)")
    from throttllem.sim import EngineConfig
    from throttllem.sim.policies import make
    from throttllem.sim.report import format_header, format_table
    from throttllem.sim.runner import SimulationConfig, prepare_out_dir, simulate

    started = time.perf_counter()
    config = SimulationConfig(
        policies=tuple(make(spec, option="--policy") for spec in args.policy or ()),
        trace=args.trace, duration_s=args.duration_s, seed=args.seed, rps=_rate(args.rps),
        slo_tbt_ms=args.slo_tbt_ms, e2e_deadline_s=args.e2e_deadline_s,
        engine=EngineConfig(tp_degree=args.tp, max_batch_size=args.max_batch, gpu_model=args.gpu_model,
                            profile=args.profile, **_engine_options(args)))
    if args.autoscale is not None:
        from throttllem.sim.autoscale.report import main as autoscale_main

        return autoscale_main(argparse.Namespace(**{**vars(args), "rps": _rate(args.rps)}), config.engine)
    if args.out:
        prepare_out_dir(args.out)  # before the run: an unwritable --out must not waste it
    sim = simulate(config, _progress(args.no_progress))

    results = sim.results
    written = sim.save(args.out) if args.out else []
    wall_s = time.perf_counter() - started
    # The summary is results.json's document (every figure modelled) plus the run's own wall time.
    doc = dict(sim.document(), closing=_closing(results).splitlines(), wall_s=wall_s, wall_s_source="measured",
               written=written)

    def text() -> None:
        print(format_header(results))
        print(sim.tp["line"])
        if sim.saturation is not None:
            sat = sim.saturation
            print(f"saturating rate: {sat.rps:.2f} req/s = {sat.scale:.2f}x the trace's native {sat.native_rps:.2f} "
                  f"req/s (the highest at which max clock meets both SLOs for >= {sat.attainment:.0%} of requests; "
                  f"{len(sat.probes)} max-clock probes, {sat.wall_s:.1f} s wall): modelled")
        print()
        print(format_table(results))
        print()
        print(_closing(results))
        print(f"(simulated {sim.replay.duration_s:.0f} s of traffic x {len(results)} policies in "
              f"{wall_s:.1f} s wall, measured)")
        for path in written:
            print(f"wrote {path}")
    emit(args, doc, text)
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
