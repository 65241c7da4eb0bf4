"""Drive a list of kernel specs over every OpenCL device and write the dataset (resumable).

Order: kernel by kernel (one worker subprocess each), sizes ascending, devices in turn. Once a
run of a kernel on a device is slower than ``slow_run_s`` (or times out), its larger sizes on
that device are skipped, which keeps a sweep's cost bounded on a slow CPU (events protocol). The
host protocol (``protocol="host"``) sweeps each kernel adaptively instead (sweep.py, hostrun.py).
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from throttllem._progress import progress_bar
from throttllem.devmap.profiler import dataset as ds
from throttllem.devmap.profiler.process import KernelWorker
from throttllem.devmap.profiler.suite import KernelSpec
from throttllem.errors import InvalidArgumentError

FORMAT = "throttllem-clprofile/1"
log = logging.getLogger(__name__)


@dataclass
class RunConfig:
    out: Path
    specs: list[KernelSpec]
    devices: str = "all"          # "all", "cpu", "gpu", or a substring of the device key
    timeout_s: float = 60.0       # per job (compile + payloads + 4 check runs + timed runs)
    time_limit_s: float | None = None
    runs: int = 5
    max_runs: int = 25
    min_time_s: float = 0.05
    rtol: float = 1e-5
    atol: float = 1e-6
    seed: int = 204
    slow_run_s: float = 2.0
    retry_failed: bool = False
    progress: bool = True
    env: dict | None = None       # environment of the workers (default: this process's)
    protocol: str = "events"      # "events" (fixed sweeps, event-timed) or "host" (see hostrun.py, sweep.py)
    zero_copy: bool = True        # host protocol: CPU devices use buffers in host memory, no copies
    until_ms: float = 1000.0      # host protocol: a sweep ends once its slowest device takes this long
    max_buffer_mib: float = 1024.0  # host protocol: memory cap per buffer (and the device's max allocation)
    budget_ms: float = 100.0      # host protocol: timed runs go on while under this (at most host_max_runs)
    host_max_runs: int = 15
    big_run_ms: float = 250.0     # host protocol: from this first-run time, a reduced check and >= 1 timed run

    def settings(self) -> dict:
        return {"runs": self.runs, "max_runs": self.max_runs, "min_time_s": self.min_time_s,
                "rtol": self.rtol, "atol": self.atol}

    def host_settings(self) -> dict:
        """Keyword arguments of hostrun.measure_host."""
        return {"budget_ms": self.budget_ms, "max_runs": self.host_max_runs, "big_run_ms": self.big_run_ms,
                "rtol": self.rtol, "atol": self.atol}


@dataclass
class RunResult:
    csv_path: Path
    json_path: Path
    labels_path: Path
    measured_now: int = 0
    already_present: int = 0
    left_for_later: int = 0
    labelled: int = 0
    counts: Counter = field(default_factory=Counter)


def select_devices(which: str) -> list[tuple[int, dict]]:
    """(index in list_devices() order, description with "key") of the devices to use."""
    from throttllem.devmap.profiler.execute import describe, device_key, list_devices

    out = []
    for i, dev in enumerate(list_devices()):
        desc = describe(dev)
        desc["key"] = device_key(desc)
        if which == "all" or which.upper() == desc["type"] or (
                which.lower() not in ("cpu", "gpu") and which.lower() in desc["key"].lower()):
            out.append((i, desc))
    return out


def spec_hash(spec: KernelSpec) -> str:
    """Digest of everything that decides a kernel's measurements except its size list."""
    parts = [spec.source, spec.kernel_name, spec.global_exprs, spec.local_exprs, sorted(spec.overrides.items()),
             spec.options, spec.problem_expr]
    if spec.launches != 1:  # only then: digests of datasets measured before launches existed stay valid
        parts.append(spec.launches)
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _row(spec: KernelSpec, size: int, gsize: str, lsize: str, desc: dict, result: dict) -> dict:
    return {"kernel": spec.id, "origin": spec.origin, "class": spec.klass, "size": size,
            "global_size": gsize, "local_size": lsize, "device": desc["key"], "device_type": desc["type"],
            "runtime": desc["platform"], **result}


def _rel(path: str) -> str:
    """A path relative to the working directory (the repository root, in practice) when inside it,
    so that a committed dataset names kernels/opencl/x.cl, not one machine's absolute path."""
    if not path:
        return path
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _metadata(config: RunConfig, devices, old: dict, rows: list[dict], complete: bool, labelled: int) -> dict:
    import numpy
    import pyopencl

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    devs = {d["key"]: d for d in old.get("devices", [])}
    devs.update({d["key"]: d for _, d in devices})
    kernels = dict(old.get("kernels", {}))
    for s in config.specs:
        kernels[s.id] = {"origin": s.origin, "class": s.klass, "kernel_name": s.kernel_name, "path": _rel(s.path),
                         "source_sha256": hashlib.sha256(s.source.encode()).hexdigest(), "spec_sha256": spec_hash(s),
                         "sizes": list(s.sizes),
                         "global": list(s.global_exprs), "local": list(s.local_exprs or []),
                         "args": s.overrides, "options": list(s.options),
                         "problem": s.problem_expr, "start": s.start, "factor": s.factor, "launches": s.launches}
    if config.protocol == "host":
        timing = {"protocol": "host", "zero_copy": config.zero_copy, "until_ms": config.until_ms,
                  "max_buffer_mib": config.max_buffer_mib, **config.host_settings(),
                  "timing": "host_ms: median over timed runs of the host's wall clock from the first enqueue "
                            "(upload, or the kernel on a zero-copy CPU device) to the results readable on the host "
                            "(after finish / map); event durations kept as detail",
                  "check": "4 runs (payload A twice, B twice); A and B once when A's first run took >= "
                           "big_run_ms (A's determinism then checked by the last timed run)"}
    else:
        timing = {**config.settings(), "protocol": "events", "timing": "median over timed runs of the sum of "
                  "profiling-event durations: host-to-device + kernel + device-to-host",
                  "check": "4 runs (payload A twice, B twice); see throttllem.devmap.profiler.check"}
    return {
        "format": FORMAT, "measured": True, "created_utc": old.get("created_utc", now), "updated_utc": now,
        "host": platform.node(), "python": sys.version.split()[0], "pyopencl": pyopencl.VERSION_TEXT,
        "numpy": numpy.__version__, "devices": list(devs.values()),
        "settings": {**timing, "seed": config.seed, "timeout_s": config.timeout_s, "slow_run_s": config.slow_run_s},
        "kernels": kernels, "complete": complete, "rows": len(rows),
        "status_counts": dict(Counter(r["status"] for r in rows)), "labelled": labelled,
    }


def run_suite(config: RunConfig) -> RunResult:
    """Measure every (spec, size, device) not yet in the dataset; returns what was done."""
    import json

    csv_path, json_path, labels_path = ds.dataset_paths(config.out)
    devices = select_devices(config.devices)
    if not devices:
        raise InvalidArgumentError(f"no OpenCL device matches {config.devices!r}")
    rows = ds.read_rows(csv_path)
    old = json.loads(json_path.read_text()) if json_path.exists() else {}
    old_protocol = old.get("settings", {}).get("protocol", "events") if rows else config.protocol
    if old_protocol != config.protocol:
        raise InvalidArgumentError(f"{csv_path} was measured with --protocol {old_protocol}; resume it with the "
                                   f"same protocol or write to another --out")
    # A kernel whose source or launch rules changed since its rows were measured is measured again.
    changed = {s.id for s in config.specs
               if old.get("kernels", {}).get(s.id, {}).get("spec_sha256") not in (None, spec_hash(s))}
    rows = [r for r in rows if r["kernel"] not in changed]
    if config.retry_failed:
        rows = [r for r in rows if r["status"] in ("ok", "rejected", "compile_error", "undrivable")]
    done = {ds.job_key(r["kernel"], r["size"], r["device"]) for r in rows}
    result = RunResult(csv_path, json_path, labels_path, already_present=len(rows))
    if config.protocol == "host":
        return _run_host(config, devices, rows, old, result)
    todo = {s.id: [(size, i, d) for size in sorted(s.sizes) for i, d in devices
                   if ds.job_key(s.id, size, d["key"]) not in done] for s in config.specs}
    total = sum(map(len, todo.values()))
    deadline = time.monotonic() + config.time_limit_s if config.time_limit_s else None
    ds.write_metadata(json_path, _metadata(config, devices, old, rows, False, 0))
    bar = progress_bar(total, desc="clprofile", unit="run", enabled=config.progress)
    try:
        with ds.DatasetWriter(csv_path, rows) as writer:
            for spec in config.specs:
                if deadline and time.monotonic() > deadline:
                    break
                bar.set_postfix_str(spec.id[-40:])
                t0, (emit, new) = time.monotonic(), _emitter(writer, rows, result)
                _drive(spec, todo[spec.id], config, deadline, bar, emit)
                _log_kernel(spec.id, new, t0)
    finally:
        bar.close()
        result.left_for_later = total - result.measured_now
        _finish(config, devices, old, rows, result)
    return result


def _emitter(writer: ds.DatasetWriter, rows: list[dict], result: RunResult):
    """(emit, counts): ``emit(row)`` writes the row at once (on disk before it counts as done, so an
    interrupt keeps it), keeps it in ``rows`` and counts it by status in ``counts`` and ``result``."""
    counts: Counter = Counter()

    def emit(row: dict) -> None:
        writer.write(row)
        rows.append(ds.normalize(row))
        counts[row["status"]] += 1
        result.measured_now += 1

    return emit, counts


def _log_kernel(kernel: str, counts: Counter, t0: float) -> None:
    if counts:
        log.info("%s: %s in %.1f s", kernel, ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
                 time.monotonic() - t0)


def _finish(config: RunConfig, devices, old: dict, rows: list[dict], result: RunResult) -> None:
    """Labels and final metadata (also after an interrupt)."""
    source = {k: Path(v["path"]).read_text() for k, v in old.get("kernels", {}).items()
              if v.get("path", "").endswith(".cl") and Path(v["path"]).exists()}
    source.update({s.id: s.source for s in config.specs})
    result.labelled = ds.write_labels(result.labels_path, rows, source)
    result.counts = Counter(r["status"] for r in rows)
    ds.write_metadata(result.json_path, _metadata(config, devices, old, rows, result.left_for_later == 0,
                                                  result.labelled))


def _run_host(config: RunConfig, devices, rows: list[dict], old: dict, result: RunResult) -> RunResult:
    """The host protocol: kernel by kernel, an adaptive sweep each (sweep.py); ``left_for_later``
    counts the kernels whose sweep a deadline cut short."""
    from throttllem.devmap.profiler.sweep import drive_adaptive

    deadline = time.monotonic() + config.time_limit_s if config.time_limit_s else None
    ds.write_metadata(result.json_path, _metadata(config, devices, old, rows, False, 0))
    bar = progress_bar(len(config.specs), desc="clprofile", unit="kernel", enabled=config.progress)
    unfinished = len(config.specs)
    try:
        with ds.DatasetWriter(result.csv_path, rows) as writer:
            for spec in config.specs:
                if deadline and time.monotonic() > deadline:
                    break
                bar.set_postfix_str(spec.id[-40:])
                have = {(int(r["size"]), r["device"]): r for r in rows if r["kernel"] == spec.id}
                t0, (emit, new) = time.monotonic(), _emitter(writer, rows, result)
                finished = drive_adaptive(spec, devices, have, config, deadline, emit, _row)
                unfinished -= finished
                bar.update()
                _log_kernel(spec.id, new, t0)
    finally:
        bar.close()
        result.left_for_later = unfinished
        _finish(config, devices, old, rows, result)
    return result


def _drive(spec: KernelSpec, jobs, config: RunConfig, deadline, bar, emit) -> None:
    """Measure one kernel's jobs in one worker (restarted after a hang or crash); ``emit(row)`` each."""
    too_slow: dict = {}
    last_ms: dict = {}  # per device: the last run time (ms)
    worker = KernelWorker({"kernel_id": spec.id, "source": spec.source, "kernel_name": spec.kernel_name,
                           "options": list(spec.options), "seed": config.seed, "settings": config.settings()},
                          env=config.env)
    try:
        for n, (size, index, desc) in enumerate(jobs):
            if deadline and time.monotonic() > deadline:
                break
            try:
                launch = spec.launch(size)
                gsize, lsize = launch.label()
            except ValueError as e:
                emit(_row(spec, size, "", "", desc, {"status": "undrivable", "reason": "undrivable",
                                                     "detail": str(e)}))
                bar.update()
                continue
            if not spec.kernel_name:
                result = {"status": "undrivable", "reason": "undrivable", "detail": "no __kernel in the source"}
            elif desc["key"] in too_slow:
                result = {"status": "skipped", "reason": "slow", "detail": too_slow[desc["key"]]}
            else:
                job = {"job": n, "device_index": index, "size": size, "global": list(launch.global_size),
                       "local": list(launch.local_size) if launch.local_size else None,
                       "overrides": launch.overrides, "problem": launch.problem_size}
                result = worker.run(job, config.timeout_s)
                # A timed median when there is one (the first run may include lazy code generation).
                slow_ms = float(result.get("wall_ms") or result.get("first_run_ms") or 0)
                prev_ms = last_ms.get(desc["key"])
                last_ms[desc["key"]] = slow_ms
                # The next size's run time, extrapolated from the growth between the last two sizes:
                # ~10 runs of it (check + timed) must fit in the timeout.
                predicted_ms = slow_ms * max(slow_ms / prev_ms, 1.0) if prev_ms and slow_ms else 0.0
                if result["status"] == "timeout":
                    too_slow[desc["key"]] = f"size {size} timed out"
                elif slow_ms > config.slow_run_s * 1e3:
                    too_slow[desc["key"]] = f"size {size} took {slow_ms:.0f} ms per run"
                elif predicted_ms * 10 > config.timeout_s * 1e3:
                    too_slow[desc["key"]] = (f"size {size} took {slow_ms:.0f} ms per run; the next size would "
                                             f"take ~{predicted_ms:.0f} ms (10 runs must fit in {config.timeout_s:g} s)")
            emit(_row(spec, size, gsize, lsize, desc, result))
            bar.update()
    except BaseException:
        worker.kill()  # interrupted: do not wait for the job in flight
        raise
    finally:
        worker.close()
