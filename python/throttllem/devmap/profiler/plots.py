"""Where a selector's choices land on a clprofile dataset: CPU time against GPU time per launch.

Each point is one kernel x size, at its measured CPU and GPU times (H2D + kernel + D2H); below
the diagonal the CPU is faster. A panel per model colours each launch by whether the model's
out-of-fold choice was the faster device, so the few launches that matter (near or below the
diagonal) are where a person looks first.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from throttllem._plotting import pyplot, save
from throttllem.devmap.profiler.evaluate import Report
from throttllem.errors import InvalidArgumentError


def plot_choices(report: Report, path) -> Path:
    """One log-log panel per model of ``report``; writes a PNG at ``path``."""
    if not report.results:
        raise InvalidArgumentError("nothing to draw: the report has no model results")
    plt = pyplot()
    d = report.cd.data
    cpu_ms, gpu_ms = np.asarray(d.runtime_cpu, dtype=float), np.asarray(d.runtime_gpu, dtype=float)
    low = 0.7 * min(cpu_ms.min(), gpu_ms.min())
    high = 1.4 * max(cpu_ms.max(), gpu_ms.max())
    n = len(report.results)
    fig, axes = plt.subplots(1, n, figsize=(4.2 * n, 4.3), squeeze=False, sharey=True)
    for ax, result in zip(axes[0], report.results):
        right = result.predictions == d.label
        ax.plot([low, high], [low, high], color="0.5", lw=0.8)
        ax.scatter(gpu_ms[right], cpu_ms[right], s=9, color="tab:green", alpha=0.6,
                   label=f"faster device chosen ({int(right.sum())})")
        ax.scatter(gpu_ms[~right], cpu_ms[~right], s=22, color="tab:red", marker="x",
                   label=f"slower device chosen ({int((~right).sum())})")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlim(low, high)
        ax.set_ylim(low, high)
        ax.set_xlabel("GPU ms (measured)")
        ax.set_title(f"{result.model}: {100 * result.accuracy:.1f}% right", fontsize=9)
        ax.text(0.97, 0.03, "CPU faster", transform=ax.transAxes, ha="right", va="bottom", fontsize=7, color="0.4")
        ax.legend(fontsize=7, loc="upper left")
        ax.grid(alpha=0.3, which="both", lw=0.4)
    axes[0, 0].set_ylabel("CPU ms (measured)")
    fig.suptitle(f"{report.cd.gpu_device.split(':')[-1]} vs {report.cd.cpu_device.split(':')[-1]}: "
                 f"{len(d)} launches, choices out of fold ({report.protocol})", fontsize=9)
    fig.tight_layout()
    return save(fig, path)
