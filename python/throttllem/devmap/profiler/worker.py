"""The subprocess that drives one kernel: ``python -m throttllem.devmap.profiler.worker``.

Protocol (JSON lines): the first line on stdin is the kernel spec (source, kernel name, build
options, seed, measurement settings); every further line is one job (device index x launch).
For each job the worker writes ``{"event": "start", ...}`` then ``{"event": "result", ...}`` to
stdout. The parent sends one job at a time and enforces a timeout per job, so a kernel that
loops forever or crashes the driver costs that job only: the parent kills the worker and starts
a fresh one for the next job.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import sys
import threading
import time
import traceback

import numpy as np

from throttllem.devmap.profiler.args import Undrivable
from throttllem.devmap.profiler.execute import CompileError, DeviceSession, list_devices, measure
from throttllem.devmap.profiler.hostrun import MemoryCap, measure_host
from throttllem.devmap.profiler.payload import Launch, largest_buffer_bytes, make_payload, payload_seed

LOG_CHARS = 4000  # build logs are cut to this many characters in the dataset
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _payloads(cache: dict, spec: dict, built, launch: Launch):
    """Payloads A and B for a launch, shared by every device (generated once per size)."""
    sig = tuple((a.address, a.base_type, a.vector_width, a.is_pointer, a.name) for a in built.args)
    key = (launch.size, launch.global_size, launch.local_size, sig)
    if key not in cache:
        cache.clear()  # one size at a time: large payloads are not kept around
        pa = make_payload(built.args, launch, np.random.default_rng(
            payload_seed(spec["kernel_id"], launch.size, spec["seed"], 0)))
        pb = make_payload(built.args, launch, np.random.default_rng(
            payload_seed(spec["kernel_id"], launch.size, spec["seed"], 1)))
        cache[key] = (pa, pb)
    return cache[key]


def run_job(job: dict, spec: dict, devices: list, sessions: dict, cache: dict) -> dict:
    """One device x launch; never raises (every failure becomes a result)."""
    index = job["device_index"]
    try:
        if index not in sessions:
            session = DeviceSession(devices[index])
            t0 = time.perf_counter()  # one-time cost per (kernel, device): the program build
            try:
                built = session.build(spec["source"], spec["kernel_name"], spec["options"])
            except CompileError as e:
                built = e
            sessions[index] = (session, built, (time.perf_counter() - t0) * 1e3)
        session, built, build_ms = sessions[index]
        if isinstance(built, CompileError):
            return {"status": "compile_error", "reason": "compile_error", "detail": str(built)[:LOG_CHARS]}
        launch = Launch(job["size"], tuple(job["global"]), tuple(job["local"]) if job["local"] else None,
                        dict(job["overrides"]), job.get("problem", 0))
        if spec.get("protocol") == "host":
            return _host_job(job, spec, session, built, build_ms, launch, cache)
        pa, pb = _payloads(cache, spec, built, launch)
        result = measure(session, built, launch, pa, pb, **spec["settings"])
        if built.build_log:
            result["detail"] = (result.get("detail", "") + f"; compiler: {built.build_log}")[:LOG_CHARS]
        return result
    except MemoryCap as e:
        return {"status": "skipped", "reason": "memory_cap", "detail": str(e)}
    except Undrivable as e:
        return {"status": "undrivable", "reason": "undrivable", "detail": str(e)}
    except Exception as e:  # noqa: BLE001 -- a driver error must become a row, not end the worker
        sessions.pop(index, None)  # the context may be unusable after a failed launch
        cache.clear()
        tb = traceback.format_exception_only(type(e), e)
        return {"status": "error", "reason": type(e).__name__, "detail": "".join(tb).strip()[:LOG_CHARS]}


def _host_job(job: dict, spec: dict, session, built, build_ms: float, launch: Launch, cache: dict) -> dict:
    """One job of the ``host`` protocol (hostrun.py): memory cap first, then check and timing."""
    base = {"build_ms": build_ms, "runtime": session.device.platform.name.strip()}
    limit = min(int(job["max_buffer_bytes"]), session.device.max_mem_alloc_size)
    largest = largest_buffer_bytes(built.args, launch)
    if largest > limit:
        raise MemoryCap(f"a buffer of {largest} B exceeds the cap of {limit} B (min of --max-buffer-mib "
                        f"and the device's max allocation)")
    pa, pb = _payloads(cache, spec, built, launch)
    zero_copy = bool(spec["zero_copy"]) and (session.device.type & session.cl.device_type.CPU) != 0
    result = {**base, **measure_host(session, built, launch, pa, pb, zero_copy=zero_copy,
                                     launches=int(spec.get("launches", 1)), **spec["settings"])}
    if built.build_log:
        result["detail"] = (result.get("detail", "") + f"; compiler: {built.build_log}")[:LOG_CHARS]
    return result


def die_with_parent(parent_pid: int, alive_fd: int | None) -> None:
    """End this worker (and its process group) when the parent ``parent_pid`` exits, however it
    exits: the kernel sends SIGKILL on the parent's death (Linux PR_SET_PDEATHSIG; the parent
    starts workers from its main thread, whose exit is what triggers it), and a thread waits for
    EOF on ``alive_fd``, the read end of a pipe only the parent can write (other systems, and a
    parent that died before the prctl)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the pipe below still works
    if os.getppid() != parent_pid:  # died before the prctl took effect
        os.killpg(os.getpgid(0), signal.SIGKILL)
    if alive_fd is None:
        return

    def watch() -> None:
        while True:
            try:
                if not os.read(alive_fd, 1):
                    break
            except InterruptedError:
                continue
            except OSError:
                break
        os.killpg(os.getpgid(0), signal.SIGKILL)  # the worker leads its own process group

    threading.Thread(target=watch, name="parent-alive", daemon=True).start()


def _arguments(argv: list[str]) -> tuple[int | None, int | None]:
    parser = argparse.ArgumentParser(prog="throttllem.devmap.profiler.worker")
    parser.add_argument("--parent-pid", type=int)
    parser.add_argument("--alive-fd", type=int)
    args = parser.parse_args(argv)
    return args.parent_pid, args.alive_fd


def main(argv: list[str] | None = None) -> int:
    parent_pid, alive_fd = _arguments(sys.argv[1:] if argv is None else argv)
    if parent_pid is not None:
        die_with_parent(parent_pid, alive_fd)
    # Drivers sometimes print to stdout; the protocol gets its own copy of fd 1, and fd 1 goes to stderr.
    proto = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    spec = json.loads(sys.stdin.readline())
    if spec.get("protocol") == "host":  # build_ms times the driver's build, not pyopencl's binary cache
        os.environ["PYOPENCL_NO_CACHE"] = "1"
    devices = list_devices()
    sessions: dict = {}
    cache: dict = {}
    for line in sys.stdin:
        job = json.loads(line)
        proto.write(json.dumps({"event": "start", "job": job["job"]}) + "\n")
        result = run_job(job, spec, devices, sessions, cache)
        proto.write(json.dumps({"event": "result", "job": job["job"], "result": result}) + "\n")
    proto.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
