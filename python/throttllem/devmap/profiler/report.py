"""A readable summary of a clprofile dataset: ``python -m throttllem.devmap.profiler.report OUT``.

Everything it prints is measured (read from the dataset); nothing is modelled.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

from throttllem.devmap.profiler.dataset import dataset_paths, read_rows, runtime_labels, runtime_ms


def _by_cpu(rows: list[dict]) -> dict[str, list[tuple[dict, dict]]]:
    """Labels (CPU row, GPU row) grouped by CPU device, in the rows' device order."""
    out: dict = {}
    for c, g in runtime_labels(rows):
        out.setdefault(c["device"], []).append((c, g))
    return out


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
    # One line pair per CPU device (runtime): each is its own CPU choice against the GPU. Times are
    # host_ms (host protocol) where the rows have them, else total_ms (events protocol).
    for cpu_dev, pairs in _by_cpu(rows).items():
        cpu = [runtime_ms(c) for c, _ in pairs]
        gpu = [runtime_ms(g) for _, g in pairs]
        wins = sum(g < c for c, g in zip(cpu, gpu))
        lines.append(f"  labelled kernel x size (measured on {cpu_dev} and a GPU): {len(pairs)}; GPU faster in "
                     f"{wins}, CPU in {len(pairs) - wins}")
        lines.append(f"  sum of times (measured): always-CPU {sum(cpu):.1f} ms, always-GPU {sum(gpu):.1f} ms, "
                     f"oracle {sum(map(min, cpu, gpu)):.1f} ms")
    return lines


def crossovers(rows: list[dict]) -> list[tuple[str, str, str, str, str]]:
    """Per kernel and CPU device: (kernel, class, smallest size where the GPU wins or "-", CPU/GPU
    time ratio per size, CPU runtime)."""
    out = []
    for cpu_dev, pairs in _by_cpu(rows).items():
        by_kernel: dict = defaultdict(list)
        for c, g in pairs:
            by_kernel[c["kernel"]].append((int(c["size"]), runtime_ms(c) / runtime_ms(g), c["class"]))
        runtime = cpu_dev.split(":")[1] if cpu_dev.count(":") >= 2 else cpu_dev
        for kernel, points in sorted(by_kernel.items()):
            points.sort()
            first = next((str(n) for n, ratio, _ in points if ratio > 1), "-")
            out.append((kernel, points[0][2], first, " ".join(f"{n}:{ratio:.2g}" for n, ratio, _ in points), runtime))
    return out


def device_table(rows: list[dict]) -> list[str]:
    """Markdown table, one line per device: rows ok of all rows and, for a CPU device, of the
    (kernel, size) measured on it and on the GPU, how many it wins (measured)."""
    wins = {dev: sum(runtime_ms(c) <= runtime_ms(g) for c, g in pairs) for dev, pairs in _by_cpu(rows).items()}
    paired = {dev: len(pairs) for dev, pairs in _by_cpu(rows).items()}
    per_device: dict = defaultdict(Counter)
    for r in rows:
        per_device[r["device"]][r["status"]] += 1
    lines = ["| device | rows ok / all | kernel x size vs GPU | CPU wins | GPU wins |", "|---|---|---|---|---|"]
    for dev, counts in per_device.items():
        n = paired.get(dev)
        pair = (f"{n} | {wins[dev]} | {n - wins[dev]}" if n else
                "- | - | -" if not dev.startswith("CPU") else "0 (no GPU rows) | - | -")
        lines.append(f"| {dev} | {counts['ok']} / {sum(counts.values())} | {pair} |")
    return lines


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
        lines.append("\n| kernel | class | GPU faster from size | CPU/GPU time ratio by size (measured) "
                     "| CPU runtime |")
        lines.append("|---|---|---|---|---|")
        lines += [f"| {k} | {c} | {first} | {ratios} | {rt} |" for k, c, first, ratios, rt in table]
        by_class: dict = defaultdict(Counter)
        for c, g in runtime_labels(rows):
            by_class[c["class"]]["GPU" if runtime_ms(g) < runtime_ms(c) else "CPU"] += 1
        lines.append("\nlabels by class (measured): " + "; ".join(
            f"{k} CPU {v['CPU']}/GPU {v['GPU']}" for k, v in sorted(by_class.items())))
    lines += ["\nper device (measured; a CPU wins where its time <= the GPU's at the same kernel x size):",
              *device_table(rows)]
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
