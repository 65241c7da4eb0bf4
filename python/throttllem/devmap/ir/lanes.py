"""The work-item lane dataflow of ``ir.analysis``: the coefficient of the dimension-0 position
in each SSA value (0 uniform, 1 unit stride, ``S`` strided, ``T`` not affine), which decides
whether a global access is coalesced. See ``ir.analysis`` for the rules' rationale."""

from __future__ import annotations

import re

from throttllem.devmap.ir.parse import Function, Instruction, split_top

S, T = "S", "T"
_PASS_THROUGH = frozenset({"trunc", "zext", "sext", "bitcast", "addrspacecast", "ptrtoint", "inttoptr",
                           "freeze"})
_MANGLED = re.compile(r"^_Z(\d+)(\w+)")
_INT_LITERAL = re.compile(r"^-?\d+$")


def demangle(name: str) -> str:
    """The OpenCL builtin's name of an Itanium-mangled callee (``_Z13get_global_idj`` ->
    ``get_global_id``); other names unchanged."""
    m = _MANGLED.match(name)
    if not m:
        return name
    length = int(m.group(1))
    return m.group(2)[:length]


def _add(a, b, sign=1):
    if T in (a, b):
        return T
    if a == 0:
        return b if sign == 1 or b == 0 else (S if b != 0 else 0)
    if b == 0:
        return a
    if a == 1 and b == 1:
        return 0 if sign == -1 else S
    return S


def _join(values):
    seen = {v for v in values if v is not None}
    if not seen:
        return None
    return seen.pop() if len(seen) == 1 else T


def _operand_texts(ins: Instruction) -> list[str]:
    """Operand texts of a binary or cast instruction, flags and types dropped."""
    text = re.sub(r"\b(nuw|nsw|exact|fast|nnan|ninf|nsz|arcp|contract|afn|reassoc|inbounds)\b", "", ins.text)
    text = re.split(r"\s+to\s+", text)[0]
    return [p.split()[-1] if p.split() else "" for p in split_top(text)]


def _literal(text: str) -> int | None:
    return int(text) if _INT_LITERAL.match(text) else None


class Lanes:
    """The coefficient of the dimension-0 position in each SSA value of one function."""

    def __init__(self, fn: Function):
        self.value: dict[str, object] = {}
        defs = [ins for ins in fn.instructions() if ins.result]
        self.defined = {ins.result for ins in defs}
        for _ in range(8):  # to a fixed point; loops need a few rounds, 8 is plenty for these kernels
            changed = False
            for ins in defs:
                new = self._transfer(ins)
                if new is not None and self.value.get(ins.result) != new:
                    self.value[ins.result] = new
                    changed = True
            if not changed:
                break

    def of(self, text: str):
        """Coefficient of an operand's text (a %value, a literal, a global, a constant expression)."""
        text = text.strip()
        if text.startswith("%"):  # an argument is uniform; an instruction not yet reached: unknown
            return self.value.get(text) if text in self.defined else 0
        if text.startswith("getelementptr"):  # a constant-expression GEP into a __local array
            inner = text[text.find("(") + 1:text.rfind(")")]
            return self._gep(inner)
        return 0  # literals, @globals, undef, null: uniform

    def _gep(self, text: str):
        parts = split_top(text)
        if len(parts) < 2:
            return T
        source_type, base, indices = parts[0], parts[1].split()[-1], [p.split()[-1] for p in parts[2:]]
        coef = self.of(base)
        if coef is None:
            return None
        aggregate = source_type.strip().startswith(("[", "%", "{"))
        for position, index in enumerate(indices):
            c = self.of(index)
            if c is None:
                return None
            last = position == len(indices) - 1
            if c != 0 and aggregate and not last:
                c = T if c == T else S  # an outer dimension or a struct: not one element per lane
            coef = _add(coef, c)
        return coef

    def _transfer(self, ins: Instruction):
        op = ins.opcode
        if op == "getelementptr":
            return self._gep(ins.text)
        if op == "phi":
            return _join(self.of(m.group(1)) for m in re.finditer(r"\[\s*([^,\]]+),", ins.text))
        if op == "select":
            ops = split_top(ins.text)
            return _join(self.of(p.split()[-1]) for p in ops[1:3]) if len(ops) >= 3 else T
        if op == "call":
            name = demangle(ins.callee())
            args = ins.text[ins.text.find("(", ins.text.find("@")) + 1:ins.text.rfind(")")]
            arg = split_top(args)[0].split()[-1] if args.strip() else ""
            if name in ("get_global_id", "get_local_id"):
                return 1 if _literal(arg) == 0 else (0 if _literal(arg) is not None else T)
            if name in ("get_global_linear_id", "get_local_linear_id"):
                return 1
            if name.startswith("get_"):
                return 0
            coefs = [self.of(a.split()[-1]) for a in split_top(args)] if args.strip() else []
            if name in ("min", "max", "clamp") or name.startswith("llvm.smin") or name.startswith("llvm.smax"):
                moving = {c for c in coefs if c != 0}
                return moving.pop() if len(moving) == 1 else (0 if not moving else T)
            return 0 if all(c == 0 for c in coefs) else T
        if op == "load":
            pointer = split_top(re.split(r",\s*align\b|,\s*!", ins.text)[0])[-1]
            return 0 if self.of(pointer.split()[-1] if not pointer.startswith("getelementptr") else pointer) == 0 else T
        if op in _PASS_THROUGH:
            return self.of(_operand_texts(ins)[0])
        ops = _operand_texts(ins)
        if len(ops) != 2:
            return 0 if all(self.of(o) == 0 for o in ops) else T
        a, b = self.of(ops[0]), self.of(ops[1])
        if a is None or b is None:
            return None
        if op == "add" or op == "or" and (a == 0 or b == 0) and _literal(ops[1]) is not None:
            return _add(a, b)  # instcombine writes (x << k) | c for an add of disjoint bits
        if op == "sub":
            return _add(a, b, -1)
        if op == "mul":
            if T in (a, b) or (a != 0 and b != 0):
                return T
            moving, other = (a, ops[1]) if a != 0 else (b, ops[0])
            if moving == 0:
                return 0
            return moving if _literal(other) == 1 else S
        if op == "shl":
            if b != 0:
                return T
            return a if a == 0 or _literal(ops[1]) == 0 else (T if a == T else S)
        return 0 if a == 0 and b == 0 else T
