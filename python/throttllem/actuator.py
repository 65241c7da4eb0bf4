"""Asynchronous, fail-safe GPU clock actuator.

The control loop calls :meth:`Actuator.post` with a target SM clock; it returns at once. A C++
worker thread applies only the latest target (a burst of posts coalesces into one change), does
not send a change that would change nothing, reads the clock back and records the switch latency
and any mismatch (some GPUs accept a setting and then do not hold it).

A lowered clock must never outlive its controller. Layers, each covering what the one before
cannot:

1. :meth:`Actuator.close`, the context manager and the C++ destructor restore default clocks
   (normal exit, exceptions);
2. an ``atexit`` hook (interpreter exit, including an uncaught KeyboardInterrupt from SIGINT);
3. SIGTERM and SIGHUP handlers, installed only where the program has none of its own: they
   restore, then die of the same signal;
4. a watchdog process (:mod:`throttllem.watchdog`) resets the clocks when this process dies any
   other way, SIGKILL included, within milliseconds of its death.

Should the watchdog die first (the OOM killer, a stray kill), a C++ thread blocked in poll() on
its socket sees it at once: the actuator restores default clocks and turns monitor-only
(``actuating`` becomes False), so no later death leaves a GPU throttled with nobody to restore it.
One controller per GPU: each takes a per-GPU lease (:class:`throttllem.watchdog.GpuLease`), and a
second one is refused with :class:`GpuLeaseError` naming the holder's pid. ``backend="clockd"``
sends the clocks to the privileged clock daemon (:mod:`throttllem.clockd`) instead.

Monitor-only mode: without NVML, a GPU, permission to lock clocks, or the watchdog, the actuator
still accepts and records every target and says so once (a ``logging`` warning on the
``throttllem.actuator`` logger).
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import sys
import threading
import weakref
from collections.abc import Sequence
from types import FrameType

from throttllem import _core
from throttllem.errors import InvalidArgumentError
from throttllem.gpu import MAX_CLOCK_MHZ, Gpu, check_clock_mhz, gpu_key, resolve_gpus, supported_sm_clocks_mhz
from throttllem.watchdog import GpuLease, GpuLeaseError, Lease, WatchdogError

ActuatorStats = _core.ActuatorStats
SwitchRecord = _core.SwitchRecord

log = logging.getLogger("throttllem.actuator")

__all__ = ["MAX_CLOCK_MHZ", "Actuator", "ActuatorStats", "GpuLeaseError", "SwitchRecord", "restore_all"]

_live: weakref.WeakSet[Actuator] = weakref.WeakSet()
_hooks_installed = False


class Actuator:
    """Sets the SM clock of one instance's GPUs (all to the same target).

    >>> with Actuator([0]) as act:                                  # doctest: +SKIP
    ...     for step in engine:
    ...         act.post(governor.decide(board, now_s=now()).clock_mhz)
    """

    def __init__(
        self,
        gpus: Sequence[int] | Sequence[str] | Sequence[Gpu] | None = None,
        *,
        watchdog: bool = True,
        mismatch_tolerance_mhz: int = 0,
        readback_delay_s: float = 0.0,
        max_records: int = 4096,
        backend: str = "nvml",
        socket_path: str | os.PathLike[str] | None = None,
        lease_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        """``gpus``: NVML indices, UUIDs, ``"cuda:N"`` (the N-th GPU of CUDA_VISIBLE_DEVICES),
        Gpu objects, or None for every GPU. ``watchdog=False`` drops the kill -9 layer (for
        embedding in a process that has its own supervisor).

        ``backend="nvml"`` sets clocks through NVML in this process (needs root) and takes a
        per-GPU lease in ``lease_dir`` (see :func:`throttllem.watchdog.lease_dir`): a second
        controller of the same GPU gets GpuLeaseError naming the holder's pid.
        ``backend="clockd"`` asks the clock daemon at ``socket_path`` (``throttllem clockd``;
        default ``$THROTTLLEM_CLOCKD_SOCKET`` or /run/throttllem/clockd.sock): this process then
        needs neither root nor NVML's set permission, and the daemon holds the lease and
        restores the GPUs when this process exits or dies."""
        if backend not in ("nvml", "clockd"):
            raise InvalidArgumentError(f"backend must be 'nvml' or 'clockd', got {backend!r}")
        if backend == "nvml" and socket_path is not None:
            raise InvalidArgumentError("socket_path is for backend='clockd'")
        self._pid = os.getpid()
        self._lease: Lease | None = None
        self._gpu_lease: GpuLease | None = None
        self._clockd = None
        found: Sequence[Gpu]
        if backend == "clockd":
            from throttllem.clockd.client import open_clockd_gpus

            self._clockd, found = open_clockd_gpus(socket_path, gpus)  # typed errors: nothing to restore yet
            reason: str | None = None
            watchdog = False  # the daemon restores when our connection closes, however we die
        else:
            found, reason = resolve_gpus(gpus)
            if found and reason is None:
                self._gpu_lease = GpuLease.acquire(
                    [gpu_key(g) for g in found], holder=f"throttllem actuator of {' '.join(sys.argv)[:200]}",
                    directory=lease_dir)
        self._gpu_objects = list(found)  # keeps Gpu objects written in Python alive for the worker
        try:
            if found and reason is None and watchdog:
                try:
                    self._lease = Lease.start(keep_fds=self._gpu_lease.fds() if self._gpu_lease else ())
                except WatchdogError as e:
                    reason = f"the fail-safe watchdog did not start ({e}), and clocks are never locked without it"
            lease_fd = self._lease.take_fd() if self._lease else -1
            try:
                self._core = _core.Actuator(
                    found,
                    mismatch_tolerance_mhz=mismatch_tolerance_mhz,
                    readback_delay_s=readback_delay_s,
                    lease_fd=lease_fd,
                    max_records=max_records,
                    monitor_reason=reason or "",
                )
            except BaseException:
                if self._lease is not None:  # nothing was locked: let the watchdog go
                    os.close(lease_fd)
                    self._lease.wait()
                raise
        except BaseException:
            self._release_leases()
            raise
        self._clocks = supported_sm_clocks_mhz(found)
        self._accept: frozenset[int] | range = (
            frozenset(self._clocks) if self._clocks else range(1, MAX_CLOCK_MHZ + 1))
        self._warned = False
        self._closed = False
        _live.add(self)
        if reason:
            self._warn()
        else:
            _install_process_hooks()

    def post(self, clock_mhz: int) -> None:
        """Asks for ``clock_mhz`` on every GPU. Never waits for NVML.

        Raises InvalidArgumentError for a non-integer or a clock that is not in the GPUs'
        supported list (1..2^31-1 where the list cannot be read), before any NVML call: NVML takes
        unsigned int, so a larger value would wrap (2^32 + 345 becomes 345)."""
        if type(clock_mhz) is not int or clock_mhz not in self._accept:
            clock_mhz = check_clock_mhz(clock_mhz, self._clocks)  # raises, saying why; or an int-like clock
        if not self._core.post(clock_mhz) and not self._warned:
            self._warn()

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Waits until the latest target has been handled. False on timeout."""
        done = self._core.wait_idle(timeout_s)
        self._check_mode()
        return done

    def stats(self) -> ActuatorStats:
        self._check_mode()
        return self._core.stats()

    def take_records(self) -> list[SwitchRecord]:
        """Switch records since the last call (oldest first)."""
        self._check_mode()
        return self._core.take_records()

    @property
    def actuating(self) -> bool:
        return self._core.actuating

    @property
    def monitor_reason(self) -> str | None:
        """Why clocks are not being set, or None while actuating."""
        return self._core.monitor_reason or None

    @property
    def gpus(self) -> list[Gpu]:
        return self._core.gpus

    @property
    def watchdog_pid(self) -> int | None:
        return self._lease.pid if self._lease else None

    @property
    def supported_clocks_mhz(self) -> tuple[int, ...] | None:
        """SM clocks ``post`` accepts (every GPU's list, ascending), None where unknown."""
        return self._clocks

    def restore_defaults(self) -> None:
        """Resets the GPUs this actuator locked (only those). A later post locks again."""
        self._core.restore_defaults()

    def close(self) -> None:
        """Stops the worker, restores default clocks and ends the watchdog. Idempotent."""
        if self._closed or os.getpid() != self._pid:
            return  # a fork()ed child: the GPUs are the parent's
        self._closed = True
        self._core.close()
        self._check_mode()
        if self._lease is not None:
            code = self._lease.wait()
            if code is not None and code < 0:  # killed: the actuator restored when it noticed
                log.info("the fail-safe watchdog had been killed by signal %d (the actuator restored "
                         "default clocks when it died)", -code)
            elif code not in (0, None):
                log.error("the fail-safe watchdog exited with code %s (see its message above)", code)
            self._lease = None
        self._release_leases()
        _live.discard(self)

    def _release_leases(self) -> None:
        if self._gpu_lease is not None:
            self._gpu_lease.release()
            self._gpu_lease = None
        if self._clockd is not None:
            self._clockd.close()  # the daemon restores whatever is still locked
            self._clockd = None

    def __enter__(self) -> Actuator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_mode(self) -> None:
        if not self._warned and not self._core.actuating:
            self._warn()

    def _warn(self) -> None:
        self._warned = True
        log.warning(
            "GPU clocks are NOT being set (monitor-only): %s. The governor still decides and "
            "reports; each target is recorded, not applied.",
            self._core.monitor_reason,
        )


def restore_all() -> None:
    """Closes every live actuator of this process (restoring default clocks)."""
    for act in list(_live):
        try:
            act.close()
        except Exception:  # noqa: BLE001 - keep restoring the others
            log.exception("restoring default clocks failed")


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    restore_all()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)  # die of the same signal: the exit status stays truthful


def _install_process_hooks() -> None:
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    atexit.register(restore_all)
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGHUP):
            if signal.getsignal(sig) is signal.SIG_DFL:  # never replace a handler the program chose
                signal.signal(sig, _on_signal)


def _after_fork_in_child() -> None:
    # The child's copies must not restore the parent's GPUs at its exit, nor keep the
    # watchdog's socket open after the parent dies.
    for act in list(_live):
        act._core.drop_lease_fd()
        if act._gpu_lease is not None:  # the parent's lock stays: it holds its own descriptors
            act._gpu_lease.release()
            act._gpu_lease = None
        if act._clockd is not None:
            act._clockd.drop_in_child()
            act._clockd = None
    _live.clear()


os.register_at_fork(after_in_child=_after_fork_in_child)
