"""DevMap's static Grewe counts (comp, rational, mem, localmem, coalesced, atomic), derived from an
OpenCL kernel's source, so that the Grewe features and ``gbdt`` can run on kernels DevMap never saw.

DevMap took these counts from an LLVM pass over optimised IR. This counter works on the source
(lexer -> ``static_parse`` tree) and counts, in the kernel and in every helper it calls (once
per call site, as inlining would; each loop body once, as a static count does):

- ``comp``: arithmetic and bitwise operators (``+ - * / % << >> & | ^``, unary ``-`` and ``~``,
  compound assignments, ``++``/``--``) and calls of math builtins (``sqrt``, ``dot``, ``mad``...);
- ``rational``: comparisons (``< > <= >= == !=``); DevMap's column matches this reading
  (VectorAdd's one ``if (e >= d)`` gives 1, Triad's none 0);
- ``mem``: loads and stores of ``__global``, ``__constant`` and ``__local`` memory (subscripts,
  ``*p``, ``vload``/``vstore``): a read is 1, a write 1, ``x[i] += v`` and ``x[i]++`` 2, ``&x[i]`` 0.
  DevMap's ``mem`` includes local accesses too (e.g. its prefixSum: 19 = 6 global + 13 local);
- ``localmem``: the ``__local`` part of ``mem``;
- ``coalesced``: global/constant accesses whose address is affine in the work-item's position
  along dimension 0 with unit stride: ``get_global_id(0)`` and ``get_local_id(0)`` have
  coefficient 1, every uniform value (scalars, group ids, sizes, ``get_global_id(1)``, constants)
  0; ``a[row * n + col]`` with ``col = get_global_id(0)`` is coalesced, ``a[col * n]`` and
  ``a[2 * col]`` are not; ``min``/``max``/``clamp`` with uniform bounds keep the coefficient (an
  access clamped at the edges is coalesced away from them);
- ``atomic``: atomic builtin calls (not counted in ``mem``, as an ``atomicrmw`` is not a load).

Also returned, not DevMap columns: ``branches`` (if, ``?:``, switch), ``loops``, ``barriers``
and ``math_calls``.

Differences from DevMap's LLVM counts (expect them): no constant folding, common-subexpression
elimination or strength reduction (repeated index arithmetic is counted each time it is
written); a math builtin counts 1 (in IR a call or an expanded library routine); private
arrays are registers here (no ``mem``); variables are tracked by name, flow-insensitively, for
the coalescing test (a name's value joins over all its assignments); ``#if`` branches are all
counted. On the DevMap sources the parser reads 244 of 247 (the rest are not valid C after
DevMap's renaming).
"""

from __future__ import annotations

import operator
from dataclasses import asdict, dataclass
from functools import lru_cache

from throttllem.devmap.data.dataset import COUNT_COLUMNS
from throttllem.devmap.source.opencl import BUILTIN_FUNCTIONS
from throttllem.devmap.source.static_parse import Function, Node, Program, Var, parse

ARITHMETIC = frozenset("+ - * / % << >> & | ^".split())
COMPARISONS = frozenset("< > <= >= == !=".split())
_ACCESSES = {"read": 1, "write": 1, "rmw": 2, "addr": 0}
_ATOMIC = frozenset(f for f in BUILTIN_FUNCTIONS if f.startswith(("atomic_", "atom_")))
_SYNC = frozenset({"barrier", "mem_fence", "read_mem_fence", "write_mem_fence", "work_group_barrier"})
_MEMORY = frozenset(f for f in BUILTIN_FUNCTIONS if f.startswith(("vload", "vstore")))
_WORK_ITEM = frozenset(f for f in BUILTIN_FUNCTIONS if f.startswith(("get_", "async_", "wait_group", "prefetch")))
_NOT_MATH = _ATOMIC | _SYNC | _MEMORY | _WORK_ITEM | {"printf"}
_LANE = frozenset({"get_global_id", "get_local_id"})           # coefficient 1 along dimension 0
_LINEAR = frozenset({"get_global_linear_id", "get_local_linear_id"})
_CLAMPS = frozenset({"min", "max", "clamp"})

# The value lattice of the coalescing test: BOTTOM (no assignment seen yet) < (coefficient of the
# dimension-0 position, constant value or None) < TOP (not affine, or data-dependent).
BOTTOM, TOP = "bottom", "top"
_INTEGER_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "<<": operator.lshift,
                ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor}
UNIFORM = (0, None)


@dataclass(frozen=True)
class StaticCounts:
    """Static counts of one kernel (see the module docstring for what each counts)."""

    comp: int = 0
    rational: int = 0
    mem: int = 0
    localmem: int = 0
    coalesced: int = 0
    atomic: int = 0
    branches: int = 0
    loops: int = 0
    barriers: int = 0
    math_calls: int = 0

    def devmap(self) -> dict[str, int]:
        """The six DevMap columns (dataset.COUNT_COLUMNS)."""
        return {c: getattr(self, c) for c in COUNT_COLUMNS}

    def __add__(self, other: StaticCounts) -> StaticCounts:
        return StaticCounts(**{k: v + getattr(other, k) for k, v in asdict(self).items()})


@lru_cache(maxsize=1024)
def static_counts(source: str, kernel: str | None = None) -> StaticCounts:
    """Counts of ``kernel`` (default: the first ``__kernel``) in ``source``; cached per source.

    Raises LexError/ParseError (both ValueErrors naming line and column) for a source it cannot read.
    """
    program = parse(source)
    return _Counter(program, program.kernel(kernel), ()).run()


def _join(a, b):
    if a == BOTTOM:
        return b
    if b == BOTTOM or a == b:
        return a
    if TOP in (a, b) or a[0] != b[0]:
        return TOP
    return (a[0], None)


def _int_literal(text: str) -> int | None:
    digits = text.rstrip("uUlL")
    for base in (0, 10):
        try:
            return int(digits, base)
        except ValueError:
            continue
    return None


def _fold(op: str, x: int | None, y: int | None) -> int | None:
    """C integer arithmetic on two known constants (None when unknown or undefined)."""
    if x is None or y is None:
        return None
    if op in ("/", "%"):
        if y == 0:
            return None
        quotient = abs(x) // abs(y) * (1 if (x >= 0) == (y >= 0) else -1)  # C truncates toward 0
        return quotient if op == "/" else x - quotient * y
    if op in ("<<", ">>") and not 0 <= y < 64:
        return None
    function = _INTEGER_OPS.get(op)
    return None if function is None else function(x, y)


class _Counter:
    """Counts one function (and the helpers it calls), after solving the coalescing test's values."""

    def __init__(self, program: Program, function: Function, stack: tuple[str, ...]):
        self.program, self.function, self.stack = program, function, (*stack, function.name)
        self.spaces: dict[str, str | None] = {v.name: v.space for v in program.globals if v.pointer or v.array}
        self.env: dict[str, object] = {}
        self.counts: dict[str, int] = dict.fromkeys(asdict(StaticCounts()), 0)
        self.helpers = StaticCounts()

    def run(self) -> StaticCounts:
        for p in self.function.params:
            if p.pointer or p.array:
                self.spaces[p.name] = p.space
            self.env[p.name] = UNIFORM  # an argument is the same for every work-item
        assignments: list[tuple[str, Node | None]] = []
        self._collect(self.function.body, assignments)
        self._solve(assignments)
        self._statement(self.function.body)
        return StaticCounts(**self.counts) + self.helpers

    # -- the coalescing test's values ------------------------------------------------------------------
    def _collect(self, node, out: list) -> None:
        """Record declarations (address spaces) and every assignment to a plain name."""
        if isinstance(node, Var):
            if node.pointer or node.array:
                self.spaces[node.name] = node.space or (self._space(node.init) if node.init else None)
            if node.init is not None:
                out.append((node.name, node.init))
            self.env.setdefault(node.name, BOTTOM)
            for part in (node.init, *node.dims):
                self._collect(part, out)
            return
        if not isinstance(node, Node):
            return
        if node.kind == "assign" or node.kind in ("pre", "post"):
            target = node.kids[0]
            if target.kind == "id":
                value = node.kids[1] if node.kind == "assign" and node.text == "=" else \
                    Node("binary", node.text[:-1] if node.kind == "assign" else node.text[0],
                         (target, node.kids[1] if node.kind == "assign" else Node("num", "1")))
                out.append((target.text, value))
            elif target.kind == "member" and target.kids[0].kind == "id":
                out.append((target.kids[0].text, None))  # v.x = ...: a partial write, v is no longer affine
        for kid in node.kids:
            self._collect(kid, out)

    def _solve(self, assignments: list) -> None:
        for _ in range(64):  # the lattice is 3 steps high: this converges in a few rounds
            changed = False
            for name, value in assignments:
                new = _join(self.env.get(name, BOTTOM), TOP if value is None else self._value(value))
                if new != self.env.get(name, BOTTOM):
                    self.env[name], changed = new, True
            if not changed:
                break
        else:
            for name, _ in assignments:
                self.env[name] = TOP
        for name, value in self.env.items():
            if value == BOTTOM:  # declared, never assigned a value we could see
                self.env[name] = UNIFORM

    def _value(self, node: Node):
        """The lattice value of an expression: (coefficient of the dimension-0 position, constant)."""
        kind, kids = node.kind, node.kids
        if kind == "num":
            return (0, _int_literal(node.text))
        if kind in ("str", "sizeof"):
            return UNIFORM
        if kind == "id":
            return self.env.get(node.text, UNIFORM)  # names never assigned here: params, constants
        if kind == "call":
            return self._call_value(node)
        if kind == "index" and self._space(kids[0]) not in ("global", "constant", "local"):
            return TOP  # a private array's elements: per work-item contents
        if kind in ("index", "member") or (kind == "unary" and node.text == "*"):
            address = self._value(kids[0]) if kind != "index" else self._address(node)
            return address if address == BOTTOM else UNIFORM if address != TOP and address[0] == 0 else TOP
        if kind == "cast":
            inner = kids[0]
            if inner.kind == "comma":  # a vector literal: affine only if every component is uniform
                parts = self._comma_parts(inner)
                values = [self._value(p) for p in parts]
                return BOTTOM if BOTTOM in values else UNIFORM if all(v != TOP and v[0] == 0 for v in values) else TOP
            return self._value(inner)
        if kind in ("pre", "post"):
            return self._value(kids[0])
        if kind == "assign":
            if node.text == "=":
                return self._value(kids[1])
            return self._value(Node("binary", node.text[:-1], kids))
        if kind == "comma":
            return self._value(kids[1])
        if kind == "unary":
            v = self._value(kids[0])
            if v in (BOTTOM, TOP) or node.text == "&":
                return TOP if node.text == "&" else v
            if node.text in ("-", "+"):
                sign = -1 if node.text == "-" else 1
                return (sign * v[0], None if v[1] is None else sign * v[1])
            return UNIFORM if v[0] == 0 else TOP
        if kind == "binary":
            return self._binary_value(node.text, self._value(kids[0]), self._value(kids[1]))
        if kind == "cond":
            c, a, b = (self._value(k) for k in kids)
            if BOTTOM in (c, a, b):
                return BOTTOM
            return _join(a, b) if c != TOP and c[0] == 0 else TOP
        return TOP

    @staticmethod
    def _binary_value(op: str, a, b):
        if BOTTOM in (a, b):
            return BOTTOM
        if TOP in (a, b):
            return TOP
        (ca, ka), (cb, kb) = a, b
        if op in ("+", "-"):
            sign = 1 if op == "+" else -1
            return (ca + sign * cb, _fold(op, ka, kb))
        if ca == 0 and cb == 0:
            return (0, _fold(op, ka, kb))
        if op == "*" and (ca == 0 or cb == 0):
            factor, coefficient = (ka, cb) if ca == 0 else (kb, ca)
            return TOP if factor is None else (factor * coefficient, None)
        if op == "<<" and cb == 0 and kb is not None and 0 <= kb < 64:
            return (ca << kb, None)
        return TOP  # i / 2, i % n, i & 7, i * i, i * n: not affine with a known coefficient

    def _call_value(self, node: Node):
        callee, args = node.kids[0], node.kids[1:]
        name = callee.text if callee.kind == "id" else ""
        values = [self._value(a) for a in args]
        if BOTTOM in values:
            return BOTTOM
        if name in _LANE:
            dim = values[0] if values else TOP
            return TOP if dim == TOP or dim[1] is None else (1, None) if dim[1] == 0 else UNIFORM
        if name in _LINEAR:
            return (1, None)
        if name in _WORK_ITEM:
            return UNIFORM
        if name.startswith(("convert_", "as_")) and name in BUILTIN_FUNCTIONS and values:
            return values[0]
        varying = [v for v in values if v == TOP or v[0] != 0]
        if name in _CLAMPS and len(varying) == 1 and varying[0] != TOP:
            return (varying[0][0], None)  # clamped at uniform bounds: affine away from the edges
        if name in BUILTIN_FUNCTIONS and name not in _NOT_MATH:
            return TOP if varying else UNIFORM
        return TOP  # helpers, atomics (return memory contents)

    def _address(self, node: Node):
        """Value of the address an access touches (TOP for multi-dimensional arrays)."""
        if node.kind == "unary":
            return self._value(node.kids[0])
        base, index = node.kids
        if base.kind == "index":
            return TOP
        return self._binary_value("+", self._value(base), self._value(index))

    def _comma_parts(self, node: Node) -> list[Node]:
        return [*self._comma_parts(node.kids[0]), node.kids[1]] if node.kind == "comma" else [node]

    # -- roots and spaces --------------------------------------------------------------------------------
    def _root(self, node: Node | None) -> str | None:
        """The declared name an address expression starts from (``a`` in ``(a + 4)[i]``)."""
        while node is not None:
            if node.kind == "id":
                return node.text
            if node.kind in ("cast", "index", "member") or (node.kind == "unary" and node.text == "&"):
                node = node.kids[0]
            elif node.kind == "binary" and node.text in ("+", "-"):
                left = self._root(node.kids[0])
                if left in self.spaces or node.text == "-":
                    return left
                node = node.kids[1]
            elif node.kind in ("assign", "comma"):
                node = node.kids[-1]
            else:
                return None
        return None

    def _space(self, node: Node | None) -> str | None:
        return self.spaces.get(self._root(node))

    # -- counting ---------------------------------------------------------------------------------------
    def _add(self, name: str, n: int = 1) -> None:
        self.counts[name] += n

    def _statement(self, node) -> None:
        if node is None:
            return
        if isinstance(node, Var):  # array sizes are constants: not counted
            self._expr(node.init, "read")
            return
        kind = node.kind
        if kind in ("if", "switch"):
            self._add("branches")
        elif kind in ("for", "while", "do"):
            self._add("loops")
        for kid in node.kids:
            if isinstance(kid, Node) and kid.kind not in ("block", "decl", "expr", "if", "switch", "for", "while",
                                                          "do", "case", "return", "empty", "break", "continue"):
                self._expr(kid, "read")
            else:
                self._statement(kid)

    def _access(self, node: Node, mode: str) -> None:
        base = node.kids[0]
        space = self._space(base)
        if space not in ("global", "constant", "local"):
            return
        n = _ACCESSES[mode]
        self._add("mem", n)
        if space == "local":
            self._add("localmem", n)
        elif n and (address := self._address(node)) not in (TOP, BOTTOM) and address[0] == 1:
            self._add("coalesced", n)

    def _expr(self, node: Node | None, mode: str) -> None:
        """Count ``node``, evaluated for ``mode``: read, write, rmw (read-modify-write) or addr."""
        if node is None:
            return
        kind, kids, op = node.kind, node.kids, node.text
        if kind == "index":
            self._access(node, mode)
            self._expr(kids[0], "addr")
            self._expr(kids[1], "read")
        elif kind in ("member", "cast"):
            self._expr(kids[0], mode)
        elif kind == "unary":
            if op == "*":
                self._access(node, mode)
            elif op in ("-", "~"):
                self._add("comp")
            self._expr(kids[0], "addr" if op == "&" else "read")
        elif kind in ("pre", "post"):
            self._add("comp")
            self._expr(kids[0], "rmw")
        elif kind == "assign":
            if op != "=":
                self._add("comp")
            self._expr(kids[0], "write" if op == "=" else "rmw")
            self._expr(kids[1], "read")
        elif kind == "binary":
            if op in ARITHMETIC:
                self._add("comp")
            elif op in COMPARISONS:
                self._add("rational")
            self._expr(kids[0], "read")
            self._expr(kids[1], "read")
        elif kind == "cond":
            self._add("branches")
            for kid in kids:
                self._expr(kid, "read")
        elif kind in ("comma", "init_list"):
            for kid in kids:
                self._expr(kid, "read")
        elif kind == "call":
            self._call(node)

    def _call(self, node: Node) -> None:
        callee, args = node.kids[0], node.kids[1:]
        name = callee.text if callee.kind == "id" else ""
        if name in _ATOMIC:
            self._add("atomic")
        elif name in _SYNC:
            self._add("barriers")
        elif name in _MEMORY and args:
            # vloadN(offset, p) reads p[offset] (in vectors); vstoreN(data, offset, p) writes it.
            pointer, offset = args[-1], args[-2] if len(args) >= 2 else Node("num", "0")
            self._access(Node("index", "[]", (pointer, offset)), "read" if name.startswith("vload") else "write")
        elif name in BUILTIN_FUNCTIONS and name not in _NOT_MATH and not name.startswith(("convert_", "as_")):
            self._add("comp")
            self._add("math_calls")
        elif name in self.program.functions and name not in self.stack:
            # A helper: its body counts once per call site, as after inlining.
            self.helpers = self.helpers + _Counter(self.program, self.program.functions[name], self.stack).run()
        if not name:
            self._expr(callee, "read")
        for arg in args:
            self._expr(arg, "read")
