#!/usr/bin/env python3
"""Cost of one autoscaler decision vs one governor decision, measured in the same run.

  python bench/autoscaler_latency.py            # 20000 calls each
  python bench/autoscaler_latency.py --quick

The autoscaler (``throttllem.Autoscaler.decide``: planned load over its grace window, the best
of the pool's 15 configurations) is called every 10 s; the governor (``Governor.decide`` at 128
running requests, the shipped model) every engine iteration. The ratio says how small the
autoscaler's cost is next to a decision the engine already makes thousands of times more often.
Capacities: the simulator's TP 1/2/4/8 table for Llama-3-8B on H100 (modelled). Latencies measured.
"""

from __future__ import annotations

import argparse
import datetime
import itertools

import throttllem
from throttllem.autoscaler import Autoscaler
from throttllem.benchmarking.decision import fill_board, random_state
from throttllem.benchmarking.timing import machine_description, measure
from throttllem.sim import EngineConfig, SloConfig
from throttllem.sim.autoscale import TokenMix, capacity_table

H100_CLOCKS_MHZ = list(range(345, 1981, 15))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    calls = 2000 if parser.parse_args().quick else 20000
    table = capacity_table(EngineConfig(), SloConfig(200.0), TokenMix(1138.0, 215.0, 1024))
    scaler = Autoscaler(table, initial=(1, 1))
    ticks = itertools.count(1)
    rates = itertools.cycle([5.0, 20.0, 60.0, 120.0, 40.0, 10.0])
    auto = measure(lambda: scaler.decide(10.0 * next(ticks), next(rates), 1138.0, 215.0), calls=calls)

    board = fill_board(random_state(128, seed=128))
    gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=200.0,
                              max_batch_size=256)
    governor = measure(lambda: gov.decide(board, 0.0), calls=calls)
    print(f"{datetime.date.today()}, {machine_description()} (measured; {calls} calls each)")
    print("| decision | p50 | p99 |")
    print("|---|---|---|")
    print(f"| Autoscaler.decide (15 configurations, grace window 300 s) | {auto.p50_us:.2f} us | {auto.p99_us:.2f} us |")
    print(f"| Governor.decide, 128 running (baseline) | {governor.p50_us:.2f} us | {governor.p99_us:.2f} us |")
    print(f"ratio autoscaler / governor (p50): {auto.p50_us / governor.p50_us:.2f}x")


if __name__ == "__main__":
    main()
