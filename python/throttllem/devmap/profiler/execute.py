"""Build, run and time one kernel on one OpenCL device (runs inside the worker subprocess).

A run = upload every ``__global``/``__constant`` buffer, launch the kernel, read back every
writable buffer, all on one in-order queue with profiling events. Its time is the sum of the
events' durations (host-to-device + kernel + device-to-host), as DeepTune's labels are.
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass

import numpy as np

from throttllem.devmap.profiler.args import KernelArg, Undrivable, kernel_args
from throttllem.devmap.profiler.check import compare_runs, first_difference
from throttllem.devmap.profiler.payload import Launch, Payload

ARG_INFO_OPTION = "-cl-kernel-arg-info"


class CompileError(Exception):
    """The program did not build on this device; the message is the build log."""


def list_devices():
    """Every OpenCL device, in a fixed order (platform order, then device order)."""
    import pyopencl as cl

    out = []
    try:
        platforms = cl.get_platforms()
    except cl.Error:  # no ICD installed: no platform at all
        return []
    for platform in platforms:
        try:
            out.extend(platform.get_devices())
        except cl.Error:  # a platform whose driver is present but has no usable device
            continue
    return out


def describe(device) -> dict:
    """What the dataset's metadata records of a device."""
    import pyopencl as cl

    kind = device.type
    return {
        "platform": device.platform.name.strip(), "platform_version": device.platform.version.strip(),
        "name": device.name.strip(), "vendor": device.vendor.strip(), "version": device.version.strip(),
        "driver_version": device.driver_version.strip(),
        "type": "GPU" if kind & cl.device_type.GPU else "CPU" if kind & cl.device_type.CPU else "OTHER",
        "compute_units": device.max_compute_units, "max_clock_mhz": device.max_clock_frequency,
        "global_mem_bytes": device.global_mem_size, "max_alloc_bytes": device.max_mem_alloc_size,
        "local_mem_bytes": device.local_mem_size, "max_constant_bytes": device.max_constant_buffer_size,
        "max_work_group_size": device.max_work_group_size,
    }


def device_key(desc: dict) -> str:
    """A stable name for a device in the dataset: "<type>:<platform>:<name>"."""
    return f"{desc['type']}:{desc['platform']}:{desc['name']}"


@dataclass
class Built:
    kernel: object
    args: list[KernelArg]
    args_source: str
    build_log: str


class DeviceSession:
    """A context and a profiling queue on one device, with the kernel built on it."""

    def __init__(self, device):
        import pyopencl as cl

        self.cl, self.device = cl, device
        self.ctx = cl.Context([device])
        self.queue = cl.CommandQueue(self.ctx, properties=cl.command_queue_properties.PROFILING_ENABLE)

    def build(self, source: str, kernel_name: str, options: list[str]) -> Built:
        cl = self.cl
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                program = cl.Program(self.ctx, source).build(options=[ARG_INFO_OPTION, *options])
            except cl.Error as e:
                msg = str(e)  # pyopencl repeats its prefix; the compiler's log follows "Build on"
                raise CompileError("BUILD_PROGRAM_FAILURE: " + msg[msg.find("Build on"):] if "Build on" in msg
                                   else msg) from None
        log = "; ".join(str(w.message) for w in caught)
        try:
            kernel = cl.Kernel(program, kernel_name)
        except cl.Error as e:
            names = [k.function_name for k in program.all_kernels()]
            raise CompileError(f"kernel {kernel_name!r} not in the program (has {names}): {e}") from None
        args, args_source = kernel_args(kernel, source, kernel_name)
        return Built(kernel, args, args_source, log)

    def check_limits(self, payload: Payload) -> None:
        d = self.device
        total = 0
        for a, v in payload.buffers():
            nbytes = v.nbytes + (guard_bytes(v.nbytes) if a.address == "global" else 0)
            total += nbytes
            if nbytes > d.max_mem_alloc_size:
                raise Undrivable(f"buffer {a.name!r} of {nbytes} B (with its guard zone) exceeds the device's "
                                 f"max allocation {d.max_mem_alloc_size} B")
            if a.address == "constant" and v.nbytes > d.max_constant_buffer_size:
                raise Undrivable(f"__constant buffer {a.name!r} of {v.nbytes} B exceeds the device's "
                                 f"{d.max_constant_buffer_size} B")
        if total > d.global_mem_size // 2:
            raise Undrivable(f"buffers of {total} B (with guard zones) exceed half the device memory")

    def allocate(self, payload: Payload) -> list:
        """Device buffers for the payload's global/constant arguments (None elsewhere); each
        ``__global`` one has a guard zone after its end."""
        mf = self.cl.mem_flags
        return [self.cl.Buffer(self.ctx, mf.READ_ONLY if a.const else mf.READ_WRITE,
                               max(v.nbytes + (guard_bytes(v.nbytes) if a.address == "global" else 0), 1))
                if a.address in ("global", "constant") else None
                for a, v in zip(payload.args, payload.values)]

    def run(self, built: Built, payload: Payload, launch: Launch, bufs: list,
            guards: list | None = None) -> tuple[list, dict, list[str]]:
        """One run; returns (writable buffers read back, times in ms, overruns).

        With ``guards`` (from ``guarded(payload)``) every ``__global`` buffer is uploaded with its
        guard zone and writable ones are read back whole: ``overruns`` names those whose guard
        zone the kernel changed. Timed runs pass no guards and move only the payload's bytes.
        """
        cl, q = self.cl, self.queue
        guards = guards or [None] * len(bufs)
        t0 = time.perf_counter()
        writes, reads, outs, whole = [], [], [], []
        for a, v, b, g in zip(payload.args, payload.values, bufs, guards):
            if b is not None:
                writes.append(cl.enqueue_copy(q, b, v if g is None else g, is_blocking=False))
                built.kernel.set_arg(a.index, b)
            elif a.address == "local":
                built.kernel.set_arg(a.index, cl.LocalMemory(v))
            else:
                built.kernel.set_arg(a.index, v)
        kev = cl.enqueue_nd_range_kernel(q, built.kernel, launch.global_size, launch.local_size)
        for a, v, b, g in zip(payload.args, payload.values, bufs, guards):
            if b is not None and a.writable:
                out = np.empty_like(v) if g is None else np.empty_like(g)
                reads.append(cl.enqueue_copy(q, out, b, is_blocking=False))
                outs.append(out)
                whole.append((a.name, v, g))
        q.finish()
        wall_ms = (time.perf_counter() - t0) * 1e3
        h2d = sum(e.profile.end - e.profile.start for e in writes) * 1e-6
        d2h = sum(e.profile.end - e.profile.start for e in reads) * 1e-6
        kern = (kev.profile.end - kev.profile.start) * 1e-6
        events = writes + [kev] + reads
        span = (max(e.profile.end for e in events) - min(e.profile.start for e in events)) * 1e-6
        overruns = []
        for i, (name, v, g) in enumerate(whole):
            if g is not None:  # split the payload's part from the guard zone
                if np.any(outs[i][v.nbytes:] != GUARD_FILL):
                    overruns.append(name)
                outs[i] = outs[i][: v.nbytes].view(v.dtype)
        return outs, {"h2d_ms": h2d, "kernel_ms": kern, "d2h_ms": d2h, "total_ms": h2d + kern + d2h,
                      "span_ms": span, "wall_ms": wall_ms}, overruns


GUARD_FILL = 0xA5  # canary byte of the guard zones


def guard_bytes(nbytes: int) -> int:
    """Guard zone after a ``__global`` buffer: as large as the buffer, within 4 KiB..64 MiB. Writes
    a little past the end are caught (``out_of_bounds``) instead of corrupting other memory."""
    return min(max(nbytes, 4096), 64 << 20)


def guarded(payload: Payload) -> list:
    """Per argument: the bytes to upload in a check run (payload + canary) for ``__global``
    buffers, None for everything else."""
    out = []
    for a, v in zip(payload.args, payload.values):
        if a.address == "global":
            g = np.full(v.nbytes + guard_bytes(v.nbytes), GUARD_FILL, np.uint8)
            g[: v.nbytes] = v.view(np.uint8).ravel()
            out.append(g)
        else:
            out.append(None)
    return out


def check_runs(base: dict, overruns: list[str], pa: Payload, a1, a2, pb: Payload, b1, b2, *, names,
               rtol: float, atol: float) -> tuple[dict | None, str]:
    """(rejected row, "") for a kernel that wrote past a buffer (into its guard zone) or whose two
    payloads' repeated runs disagree (``compare_runs``); (None, the check's detail) when they agree."""
    overruns = sorted(set(overruns))
    if overruns:
        return {**base, "status": "rejected", "reason": "out_of_bounds",
                "detail": f"wrote past the end of {', '.join(map(repr, overruns))} (into its guard zone)"}, ""
    verdict = compare_runs(writable_inputs(pa), a1, a2, writable_inputs(pb), b1, b2,
                           names=names, rtol=rtol, atol=atol)
    if not verdict.passed:
        return {**base, "status": "rejected", "reason": verdict.reason, "detail": verdict.detail}, ""
    return None, verdict.detail


def writable_inputs(payload: Payload) -> list[np.ndarray]:
    return [v for a, v in payload.buffers() if a.writable]


def measure(session: DeviceSession, built: Built, launch: Launch, pa: Payload, pb: Payload, *,
            runs: int = 5, max_runs: int = 25, min_time_s: float = 0.05,
            rtol: float = 1e-5, atol: float = 1e-6) -> dict:
    """The four-run check, then ``runs`` (more while under ``min_time_s``) timed runs of payload A.

    The four check runs are the warm-up: first-launch costs (lazy code generation, page faults
    on fresh buffers) fall into them, never into the timed runs.
    """
    names = [a.name for a, _ in pa.buffers() if a.writable]
    session.check_limits(pa)
    bufs = session.allocate(pa)
    ga, gb = guarded(pa), guarded(pb)
    a1, t_first, o1 = session.run(built, pa, launch, bufs, ga)
    a2, _, o2 = session.run(built, pa, launch, bufs, ga)
    b1, _, o3 = session.run(built, pb, launch, bufs, gb)
    b2, _, o4 = session.run(built, pb, launch, bufs, gb)
    del ga, gb
    base = {"transfer_bytes": pa.h2d_bytes() + pa.d2h_bytes(), "args_source": built.args_source,
            "first_run_ms": t_first["wall_ms"]}
    rejected, checked = check_runs(base, o1 + o2 + o3 + o4, pa, a1, a2, pb, b1, b2, names=names, rtol=rtol, atol=atol)
    if rejected:
        return rejected
    times, started = [], time.perf_counter()
    while len(times) < runs or (len(times) < max_runs and time.perf_counter() - started < min_time_s):
        last, t, _ = session.run(built, pa, launch, bufs)
        times.append(t)
    late = first_difference(names, a1, last, rtol=rtol, atol=atol)
    if late:
        return {**base, "status": "rejected", "reason": "nondeterministic",
                "detail": f"the last timed run differed from the first run of payload A: {late}"}
    out = {**base, "status": "ok", "reason": "", "detail": checked, "runs": len(times)}
    for key in ("h2d_ms", "kernel_ms", "d2h_ms", "total_ms", "span_ms", "wall_ms"):
        out[key] = float(np.median([t[key] for t in times]))
    totals = [t["total_ms"] for t in times]
    out["total_ms_min"], out["total_ms_max"] = float(min(totals)), float(max(totals))
    return out
