"""``throttllem bench``: decision latency of the governor on the shipped default model."""

from __future__ import annotations

from throttllem.benchmarking.decision import decision_table, print_decision_table
from throttllem.benchmarking.timing import machine_description


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure governor decision latency (32/128/256 running requests, 110 clocks)",
        description="Times Governor.decide from Python on the shipped synthetic model and, when "
                    "LightGBM is installed, the published system's way of deciding on the same model.")
    parser.add_argument("--calls", type=int, default=20_000, help="timed decisions per row (default 20000)")
    parser.add_argument("--reference-calls", type=int, default=20,
                        help="timed reference decisions per row; 0 skips the reference (default 20)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from throttllem.errors import InvalidArgumentError

    if args.calls < 1 or args.reference_calls < 0:
        raise InvalidArgumentError("--calls must be >= 1 and --reference-calls >= 0")
    print(f"# governor decision latency (measured on {machine_description()}; model: shipped synthetic, modelled)")
    print_decision_table(decision_table(args.calls, args.reference_calls))
    return 0
