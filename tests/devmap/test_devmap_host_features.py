"""source.first_sight gives the selector's features byte for byte: every suite kernel, the DevMap
sample fixture, the full DevMap sources where present, and edited sources (errors included)."""

from __future__ import annotations

import random
import struct

import pytest

from throttllem.devmap.deploy.compile_check import structure_error
from throttllem.devmap.source import features
from throttllem.devmap.source.first_sight import analyse
from throttllem.devmap.source.lexer import LexError

from conftest import REPO
from public_data import devmap_dir

SUITE = sorted((REPO / "kernels" / "opencl").glob("*.cl"))


def _bytes(values) -> bytes:
    return struct.pack(f"{len(values)}d", *values)


def _same_as_reference(source: str) -> str:
    """'ok' or 'lexerr'; fails when the one-pass analysis and the reference path disagree."""
    found = analyse(source)
    features.token_statistics.cache_clear()
    try:
        stats, kernel, broken = features.token_statistics(source), features.has_kernel(source), structure_error(source)
    except LexError:
        assert found is None, source
        return "lexerr"
    assert found is not None, source
    assert _bytes(found.statistics) == _bytes(stats), source
    assert all(type(v) is float for v in found.statistics)
    assert found.ok == (kernel and broken is None), source
    return "ok"


@pytest.mark.parametrize("path", SUITE, ids=lambda p: p.stem)
def test_suite_kernels_identical(path):
    assert _same_as_reference(path.read_text()) == "ok"


def test_suite_kernel_names_found():
    from throttllem.devmap.profiler.suite import default_manifest, load_manifest

    specs = load_manifest(default_manifest())
    assert len(specs) == len(SUITE)
    for spec in specs:
        assert spec.kernel_name in analyse(spec.source).kernels, spec.id


def test_devmap_sample_identical(amd_sample):
    assert {_same_as_reference(src) for src in set(amd_sample.src)} == {"ok"}
    assert len(set(amd_sample.src)) == 20


def test_full_devmap_sources_identical():
    from throttllem.devmap.data.dataset import load_platform

    data = load_platform("amd", devmap_dir("amd"))  # skips when the public table is absent
    sources = sorted(set(data.src))
    assert len(sources) > 200
    assert {_same_as_reference(src) for src in sources} == {"ok"}


def test_edited_sources_identical_or_both_fail():
    """Random edits (brackets, quotes, comments, directives, stray characters) of suite kernels:
    both paths agree on the features, the kernel check and which sources do not lex."""
    rng = random.Random(17)
    sources = [p.read_text() for p in SUITE]
    pieces = ["(", ")", "{", "}", "[", "]", ";", ",", "#", "\n", " ", "\\", '"', "'", "/", "*", ".", "0x",
              "1e", "?", "@", "#define X 1\n", "\n  #pragma unroll\n", "/* c */", "// c\n", "for (;;) {",
              "__kernel void k(int a) {}", "'c'", '"s"', ".5f", "\n#if 1 \\\n x\n"]
    outcomes = set()
    for _ in range(1500):
        text = list(rng.choice(sources))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(text) + 1)
            if rng.random() < 0.3 and at < len(text):
                del text[at]
            else:
                text.insert(at, rng.choice(pieces))
        outcomes.add(_same_as_reference("".join(text)))
    assert outcomes == {"ok", "lexerr"}


def test_directive_on_first_line_and_after_blank_lines():
    for source in ("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n__kernel void k(__global double* a) { a[0] = 1.0; }",
                   "  #define N 4\n__kernel void k(__global int* a) { a[0] = N; }",
                   "__kernel void k(__global int* a) {\n \t #pragma unroll\n for (int i = 0; i < 4; i++) a[i] = i; }",
                   "__kernel void k(__global int* a) { a[0] = 1 # 2; }"):
        assert _same_as_reference(source) == "ok"


def test_punctuator_pattern_splits_like_the_reference_lexer():
    """Every pair of punctuators (and each alone) splits into the reference lexer's tokens."""
    from throttllem.devmap.source.first_sight import _lex
    from throttllem.devmap.source.lexer import tokenize
    from throttllem.devmap.source.opencl import PUNCTUATORS

    texts = [p for p in PUNCTUATORS if p != "#"]  # '#' first on a line starts a directive
    checked = 0
    for a in texts:
        for b in ["", *texts]:
            source = "x " + a + b + " y"
            try:
                expected = [t.text for t in tokenize(source)]
            except LexError:  # '/' + '*' opens a comment
                continue
            assert _lex(source)[0] == expected, source
            checked += 1
    assert checked > 2000


def test_other_whitespace_identical():
    """CRLF line ends, tabs, form feeds and vertical tabs: the same statistics as the lexer's."""
    for path in SUITE[:20]:
        text = path.read_text()
        for variant in (text.replace("\n", "\r\n"), text.replace("  ", "\t"), text.replace("\n", "\n\f\v "),
                        "\r\n#define Z 1\r\n" + text.replace("\n", " \t\n")):
            assert _same_as_reference(variant) == "ok", path.stem
