"""The clock daemon's wire protocol, version 1: newline-delimited JSON over a Unix stream socket.

Each request is one line, a JSON object ``{"v": 1, "id": <int>, "op": <str>, ...}``; the daemon
answers each with one line ``{"v": 1, "id": <same>, "ok": true, "result": {...}}`` or
``{"v": 1, "id": <same>, "ok": false, "error": {"type": <str>, "message": <str>, ...}}``, in
order. A line longer than :data:`MAX_LINE` bytes, or not a JSON object, ends the connection.

Operations (fields besides ``v``, ``id``, ``op``):

========== ============================================= ==========================================
op         fields                                        result
========== ============================================= ==========================================
hello      ``client`` (a name, for logs)                 ``server``, ``version``, ``protocol``,
                                                         ``pid``, ``peer`` (pid, uid, gid)
gpus       --                                            ``gpus``: index, uuid, name,
                                                         ``sm_clocks_mhz``, ``holder_pid``
acquire    ``gpus`` (selectors: NVML index, UUID,        ``gpus``: [{index, uuid}] in the order
           ``"cuda:N"``), ``cuda_visible_devices``       asked; all or none
set        ``gpu`` (index), ``min_mhz``, ``max_mhz``     ``{}``: locked (the GPU must be acquired)
reset      ``gpu``                                       ``{}``: default clocks back
read       ``gpu``, ``what`` (one of :data:`READS`)      ``value``
release    ``gpus`` (indices; all when absent)           ``{}``: reset and lease given up
========== ============================================= ==========================================

Error ``type`` values: see :data:`ERROR_TYPES`. ``LeaseHeld`` carries ``holder_pid``.
"""

from __future__ import annotations

import json

PROTOCOL_VERSION = 1
#: Longest accepted line (bytes, newline included).
MAX_LINE = 65536
OPS = ("hello", "gpus", "acquire", "set", "reset", "read", "release")
#: Read-only GPU queries a client may ask the daemon for (the client may have no NVML at all).
READS = ("sm_clock_mhz", "memory_clock_mhz", "power_mw", "energy_mj", "clock_event_reasons", "power_limit_mw")
ERROR_TYPES = (
    "BadRequest",  # not valid protocol: unknown op, missing or mistyped field, wrong version
    "NotAllowed",  # the peer's uid/gid is not on the daemon's allow list
    "LeaseHeld",  # another client (or a direct controller) holds the GPU; see holder_pid
    "NotAcquired",  # set/reset/release on a GPU this client did not acquire
    "InvalidGpu",  # a selector that names no GPU the daemon serves
    "InvalidClock",  # not an integer in the GPU's supported list
    "NoFailsafe",  # the daemon's own watchdog is gone: it locks nothing until it is back
    "NvmlError",
    "NvmlNoPermission",
    "NvmlNotSupported",
    "NvmlGpuLost",
)


class ProtocolError(ValueError):
    """A line that is not a valid message."""


def encode(message: dict) -> bytes:
    """One message as a line (compact JSON, ASCII, newline-terminated)."""
    line = json.dumps(message, separators=(",", ":"), ensure_ascii=True).encode("ascii") + b"\n"
    if len(line) > MAX_LINE:
        raise ProtocolError(f"message of {len(line)} bytes exceeds {MAX_LINE}")
    return line


def decode(line: bytes) -> dict:
    """A line (without or with its newline) as a message object; ProtocolError if it is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise ProtocolError(f"not JSON: {e}") from None
    if not isinstance(message, dict):
        raise ProtocolError("a message must be a JSON object")
    return message


def request(op: str, request_id: int, **fields: object) -> dict:
    return {"v": PROTOCOL_VERSION, "id": request_id, "op": op, **fields}


def ok(request_id: object, result: dict | None = None) -> dict:
    return {"v": PROTOCOL_VERSION, "id": request_id, "ok": True, "result": result or {}}


def error(request_id: object, kind: str, message: str, **extra: object) -> dict:
    return {"v": PROTOCOL_VERSION, "id": request_id, "ok": False, "error": {"type": kind, "message": message, **extra}}


def int_field(message: dict, name: str) -> int:
    """An integer field (bool refused); ProtocolError otherwise."""
    value = message.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"field {name!r} must be an integer, got {value!r}")
    return value
