#!/usr/bin/env python3
"""Decision latency of the governor vs the published system's way of deciding, in one run.

  python bench/decision_latency.py            # full run (~1-2 min)
  python bench/decision_latency.py --quick    # fewer calls

Part 1: ``Governor.decide`` from Python at 32/128/256 running requests over the H100's 110 clocks,
against ``ReferenceGovernor`` (numpy per-iteration projection + one LightGBM ``predict`` per
candidate clock) on the same state and the same model; both must choose the same clock.
Part 1b: the prefill-aware governor (chunked-prefill board, 2048-token chunks, prefill cost table
from the performance model, TTFT target) on the same states with 8 of the running requests still
prefilling, against the decode-only governor on the same state in the same run (the baseline);
and the same with a 20 ms switch latency (a raise pending: its first iterations are costed at the
clock in effect) and admission headroom (0.2 of each budget and 0.2 s), the simulator's governor.
Part 2: single-row inference of one xgboost model: TL2cgen-compiled (throttllem.Forest) vs
xgboost ``inplace_predict`` vs Treelite GTIL.
All latencies are measured on this machine; the model is the shipped default (its provenance,
printed in the header, says how it was trained).
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


PREFILLING = 8          # running requests whose prompt is still being prefilled (part 1b)
CHUNK_TOKENS = 2048     # vLLM v1's default max_num_batched_tokens for online serving (its docs)


def prefill_table(calls: int) -> list[tuple[int, object, object, int, object]]:
    """(running, prefill-aware latency, decode-only latency, clock, with switch latency and
    headroom) per running count."""
    from throttllem.benchmarking.decision import (H100_CLOCKS_MHZ, RUNNING_COUNTS, TBT_TARGET_MS, fill_board,
                                                  random_state)
    from throttllem.engine import prefill_cost_table
    from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B, GpuPerfModel

    perf = GpuPerfModel(LLAMA3_8B, H100_SXM_80GB)
    grid, cost = prefill_cost_table(lambda p, c: float(perf.iteration_time_s(p, 1, 0, c)), H100_CLOCKS_MHZ)
    forest = throttllem.Forest.default()
    rows = []
    for running in RUNNING_COUNTS:
        state = random_state(running, seed=running)
        plain = fill_board(state)
        board = throttllem.Scoreboard(kv_capacity_blocks=1 << 20, max_batch_size=256, prefill_chunk_tokens=CHUNK_TOKENS)
        for i in range(running):
            prompt = int(state.prompt_tokens[i])
            board.add_running(id=i, arrival_s=0.0, prompt_tokens=prompt, max_tokens=int(state.max_tokens[i]),
                              generated_tokens=0 if i < PREFILLING else int(state.generated_tokens[i]),
                              predicted_output_tokens=int(state.predicted_output_tokens[i]),
                              deadline_s=float(state.deadline_s[i]), prefill_tokens_left=prompt if i < PREFILLING else 0)
        common = dict(clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=TBT_TARGET_MS, max_batch_size=256)
        aware = throttllem.Governor(forest, ttft_target_ms=2000.0, prefill_grid_tokens=grid, prefill_time_s=cost,
                                    **common)
        base = throttllem.Governor(forest, **common)
        switching = throttllem.Governor(forest, ttft_target_ms=2000.0, prefill_grid_tokens=grid, prefill_time_s=cost,
                                        switch_latency_s=0.02, admission_headroom=0.2, admission_headroom_s=0.2,
                                        **common)
        switching.reset(H100_CLOCKS_MHZ[0])  # at the lowest clock: the decision raises, every call in its latency
        clock = aware.decide(board, 0.0).clock_mhz
        rows.append((running, measure(lambda: aware.decide(board, 0.0), calls=calls),
                     measure(lambda: base.decide(plain, 0.0), calls=calls), clock,
                     measure(lambda: switching.decide(board, 0.0), calls=calls)))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer calls (noisier)")
    args = parser.parse_args(argv)
    calls, reference_calls, inference_calls = (2000, 20, 2000) if args.quick else (50_000, 200, 20_000)

    print(f"# decision latency, {datetime.date.today()}, {machine_description()}")
    print(f"# all latencies measured; the IPS model is the shipped default: {throttllem.Forest.default().provenance}")
    print_decision_table(decision_table(calls, reference_calls))
    print()
    print(f"# prefill-aware governor ({PREFILLING} prefilling, {CHUNK_TOKENS}-token chunks, TTFT 2 s) "
          "vs the decode-only governor on the same state (measured)")
    for running, aware, base, clock, switching in prefill_table(calls):
        print(f"running {running:4d}  prefill-aware p50 {aware.p50_us:6.2f} us  p99 {aware.p99_us:6.2f} us  "
              f"({aware.p50_us / base.p50_us:4.2f}x / {aware.p99_us / base.p99_us:4.2f}x the decode-only "
              f"{base.p50_us:5.2f} / {base.p99_us:5.2f} us)  clock {clock} MHz")
        print(f"              + switch latency, headroom p50 {switching.p50_us:6.2f} us  p99 {switching.p99_us:6.2f} us  "
              f"({switching.p50_us / base.p50_us:4.2f}x / {switching.p99_us / base.p99_us:4.2f}x the decode-only)")
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
