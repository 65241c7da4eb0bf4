"""``throttllem bench``: decision latency of the governor on the shipped default model."""

from __future__ import annotations

import argparse
import sys

from throttllem.benchmarking.decision import decision_table, print_decision_table
from throttllem.benchmarking.timing import machine_description
from throttllem.commands.report import emit


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench", help="measure governor decision latency (32/128/256 running requests, 110 clocks)",
        description="Times Governor.decide from Python on the shipped default model (its provenance, from "
                    "the model's sidecar, is printed) and, when LightGBM is installed, the published "
                    "system's way of deciding on the same model.")
    parser.add_argument("--calls", type=int, default=20_000, help="timed decisions per row (default 20000)")
    parser.add_argument("--reference-calls", type=int, default=20,
                        help="timed reference decisions per row; 0 skips the reference (default 20)")
    parser.set_defaults(func=run, reports_json=True)


def run(args: argparse.Namespace) -> int:
    from throttllem.errors import InvalidArgumentError
    from throttllem.forest import Forest

    if args.calls < 1 or args.reference_calls < 0:
        raise InvalidArgumentError("--calls must be >= 1 and --reference-calls >= 0")
    machine = machine_description()
    # The model's own sidecar says how it was made (measured profiles, modelled clock response).
    provenance = Forest.default().provenance
    rows = decision_table(args.calls, args.reference_calls)
    doc = {"measured_on": machine, "latency": "measured", "model_provenance": provenance,
           "rows": rows}
    emit(args, doc, lambda: _print_text(machine, provenance, rows))
    return 0


def _print_text(machine: str, provenance: str, rows: list) -> None:
    print(f"# governor decision latency (measured on {machine})")
    print(f"# model: the shipped default model, {provenance}")
    print_decision_table(rows, out=sys.stdout)  # today's stdout (the function's default is import-time's)
