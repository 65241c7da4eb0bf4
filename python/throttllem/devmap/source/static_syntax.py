"""The static parser's syntax tree (Node, Var, Function, Program) and its preprocessor: object-like
and function-like ``#define`` expansion over lexer tokens.

Each macro applies from its line on, until an ``#undef``; its uses take the position of the use
(so errors point at the kernel's own line). Macros that stringise or paste (``#``, ``##``) are
not expanded. Other directives (``#if``, ``#include``, ``#pragma``) are dropped: every
conditional branch is kept, which a static count of a kernel's text tolerates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from throttllem.devmap.source.lexer import Token, tokenize
from throttllem.errors import ThrottllemError


class ParseError(ThrottllemError, ValueError):
    """The source is not OpenCL C the static parser understands (the message names line and column)."""


@dataclass(frozen=True)
class Node:
    """A tree node. ``kind`` e.g. "binary"; ``text`` the operator, name or literal; ``kids`` children
    (Nodes, ``Var`` for declarations, or None for an absent part such as a missing ``else``)."""

    kind: str
    text: str = ""
    kids: tuple = ()
    line: int = 0


@dataclass(frozen=True)
class Var:
    """A declared name: its address space (None when not written), pointer or array, initialiser."""

    name: str
    space: str | None
    pointer: bool
    array: bool = False
    init: Node | None = None
    dims: tuple = ()


@dataclass(frozen=True)
class Function:
    """A function definition; ``kernel`` when declared ``__kernel``."""

    name: str
    kernel: bool
    params: tuple[Var, ...]
    body: Node


@dataclass
class Program:
    """Functions in source order, program-scope variables (e.g. ``__constant`` tables)."""

    functions: dict[str, Function] = field(default_factory=dict)
    globals: list[Var] = field(default_factory=list)

    def kernel(self, name: str | None = None) -> Function:
        """The kernel ``name``, or the first kernel when None."""
        kernels = [f for f in self.functions.values() if f.kernel]
        for f in kernels:
            if name is None or f.name == name:
                return f
        raise ParseError(f"no __kernel {name!r} in the source" if name else "no __kernel function in the source")


# ---- preprocessor ---------------------------------------------------------------------------------
def _define(token: Token):
    """(name, params or None, body tokens) of a ``#define`` line, or None for other directives."""
    text = token.text.replace("\\\n", " ")[1:].lstrip()
    if not text.startswith("define"):
        return None
    rest = text[len("define"):]
    words = tokenize(rest)
    if not words or words[0].kind not in ("identifier", "keyword"):
        return None
    name, body, params = words[0], words[1:], None
    if body and body[0].text == "(" and body[0].start == name.end:  # no space: function-like
        close = next((i for i, t in enumerate(body) if t.text == ")"), None)
        if close is None:
            return None
        params = tuple(t.text for t in body[1:close] if t.text != ",")
        body = body[close + 1:]
    if any(t.text in ("#", "##") for t in body):
        return None  # stringising/pasting is not supported: uses stay unexpanded
    return name.text, params, tuple(body)


def expand_macros(tokens: list[Token]) -> list[Token]:
    """Tokens with ``#define`` macros expanded (each from its line on, until an ``#undef``) and every
    preprocessor line dropped."""
    plain: list[Token] = []
    events: list[tuple[int, str, tuple | None]] = []  # (position in plain, name, definition or None)
    for tok in tokens:
        if tok.kind != "preprocessor":
            plain.append(tok)
            continue
        directive = tok.text[1:].lstrip()
        if directive.startswith("undef"):
            events.append((len(plain), directive[5:].strip(), None))
        elif (found := _define(tok)) is not None:
            events.append((len(plain), found[0], found[1:]))
    out: list[Token] = []
    live: dict[str, tuple] = {}
    i = e = 0
    while i < len(plain):
        while e < len(events) and events[e][0] <= i:
            _, name, definition = events[e]
            if definition is None:
                live.pop(name, None)
            else:
                live[name] = definition
            e += 1
        i = _expand_one(plain, i, out, live, frozenset())
    return out


def _expand(stream: list[Token], macros: dict, hidden: frozenset) -> list[Token]:
    """``stream`` with the macros expanded, except those in ``hidden`` (being expanded already)."""
    out: list[Token] = []
    i = 0
    while i < len(stream):
        i = _expand_one(stream, i, out, macros, hidden)
    return out


def _expand_one(tokens: list[Token], i: int, out: list[Token], macros: dict, hidden: frozenset) -> int:
    """Append token i (expanded when it names a live macro) to ``out``; return the next index."""
    tok = tokens[i]
    if tok.kind not in ("identifier", "keyword") or tok.text not in macros or tok.text in hidden:
        out.append(tok)
        return i + 1
    params, body = macros[tok.text]
    here = [replace(t, line=tok.line, column=tok.column, start=tok.start, end=tok.end) for t in body]
    if params is None:
        out += _expand(here, macros, hidden | {tok.text})
        return i + 1
    if i + 1 >= len(tokens) or tokens[i + 1].text != "(":
        out.append(tok)  # a function-like macro's name without a call is just a name
        return i + 1
    args, current, depth, j = [], [], 0, i + 2
    while j < len(tokens):
        t = tokens[j]
        if t.text in ("(", "[", "{"):
            depth += 1
        elif t.text in (")", "]", "}"):
            if depth == 0 and t.text == ")":
                break
            depth -= 1
        elif t.text == "," and depth == 0:
            args.append(current)
            current = []
            j += 1
            continue
        current.append(t)
        j += 1
    args.append(current)
    if j >= len(tokens):
        raise ParseError(f"line {tok.line}, column {tok.column}: unterminated call of macro {tok.text}")
    by_name = {p: _expand(a, macros, hidden) for p, a in zip(params, args)}
    substituted = [x for t in here for x in (by_name.get(t.text, [t]) if t.kind == "identifier" else [t])]
    out += _expand(substituted, macros, hidden | {tok.text})
    return j + 1
