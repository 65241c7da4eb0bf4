"""Client of the clock daemon, and :class:`ClockdGpu`: a :class:`throttllem.gpu.Gpu` whose clock
calls go to the daemon, so :class:`throttllem.actuator.Actuator` (``backend="clockd"``) drives
GPUs without root. The connection is the lease: when it closes -- this process exits, crashes or
is killed with SIGKILL -- the daemon restores every GPU it locked for it."""

from __future__ import annotations

import os
import socket
import stat
import threading
from collections.abc import Sequence

from throttllem.clockd import protocol
from throttllem.errors import (
    InvalidArgumentError,
    NvmlError,
    NvmlGpuLost,
    NvmlNoPermission,
    NvmlNotSupported,
    ThrottllemError,
)
from throttllem.gpu import ClockControl, Gpu
from throttllem.watchdog import GpuLeaseError

#: Where clients look for the daemon unless told otherwise.
DEFAULT_SOCKET = "/run/throttllem/clockd.sock"
SOCKET_ENV = "THROTTLLEM_CLOCKD_SOCKET"

__all__ = ["DEFAULT_SOCKET", "SOCKET_ENV", "ClockdClient", "ClockdError", "ClockdGpu", "ClockdRefused", "open_clockd_gpus"]


class ClockdError(ThrottllemError):
    """The clock daemon could not be reached, went away, or refused a request."""


class ClockdRefused(ClockdError):
    """This process may not use the daemon: no permission on its socket, or a uid/gid that is
    not on its allow list."""


_NVML_ERRORS = {"NvmlNoPermission": NvmlNoPermission, "NvmlNotSupported": NvmlNotSupported,
                "NvmlGpuLost": NvmlGpuLost, "NvmlError": NvmlError}


def socket_path(explicit: str | os.PathLike[str] | None = None) -> str:
    """``explicit``, else ``$THROTTLLEM_CLOCKD_SOCKET``, else /run/throttllem/clockd.sock."""
    return os.fspath(explicit) if explicit is not None else os.environ.get(SOCKET_ENV) or DEFAULT_SOCKET


def _describe(path: str) -> str:
    try:
        st = os.stat(path)
    except OSError:
        return ""
    return f" (mode {stat.S_IMODE(st.st_mode):04o}, owner uid {st.st_uid}, group gid {st.st_gid})"


class ClockdClient:
    """One connection to the daemon. Thread-safe: one request at a time."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, timeout_s: float = 10.0,
                 name: str = "throttllem") -> None:
        self.path = socket_path(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        sock.settimeout(timeout_s)
        try:
            sock.connect(self.path)
        except PermissionError:
            sock.close()
            raise ClockdRefused(
                f"no permission to connect to the clock daemon's socket {self.path}{_describe(self.path)}: "
                "run as a member of its group") from None
        except (FileNotFoundError, ConnectionRefusedError) as e:
            sock.close()
            raise ClockdError(f"no clock daemon listens at {self.path} ({e.strerror}); "
                              "start one with `throttllem clockd --socket PATH`") from None
        self._sock: socket.socket | None = sock
        self._lock = threading.Lock()
        self._buf = b""
        self._next_id = 1
        self.server: dict = self.request("hello", client=name)

    def request(self, op: str, **fields: object) -> dict:
        """Sends one request and returns its result; raises the typed error the daemon names."""
        with self._lock:
            if self._sock is None:
                raise ClockdError(f"the connection to the clock daemon at {self.path} is closed")
            request_id, self._next_id = self._next_id, self._next_id + 1
            try:
                try:
                    self._sock.sendall(protocol.encode(protocol.request(op, request_id, **fields)))
                except OSError:
                    pass  # a daemon that refused us at connect has closed, but its answer waits to be read
                reply = self._read_line()
            except (OSError, protocol.ProtocolError) as e:
                self._drop()
                raise ClockdError(f"lost the clock daemon at {self.path}: {e}") from None
        if reply.get("id") is None and not reply.get("ok"):  # refused at connect, before any request
            raise _typed(reply.get("error") or {})
        if reply.get("id") != request_id:
            raise ClockdError(f"the clock daemon answered request {reply.get('id')!r}, not {request_id}")
        if reply.get("ok"):
            return reply.get("result") or {}
        raise _typed(reply.get("error") or {})

    def _read_line(self) -> dict:
        assert self._sock is not None
        while b"\n" not in self._buf:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise ConnectionResetError("it closed the connection")
            self._buf += chunk
            if len(self._buf) > protocol.MAX_LINE:
                raise protocol.ProtocolError("answer longer than the protocol allows")
        line, _, self._buf = self._buf.partition(b"\n")
        return protocol.decode(line)

    def gpus(self) -> list[dict]:
        """The GPUs the daemon serves: index, uuid, name, sm_clocks_mhz, holder_pid."""
        return self.request("gpus")["gpus"]

    def acquire(self, selectors: Sequence[int | str], cuda_visible_devices: str | None = None) -> list[dict]:
        """Leases GPUs (NVML indices, UUIDs, or ``"cuda:N"`` read against
        ``cuda_visible_devices``). All or none; GpuLeaseError names the holder's pid."""
        return self.request("acquire", gpus=list(selectors), cuda_visible_devices=cuda_visible_devices)["gpus"]

    def set_locked_clocks(self, gpu: int, min_mhz: int, max_mhz: int) -> None:
        self.request("set", gpu=gpu, min_mhz=min_mhz, max_mhz=max_mhz)

    def reset(self, gpu: int) -> None:
        self.request("reset", gpu=gpu)

    def read(self, gpu: int, what: str) -> int:
        return self.request("read", gpu=gpu, what=what)["value"]

    def release(self, gpus: Sequence[int] | None = None) -> None:
        """Restores and gives up the GPUs (all when None)."""
        self.request("release", **({} if gpus is None else {"gpus": list(gpus)}))

    def close(self) -> None:
        """Closes the connection: the daemon restores every GPU still locked for it."""
        with self._lock:
            self._drop()

    def drop_in_child(self) -> None:
        """In a fork()ed child: closes this copy of the socket (the parent's stays), taking no lock."""
        if self._sock is not None:
            self._sock.detach()
            self._sock = None

    def _drop(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> ClockdClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _typed(err: dict) -> ThrottllemError:
    kind, message = str(err.get("type")), f"clock daemon: {err.get('message')}"
    if kind == "NotAllowed":
        return ClockdRefused(message)
    if kind == "LeaseHeld":
        return GpuLeaseError(message, holder_pid=err.get("holder_pid"))
    if kind in ("InvalidClock", "InvalidGpu"):
        return InvalidArgumentError(message)
    if kind in _NVML_ERRORS:
        exc = _NVML_ERRORS[kind](message)
        exc.code = int(err.get("code", 999))
        return exc
    return ClockdError(message)


class ClockdGpu(Gpu):
    """A GPU whose clocks the daemon sets. A lost daemon reads as NVML_ERROR_NO_PERMISSION, which
    turns an actuator monitor-only (the daemon's own watchdog restores the clocks)."""

    def __init__(self, client: ClockdClient, info: dict) -> None:
        Gpu.__init__(self, int(info["index"]))
        self._client = client
        self._info = info

    def _call(self, fn, *args):  # noqa: ANN001, ANN202 - a thin forwarder
        try:
            return fn(*args)
        except (ClockdError, GpuLeaseError) as e:
            exc = NvmlNoPermission(f"clock control through the clock daemon is lost: {e}")
            exc.code = 4
            raise exc from None

    def name(self) -> str:
        return str(self._info["name"])

    def uuid(self) -> str:
        return str(self._info["uuid"])

    def supported_memory_clocks_mhz(self) -> list[int]:
        return [0]  # the daemon gives the SM clocks at the top memory clock only

    def supported_graphics_clocks_mhz(self, memory_clock_mhz: int) -> list[int]:
        return sorted(self._info["sm_clocks_mhz"], reverse=True)

    def set_locked_clocks(self, min_mhz: int, max_mhz: int) -> None:
        self._call(self._client.set_locked_clocks, self.index, min_mhz, max_mhz)

    def reset_locked_clocks(self) -> None:
        self._call(self._client.reset, self.index)

    def _read(self, what: str) -> int:
        return self._call(self._client.read, self.index, what)

    def sm_clock_mhz(self) -> int:
        return self._read("sm_clock_mhz")

    def memory_clock_mhz(self) -> int:
        return self._read("memory_clock_mhz")

    def power_mw(self) -> int:
        return self._read("power_mw")

    def energy_mj(self) -> int:
        return self._read("energy_mj")

    def clock_event_reasons(self) -> int:
        return self._read("clock_event_reasons")

    def power_limit_mw(self) -> int:
        return self._read("power_limit_mw")

    def clock_control(self) -> ClockControl:
        return ClockControl(True, f"through the clock daemon at {self._client.path}")


def open_clockd_gpus(path: str | os.PathLike[str] | None,
                     gpus: Sequence[int] | Sequence[str] | Sequence[Gpu] | None) -> tuple[ClockdClient, list[ClockdGpu]]:
    """Connects, leases ``gpus`` (None: every GPU the daemon serves) and returns the client with
    one ClockdGpu per GPU, in the order asked."""
    if gpus is not None and any(isinstance(g, Gpu) for g in gpus):
        raise InvalidArgumentError("backend='clockd' takes GPU indices, UUIDs or 'cuda:N', not Gpu objects")
    client = ClockdClient(path)
    try:
        served = {g["index"]: g for g in client.gpus()}
        selectors = list(gpus) if gpus is not None else sorted(served)
        if not selectors:
            raise InvalidArgumentError("no GPU was asked for")
        got = client.acquire(selectors, cuda_visible_devices=os.environ.get("CUDA_VISIBLE_DEVICES"))
        return client, [ClockdGpu(client, served[g["index"]]) for g in got]
    except BaseException:
        client.close()
        raise
