"""Everything a decision needs from a kernel source, in one pass: the fast first sight.

The selector's reference path lexes a source into :class:`~throttllem.devmap.source.lexer.Token`
objects and then walks them three times (``has_kernel``, ``structure_error``,
``token_statistics``): ~0.5 ms median, ~1.7 ms p99 per suite kernel on the loaded 2-core dev VM,
most of it making one frozen dataclass per token. :func:`analyse` gives the same answers from
one ``re.findall`` (token texts only, no objects, no positions) and one loop over them:

- ``TOKEN_STATISTICS`` values **identical** to ``features.token_statistics`` (tested on every
  suite kernel and the DevMap sample), so a model's decisions cannot change;
- whether the source defines a kernel, the kernel names, and whether its brackets balance and
  every kernel has a body (``compile_check.structure_error``'s test).

Anything unusual (a character no token starts with, an unterminated comment or quote, unbalanced
brackets, no kernel) is handed to the reference path, which raises or words the error exactly as
before: errors are rare, so they may be slow.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from throttllem.devmap.source.features import (
    _ARITH, _ATOMIC, _BITWISE, _COMPARE, _MATH, _NOT_A_TYPE, _SYNC, _WORK_ITEM, KERNEL_WORDS, TOKEN_STATISTICS,
)
from throttllem.devmap.source.opencl import KEYWORDS, PUNCTUATORS, VECTOR_TYPES

# The reference lexer's alternatives with no groups (findall returns whole matches), plus one: a
# whitespace run holding a newline followed by '#' is a preprocessor line (the reference lexer's
# "only whitespace since the last newline"; the source gets a leading newline, so a directive on
# the first line is found the same way). Identifiers come first (the commonest token, and no other
# alternative starts with a letter); the punctuators are PUNCTUATORS longest first, as character
# classes instead of 48 literals (test_devmap_host_features checks the token streams agree).
_TOKENS = re.compile(
    r"[A-Za-z_][A-Za-z0-9_]*"
    r"|[ \t\r\f\v]*\n[ \t\r\f\v\n]*#(?:[^\n\\]|\\.)*"
    r"|[ \t\r\f\v\n]+"
    r"|//[^\n]*"
    r"|/\*.*?\*/"
    r"|/\*"
    r"|\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*"
    r"|\"(?:[^\"\\\n]|\\.)*\""
    r"|'(?:[^'\\\n]|\\.)+'"
    r"|[\"']"
    r"|\.\.\.|<<=?|>>=?|->|\+\+|--|&&|\|\||##|[-+*/%&^|<>=!]="
    r"|[\[\](){}.&*+\-~!/%<>^|?:;=,#]",
    re.DOTALL,
)
_SPACE = frozenset(" \t\r\f\v\n")
_IDENT_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_DIGITS = frozenset("0123456789")
_KEYWORDS = KEYWORDS | VECTOR_TYPES
_UNTERMINATED = frozenset(("/*", '"', "'"))
# the kind of every keyword and punctuator text, looked up before any character test
_FIXED_KIND = {**dict.fromkeys(_KEYWORDS, "keyword"), **dict.fromkeys(PUNCTUATORS, "punctuator")}
_OPEN = {"(": 0, "[": 1, "{": 2}
_CLOSE = {")": 0, "]": 1, "}": 2}
_ATTRIBUTE = ("__attribute__", "__attribute")


class SourceAnalysis(NamedTuple):
    """What a decision reads from a source, whatever the launch: ``statistics`` (TOKEN_STATISTICS
    order, floats), ``kernels`` (the names of its ``__kernel`` functions, in order) and ``ok``
    (False: the reference path must word an error: no kernel, unbalanced brackets, a kernel
    without a body)."""

    statistics: tuple[float, ...]
    kernels: tuple[str, ...]
    ok: bool


class _Fallback(Exception):
    """The source needs the reference lexer (which raises the exact LexError)."""


def _lex(source: str) -> tuple[list[str], list[str]]:
    """Token texts and kinds (the reference lexer's kinds, comments dropped)."""
    parts = _TOKENS.findall("\n" + source)
    if sum(map(len, parts)) != len(source) + 1:  # findall skipped a character no token starts with
        raise _Fallback
    texts: list[str] = []
    kinds: list[str] = []
    add_text, add_kind = texts.append, kinds.append
    fixed = _FIXED_KIND.get
    for s in parts:
        kind = fixed(s)
        if kind is not None:
            add_text(s)
            add_kind(kind)
            continue
        c = s[0]
        if c in _SPACE:
            if "#" in s:  # a preprocessor line after its leading whitespace
                add_text(s[s.index("#"):])
                add_kind("preprocessor")
            continue
        if c in _IDENT_START:
            add_text(s)
            add_kind("keyword" if s in _KEYWORDS else "identifier")
        elif c in _DIGITS or (c == "." and len(s) > 1 and s[1] in _DIGITS):
            add_text(s)
            add_kind("number")
        elif s in _UNTERMINATED:
            raise _Fallback
        elif c == "/" and len(s) > 1 and s[1] in "/*":
            continue  # a comment
        else:
            add_text(s)
            add_kind("string" if c == '"' else "char" if c == "'" else "punctuator")
    return texts, kinds


def _matching(texts: list[str], i: int) -> int:
    depth = 0
    for j in range(i, len(texts)):
        t = texts[j]
        depth += (t == "(") - (t == ")")
        if depth == 0:
            return j
    return len(texts) - 1


def _parameter_list(texts: list[str], i: int) -> int | None:
    j, n = i + 1, len(texts)
    while j < n:
        if texts[j] in _ATTRIBUTE and j + 1 < n and texts[j + 1] == "(":
            j = _matching(texts, j + 1) + 1
            continue
        if texts[j] == "(":
            return j
        j += 1
    return None


def _parameter_count(texts: list[str], i: int) -> int:
    start = _parameter_list(texts, i)
    if start is None:
        return 0
    end = _matching(texts, start)
    inner = texts[start + 1:end]
    if not inner:
        return 0
    if inner == ["void"]:
        return 0
    depth, commas = 0, 0
    for t in inner:
        depth += (t == "(") - (t == ")")
        commas += t == "," and depth == 0
    # the reference drops an empty last parameter (a trailing comma)
    return commas + (inner[-1] != "," or depth != 0)


def _kernels_and_bodies(texts: list[str], kinds: list[str]) -> tuple[tuple[str, ...], bool]:
    """Kernel names (``has_kernel``'s definition) and whether every ``__kernel`` has a body."""
    names, bodies, n = [], True, len(texts)
    for i, t in enumerate(texts):
        if t not in KERNEL_WORDS:
            continue
        start = _parameter_list(texts, i)
        if start is None:
            continue
        if start - 1 > i and kinds[start - 1] == "identifier" \
                and not any(texts[k] in (";", "{", "}") for k in range(i, start)):
            names.append(texts[start - 1])
        j = _matching(texts, start) + 1
        while j + 1 < n and texts[j] in _ATTRIBUTE and texts[j + 1] == "(":
            j = _matching(texts, j + 1) + 1
        if j >= n or texts[j] != "{":
            bodies = False
    return tuple(names), bodies


def _balanced(texts: list[str]) -> bool:
    stack: list[int] = []
    for t in texts:
        o = _OPEN.get(t)
        if o is not None:
            stack.append(o)
            continue
        c = _CLOSE.get(t)
        if c is not None:
            if not stack or stack.pop() != c:
                return False
    return not stack


def _statistics(source: str, texts: list[str], kinds: list[str]) -> tuple[float, ...]:
    """``features.token_statistics`` over texts and kinds (same definitions, line by line)."""
    n = len(texts)
    first = next((i for i, t in enumerate(texts) if t in KERNEL_WORDS), None)
    params = 0 if first is None else _parameter_count(texts, first)
    depth = max_depth = 0
    loop_depths: list[int] = []
    pending_loop = False
    loops = branches = max_loop = subscripts = arith = bitwise = compare = assign = 0
    numbers = floats = math = work = sync = atomic = calls = 0
    glob = local = const = priv = double = vector = 0
    for i in range(n):
        text, kind = texts[i], kinds[i]
        if kind == "punctuator":
            if text == "{":
                depth += 1
                if depth > max_depth:
                    max_depth = depth
                if pending_loop:
                    loop_depths.append(depth)
                    pending_loop = False
            elif text == "}":
                if loop_depths and loop_depths[-1] == depth:
                    loop_depths.pop()
                depth -= 1
            elif text == "?":
                branches += 1
            elif text == "[":
                subscripts += 1
            elif text == "=":
                assign += 1
            if text in _ARITH:
                arith += 1
            elif text in _BITWISE:
                bitwise += 1
            if text in _COMPARE:
                compare += 1
        elif kind == "keyword":
            if text == "for" or text == "while" or text == "do":
                loops += 1
                pending_loop = True
                if len(loop_depths) + 1 > max_loop:
                    max_loop = len(loop_depths) + 1
            elif text == "if" or text == "switch":
                branches += 1
            elif text == "__global" or text == "global":
                glob += 1
            elif text == "__local" or text == "local":
                local += 1
            elif text == "__constant" or text == "constant":
                const += 1
            elif text == "__private" or text == "private":
                priv += 1
            if text.startswith("double"):
                double += 1
            if text in VECTOR_TYPES:
                vector += 1
        elif kind == "identifier":
            if i + 1 < n and texts[i + 1] == "(" and not (i > 0 and kinds[i - 1] == "keyword"
                                                            and texts[i - 1] not in _NOT_A_TYPE):
                calls += 1
                math += text in _MATH
                work += text in _WORK_ITEM
                sync += text in _SYNC
                atomic += text in _ATOMIC
        elif kind == "number":
            numbers += 1
            lower = text.lower()
            floats += ("." in text or "e" in lower) and not lower.startswith("0x")
    values = (n, source.count("\n") + 1, params, loops, branches, max_depth, max_loop, subscripts, arith,
              bitwise, compare, assign, numbers, floats, math, work, sync, atomic, glob, local, const, priv,
              double, vector, calls)
    return tuple(float(v) for v in values)


assert len(TOKEN_STATISTICS) == 25  # _statistics returns them in this order


def analyse(source: str) -> SourceAnalysis | None:
    """The :class:`SourceAnalysis` of ``source``, or None when only the reference path can say
    what is wrong with it (a lexical error)."""
    try:
        texts, kinds = _lex(source)
    except _Fallback:
        return None
    names, bodies = _kernels_and_bodies(texts, kinds)
    ok = bool(names) and bodies and _balanced(texts)
    return SourceAnalysis(_statistics(source, texts, kinds), names, ok)
