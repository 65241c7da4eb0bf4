"""``throttllem info``: the GPUs NVML sees, their clock ranges, power, and whether this process
may lock their clocks. Reads only: it never changes a setting."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from throttllem.commands.report import emit
from throttllem.errors import NvmlLibraryNotFound


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("info", help="list GPUs: clock ranges, power, clock-control permission")
    p.set_defaults(func=run, reports_json=True)


def _clock_range(clocks: tuple[int, ...]) -> str:
    if not clocks:
        return "not reported"
    steps = {b - a for a, b in zip(clocks, clocks[1:])}
    step = f" in {steps.pop()} MHz steps" if len(steps) == 1 else ""
    return f"{clocks[0]}..{clocks[-1]} MHz, {len(clocks)} levels{step}"


def _watts(mw: int | None) -> str:
    return "not reported" if mw is None else f"{mw / 1000:.1f} W"


def run(args: argparse.Namespace) -> int:
    from throttllem.gpu import NvmlLibrary, gpu_info

    try:
        nvml = NvmlLibrary.open()
    except NvmlLibraryNotFound as e:  # the same error, saying what it means here
        raise NvmlLibraryNotFound(
            "No NVML: this machine has no NVIDIA driver that throttllem can load, so there is no "
            f"GPU to list and clocks cannot be set (the governor runs monitor-only). {e}") from None
    infos = gpu_info()
    doc = {"nvml_path": nvml.path, "driver_version": nvml.driver_version, "provenance": "measured now",
           "gpus": [asdict(i) for i in infos]}
    emit(args, doc, lambda: _print_text(nvml, infos))
    return 0


def _print_text(nvml, infos) -> None:
    driver = f", driver {nvml.driver_version}" if nvml.driver_version else ""
    print(f"NVML: {nvml.path}{driver}; {len(infos)} GPU(s) (measured now)")
    for i in infos:
        print(f"GPU {i.index}: {i.name}" + (f" ({i.uuid})" if i.uuid else ""))
        mem = max(i.memory_clocks_mhz) if i.memory_clocks_mhz else None
        print(f"  SM clocks:      {_clock_range(i.sm_clocks_mhz)}" + (f" (memory at {mem} MHz)" if mem else ""))
        mems = ", ".join(str(m) for m in i.memory_clocks_mhz) or "not reported"
        print(f"  memory clocks:  {mems} MHz")
        print(f"  SM clock now:   {i.sm_clock_mhz} MHz (clock event reasons: {i.clock_event_reasons or 'not reported'})")
        print(f"  power now:      {_watts(i.power_mw)} (measured); power limit {_watts(i.power_limit_mw)}")
        verdict = "permitted" if i.clock_control_permitted else "NOT permitted"
        print(f"  clock control:  {verdict}: {i.clock_control_reason}")
    if not infos:
        print("NVML reports no GPU: the governor runs monitor-only.")
