"""The accuracy report of a trained IPS model: markdown, JSON and a predicted-vs-measured plot.

Every figure says what its targets are: measured (profile rows) or modelled (rows computed by the
calibrated GPU model), overall and per TP degree, and which TP degrees were profiled (measured)
or TP-scaled (modelled)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from throttllem.training.fit import ROWS_SCORED_PER_GROUP, SplitResult

PLOT_NAME = "predicted_vs_measured.png"


def _row(name: str, on: str, m: dict | None) -> str:
    if not m:
        return f"| {name} | {on} | 0 | - | - | - | - |"
    r2 = "n/a" if np.isnan(m["r2"]) else f"{m['r2']:.4f}"
    return (f"| {name} | {on} | {m['n']} | {r2} | {m['mae_ips']:.3f} | {m['mape_pct']:.2f} | "
            f"{m['max_ape_pct']:.2f} |")


def write_plot(path: Path, splits: list[SplitResult], title: str, target_word: str = "measured") -> Path:
    from throttllem._plotting import pyplot, save

    plt = pyplot()
    fig, axes = plt.subplots(1, len(splits), figsize=(5.2 * len(splits), 4.8), squeeze=False)
    for ax, split in zip(axes[0], splits):
        y, p = split.y_measured, split.y_predicted
        lo, hi = float(min(y.min(), p.min())) * 0.9, float(max(y.max(), p.max())) * 1.1
        ax.plot([lo, hi], [lo, hi], color="0.6", lw=1, label="predicted = profile")
        tp = split.tp_measured if split.tp_measured is not None else np.ones_like(y)
        for t in np.unique(tp):
            sel = tp == t
            ax.scatter(y[sel], p[sel], s=18, alpha=0.8, label=f"held-out points, TP {int(t)} (n={int(sel.sum())})")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_xlabel(f"profile IPS, {target_word} (decode iterations/s)")
        ax.set_ylabel("predicted IPS (model, modelled)")
        m = split.measured
        ax.set_title(f"split {split.name}: R²={m['r2']:.3f}, MAE={m['mae_ips']:.2f} IPS", fontsize=10)
        ax.legend(fontsize=8, loc="upper left")
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return save(fig, path, dpi=120)


def _tp_section(word: str, tp_data: dict, splits: list[SplitResult], final_per_tp: dict,
                training_per_tp: dict) -> list[str]:
    """Markdown: accuracy per TP degree (held-out and on measured points), and the final model
    on its training rows per TP degree and row source."""
    lines = ["## Accuracy per TP degree", ""]
    for tp, info in sorted(tp_data.items()):
        lines.append(f"- TP {tp}: {info['data'].upper()}: {info['what']}")
    lines += ["", "| TP | split (train/test) | evaluated on | n | R² | MAE (IPS) | MAPE (%) | max APE (%) |",
              "|---|---|---|---|---|---|---|---|"]
    for tp in sorted(tp_data):
        for s in splits:
            held = (s.per_tp or {}).get(tp)
            if held is None:
                continue
            lines.append(f"| {tp} " + _row(s.name, f"held-out profile points ({word})", held["measured"]))
            if held["clock_response"] is not None:
                lines.append(f"| {tp} " + _row(s.name, "held-out points at other clocks (modelled)",
                                               held["clock_response"]))
        if tp in final_per_tp:
            lines.append(f"| {tp} " + _row("final (all)", f"profile points, all trained on ({word})", final_per_tp[tp]))
    note = ("The final model on its own training rows, per TP degree and row source (targets of every source "
            f"but 'measured' are MODELLED; a group of more than {ROWS_SCORED_PER_GROUP:,} rows is scored on an "
            "even stride through it):")
    lines += ["", note, "", "| TP | TP data | source | n | R² | MAE (IPS) | MAPE (%) | max APE (%) |",
              "|---|---|---|---|---|---|---|---|"]
    for tp in sorted(training_per_tp):
        for source, m in training_per_tp[tp].items():
            lines.append(f"| {tp} " + _row(tp_data.get(tp, {}).get("data", "?"), source, m))
    lines.append("")
    return lines


def write_report(out_dir: Path, *, profiles: list[dict], counts: dict[str, int], clock_note: str | None,
                 splits: list[SplitResult], final_fit: dict, model: dict, settings: dict,
                 measured: bool = True, tp_data: dict | None = None, final_per_tp: dict | None = None,
                 training_per_tp: dict | None = None) -> tuple[Path, Path]:
    """Writes report.md and report.json under ``out_dir``; returns their paths. ``measured``: the
    profiles hold measurements (False: synthetic profiles, whose every figure is modelled).
    ``tp_data``: {tp: {"data": "measured" | "modelled", "what": ...}}; ``final_per_tp``: accuracy
    on each TP degree's measured points; ``training_per_tp``: {tp: {source: accuracy}}."""
    word = "measured" if measured else "synthetic profile, MODELLED"
    lines = ["# IPS model accuracy report", ""]
    lines.append("Model inputs (tp_degree, batch_size, kv_tokens, clock_mhz) -> decode iterations/s (IPS).")
    lines.append("")
    lines.append(f"## Profiles ({word})")
    lines.append("")
    for p in profiles:
        lines.append(f"- `{p['path']}`: {p['model']} on {p['gpu']} (driver {p['driver']}), "
                     f"{p['decode_rows']} decode rows, made {p['created']}, SM clock "
                     f"{p['clock_seen']}")
    lines.append("")
    lines.append("## Training rows")
    lines.append("")
    lines.append("| source | rows | what it is |")
    lines.append("|---|---|---|")
    lines.append(f"| measured | {counts['measured']} | decode rows of the profiles ({word.upper()}) |")
    lines.append(f"| interpolated | {counts['interpolated']} | between measured batch/KV sizes (and affinely in KV "
                 "out to the model's context) at the measured clock (MODELLED: DecodeTimeSurface through the "
                 "measured points) |")
    lines.append(f"| clock-response | {counts['clock-response']} | other SM clocks (MODELLED: perfmodel clock "
                 "response, power cap on the measured power) |")
    if counts.get("tp-scaling"):
        lines.append(f"| tp-scaling | {counts['tp-scaling']} | TP degrees not profiled, every clock (MODELLED: "
                     "perfmodel TP scaling of the calibration of the lowest profiled TP degree) |")
    lines.append("")
    if clock_note:
        lines.append(f"**The clock dimension is MODELLED, not measured.** {clock_note}")
        lines.append("")
    lines.append(f"## Accuracy on held-out profile points ({word})")
    lines.append("")
    lines.append("Splits are over measured grid points (seeded); the held-out points' interpolated and "
                 "clock-response rows are never trained on. 'measured' rows compare with measured IPS; "
                 "'clock-response' rows compare with the modelled IPS of held-out points at other clocks.")
    lines.append("")
    lines.append("| split (train/test) | evaluated on | n | R² | MAE (IPS) | MAPE (%) | max APE (%) |")
    lines.append("|---|---|---|---|---|---|---|")
    for s in splits:
        lines.append(_row(s.name, f"held-out profile points ({word})", s.measured))
        if s.clock_response is not None:
            lines.append(_row(s.name, "held-out points at other clocks (modelled)", s.clock_response))
    lines.append(_row("final (all)", f"profile points, all trained on ({word})", final_fit))
    lines.append("")
    lines.append(f"![predicted vs measured]({PLOT_NAME})")
    lines.append("")
    if tp_data:
        lines += _tp_section(word, tp_data, splits, final_per_tp or {}, training_per_tp or {})
    lines.append("## Model")
    lines.append("")
    for key, value in model.items():
        lines.append(f"- {key}: {value}")
    lines.append(f"- settings: {json.dumps(settings)}")
    lines.append("")
    md = out_dir / "report.md"
    md.write_text("\n".join(lines))
    doc = {"profiles": profiles, "profiles_measured": measured, "rows": counts,
           "clock_dimension": "modelled" if clock_note else "measured",
           "clock_note": clock_note,
           "tp_degrees": {str(t): info for t, info in sorted((tp_data or {}).items())},
           "splits": [{"name": s.name, "train_points": s.train_points, "test_points": s.test_points,
                       "measured": s.measured, "clock_response_modelled": s.clock_response,
                       "per_tp": {str(t): {"measured": m["measured"], "clock_response_modelled": m["clock_response"]}
                                  for t, m in sorted((s.per_tp or {}).items())}} for s in splits],
           "final_fit_on_measured": final_fit,
           "final_fit_on_measured_per_tp": {str(t): m for t, m in sorted((final_per_tp or {}).items())},
           "final_fit_on_training_rows_per_tp": {str(t): m for t, m in sorted((training_per_tp or {}).items())},
           "model": model, "settings": settings}
    js = out_dir / "report.json"
    js.write_text(json.dumps(doc, indent=2) + "\n")
    return md, js
