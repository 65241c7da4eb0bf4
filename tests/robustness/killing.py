"""Helpers of the kill tests: run a Python snippet in a child that prints ``ready`` once its
imports and set-up are done, and SIGKILL it at a seeded random point after that."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import throttllem

PYTHON_DIR = Path(throttllem.__file__).resolve().parents[1]


def child(code: str) -> subprocess.Popen:
    """Start ``code`` (dedented) in a fresh interpreter; its stdout is a pipe (text)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(PYTHON_DIR), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _wait_ready(proc: subprocess.Popen) -> None:
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"the child did not get ready: {line!r} {err[-2000:]}")


def run_to_end(code: str, timeout: float = 600) -> float:
    """Run ``code`` to completion (it must succeed); the seconds it took after ``ready``."""
    proc = child(code)
    _wait_ready(proc)
    t0 = time.monotonic()
    _, err = proc.communicate(timeout=timeout)
    took = time.monotonic() - t0
    assert proc.returncode == 0, err[-3000:]
    return took


def kill_after(code: str, delay_s: float) -> bool:
    """Run ``code`` and SIGKILL it ``delay_s`` after it is ready; True when it was killed (False:
    it finished first, successfully)."""
    proc = child(code)
    _wait_ready(proc)
    try:
        _, err = proc.communicate(timeout=delay_s)
    except subprocess.TimeoutExpired:
        proc.kill()  # SIGKILL: no handler, no cleanup, as the OOM killer or `kill -9` does
        proc.communicate()
        return True
    assert proc.returncode == 0, err[-3000:]
    return False


def kill_points(seed: int, duration_s: float, count: int) -> list[float]:
    """``count`` seeded random delays spread over a run that takes ``duration_s``."""
    rng = random.Random(seed)
    return [rng.uniform(0.0, 1.0) * duration_s for _ in range(count)]


def user_files(folder: Path) -> list[Path]:
    """Files of ``folder`` (recursively) a user keeps: not the hidden temporary files that a kill
    leaves behind before their rename."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
