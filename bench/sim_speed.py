"""Speed of the serving simulator: the full Azure conv trace (~1 h, 19,366 requests) under the
governor policy, against the max_clock policy measured in the same run.

Goal: the 1-hour trace in <= 5 s on one core. Prints simulated iterations per
second and wall time (both measured on this machine; the simulated figures are modelled).

    python bench/sim_speed.py [--trace PATH] [--rps native|max|R] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from throttllem.sim import SloConfig, calibrate, run
from throttllem.traces import load_csv

DEFAULT_TRACE = Path(__file__).resolve().parents[1].parent / "shared/data/azure-llm-2023/AzureLLMInferenceTrace_conv.csv"
GOAL_S = 5.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trace", default=str(DEFAULT_TRACE))
    parser.add_argument("--rps", default="native", help="native (default), max, or a rate")
    parser.add_argument("--repeat", type=int, default=3, help="runs per policy; the median is reported")
    args = parser.parse_args(argv)

    trace = load_csv(args.trace)
    calibration = calibrate(trace)
    if args.rps == "max":
        trace = trace.scaled_to_rps(calibration.saturating_rps)
    elif args.rps != "native":
        trace = trace.scaled_to_rps(float(args.rps))
    slo = SloConfig(e2e_deadline_s=calibration.e2e_deadline_s)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"trace: {trace.name}, {len(trace)} requests over {trace.duration_s / 60:.1f} simulated min "
          f"({trace.mean_rps:.2f} req/s); E2E deadline {calibration.e2e_deadline_s:.2f} s (modelled)")
    print(f"machine: {cpus} usable CPU(s); the simulator is single-threaded (measured wall times)")
    print(f"{'policy':<10} {'wall s':>8} {'iterations':>11} {'sim it/s':>10} {'sim s / wall s':>15}  runs")
    walls = {}
    for policy in ("max_clock", "governor"):
        runs = [run(trace, policy, slo=slo) for _ in range(args.repeat)]
        wall = statistics.median(r.wall_s for r in runs)
        walls[policy] = wall
        result = runs[0]
        iterations = result.metrics.iterations
        span = result.metrics.makespan_s
        print(f"{policy:<10} {wall:>8.2f} {iterations:>11d} {iterations / wall:>10.0f} {span / wall:>15.0f}  "
              + ", ".join(f"{r.wall_s:.2f}" for r in runs))
    ratio = walls["governor"] / walls["max_clock"]
    verdict = "meets" if walls["governor"] <= GOAL_S else "misses"
    print(f"governor / max_clock wall time: {ratio:.2f}x; governor {walls['governor']:.2f} s {verdict} the "
          f"{GOAL_S:.0f} s goal for this trace")
    return 0


if __name__ == "__main__":
    sys.exit(main())
