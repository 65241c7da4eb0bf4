"""``gbdt-launch``: a cost-weighted GBDT that reads the launch's size, for a runtime's selector.

DevMap's launch inputs (transfer bytes, work-group size) cannot tell a streaming kernel at a
large size (the GPU's time is the host<->device copy; a zero-copy CPU wins) from a compute-heavy
one at the same bytes (the CPU loses by 10x): the work per byte moved decides, and it needs the
number of work-items, which a runtime knows at every launch. This model adds, to ``gbdt``'s static
counts, launch and token statistics, the loop structure of the source and the launch's size:
log work-items, bytes per work-item, and each static count times work-items per byte moved
(log2(1 + count x items / bytes): an estimate of work per byte, per kind of work).

It is fitted **cost-weighted**: each training launch weighs |t_cpu - t_gpu|, the time a wrong
device costs on it, so the fit minimises time lost rather than wrong launches. A selector that
is 85% right but wrong on the few launches that take hundreds of milliseconds loses to
always-GPU; the weights put the model's capacity where the time is.

Candidates were compared by the share of the oracle's gain captured over always-GPU,
leave-one-kernel-out and program-held-out, on seeds 1-3 (never 204, the reported seed). On the
first H100 dataset (PoCL only, 579 launches): the plain classifier on these features captured
-27..+11% (its errors are few but costly); sqrt-cost weights 16-51%; linear-cost weights 47-49%
on every seed and protocol, the steadiest; without the size features the same weights gave
-14..+22%; a log-ratio regression (weighted or not) and separate regressions of each device's
log time did worse (-21..+51%, erratic). On the rerun with Intel's CPU runtime as well (601
launches per runtime), n-body kernels (a loop over every body per work-item: work grows with
the square of the size) cost Intel's runtime 1.7-3.1 s of wrong CPU choices; the one feature
added for them, a loop bounded by a kernel parameter taken to run over the launch's extent,
moved Intel's seed-1 share from -60/-110% to +24/+25% (loko/program) and left PoCL's at 53/59%.
Hyper-parameters are ``gbdt``'s with 300 trees, not tuned further.

With no work-item count (DevMap's tables), the size features are NaN: the trees fall back on
the rest.
"""

from __future__ import annotations

import math

from throttllem.devmap.models.base import register
from throttllem.devmap.models.trees import Gbdt
from throttllem.devmap.source.features import TOKEN_STATISTICS, token_statistics
from throttllem.devmap.source.structure import STRUCTURE_STATISTICS, structure_statistics

_LOOPS = ("loop_arith", "loop_math", "loop_sync", "loop_branches")
_LOOP_INDEX = tuple(STRUCTURE_STATISTICS.index(n) for n in _LOOPS)
_TOKEN_INDEX = {n: TOKEN_STATISTICS.index(n) for n in ("arith_ops", "math_calls", "loops", "sync_calls", "double_types")}
# Work per byte moved, per kind: static counts (comp, mem, localmem, atomic), token counts and loop structure.
_PER_BYTE = ("comp", "mem", "localmem", "atomic", "math_calls", *_LOOPS, "loops", "sync_calls", "double_types")
SIZE_FEATURES = ("log2_work_items", "log2_bytes_per_item", "log2_ops_per_byte", "log2_transfer",
                 "log2_param_loop_work_per_byte")
_PARAM_LOOPS = STRUCTURE_STATISTICS.index("param_bound_loops")
_DIMS = STRUCTURE_STATISTICS.index("work_dims")
_NAN = float("nan")


@register
class GbdtLaunch(Gbdt):
    """``gbdt`` + loop structure + the launch's size and work per byte, cost-weighted."""

    name = "gbdt-launch"
    summary = "GBDT (LightGBM, cost-weighted) on static counts + launch + work-items + work per byte moved"
    feature_names = (*Gbdt.feature_names, *_LOOPS, *(f"log2_{n}_per_byte" for n in _PER_BYTE), *SIZE_FEATURES)

    def __init__(self, n_estimators: int = 300, learning_rate: float = 0.05, num_leaves: int = 15,
                 min_child_samples: int = 5, cost_weighted: bool = True) -> None:
        super().__init__(n_estimators=n_estimators, learning_rate=learning_rate, num_leaves=num_leaves,
                         min_child_samples=min_child_samples, cost_weighted=cost_weighted)

    def row(self, launch):
        base = super().row(launch)
        tokens = token_statistics(launch.source)
        structure = structure_statistics(launch.source)
        loops = tuple(structure[i] for i in _LOOP_INDEX)
        comp, _, mem, localmem, _, atomic = launch.counts
        t, n = launch.transfer_bytes, launch.work_items
        if n <= 0:  # unknown size: every size feature missing
            return (*base, *loops, *([_NAN] * len(_PER_BYTE)), *([_NAN] * len(SIZE_FEATURES)))
        tok = {k: tokens[i] for k, i in _TOKEN_INDEX.items()}
        per_byte = n / (t + 1.0)
        kinds = (comp, mem, localmem, atomic, tok["math_calls"], *loops, tok["loops"], tok["sync_calls"],
                 tok["double_types"])
        ops = tok["arith_ops"] + 8.0 * tok["math_calls"] + 1.0  # a math call as ~8 arithmetic operations
        # A loop bounded by a kernel parameter often runs over the problem (n-body, matmul): guess
        # its trip count as the launch's extent per dimension, so its work grows faster than the bytes.
        extent = n ** (1.0 / max(structure[_DIMS], 1.0))
        param_work = structure[_PARAM_LOOPS] * extent * per_byte
        size = (math.log2(n), math.log2(t / n + 1.0), math.log2(ops * n / (t + 1.0)), math.log2(t + 1.0),
                math.log2(1.0 + param_work))
        return (*base, *loops, *(math.log2(1.0 + c * per_byte) for c in kinds), *size)
