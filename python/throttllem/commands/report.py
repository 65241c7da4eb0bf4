"""Output of the commands that report: text, or with ``--json`` one JSON document on stdout.

A command opts in with ``parser.set_defaults(reports_json=True)`` (cli.py then gives it
``--json``) and ends with ``emit(args, doc, print_text)``. Failures need nothing here: cli.main
prints ``{"error": ..., "exit_code": ...}`` for them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
from collections.abc import Callable, Mapping
from typing import Any


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types: dataclasses and mappings to objects, paths to strings, numpy
    scalars and arrays to numbers and lists, and NaN/infinity to null (JSON has no such numbers)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if not f.name.startswith("_")}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return jsonable(value.tolist())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def emit(args: argparse.Namespace, doc: Mapping[str, Any], text: Callable[[], None]) -> None:
    """Print ``doc`` as JSON when ``--json`` was given, else call ``text`` to print the text report."""
    if getattr(args, "json", False):
        print(json.dumps(jsonable(doc), indent=2, allow_nan=False))
    else:
        text()
