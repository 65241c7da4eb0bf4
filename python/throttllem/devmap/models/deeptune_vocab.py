"""``deeptune-vocab``: DeepTune with a token-level vocabulary (targets DeepTune's atom vocabulary
and its character-by-character literals).

Rationale. DeepTune's greedy atomizer knows ~160 atoms: keywords, builtins and operators are
whole atoms, but every renamed identifier longer than one letter, every numeric literal and all
whitespace are spelled character by character. ``1024`` costs four steps and reaches the LSTM
as four digits it must learn to compose; ``0.75f`` and ``0.75`` (float vs double: a different
arithmetic unit on a GPU) differ by one trailing atom; two-space indents and newlines fill a
third of the sequence. Here the project's lexer (``devmap/source/lexer.py``) cuts the normalised source
into tokens: keywords, builtins, operators and renamed identifiers are whole tokens, whitespace
is dropped, and numeric literals become class tokens that keep what matters to a device choice
(integer / float / double / half; 0, 1, an exact power of two 2^k, else the decade of the value)
and drop the digits. The vocabulary is fitted on the training sources only; a token that occurs
in fewer than ``min_sources`` distinct training sources maps to ``<unk>`` (so ``<unk>`` is trained
and a test token never seen in training is not a random vector). Tokens cover more of a kernel
in 1024 steps: 24.3% of the 247 AMD sources exceed 1024 tokens against 32.8% exceeding 1024
atoms (measured).

Identical to DeepTune: the normalisation, sequence length 1024 (pad at the front, keep the last
1024), the network (embedding 64 -> LSTM 64 x2, last state, ``launch_head``), the auxiliary head
and its weight, Adam 1e-3, 50 epochs, batch 64. Only the encoding of the source changes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from throttllem.devmap.source.atomizer import pad_ids
from throttllem.devmap.source.lexer import LexError, tokenize
from throttllem.devmap.models.base import register
from throttllem.devmap.models.deeptune import DeepTune, build_network
from throttllem.errors import InvalidArgumentError

UNKNOWN = 1  # as the atomizer's: PAD 0, UNKNOWN 1
_SPECIAL = ("<pad>", "<unk>")
_INT_SUFFIX = "ul"
_FLOAT_SUFFIX = {"f": "float", "h": "half", "l": "double"}  # no suffix: double (OpenCL C)


def literal_token(text: str) -> str:
    """The class token of a C numeric literal: its type and a magnitude bucket, not its digits.

    Integers: ``<int:0>``, ``<int:1>``, ``<int:2^k>`` for an exact power of two (k <= 62), else the
    decade ``<int:1e{d}>`` (``1e0`` is 2..9, ``1e1`` is 10..99, ...; d capped at 12).
    Floating literals: the type (``float`` with an ``f`` suffix, ``half`` with ``h``, else
    ``double``, as OpenCL C types an unsuffixed literal), then ``0``, ``1`` or the decade
    ``1e{d}`` (d clipped to -8..8). A literal that does not parse is ``<num:?>``.
    """
    t = text.lower()
    try:
        if t.startswith("0x"):
            body = t[2:]
            if "p" in body:  # hexadecimal float: after the exponent's digits only a suffix
                return _float_token(_FLOAT_SUFFIX.get(t[-1], "double"), float.fromhex(t.rstrip("fhl")))
            if "." in body:  # not valid C without an exponent; read it as a double
                return _float_token("double", float.fromhex(t))
            return _int_token(int(body.rstrip(_INT_SUFFIX), 16))
        if "." in t or "e" in t or t[-1] in "fh":
            kind = _FLOAT_SUFFIX.get(t[-1], "double")
            return _float_token(kind, float(t.rstrip("fhl")))
        digits = t.rstrip(_INT_SUFFIX)
        base = 8 if len(digits) > 1 and digits[0] == "0" else 10
        return _int_token(int(digits, base))
    except (ValueError, OverflowError, IndexError):
        return "<num:?>"


def _int_token(value: int) -> str:
    if value in (0, 1):
        return f"<int:{value}>"
    if value & (value - 1) == 0 and value.bit_length() <= 63:
        return f"<int:2^{value.bit_length() - 1}>"
    return f"<int:1e{min(len(str(value)) - 1, 12)}>"


def _float_token(kind: str, value: float) -> str:
    if not math.isfinite(value):
        return f"<{kind}:inf>"
    if value in (0.0, 1.0):
        return f"<{kind}:{int(value)}>"
    return f"<{kind}:1e{min(max(math.floor(math.log10(abs(value))), -8), 8)}>"


@lru_cache(maxsize=4096)
def source_tokens(source: str) -> tuple[str, ...]:
    """The vocabulary items of a (normalised) source, in order (cached: folds share sources).

    Keywords, identifiers (renamed program names, builtins) and punctuators are their text;
    numbers their :func:`literal_token`; strings ``<string>``, character constants ``<char>``;
    a preprocessor line is its directive (``#define``) followed by the tokens of the rest.
    """
    out: list[str] = []
    for token in tokenize(source):
        kind = token.kind
        if kind == "number":
            out.append(literal_token(token.text))
        elif kind in ("string", "char"):
            out.append(f"<{kind}>")
        elif kind == "preprocessor":
            body = token.text[1:].replace("\\\n", " ").strip()
            directive, _, rest = body.partition(" ")
            out.append("#" + directive.split("(")[0] if directive else "#")
            try:
                out.extend(source_tokens(rest + "\n") if rest.strip() else ())
            except LexError:
                out.append("<pp>")
        else:
            out.append(token.text)
    return tuple(out)


class TokenVocabulary:
    """Token -> id, fitted on training sources; 0 is padding, 1 unknown."""

    def __init__(self, tokens: Iterable[str]):
        self.tokens: tuple[str, ...] = tuple(sorted(set(tokens)))
        self.ids = {t: i + len(_SPECIAL) for i, t in enumerate(self.tokens)}

    @classmethod
    def from_corpus(cls, token_lists: Iterable[Sequence[str]], min_sources: int = 1) -> TokenVocabulary:
        """Every token that occurs in at least ``min_sources`` of the given sources."""
        if min_sources < 1:
            raise InvalidArgumentError("min_sources must be >= 1")
        in_sources = Counter(t for tokens in token_lists for t in set(tokens))
        return cls(t for t, n in in_sources.items() if n >= min_sources)

    @property
    def vocab_size(self) -> int:
        return len(self.tokens) + len(_SPECIAL)

    def encode(self, tokens: Sequence[str]) -> list[int]:
        ids = self.ids
        return [ids.get(t, UNKNOWN) for t in tokens]

    def encode_padded(self, token_lists: Sequence[Sequence[str]], length: int, *, keep: str = "tail") -> np.ndarray:
        """(n, length) int32 ids; ``"tail"`` keeps the last ``length`` and pads at the front
        (DeepTune's choice), ``"head"`` keeps the first and pads at the end."""
        return pad_ids([self.encode(tokens) for tokens in token_lists], length, keep=keep)

    def __repr__(self) -> str:
        return f"TokenVocabulary[{len(self.tokens)} tokens]"


@register
class DeepTuneVocab(DeepTune):
    """DeepTune over lexer tokens with literal classes instead of greedy character atoms."""

    name = "deeptune-vocab"
    summary = ("DeepTune over lexer tokens (whole identifiers, literal classes by type and magnitude, "
               "training-fitted vocabulary with <unk>) + [transfer, wgsize]")

    def __init__(self, sequence_length: int = 1024, keep: str = "tail", min_sources: int = 2, **options) -> None:
        super().__init__(sequence_length=sequence_length, keep=keep, **options)
        if keep not in ("head", "tail"):
            raise InvalidArgumentError(f"keep must be 'head' or 'tail', got {keep!r}")
        if min_sources < 1:
            raise InvalidArgumentError("min_sources must be >= 1")
        self.min_sources = min_sources
        self.vocabulary: TokenVocabulary | None = None

    def fit_encoder(self, sources, seed):
        self.vocabulary = TokenVocabulary.from_corpus((source_tokens(s) for s in sources), self.min_sources)

    def encode(self, sources) -> np.ndarray:
        return self.vocabulary.encode_padded([source_tokens(s) for s in sources], self.sequence_length, keep=self.keep)

    def build_network(self, torch):
        return build_network(self.vocabulary.vocab_size)
