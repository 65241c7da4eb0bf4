"""The ``host`` protocol: time what the host application sees (runs inside the worker subprocess).

One run = from the first enqueue to the results being readable on the host, by the host's wall
clock (``time.perf_counter``):

- **copy path** (GPUs, or CPUs with zero-copy off): upload every ``__global``/``__constant``
  buffer, launch the kernel ``launches`` times, read the writable buffers back into host arrays,
  ``finish``;
- **zero-copy path** (CPU devices, default): buffers are allocated by the runtime in host memory
  (``CL_MEM_ALLOC_HOST_PTR``), as a runtime would hand a CPU device the application's data. The
  application writes its input through a map before the run (untimed: producing the input in host
  memory is the application's own work on either device, and the copy path uploads from such
  memory too), then a run launches the kernel ``launches`` times and maps the writable buffers
  for reading (no copy), ``finish``.

Profiling events are kept as detail (upload, kernel and read-back/map durations). The dynamic
check of ``check.py`` runs on the same path, so a zero-copy result is checked like a copied one.
"""

from __future__ import annotations

import time

import numpy as np

from throttllem.devmap.profiler.args import Undrivable
from throttllem.devmap.profiler.check import first_difference
from throttllem.devmap.profiler.execute import GUARD_FILL, Built, DeviceSession, check_runs, guard_bytes
from throttllem.devmap.profiler.payload import Launch, Payload


class MemoryCap(Exception):
    """A buffer of this launch is larger than the sweep's memory cap (the sweep ends here)."""


def buffer_bytes(payload: Payload) -> int:
    """The largest ``__global``/``__constant`` buffer of a payload, in bytes."""
    return max((v.nbytes for _, v in payload.buffers()), default=0)


class HostPath:
    """Buffers of one payload shape on one device, and host-timed runs over them."""

    def __init__(self, session: DeviceSession, built: Built, payload: Payload, zero_copy: bool):
        cl = session.cl
        self.session, self.built, self.zero_copy = session, built, zero_copy
        mf = cl.mem_flags
        self.bufs: list = []
        self.sizes: list[int] = []  # bytes of each buffer (payload + guard zone for __global)
        for a, v in zip(payload.args, payload.values):
            if a.address not in ("global", "constant"):
                self.bufs.append(None)
                self.sizes.append(0)
                continue
            size = max(v.nbytes + (guard_bytes(v.nbytes) if a.address == "global" else 0), 1)
            flags = (mf.READ_ONLY if a.const else mf.READ_WRITE) | (mf.ALLOC_HOST_PTR if zero_copy else 0)
            self.bufs.append(cl.Buffer(session.ctx, flags, size))
            self.sizes.append(size)
        self.sources: list = [None] * len(self.bufs)  # copy path: what each run uploads
        self.skip_upload: set[int] = set()  # copy path: output-only buffers (see output_only)

    def load(self, payload: Payload, guarded: bool, only_writable: bool = False) -> None:
        """Make ``payload`` the input of the next run(s); with ``guarded`` every ``__global``
        buffer is followed by its canary-filled guard zone (the check runs). Zero-copy: written
        through a map now (untimed); copy path: uploaded by each run (timed)."""
        cl, q = self.session.cl, self.session.queue
        for i, (a, v, b) in enumerate(zip(payload.args, payload.values, self.bufs)):
            if b is None or (only_writable and not a.writable):
                continue
            data = v.view(np.uint8).ravel()
            guard = self.sizes[i] - v.nbytes if guarded and a.address == "global" else 0
            if not self.zero_copy:
                if guard:
                    g = np.full(self.sizes[i], GUARD_FILL, np.uint8)
                    g[: v.nbytes] = data
                    data = g
                self.sources[i] = data
                continue
            # Written straight into the mapped buffer (no staging copy: big sizes are GiBs).
            host, _ = cl.enqueue_map_buffer(q, b, cl.map_flags.WRITE_INVALIDATE_REGION, 0, (v.nbytes + guard,),
                                            np.uint8, is_blocking=True)
            host[: v.nbytes] = data
            host[v.nbytes:] = GUARD_FILL
            host.base.release()
            del host
        q.finish()

    def run(self, payload: Payload, launch: Launch, launches: int = 1, whole: bool = False):
        """One host-timed run; returns (writable buffers as read, times in ms). ``whole``: read
        each writable ``__global`` buffer with its guard zone (check runs)."""
        cl, q, kernel = self.session.cl, self.session.queue, self.built.kernel
        for a, v, b in zip(payload.args, payload.values, self.bufs):
            if b is not None:
                kernel.set_arg(a.index, b)
            elif a.address == "local":
                kernel.set_arg(a.index, cl.LocalMemory(v))
            else:
                kernel.set_arg(a.index, v)
        targets = [(i, a, v) for i, (a, v) in enumerate(zip(payload.args, payload.values))
                   if self.bufs[i] is not None and a.writable]
        outs = [np.empty(self.sizes[i] if whole else v.nbytes, np.uint8) for i, _, v in targets]
        t0 = time.perf_counter()
        writes, kevs, reads, maps = [], [], [], []
        if not self.zero_copy:
            for i, b in enumerate(self.bufs):
                if b is not None and i not in self.skip_upload:
                    writes.append(cl.enqueue_copy(q, b, self.sources[i], is_blocking=False))
        for _ in range(launches):
            kevs.append(cl.enqueue_nd_range_kernel(q, kernel, launch.global_size, launch.local_size))
        for (i, _, v), out in zip(targets, outs):
            if self.zero_copy:
                host, ev = cl.enqueue_map_buffer(q, self.bufs[i], cl.map_flags.READ, 0, (out.nbytes,), np.uint8,
                                                 is_blocking=False)
                maps.append(host)
                reads.append(ev)
            else:
                reads.append(cl.enqueue_copy(q, out, self.bufs[i], is_blocking=False))
        q.finish()
        host_ms = (time.perf_counter() - t0) * 1e3
        for out, host in zip(outs, maps):  # the application reads the mapped result; then unmap
            out[:] = host
            host.base.release()
        if maps:
            q.finish()
        events = writes + kevs + reads
        dur = lambda evs: sum(e.profile.end - e.profile.start for e in evs) * 1e-6  # noqa: E731
        h2d, kern, d2h = dur(writes), dur(kevs), dur(reads)
        span = (max(e.profile.end for e in events) - min(e.profile.start for e in events)) * 1e-6
        return outs, {"host_ms": host_ms, "h2d_ms": h2d, "kernel_ms": kern, "d2h_ms": d2h,
                      "total_ms": h2d + kern + d2h, "span_ms": span, "wall_ms": host_ms}


def _split(outs, payload: Payload, whole: bool) -> tuple[list, list[str]]:
    """Typed payload parts of raw read-backs, and the names of buffers whose guard zone changed."""
    typed, overruns = [], []
    for out, (a, v) in zip(outs, [(a, v) for a, v in payload.buffers() if a.writable]):
        if whole and np.any(out[v.nbytes:] != GUARD_FILL):
            overruns.append(a.name)
        typed.append(out[: v.nbytes].view(v.dtype))
    return typed, overruns


def output_only(path: HostPath, pa: Payload, launch: Launch, launches: int, first: list) -> list[int]:
    """Indices of the writable buffers the kernel never reads, found by running: when a run whose
    writable buffers start filled with the canary byte instead of A's values gives A's first
    results byte for byte, none of them was read. Then the copy path stops uploading them, as an
    application would; any difference keeps every upload (conservative)."""
    idx = [i for i, (a, b) in enumerate(zip(pa.args, path.bufs)) if b is not None and a.writable]
    values = list(pa.values)
    for i in idx:
        values[i] = np.frombuffer(np.full(pa.values[i].nbytes, GUARD_FILL, np.uint8), pa.values[i].dtype)
    probe = Payload(pa.args, values)
    path.load(probe, False)
    outs, _ = path.run(probe, launch, launches)
    typed, _ = _split(outs, probe, False)
    same = all(np.array_equal(np.ravel(x).view(np.uint8), np.ravel(y).view(np.uint8)) for x, y in zip(typed, first))
    return idx if same else []


def check_cap(session: DeviceSession, payload: Payload, cap_bytes: int) -> None:
    """Raise MemoryCap when a buffer exceeds ``cap_bytes`` or the device's max allocation."""
    limit = min(cap_bytes, session.device.max_mem_alloc_size)
    largest = buffer_bytes(payload)
    if largest > limit:
        raise MemoryCap(f"a buffer of {largest} B exceeds the cap of {limit} B "
                        f"(min of --max-buffer-mib and the device's max allocation)")


def measure_host(session: DeviceSession, built: Built, launch: Launch, pa: Payload, pb: Payload, *,
                 zero_copy: bool, launches: int = 1, budget_ms: float = 100.0, max_runs: int = 15,
                 big_run_ms: float = 250.0, rtol: float = 1e-5, atol: float = 1e-6) -> dict:
    """The dynamic check, then timed runs of payload A on the host-visible path.

    Check: A twice and B twice (the warm-up too); once A's first run took ``big_run_ms`` or more,
    A once and B once, and A's determinism is checked by the last timed run instead. Timed runs:
    at least 3 (1 for big sizes), more while under ``budget_ms`` in all, at most ``max_runs``.
    """
    names = [a.name for a, _ in pa.buffers() if a.writable]
    session.check_limits(pa)
    path = HostPath(session, built, pa, zero_copy)

    def run(p: Payload, guarded: bool):
        path.load(p, guarded)
        outs, t = path.run(p, launch, launches, whole=guarded)
        typed, over = _split(outs, p, guarded)
        return typed, t, over

    a1, t_first, o1 = run(pa, True)
    big = t_first["host_ms"] >= big_run_ms
    a2, _, o2 = (a1, None, []) if big else run(pa, True)
    b1, _, o3 = run(pb, True)
    b2, _, o4 = (b1, None, []) if big else run(pb, True)
    base = {"transfer_bytes": pa.h2d_bytes() + pa.d2h_bytes(), "args_source": built.args_source,
            "first_run_ms": t_first["host_ms"], "zero_copy": int(zero_copy)}
    rejected, checked = check_runs(base, o1 + o2 + o3 + o4, pa, a1, a2, pb, b1, b2, names=names, rtol=rtol, atol=atol)
    if rejected:
        return rejected
    skipped = output_only(path, pa, launch, launches, a1) if not zero_copy else []
    path.skip_upload = set(skipped)
    path.load(pa, False)
    times, spent = [], 0.0
    least = 1 if big else 3
    while len(times) < least or (len(times) < max_runs and spent < budget_ms):
        if times and zero_copy:  # in-place kernels: every run starts from the same input (the
            path.load(pa, False, only_writable=True)  # copy path uploads it in each run)
        last, t = path.run(pa, launch, launches)
        times.append(t)
        spent += t["host_ms"]
    late = first_difference(names, a1, _split(last, pa, False)[0], rtol=rtol, atol=atol)
    if late:
        return {**base, "status": "rejected", "reason": "nondeterministic",
                "detail": f"the last timed run differed from the first run of payload A: {late}"}
    detail = checked + ("; reduced check (big size)" if big else "")
    if skipped:
        detail += "; output-only, not uploaded in timed runs: " + ", ".join(repr(pa.args[i].name) for i in skipped)
    out = {**base, "status": "ok", "reason": "", "detail": detail, "runs": len(times)}
    for key in ("host_ms", "h2d_ms", "kernel_ms", "d2h_ms", "total_ms", "span_ms", "wall_ms"):
        out[key] = float(np.median([t[key] for t in times]))
    hosts, totals = [t["host_ms"] for t in times], [t["total_ms"] for t in times]
    out["host_ms_min"], out["host_ms_max"] = float(min(hosts)), float(max(hosts))
    out["total_ms_min"], out["total_ms_max"] = float(min(totals)), float(max(totals))
    return out


__all__ = ["HostPath", "MemoryCap", "Undrivable", "buffer_bytes", "check_cap", "measure_host", "output_only"]
