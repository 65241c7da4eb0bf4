"""An OpenCL C lexer: source text -> tokens with kinds and positions (written for DevMap).

Token kinds: ``identifier``, ``keyword`` (C/OpenCL keywords and type names), ``number``
(C preprocessing numbers: ``42``, ``0x1Fu``, ``1.5e-3f``, ``.5``), ``string``, ``char``,
``punctuator``, ``preprocessor`` (a whole ``#...`` line with its continuations) and
``comment`` (only when asked for). Whitespace is not a token; each token keeps its offsets,
so a rewrite can substitute token texts and keep the layout between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from throttllem.devmap.source.opencl import KEYWORDS, PUNCTUATORS, VECTOR_TYPES
from throttllem.errors import ThrottllemError

KINDS = ("identifier", "keyword", "number", "string", "char", "punctuator", "preprocessor", "comment")


class LexError(ThrottllemError, ValueError):
    """The source is not lexically valid OpenCL C (the message names line and column)."""


@dataclass(frozen=True)
class Token:
    """One token: its kind, text, 1-based line and column, and offsets [start, end) in the source."""

    kind: str
    text: str
    line: int
    column: int
    start: int
    end: int


_PUNCT = "|".join(re.escape(p) for p in PUNCTUATORS)
# Order matters: comments and preprocessor lines before punctuators ('/' and '#'), numbers
# before punctuators ('.5' is a number, '.' alone a punctuator).
_MASTER = re.compile(
    r"(?P<space>[ \t\r\f\v\n]+)"
    r"|(?P<line_comment>//[^\n]*)"
    r"|(?P<block_comment>/\*.*?\*/)"
    r"|(?P<open_comment>/\*)"
    r"|(?P<identifier>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<number>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*)"
    r"|(?P<string>\"(?:[^\"\\\n]|\\.)*\")"
    r"|(?P<char>'(?:[^'\\\n]|\\.)+')"
    r"|(?P<open_quote>[\"'])"
    rf"|(?P<punctuator>{_PUNCT})",
    re.DOTALL,
)
_PREPROCESSOR = re.compile(r"#(?:[^\n\\]|\\.|\\\n)*", re.DOTALL)


def tokenize(source: str, *, keep_comments: bool = False) -> list[Token]:
    """Lex ``source`` into tokens. Raises :class:`LexError` naming line and column of a fault."""
    if not isinstance(source, str):
        raise LexError(f"source must be a str, got {type(source).__name__}")
    tokens: list[Token] = []
    pos, n = 0, len(source)
    at_line_start = True  # only whitespace seen since the last newline: '#' starts a directive
    line, line_start = 1, 0  # tracked as we go: cheaper than a search per token
    while pos < n:
        if at_line_start and source[pos] == "#":
            match = _PREPROCESSOR.match(source, pos)
            kind = "preprocessor"
        else:
            match = _MASTER.match(source, pos)
            kind = match.lastgroup if match else None
        if match is None:
            raise LexError(f"line {line}, column {pos - line_start + 1}: unexpected character {source[pos]!r}")
        text = match.group()
        if kind in ("open_comment", "open_quote"):
            what = "comment" if kind == "open_comment" else ("string" if text == '"' else "character constant")
            raise LexError(f"line {line}, column {pos - line_start + 1}: unterminated {what}")
        if kind == "space":
            if "\n" in text:
                at_line_start = True
        else:
            at_line_start = False
            if kind in ("line_comment", "block_comment"):
                kind = "comment"
            elif kind == "identifier" and (text in KEYWORDS or text in VECTOR_TYPES):
                kind = "keyword"
            if kind != "comment" or keep_comments:
                tokens.append(Token(kind, text, line, pos - line_start + 1, pos, match.end()))
        newlines = text.count("\n")
        if newlines:
            line += newlines
            line_start = pos + text.rindex("\n") + 1
        pos = match.end()
    return tokens


def strip_comments(source: str) -> str:
    """``source`` without comments. A comment becomes one space, or the newlines it spanned
    (so line numbers stay); strings and character constants are left alone."""
    out, last = [], 0
    for token in tokenize(source, keep_comments=True):
        if token.kind != "comment":
            continue
        out.append(source[last:token.start])
        newlines = token.text.count("\n")
        out.append("\n" * newlines if newlines else " ")
        last = token.end
    out.append(source[last:])
    return "".join(out)


@lru_cache(maxsize=4096)
def source_tokens(source: str) -> tuple[Token, ...]:
    """``tokenize(source)``, cached per source text: the token statistics, the structure
    statistics, the kernel check and the static counter all read the same kernel, which is
    lexed once (a tuple, so no reader can change what the next one sees)."""
    return tuple(tokenize(source))
