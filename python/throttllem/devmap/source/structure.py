"""More per-row features for device mapping: kernel structure and launch size.

Everything here is a function of one row's kernel source and launch (transfer bytes, work-group
size, the dataset's size name): no labels, no runtimes, no other rows, nothing fitted. The token
statistics of ``features.py`` count *how much* of each thing a kernel has; these add *where* it
sits (inside loops, how deep), how work-items index memory (``a[id]`` next to ``a[id * n + j]``),
what each work-item moves (element bytes of the global buffers), and the launch on log scales.
They are structure estimates from the lexer, not an IR analysis: a loop's weight is a guess
(``LOOP_WEIGHT`` trips per level), and the work-item taint follows assignments forward only.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

# The same operator and builtin classes as the token statistics, so the two sets agree.
from throttllem.devmap.source.features import _ARITH, _MATH, _SYNC, KERNEL_WORDS, kernel_parameters, matching
from throttllem.devmap.source.lexer import source_tokens

#: Launch features, in column order (see ``launch_features``).
LAUNCH_FEATURES = ("log2_transfer", "log2_wgsize", "log2_transfer_per_wgsize", "dataset_rank")

#: Rank of DevMap's ``dataset`` names that order input sizes: the NPB classes S < W < A < B < C,
#: and the size words some suites use. Any other name (``default``, ``1M``, ``NY``) is -1: unknown.
DATASET_RANK = {"S": 0, "W": 1, "A": 2, "B": 3, "C": 4, "small": 0, "short": 0, "medium": 2, "long": 3,
                "large": 3}

#: Structure statistics, in column order (see ``structure_statistics``).
STRUCTURE_STATISTICS = (
    "work_dims", "global_buffers", "bytes_per_item", "scalar_params",
    "loop_arith", "loop_subscripts", "loop_math", "loop_sync", "loop_branches",
    "deep_arith", "deep_subscripts", "weighted_arith", "weighted_subscripts", "weighted_math",
    "indirect_subscripts", "id_subscripts", "strided_subscripts", "stores", "loads",
    "param_bound_loops", "const_bound_loops", "local_arrays", "guard_returns", "float_types", "int_types",
    "single_item_branches", "id_unit_loop_subscripts", "id_strided_loop_subscripts", "id_free_loop_subscripts",
)

_ID_CALLS = frozenset({"get_global_id", "get_local_id", "get_group_id", "get_global_linear_id",
                       "get_local_linear_id"})
_INT_TYPES = frozenset({"int", "uint", "long", "ulong", "short", "ushort", "char", "uchar", "size_t"})
_FLOAT_TYPES = frozenset({"float", "double", "half"})
_TYPE_BYTES = {"char": 1.0, "uchar": 1.0, "bool": 1.0, "short": 2.0, "ushort": 2.0, "half": 2.0, "int": 4.0,
               "uint": 4.0, "float": 4.0, "long": 8.0, "ulong": 8.0, "double": 8.0, "size_t": 8.0}
#: Assumed trips per loop level for the weighted counts: a loop multiplies work by ~this much.
LOOP_WEIGHT = 8.0


def _kernel_parameters(tokens) -> list[list]:
    """The parameters (token lists) of every kernel in ``tokens``."""
    return [p for i, tok in enumerate(tokens) if tok.text in KERNEL_WORDS for p in kernel_parameters(tokens, i)]


def _element_bytes(param) -> float:
    """Bytes of one element of a pointer parameter (``__global float4* a`` -> 16)."""
    for t in param:
        base = t.text.rstrip("0123456789")
        if base in _TYPE_BYTES:
            lanes = t.text[len(base):]
            return _TYPE_BYTES[base] * (int(lanes) if lanes else 1)
    return 4.0  # a struct or typedef: assume one word


@lru_cache(maxsize=4096)
def structure_statistics(source: str) -> tuple[float, ...]:
    """STRUCTURE_STATISTICS of one kernel source (cached: DevMap repeats sources per input).

    - kernel signature: highest ``get_*_id(k)`` dimension + 1; global/constant pointer
      parameters and the bytes of one element of each, summed; scalar parameters;
    - ``loop_*`` counts tokens inside any loop, ``deep_*`` inside two or more, ``weighted_*``
      weighs each by ``LOOP_WEIGHT ** depth`` (a guess at dynamic work);
    - subscripts: indirect (``a[b[i]]``), indexed by a work-item variable, with a product inside,
      stores vs loads; and, inside loops, weighted by work-item pattern (unit, strided, none);
    - loops bounded by a kernel parameter vs by a literal; ``__local`` arrays; early
      ``return`` guards; ``if (id == ...)`` branches; float and integer type names.
    """
    tokens = source_tokens(source)
    texts = [t.text for t in tokens]
    s = dict.fromkeys(STRUCTURE_STATISTICS, 0.0)
    n = len(tokens)
    kernel_params = _kernel_parameters(tokens)
    params = {t.text for p in kernel_params for t in p if t.kind == "identifier"}
    for p in kernel_params:
        texts_p = [t.text for t in p]
        if "*" in texts_p and any(q in texts_p for q in ("__global", "global", "__constant", "constant")):
            s["global_buffers"] += 1
            s["bytes_per_item"] += _element_bytes(p)
        elif "*" not in texts_p:
            s["scalar_params"] += 1
    # Loop nesting per token: a loop covers its header (run every trip) and its braced body, or
    # its one statement. Loops bounded by a kernel parameter scale with the input.
    depth_of = np.zeros(n, dtype=np.int64)
    i = 0
    while i < n:
        t = texts[i]
        if t in ("for", "while") and tokens[i].kind == "keyword" and i + 1 < n and texts[i + 1] == "(":
            head_end = matching(tokens, i + 1, "(", ")")
            if t == "while" and head_end + 1 < n and texts[head_end + 1] == ";":
                i = head_end + 1  # the tail of a do-while: its body was counted at 'do'
                continue
            head = texts[i + 2:head_end]
            bounded_by_param = any(x in params for x in head)
            s["param_bound_loops"] += bounded_by_param
            s["const_bound_loops"] += not bounded_by_param and any(tokens[k].kind == "number"
                                                                  for k in range(i + 2, head_end))
            body_start = head_end + 1
        elif t == "do" and tokens[i].kind == "keyword":
            body_start = i + 1
        else:
            i += 1
            continue
        if body_start < n and texts[body_start] == "{":
            body_end = matching(tokens, body_start, "{", "}")
        else:  # a single statement
            body_end = body_start
            while body_end < n - 1 and texts[body_end] != ";":
                body_end += 1
        depth_of[i + 1:body_end + 1] += 1
        i += 1
    return _second_pass(tokens, texts, depth_of, s)


def _assigned_from_ids(tokens, texts, i: int, id_vars: set[str]) -> bool:
    """Whether the right-hand side of the assignment at ``i`` ('=') uses a work-item id."""
    for j in range(i + 1, len(tokens)):
        if texts[j] in (";", ","):
            return False
        if texts[j] in _ID_CALLS or texts[j] in id_vars:
            return True
    return False


def _subscript_pattern(texts, start: int, end: int, id_vars: set[str]) -> str:
    """How work-items index ``[start..end]``: 'none', 'unit' (id added: neighbours touch
    neighbouring elements, coalesced) or 'strided' (id multiplied: each work-item walks its own row)."""
    pattern = "none"
    for j in range(start + 1, end):
        if texts[j] in id_vars:
            if texts[j - 1] == "*" or (j + 1 < end and texts[j + 1] == "*"):
                return "strided"
            pattern = "unit"
    return pattern


def _second_pass(tokens, texts, depth_of, s) -> tuple[float, ...]:
    """Fill the per-token counts of ``s`` given each token's loop depth; the statistics tuple."""
    n = len(tokens)
    id_vars: set[str] = set()  # variables computed from get_*_id (a simple forward taint)
    for i, tok in enumerate(tokens):
        text, kind, depth = tok.text, tok.kind, int(depth_of[i])
        following = texts[i + 1] if i + 1 < n else ""
        weight = LOOP_WEIGHT ** depth
        if kind == "keyword":
            s["float_types"] += text in _FLOAT_TYPES
            s["int_types"] += text in _INT_TYPES
            if text in ("__local", "local"):  # __local float a[N]; declared in the body
                j = i + 1
                while j < n and texts[j] not in (";", ",", ")", "["):
                    j += 1
                s["local_arrays"] += j < n and texts[j] == "["
            if text == "return" and depth == 0 and i > 0 and texts[i - 1] == ")":
                s["guard_returns"] += 1  # if (id >= n) return;
            if text in ("if", "switch") and depth:
                s["loop_branches"] += 1
            if text == "if" and i + 4 < n and texts[i + 2] in id_vars and texts[i + 3] == "==":
                s["single_item_branches"] += 1  # if (id == 0): one work-item does the work
        elif kind == "identifier" and following == "(":
            if text in _ID_CALLS and i + 2 < n and texts[i + 2].isdigit():
                s["work_dims"] = max(s["work_dims"], float(int(texts[i + 2]) + 1))
            if text in _MATH:
                s["loop_math"] += depth > 0
                s["weighted_math"] += weight
            if text in _SYNC:
                s["loop_sync"] += depth > 0
        elif kind == "identifier" and following == "=" and _assigned_from_ids(tokens, texts, i + 1, id_vars):
            id_vars.add(text)
        elif kind == "punctuator":
            if text in _ARITH:
                s["loop_arith"] += depth > 0
                s["deep_arith"] += depth > 1
                s["weighted_arith"] += weight
            elif text == "[":
                s["loop_subscripts"] += depth > 0
                s["deep_subscripts"] += depth > 1
                s["weighted_subscripts"] += weight
                end = matching(tokens, i, "[", "]")
                s["indirect_subscripts"] += "[" in texts[i + 1:end]
                pattern = _subscript_pattern(texts, i, end, id_vars)
                s["id_subscripts"] += pattern != "none"
                s["strided_subscripts"] += "*" in texts[i + 1:end]
                s["id_unit_loop_subscripts"] += weight * (depth > 0) * (pattern == "unit")
                s["id_strided_loop_subscripts"] += weight * (depth > 0) * (pattern == "strided")
                s["id_free_loop_subscripts"] += weight * (depth > 0) * (pattern == "none")
                after = texts[end + 1] if end + 1 < n else ""
                is_store = after in ("=", "+=", "-=", "*=", "/=") or (after == "." and end + 3 < n
                                                                     and texts[end + 3] == "=")
                s["stores"] += is_store
                s["loads"] += not is_store
    return tuple(float(s[k]) for k in STRUCTURE_STATISTICS)


def launch_features(transfer_bytes, wgsize, dataset: Sequence[str]) -> np.ndarray:
    """(n, len(LAUNCH_FEATURES)): log2 transfer, log2 work-group size, log2 of their ratio (bytes
    moved per work-item of a group, roughly), and the rank of the dataset's size name.

    Trees are blind to monotone rescaling of one column, so the logs matter only through the
    ratio and through column subsampling; the ratio is the new information. wgsize 0 (left to
    the runtime) counts as 1 in the ratio.
    """
    t = np.asarray(transfer_bytes, dtype=np.float64).reshape(-1)
    w = np.asarray(wgsize, dtype=np.float64).reshape(-1)
    log_t = np.log2(t + 1.0)
    rank = np.asarray([DATASET_RANK.get(name, -1) for name in dataset], dtype=np.float64)
    return np.column_stack([log_t, np.log2(w + 1.0), log_t - np.log2(np.maximum(w, 1.0)), rank])
