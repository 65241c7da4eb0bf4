"""The ``throttllem`` command. Each subcommand lives in throttllem.commands.<name>.

``main`` is the one error boundary: handlers raise typed errors and never print them; here each
becomes one line ``throttllem: error: <message>`` on stderr and an exit code (``EXIT_CODES``).

Flags every command gets for free (``_add_common_flags``, applied to each command's parser after
``register``, so a new command added to ``COMMANDS`` needs no code for them):

- ``-v/--verbose`` (repeatable) and ``-q/--quiet``: log level of the ``throttllem`` loggers on
  stderr (default warnings; -v info, -vv debug; -q errors only, and no progress bars);
- ``--json``: on commands that report (their parser has ``set_defaults(reports_json=True)``; the
  handler prints its document with ``throttllem.commands.report.emit``): one JSON document on
  stdout, also on failure: ``{"error": <message>, "exit_code": <code>}``.

Each flag also works before the command (``throttllem --json info``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from typing import NoReturn

from throttllem._version import __version__

# Modules under throttllem.commands, each with register(subparsers) -> sets func(args) -> int.
COMMANDS = ("bench", "info", "simulate", "evaluate", "profile", "train", "devmap", "clprofile", "clockd")

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


class UsageError(Exception):
    """A command line argparse refuses (raised instead of argparse's print-and-exit, so that
    ``--json`` can still answer in JSON)."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(self, message)


def _add_common_flags(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """-v/-q (and --json where the command reports) on ``parser`` and every subcommand below it.

    Below the top level the defaults are SUPPRESS: a subcommand's default must not overwrite a
    flag given before the command name."""
    default = (lambda value: value) if top else (lambda value: argparse.SUPPRESS)
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if top or not subparsers or parser.get_default("func") is not None:
        group = parser.add_argument_group("output")
        group.add_argument("-v", "--verbose", action="count", default=default(0),
                           help="more log output on stderr (-v info, -vv debug)")
        group.add_argument("-q", "--quiet", action="store_true", default=default(False),
                           help="only errors on stderr; no progress bars")
        if top or parser.get_default("reports_json"):
            group.add_argument("--json", action="store_true", default=default(False),
                               help="one JSON document on stdout, also on failure ({error, exit_code})")
    for action in subparsers:
        for name, sub in action.choices.items():
            if sub is not parser:
                _add_common_flags(sub)


def build_parser() -> argparse.ArgumentParser:
    """The ``throttllem`` parser with every subcommand registered."""
    parser = _Parser(
        prog="throttllem",
        description="SLO-aware GPU clock governor for LLM serving, and OpenCL device selection.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"throttllem {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"throttllem.commands.{name}").register(sub)
    _add_common_flags(parser, top=True)
    return parser


class _Stderr(logging.StreamHandler):
    """A log handler writing to the ``sys.stderr`` of the moment (main may run many times in one
    process, e.g. under pytest, which swaps the stream)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def _configure_output(args: argparse.Namespace) -> None:
    """Log level from -v/-q; -q also turns off progress bars where a command has them."""
    level = logging.ERROR if args.quiet else (logging.WARNING, logging.INFO)[min(args.verbose, 1)]
    if args.verbose >= 2:
        level = logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(name)s: %(message)s", handlers=[_Stderr()])
    logging.getLogger("throttllem").setLevel(level)
    if args.quiet and hasattr(args, "no_progress"):
        args.no_progress = True


def _one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror}"
    return _one_line(str(exc)) or type(exc).__name__


def _fail(text: str, code: int, as_json: bool = False) -> int:
    print(f"throttllem: {text}", file=sys.stderr)
    if as_json:
        print(json.dumps({"error": text.removeprefix("error: "), "exit_code": code}))
    return code


def main(argv: list[str] | None = None) -> int:
    """Runs one command; returns its exit code (see ``EXIT_CODES``). Argparse's own usage errors,
    ``--help`` and ``--version`` exit through ``SystemExit`` as argparse does (usage errors: 2;
    with ``--json`` anywhere on the line the error is also printed as JSON on stdout)."""
    from throttllem.errors import InvalidArgumentError, ThrottllemError

    words = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        if "--json" in words:
            print(json.dumps({"error": str(exc), "exit_code": EXIT_USAGE}))
        argparse.ArgumentParser.error(exc.parser, str(exc))  # usage and message on stderr, SystemExit(2)
    as_json = bool(args.json)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return _fail("error: no command given", EXIT_USAGE, as_json)
    if as_json and not getattr(args, "reports_json", False):
        return _fail(f"error: --json: `throttllem {args.command}` prints no report (commands with --json: "
                     f"{', '.join(json_commands(parser))})", EXIT_USAGE, True)
    _configure_output(args)
    try:
        return int(args.func(args) or EXIT_OK)
    except KeyboardInterrupt as exc:
        detail = _one_line(str(exc))
        return _fail(f"interrupted{': ' + detail if detail else ''}", EXIT_INTERRUPTED, as_json)
    except InvalidArgumentError as exc:
        return _fail(f"error: {_message(exc)}", EXIT_USAGE, as_json)
    except (ThrottllemError, OSError) as exc:
        return _fail(f"error: {_message(exc)}", EXIT_FAILURE, as_json)
    except Exception as exc:  # a bug: the traceback follows, but stdout still holds JSON
        if as_json:
            print(json.dumps({"error": f"internal error: {_message(exc)}", "exit_code": EXIT_FAILURE}))
        raise


def json_commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """The commands (``devmap predict``, ...) whose parser declares ``reports_json``."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                if sub.get_default("reports_json"):
                    found.append(prefix + name)
                found += json_commands(sub, f"{prefix}{name} ")
    return found


if __name__ == "__main__":
    sys.exit(main())
