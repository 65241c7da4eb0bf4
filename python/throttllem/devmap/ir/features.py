"""Feature rows from a kernel's LLVM IR, with a fallback for kernels clang cannot compile.

``ir_features(source, kernel)`` gives ``IR_ROW`` values: the IR analysis (``ir.analysis``) plus
two flags. A source that does not compile (17 of DevMap's 247 distinct sources: renaming
artefacts such as a helper called with the wrong arity) gets the source counter's six Grewe
counts in the ``ir_comp``..``ir_atomic`` slots (0 where even that fails), zeros elsewhere, and
``ir_failed = 1``: the model sees that the row is approximate rather than a fake zero kernel.
"""

from __future__ import annotations

from functools import lru_cache

from throttllem.devmap.data.dataset import COUNT_COLUMNS
from throttllem.devmap.ir.analysis import GREWE_IR, IR_FEATURES
from throttllem.devmap.ir.compile import analyse_source

IR_ROW = (*IR_FEATURES, "ir_failed", "ir_repairs")


@lru_cache(maxsize=4096)
def ir_features(source: str, kernel: str | None = None) -> tuple[float, ...]:
    """``IR_ROW`` for ``kernel`` (default: the first kernel) of ``source``; cached per source."""
    analysis = analyse_source(source)
    if analysis.ok:
        features = analysis.kernels.get(kernel) if kernel else next(iter(analysis.kernels.values()))
        if features is not None:
            return (*(features[name] for name in IR_FEATURES), 0.0, float(analysis.repairs))
    row = dict.fromkeys(IR_FEATURES, 0.0)
    try:
        from throttllem.devmap.source.static_counts import static_counts

        counts = static_counts(source, kernel)
        for ir_name, column in zip(GREWE_IR, COUNT_COLUMNS):
            row[ir_name] = float(getattr(counts, column))
    except ValueError:  # the source counter cannot read it either: counts stay 0, the flag says so
        pass
    return (*row.values(), 1.0, float(analysis.repairs))
