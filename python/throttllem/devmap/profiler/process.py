"""The parent's side of the worker protocol: one subprocess per kernel, one job at a time, a
timeout per job, and a fresh worker after a hang or a crash."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time

STDERR_TAIL_CHARS = 2000


class KernelWorker:
    """A running ``throttllem.devmap.profiler.worker`` for one kernel spec (started lazily)."""

    def __init__(self, spec: dict, *, python: str = sys.executable, env: dict | None = None):
        self.spec, self.python, self.env = spec, python, env
        self.proc: subprocess.Popen | None = None
        self._lines: queue.Queue = queue.Queue()
        self._stderr = None
        self._pump_thread: threading.Thread | None = None
        self._tail = ""
        self._alive_w: int | None = None

    def _start(self) -> None:
        self._stderr = tempfile.TemporaryFile(mode="w+b")
        self._lines = queue.Queue()
        # The worker dies with this process (SIGTERM or SIGKILL alike: `timeout`, systemd, CI
        # cancel): it asks the kernel for SIGKILL when its parent exits (PR_SET_PDEATHSIG), and
        # it watches `alive`, a pipe whose only write end is held here, for EOF. The write end is
        # not inheritable, so no other child keeps it open.
        alive_r, self._alive_w = os.pipe()
        try:
            self.proc = subprocess.Popen(
                [self.python, "-m", "throttllem.devmap.profiler.worker", "--parent-pid", str(os.getpid()),
                 "--alive-fd", str(alive_r)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=self._stderr, env=self.env, start_new_session=True, pass_fds=(alive_r,))
        except BaseException:
            os.close(self._alive_w)
            self._alive_w = None
            raise
        finally:
            os.close(alive_r)
        self._pump_thread = threading.Thread(target=self._pump, args=(self.proc.stdout, self._lines), daemon=True)
        self._pump_thread.start()
        self.proc.stdin.write((json.dumps(self.spec) + "\n").encode())
        self.proc.stdin.flush()

    @staticmethod
    def _pump(stream, lines: queue.Queue) -> None:
        for raw in stream:
            try:
                lines.put(json.loads(raw))
            except ValueError:
                continue  # not a protocol line
        lines.put(None)  # end of stream: the worker exited

    def run(self, job: dict, timeout_s: float) -> dict:
        """The job's result; a hang becomes ``timeout`` and a dead worker ``crash``."""
        if self.proc is None:
            self._start()
        deadline = time.monotonic() + timeout_s
        try:
            self.proc.stdin.write((json.dumps(job) + "\n").encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            return self._crashed()
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                return {"status": "timeout", "reason": "timeout",
                        "detail": f"killed after {timeout_s:g} s (a hang, or too slow for the limit)"}
            try:
                msg = self._lines.get(timeout=left)
            except queue.Empty:
                continue
            if msg is None:
                return self._crashed()
            if msg.get("event") == "result" and msg.get("job") == job["job"]:
                return msg["result"]

    def _crashed(self) -> dict:
        rc = self._reap()
        sig = ""
        if rc < 0:
            try:
                sig = f" ({signal.Signals(-rc).name})"
            except ValueError:
                pass
        return {"status": "crash", "reason": "crash", "detail": f"worker exited {rc}{sig}: {self._tail}"}

    def _reap(self) -> int:
        """Wait for the dead worker, keep its stderr tail, close every pipe and file."""
        proc, self.proc = self.proc, None
        rc = proc.wait()
        if self._alive_w is not None:
            os.close(self._alive_w)
            self._alive_w = None
        self._pump_thread.join(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self._stderr.seek(0)
        self._tail = self._stderr.read().decode(errors="replace")[-STDERR_TAIL_CHARS:].strip()
        self._stderr.close()
        return rc

    def kill(self) -> None:
        """End the worker and everything it started (it leads its own process group)."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._reap()

    def close(self) -> None:
        """Let the worker finish (EOF on stdin), killing it if it does not within 10 s."""
        if self.proc is None:
            return
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (subprocess.TimeoutExpired, BrokenPipeError, OSError):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self._reap()
