"""The project's fake NVML: a small C library (fake_nvml.c) exporting the NVML symbols throttllem
uses, built with the system C compiler. Real clock changes are forbidden on the shared GPU
machine, so the clock-setting path is tested against it.

Tests get a :class:`FakeNvml` from the ``fake_nvml`` fixture (see fixtures.py): it points
``THROTTLLEM_NVML_LIBRARY`` at the fake, gives it a private call log, state file and config file,
and reads them back.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).with_name("fake_nvml.c")
LIBRARY_NAME = "libnvidia-ml.so.1"


def build(dest_dir: Path) -> Path:
    """Compiles the fake into ``dest_dir``; returns the library path."""
    cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise RuntimeError("no C compiler (cc/gcc) to build the fake NVML")
    dest_dir.mkdir(parents=True, exist_ok=True)
    out = dest_dir / LIBRARY_NAME
    cmd = [cc, "-shared", "-fPIC", "-O2", "-Wall", "-fvisibility=hidden", "-o", str(out), str(SOURCE), "-lpthread"]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    return out


@dataclass(frozen=True)
class Call:
    """One line of the fake's call log."""

    t_ns: int  # CLOCK_MONOTONIC, the same clock as time.monotonic_ns()
    pid: int
    fn: str
    gpu: int
    args: dict[str, str]
    ret: int


class FakeNvml:
    """Files of one fake NVML instance (shared by every process given ``env()``)."""

    def __init__(self, lib: Path, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.lib = lib
        self.log = workdir / "calls.log"
        self.state = workdir / "state"
        self.config = workdir / "config"
        # Private per-GPU leases: the fake's UUIDs are the same in every test and worktree.
        self.leases = workdir / "leases"
        self._generation = 0
        self.configure()

    def env(self) -> dict[str, str]:
        """Environment variables that point throttllem (and its subprocesses) at this fake."""
        return {
            "THROTTLLEM_NVML_LIBRARY": str(self.lib),
            "FAKE_NVML_LOG": str(self.log),
            "FAKE_NVML_STATE": str(self.state),
            "FAKE_NVML_CONFIG": str(self.config),
            "THROTTLLEM_LEASE_DIR": str(self.leases),
        }

    def configure(self, **keys: object) -> None:
        """Replaces the config file (keys of fake_nvml.c); the fake re-reads it on its next call."""
        text = "".join(f"{k}={v}\n" for k, v in keys.items())
        self.config.write_text(text)
        # A distinct mtime per write: two writes within one timestamp tick must both be seen.
        self._generation += 1
        stamp = 1_000_000_000 * (1_600_000_000 + self._generation)
        os.utime(self.config, ns=(stamp, stamp))

    def calls(self, fn: str | None = None) -> list[Call]:
        if not self.log.exists():
            return []
        out = []
        for line in self.log.read_text().splitlines():
            head, _, ret = line.rpartition(" -> ")
            t_ns, pid, name, gpu, *rest = head.split()
            if fn is not None and name != fn:
                continue
            args = dict(kv.split("=", 1) for kv in rest if "=" in kv)
            out.append(Call(int(t_ns), int(pid), name, int(gpu.removeprefix("gpu=")), args, int(ret)))
        return out

    def locked(self) -> dict[int, tuple[int, int]]:
        """GPU index -> (min, max) locked clocks, for GPUs that are locked right now."""
        if not self.state.exists():
            return {}
        with open(self.state) as f:
            fcntl.flock(f, fcntl.LOCK_SH)  # the fake rewrites the file under LOCK_EX
            text = f.read()
        out = {}
        for line in text.splitlines():
            index, lo, hi, _energy, _t = line.split()
            if int(hi) > 0:
                out[int(index)] = (int(lo), int(hi))
        return out
