"""Each kernel's CPU/GPU crossover on one CPU runtime, with a selector's choices marked.

A small-multiples grid, one panel per kernel: the measured CPU/GPU time ratio against the
launch size (log-log; above 1 the GPU is faster). Each size carries the selector's out-of-fold
choice: a triangle up for GPU, down for CPU, green when it was the faster device, red when not.
Where the line crosses 1 is the kernel's crossover, which a selector has to find from the source
and launch inputs alone.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from throttllem._plotting import pyplot, save
from throttllem.devmap.profiler.endtoend import RuntimeResult
from throttllem.errors import InvalidArgumentError

PANEL_COLUMNS = 8


def plot_model(rr: RuntimeResult, wanted: str | None = None) -> str:
    """The model whose choices are drawn: ``wanted``, else the product's selector (gbdt-source)
    when evaluated, else the first model."""
    names = [m.model for m in rr.protocols[0].results] if rr.protocols else []
    if wanted is not None:
        if wanted not in names:
            raise InvalidArgumentError(f"--plot-model {wanted!r} was not evaluated (models: {', '.join(names)})")
        return wanted
    return "gbdt-source" if "gbdt-source" in names else names[0]


def slug(text: str) -> str:
    """A file-name-safe form of a runtime's name (``Intel(R) OpenCL`` -> ``intel-r-opencl``)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "runtime"


def plot_crossovers(rr: RuntimeResult, protocol: str, model: str, path) -> Path:
    """Draw ``rr``'s kernels with ``model``'s choices under ``protocol``; writes a PNG at ``path``."""
    found = [m for pr in rr.protocols if pr.protocol == protocol for m in pr.results if m.model == model]
    if not found:
        raise InvalidArgumentError(f"nothing to draw: no {model!r} results under protocol {protocol!r}")
    choices = found[0].predictions
    plt = pyplot()
    from matplotlib import ticker

    cd, d = rr.cd, rr.cd.data
    sizes = np.asarray([float(s) for s in d.dataset])
    ratio = np.asarray(d.runtime_cpu, dtype=float) / np.asarray(d.runtime_gpu, dtype=float)
    kernels = list(dict.fromkeys(d.benchmark))
    cols = min(PANEL_COLUMNS, len(kernels))
    rows = math.ceil(len(kernels) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(2.1 * cols, 1.9 * rows + 0.9), squeeze=False, sharey=True)
    low, high = 0.7 * min(ratio.min(), 1.0), 1.4 * max(ratio.max(), 1.0)
    for ax in axes.flat[len(kernels):]:
        ax.set_visible(False)
    for ax, kernel in zip(axes.flat, kernels):
        rows_k = np.flatnonzero(np.asarray(d.benchmark) == kernel)
        rows_k = rows_k[np.argsort(sizes[rows_k])]
        ax.plot(sizes[rows_k], ratio[rows_k], color="0.35", lw=0.9)
        ax.axhline(1.0, color="0.6", lw=0.6, ls="--")
        for gpu, marker in ((1, "^"), (0, "v")):
            for right, color in ((True, "tab:green"), (False, "tab:red")):
                pick = rows_k[(choices[rows_k] == gpu) & ((choices[rows_k] == d.label[rows_k]) == right)]
                if pick.size:
                    ax.scatter(sizes[pick], ratio[pick], marker=marker, s=22, color=color, zorder=3)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_ylim(low, high)
        ax.set_title(kernel, fontsize=7)
        ax.tick_params(labelsize=6)
        ax.xaxis.set_minor_formatter(ticker.NullFormatter())  # minor labels overlap on a short range
        ax.grid(alpha=0.3, which="major", lw=0.4)
    for ax in axes[:, 0]:
        ax.set_ylabel("CPU / GPU time", fontsize=7)
    for ax in axes.flat[max(0, len(kernels) - cols):len(kernels)]:  # each column's lowest panel
        ax.set_xlabel("size", fontsize=7)
    wrong = int(np.sum(choices != d.label))
    fig.suptitle(f"{cd.runtime} vs {cd.gpu_device.split(':')[-1]}: measured {cd.time_column} ratio per kernel "
                 f"(above 1: GPU faster)\n{model}'s out-of-fold choices ({protocol}): ^ GPU, v CPU, green right, "
                 f"red wrong ({wrong} of {len(d)} wrong)", fontsize=8)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.5 / (1.9 * rows + 0.9)))
    return save(fig, path)


def plot_all(report, folder, model: str | None = None) -> list[Path]:
    """One crossover PNG per runtime and protocol of ``report`` under ``folder``
    (``crossover-<runtime>-<protocol>.png``); runtimes without models are skipped."""
    written = []
    for rr in report.runtimes:
        if not rr.protocols:
            continue
        m = plot_model(rr, model)
        for pr in rr.protocols:
            written.append(plot_crossovers(rr, pr.protocol, m, Path(folder) / f"crossover-{slug(rr.cd.runtime)}-"
                                                                             f"{pr.protocol}.png"))
    return written
