"""Kernel specs: the project's own suite (``kernels/opencl/manifest.json``) and DevMap sources.

A manifest entry names a kernel (one ``.cl`` file per kernel, file stem = kernel id unless
``file`` says otherwise), its class, its size sweep (a named sweep or an explicit ``sizes``
list), its NDRange as expressions over the sweep value ``n`` (``global``, optional ``local``),
per-argument overrides of the payload rules (``args``), the problem size P of the rules
(``problem``, default the first global dimension) and extra build ``options``.

For the ``host`` protocol's adaptive sweeps, ``adaptive`` (top level, per named sweep) or the
entry itself gives ``start`` (the first sweep value, a launch-bound size of <= 256 work-items)
and ``factor`` (2 or 4); sizes are ``start * factor**k`` until the stop rule (runner). An entry's
``launches`` (default 1) launches the kernel that many times on the same buffers within one run
(between one upload and one read-back: data reused across launches).
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from throttllem.devmap.profiler.payload import make_launch
from throttllem.errors import InvalidArgumentError

#: The classes the suite covers.
CLASSES = ("streaming", "stencil", "reduction", "scan", "matmul", "spmv", "histogram", "divergent",
           "local_tiling", "transcendental", "sort", "serial", "irregular")


@dataclass(frozen=True)
class KernelSpec:
    id: str
    origin: str                      # "suite" or "devmap"
    klass: str
    source: str
    kernel_name: str
    sizes: tuple[int, ...]
    global_exprs: tuple = ("n",)
    local_exprs: tuple | None = None
    overrides: dict = field(default_factory=dict)
    options: tuple[str, ...] = ()
    path: str = ""
    problem_expr: str | None = None
    start: int = 0                   # adaptive sweeps (host protocol): first value and growth factor
    factor: int = 0
    launches: int = 1                # launches per run on the same buffers (host protocol)

    def adaptive_sizes(self, count: int = 40) -> tuple[int, ...]:
        """The adaptive sweep's first ``count`` values (the runner stops it earlier)."""
        if self.start <= 0 or self.factor < 2:
            return tuple(sorted(self.sizes))
        return tuple(self.start * self.factor ** k for k in range(count))

    def launch(self, size: int):
        return make_launch(size, self.global_exprs, self.local_exprs, self.overrides, self.problem_expr)


def default_manifest() -> Path | None:
    """``kernels/opencl/manifest.json``: installed with the package, or of the source tree or the cwd."""
    from throttllem.devmap.data.packaged import default_manifest as find

    return find()


def load_manifest(path: str | os.PathLike) -> list[KernelSpec]:
    """Every kernel of a manifest, with its source read from the manifest's folder."""
    path = Path(path)
    doc = json.loads(path.read_text())
    sweeps = doc.get("sweeps", {})
    adaptive = doc.get("adaptive", {})
    specs, seen = [], set()
    for entry in doc["kernels"]:
        kid = entry["id"]
        if kid in seen:
            raise InvalidArgumentError(f"{path}: kernel id {kid!r} appears twice")
        seen.add(kid)
        if entry["class"] not in CLASSES:
            raise InvalidArgumentError(f"{path}: {kid}: class {entry['class']!r} not one of {CLASSES}")
        sizes = entry.get("sizes") or sweeps.get(entry.get("sweep", ""))
        if not sizes:
            raise InvalidArgumentError(f"{path}: {kid}: no sizes (unknown sweep {entry.get('sweep')!r}?)")
        grow = {**adaptive.get(entry.get("sweep", ""), {}),
                **{k: entry[k] for k in ("start", "factor") if k in entry}}
        if grow and (int(grow.get("factor", 0)) not in (2, 4) or int(grow.get("start", 0)) <= 0):
            raise InvalidArgumentError(f"{path}: {kid}: adaptive sweep needs start > 0 and factor 2 or 4, got {grow}")
        launches = int(entry.get("launches", 1))
        if launches < 1:
            raise InvalidArgumentError(f"{path}: {kid}: launches must be at least 1")
        cl_file = path.parent / entry.get("file", f"{kid}.cl")
        specs.append(KernelSpec(
            id=kid, origin="suite", klass=entry["class"], source=cl_file.read_text(),
            kernel_name=entry.get("kernel", kid), sizes=tuple(int(s) for s in sizes),
            global_exprs=tuple(entry.get("global", ["n"])),
            local_exprs=tuple(entry["local"]) if entry.get("local") else None,
            overrides=dict(entry.get("args", {})), options=tuple(entry.get("options", ())),
            path=str(cl_file), problem_expr=entry.get("problem"), start=int(grow.get("start", 0)),
            factor=int(grow.get("factor", 0)), launches=launches))
    return specs


_KERNEL_NAME = re.compile(r"(?:__kernel|\bkernel)\s+(?:__attribute__\s*\(\(.*?\)\)\s*)*void\s+(\w+)\s*\(", re.DOTALL)
#: Global sizes for DevMap kernels (DevMap records transfer bytes, not the NDRange).
DEVMAP_SIZES = (4096, 65536, 1048576)


def load_devmap(csv_path: str | os.PathLike, sizes=DEVMAP_SIZES, limit: int | None = None) -> list[KernelSpec]:
    """One spec per DevMap kernel (benchmark), launched 1-D at ``sizes`` (rounded up to a multiple
    of the work-group size) with the table's work-group size (the most common of the kernel's
    rows). A source with several kernels runs its first one."""
    csv.field_size_limit(1 << 24)
    by_bench: dict[str, dict] = {}
    with open(csv_path, newline="") as f:
        for row in csv.DictReader(f):
            entry = by_bench.setdefault(row["benchmark"], {"src": row["src"], "wg": {}})
            wg = int(float(row["wgsize"] or 0))
            entry["wg"][wg] = entry["wg"].get(wg, 0) + 1
    specs = []
    for bench, entry in sorted(by_bench.items()):
        names = _KERNEL_NAME.findall(entry["src"])
        wg = max(entry["wg"], key=entry["wg"].get)
        # Global sizes are rounded up to a multiple of the table's work-group size (e.g. 255).
        own = tuple(-(-s // wg) * wg for s in sizes) if wg > 0 else tuple(sizes)
        specs.append(KernelSpec(id=f"devmap:{bench}", origin="devmap", klass="devmap", source=entry["src"],
                                kernel_name=names[0] if names else "", sizes=own,
                                local_exprs=(wg,) if wg > 0 else None, path=str(csv_path)))
        if limit is not None and len(specs) >= limit:
            break
    return specs
