"""Clock sweeps: lock the SM clock at each level of a profile, restore the default afterwards.

Clocks are set through :class:`throttllem.actuator.Actuator`, whose layers restore the default
clocks on every way out: normal exit, exceptions, Ctrl-C (KeyboardInterrupt unwinds through
:meth:`ClockSweep.__exit__`), SIGTERM/SIGHUP, interpreter exit, and -- through its watchdog
process -- even SIGKILL. Without permission the sweep refuses before the first change instead of
profiling at clocks it did not get. **Never run a sweep on a shared GPU** (other users' work would run at the locked clock too).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from throttllem import gpu as nvml_gpus
from throttllem.actuator import Actuator
from throttllem.errors import NvmlError, ThrottllemError

log = logging.getLogger("throttllem.profiler")


class ClockControlRefused(ThrottllemError):
    """This process may not lock the GPU's clocks (not root, a container, no NVML...)."""


class ClockSweepError(ThrottllemError):
    """A clock change failed during the sweep (the default clocks have been restored)."""


@dataclass(frozen=True)
class LockedClock:
    """A lock that took effect: what was asked, and what NVML read back right after."""

    requested_mhz: int
    readback_mhz: tuple[int, ...]
    mismatch: bool


class ClockSweep:
    """Context manager that locks ``gpu_index`` at requested clocks, one at a time.

    >>> with ClockSweep(0) as sweep:                                # doctest: +SKIP
    ...     for mhz in (900, 1200, 1980):
    ...         sweep.lock(mhz)
    ...         profile_everything()
    """

    def __init__(self, gpu_index: int, *, watchdog: bool = True) -> None:
        self.gpu_index = int(gpu_index)
        self._watchdog = watchdog
        self._actuator = None

    def __enter__(self) -> ClockSweep:
        try:
            gpu = nvml_gpus.open_gpus([self.gpu_index])[0]
            control = gpu.clock_control()
        except NvmlError as e:
            raise ClockControlRefused(f"cannot sweep clocks of GPU {self.gpu_index}: {e}") from None
        if not control.permitted:
            raise ClockControlRefused(
                f"cannot sweep clocks of GPU {self.gpu_index}: {control.reason}. Run as root on a "
                "machine you may change, or profile at the GPU's own clock (no --clocks).")
        self._actuator = Actuator([gpu], watchdog=self._watchdog)
        if not self._actuator.actuating:
            reason = self._actuator.monitor_reason
            self._close()
            raise ClockControlRefused(f"cannot sweep clocks of GPU {self.gpu_index}: {reason}")
        return self

    def lock(self, clock_mhz: int, timeout_s: float = 10.0) -> LockedClock:
        """Locks the SM clock at ``clock_mhz`` (min = max) and waits until it is applied."""
        act = self._actuator
        if act is None:
            raise ClockSweepError("ClockSweep.lock outside its with-block")
        act.post(int(clock_mhz))
        if not act.flush(timeout_s):
            raise ClockSweepError(f"locking {clock_mhz} MHz did not finish within {timeout_s} s")
        if not act.actuating:  # e.g. NVML answered NO_PERMISSION to the first real change
            raise ClockControlRefused(f"cannot lock GPU {self.gpu_index} at {clock_mhz} MHz: {act.monitor_reason}")
        records = [r for r in act.take_records() if r.target_mhz == int(clock_mhz)]
        if not records:  # the actuator skipped a no-op change: the clock is already locked there
            return LockedClock(int(clock_mhz), (), False)
        last = records[-1]
        if last.error:
            raise ClockSweepError(f"locking GPU {self.gpu_index} at {clock_mhz} MHz failed: {last.error}")
        if last.mismatch:
            log.warning("GPU %d: asked for %d MHz, read back %s MHz", self.gpu_index, clock_mhz,
                        list(last.readback_mhz))
        return LockedClock(int(clock_mhz), tuple(last.readback_mhz), bool(last.mismatch))

    def _close(self) -> None:
        if self._actuator is not None:
            act, self._actuator = self._actuator, None
            act.close()  # restores the default clocks of the GPUs it locked

    def __exit__(self, *exc: object) -> None:
        self._close()
