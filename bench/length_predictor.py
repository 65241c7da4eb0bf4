"""How good is the live output-length predictor, and what does it cost the governor?

Replays a trace (default: the public Azure conv trace) through the simulator under the governor
with each length source, as ``throttllem simulate`` does (same saturating-rate calibration and
E2E deadline). For live predictors (``lengths=online``) every request is predicted at its arrival
from requests that finished before then only (in that run); the error of those predictions is
reported against the true lengths. Energy and latency figures are modelled (simulated).

    PYTHONPATH=python python bench/length_predictor.py \\
        [--trace PATH] [--rps native|max|R] [--policy governor:lengths=online ...] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

from throttllem.sim import EngineConfig, SloConfig
from throttllem.sim.engine import Engine
from throttllem.sim.policies import make
from throttllem.sim.runner import calibrate, gpu_for, saturating_rps
from throttllem.traces import load_csv

CONV = "/work/shared/data/azure-llm-2023/AzureLLMInferenceTrace_conv.csv"
POLICIES = ["max_clock", "governor:lengths=online", "governor:lengths=oracle", "governor:lengths=noisy"]


def length_errors(predicted: np.ndarray, true: np.ndarray) -> dict:
    """Median / p90 absolute relative error and the share of requests predicted too short."""
    rel = np.abs(predicted - true) / true
    return {"median_abs_rel_error": float(np.median(rel)), "p90_abs_rel_error": float(np.percentile(rel, 90)),
            "under_predicted": float(np.mean(predicted < true)),
            "median_ratio": float(np.median(predicted / true))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trace", default=os.environ.get("THROTTLLEM_CONV_CSV", CONV))
    parser.add_argument("--policy", action="append", help=f"repeatable (default: {' '.join(POLICIES)})")
    parser.add_argument("--rps", default="native", help="native (default), max (the saturating rate) or req/s")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    trace = load_csv(args.trace)
    config = EngineConfig()
    cal = calibrate(trace, config, saturating=saturating_rps(trace, config))
    slo = SloConfig(200.0, cal.e2e_deadline_s)
    if args.rps != "native":
        trace = trace.scaled_to_rps(cal.saturating_rps if args.rps == "max" else float(args.rps))
    print(f"{trace.name}: {len(trace)} requests at {trace.mean_rps:.2f} req/s (--rps {args.rps}); saturating "
          f"{cal.saturating_rps:.2f} req/s; E2E deadline {cal.e2e_deadline_s:.1f} s (modelled)")
    rows = []
    baseline = None
    for spec in args.policy or POLICIES:
        policy = make(spec)
        engine = Engine(trace, config, slo, policy, gpu_for(config))
        result = engine.run()
        m = result.metrics
        baseline = baseline if baseline is not None else m.energy_j
        row = {"policy": spec, "energy_kj": m.energy_j / 1e3, "vs_first": m.energy_j / baseline - 1,
               "slo_tbt": m.slo_tbt, "slo_e2e": m.slo_e2e, "slo_both": m.slo_both}
        if getattr(engine, "lengths", None) is not None:
            row["lengths"] = length_errors(engine.predicted.astype(float), engine.table.output_tokens.astype(float))
        rows.append(row)
        errors = row.get("lengths")
        extra = (f"  length error median {errors['median_abs_rel_error']:.1%} p90 {errors['p90_abs_rel_error']:.1%}"
                 f" under-predicted {errors['under_predicted']:.1%}") if errors else ""
        print(f"{spec:40s} {row['energy_kj']:8.1f} kJ ({row['vs_first']:+.1%})  SLO TBT {m.slo_tbt:.1%} "
              f"E2E {m.slo_e2e:.1%} both {m.slo_both:.1%}{extra}", flush=True)
    if args.json:
        with open(args.json + ".tmp", "w") as handle:
            json.dump({"trace": args.trace, "rps": args.rps, "deadline_s": cal.e2e_deadline_s, "rows": rows}, handle, indent=2)
        os.replace(args.json + ".tmp", args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
