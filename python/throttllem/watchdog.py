"""Fail-safe watchdog: a small process that resets locked GPU clocks when its controller dies.

The controller (an :class:`throttllem.actuator.Actuator`) holds one end of a Unix socket whose
other end is this process's stdin. Before every clock change it sends ``lock <gpu>``; after
restoring a GPU's default clocks, or when NVML refused to lock a GPU it had not locked before, it
sends ``release <gpu>``. When the socket closes -- the controller exited, crashed, or was killed
with SIGKILL, which no handler can catch -- the kernel closes its end, this process reads
end-of-file and resets every GPU still locked. It only ever resets GPUs its controller locked, so
it never touches a shared GPU's clocks on its own.

Run by :class:`Lease`; ``python -m throttllem.watchdog`` is not meant to be started by hand.

:class:`GpuLease` is the other half of the fail-safe: one controller per GPU. Two controllers
locking one GPU would silently undo each other's settings, so each takes an exclusive ``flock``
on ``<lease dir>/gpu-<UUID>.lock``; the kernel drops it when the holder dies (kill -9 included).
"""

from __future__ import annotations

import argparse
import errno
import fcntl
import os
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from throttllem.errors import ThrottllemError

READY = b"ready\n"
#: Folder of the per-GPU lease files (overrides the default search).
LEASE_DIR_ENV = "THROTTLLEM_LEASE_DIR"
#: Shared by every user of the machine; created by root (e.g. systemd's RuntimeDirectory=).
SYSTEM_LEASE_DIR = Path("/run/throttllem")


class WatchdogError(RuntimeError):
    """The watchdog process could not be started."""


class GpuLeaseError(ThrottllemError):
    """Another process controls this GPU's clocks. ``holder_pid`` is its pid (None if unknown)."""

    def __init__(self, message: str, holder_pid: int | None = None) -> None:
        super().__init__(message)
        self.holder_pid = holder_pid


def lease_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where per-GPU leases live: ``explicit``, else ``$THROTTLLEM_LEASE_DIR``, else
    /run/throttllem (when it exists and is writable, or can be created: root), else
    ``$XDG_RUNTIME_DIR/throttllem``, else ``<tmp>/throttllem-<uid>``. Controllers exclude each
    other only when they use the same folder: on a shared machine, give every one the same."""
    if explicit is not None:
        return Path(explicit)
    if os.environ.get(LEASE_DIR_ENV):
        return Path(os.environ[LEASE_DIR_ENV])
    if SYSTEM_LEASE_DIR.is_dir() and os.access(SYSTEM_LEASE_DIR, os.W_OK | os.X_OK):
        return SYSTEM_LEASE_DIR
    if os.geteuid() == 0 and SYSTEM_LEASE_DIR.parent.is_dir():
        return SYSTEM_LEASE_DIR
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isdir(xdg):
        return Path(xdg) / "throttllem"
    return Path(tempfile.gettempdir()) / f"throttllem-{os.getuid()}"


def _lease_file_name(key: str) -> str:
    return "gpu-" + re.sub(r"[^A-Za-z0-9_.-]", "_", key) + ".lock"


def _read_holder(fd: int) -> tuple[int | None, str]:
    # The holder writes its line right after taking the lock: give it a moment.
    for _ in range(20):
        text = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip()
        if text:
            head = text.split()
            pid = int(head[1]) if len(head) > 1 and head[0] == "pid" and head[1].isdigit() else None
            return pid, text
        time.sleep(0.005)
    return None, "an unknown process"


class GpuLease:
    """Exclusive leases on GPUs (keyed by UUID), held as ``flock`` locks on open files: they end
    when every holder of the file descriptors closes them or dies, kill -9 included. The
    actuator hands them to its watchdog too, so a GPU stays leased until its clocks are restored.

    >>> lease = GpuLease.acquire(["GPU-1234"], holder="my server")   # doctest: +SKIP
    """

    def __init__(self, fds: dict[str, int], directory: Path) -> None:
        self._fds = fds
        self.directory = directory

    @classmethod
    def acquire(
        cls, keys: Iterable[str], *, holder: str, directory: str | os.PathLike[str] | None = None
    ) -> GpuLease:
        """Takes every lease or none. Raises GpuLeaseError naming the holder's pid."""
        folder = lease_dir(directory)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o755)
        except OSError as e:
            raise GpuLeaseError(f"cannot create the GPU lease folder {folder}: {e.strerror}") from None
        fds: dict[str, int] = {}
        try:
            for key in keys:
                if key in fds:
                    continue
                path = folder / _lease_file_name(key)
                try:
                    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
                except OSError as e:
                    raise GpuLeaseError(f"cannot open the GPU lease {path}: {e.strerror}") from None
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError as e:
                    pid, who = _read_holder(fd)
                    os.close(fd)
                    if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                        raise GpuLeaseError(f"cannot lock the GPU lease {path}: {e.strerror}") from None
                    raise GpuLeaseError(
                        f"GPU {key} is already controlled by {who} (lease {path}): one controller per GPU",
                        holder_pid=pid,
                    ) from None
                fds[key] = fd
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"pid {os.getpid()} ({holder})\n".encode(), 0)
        except BaseException:
            for fd in fds.values():
                os.close(fd)
            raise
        return cls(fds, folder)

    @property
    def keys(self) -> list[str]:
        return list(self._fds)

    def fds(self) -> list[int]:
        """The lock files' descriptors (to hand to a child that must keep the leases alive)."""
        return list(self._fds.values())

    def release(self, keys: Sequence[str] | None = None) -> None:
        """Gives up the leases (all, or those of ``keys``). The files stay: removing one could
        split a later pair of contenders across two inodes."""
        for key in list(self._fds) if keys is None else keys:
            fd = self._fds.pop(key, None)
            if fd is not None:
                os.close(fd)


class Lease:
    """A running watchdog and the socket that keeps it waiting. The socket goes to the C++
    actuator (``take_fd``), which closes it when it is done; the kernel closes it when this
    process dies."""

    def __init__(self, proc: subprocess.Popen[bytes], sock: socket.socket) -> None:
        self._proc = proc
        self._sock: socket.socket | None = sock

    @classmethod
    def start(cls, timeout_s: float = 30.0, keep_fds: Sequence[int] = ()) -> Lease:
        """Starts the watchdog and waits until it has NVML open (so a reset needs no start-up).
        ``keep_fds`` (GPU lease files) stay open in the watchdog: a GPU stays leased until the
        watchdog has restored it, even after its controller died."""
        ours, theirs = socket.socketpair()  # not inheritable: no other child holds it open
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "throttllem.watchdog", "--controller-pid", str(os.getpid())],
                stdin=theirs.fileno(),
                stdout=subprocess.PIPE,
                start_new_session=True,  # a terminal's Ctrl-C or hang-up must not reach it
                close_fds=True,
                pass_fds=tuple(keep_fds),
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
