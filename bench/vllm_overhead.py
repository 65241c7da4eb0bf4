"""Per-step cost of the governed vLLM scheduler, per mode, on a running vLLM.

Run with the Python that has vLLM (scripts/vllm_venv.sh prints it)::

    PYTHONPATH=python $(bash scripts/vllm_venv.sh | tail -n 1) bench/vllm_overhead.py

It serves the same requests on the tiny random-weight Llama (throttllem.integrations.vllm.tiny)
with vLLM's own scheduler and with the governed one in each mode, in one process, and prints a
Markdown table: the governor's own time per step (measured inside the step with
perf_counter_ns: board sync, decision, admission gate, clock post, record) and its share of the
step (the time between consecutive schedule() calls). The clock modes post to the actuator;
without NVML (a CPU machine) it runs monitor-only, so the post is the real one but no GPU
changes clock.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--requests", type=int, default=64)
    p.add_argument("--max-tokens", type=int, default=32)
    p.add_argument("--max-num-seqs", type=int, default=32)
    p.add_argument("--repeats", type=int, default=2, help="runs per mode (the best mean is kept)")
    a = p.parse_args()
    from throttllem.integrations.vllm import tiny

    for k, v in tiny.ENV.items():
        os.environ.setdefault(k, v)
    engine = {"max_num_seqs": a.max_num_seqs}
    rows = []
    with tempfile.TemporaryDirectory(prefix="throttllem-tiny-") as tmp:
        model = tiny.make_tiny_model(tmp)
        tiny.run(model, requests=4, max_tokens=4, scheduler=None, engine_args=engine)  # warm-up
        plain = min((tiny.run(model, requests=a.requests, max_tokens=a.max_tokens, scheduler=None,
                              engine_args=engine) for _ in range(a.repeats)), key=lambda r: r["wall_s"])
        plain_step_us = plain["wall_s"] / plain["engine_steps"] * 1e6
        for mode in ("advise", "clock", "clock+admit"):
            os.environ["THROTTLLEM_MODE"] = mode
            best = None
            for _ in range(a.repeats):
                res = tiny.run(model, requests=a.requests, max_tokens=a.max_tokens, engine_args=engine)
                if best is None or res["summary"]["overhead_us_per_step"] < best["summary"]["overhead_us_per_step"]:
                    best = res
            rec = best["records"]
            over = sorted(r["overhead_ns"] / 1e3 for r in rec)
            gaps = [(b["t_s"] - x["t_s"]) * 1e6 for x, b in zip(rec, rec[1:])]
            step_us = statistics.median(gaps)
            s = best["summary"]
            rows.append((mode, len(rec), statistics.mean(over), over[len(over) // 2], over[int(len(over) * 0.99)],
                         step_us, 100 * statistics.mean(over) / step_us,
                         best["wall_s"] / best["engine_steps"] * 1e6, s["agree_no_event"], s["disagree_no_event"]))
    print(f"{time.strftime('%Y-%m-%d')}, {platform.node()} ({platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}), vLLM CPU build, tiny Llama, "
          f"{a.requests} requests x {a.max_tokens} tokens, max_num_seqs {a.max_num_seqs}")
    print(f"vLLM's own scheduler: {plain_step_us:.0f} us per step (wall / steps, {plain['engine_steps']} steps)\n")
    print("| mode | steps | governor us/step mean | p50 | p99 | median step us | share of step | "
          "wall/steps us | projected = ran (no event) | differs (no event) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]:.1f} | {r[3]:.1f} | {r[4]:.1f} | {r[5]:.0f} | {r[6]:.2f}% | {r[7]:.0f} | "
              f"{r[8]} | {r[9]} |")


if __name__ == "__main__":
    main()
