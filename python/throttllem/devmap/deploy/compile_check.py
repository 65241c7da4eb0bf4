"""Whether a kernel can be decided for at all: a selector's features are token statistics, which a
source that no compiler accepts still has, so without these checks a broken kernel would get a
confident answer.

- :func:`structure_error` (always, microseconds after the lexer): brackets balance and every
  ``__kernel`` has a body.
- :func:`opencl_build_error` (the ``devmap predict`` command; needs pyopencl and an OpenCL
  platform): the kernel is built with the first OpenCL device found and the build log's first
  error is returned.
"""

from __future__ import annotations

import re
import warnings

from throttllem.devmap.source.features import KERNEL_WORDS, parameter_list
from throttllem.devmap.source.lexer import source_tokens

_CLOSE = {")": "(", "]": "[", "}": "{"}


def _after_group(tokens, open_index: int) -> int:
    """Index just past the ')' matching the '(' at ``open_index`` (brackets are balanced)."""
    depth = 0
    for j in range(open_index, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[j].text, 0)
        if depth == 0:
            return j + 1
    return len(tokens)


def structure_error(source: str) -> str | None:
    """None when brackets balance and each ``__kernel`` has a body, else why not (with the line).
    Raises LexError for a source that does not lex."""
    tokens = source_tokens(source)
    stack = []
    for t in tokens:
        if t.text in ("(", "[", "{"):
            stack.append(t)
        elif t.text in _CLOSE:
            if not stack or stack[-1].text != _CLOSE[t.text]:
                return f"line {t.line}: unmatched {t.text!r}"
            stack.pop()
    if stack:
        return f"line {stack[-1].line}: {stack[-1].text!r} is never closed"
    for i, t in enumerate(tokens):
        start = parameter_list(tokens, i) if t.text in KERNEL_WORDS else None
        if start is None:
            continue
        j = _after_group(tokens, start)
        while j + 1 < len(tokens) and tokens[j].text in ("__attribute__", "__attribute") and tokens[j + 1].text == "(":
            j = _after_group(tokens, j + 1)  # e.g. __attribute__((reqd_work_group_size(64, 1, 1)))
        if j >= len(tokens) or tokens[j].text != "{":
            return f"line {t.line}: the kernel has no body"
    return None


def opencl_build_error(source: str) -> tuple[str | None, str | None]:
    """Build ``source`` with the first OpenCL device found: ``(error, device)``. ``error`` is the
    build log's first error line (None: it built); ``device`` is None when no OpenCL platform
    (or pyopencl) is available, in which case nothing was checked."""
    try:
        import pyopencl as cl
    except ImportError:
        return None, None
    try:
        platforms = cl.get_platforms()
    except cl.Error:  # no ICD loader or no platform
        return None, None
    devices = [d for p in platforms for d in p.get_devices()]
    if not devices:
        return None, None
    device = devices[0]
    name = f"{device.platform.name.strip()} / {device.name.strip()}"
    context = cl.Context([device])
    try:
        with warnings.catch_warnings():  # a build log with warnings only is not this check's business
            warnings.simplefilter("ignore")
            cl.Program(context, source).build()
    except cl.RuntimeError as exc:
        return _first_error(str(exc)), name
    return None, name


def _first_error(log: str) -> str:
    """The build log's first error as ``line L, column C: message`` (compilers name a temporary file)."""
    for line in log.splitlines():
        if "error" not in line.lower():
            continue
        located = re.search(r":(\d+):(\d+):\s*(?:error:\s*)?(.+)$", line)
        if located:
            return f"line {located[1]}, column {located[2]}: {located[3].strip()}"
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    return lines[0] if lines else "the build failed without a log"
