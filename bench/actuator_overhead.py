#!/usr/bin/env python3
"""What the asynchronous actuator adds to a control-loop step, against the same loop without it.

  python bench/actuator_overhead.py              # ~10 s
  python bench/actuator_overhead.py --steps 20000 --set-latency-ms 200

The actuator always runs against the project's fake NVML (tests/fake_nvml, built here with the
system C compiler), never a real GPU: clock changes are forbidden on the shared GPU machine. The
fake sleeps ``--set-latency-ms`` in each clock switch, like a real one. Without a C compiler it
falls back to monitor-only mode (no NVML), whose post path is the same.

A step is ``Governor.decide`` at 32 running requests (the shipped default model), then
``Actuator.post`` of a target that changes every k steps (k = 1 is the worst case: every post
wakes the worker). All figures are measured on this machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHANGE_EVERY = (None, 100, 10, 1)  # None: the same target every step


def use_fake_nvml(set_latency_ms: float) -> str:
    """Points throttllem at a freshly built fake NVML; returns a description of the mode."""
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from fake_nvml import build
    except ImportError:
        build = None
    workdir = Path(tempfile.mkdtemp(prefix="throttllem-bench-"))
    try:
        lib = build(workdir) if build else None
    except (RuntimeError, OSError) as e:
        print(f"# could not build the fake NVML ({e})", file=sys.stderr)
        lib = None
    for name in [n for n in os.environ if n.startswith("FAKE_NVML_")]:
        del os.environ[name]
    if lib is None:
        os.environ["THROTTLLEM_NVML_LIBRARY"] = str(workdir / "absent" / "libnvidia-ml.so.1")
        return "monitor-only (no NVML)"
    os.environ["THROTTLLEM_NVML_LIBRARY"] = str(lib)
    os.environ["THROTTLLEM_LEASE_DIR"] = str(workdir / "leases")  # the fake GPU's lease: not /run/throttllem
    os.environ["FAKE_NVML_LATENCY_US"] = f"nvmlDeviceSetGpuLockedClocks={int(set_latency_ms * 1000)}"
    return f"fake NVML, {set_latency_ms:g} ms per clock switch"


def make_step():
    """The control loop's own work: one governor decision (falls back to a trivial step)."""
    try:
        import throttllem
        from throttllem.benchmarking.decision import H100_CLOCKS_MHZ, fill_board, random_state

        board = fill_board(random_state(32, seed=1))
        gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=H100_CLOCKS_MHZ,
                                  tbt_target_ms=200, max_batch_size=256)
        return (lambda: gov.decide(board, now_s=0.0)), "Governor.decide, 32 running requests"
    except (ImportError, AttributeError, TypeError) as e:
        return (lambda: None), f"an empty step (governor unavailable: {e})"


def targets(steps: int, every: int | None) -> list[int]:
    if every is None:
        return [1200] * steps
    return [900 if (i // every) % 2 else 1200 for i in range(steps)]


def loop_ns(step, post, plan: list[int]) -> float:
    t0 = time.perf_counter_ns()
    if post is None:
        for _ in plan:
            step()
    else:
        for mhz in plan:
            step()
            post(mhz)
    return (time.perf_counter_ns() - t0) / len(plan)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=20_000, help="steps per timed loop (default 20000)")
    parser.add_argument("--repeats", type=int, default=7, help="timed loops per row; the median is shown (default 7)")
    parser.add_argument("--set-latency-ms", type=float, default=20.0, help="fake clock-switch time (default 20)")
    args = parser.parse_args(argv)

    mode = use_fake_nvml(args.set_latency_ms)
    from throttllem import _core
    from throttllem.actuator import Actuator
    from throttllem.benchmarking.timing import machine_description

    step, step_name = make_step()
    print(f"# actuator overhead per control-loop step (measured on {machine_description()})")
    print(f"# actuator: {mode}; step: {step_name}; {args.steps} steps x {args.repeats} repeats, median")
    base = statistics.median(loop_ns(step, None, targets(args.steps, None)) for _ in range(args.repeats))
    print(f"{'loop':<44} {'ns/step':>10} {'added ns':>10} {'ratio':>7}")
    print(f"{'without actuator':<44} {base:10.0f} {'-':>10} {'1.000':>7}")
    worst_added = 0.0
    with Actuator(watchdog=False) as act:
        for every in CHANGE_EVERY:
            plan = targets(args.steps, every)
            with_act = statistics.median(loop_ns(step, act.post, plan) for _ in range(args.repeats))
            act.flush(10.0)
            label = "+ post, same target every step" if every is None else f"+ post, target changes every {every} step(s)"
            added = with_act - base
            worst_added = max(worst_added, added)
            print(f"{label:<44} {with_act:10.0f} {added:10.0f} {with_act / base:7.3f}")
        stats = act.stats()
        print(f"# worker: {stats.applied} switches applied, {stats.coalesced} coalesced, "
              f"{stats.skipped_noop} skipped as no-ops, {stats.monitored} recorded monitor-only")
        print(f"{'Actuator::post from C++ (no Python)':<44} {'ns/post':>10}")
        for every in CHANGE_EVERY:
            n = args.steps * 5
            ns = _core._time_actuator_post(act._core, n, every or n + 1, 900, 1200)
            label = "  same target" if every is None else f"  target changes every {every}"
            print(f"{label:<44} {ns:10.1f}")
            act.flush(10.0)
    verdict = "within" if worst_added < 1000 else "OVER"
    print(f"# worst added cost from Python: {worst_added:.0f} ns per step ({verdict} the 1 us budget, measured)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
