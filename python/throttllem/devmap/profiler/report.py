"""A readable summary of a clprofile dataset: ``python -m throttllem.devmap.profiler.report OUT``.

Everything it prints is measured (read from the dataset); nothing is modelled.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

from throttllem.devmap.profiler.dataset import dataset_paths, labels, read_rows


def summary_lines(rows: list[dict]) -> list[str]:
    """Status counts per device, reasons for what was not timed, label balance and totals."""
    lines = []
    per_device: dict = defaultdict(Counter)
    for r in rows:
        per_device[r["device"]][r["status"]] += 1
    for dev, counts in per_device.items():
        lines.append(f"  {dev}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    reasons = Counter((r["status"], r["reason"]) for r in rows if r["status"] != "ok")
    if reasons:
        lines.append("  not timed: " + ", ".join(f"{s}/{why or '-'} {n}" for (s, why), n in sorted(reasons.items())))
    pairs = labels(rows)
    if pairs:
        cpu = [float(c["total_ms"]) for c, _ in pairs]
        gpu = [float(g["total_ms"]) for _, g in pairs]
        wins = sum(g < c for c, g in zip(cpu, gpu))
        lines.append(f"  labelled kernel x size (measured on a CPU and a GPU): {len(pairs)}; GPU faster in {wins}, "
                     f"CPU in {len(pairs) - wins}")
        lines.append(f"  sum of times (measured): always-CPU {sum(cpu):.1f} ms, always-GPU {sum(gpu):.1f} ms, "
                     f"oracle {sum(map(min, cpu, gpu)):.1f} ms")
    return lines


def crossovers(rows: list[dict]) -> list[tuple[str, str, str, str]]:
    """Per kernel: (kernel, class, smallest size where the GPU wins or "-", CPU/GPU time ratio per size)."""
    by_kernel: dict = defaultdict(list)
    for c, g in labels(rows):
        by_kernel[c["kernel"]].append((int(c["size"]), float(c["total_ms"]) / float(g["total_ms"]), c["class"]))
    out = []
    for kernel, points in sorted(by_kernel.items()):
        points.sort()
        first = next((str(n) for n, ratio, _ in points if ratio > 1), "-")
        out.append((kernel, points[0][2], first, " ".join(f"{n}:{ratio:.2g}" for n, ratio, _ in points)))
    return out


def report(out) -> str:
    csv_path, json_path, _ = dataset_paths(out)
    rows = read_rows(csv_path)
    meta = json.loads(json_path.read_text()) if json_path.exists() else {}
    measured = "measured" if meta.get("measured") else "NOT marked measured"
    lines = [f"# {csv_path.name}: {len(rows)} rows ({measured}), complete: {meta.get('complete')}, "
             f"updated {meta.get('updated_utc')}"]
    for d in meta.get("devices", []):
        lines.append(f"- {d['type']}: {d['name']} ({d['platform']}, {d['version']}, driver {d['driver_version']}, "
                     f"{d['compute_units']} CUs)")
    lines += summary_lines(rows)
    rejected: dict = defaultdict(set)
    for r in rows:
        if r["status"] != "ok":
            rejected[f"{r['status']}/{r['reason']}"].add(r["kernel"])
    for why, kernels in sorted(rejected.items()):
        shown = sorted(kernels)
        lines.append(f"  {why}: {', '.join(shown[:12])}{' ...' if len(shown) > 12 else ''}")
    table = crossovers(rows)
    if table:
        lines.append("\n| kernel | class | GPU faster from size | CPU/GPU time ratio by size (measured) |")
        lines.append("|---|---|---|---|")
        lines += [f"| {k} | {c} | {first} | {ratios} |" for k, c, first, ratios in table]
        by_class: dict = defaultdict(Counter)
        for c, g in labels(rows):
            by_class[c["class"]]["GPU" if float(g["total_ms"]) < float(c["total_ms"]) else "CPU"] += 1
        lines.append("\nlabels by class (measured): " + "; ".join(
            f"{k} CPU {v['CPU']}/GPU {v['GPU']}" for k, v in sorted(by_class.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m throttllem.devmap.profiler.report DATASET", file=sys.stderr)
        return 2
    print(report(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
