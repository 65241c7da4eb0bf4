"""OpenCL source processing: lexer, comment stripping, renaming, atomizer."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from throttllem.devmap.source.atomizer import PAD, UNKNOWN, GreedyAtomizer
from throttllem.devmap.source.features import TOKEN_STATISTICS, token_statistics
from throttllem.devmap.source.structure import STRUCTURE_STATISTICS, structure_statistics
from throttllem.devmap.data.dataset import load_platform
from throttllem.devmap.source.lexer import LexError, strip_comments, tokenize
from throttllem.devmap.source.opencl import RESERVED
from throttllem.devmap.source.rewriter import _names, normalise, rename_tokens

from public_data import devmap_dir

KERNEL = r'''#define N 16 \
  /* continued */
// a line comment with "quotes"
__kernel void scale(__global float4* out, const float factor) {
  int gid = get_global_id(0); /* block
  comment */ float4 v = out[gid] * factor + 0x1Fu + 1.5e-3f + .5f + 1e+10;
  v.xy = v.zw; char q = '\''; const char* s = "/* not a comment */";
  out[gid] = helper(v, gid) >>= 2;
}
'''


@pytest.fixture(scope="module")
def amd_sources():
    return sorted(set(load_platform("amd", devmap_dir("amd")).src))


def test_token_kinds_and_positions():
    tokens = tokenize(KERNEL)
    kinds = {t.text: t.kind for t in tokens}
    assert tokens[0].kind == "preprocessor" and tokens[0].text.endswith("/* continued */")
    assert kinds["__kernel"] == kinds["float4"] == kinds["const"] == "keyword"
    assert kinds["get_global_id"] == kinds["scale"] == kinds["gid"] == "identifier"
    for number in ("0x1Fu", "1.5e-3f", ".5f", "1e+10"):
        assert kinds[number] == "number"
    assert kinds[">>="] == "punctuator" and kinds["'\\''"] == "char"
    assert kinds['"/* not a comment */"'] == "string"
    assert not any(t.kind == "comment" for t in tokens)
    kernel = next(t for t in tokens if t.text == "__kernel")
    assert (kernel.line, kernel.column) == (4, 1)
    assert KERNEL[kernel.start:kernel.end] == "__kernel"
    comments = [t for t in tokenize(KERNEL, keep_comments=True) if t.kind == "comment"]
    assert [c.line for c in comments] == [3, 5]


def test_strip_comments_keeps_strings_and_line_numbers():
    stripped = strip_comments(KERNEL)
    assert "a line comment" not in stripped and "block" not in stripped
    assert '"/* not a comment */"' in stripped
    assert stripped.count("\n") == KERNEL.count("\n")


@pytest.mark.parametrize("source,message", [
    ("int a; /* open", r"line 1, column 8: unterminated comment"),
    ('int a;\n  char* s = "open\n";', r"line 2, column 13: unterminated string"),
    ("int a;\nint b = 1 @ 2;", r"line 2, column 11: unexpected character '@'"),
])
def test_lex_errors_name_line_and_column(source, message):
    with pytest.raises(LexError, match=message):
        tokenize(source)


def test_every_devmap_source_lexes_and_reassembles(amd_sources):
    for src in amd_sources:
        tokens = tokenize(src)
        assert re.sub(r"\s+", "", "".join(t.text for t in tokens)) == re.sub(r"\s+", "", src)


def test_renaming_keeps_reserved_names_swizzles_and_is_consistent():
    out = normalise(KERNEL)
    assert "scale" not in out and "gid" not in out and "helper" not in out and "factor" not in out
    assert "__kernel void A(__global float4* a, const float b)" in out
    assert "int c = get_global_id(0);" in out
    assert "d.xy = d.zw;" in out  # swizzles kept, v renamed consistently
    assert "B(d, c)" in out
    assert "//" not in out and "block" not in out


def test_canonical_names_skip_reserved_words():
    names = list(zip(range(800), _names("abcdefghijklmnopqrstuvwxyz")))
    generated = [n for _, n in names]
    assert generated[:3] == ["a", "b", "c"] and len(set(generated)) == len(generated)
    assert not set(generated) & RESERVED
    assert "do" not in generated and "if" not in generated


def test_renaming_devmap_sources_again_is_a_consistent_bijection(amd_sources):
    # DevMap's src was renamed already (helper functions numbered before they were dropped, some
    # macro-made names left), so renaming again may change names, but only one-to-one.
    for src in amd_sources:
        before, after = tokenize(src), tokenize(normalise(src))
        assert [t.kind for t in before] == [t.kind for t in after]
        pairs = {(b.text, a.text) for b, a in zip(before, after) if b.kind == "identifier"}
        assert len({b for b, _ in pairs}) == len(pairs) == len({a for _, a in pairs})
        assert all(b.text == a.text for b, a in zip(before, after) if b.kind != "identifier")


identifier = st.from_regex(r"\A[a-z_][a-z0-9_]{0,8}\Z").filter(lambda s: s not in RESERVED)


@settings(max_examples=60, deadline=None)
@given(st.lists(identifier, min_size=4, max_size=4, unique=True))
def test_renaming_is_invariant_to_the_chosen_names(names):
    fn, x, y, z = names
    template = "__kernel void {0}(__global int* {1}, int {2}) {{ int {3} = {1}[{2}] + {2}; {1}[0] = {3}; }}"
    reference = normalise(template.format("kern", "buf", "n", "tmp"))
    assert normalise(template.format(fn, x, y, z)) == reference


def test_rename_tokens_function_vs_variable():
    assert rename_tokens(tokenize("foo(bar); bar = foo;")) == ["A", "(", "a", ")", ";", "a", "=", "A", ";"]


def test_atomizer_greedy_longest_match_and_round_trip(amd_sources):
    atomizer = GreedyAtomizer.from_corpus(amd_sources)
    assert atomizer.split("a <<= get_global_id(0);") == ["a", " ", "<<=", " ", "get_global_id", "(", "0", ")", ";"]
    # only atoms the corpus uses are kept: every atom appears in some cut
    used = set()
    for src in amd_sources:
        used.update(atomizer.split(src))
    assert used == set(atomizer.atoms)
    assert atomizer.vocab_size == len(atomizer.atoms) + 2
    for src in amd_sources[:20]:
        ids = atomizer.encode(src)
        assert UNKNOWN not in ids and atomizer.decode(ids) == src
    assert atomizer.encode("a @ b")[2] == UNKNOWN
    assert GreedyAtomizer.from_json(atomizer.to_json()).vocab == atomizer.vocab


def test_atomizer_padding_keeps_head_or_tail():
    atomizer = GreedyAtomizer(["a", "b", "c", "ab"])
    head = atomizer.encode_padded(["abc", "c"], length=2)
    assert head.dtype == np.int32 and head.shape == (2, 2)
    assert head[0].tolist() == atomizer.encode("abc")[:2] and head[1].tolist() == [atomizer.vocab["c"], PAD]
    tail = atomizer.encode_padded(["abcab", "c"], length=3, keep="tail")
    assert tail[0].tolist() == atomizer.encode("abcab")[-3:] and tail[1].tolist() == [PAD, PAD, atomizer.vocab["c"]]


def test_kernel_signature_skips_attributes_and_void():
    params = TOKEN_STATISTICS.index("kernel_params")
    attributed = ("__kernel __attribute__((reqd_work_group_size(64,1,1))) void k(__global float* a, "
                  "__global float* b, int n) { a[0] = b[0]; }")
    assert token_statistics(attributed)[params] == 3
    assert token_statistics("__kernel void k(void) { }")[params] == 0
    assert token_statistics("__kernel void k() { }")[params] == 0
    s = dict(zip(STRUCTURE_STATISTICS, structure_statistics(attributed)))
    assert (s["global_buffers"], s["scalar_params"], s["bytes_per_item"]) == (2, 1, 8)
    assert dict(zip(STRUCTURE_STATISTICS, structure_statistics("__kernel void k(void) { }")))["scalar_params"] == 0

