"""One kernel launch as the tree models read it: the input of a feature row.

A whole table and a single launch go through the same row code: a table is turned into one
``KernelLaunch`` per row (its counts are the table's columns), and a runtime decision builds one
from the source (its counts are the static counter's). So the compiled decision path and the
cross-validation read identical rows for identical inputs.
"""

from __future__ import annotations

from typing import NamedTuple

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapData
from throttllem.devmap.source.static_counts import static_counts


class KernelLaunch(NamedTuple):
    """Kernel source, bytes moved host<->device, work-group size (0: left to the runtime), the
    six static counts in ``COUNT_COLUMNS`` order (empty when unknown: source-only models need
    none), the dataset's size name ("" when unknown) and the launch's work-items (the product of
    its global size; 0 when unknown).

    A named tuple, not a dataclass: one is made per decision on the runtime path."""

    source: str
    transfer_bytes: float
    wgsize: float
    counts: tuple[float, ...] = ()
    dataset: str = ""
    work_items: float = 0.0


def table_launches(data: DevMapData) -> list[KernelLaunch]:
    """One launch per row of ``data``, with the table's static counts, size names and work-items."""
    counts = list(zip(*(data.counts[c].tolist() for c in COUNT_COLUMNS)))
    items = data.work_item_counts()
    return [KernelLaunch(src, float(t), float(w), tuple(float(v) for v in row), dataset, float(n))
            for src, t, w, row, dataset, n in zip(data.src, data.transfer_bytes.tolist(), data.wgsize.tolist(),
                                                   counts, data.dataset, items)]


def counted_launch(source: str, kernel: str | None, transfer_bytes: float, wgsize: float,
                   dataset: str = "", work_items: float = 0.0) -> KernelLaunch:
    """A launch whose static counts come from the source (``kernel``: default the first
    ``__kernel``); the counts are cached per source, as a runtime would after its first sight."""
    c = static_counts(source, kernel)
    return KernelLaunch(source, float(transfer_bytes), float(wgsize),
                        tuple(float(getattr(c, name)) for name in COUNT_COLUMNS), dataset, float(work_items))
