"""``throttllem evaluate``: the whole comparison on one trace of the Azure LLM inference format.

Every registered configuration (max clock at fixed sizes, static, default DVFS, reactive, the
governor, the oracle; the instance autoscaler's rows where the simulator's pool is present) x load
(35, 50, 75, 100% of the saturating rate and the trace's native rate) x output lengths (oracle,
online predictor). Writes EVALUATION.md, results.json and plots. Every figure is MODELLED (the
serving simulator); the SLOs are derived from the trace itself.
"""

from __future__ import annotations

import argparse
import shlex
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("evaluate", help="the full evaluation matrix on a trace (modelled): EVALUATION.md + plots",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--trace", metavar="PATH|conv", help="Azure LLM inference CSV, or 'conv'/'code' (the public "
                   "traces); default: synthetic traffic fitted to the conv trace (works offline)")
    p.add_argument("--duration-s", type=float, default=None,
                   help="window of the trace (its first N s) or length of synthetic traffic (default 600; --quick 60)")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic traffic (default 0)")
    p.add_argument("--loads", default=None, metavar="A,B,...",
                   help="load levels as shares of the saturating rate (default 0.35,0.5,0.75,1; --quick 0.5)")
    p.add_argument("--no-native", action="store_true", help="leave out the trace's native rate")
    p.add_argument("--entry", action="append", metavar="NAME", help="configurations to run (repeatable; default all)")
    p.add_argument("--lengths", default="oracle,online", help="length sources: oracle, online (default both)")
    p.add_argument("--slo-tbt-ms", type=float, default=200.0, help="mean TBT target (default %(default)s)")
    p.add_argument("--e2e-deadline-s", type=float, default=None, help="E2E deadline (default: derived from the trace)")
    p.add_argument("--ttft-s", type=float, default=None, help="TTFT target (default: derived from the trace)")
    p.add_argument("--quick", action="store_true", help="a small matrix: 60 s of traffic, 50%% load and native")
    p.add_argument("--jobs", type=int, default=1, help="parallel runs (processes; default 1)")
    p.add_argument("--out", metavar="DIR", default="docs",
                   help="folder for EVALUATION.md, results.json and the plots (default docs)")
    p.add_argument("--no-plots", action="store_true", help="tables only (no matplotlib needed)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _loads(text: str | None, quick: bool) -> tuple[float, ...]:
    from throttllem.errors import InvalidArgumentError
    from throttllem.sim.evaluation.matrix import DEFAULT_LOADS, QUICK_LOADS

    if text is None:
        return QUICK_LOADS if quick else DEFAULT_LOADS
    try:
        return tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise InvalidArgumentError(f"--loads must be comma-separated numbers, not {text!r}") from None


def run(args: argparse.Namespace) -> int:
    from throttllem.sim.evaluation import EvaluationConfig, evaluate, load_trace
    from throttllem.sim.evaluation.matrix import QUICK_DURATION_S
    from throttllem.sim.evaluation.report import markdown, write
    from throttllem.sim.runner import prepare_out_dir

    if not args.no_plots:
        from throttllem._plotting import require_matplotlib

        require_matplotlib("evaluate's plots (or pass --no-plots)")
    duration = args.duration_s if args.duration_s is not None else (QUICK_DURATION_S if args.quick else 600.0)
    config = EvaluationConfig(
        trace=args.trace, duration_s=duration, seed=args.seed, loads=_loads(args.loads, args.quick),
        native=not args.no_native, lengths=tuple(x.strip() for x in args.lengths.split(",") if x.strip()),
        entries=tuple(args.entry or ()), slo_tbt_ms=args.slo_tbt_ms, e2e_deadline_s=args.e2e_deadline_s,
        ttft_target_s=args.ttft_s, jobs=args.jobs)
    prepare_out_dir(args.out)  # an unwritable folder fails before the matrix
    trace = load_trace(config)  # a bad trace fails before the matrix
    evaluation = evaluate(config, progress=not args.no_progress, trace=trace)
    command = "throttllem evaluate " + " ".join(shlex.quote(a) for a in sys.argv[2:]) if len(sys.argv) > 2 else ""
    text = markdown(evaluation, command or "throttllem evaluate")
    print(text)
    for path in write(evaluation, args.out, command or "throttllem evaluate", plots=not args.no_plots):
        print(f"wrote {path}")
    return 0
