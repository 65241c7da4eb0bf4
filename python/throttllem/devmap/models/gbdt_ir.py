"""GBDTs on features of the kernel's LLVM IR (``throttllem.devmap.ir``), compiled by clang.

- ``gbdt-ir``: DevMap's Grewe counts taken from the IR as the original LLVM pass did (comp,
  rational, mem, localmem, coalesced, atomic), F1-F4 on them, and the launch ([transfer,
  wgsize], log scales, the dataset's size rank): the ``gbdt`` recipe with our own counts;
- ``gbdt-ir-plus``: ``gbdt-ir`` + IR structure (opcode families, loops and their depth,
  loop-weighted counts, how global accesses move with the work-item: coalesced, uniform,
  strided, irregular; bytes per work-item; argument kinds) and ratios that carry across
  programs (compute per memory access, shares of coalesced/local/irregular accesses).

Both need clang at training and at decision time (first sight of a source; analyses are cached
by content hash). Both keep gbdt-plus's LightGBM settings: among the candidates of
docs/DEVMAP.md's tuning log (feature sets and settings, scored by the mean accuracy on
program-held-out folds of seeds 0-2, never the reported seed 204) they scored best.
"""

from __future__ import annotations

import math

from throttllem.devmap.ir.analysis import GREWE_IR
from throttllem.devmap.ir.compile import clang_path
from throttllem.devmap.ir.features import IR_ROW, ir_features
from throttllem.devmap.models.base import register
from throttllem.devmap.models.gbdt_plus import GbdtPlus
from throttllem.devmap.source.features import GREWE_FEATURES, grewe_row
from throttllem.devmap.source.structure import LAUNCH_FEATURES, launch_features

_GREWE_SLOTS = [IR_ROW.index(name) for name in GREWE_IR]


@register
class GbdtIR(GbdtPlus):
    """LightGBM on the Grewe counts taken from clang's IR, F1-F4 on them, and the launch."""

    name = "gbdt-ir"
    summary = "GBDT (LightGBM) on Grewe counts from clang's LLVM IR + F1-F4 + launch"
    feature_names = ("transfer_bytes", "wgsize", *LAUNCH_FEATURES, *GREWE_IR, *GREWE_FEATURES, "ir_failed")

    @classmethod
    def check_environment(cls) -> None:
        clang_path()  # no clang: a ClangNotFoundError before any fold starts

    def _launch(self, launch):
        t, w = launch.transfer_bytes, launch.wgsize
        return (t, w, *launch_features([t], [w], [launch.dataset])[0].tolist())

    def row(self, launch):
        ir = ir_features(launch.source)
        comp, _, mem, localmem, coalesced, _ = (ir[i] for i in _GREWE_SLOTS)
        return (*self._launch(launch), *(ir[i] for i in _GREWE_SLOTS),
                *grewe_row(comp, mem, localmem, coalesced, launch.transfer_bytes, launch.wgsize), ir[-2])


@register
class GbdtIRPlus(GbdtIR):
    """``gbdt-ir`` + IR structure: opcode families, loops, memory-access patterns, ratios."""

    name = "gbdt-ir-plus"
    summary = "GBDT (LightGBM) on IR Grewe counts + opcode/loop/memory-access structure of the IR + launch"
    feature_names = ("transfer_bytes", "wgsize", *LAUNCH_FEATURES, *IR_ROW, *GREWE_FEATURES,
                     "log2_transfer_per_global_access")

    def row(self, launch):
        ir = ir_features(launch.source)
        comp, _, mem, localmem, coalesced, _ = (ir[i] for i in _GREWE_SLOTS)
        global_mem = max(mem - localmem, 1.0)
        return (*self._launch(launch), *ir,
                *grewe_row(comp, mem, localmem, coalesced, launch.transfer_bytes, launch.wgsize),
                math.log2(launch.transfer_bytes + 1.0) - math.log2(global_mem))
