"""Requests on GPUs, for :class:`throttllem.clockd.server.ClockDaemon`: leasing (one client per
GPU), locking and resetting clocks (checked against the GPU's supported list before any NVML
call, covered by the daemon's watchdog), reading, and giving GPUs back with their default clocks.
The connection handling, the socket and the daemon's life cycle are in server.py."""

from __future__ import annotations

import logging
import os
import socket
import time
from dataclasses import dataclass, field

from throttllem.clockd import protocol
from throttllem.errors import InvalidArgumentError, NvmlError, ThrottllemError
from throttllem.gpu import Gpu, check_clock_mhz, select_gpu_indices
from throttllem.watchdog import GpuLease, GpuLeaseError

log = logging.getLogger("throttllem.clockd")


@dataclass
class Client:
    """One connection: its peer credentials, unread bytes, leased and locked GPUs."""

    sock: socket.socket
    pid: int
    uid: int
    gid: int
    buf: bytes = b""
    leases: dict[int, GpuLease] = field(default_factory=dict)  # NVML index -> lease file lock
    locked: set[int] = field(default_factory=set)


@dataclass
class ServedGpu:
    """A GPU the daemon serves, and its supported SM clocks (None: unknown)."""

    gpu: Gpu
    uuid: str
    name: str
    clocks: tuple[int, ...] | None


class Refusal(Exception):
    """A request refused with a protocol error type (protocol.ERROR_TYPES)."""

    def __init__(self, kind: str, message: str, **extra: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.extra = extra


class GpuOps:
    """The GPU operations of the daemon (a mixin: ClockDaemon provides ``_gpus``, ``_uuids``,
    ``_holders``, ``lease_dir``, ``use_watchdog`` and ``_tell_watchdog``)."""

    _gpus: dict[int, ServedGpu]
    _uuids: list[str]
    _holders: dict[int, Client]
    lease_dir: str | os.PathLike[str] | None
    use_watchdog: bool

    def _tell_watchdog(self, verb: str, index: int) -> bool:
        raise NotImplementedError

    def _op_gpus(self, client: Client, msg: dict) -> dict:
        return {"gpus": [{"index": i, "uuid": g.uuid, "name": g.name, "sm_clocks_mhz": list(g.clocks or ()),
                          "holder_pid": self._holders[i].pid if i in self._holders else None}
                         for i, g in sorted(self._gpus.items())]}

    def _op_acquire(self, client: Client, msg: dict) -> dict:
        sels, cvd = msg.get("gpus"), msg.get("cuda_visible_devices")
        if not isinstance(sels, list) or not sels or (cvd is not None and not isinstance(cvd, str)):
            raise protocol.ProtocolError("acquire needs 'gpus' (a non-empty list) and 'cuda_visible_devices' (a string or null)")
        try:
            indices = select_gpu_indices(sels, self._uuids, cvd)
        except InvalidArgumentError as e:
            raise Refusal("InvalidGpu", str(e)) from None
        for i in indices:
            if i not in self._gpus:
                raise Refusal("InvalidGpu", f"GPU {i} ({self._uuids[i]}) is not served by this daemon "
                               f"(it serves {sorted(self._gpus)})")
            holder = self._holders.get(i)
            if holder is not None and holder is not client:
                raise Refusal("LeaseHeld", f"GPU {i} ({self._uuids[i]}) is leased by client pid {holder.pid} "
                               f"(uid {holder.uid})", holder_pid=holder.pid)
        taken: list[int] = []
        try:
            for i in indices:
                if i in client.leases:
                    continue
                client.leases[i] = GpuLease.acquire(
                    [self._gpus[i].uuid], directory=self.lease_dir,
                    holder=f"throttllem clockd pid {os.getpid()} for client pid {client.pid}")
                self._holders[i] = client
                taken.append(i)
        except GpuLeaseError as e:
            for i in taken:
                self._give_up(client, i)
            raise Refusal("LeaseHeld", str(e), holder_pid=e.holder_pid) from None
        return {"gpus": [{"index": i, "uuid": self._uuids[i]} for i in indices]}

    def _acquired(self, client: Client, msg: dict) -> int:
        index = protocol.int_field(msg, "gpu")
        if index not in client.leases:
            raise Refusal("NotAcquired", f"GPU {index} is not acquired by this client (acquire it first)")
        return index

    def _op_set(self, client: Client, msg: dict) -> dict:
        index = self._acquired(client, msg)
        clocks = self._gpus[index].clocks
        try:
            low = check_clock_mhz(msg.get("min_mhz"), clocks)
            high = check_clock_mhz(msg.get("max_mhz"), clocks)
        except InvalidArgumentError as e:
            raise Refusal("InvalidClock", str(e)) from None
        if low > high:
            raise Refusal("InvalidClock", f"min_mhz {low} is above max_mhz {high}")
        # Leased with the watchdog before the set: a crash during the NVML call stays covered.
        if self.use_watchdog and not self._tell_watchdog("lock", index):
            raise Refusal("NoFailsafe", "the daemon's fail-safe watchdog is not running: clocks are not locked without it")
        try:
            self._gpus[index].gpu.set_locked_clocks(low, high)
        except NvmlError:
            if index not in client.locked:  # NVML refused: the clocks are as they were
                self._tell_watchdog("release", index)
            raise
        client.locked.add(index)
        return {}

    def _op_reset(self, client: Client, msg: dict) -> dict:
        index = self._acquired(client, msg)
        self._gpus[index].gpu.reset_locked_clocks()
        client.locked.discard(index)
        self._tell_watchdog("release", index)
        return {}

    def _op_read(self, client: Client, msg: dict) -> dict:
        index = protocol.int_field(msg, "gpu")
        what = msg.get("what")
        if index not in self._gpus or what not in protocol.READS:
            raise protocol.ProtocolError(f"read needs a served 'gpu' and 'what' in {protocol.READS}")
        return {"value": int(getattr(self._gpus[index].gpu, what)())}

    def _op_release(self, client: Client, msg: dict) -> dict:
        which = msg.get("gpus")
        if which is None:
            which = list(client.leases)
        if not isinstance(which, list):
            raise protocol.ProtocolError("'gpus' must be a list of indices")
        for index in which:
            self._acquired(client, {"gpu": index})
        for index in which:
            self._give_up(client, index)
        return {}

    # ---- restoring -------------------------------------------------------------------------------

    def _reset(self, client: Client, index: int) -> bool:
        for attempt in range(3):
            try:
                self._gpus[index].gpu.reset_locked_clocks()
                client.locked.discard(index)
                self._tell_watchdog("release", index)
                return True
            except ThrottllemError as e:
                if attempt == 2:
                    log.error("could not restore default clocks on GPU %d: %s", index, e)
                else:
                    time.sleep(0.05)
        return False

    def _give_up(self, client: Client, index: int) -> None:
        """Resets (if locked) and frees one GPU of a client. A GPU whose reset failed stays
        leased with the watchdog, which retries when the daemon exits."""
        if index in client.locked:
            self._reset(client, index)
        lease = client.leases.pop(index, None)
        if lease is not None:
            lease.release()
        if self._holders.get(index) is client:
            del self._holders[index]
