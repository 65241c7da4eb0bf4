#!/usr/bin/env python3
"""Decision latency of the governor vs the published system's way of deciding, in one run.

  python bench/decision_latency.py            # full run (~1-2 min)
  python bench/decision_latency.py --quick    # fewer calls

Part 1: ``Governor.decide`` from Python at 32/128/256 running requests over the H100's 110 clocks,
against ``ReferenceGovernor`` (numpy per-iteration projection + one LightGBM ``predict`` per
candidate clock) on the same state and the same model; both must choose the same clock.
Part 2: single-row inference of one xgboost model: TL2cgen-compiled (throttllem.Forest) vs
xgboost ``inplace_predict`` vs Treelite GTIL.
All figures are measured on this machine; the model is the shipped synthetic one (modelled).
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
from pathlib import Path

import numpy as np

import throttllem
from throttllem.benchmarking.decision import decision_table, print_decision_table
from throttllem.benchmarking.timing import machine_description, measure


def inference_table(calls: int) -> list[tuple[str, object]]:
    import treelite
    import xgboost

    from throttllem.forest import compile as compile_forest
    from throttllem.forest_compile import to_treelite
    from throttllem.training.default_model import sample_decode_rows

    x, y = sample_decode_rows(5000, seed=1)
    model = xgboost.XGBRegressor(n_estimators=200, max_depth=8, tree_method="hist", max_bin=63,
                                 n_jobs=1, random_state=0).fit(x, y)
    row = x[:1].copy()
    row32 = row.astype(np.float32)
    with tempfile.TemporaryDirectory() as tmp:
        lib = compile_forest(model, Path(tmp) / "xgb.so", provenance="benchmark: xgboost 200 trees depth 8")
        forest = throttllem.Forest(str(lib))
        booster = model.get_booster()
        tl_model = to_treelite(booster)  # handles xgboost 3 JSON that Treelite 4.1 misreads
        expected = float(booster.inplace_predict(row)[0])
        got = forest.predict(tp_degree=row[0, 0], batch_size=row[0, 1], kv_tokens=row[0, 2], clock_mhz=row[0, 3])
        if abs(got - expected) > 1e-5 * abs(expected):
            sys.exit(f"compiled model predicts {got}, xgboost {expected}: not the same model")
        return [
            ("compiled (throttllem.Forest.predict)",
             measure(lambda: forest.predict(tp_degree=row[0, 0], batch_size=row[0, 1], kv_tokens=row[0, 2],
                                            clock_mhz=row[0, 3]), calls=calls)),
            ("xgboost inplace_predict", measure(lambda: booster.inplace_predict(row), calls=calls // 10)),
            # Treelite 4.1's GTIL copies with np.array(copy=False), which numpy 2 refuses unless
            # the input already has the model's threshold dtype (float32 for xgboost).
            ("treelite GTIL predict", measure(lambda: treelite.gtil.predict(tl_model, row32), calls=calls // 10)),
        ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer calls (noisier)")
    args = parser.parse_args(argv)
    calls, reference_calls, inference_calls = (2000, 20, 2000) if args.quick else (50_000, 200, 20_000)

    print(f"# decision latency, {datetime.date.today()}, {machine_description()}")
    print("# all latencies measured; the IPS model is the shipped synthetic one (modelled)")
    print_decision_table(decision_table(calls, reference_calls))
    print()
    print("# single-row inference, xgboost 200 trees depth 8 (measured)")
    rows = inference_table(inference_calls)
    base = rows[0][1]
    for name, lat in rows:
        print(f"{name:<40} p50 {lat.p50_us:8.2f} us  p99 {lat.p99_us:8.2f} us  "
              f"{lat.p50_us / base.p50_us:6.1f}x the compiled p50")
    return 0


if __name__ == "__main__":
    sys.exit(main())
