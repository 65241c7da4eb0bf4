"""Counts of one OpenCL kernel's LLVM IR: DevMap's Grewe counts, as an LLVM pass takes them, and
IR-level structure (opcode families, loops, memory-access patterns).

DevMap's counts (comp, rational, mem, localmem, coalesced, atomic) came from an LLVM pass over
each kernel (Grewe et al., CGO 2013; Cummins et al., PACT 2017). The same definitions as the
project's source counter (``source.static_counts``), taken here from the IR, in the kernel and,
once per call site, in each helper it still calls:

- ``comp``: integer and float arithmetic, bitwise and shift instructions, ``fneg``, math builtin
  calls and ``llvm.*`` math intrinsics (``fmuladd`` counts 1);
- ``rational``: ``icmp`` / ``fcmp``;
- ``mem``: loads and stores of global (address space 1), constant (2) and local (3) memory;
  ``localmem``: the local part; private memory (0) is registers after ``-O1``;
- ``coalesced``: global/constant accesses whose address moves by one element per step of the
  work-item's dimension-0 position (below); ``atomic``: atomic builtin calls, ``atomicrmw``,
  ``cmpxchg``.

Coalescing is a dataflow over SSA values: each value gets the coefficient of the dimension-0
position in it: 0 (uniform: constants, arguments, group ids, sizes, ``get_global_id(1)``), 1
(``get_global_id(0)``, ``get_local_id(0)`` plus uniform terms), ``S`` (a non-unit multiple:
``gid * n``, ``gid << 2``) or ``T`` (not affine: divided, masked, loaded through a computed
address, or joined from different coefficients at a phi). A GEP adds its indices' coefficients;
an index into a struct or into an array's outer dimension by a non-uniform value is ``S``.
An access is coalesced when its address has coefficient 1, uniform when 0, strided at ``S``,
irregular at ``T``.

Loops are natural loops of the CFG (a back edge u -> h where h dominates u); an instruction's
depth is the number of loops containing its block (plus the call site's depth in a helper).
"""

from __future__ import annotations

import re
from collections import Counter

from throttllem.devmap.ir.lanes import S, Lanes, demangle
from throttllem.devmap.ir.parse import Function, address_space, split_top, type_bytes

#: Loop weight of the ``*_weighted`` counts: an assumed trip count per nesting level (the IR has
#: no launch sizes; trees only see the ordering, and the mix with unweighted counts).
LOOP_WEIGHT = 8.0

GREWE_IR = ("ir_comp", "ir_rational", "ir_mem", "ir_localmem", "ir_coalesced", "ir_atomic")
STRUCTURE_IR = (
    "ir_instructions", "ir_blocks", "ir_loops", "ir_max_loop_depth", "ir_cond_branches", "ir_switches",
    "ir_phis", "ir_selects", "ir_helper_calls", "ir_barriers", "ir_math_calls", "ir_work_item_calls",
    "ir_int_arith", "ir_int_divrem", "ir_float_arith", "ir_float_div", "ir_fma", "ir_bitwise", "ir_casts",
    "ir_gep", "ir_double_ops", "ir_vector_ops",
    "ir_global_loads", "ir_global_stores", "ir_local_loads", "ir_local_stores", "ir_constant_loads",
    "ir_private_accesses", "ir_global_uniform", "ir_global_strided", "ir_global_irregular",
    "ir_global_bytes", "ir_loop_comp", "ir_loop_mem", "ir_loop_localmem", "ir_loop_branches",
    "ir_comp_weighted", "ir_mem_weighted", "ir_localmem_weighted", "ir_coalesced_weighted",
    "ir_global_bytes_weighted", "ir_args", "ir_global_args", "ir_local_args", "ir_scalar_args",
)
RATIOS_IR = ("ir_comp_per_mem", "ir_coalesced_share", "ir_local_share", "ir_irregular_share",
             "ir_weighted_comp_per_mem", "ir_branch_share", "ir_loop_share")
IR_FEATURES = (*GREWE_IR, *STRUCTURE_IR, *RATIOS_IR)

_INT_ARITH = frozenset({"add", "sub", "mul"})
_INT_DIVREM = frozenset({"udiv", "sdiv", "urem", "srem"})
_FLOAT_ARITH = frozenset({"fadd", "fsub", "fmul", "fneg"})
_FLOAT_DIV = frozenset({"fdiv", "frem"})
_BITWISE = frozenset({"and", "or", "xor", "shl", "lshr", "ashr"})
_CASTS = frozenset({"trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp",
                    "ptrtoint", "inttoptr", "bitcast", "addrspacecast"})
_VECTOR_OPS = frozenset({"extractelement", "insertelement", "shufflevector"})
#: Opcode -> (the count it adds to, whether it is computation): one look-up per instruction.
_FAMILY = {
    **{op: ("ir_int_arith", 1) for op in _INT_ARITH}, **{op: ("ir_int_divrem", 1) for op in _INT_DIVREM},
    **{op: ("ir_float_arith", 1) for op in _FLOAT_ARITH}, **{op: ("ir_float_div", 1) for op in _FLOAT_DIV},
    **{op: ("ir_bitwise", 1) for op in _BITWISE}, **{op: ("ir_casts", 0) for op in _CASTS},
    **{op: ("ir_vector_ops", 0) for op in _VECTOR_OPS}, "icmp": ("ir_rational", 0), "fcmp": ("ir_rational", 0),
    "getelementptr": ("ir_gep", 0), "phi": ("ir_phis", 0), "select": ("ir_selects", 0),
    "switch": ("ir_switches", 0), "atomicrmw": ("ir_atomic", 0), "cmpxchg": ("ir_atomic", 0),
}
_WORK_ITEM = ("get_global_id", "get_local_id", "get_group_id", "get_global_size", "get_local_size",
              "get_num_groups", "get_work_dim", "get_global_offset", "get_global_linear_id",
              "get_local_linear_id", "get_enqueued_local_size")
_SYNC = ("barrier", "mem_fence", "read_mem_fence", "write_mem_fence", "work_group_barrier")
_NOT_MATH = ("vload", "vstore", "async_", "wait_group", "prefetch", "printf", "convert_", "as_")
_ATOMIC = ("atomic_", "atom_")


def _loop_depths(fn: Function) -> tuple[dict[str, int], int]:
    """Depth of each block in natural loops, and the number of loops."""
    blocks = list(fn.blocks)
    preds: dict[str, list[str]] = {b: [] for b in blocks}
    for b, succ in fn.successors.items():
        for s in succ:
            preds[s].append(b)
    # reverse post-order from the entry, then iterative dominator sets (kernels are small)
    order, seen = [], set()

    def visit(b: str) -> None:
        stack = [(b, iter(fn.successors.get(b, [])))]
        seen.add(b)
        while stack:
            node, it = stack[-1]
            nxt = next((s for s in it if s not in seen), None)
            if nxt is None:
                order.append(node)
                stack.pop()
            else:
                seen.add(nxt)
                stack.append((nxt, iter(fn.successors.get(nxt, []))))

    visit(blocks[0])
    rpo = order[::-1]
    dom = {b: set(rpo) for b in rpo}
    dom[rpo[0]] = {rpo[0]}
    changed = True
    while changed:
        changed = False
        for b in rpo[1:]:
            ps = [dom[p] for p in preds[b] if p in dom]
            new = (set.intersection(*ps) if ps else set()) | {b}
            if new != dom[b]:
                dom[b], changed = new, True
    bodies: dict[str, set[str]] = {}
    for u in rpo:
        for h in fn.successors.get(u, []):
            if h in dom[u]:  # back edge u -> h
                body, work = bodies.setdefault(h, {h}), [u]
                while work:
                    n = work.pop()
                    if n not in body:
                        body.add(n)
                        work.extend(p for p in preds[n] if p in dom)
    depth = {b: sum(b in body for body in bodies.values()) for b in blocks}
    return depth, len(bodies)


def _pointer_value(pointer_part: str) -> str:
    pointer_part = pointer_part.strip()
    i = pointer_part.find("getelementptr")
    return pointer_part[i:] if i >= 0 else pointer_part.split()[-1]


def _pointer_space(pointer_part: str) -> int:
    """Address space of the pointer's own type: the text before a constant-expression GEP."""
    i = pointer_part.find("getelementptr")
    return address_space(pointer_part[:i] if i >= 0 else pointer_part)


def function_counts(fn: Function, defined: dict[str, Function], *, _stack: tuple[str, ...] = ()) -> Counter:
    """The counts of ``fn``, helpers it calls added once per call site at the site's loop depth."""
    lanes = Lanes(fn)
    depths, loops = _loop_depths(fn)
    c: Counter = Counter()
    c["ir_loops"] += loops
    c["ir_blocks"] += len(fn.blocks)
    c["ir_max_loop_depth"] = max(depths.values(), default=0)
    for ins in fn.instructions():
        depth = depths.get(ins.block, 0)
        w = LOOP_WEIGHT ** depth
        op = ins.opcode
        c["ir_instructions"] += 1
        comp = 0
        family = _FAMILY.get(op)
        if family is not None:
            c[family[0]] += 1
            comp = family[1]
        elif op == "br" and ins.text.startswith("i1"):
            c["ir_cond_branches"] += 1
            if depth:
                c["ir_loop_branches"] += 1
        elif op == "call":
            callee = ins.callee()
            name = demangle(callee)
            if callee in defined and callee not in _stack and callee != fn.name:
                c["ir_helper_calls"] += 1
                inner = function_counts(defined[callee], defined, _stack=(*_stack, fn.name))
                for key, value in inner.items():
                    if key == "ir_max_loop_depth":
                        c[key] = max(c[key], value + depth)
                    elif key.endswith("_weighted"):
                        c[key] += value * w
                    elif key.startswith("ir_loop_") and depth:
                        continue  # added below from the helper's totals
                    else:
                        c[key] += value
                if depth:  # everything in a helper called inside a loop is in a loop
                    c["ir_loop_comp"] += inner["ir_comp"]
                    c["ir_loop_mem"] += inner["ir_mem"]
                    c["ir_loop_localmem"] += inner["ir_localmem"]
                    c["ir_loop_branches"] += inner["ir_cond_branches"]
                continue
            if name.startswith(_ATOMIC) or name.startswith("__spirv_Atomic"):
                c["ir_atomic"] += 1
            elif name.startswith(_SYNC):
                c["ir_barriers"] += 1
            elif name.startswith(_WORK_ITEM):
                c["ir_work_item_calls"] += 1
            elif name == "llvm.fmuladd.f32" or name.startswith(("llvm.fmuladd", "llvm.fma")) or name in ("mad", "fma"):
                c["ir_fma"] += 1
                comp = 1
            elif name.startswith("llvm.lifetime") or name.startswith("llvm.memcpy") or name.startswith("llvm.dbg"):
                pass
            elif not name.startswith(_NOT_MATH):
                c["ir_math_calls"] += 1
                comp = 1
        elif op in ("load", "store"):
            head = re.split(r",\s*align\b|,\s*!", ins.text)[0]
            parts = split_top(head.replace("volatile ", "", 1))
            if len(parts) < 2:
                continue
            pointer = parts[1]
            space = _pointer_space(pointer)
            size = type_bytes(parts[0] if op == "load" else parts[0].rsplit(" ", 1)[0])
            if space == 0:
                c["ir_private_accesses"] += 1
                continue
            c["ir_mem"] += 1
            c["ir_mem_weighted"] += w
            if depth:
                c["ir_loop_mem"] += 1
            if space == 3:
                c["ir_localmem"] += 1
                c["ir_localmem_weighted"] += w
                c["ir_local_loads" if op == "load" else "ir_local_stores"] += 1
                if depth:
                    c["ir_loop_localmem"] += 1
                continue
            if space == 2:
                c["ir_constant_loads"] += 1
            else:
                c["ir_global_loads" if op == "load" else "ir_global_stores"] += 1
            c["ir_global_bytes"] += size
            c["ir_global_bytes_weighted"] += size * w
            lane = lanes.of(_pointer_value(pointer))
            if lane == 1:
                c["ir_coalesced"] += 1
                c["ir_coalesced_weighted"] += w
            elif lane == 0:
                c["ir_global_uniform"] += 1
            elif lane == S:
                c["ir_global_strided"] += 1
            else:
                c["ir_global_irregular"] += 1
        if "double" in ins.text and op not in ("call", "load", "store", "getelementptr"):
            c["ir_double_ops"] += 1
        if "<" in ins.text and " x " in ins.text and op not in ("call", "getelementptr"):
            c["ir_vector_ops"] += op not in _VECTOR_OPS
        if comp:
            c["ir_comp"] += 1
            c["ir_comp_weighted"] += w
            if depth:
                c["ir_loop_comp"] += 1
    return c


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def kernel_features(functions: list[Function], kernel: str | None = None) -> dict[str, float]:
    """``IR_FEATURES`` of the kernel named ``kernel`` (default: the first kernel) in a parsed
    module. Raises ValueError when the module defines no such kernel."""
    kernels = [f for f in functions if f.kernel]
    chosen = next((f for f in kernels if kernel is None or f.name == kernel), None)
    if chosen is None:
        raise ValueError(f"no kernel {kernel!r} in the module" if kernel else "the module defines no kernel")
    defined = {f.name: f for f in functions}
    c = function_counts(chosen, defined)
    for arg in chosen.args:
        c["ir_args"] += 1
        if "addrspace(1)" in arg or "addrspace(2)" in arg:
            c["ir_global_args"] += 1
        elif "addrspace(3)" in arg:
            c["ir_local_args"] += 1
        elif "*" not in arg and not arg.startswith("ptr"):
            c["ir_scalar_args"] += 1
    out = {name: float(c.get(name, 0)) for name in (*GREWE_IR, *STRUCTURE_IR)}
    out["ir_comp_per_mem"] = _ratio(c["ir_comp"], c["ir_mem"])
    out["ir_coalesced_share"] = _ratio(c["ir_coalesced"], c["ir_mem"] - c["ir_localmem"])
    out["ir_local_share"] = _ratio(c["ir_localmem"], c["ir_mem"])
    out["ir_irregular_share"] = _ratio(c["ir_global_irregular"] + c["ir_global_strided"], c["ir_mem"] - c["ir_localmem"])
    out["ir_weighted_comp_per_mem"] = _ratio(c["ir_comp_weighted"], c["ir_mem_weighted"])
    out["ir_branch_share"] = _ratio(c["ir_cond_branches"], c["ir_instructions"])
    out["ir_loop_share"] = _ratio(c["ir_loop_comp"] + c["ir_loop_mem"], c["ir_comp"] + c["ir_mem"])
    return out
