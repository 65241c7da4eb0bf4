"""Greedy longest-match atomizer over an OpenCL vocabulary (the DeepTune input encoding).

A source is cut, left to right, into the longest atom that matches at each position: an OpenCL
keyword, type, builtin or multi-character operator when one matches, else a single character.
The vocabulary is the set of atoms actually used on a training corpus (DeepTune built it from
the AMD DevMap sources and got 128 atoms), so literals and renamed identifiers are spelled by
characters. Index 0 is padding and index 1 stands for a character the corpus never showed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from throttllem.devmap.source.opencl import MULTICHAR_ATOMS
from throttllem.errors import InvalidArgumentError

PAD, UNKNOWN = 0, 1
_SPECIAL = ("<pad>", "<unk>")


def pad_ids(id_lists: Sequence[Sequence[int]], length: int, *, keep: str = "head") -> np.ndarray:
    """(len(id_lists), length) int32 ids, padded with ``PAD``.

    ``keep="head"`` keeps the first ``length`` ids and pads at the end; ``"tail"`` keeps the last
    ones and pads at the front (Keras' ``pad_sequences`` default, which DeepTune used).
    """
    if length < 1:
        raise InvalidArgumentError(f"length must be >= 1, got {length}")
    if keep not in ("head", "tail"):
        raise InvalidArgumentError(f"keep must be 'head' or 'tail', got {keep!r}")
    out = np.full((len(id_lists), length), PAD, dtype=np.int32)
    for row, ids in enumerate(id_lists):
        kept = list(ids[:length] if keep == "head" else ids[-length:])
        if keep == "head":
            out[row, :len(kept)] = kept
        elif kept:
            out[row, length - len(kept):] = kept
    return out


class GreedyAtomizer:
    """Cuts text into atoms by greedy longest match and maps atoms to integer ids."""

    def __init__(self, atoms: Iterable[str]):
        atoms = sorted(set(atoms))
        if not atoms:
            raise InvalidArgumentError("an atomizer needs at least one atom")
        if any(not isinstance(a, str) or not a for a in atoms):
            raise InvalidArgumentError("atoms must be non-empty strings")
        self.atoms: tuple[str, ...] = tuple(atoms)
        self.vocab: dict[str, int] = {a: i + len(_SPECIAL) for i, a in enumerate(atoms)}
        # Candidates by first character, longest first: one startswith() per candidate.
        by_first: dict[str, list[str]] = defaultdict(list)
        for atom in atoms:
            if len(atom) > 1:
                by_first[atom[0]].append(atom)
        self._multi = {c: sorted(v, key=len, reverse=True) for c, v in by_first.items()}

    @classmethod
    def from_corpus(cls, texts: Iterable[str], multichar_atoms: Iterable[str] = MULTICHAR_ATOMS) -> GreedyAtomizer:
        """The atomizer whose vocabulary is every atom used to cut ``texts``.

        Candidates are ``multichar_atoms`` and every character of the corpus; only those the
        greedy cut actually produces are kept (a keyword inside a longer builtin is not).
        """
        texts = list(texts)
        candidates = set(multichar_atoms) | {c for t in texts for c in t}
        full = cls(candidates)
        used: set[str] = set()
        for text in texts:
            used.update(full.split(text))
        return cls(used)

    @property
    def vocab_size(self) -> int:
        """Number of ids, padding and unknown included."""
        return len(self.atoms) + len(_SPECIAL)

    def split(self, text: str) -> list[str]:
        """``text`` cut into atoms (a character outside the vocabulary is its own piece)."""
        pieces, i, n = [], 0, len(text)
        multi = self._multi
        while i < n:
            piece = text[i]
            for atom in multi.get(piece, ()):
                if text.startswith(atom, i):
                    piece = atom
                    break
            pieces.append(piece)
            i += len(piece)
        return pieces

    def encode(self, text: str) -> list[int]:
        """Atom ids of ``text``; characters outside the vocabulary map to ``UNKNOWN`` (1)."""
        vocab = self.vocab
        return [vocab.get(p, UNKNOWN) for p in self.split(text)]

    def decode(self, ids: Sequence[int]) -> str:
        """Text of ``ids`` (padding dropped, unknown shown as U+FFFD)."""
        return "".join("\ufffd" if i == UNKNOWN else self.atoms[i - len(_SPECIAL)] for i in ids if i != PAD)

    def encode_padded(self, texts: Sequence[str], length: int = 1024, *, keep: str = "head") -> np.ndarray:
        """(len(texts), length) int32 ids, padded with ``PAD`` (see ``pad_ids`` for ``keep``)."""
        return pad_ids([self.encode(text) for text in texts], length, keep=keep)

    def to_json(self) -> str:
        """The vocabulary as JSON (ids follow from the sorted atoms)."""
        return json.dumps({"format": "throttllem-atomizer", "version": 1, "atoms": list(self.atoms)})

    @classmethod
    def from_json(cls, text: str) -> GreedyAtomizer:
        doc = json.loads(text)
        if doc.get("format") != "throttllem-atomizer" or doc.get("version") != 1:
            raise InvalidArgumentError("not a throttllem-atomizer version 1 document")
        return cls(doc["atoms"])

    def __repr__(self) -> str:
        return f"GreedyAtomizer[{len(self.atoms)} atoms]"
