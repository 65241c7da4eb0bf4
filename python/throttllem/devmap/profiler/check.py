"""The dynamic check: is a run of this kernel meaningful enough to time and label?

Four runs, after cldrive's idea (re-implemented): payload A twice, payload B (other random
contents, same sizes) twice. Only the buffers the kernel may write (non-const ``__global``
pointers) are read back and compared. A kernel is rejected when:

- ``writes_nothing``: it has no writable ``__global`` buffer, so nothing it does is observable
  (decided before any run);
- ``out_of_bounds``: a run changed the guard zone after a ``__global`` buffer, i.e. wrote past
  the end of a buffer sized by the payload rules (checked by the runner, ``execute.py``);
- ``nondeterministic``: A gave different outputs on its two runs (or B did): races, reads of
  uninitialised memory, state carried between launches;
- ``output_equals_input``: after the runs every writable buffer holds exactly what was uploaded
  (the kernel wrote nothing, or wrote back the same values);
- ``input_insensitive``: the elements the kernel wrote are the same for A and B, so the output
  does not depend on the input (e.g. it writes constants or the work-item id).

Floating-point outputs compare with a tolerance (``rtol``, ``atol``; NaN equals NaN), integer
outputs exactly. Only elements that some run changed are compared for input sensitivity, since
elements never written keep their (different) random initial contents.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

REASONS = {
    "writes_nothing": "the kernel has no writable __global buffer: nothing it does can be observed",
    "out_of_bounds": "the kernel wrote past the end of a buffer sized by the payload rules (a guard zone changed)",
    "nondeterministic": "two runs with the same payload gave different outputs",
    "output_equals_input": "every writable buffer holds what was uploaded: the kernel changed nothing",
    "input_insensitive": "the written elements are the same for two different random payloads",
}


@dataclass(frozen=True)
class Verdict:
    """None for ``reason`` means the kernel passed."""

    reason: str | None
    detail: str = ""

    @property
    def passed(self) -> bool:
        return self.reason is None


def _close(x: np.ndarray, y: np.ndarray, rtol: float, atol: float) -> bool:
    with np.errstate(invalid="ignore", over="ignore"):
        ok = np.abs(x - y) <= atol + rtol * np.abs(y)
    if ok.all():
        return True
    bad = ~ok
    return bool(np.all(np.isnan(x[bad]) & np.isnan(y[bad]) | (x[bad] == y[bad])))  # NaN == NaN, inf == inf


def _same(x: np.ndarray, y: np.ndarray, rtol: float, atol: float) -> bool:
    """Equal (integers) or equal within tolerance (floats); fast for the common cases, since the
    check compares every writable buffer (up to hundreds of MB) several times."""
    if x.shape != y.shape:
        return False
    if np.array_equal(x, y):  # deterministic kernels are usually bit-exact
        return True
    if x.dtype.kind != "f":
        return False
    step = max(1, x.size // 4096)  # a strided sample settles clearly different outputs cheaply
    if not _close(x[::step], y[::step], rtol, atol):
        return False
    return _close(x, y, rtol, atol)


def _max_diff(x: np.ndarray, y: np.ndarray) -> str:
    with np.errstate(invalid="ignore", over="ignore"):
        d = np.abs(x.astype(np.float64) - y.astype(np.float64))
    d = d[~np.isnan(d)]
    return f"{int(np.count_nonzero(d))} elements differ, max |diff| {float(d.max()) if d.size else 0:.3g}"


def changed(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Elements whose value the run changed (bitwise for integers; NaN -> NaN is no change)."""
    if before.dtype.kind == "f":
        return (before != after) & ~(np.isnan(before) & np.isnan(after))
    return before != after


def first_difference(names, xs, ys, *, rtol: float = 1e-5, atol: float = 1e-6) -> str | None:
    """None when every buffer of run ``xs`` equals (within tolerance) that of run ``ys``, else what differs."""
    for name, x, y in zip(names, xs, ys):
        if not _same(x, y, rtol, atol):
            return f"buffer {name!r}: {_max_diff(x, y)}"
    return None


def compare_runs(a_in, a1, a2, b_in, b1, b2, *, names, rtol: float = 1e-5, atol: float = 1e-6) -> Verdict:
    """The verdict of the four runs. Each argument is a list over the writable buffers (same order
    as ``names``): ``x_in`` as uploaded, ``x1``/``x2`` as read back after the first/second run."""
    if not names:
        return Verdict("writes_nothing", REASONS["writes_nothing"])
    for label, first, second in (("A", a1, a2), ("B", b1, b2)):
        diff = first_difference(names, first, second, rtol=rtol, atol=atol)
        if diff:
            return Verdict("nondeterministic", f"payload {label}, {diff}")
    masks = [changed(i, o) | changed(j, p) for i, o, j, p in zip(a_in, a1, b_in, b1)]
    written = sum(int(m.sum()) for m in masks)
    if written == 0:
        return Verdict("output_equals_input",
                       f"buffers {', '.join(map(repr, names))} unchanged after the run")
    # (Fancy indexing of large buffers is slow: skip it where every element was written.)
    if all(_same(o, p, rtol, atol) if m.all() else _same(o[m], p[m], rtol, atol) for o, p, m in zip(a1, b1, masks)):
        return Verdict("input_insensitive", f"{written} written elements identical for payloads A and B")
    return Verdict(None, f"{written} elements written")
