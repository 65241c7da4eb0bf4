"""DevMap's six Grewe counts with the original extractor's definitions, from clang's AST.

DevMap's ``comp, rational, mem, localmem, coalesced, atomic`` columns were not made by an LLVM
pass over IR: the extractor behind them (Grewe et al., CGO 2013, originally written by Zheng
Wang; the version Cummins et al. used for the CGO 2017 tables is
``gpu/portable_mapping_of_data_parallel_programs_to_opencl/feature_extractor_binary.cc`` in the
ChrisCummins/phd repository) is a clang ``RecursiveASTVisitor`` over the source. Its
definitions, re-implemented here over ``clang -Xclang -ast-dump=json`` (written here from what
that visitor does, not copied):

- ``comp``: binary operators ``* / % + - << >> & | ^`` and the shift assignments ``<<= >>=``
  (not ``+=`` and the other compound assignments, not unary operators, not ``&& ||``), plus 15
  per call of ``exp``, ``log`` or ``sqrt`` (other math builtins count nothing);
- ``rational``: comparison operators ``< > <= >= == !=``;
- ``mem``: *mentions* (``DeclRefExpr``) of a name that is a ``__global`` or ``__local`` parameter
  of the function or a ``__local`` variable declared in it: ``a[i] = a[i] + 1`` is 2, passing
  ``a`` to a helper is 1; ``__constant`` parameters and ``__global`` pointer variables are not
  counted;
- ``localmem``: subscripts ``x[...]`` whose base is a ``__local`` variable or parameter by name
  (a 2-D ``t[i][j]`` counts once);
- ``coalesced``: subscripts of a ``__global`` variable or parameter whose index is a plain
  variable, an integer literal, or an ``a + b`` / ``a - b`` / ``a * b`` / ``a / b`` / ``a % b``
  with a literal 0 or 1 (or two literals) as a direct operand; an index that is a call
  (``a[get_global_id(0)]``) or any other binary operation (``a[i * n + j]``, ``a[i + k]``) is not
  coalesced; any other index form (parenthesised, unary, ternary, cast) is;
- ``atomic``: calls of the OpenCL 1.x/2.0 ``atomic_*`` builtins by name (``atom_*`` is not);
- a call of a function defined earlier in the source adds that function's counts once per call
  site;
- operators in the array sizes written in a declaration's or a cast's type count too (the
  extractor's visitor walks type locations: ``(__global double(*)[N / 2 * 2 + 1])a`` is 3
  computations). clang's JSON dump keeps only the evaluated size (``[13]``), so those operators
  are read from the source text of the type (``_type_size_ops``).

So ``mem`` counts source mentions, not loads and stores, and ``coalesced`` is a syntactic test of
the index expression, not a dataflow of the work-item id: ``ir.analysis``'s counts answer
different questions. Both are kept; the models choose (docs/DEVMAP.md, "IR count fidelity").
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from functools import lru_cache

from throttllem._atomic import write_text_atomic
from throttllem.devmap.ir.compile import COMPILE_TIMEOUT_S, cache_dir, clang_path, clang_version

#: Bump when the counting rules change: cached counts of an older revision are ignored.
AST_REVISION = 2
AST_FLAGS = ("-x", "cl", "-cl-std=CL1.2", "-Xclang", "-finclude-default-header", "-fsyntax-only",
             "-Xclang", "-ast-dump=json", "-w", "-ferror-limit=0")
AST_COUNTS = ("ast_comp", "ast_rational", "ast_mem", "ast_localmem", "ast_coalesced", "ast_atomic")

_COMP_OPS = frozenset({"*", "/", "%", "+", "-", "<<", ">>", "&", "|", "^", "<<=", ">>="})
_COMPARISONS = frozenset({"<", ">", "<=", ">=", "==", "!="})
_INDEX_OPS = frozenset({"*", "/", "%", "+", "-"})
#: The routines the extractor charges a fixed cost (15 computations each).
_COSTLY_ROUTINES = {"exp": 15, "log": 15, "sqrt": 15}
_ATOMIC_NAMES = frozenset(
    {f"atomic_{op}" for op in ("add", "sub", "inc", "dec", "xchg", "cmpxchg", "min", "max", "and", "or", "xor",
                               "init", "load", "store", "exchange", "work_item_fence")}
    | {f"atomic_{op}{suffix}" for op in ("fetch_add", "fetch_sub", "fetch_and", "fetch_or", "fetch_xor",
                                         "fetch_min", "fetch_max", "load", "store", "exchange",
                                         "compare_exchange_strong", "compare_exchange_weak",
                                         "flag_test_and_set", "flag_clear")
       for suffix in ("", "_explicit")})

_TOKEN = re.compile(r"\s+|[A-Za-z_]\w*|\d[\w.]*|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||.", re.S)
#: Node kinds whose written type the extractor's visitor walks (sizes in ``[...]`` included).
_TYPED_KINDS = frozenset({"VarDecl", "ParmVarDecl", "CStyleCastExpr"})


def _type_size_ops(node: dict, text: bytes) -> tuple[int, int]:
    """(computations, comparisons) written inside ``[...]`` of ``node``'s type in the source.

    The type's text runs from the node's start to its first child (the initializer of a
    declaration, the operand of a cast), else to its end; a ``-``/``+``/``*``/``&`` counts only
    as a binary operator (after an operand).
    """
    begin = node.get("range", {}).get("begin", {}).get("offset")
    end_loc = node.get("range", {}).get("end", {})
    if begin is None or "offset" not in end_loc:
        return 0, 0
    end = end_loc["offset"] + end_loc.get("tokLen", 0)
    children = node.get("inner") or []
    if children:
        first = children[0].get("range", {}).get("begin", {}).get("offset")
        if first is not None and begin <= first <= end:
            end = first
    comp = rational = depth = 0
    operand = False
    for token in _TOKEN.findall(text[begin:end].decode("utf-8", "replace")):  # offsets count bytes
        if token.isspace():
            continue
        if token == "[":
            depth, operand = depth + 1, False
        elif token == "]":
            depth, operand = max(depth - 1, 0), True
        elif depth:
            if token in _COMPARISONS and operand:
                rational += 1
            elif token in _COMP_OPS and operand:
                comp += 1
            operand = token[0].isalnum() or token[0] == "_" or token == ")"
    return comp, rational


def _type_of(node: dict) -> str:
    return str(node.get("type", {}).get("qualType", ""))


def _callee(call: dict) -> str | None:
    """Name of a call's direct callee (the function a ``DeclRefExpr`` names), else None."""
    inner = call.get("inner") or []
    node = inner[0] if inner else None
    while node is not None and node.get("kind") in ("ImplicitCastExpr", "ParenExpr"):
        node = (node.get("inner") or [None])[0]
    if node is not None and node.get("kind") == "DeclRefExpr":
        ref = node.get("referencedDecl", {})
        if ref.get("kind") == "FunctionDecl":
            return ref.get("name")
    return None


def _subscript_base(node: dict) -> str:
    """'global' / 'local' / '' for a subscript's base: an implicit cast of a named variable."""
    base = (node.get("inner") or [None])[0]
    if base is None or base.get("kind") != "ImplicitCastExpr":
        return ""
    ref = (base.get("inner") or [None])[0]
    if ref is None or ref.get("kind") != "DeclRefExpr":
        return ""
    t = _type_of(ref.get("referencedDecl", {}))
    return "global" if "__global" in t else "local" if "__local" in t else ""


def _integer(node: dict) -> str | None:
    return node.get("value") if node.get("kind") == "IntegerLiteral" else None


def _index_coalesced(subscript: dict) -> bool:
    """The extractor's test on a global subscript's index expression."""
    inner = subscript.get("inner") or []
    if len(inner) < 2:
        return True
    index = inner[1]
    kind = index.get("kind")
    if kind in ("BinaryOperator", "CompoundAssignOperator"):
        if index.get("opcode") not in _INDEX_OPS:
            return False
        sides = [_integer(side) for side in (index.get("inner") or [])[:2]]
        if len(sides) == 2 and sides[0] is not None and sides[1] is not None:
            return True
        return any(v in ("0", "1") for v in sides)
    if kind == "CallExpr":
        return False
    if kind == "ArraySubscriptExpr":
        return _index_coalesced(index)
    return True  # a variable, a literal, or any other form: the extractor assumes coalesced


class _Function:
    __slots__ = ("name", "kernel", "names", "counts")

    def __init__(self, node: dict):
        self.name = node.get("name", "")
        self.kernel = any(c.get("kind") == "OpenCLKernelAttr" for c in node.get("inner") or [])
        self.names: set[str] = set()   # __global/__local parameters and __local variables
        self.counts = dict.fromkeys(AST_COUNTS, 0)
        for param in node.get("inner") or []:
            if param.get("kind") == "ParmVarDecl" and param.get("name"):
                t = _type_of(param)
                if "__global" in t or "__local" in t:
                    self.names.add(param["name"])


def _count(fn: _Function, nodes: list[dict], defined: dict[str, dict[str, int]], text: bytes) -> None:
    c = fn.counts
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        kind = node.get("kind")
        if text and kind in _TYPED_KINDS and "[" in _type_of(node):
            comp, rational = _type_size_ops(node, text)
            c["ast_comp"] += comp
            c["ast_rational"] += rational
        if kind in ("BinaryOperator", "CompoundAssignOperator"):
            op = node.get("opcode")
            if op in _COMPARISONS:
                c["ast_rational"] += 1
            elif op in _COMP_OPS:
                c["ast_comp"] += 1
        elif kind == "VarDecl":
            if node.get("name") and "__local" in _type_of(node):
                fn.names.add(node["name"])
        elif kind == "DeclRefExpr":
            ref = node.get("referencedDecl", {})
            if ref.get("kind") != "FunctionDecl" and ref.get("name") in fn.names:
                c["ast_mem"] += 1
        elif kind == "CallExpr":
            name = _callee(node)
            if name in _ATOMIC_NAMES:
                c["ast_atomic"] += 1
            elif name in _COSTLY_ROUTINES:
                c["ast_comp"] += _COSTLY_ROUTINES[name]
            elif name in defined:
                for key, value in defined[name].items():
                    c[key] += value
        elif kind == "ArraySubscriptExpr":
            space = _subscript_base(node)
            if space == "global" and _index_coalesced(node):
                c["ast_coalesced"] += 1
            elif space == "local":
                c["ast_localmem"] += 1
        # children in source order (a __local declaration precedes its uses)
        stack.extend(reversed(node.get("inner") or []))


def counts_from_ast(ast: dict, source: str = "") -> dict[str, dict[str, int]]:
    """``AST_COUNTS`` of every kernel with a body in the main file of a ``-ast-dump=json`` tree,
    by name, helpers' counts added per call site. ``source`` (the text the tree was made from)
    is needed for operators in written array sizes; without it they are not counted."""
    text = source.encode("utf-8")
    defined: dict[str, dict[str, int]] = {}
    kernels: dict[str, dict[str, int]] = {}
    for node in ast.get("inner") or []:
        if node.get("kind") != "FunctionDecl" or "includedFrom" in json.dumps(node.get("loc", {})):
            continue
        body = next((c for c in node.get("inner") or [] if c.get("kind") == "CompoundStmt"), None)
        if body is None:
            continue
        fn = _Function(node)
        params = [c for c in node.get("inner") or [] if c.get("kind") == "ParmVarDecl"]
        _count(fn, [*params, body], defined, text)
        defined.setdefault(fn.name, fn.counts)
        if fn.kernel:
            kernels.setdefault(fn.name, fn.counts)
    return kernels


def _cache_key(source: str) -> str:
    h = hashlib.sha256()
    for part in ("ast", str(AST_REVISION), clang_version(), " ".join(AST_FLAGS), source):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=4096)
def ast_counts(source: str, *, use_disk: bool = True) -> dict[str, dict[str, int]]:
    """``AST_COUNTS`` per kernel of ``source`` (empty when clang produced no AST at all).

    A source with errors still has an AST (clang recovers): the counts are taken from what
    parsed, as the original extractor did. Cached in memory and on disk, keyed by content.
    """
    path = cache_dir() / f"ast-{_cache_key(source)}.json"
    if use_disk and path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return {k: {n: int(raw[k][n]) for n in AST_COUNTS} for k in raw}
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a damaged entry is recomputed and rewritten
    try:
        out = subprocess.run([clang_path(), *AST_FLAGS, "-"], input=source, capture_output=True, text=True,
                             check=False, timeout=COMPILE_TIMEOUT_S)
        result = counts_from_ast(json.loads(out.stdout), source) if out.stdout.strip() else {}
    except (subprocess.TimeoutExpired, ValueError):
        result = {}
    if use_disk:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(result))
    return result


def kernel_ast_counts(source: str, kernel: str | None = None) -> tuple[float, ...] | None:
    """The six counts of ``kernel`` (default: the first kernel) of ``source``, else None."""
    per_kernel = ast_counts(source)
    counts = per_kernel.get(kernel) if kernel else next(iter(per_kernel.values()), None)
    return None if counts is None else tuple(float(counts[n]) for n in AST_COUNTS)
