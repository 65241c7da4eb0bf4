"""``train_ips_model``: profiles in, a compiled IPS model and its accuracy report out."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem.forest_compile import FEATURES
from throttllem.profiledata.metadata import utc_now
from throttllem.profiledata.files import read_profile
from throttllem.training.dataset import gpu_spec_of, measured_points, shape_of
from throttllem.training.fit import DEFAULT_NUM_TREES, SPLITS, accuracy, evaluate_split, fit_final, training_fit_by_tp
from throttllem.training.report import PLOT_NAME, write_plot, write_report

MODEL_NAME = "ips_model.so"


@dataclass(frozen=True)
class TrainResult:
    model_path: Path | None
    report_md: Path
    report_json: Path
    plot: Path
    splits: list
    final_fit: dict
    #: The profiles hold measurements (False: synthetic, every figure modelled).
    measured: bool
    #: {tp: accuracy} of the final model on each profiled TP degree's measured points.
    final_per_tp: dict | None = None
    #: {tp: {"data": "measured" | "modelled", "what": ...}}: which TP degrees were profiled.
    tp_data: dict | None = None


def _profile_summary(profile) -> dict:
    meta = profile.metadata
    seen = meta.get("clocks_seen_mhz")
    clock = "not recorded" if not seen else f"{seen['min']:.0f}..{seen['max']:.0f} MHz"
    return {"path": str(profile.csv_path), "model": meta["model"]["name"], "gpu": meta["gpu"]["name"],
            "driver": meta["gpu"].get("driver_version"), "decode_rows": len(profile.decode_rows()),
            "created": meta["created_utc"], "clock_seen": clock, "measured": bool(meta["measured"])}


def train_ips_model(profile_paths: list[str | os.PathLike], out_dir: str | os.PathLike, *,
                    num_trees: int = DEFAULT_NUM_TREES, seed: int = 0, densify: bool = True,
                    compile_model: bool = True, tp_degrees: tuple[int, ...] = ()) -> TrainResult:
    """Reads and validates the profiles, scores the 90/10 and 10/90 splits, fits the final model
    on every point, compiles it with ``throttllem.forest.compile`` and writes the report.

    Profiles of several TP degrees (e.g. ``h100-llama3-8b`` and ``h100-tp2-llama3-8b``) train one
    model whose ``tp_degree`` feature is measured at each of them; the splits are drawn and
    scored per TP degree. ``tp_degrees``: TP degrees the final model also covers beyond the
    profiled ones, from the perfmodel's TP scaling of the lowest profiled degree (modelled); the
    splits score the profiled ones."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    profiles = [read_profile(p) for p in profile_paths]
    points = measured_points(profiles)
    splits = [evaluate_split(profiles, points, name, share, num_trees=num_trees, seed=seed, densify=densify)
              for name, share in SPLITS]
    booster, rows, final_fit = fit_final(profiles, points, num_trees=num_trees, seed=seed, densify=densify,
                                         tp_degrees=tuple(tp_degrees))

    single = [p for p in profiles if len({r.clock_requested_mhz for r in p.decode_rows()}) == 1
              and p.decode_rows()[0].clock_requested_mhz is None]
    clock_note = None
    if single:
        spec_note = "; ".join(sorted({gpu_spec_of(p)[1] for p in single}))
        clock_note = (f"{len(single)} profile(s) measured one clock only (the GPU's own policy, taken as its top "
                      f"level); the other clocks come from the clock response of the perfmodel calibrated on "
                      f"the profile (throttllem.perfmodel.calibrated.ProfiledPerfModel: {spec_note}, overhead, "
                      f"overlap and efficiencies fitted, power cap on the measured power), scaled to each "
                      f"measured point.")

    shape = shape_of(profiles[0])
    all_measured = all(p.measured for p in profiles)
    measured_share = rows.counts()["measured"] / len(rows.y)
    kind = "measured+modelled" if all_measured else "modelled (synthetic profile)"
    profiled = sorted({int(t) for t in points.tp_degree})
    scaled = sorted(set(tp_degrees) - set(profiled)) if rows.counts()["tp-scaling"] else []
    tp_word = "measured" if all_measured else "profiled (synthetic)"
    tp_note = f", TP {'/'.join(map(str, profiled))} {tp_word}"
    if scaled:
        tp_note += f", TP {'/'.join(map(str, scaled))} modelled (perfmodel TP scaling)"
    tp_data = {t: {"data": tp_word, "what": "profile rows of " + ", ".join(
        f"`{p.csv_path.name}`" for i, p in enumerate(profiles) if np.any(points.tp_degree[points.profile_index == i] == t))}
        for t in profiled}
    for t in scaled:
        tp_data[t] = {"data": "modelled", "what": f"tp-scaling rows: the perfmodel's TP scaling of the TP-{profiled[0]} "
                                                  "calibration, every clock (no measured point to score)"}
    measured_rows = rows.source == "measured"
    final_per_tp = {t: accuracy(rows.y[measured_rows & (rows.x[:, 0] == t)],
                                booster.predict(rows.x[measured_rows & (rows.x[:, 0] == t)])) for t in profiled}
    provenance = (f"{kind}: {shape.name} profile(s) of {profiles[0].metadata['gpu']['name']}, "
                  f"{len(points)} profile decode points ({measured_share:.2%} of rows), "
                  f"clock dimension {'modelled' if clock_note else 'measured'}{tp_note}; trained {utc_now()}")
    model_path = None
    model_info: dict = {"trees": booster.num_trees(), "provenance": provenance}
    if compile_model:
        from throttllem.forest_compile import compile as compile_forest

        start = time.perf_counter()
        model_path = compile_forest(booster, out / MODEL_NAME, provenance=provenance)
        model_info["compiled"] = f"{model_path} in {time.perf_counter() - start:.1f} s (measured)"
        model_info["library"] = str(model_path)
    booster.save_model(str(out / "ips_model.txt"))
    model_info["lightgbm_text"] = str(out / "ips_model.txt")

    word = "measured" if all_measured else "synthetic, MODELLED"
    title = (f"{shape.name} on {profiles[0].metadata['gpu']['name']}: held-out profile points "
             f"({word}) vs model prediction")
    plot = write_plot(out / PLOT_NAME, splits, title, word)
    settings = {"num_trees": num_trees, "seed": seed, "densify": densify, "tp_degrees": list(tp_degrees)}
    model_info["features"] = " ".join(FEATURES)
    md, js = write_report(out, profiles=[_profile_summary(p) for p in profiles], counts=rows.counts(),
                          clock_note=clock_note, splits=splits, final_fit=final_fit, model=model_info,
                          settings=settings, measured=all_measured, tp_data=tp_data, final_per_tp=final_per_tp,
                          training_per_tp=training_fit_by_tp(booster, rows))
    return TrainResult(None if model_path is None else Path(model_path), md, js, plot, splits, final_fit,
                       all_measured, final_per_tp, tp_data)


def predict_measured(forest, profile_path) -> tuple[np.ndarray, np.ndarray]:
    """(measured IPS, compiled-model IPS) over a profile's decode rows, features as in training."""
    profile = read_profile(profile_path)
    points = measured_points([profile])
    x = np.column_stack([points.tp_degree, points.batch_size, points.kv_tokens, points.clock_mhz])
    return points.ips, np.asarray(forest.predict_many(x))
