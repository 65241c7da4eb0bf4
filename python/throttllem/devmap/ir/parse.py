"""Read clang's textual LLVM IR (LLVM 14 typed pointers, or opaque ``ptr``) into functions, basic
blocks and instructions: just enough structure for the counts in ``ir.analysis``.

Written for the IR clang emits for one OpenCL program (``-x cl -emit-llvm -S``); it is no general
LLVM parser. Unknown lines are skipped, not guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DEFINE = re.compile(r"^define\b(?P<head>[^@]*)@(?P<name>[-\w.$]+)\((?P<args>.*)\)[^{]*\{\s*$")
_LABEL = re.compile(r"^(?P<label>[-\w.$]+):(?:\s*;.*)?$")
_ASSIGN = re.compile(r"^(?P<result>%[-\w.$]+)\s*=\s*(?P<rest>.*)$")
_VALUE = re.compile(r"%[-\w.$]+")
_CALLEE = re.compile(r"@(?P<callee>[-\w.$]+)\s*\(")
_ADDRSPACE = re.compile(r"addrspace\((\d+)\)")
_LABEL_REF = re.compile(r"label\s+(%[-\w.$]+)")
_CALL_PREFIX = ("tail", "musttail", "notail")


@dataclass
class Instruction:
    """One instruction: its result (``""`` when none), opcode and the text after the opcode."""

    result: str
    opcode: str
    text: str
    block: str

    def operands(self) -> list[str]:
        """The %values it reads, in order (labels of branches included)."""
        return _VALUE.findall(self.text)

    def callee(self) -> str:
        """The called function's name (``""`` when not a direct call)."""
        if self.opcode != "call":
            return ""
        m = _CALLEE.search(self.text)
        return m.group("callee") if m else ""


@dataclass
class Function:
    """A defined function: its blocks in order, each a list of instructions, and its successors."""

    name: str
    kernel: bool
    args: list[str]
    blocks: dict[str, list[Instruction]] = field(default_factory=dict)
    successors: dict[str, list[str]] = field(default_factory=dict)

    def instructions(self):
        """Every instruction, block by block."""
        for block in self.blocks.values():
            yield from block


def split_top(text: str) -> list[str]:
    """Split ``text`` at commas outside (), [], {} and <>."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def _strip_comment(line: str) -> str:
    # ';' starts a comment outside string constants (IR strings only appear in metadata/globals)
    cut = line.find(";")
    return line if cut < 0 else line[:cut]


def _instruction(line: str, block: str) -> Instruction | None:
    m = _ASSIGN.match(line)
    result, rest = (m.group("result"), m.group("rest")) if m else ("", line)
    words = rest.split(None, 1)
    if not words:
        return None
    opcode, text = words[0], words[1] if len(words) > 1 else ""
    if opcode in _CALL_PREFIX:  # "tail call ..."
        words = text.split(None, 1)
        opcode, text = words[0], words[1] if len(words) > 1 else ""
    return Instruction(result, opcode, text, block)


def parse_module(ir: str) -> list[Function]:
    """The defined functions of a textual IR module, kernels marked (``spir_kernel`` or
    ``!kernel_arg_*`` metadata on the definition)."""
    functions: list[Function] = []
    current: Function | None = None
    block = ""
    pending_switch: Instruction | None = None
    for raw in ir.splitlines():
        line = _strip_comment(raw).strip()
        if current is None:
            m = _DEFINE.match(line)
            if m:
                args = [a for a in (split_top(m.group("args")) if m.group("args").strip() else [])]
                kernel = "spir_kernel" in m.group("head") or "!kernel_arg" in raw
                current = Function(m.group("name"), kernel, args)
                block = "entry"
                current.blocks[block] = []
            continue
        if not line:
            continue
        if line == "}":
            functions.append(current)
            current, pending_switch = None, None
            continue
        if pending_switch is not None:  # the case lines of a switch, up to "]"
            pending_switch.text += " " + line
            if "]" in line:
                pending_switch = None
            continue
        m = _LABEL.match(line)
        if m:
            block = "%" + m.group("label")
            current.blocks.setdefault(block, [])
            continue
        ins = _instruction(line, block)
        if ins is None:
            continue
        current.blocks[block].append(ins)
        if ins.opcode == "switch" and "]" not in ins.text:
            pending_switch = ins
    for fn in functions:
        _link(fn)
    return functions


def _link(fn: Function) -> None:
    """Successors of each block, from its terminator (the unnamed entry block is called ``entry``:
    nothing can branch to an entry block, so its number is never needed)."""
    for name, instructions in fn.blocks.items():
        succ: list[str] = []
        for ins in instructions:
            if ins.opcode in ("br", "switch", "indirectbr", "invoke", "callbr"):
                succ += [s for s in _LABEL_REF.findall(ins.text) if s in fn.blocks]
        fn.successors[name] = list(dict.fromkeys(succ))


def address_space(pointer_part: str) -> int:
    """Address space of a pointer operand's text (0: private when none is written)."""
    found = _ADDRSPACE.findall(pointer_part)
    return int(found[-1]) if found else 0


_SCALAR_BYTES = {"i1": 1, "i8": 1, "i16": 2, "i32": 4, "i64": 8, "half": 2, "float": 4, "double": 8, "ptr": 8}
_VECTOR = re.compile(r"^<\s*(\d+)\s*x\s*([\w]+)\s*>")


def type_bytes(type_text: str) -> int:
    """Bytes of a scalar or vector IR type (0 when not one of those: aggregates, unknown)."""
    t = type_text.strip()
    m = _VECTOR.match(t)
    if m:
        return int(m.group(1)) * _SCALAR_BYTES.get(m.group(2), 0)
    if t.endswith("*"):
        return 8
    return _SCALAR_BYTES.get(t.split()[0] if t else "", 0)
