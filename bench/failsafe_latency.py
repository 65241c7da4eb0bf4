#!/usr/bin/env python3
"""How fast default clocks come back, against the project's fake NVML (tests/fake_nvml; real clock
changes are forbidden on the shared GPU machine). From the kill to the fake's logged reset call:

- the watchdog killed -9 while its controller lives: the actuator restores by itself;
- a clock daemon client killed -9: ``throttllem clockd`` restores its GPU;
- the clock daemon sent SIGTERM: it restores every GPU and exits.

  python bench/failsafe_latency.py            # 10 trials each, ~1 min
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "python")]

from fake_nvml import FakeNvml, build  # noqa: E402

RESET = "nvmlDeviceResetGpuLockedClocks"
HOLDER = """
import sys, time
from throttllem.actuator import Actuator
act = Actuator([0], **({"backend": "clockd", "socket_path": sys.argv[1]} if len(sys.argv) > 1 else {}))
act.post(900)
assert act.flush(5.0) and act.actuating, act.monitor_reason
print(act.watchdog_pid, flush=True)
time.sleep(60)
"""


def reset_after(fake: FakeNvml, t0_ns: int, pid: int, timeout_s: float = 5.0) -> float:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        calls = [c for c in fake.calls(RESET) if c.t_ns >= t0_ns and c.pid == pid]
        if calls and not fake.locked():
            return (calls[0].t_ns - t0_ns) / 1e6
        time.sleep(0.002)
    raise RuntimeError("clocks were not restored within 5 s")


def holder(work: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, str(work / "holder.py"), *args], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def daemon(work: Path) -> tuple[subprocess.Popen[str], str]:
    path = str(work / "clockd.sock")
    proc = subprocess.Popen([sys.executable, "-m", "throttllem.cli", "clockd", "--socket", path],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None and proc.stdout.readline().startswith("ready")
    return proc, path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"watchdog kill -9 -> controller restores": [],
                                       "clockd client kill -9 -> daemon restores": [],
                                       "clockd SIGTERM -> daemon restores": []}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        fake = FakeNvml(build(work / "lib"), work / "nvml")
        os.environ.update(fake.env())
        os.environ.pop("THROTTLLEM_READ_ONLY_GPU", None)
        os.environ["PYTHONPATH"] = str(REPO / "python")
        (work / "holder.py").write_text(HOLDER)
        keys = list(results)
        for _ in range(args.trials):
            proc, wd = holder(work)
            t0 = time.monotonic_ns()
            os.kill(int(wd), signal.SIGKILL)
            results[keys[0]].append(reset_after(fake, t0, proc.pid))
            proc.kill()
            proc.wait()

            d, path = daemon(work)
            proc, _ = holder(work, path)
            t0 = time.monotonic_ns()
            proc.kill()
            proc.wait()
            results[keys[1]].append(reset_after(fake, t0, d.pid))

            proc, _ = holder(work, path)
            t0 = time.monotonic_ns()
            d.send_signal(signal.SIGTERM)
            results[keys[2]].append(reset_after(fake, t0, d.pid))
            d.wait()
            proc.kill()
            proc.wait()
    print(f"# restore latency, kill to reset call (fake NVML, measured; {args.trials} trials each)")
    print(f"{'case':45s} {'median ms':>10s} {'max ms':>8s}")
    for name, values in results.items():
        print(f"{name:45s} {statistics.median(values):10.1f} {max(values):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
