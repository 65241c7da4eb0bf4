"""Adaptive sweeps of the ``host`` protocol: one kernel, every device, sizes growing until done.

A kernel is swept from its launch-bound first size (``start``, <= 256 work-items) upward by a
fixed ``factor``; every device runs a size before the next one starts, so the stop rule sees the
slowest device. The sweep ends after the size where

- the slowest device's host-visible median (``host_ms``) reached ``until_ms``, or a device timed
  out (its run is at least as slow as the timeout);
- a buffer would exceed the memory cap (min of ``max_buffer_mib`` and the device's max
  allocation) on some device: that size is a ``skipped`` row (reason ``memory_cap``), and so the
  kept sizes fit every device;
- no device gave a timed (``ok``) row: a compile error, a rejection, an undrivable launch.

A sweep that ends by its rule with fewer than ``MIN_SIZES`` sizes timed on every device (a kernel
that reaches ``until_ms`` early, or a coarse factor between a small start and the memory cap) is
then refined: midpoints between neighbouring timed sizes (:func:`midpoint`), largest sizes first,
until it has ``MIN_SIZES`` or no gap is left. The crossover of a kernel lies between sizes, so
the extra points go where a selector's decision is made, at little cost (each is below the
sweep's largest size).

Resuming needs nothing extra: rows already in the dataset are reused (their ``host_ms`` feeds the
stop rule) and only missing (size, device) jobs run.
"""

from __future__ import annotations

import time

from throttllem.devmap.profiler.process import KernelWorker
from throttllem.devmap.profiler.suite import KernelSpec

#: More sizes than any sweep needs (the memory cap ends growing sweeps long before).
MAX_SIZES = 40
#: Sizes a sweep should have timed on every device; fewer, and it is refined with midpoints.
MIN_SIZES = 8


def midpoint(a: int, b: int) -> int | None:
    """A size between ``a < b``: their geometric mean when it is a whole number (4x steps: 2a),
    else their arithmetic mean (2x steps: 1.5a, which keeps the divisibility of a work-group
    grid); None when no whole number lies strictly between them."""
    g = int(round((a * b) ** 0.5))
    m = g if g * g == a * b else (a + b) // 2
    return m if a < m < b else None


def refinements(timed: list[int], want: int = MIN_SIZES, drivable=lambda size: True) -> list[int]:
    """The midpoints that bring ``timed`` (sizes timed on every device) up to ``want`` sizes,
    from the largest gap down; fewer when the gaps run out. Each pass splits every gap once
    before any new gap is split again; a midpoint ``drivable`` rejects (a work-group that does
    not divide it) leaves its gap as it is."""
    sizes = sorted(set(timed))
    out: list[int] = []
    while len(sizes) < want:
        pass_new = []
        for a, b in reversed(list(zip(sizes, sizes[1:]))):
            m = midpoint(a, b)
            if m is not None and drivable(m):
                pass_new.append(m)
                if len(sizes) + len(pass_new) >= want:
                    break
        if not pass_new:
            break
        out += pass_new
        sizes = sorted(set(sizes) | set(pass_new))
    return out


def slowest_ms(rows: list[dict], timeout_s: float) -> float:
    """The stop rule's figure for one size: the slowest ``ok`` device's ``host_ms``; a timeout
    counts as the timeout itself; 0 when nothing was timed."""
    out = 0.0
    for r in rows:
        if r["status"] == "ok" and r.get("host_ms") not in (None, ""):
            out = max(out, float(r["host_ms"]))
        elif r["status"] == "timeout":
            out = max(out, timeout_s * 1e3)
    return out


def sweep_done(rows: list[dict], until_ms: float, timeout_s: float) -> str | None:
    """Why the sweep ends after a size with these rows (one per device), or None to go on."""
    if any(r["status"] == "skipped" and r["reason"] == "memory_cap" for r in rows):
        return "memory cap"
    if not any(r["status"] == "ok" for r in rows):
        return "no device timed it"
    slowest = slowest_ms(rows, timeout_s)
    if slowest >= until_ms:
        return f"slowest device {slowest:.0f} ms >= {until_ms:g} ms"
    return None


def _drivable(spec: KernelSpec, size: int) -> bool:
    try:
        spec.launch(size)
    except ValueError:
        return False
    return True


def drive_adaptive(spec: KernelSpec, devices, have: dict, config, deadline: float | None, emit, row) -> bool:
    """Sweep ``spec`` over ``devices`` ((index, description) pairs); ``have`` maps (size, device
    key) to rows already measured; ``emit(row)`` writes a new one; ``row(spec, size, g, l, desc,
    result)`` makes it. Returns True when the sweep ended by its rule, False when the deadline
    stopped it (a rerun continues)."""
    worker = KernelWorker({"kernel_id": spec.id, "source": spec.source, "kernel_name": spec.kernel_name,
                           "options": list(spec.options), "seed": config.seed, "protocol": "host",
                           "zero_copy": config.zero_copy, "launches": spec.launches,
                           "settings": config.host_settings()}, env=config.env)
    cap = int(config.max_buffer_mib * (1 << 20))
    job_id = 0

    def measure(size: int) -> list[dict] | None:
        """Every device's row at ``size`` (measured now or reused); None when the deadline hit."""
        nonlocal job_id
        rows = []
        for index, desc in devices:
            found = have.get((size, desc["key"]))
            if found is not None:
                rows.append(found)
                continue
            if deadline and time.monotonic() > deadline:
                return None
            try:
                launch = spec.launch(size)
            except ValueError as e:
                result, gsize, lsize = {"status": "undrivable", "reason": "undrivable", "detail": str(e)}, "", ""
            else:
                gsize, lsize = launch.label()
                if not spec.kernel_name:
                    result = {"status": "undrivable", "reason": "undrivable", "detail": "no __kernel in the source"}
                else:
                    job_id += 1
                    result = worker.run({"job": job_id, "device_index": index, "size": size,
                                         "global": list(launch.global_size),
                                         "local": list(launch.local_size) if launch.local_size else None,
                                         "overrides": launch.overrides, "problem": launch.problem_size,
                                         "max_buffer_bytes": cap}, config.timeout_s)
            new = row(spec, size, gsize, lsize, desc, result)
            emit(new)
            rows.append({k: ("" if v is None else str(v)) for k, v in new.items()})
        return rows

    try:
        timed = []  # sizes with an ok row on every device
        for size in spec.adaptive_sizes(MAX_SIZES):
            rows = measure(size)
            if rows is None:
                return False
            if all(r["status"] == "ok" for r in rows):
                timed.append(size)
            if sweep_done(rows, config.until_ms, config.timeout_s):
                break
        for size in refinements(timed, drivable=lambda size: _drivable(spec, size)):
            if measure(size) is None:
                return False
        return True
    except BaseException:
        worker.kill()  # interrupted: do not wait for the job in flight
        raise
    finally:
        worker.close()


def sizes_measured(rows: list[dict]) -> dict[str, int]:
    """Per kernel: how many sizes have a timed row on at least one device (for summaries)."""
    seen: dict = {}
    for r in rows:
        if r["status"] == "ok":
            seen.setdefault(r["kernel"], set()).add(int(r["size"]))
    return {k: len(v) for k, v in seen.items()}


__all__ = ["MAX_SIZES", "MIN_SIZES", "drive_adaptive", "midpoint", "refinements", "sizes_measured", "slowest_ms", "sweep_done"]
