#!/usr/bin/env python3
"""Cost of NVML reads on this machine: the READ path only. This script never calls a setter (no
clock, power-limit or mode change: the GPU machine is shared) and never creates an Actuator.

  python bench/nvml_read_cost.py                  # GPU 0
  python bench/nvml_read_cost.py --gpu 1 --calls 5000 --energy-calls 200

For each read (SM clock, power, energy counter, clock event reasons, power limit) it prints p50 and
p99 per call timed three ways in one run: in a C++ loop (throttllem core, no Python per call),
from Python through ``throttllem.gpu``, and through pynvml when it is installed (the baseline).
It also watches how often the energy counter's value changes. All figures are measured.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

import numpy as np

from throttllem import _core
from throttllem.benchmarking.timing import Latency, machine_description, measure
from throttllem.errors import NvmlError, NvmlLibraryNotFound
from throttllem.gpu import NvmlLibrary, open_gpus

READS = ("sm_clock", "power", "energy", "clock_event_reasons", "power_limit")


def cxx_latency(gpu, what: str, calls: int) -> Latency:
    _core._time_gpu_reads(gpu, what, min(10, calls))  # warm-up
    ns = np.asarray(_core._time_gpu_reads(gpu, what, calls), dtype=float) / 1e3
    return Latency(float(np.percentile(ns, 50)), float(np.percentile(ns, 99)), calls)


def python_calls(gpu) -> dict:
    return {
        "sm_clock": gpu.sm_clock_mhz,
        "power": gpu.power_mw,
        "energy": gpu.energy_mj,
        "clock_event_reasons": gpu.clock_event_reasons,
        "power_limit": gpu.power_limit_mw,
    }


def pynvml_calls(index: int) -> dict | None:
    try:
        import pynvml
    except ImportError:
        return None
    pynvml.nvmlInit()
    h = pynvml.nvmlDeviceGetHandleByIndex(index)
    reasons = getattr(pynvml, "nvmlDeviceGetCurrentClocksEventReasons", None) or pynvml.nvmlDeviceGetCurrentClocksThrottleReasons
    return {
        "sm_clock": lambda: pynvml.nvmlDeviceGetClockInfo(h, pynvml.NVML_CLOCK_SM),
        "power": lambda: pynvml.nvmlDeviceGetPowerUsage(h),
        "energy": lambda: pynvml.nvmlDeviceGetTotalEnergyConsumption(h),
        "clock_event_reasons": lambda: reasons(h),
        "power_limit": lambda: pynvml.nvmlDeviceGetPowerManagementLimit(h),
    }


def energy_refresh(gpu, seconds: float) -> tuple[float | None, int]:
    """Median interval between changes of the energy counter's value (s), and reads made."""
    changes = []
    last = gpu.energy_mj()
    reads = 1
    t_end = time.perf_counter() + seconds
    while time.perf_counter() < t_end:
        value = gpu.energy_mj()
        reads += 1
        if value != last:
            changes.append(time.perf_counter())
            last = value
    gaps = [b - a for a, b in zip(changes, changes[1:])]
    return (statistics.median(gaps) if gaps else None), reads


def fmt(lat: Latency | None) -> str:
    return f"{'-':>10} {'-':>10}" if lat is None else f"{lat.p50_us:10.2f} {lat.p99_us:10.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gpu", type=int, default=0, help="NVML index (default 0)")
    parser.add_argument("--calls", type=int, default=2000, help="timed calls per cheap read (default 2000)")
    parser.add_argument("--energy-calls", type=int, default=100,
                        help="timed calls of the energy counter, ~3 ms each on an H100 (default 100)")
    parser.add_argument("--refresh-seconds", type=float, default=1.5,
                        help="how long to watch the energy counter change (default 1.5)")
    args = parser.parse_args(argv)

    try:
        nvml = NvmlLibrary.open()
        (gpu,) = open_gpus([args.gpu])
    except NvmlLibraryNotFound as e:
        print(f"no NVML on this machine, nothing to measure:\n{e}", file=sys.stderr)
        return 1
    py = python_calls(gpu)
    base = pynvml_calls(args.gpu)

    print(f"# NVML read cost per call, us (measured on {machine_description()})")
    print(f"# GPU {args.gpu}: {gpu.name()}; driver {nvml.driver_version or '?'}; NVML {nvml.path}")
    print(f"# pynvml baseline: {'same run' if base else 'not installed, skipped'}")
    print(f"{'read':<22} {'C++ p50':>10} {'C++ p99':>10} {'Python p50':>10} {'p99':>10} {'pynvml p50':>10} {'p99':>10}"
          f" {'pynvml/Python p50':>18}")
    for what in READS:
        calls = args.energy_calls if what == "energy" else args.calls
        try:
            cxx = cxx_latency(gpu, what, calls)
            pyl = measure(py[what], calls=calls, warmup=min(10, calls))
        except NvmlError as e:
            print(f"{what:<22} not measurable here: {str(e).splitlines()[0]}")
            continue
        ref = measure(base[what], calls=calls, warmup=min(10, calls)) if base else None
        ratio = f"{ref.p50_us / pyl.p50_us:17.2f}x" if ref else f"{'-':>18}"
        print(f"{what:<22} {fmt(cxx)} {fmt(pyl)} {fmt(ref)} {ratio}")

    try:
        refresh, reads = energy_refresh(gpu, args.refresh_seconds)
    except NvmlError as e:
        print(f"energy counter refresh: not measurable ({e})")
    else:
        shown = "no change seen" if refresh is None else f"{1e3 * refresh:.1f} ms"
        print(f"energy counter value changes every {shown} (median, measured over {reads} reads "
              f"in {args.refresh_seconds:g} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
