"""``throttllem clockd``: the privileged clock daemon (see docs/CLOCKD.md). Run it as root (or
with CAP_SYS_ADMIN); serving processes then set clocks through its socket without either."""

from __future__ import annotations

import argparse
import logging
import sys

from throttllem.errors import InvalidArgumentError


def _mode(text: str) -> int:
    try:
        return int(text, 8)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an octal mode: {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "clockd", help="privileged clock daemon: sets GPU clocks for unprivileged clients over a Unix socket",
        description="Holds NVML's permission to set clocks; clients (Actuator(backend='clockd')) lease GPUs over a "
        "Unix socket. Every GPU a client locked is restored when it disconnects or dies, and on SIGTERM/SIGINT.")
    p.add_argument("--socket", required=True, help="socket path (e.g. /run/throttllem/clockd.sock)")
    p.add_argument("--allow-uid", type=int, action="append", default=[], metavar="UID",
                   help="a uid that may use the daemon (repeatable; root always may; with no --allow-uid "
                   "and no --allow-gid only the daemon's own uid may)")
    p.add_argument("--allow-gid", type=int, action="append", default=[], metavar="GID",
                   help="a gid (primary or supplementary) that may use the daemon (repeatable)")
    p.add_argument("--socket-mode", type=_mode, default=0o660, metavar="OCTAL", help="socket permissions (default 0660)")
    p.add_argument("--socket-group", default=None, help="group to own the socket (name or gid), e.g. throttllem")
    p.add_argument("--gpus", nargs="+", default=None, metavar="GPU",
                   help="GPUs to serve: NVML indices, UUIDs or cuda:N (default: all)")
    p.add_argument("--lease-dir", default=None, help="folder of the per-GPU lease files (default: /run/throttllem)")
    p.add_argument("--no-watchdog", action="store_true", help="no fail-safe process for the daemon's own kill -9")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from throttllem.clockd.server import ClockDaemon

    if any(u < 0 for u in args.allow_uid + args.allow_gid):
        raise InvalidArgumentError("--allow-uid/--allow-gid take non-negative ids")
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="throttllem clockd: %(message)s")
    daemon = ClockDaemon(args.socket, allow_uids=args.allow_uid, allow_gids=args.allow_gid, gpus=args.gpus,
                         socket_mode=args.socket_mode, socket_group=args.socket_group,
                         lease_dir=args.lease_dir, watchdog=not args.no_watchdog)
    daemon.start()
    print(f"ready {args.socket}", flush=True)  # for supervisors and tests: the socket accepts from here on
    return daemon.serve()
