"""Source normalisation before learning: comments stripped, identifiers renamed (after DeepTune).

Names a programmer chose carry no information a model can generalise from, and they make the
vocabulary unbounded. So, in order of first appearance, functions become ``A, B, ... Z, AA, AB``
and everything else (variables, parameters, typedefs, struct fields) ``a, b, ... z, aa, ab``.
OpenCL keywords, types, builtins and vector swizzles (``.xy``, ``.s0``) are kept. The DevMap
``src`` column was rewritten this way already, so normalising it again changes (almost) nothing.
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Iterator

from throttllem.devmap.source.lexer import Token, strip_comments, tokenize
from throttllem.devmap.source.opencl import RESERVED, SWIZZLE


def _names(alphabet: str) -> Iterator[str]:
    """a, b, ..., z, aa, ab, ... skipping anything that collides with a reserved word."""
    for length in itertools.count(1):
        for letters in itertools.product(alphabet, repeat=length):
            name = "".join(letters)
            if name not in RESERVED:
                yield name


class Renamer:
    """Maps a program's own identifiers to canonical names, consistently across one source."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}
        self._functions = _names(string.ascii_uppercase)
        self._variables = _names(string.ascii_lowercase)

    def name_for(self, identifier: str, *, is_function: bool) -> str:
        """The canonical name of ``identifier``; its first use decides function or variable."""
        if identifier not in self.mapping:
            self.mapping[identifier] = next(self._functions if is_function else self._variables)
        return self.mapping[identifier]


def rename_tokens(tokens: list[Token]) -> list[str]:
    """The token texts with program identifiers renamed (see module docstring)."""
    renamer = Renamer()
    out = []
    for i, token in enumerate(tokens):
        text = token.text
        if token.kind == "identifier" and text not in RESERVED:
            previous = tokens[i - 1].text if i else ""
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if previous in (".", "->") and SWIZZLE.match(text):
                out.append(text)  # vector component, not a name
                continue
            text = renamer.name_for(text, is_function=following == "(" and previous not in (".", "->"))
        out.append(text)
    return out


def normalise(source: str, *, rename: bool = True) -> str:
    """``source`` with comments stripped and (unless ``rename`` is False) identifiers renamed.

    Layout between tokens is kept; trailing spaces and blank runs left by removed comments are
    trimmed. Preprocessor lines are kept verbatim. Raises :class:`LexError` on invalid input.
    """
    text = strip_comments(source)
    if rename:
        tokens = tokenize(text)
        renamed = rename_tokens(tokens)
        parts, last = [], 0
        for token, new in zip(tokens, renamed):
            parts.append(text[last:token.start])
            parts.append(new)
            last = token.end
        parts.append(text[last:])
        text = "".join(parts)
    lines = [line.rstrip() for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):  # collapse runs of blank lines into one
            kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"
