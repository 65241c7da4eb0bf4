"""The clock daemon: the one process that holds NVML's permission to set clocks.

Serving processes connect over a Unix socket (protocol: :mod:`throttllem.clockd.protocol`). Each
connection is checked once, at accept, with SO_PEERCRED: root, and the uids and gids on the allow
list (supplementary groups included), may use it; with no list, only the daemon's own uid. A
client leases GPUs (one client per GPU; the lease files of :class:`throttllem.watchdog.GpuLease`
also keep out a controller that sets clocks directly) and may then lock and reset their clocks.

Restoring is the point: when a client disconnects -- however it ends, kill -9 included, the kernel
closes its socket -- every GPU locked for it is reset at once; on SIGTERM, SIGINT or SIGHUP the
daemon resets every GPU it locked and exits; and should the daemon itself be killed, its own
watchdog (:mod:`throttllem.watchdog`) resets them. If that watchdog dies, the daemon resets every
locked GPU at once and starts a new one (it refuses to lock while it has none).

The requests on GPUs (leases, set, reset, read, release) are in :mod:`throttllem.clockd.ops`.
One request is served at a time (a clock switch takes milliseconds); a client that pipelines
requests without reading the answers is disconnected rather than allowed to stall the others.
"""

from __future__ import annotations

import grp
import logging
import os
import selectors
import signal
import socket
import stat
import struct
import time
from collections.abc import Sequence
from pathlib import Path

from throttllem._version import __version__
from throttllem.clockd import protocol
from throttllem.clockd.ops import Client, GpuOps, Refusal, ServedGpu
from throttllem.errors import InvalidArgumentError, NvmlError, ThrottllemError
from throttllem.gpu import gpu_key, open_gpus, select_gpu_indices, supported_sm_clocks_mhz
from throttllem.watchdog import Lease, WatchdogError

log = logging.getLogger("throttllem.clockd")

__all__ = ["ClockDaemon", "ClockdStartError"]


class ClockdStartError(ThrottllemError):
    """The daemon could not start (socket in use, no NVML, a bad allow list...)."""


def _peer_groups(pid: int) -> set[int]:
    """Supplementary groups of a peer (SO_PEERCRED gives only the primary gid)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("Groups:"):
                    return {int(g) for g in line.split()[1:]}
    except OSError:
        pass
    return set()


class ClockDaemon(GpuOps):
    """``throttllem clockd``. ``gpus``: selectors of the GPUs to serve (None: all)."""

    def __init__(
        self,
        socket_path: str | os.PathLike[str],
        *,
        allow_uids: Sequence[int] = (),
        allow_gids: Sequence[int] = (),
        gpus: Sequence[int | str] | None = None,
        socket_mode: int = 0o660,
        socket_group: str | int | None = None,
        lease_dir: str | os.PathLike[str] | None = None,
        watchdog: bool = True,
    ) -> None:
        if not 0 <= socket_mode <= 0o777:
            raise InvalidArgumentError(f"socket mode must be within 0000..0777, got {socket_mode:o}")
        self.path = Path(socket_path)
        self.allow_uids = {int(u) for u in allow_uids}
        self.allow_gids = {int(g) for g in allow_gids}
        self.socket_mode = socket_mode
        self.socket_gid = self._gid(socket_group)
        self.lease_dir = lease_dir
        self.use_watchdog = watchdog
        try:
            every = open_gpus()
        except NvmlError as e:
            raise ClockdStartError(f"the clock daemon needs NVML: {e}") from None
        self._uuids = [gpu_key(g) for g in every]
        chosen = range(len(every)) if gpus is None else select_gpu_indices(
            list(gpus), self._uuids, os.environ.get("CUDA_VISIBLE_DEVICES"))
        self._gpus = {i: ServedGpu(every[i], self._uuids[i], every[i].name(), supported_sm_clocks_mhz([every[i]]))
                      for i in chosen}
        self._holders: dict[int, Client] = {}
        self._clients: dict[int, Client] = {}  # by socket fd
        self._watchdog: Lease | None = None
        self._wd_sock: socket.socket | None = None
        self._stop_signal: int | None = None
        self._sel = selectors.DefaultSelector()
        self._listener: socket.socket | None = None

    @staticmethod
    def _gid(group: str | int | None) -> int | None:
        if group is None:
            return None
        if isinstance(group, int) or str(group).isdigit():
            return int(group)
        try:
            return grp.getgrnam(str(group)).gr_gid
        except KeyError:
            raise InvalidArgumentError(f"no group named {group!r}") from None

    # ---- life cycle ------------------------------------------------------------------------------

    def start(self) -> None:
        """Listens and starts the watchdog (connections wait in the backlog until serve()).
        Separate from serve() so a caller can report ready."""
        self._listener = self._bind()
        self._sel.register(self._listener, selectors.EVENT_READ, "listen")
        if self.use_watchdog:
            try:
                self._start_watchdog()
            except BaseException:
                self.shutdown("start-up failed")
                raise

    def serve(self) -> int:
        """Serves until SIGTERM, SIGINT or SIGHUP (or stop()); restores every GPU; returns 0."""
        if self._listener is None:
            self.start()
        wake_r, wake_w = socket.socketpair()
        wake_r.setblocking(False)
        wake_w.setblocking(False)
        self._sel.register(wake_r, selectors.EVENT_READ, "wake")
        old_wakeup = signal.set_wakeup_fd(wake_w.fileno())
        old = {s: signal.signal(s, self._on_signal) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        log.info("clockd %s (pid %d) serving GPU(s) %s on %s", __version__, os.getpid(),
                 sorted(self._gpus), self.path)
        try:
            while self._stop_signal is None:
                for key, _ in self._sel.select():
                    if key.data == "listen":
                        self._accept()
                    elif key.data == "wake":
                        try:
                            wake_r.recv(4096)
                        except BlockingIOError:
                            pass
                    elif key.data == "watchdog":
                        self._watchdog_died()
                    else:
                        self._readable(key.data)
        finally:
            signal.set_wakeup_fd(old_wakeup)
            for s, h in old.items():
                signal.signal(s, h)
            self._sel.unregister(wake_r)
            wake_r.close()
            wake_w.close()
            self.shutdown(f"signal {self._stop_signal}" if self._stop_signal else "stopped")
        return 0

    def _on_signal(self, signum: int, _frame: object) -> None:
        self._stop_signal = signum

    def shutdown(self, why: str) -> None:
        """Restores every GPU of every client, removes the socket, ends the watchdog."""
        for client in list(self._clients.values()):
            self._disconnect(client, f"the daemon is stopping ({why})")
        if self._listener is not None:
            self._sel.unregister(self._listener)
            self._listener.close()
            self._listener = None
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
        self._stop_watchdog()

    def _bind(self) -> socket.socket:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists() or self.path.is_symlink():
            if not stat.S_ISSOCK(os.lstat(self.path).st_mode):
                raise ClockdStartError(f"{self.path} exists and is not a socket")
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(str(self.path))
            except OSError:
                os.unlink(self.path)  # stale: its daemon is gone
            else:
                raise ClockdStartError(f"another clock daemon already listens on {self.path}")
            finally:
                probe.close()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        old = os.umask(0o177)  # born 0600: nobody else can connect before chmod/chown below
        try:
            sock.bind(str(self.path))
            if self.socket_gid is not None:
                os.chown(self.path, -1, self.socket_gid)
            os.chmod(self.path, self.socket_mode)
            sock.listen(64)
        except OSError as e:
            sock.close()
            raise ClockdStartError(f"cannot listen on {self.path}: {e.strerror}") from None
        finally:
            os.umask(old)
        sock.setblocking(False)
        return sock

    # ---- the daemon's own fail-safe --------------------------------------------------------------

    def _start_watchdog(self) -> None:
        try:
            self._watchdog = Lease.start()
        except WatchdogError as e:
            self._watchdog = None
            log.error("no fail-safe watchdog (%s): clock changes are refused until one runs", e)
            return
        self._wd_sock = socket.socket(fileno=self._watchdog.take_fd())
        self._sel.register(self._wd_sock, selectors.EVENT_READ, "watchdog")
        for client in self._clients.values():  # after a restart: re-lease what is locked
            for index in client.locked:
                self._tell_watchdog("lock", index)

    def _stop_watchdog(self) -> None:
        if self._wd_sock is not None:
            self._sel.unregister(self._wd_sock)
            self._wd_sock.close()
            self._wd_sock = None
        if self._watchdog is not None:
            self._watchdog.wait()
            self._watchdog = None

    def _tell_watchdog(self, verb: str, index: int) -> bool:
        if not self.use_watchdog:
            return True
        if self._wd_sock is None:
            return False
        try:
            self._wd_sock.sendall(f"{verb} {index}\n".encode())
            return True
        except OSError:
            return False

    def _watchdog_died(self) -> None:
        locked = [(c, i) for c in self._clients.values() for i in sorted(c.locked)]
        log.error("the fail-safe watchdog died: restoring %d locked GPU(s) now, then starting a new one", len(locked))
        for client, index in locked:
            self._reset(client, index)
        self._stop_watchdog()
        self._start_watchdog()

    # ---- connections -----------------------------------------------------------------------------

    def _allowed(self, pid: int, uid: int, gid: int) -> bool:
        if uid == 0:
            return True
        if not self.allow_uids and not self.allow_gids:
            return uid == os.geteuid()
        return uid in self.allow_uids or bool(({gid} | _peer_groups(pid)) & self.allow_gids)

    def _accept(self) -> None:
        assert self._listener is not None
        try:
            sock, _ = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        pid, uid, gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
        if not self._allowed(pid, uid, gid):
            log.warning("refused pid %d (uid %d, gid %d): not on the allow list", pid, uid, gid)
            try:
                sock.sendall(protocol.encode(protocol.error(None, "NotAllowed",
                             f"uid {uid} / gid {gid} (pid {pid}) may not use this clock daemon; "
                             "ask for --allow-uid/--allow-gid")))
            except OSError:
                pass
            sock.close()
            return
        sock.setblocking(False)
        client = Client(sock, pid, uid, gid)
        self._clients[sock.fileno()] = client
        self._sel.register(sock, selectors.EVENT_READ, client)

    def _readable(self, client: Client) -> None:
        try:
            chunk = client.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._disconnect(client, "it disconnected")
            return
        client.buf += chunk
        while b"\n" in client.buf:
            line, _, client.buf = client.buf.partition(b"\n")
            try:
                reply = self._handle(client, protocol.decode(line))
            except protocol.ProtocolError as e:
                reply = protocol.error(None, "BadRequest", str(e))
            try:
                client.sock.sendall(protocol.encode(reply))
            except OSError:  # includes a full send buffer: a client that does not read
                self._disconnect(client, "it stopped reading answers")
                return
        if len(client.buf) > protocol.MAX_LINE:
            self._disconnect(client, "it sent a line over the protocol's limit")

    def _disconnect(self, client: Client, why: str) -> None:
        t0 = time.monotonic()
        restored = sorted(client.locked)
        for index in list(client.leases):
            self._give_up(client, index)
        self._clients.pop(client.sock.fileno(), None)
        self._sel.unregister(client.sock)
        client.sock.close()
        if restored:
            log.warning("client pid %d: %s; restored default clocks on GPU(s) %s in %.1f ms (measured)",
                        client.pid, why, restored, 1e3 * (time.monotonic() - t0))

    # ---- requests --------------------------------------------------------------------------------

    def _handle(self, client: Client, msg: dict) -> dict:
        rid = msg.get("id")
        if msg.get("v") != protocol.PROTOCOL_VERSION:
            return protocol.error(rid, "BadRequest", f"protocol version {msg.get('v')!r} is not "
                                  f"{protocol.PROTOCOL_VERSION}, the one this daemon speaks")
        op = msg.get("op")
        handler = getattr(self, f"_op_{op}", None) if op in protocol.OPS else None
        if handler is None:
            return protocol.error(rid, "BadRequest", f"unknown op {op!r} (known: {', '.join(protocol.OPS)})")
        try:
            return protocol.ok(rid, handler(client, msg))
        except protocol.ProtocolError as e:
            return protocol.error(rid, "BadRequest", str(e))
        except Refusal as e:
            return protocol.error(rid, e.kind, str(e), **e.extra)
        except NvmlError as e:
            return protocol.error(rid, type(e).__name__, str(e), code=getattr(e, "code", 999))

    def _op_hello(self, client: Client, msg: dict) -> dict:
        log.info("client pid %d (uid %d) says hello: %s", client.pid, client.uid, str(msg.get("client"))[:80])
        return {"server": "throttllem clockd", "version": __version__, "protocol": protocol.PROTOCOL_VERSION,
                "pid": os.getpid(), "peer": {"pid": client.pid, "uid": client.uid, "gid": client.gid}}
