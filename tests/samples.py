"""Small data in the real public formats, made from the project's own material (nothing public).

``write_devmap_sample``: DevMap-format tables (``cgo17-amd.csv``, ``cgo17-nvidia.csv``) whose rows
are the repository's own OpenCL kernels (kernels/opencl), their static counts from the project's
counter, and synthetic launch sizes and runtimes. ``write_azure_sample``: an Azure-format trace
(TIMESTAMP, ContextTokens, GeneratedTokens) drawn from the embedded conv-trace statistics. Both
are for tests of the logic; numbers of the published data are checked only against the real files.
"""

from __future__ import annotations

import csv
import re
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
KERNELS = REPO / "kernels" / "opencl"
DATASETS = ("default", "S")  # two input sizes per kernel, as DevMap has several per benchmark
SAMPLE_KERNELS = 20  # 20 kernels x 2 sizes: 40 rows, enough for 10 stratified (group) folds


def _one_kernel_sources() -> list[tuple[str, str]]:
    """(name, source without comments) of the suite's single-kernel files, sorted by name."""
    found = []
    for path in sorted(KERNELS.glob("*.cl")):
        text = path.read_text()
        if text.count("__kernel") != 1 or re.search(r"^\s*#", text, re.M):
            continue
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
        found.append((path.stem, body.strip() + "\n"))
    return found


def write_devmap_sample(folder: Path) -> Path:
    """Write the two DevMap-format sample tables into ``folder`` and return it.

    Labels alternate by kernel and size so both devices hold half the rows on each platform; the
    runtimes agree with the label (the loader checks that)."""
    from throttllem.devmap.data.dataset import COUNT_COLUMNS, REQUIRED_COLUMNS
    from throttllem.devmap.source.static_counts import static_counts

    folder.mkdir(parents=True, exist_ok=True)
    kernels = _one_kernel_sources()[:SAMPLE_KERNELS]
    rng = np.random.default_rng(2017)
    for platform_index, platform in enumerate(("amd", "nvidia")):
        rows = []
        for k, (name, src) in enumerate(kernels):
            counts = static_counts(src).devmap()
            for d, dataset in enumerate(DATASETS):
                transfer = int(4096 * 8 ** (d + k % 3))
                gpu_wins = (k + d + platform_index) % 2 == 0
                fast, slow = sorted(rng.uniform(0.05, 5.0, 2))
                cpu, gpu = (slow, fast) if gpu_wins else (fast, slow)
                rows.append([len(rows), f"throttllem-suite-1.0-{name}-{name}", dataset,
                             *(counts[c] for c in COUNT_COLUMNS), transfer, 64 * (1 + k % 4),
                             "GPU" if gpu_wins else "CPU", f"{cpu:.6f}", f"{gpu:.6f}", src, "[1 2 ...]"])
        with open(folder / f"cgo17-{platform}.csv", "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["", *REQUIRED_COLUMNS, "seq"])
            writer.writerows(rows)
    return folder


def write_azure_sample(path: Path, *, duration_s: float = 120.0, seed: int = 3) -> Path:
    """Write an Azure-format trace (about 5.5 requests/s, the conv trace's rate) to ``path``."""
    from throttllem.traces import CONV_2023, generate

    trace = generate(CONV_2023, duration_s, seed=seed)
    start = datetime(2023, 11, 16, 18, 15, 46, 680590)
    lines = ["TIMESTAMP,ContextTokens,GeneratedTokens"]
    for arrival, prompt, output in zip(trace.arrival_s, trace.prompt_tokens, trace.output_tokens):
        stamp = start + timedelta(seconds=float(arrival))
        lines.append(f"{stamp:%Y-%m-%d %H:%M:%S.%f}0,{int(prompt)},{int(output)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path
