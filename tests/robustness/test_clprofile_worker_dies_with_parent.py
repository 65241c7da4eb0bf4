"""A clprofile worker never outlives clprofile: SIGKILL or SIGTERM of the parent (as `timeout`,
systemd and CI cancel send) ends the worker within 2 s, idle or spinning in a hung kernel."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import throttllem

PYTHON_DIR = Path(throttllem.__file__).resolve().parents[1]

SPIN = """
__kernel void spins_forever(__global float* c, const int n) {
  int i = get_global_id(0);
  while (c[i] < 2.0f) { c[i] = c[i] * 0.5f; }
}"""


def _gone(pid: int) -> bool:
    """No such process, or a zombie (dead, waiting for init to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def _parent(hang: bool) -> subprocess.Popen:
    """A parent that starts a KernelWorker, prints its pid, then (hang) runs a job that never ends."""
    code = textwrap.dedent(f"""
        import json, sys, time
        from throttllem.devmap.profiler.process import KernelWorker
        spec = {{"kernel_id": "spin", "source": {SPIN!r}, "kernel_name": "spins_forever", "options": [],
                 "seed": 1, "settings": {{"runs": 1, "max_runs": 1, "min_time_s": 0.0, "rtol": 1e-5, "atol": 1e-6}}}}
        w = KernelWorker(spec)
        w._start()
        print(w.proc.pid, flush=True)
        if {hang!r}:
            job = {{"job": 0, "device_index": 0, "size": 1024, "global": [1024], "local": None, "overrides": {{}},
                    "problem": 0}}
            w.proc.stdin.write((json.dumps(job) + "\\n").encode())
            w.proc.stdin.flush()
            assert w._lines.get(timeout=600)["event"] == "start"
            print("started", flush=True)
        time.sleep(3600)
    """)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(PYTHON_DIR), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _spinning(pid: int) -> bool:
    """The worker burns at least half a core for a second: its kernel spins."""
    before = _cpu_s(pid)
    time.sleep(1.0)
    return _cpu_s(pid) - before >= 0.5


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_an_idle_worker_dies_with_its_parent(sig):
    parent = _parent(hang=False)
    try:
        worker = int(parent.stdout.readline())
        time.sleep(0.5)  # the worker is up, waiting for a job
        assert not _gone(worker)
        parent.send_signal(sig)
        parent.wait(timeout=10)
        end = time.monotonic() + 2.0
        while not _gone(worker) and time.monotonic() < end:
            time.sleep(0.02)
        assert _gone(worker), f"worker {worker} outlived its parent by 2 s"
    finally:
        parent.kill()
        parent.wait()
        parent.stdout.close()


def test_a_worker_spinning_in_a_hung_kernel_dies_with_its_parent():
    cl = pytest.importorskip("pyopencl")
    from throttllem.devmap.profiler.execute import list_devices

    if not list_devices():
        pytest.skip("no OpenCL platform found (install pocl-opencl-icd)")
    del cl
    parent = _parent(hang=True)
    try:
        worker = int(parent.stdout.readline())
        assert parent.stdout.readline().strip() == "started"
        end = time.monotonic() + 60
        while not _spinning(worker) and time.monotonic() < end:
            pass  # compile and payloads come first
        assert not _gone(worker)
        parent.kill()
        parent.wait(timeout=10)
        end = time.monotonic() + 2.0
        while not _gone(worker) and time.monotonic() < end:
            time.sleep(0.02)
        assert _gone(worker), f"worker {worker} outlived its parent by 2 s"
    finally:
        parent.kill()
        parent.wait()
        parent.stdout.close()
