"""Fail-safe watchdog: a small process that resets locked GPU clocks when its controller dies.

The controller (an :class:`throttllem.actuator.Actuator`) holds one end of a Unix socket whose
other end is this process's stdin. Before every clock change it sends ``lock <gpu>``; after
restoring a GPU's default clocks, or when NVML refused to lock a GPU it had not locked before, it
sends ``release <gpu>``. When the socket closes -- the controller exited, crashed, or was killed
with SIGKILL, which no handler can catch -- the kernel closes its end, this process reads
end-of-file and resets every GPU still locked. It only ever resets GPUs its controller locked, so
it never touches a shared GPU's clocks on its own.

Run by :class:`Lease`; ``python -m throttllem.watchdog`` is not meant to be started by hand.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import socket
import subprocess
import sys
import time

READY = b"ready\n"


class WatchdogError(RuntimeError):
    """The watchdog process could not be started."""


class Lease:
    """A running watchdog and the socket that keeps it waiting. The socket goes to the C++
    actuator (``take_fd``), which closes it when it is done; the kernel closes it when this
    process dies."""

    def __init__(self, proc: subprocess.Popen[bytes], sock: socket.socket) -> None:
        self._proc = proc
        self._sock: socket.socket | None = sock

    @classmethod
    def start(cls, timeout_s: float = 30.0) -> Lease:
        """Starts the watchdog and waits until it has NVML open (so a reset needs no start-up)."""
        ours, theirs = socket.socketpair()  # not inheritable: no other child holds it open
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "throttllem.watchdog", "--controller-pid", str(os.getpid())],
                stdin=theirs.fileno(),
                stdout=subprocess.PIPE,
                start_new_session=True,  # a terminal's Ctrl-C or hang-up must not reach it
                close_fds=True,
            )
        except OSError as e:
            ours.close()
            raise WatchdogError(f"could not start {sys.executable} -m throttllem.watchdog: {e}") from e
        finally:
            theirs.close()
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], timeout_s)
        line = proc.stdout.readline() if ready else b""
        proc.stdout.close()
        if line != READY:
            proc.kill()
            proc.wait()
            ours.close()
            raise WatchdogError(
                f"the watchdog did not report ready within {timeout_s:g} s "
                f"(exit code {proc.returncode}, said {line!r})"
            )
        return cls(proc, ours)

    def take_fd(self) -> int:
        """Hands the socket's file descriptor over; the caller must close it."""
        if self._sock is None:
            raise WatchdogError("the lease socket was already taken")
        fd, self._sock = self._sock.detach(), None
        return fd

    @property
    def pid(self) -> int:
        return self._proc.pid

    def alive(self) -> bool:
        return self._proc.poll() is None

    def wait(self, timeout_s: float = 5.0) -> int | None:
        """Waits for the watchdog to exit once its socket is closed. Returns its exit code, None
        if it is still running."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        try:
            return self._proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            return None


# ---- the watchdog process ----------------------------------------------------------------------


def _say(message: str) -> None:
    sys.stderr.write(f"throttllem watchdog (pid {os.getpid()}): {message}\n")
    sys.stderr.flush()


def _reset(gpus: dict, locked: set[int], why: str) -> int:  # noqa: ANN001 - dict[int, Gpu]
    """Resets every locked GPU, retrying briefly. Returns how many failed."""
    from throttllem.gpu import open_gpus

    failed = 0
    t0 = time.monotonic()
    for index in sorted(locked):
        for attempt in range(3):
            try:
                if index not in gpus:
                    gpus[index] = open_gpus([index])[0]
                gpus[index].reset_locked_clocks()
                break
            except Exception as e:  # noqa: BLE001 - report every failure, keep trying the others
                if attempt == 2:
                    failed += 1
                    _say(f"could not restore default clocks on GPU {index}: {e}")
                else:
                    time.sleep(0.05)
    if locked:
        ok = sorted(locked)
        _say(f"{why}; restored default clocks on GPU(s) {ok} in {1e3 * (time.monotonic() - t0):.1f} ms (measured)")
    locked.clear()
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m throttllem.watchdog")
    parser.add_argument("--controller-pid", type=int, default=0)
    args = parser.parse_args(argv)

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the controller handles Ctrl-C; we clean up after it
    gpus: dict = {}
    locked: set[int] = set()

    def on_term(signum: int, _frame: object) -> None:
        failed = _reset(gpus, locked, f"stopped by signal {signum}")
        os._exit(1 if failed else 0)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)

    from throttllem.gpu import NvmlLibrary, open_gpus

    try:
        nvml = NvmlLibrary.open()  # held for our lifetime: a reset then needs no NVML start-up
        for g in open_gpus():
            gpus[g.index] = g
    except Exception as e:  # noqa: BLE001 - the controller refuses to actuate without us
        _say(f"cannot open NVML: {e}")
        return 2
    os.write(1, READY)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # the controller stops reading; nothing else is ever written there
    os.close(devnull)

    pending = b""
    while True:
        try:
            chunk = os.read(0, 4096)
        except ConnectionResetError:
            chunk = b""
        except InterruptedError:
            continue
        if not chunk:
            break
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            verb, _, index = line.decode("ascii", "replace").partition(" ")
            if verb == "lock" and index.isdigit():
                locked.add(int(index))
            elif verb == "release" and index.isdigit():
                locked.discard(int(index))
    failed = _reset(gpus, locked, f"controller (pid {args.controller_pid}) went away with clocks locked")
    del nvml
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
