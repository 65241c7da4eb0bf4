"""Feature vectors for the tree models: Grewe et al.'s F1-F4, the raw static counts, and token
statistics of the kernel source (from the lexer, so they exist for any kernel a user passes).

Grewe et al. (CGO 2013), as DeepTune computed them from the DevMap columns:
F1 = transfer / (comp + mem)   data transfer per unit of work
F2 = coalesced / mem           share of coalesced memory accesses
F3 = localmem / mem * wgsize   local-memory use scaled by the work-group size
F4 = comp / mem                computation per memory access
A zero denominator gives 0 (no DevMap row has one; a user's kernel might).
"""

from __future__ import annotations

from functools import lru_cache

from throttllem.devmap.data.dataset import COUNT_COLUMNS
from throttllem.devmap.source.lexer import source_tokens
from throttllem.devmap.source.opencl import BUILTIN_FUNCTIONS, VECTOR_TYPES

GREWE_FEATURES = ("F1_transfer_per_work", "F2_coalesced_share", "F3_localmem_x_wgsize", "F4_comp_per_mem")
STATIC_FEATURES = (*COUNT_COLUMNS, "transfer_bytes", "wgsize")

_WORK_ITEM = frozenset(f for f in BUILTIN_FUNCTIONS if f.startswith(("get_", "async_", "wait_group")))
_SYNC = frozenset({"barrier", "mem_fence", "read_mem_fence", "write_mem_fence", "work_group_barrier"})
_ATOMIC = frozenset(f for f in BUILTIN_FUNCTIONS if f.startswith(("atomic_", "atom_")))
_MATH = BUILTIN_FUNCTIONS - _WORK_ITEM - _SYNC - _ATOMIC
_ARITH = frozenset("+ - * / % ++ -- += -= *= /= %=".split())
_BITWISE = frozenset("& | ^ ~ << >> &= |= ^= <<= >>=".split())
_COMPARE = frozenset("< > <= >= == != && || !".split())

#: Token statistics, in column order.
TOKEN_STATISTICS = (
    "tokens", "lines", "kernel_params", "loops", "branches", "max_brace_depth", "max_loop_depth",
    "subscripts", "arith_ops", "bitwise_ops", "compare_ops", "assignments", "number_literals",
    "float_literals", "math_calls", "work_item_calls", "sync_calls", "atomic_calls",
    "global_qualifiers", "local_qualifiers", "constant_qualifiers", "private_qualifiers",
    "double_types", "vector_types", "function_calls",
)


def grewe_row(comp: float, mem: float, localmem: float, coalesced: float, transfer_bytes: float,
              wgsize: float) -> tuple[float, float, float, float]:
    """F1-F4 of one kernel launch with plain floats (no numpy: this is on the decision path)."""
    work = comp + mem
    return (transfer_bytes / work if work else 0.0, coalesced / mem if mem else 0.0,
            localmem / mem * wgsize if mem else 0.0, comp / mem if mem else 0.0)


@lru_cache(maxsize=4096)
def token_statistics(source: str) -> tuple[float, ...]:
    """TOKEN_STATISTICS of one kernel source (cached: DevMap repeats each source per input size)."""
    tokens = source_tokens(source)
    stats = dict.fromkeys(TOKEN_STATISTICS, 0.0)
    stats["tokens"] = len(tokens)
    stats["lines"] = source.count("\n") + 1
    depth = max_depth = 0
    loop_depths: list[int] = []  # brace depth at which each open loop body started
    pending_loop = False
    # parameters of the first __kernel function (helpers may come before it)
    first = next((i for i, t in enumerate(tokens) if t.text in KERNEL_WORDS), None)
    params = 0 if first is None else len(kernel_parameters(tokens, first))
    for i, tok in enumerate(tokens):
        text, kind = tok.text, tok.kind
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if text == "{":
            depth += 1
            max_depth = max(max_depth, depth)
            if pending_loop:
                loop_depths.append(depth)
                pending_loop = False
        elif text == "}":
            if loop_depths and loop_depths[-1] == depth:
                loop_depths.pop()
            depth -= 1
        if text in ("for", "while", "do") and kind == "keyword":
            stats["loops"] += 1
            pending_loop = True
            stats["max_loop_depth"] = max(stats["max_loop_depth"], len(loop_depths) + 1)
        elif text in ("if", "switch", "?") and kind in ("keyword", "punctuator"):
            stats["branches"] += 1
        if kind == "punctuator":
            stats["subscripts"] += text == "["
            stats["arith_ops"] += text in _ARITH
            stats["bitwise_ops"] += text in _BITWISE
            stats["compare_ops"] += text in _COMPARE
            stats["assignments"] += text == "="
        elif kind == "number":
            stats["number_literals"] += 1
            stats["float_literals"] += ("." in text or "e" in text.lower()) and not text.lower().startswith("0x")
        elif kind == "keyword":
            stats["global_qualifiers"] += text in ("__global", "global")
            stats["local_qualifiers"] += text in ("__local", "local")
            stats["constant_qualifiers"] += text in ("__constant", "constant")
            stats["private_qualifiers"] += text in ("__private", "private")
            stats["double_types"] += text.startswith("double")
            stats["vector_types"] += text in VECTOR_TYPES
        elif kind == "identifier" and following == "(" and not _is_definition(tokens, i):
            stats["function_calls"] += 1
            stats["math_calls"] += text in _MATH
            stats["work_item_calls"] += text in _WORK_ITEM
            stats["sync_calls"] += text in _SYNC
            stats["atomic_calls"] += text in _ATOMIC
    stats["kernel_params"] = params
    stats["max_brace_depth"] = max_depth
    return tuple(float(stats[k]) for k in TOKEN_STATISTICS)


KERNEL_WORDS = ("__kernel", "kernel")
_ATTRIBUTE = ("__attribute__", "__attribute")


def matching(tokens, i: int, open_: str = "(", close: str = ")") -> int:
    """Index of the token closing the bracket opened at ``i`` (the last token when it never closes)."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += (tokens[j].text == open_) - (tokens[j].text == close)
        if depth == 0:
            return j
    return len(tokens) - 1


def parameter_list(tokens, i: int) -> int | None:
    """Index of the '(' opening the parameter list of the kernel whose ``__kernel`` is token ``i``
    (None: no '(' follows). ``__attribute__((...))`` before the name is skipped: its parenthesis
    is not the parameter list."""
    j = i + 1
    while j < len(tokens):
        if tokens[j].text in _ATTRIBUTE and j + 1 < len(tokens) and tokens[j + 1].text == "(":
            j = matching(tokens, j + 1) + 1
            continue
        if tokens[j].text == "(":
            return j
        j += 1
    return None


def kernel_parameters(tokens, i: int) -> list[list]:
    """The parameters (token lists) of the kernel whose ``__kernel`` is token ``i``; ``(void)``
    and ``()`` have none."""
    start = parameter_list(tokens, i)
    if start is None:
        return []
    end, params, current, depth = matching(tokens, start), [], [], 0
    for t in tokens[start + 1:end]:
        depth += (t.text == "(") - (t.text == ")")
        if t.text == "," and depth == 0:
            params.append(current)
            current = []
        else:
            current.append(t)
    if current:
        params.append(current)
    if len(params) == 1 and [t.text for t in params[0]] == ["void"]:
        return []
    return params


@lru_cache(maxsize=4096)
def has_kernel(source: str) -> bool:
    """Whether ``source`` defines a ``__kernel`` function (a name and its parameter list)."""
    tokens = source_tokens(source)
    for i, t in enumerate(tokens):
        start = parameter_list(tokens, i) if t.text in KERNEL_WORDS else None
        if start is not None and start - 1 > i and tokens[start - 1].kind == "identifier" \
                and not any(tokens[k].text in (";", "{", "}") for k in range(i, start)):
            return True
    return False


_NOT_A_TYPE = frozenset({"return", "else", "case", "do", "sizeof"})


def _is_definition(tokens, i: int) -> bool:
    """Whether identifier i, followed by '(', names a function being defined (``void A(``)."""
    return i > 0 and tokens[i - 1].kind == "keyword" and tokens[i - 1].text not in _NOT_A_TYPE
