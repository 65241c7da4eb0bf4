"""Payloads for one launch, after the rules of cldrive (re-implemented, not copied).

Rules, for a launch of global size G (a tuple) and work-group size L:

- the problem size P is ``G[0]`` (a manifest entry may set it, e.g. when each work-item
  handles several elements);
- a ``__global`` or ``__constant`` buffer holds ``prod(G)`` items (times the vector width);
  floating-point buffers hold uniform random values in [0, 1), integer buffers uniform random
  integers in [0, P) so that index arrays (gathers, sparse columns, bins) stay in range;
- a ``__local`` buffer holds ``prod(L)`` items;
- an integer scalar is P, any other scalar is uniform random in [0, 1);
- a kernel's manifest entry may override any argument by name: an item count for a buffer, a
  value for a scalar (e.g. the taps of a filter, the element count of a matrix).

Two payloads with different seeds have the same sizes and integer scalars but different random
contents: the dynamic check runs both.
"""

from __future__ import annotations

import ast
import math
import operator
import zlib
from dataclasses import dataclass, field

import numpy as np

from throttllem.devmap.profiler.args import KernelArg, Undrivable, check_drivable

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.FloorDiv: operator.floordiv,
        ast.Pow: operator.pow, ast.Mod: operator.mod}


def eval_size(expr: str | int, n: int) -> int:
    """Evaluate a manifest size expression over the sweep value ``n`` ("n", "n*n", "n//4", 9)."""
    if isinstance(expr, int):
        return expr

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name) and node.id == "n":
            return n
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError(f"size expression {expr!r}: only integers, n, + - * // % ** are allowed")

    return int(walk(ast.parse(str(expr), mode="eval")))


@dataclass(frozen=True)
class Launch:
    """One launch configuration: the sweep value, the NDRange and the per-argument overrides."""

    size: int
    global_size: tuple[int, ...]
    local_size: tuple[int, ...] | None = None
    overrides: dict[str, int] = field(default_factory=dict)
    problem: int = 0  # P of the rules; 0 means G[0]

    @property
    def problem_size(self) -> int:
        return self.problem or self.global_size[0]

    @property
    def global_items(self) -> int:
        return math.prod(self.global_size)

    def label(self) -> tuple[str, str]:
        """("1024x1024", "16x16" or "") for the dataset."""
        return ("x".join(map(str, self.global_size)),
                "x".join(map(str, self.local_size)) if self.local_size else "")


def make_launch(size: int, global_exprs, local_exprs=None, overrides=None, problem_expr=None) -> Launch:
    """A Launch from manifest expressions evaluated at sweep value ``size``."""
    gsize = tuple(eval_size(e, size) for e in global_exprs)
    lsize = tuple(eval_size(e, size) for e in local_exprs) if local_exprs else None
    if any(g <= 0 for g in gsize) or (lsize and any(loc <= 0 for loc in lsize)):
        raise ValueError(f"size {size}: global {gsize} / local {lsize} must be positive")
    if lsize and (len(lsize) != len(gsize) or any(g % loc for g, loc in zip(gsize, lsize))):
        raise ValueError(f"size {size}: local size {lsize} does not divide global size {gsize}")
    problem = eval_size(problem_expr, size) if problem_expr is not None else gsize[0]
    return Launch(size, gsize, lsize, {k: eval_size(v, size) for k, v in (overrides or {}).items()}, problem)


@dataclass
class Payload:
    """Per-argument values: numpy arrays (buffers), byte counts (local memory), numpy scalars."""

    args: list[KernelArg]
    values: list

    def buffers(self):
        """(arg, array) of every global/constant buffer."""
        return [(a, v) for a, v in zip(self.args, self.values) if a.address in ("global", "constant")]

    def h2d_bytes(self) -> int:
        return sum(v.nbytes for _, v in self.buffers())

    def d2h_bytes(self) -> int:
        return sum(v.nbytes for a, v in self.buffers() if a.writable)


def payload_seed(kernel_id: str, size: int, seed: int, variant: int) -> list[int]:
    """A seed sequence stable across processes (``hash()`` of a str is salted per process)."""
    return [seed, zlib.crc32(kernel_id.encode()), size, variant]


def _scalar(arg: KernelArg, value) -> np.generic | np.ndarray:
    if arg.vector_width == 1:
        return arg.dtype.type(value)
    from pyopencl import cltypes  # vector scalars need pyopencl's struct dtypes

    vec = np.zeros(1, cltypes.vec_types[(arg.dtype, arg.vector_width)])
    vec.view(arg.dtype)[: arg.vector_width] = value
    return vec[0]


def make_payload(args: list[KernelArg], launch: Launch, rng: np.random.Generator) -> Payload:
    """Fill every argument by the rules above; raises Undrivable where none applies."""
    check_drivable(args)
    problem = launch.problem_size
    values: list = []
    for a in args:
        dtype, per_item = a.dtype, a.elements_per_item
        override = launch.overrides.get(a.name)
        if a.address == "local":
            if override is None and launch.local_size is None:
                raise Undrivable(f"local argument {a.name!r} needs a work-group size")
            items = override if override is not None else math.prod(launch.local_size)
            values.append(int(items * per_item * dtype.itemsize))
        elif a.is_pointer:
            count = (override if override is not None else launch.global_items) * per_item
            if dtype.kind == "f":  # Generator.random makes float32/float64 directly (no float16)
                native = dtype if dtype.itemsize >= 4 else np.dtype(np.float32)
                values.append(rng.random(count, dtype=native).astype(dtype, copy=False))
            else:
                high = min(max(problem, 1), np.iinfo(dtype).max)
                values.append(rng.integers(0, high, count, dtype=dtype))
        elif a.is_integer:
            value = override if override is not None else problem
            values.append(_scalar(a, min(value, np.iinfo(dtype).max)))
        else:
            value = override if override is not None else rng.random(a.vector_width)
            values.append(_scalar(a, value if a.vector_width > 1 else float(np.ravel(value)[0])))
    return Payload(args, values)


def largest_buffer_bytes(args: list[KernelArg], launch: Launch) -> int:
    """Bytes of the largest ``__global``/``__constant`` buffer :func:`make_payload` would make,
    computed without making it (a sweep's memory cap is checked before any allocation)."""
    largest = 0
    for a in args:
        if a.is_pointer and a.address in ("global", "constant") and a.dtype is not None:
            override = launch.overrides.get(a.name)
            count = (override if override is not None else launch.global_items) * a.elements_per_item
            largest = max(largest, count * a.dtype.itemsize)
    return largest
