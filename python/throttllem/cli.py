"""The ``throttllem`` command. Each subcommand lives in throttllem.commands.<name>.

``main`` is the one error boundary: handlers raise typed errors and never print them; here each
becomes one line ``throttllem: error: <message>`` on stderr and an exit code (``EXIT_CODES``).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from throttllem._version import __version__

# Modules under throttllem.commands, each with register(subparsers) -> sets func(args) -> int.
COMMANDS = ("bench", "info", "simulate", "evaluate", "profile", "train", "devmap", "clprofile")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C

EXIT_CODES = f"""exit codes:
  {EXIT_OK}    success
  {EXIT_FAILURE}    runtime failure (a ThrottllemError other than bad input, or a file that cannot be read or written)
  {EXIT_USAGE}    bad input or usage (InvalidArgumentError, or a command line argparse refuses)
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)
an unexpected exception is a bug: it exits 1 with a traceback."""


def build_parser() -> argparse.ArgumentParser:
    """The ``throttllem`` parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="throttllem",
        description="SLO-aware GPU clock governor for LLM serving, and OpenCL device selection.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"throttllem {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"throttllem.commands.{name}").register(sub)
    return parser


def _one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror}"
    return _one_line(str(exc)) or type(exc).__name__


def _fail(text: str, code: int) -> int:
    print(f"throttllem: {text}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    """Runs one command; returns its exit code (see ``EXIT_CODES``). Argparse's own usage errors,
    ``--help`` and ``--version`` exit through ``SystemExit`` as argparse does (usage errors: 2)."""
    from throttllem.errors import InvalidArgumentError, ThrottllemError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args) or EXIT_OK)
    except KeyboardInterrupt as exc:
        detail = _one_line(str(exc))
        return _fail(f"interrupted{': ' + detail if detail else ''}", EXIT_INTERRUPTED)
    except InvalidArgumentError as exc:
        return _fail(f"error: {_message(exc)}", EXIT_USAGE)
    except (ThrottllemError, OSError) as exc:
        return _fail(f"error: {_message(exc)}", EXIT_FAILURE)


if __name__ == "__main__":
    sys.exit(main())
