"""The ``throttllem`` command. Each subcommand lives in throttllem.commands.<name>."""

from __future__ import annotations

import argparse
import importlib
import sys

from throttllem._version import __version__

# Modules under throttllem.commands, each with register(subparsers) -> sets func(args) -> int.
COMMANDS = ("bench", "info", "simulate", "profile", "train", "devmap", "clprofile")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="throttllem",
        description="SLO-aware GPU clock governor for LLM serving, and OpenCL device selection.",
    )
    parser.add_argument("--version", action="version", version=f"throttllem {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"throttllem.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
