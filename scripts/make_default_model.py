#!/usr/bin/env python
"""Regenerate the shipped default IPS model from the committed measured profiles (measured+modelled).

Trains LightGBM on the rows throttllem.training builds from profiles/h100-llama3-8b and
profiles/h100-tp2-llama3-8b (measured TP-1 and TP-2 decode at the H100's own clock, interpolated;
other clocks from the perfmodel's clock response fitted to each profile; TP 4/8 from the TP
scaling of the TP-1 profile; recipe: throttllem.training.default_model) and writes, under
python/throttllem/models/:

  default/*.c, default/header.h   TL2cgen C sources (+ throttllem_model.c, the model's kind);
                                  CMake builds them into default_model.so
  default/model.txt               the LightGBM model text (tests compare the build against it)
  default_model.so.json.in        the sidecar template: provenance and split points (the governor
                                  tabulates with them); CMake fills in the library's sha256

Deterministic: the same inputs give byte-identical files. Prints the accuracy figures that
docs/PERFMODEL.md quotes (on the measured points per TP degree, against the simulated GPU, and
the 90/10 and 10/90 splits of ``throttllem train``). Rebuild afterwards (scripts/dev-build.sh):
CMake compiles the C sources. ``--score-installed`` trains and writes nothing: it prints the same
figures for the installed library (``throttllem.Forest.default()``), e.g. before regenerating.
Run: python scripts/make_default_model.py [--check-compiled] [--no-splits] [--score-installed]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "python" / "throttllem" / "models"
# Several translation units so the CMake build compiles the model in parallel.
TRANSLATION_UNITS = 8


def print_accuracy(recipe, predict) -> None:
    """The accuracy tables docs/PERFMODEL.md quotes, for ``predict(X) -> IPS``."""
    degrees = sorted(recipe.PROFILE_NAMES)
    print("accuracy on the profiles' measured decode points (max clock; measured targets):")
    print("| metric | all | " + " | ".join(f"TP {tp}" for tp in degrees) + " |")
    print("| points | " + " | ".join(str(len(recipe.measured_points_x(tp)[1])) for tp in [None, *degrees]) + " |")
    columns = [recipe.measured_accuracy(predict, tp) for tp in [None, *degrees]]
    for key, name, digits in (("r2", "R^2", 4), ("mae_ips", "MAE (IPS)", 2), ("mape_pct", "MAPE (%)", 2),
                              ("max_ape_pct", "max APE (%)", 1)):
        print(f"| {name} | " + " | ".join(f"{c[key]:.{digits}f}" for c in columns) + " |")
    for tp in degrees:
        x, y = recipe.measured_points_x(tp)
        print(f"TP {tp}: mean signed error {np.mean(predict(x) / y - 1) * 100:+.2f}% (> 0: predicts too fast)")

    x, y = recipe.sample_decode_rows(recipe.HOLDOUT_ROWS_PER_TP, recipe.HOLDOUT_SEED)
    pred = np.asarray(predict(x))
    acc = recipe.accuracy(y, pred)
    print(f"accuracy against the simulated GPU on fresh random states, TP {'/'.join(map(str, recipe.TP_DEGREES))}, "
          "all clocks (modelled targets):")
    print(f"| R^2 | {acc['r2']:.4f} |")
    print(f"| MAE (IPS) | {acc['mae_ips']:.2f} |")
    print(f"| MAPE (%) | {acc['mape_pct']:.2f} |")
    print(f"| max APE (%) | {acc['max_ape_pct']:.1f} |")
    signed = pred / y - 1
    ape = np.abs(signed) * 100
    low = x[:, 3] < 600
    p50, p90, p99 = np.percentile(ape, [50, 90, 99])
    by_tp = " / ".join(f"{ape[x[:, 0] == tp].mean():.2f}" for tp in recipe.TP_DEGREES)
    print(f"APE p50/p90/p99 {p50:.2f} / {p90:.1f} / {p99:.1f}%; MAPE by TP {by_tp}%; "
          f"below 600 MHz {ape[low].mean():.1f}% (p99 {np.percentile(ape[low], 99):.1f}%), "
          f"at 600 MHz and above {ape[~low].mean():.1f}% (p99 {np.percentile(ape[~low], 99):.1f}%); "
          f"mean signed {signed.mean() * 100:+.2f}% ({np.mean(signed > 0.05) * 100:.1f}% of states > 5% too fast)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check-compiled", action="store_true",
                        help="also compile a library with throttllem.forest_compile and compare it to LightGBM")
    parser.add_argument("--no-splits", action="store_true", help="skip the 90/10 and 10/90 split figures")
    parser.add_argument("--score-installed", action="store_true",
                        help="write nothing: print the accuracy of the installed default library")
    args = parser.parse_args(argv)

    from throttllem.training import default_model as recipe

    if args.score_installed:
        import throttllem

        forest = throttllem.Forest.default()
        print(f"installed default model: {forest.provenance}")
        print_accuracy(recipe, forest.predict_many)
        return 0

    from throttllem import compiled, forest_compile

    start = time.perf_counter()
    rows = recipe.training_rows()
    booster = recipe.train(rows=rows)
    print(f"trained {booster.num_trees()} trees on {rows.counts()} rows in {time.perf_counter() - start:.1f} s")

    out = MODELS / "default"
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.c")) + list(out.glob("*.h")):
        old.unlink()
    tl_model = forest_compile.to_treelite(booster)
    compiled.generate_sources(tl_model, out, kind="regressor", params={"parallel_comp": TRANSLATION_UNITS})
    (out / "recipe.json").unlink(missing_ok=True)  # TL2cgen's own build recipe; CMake builds instead
    booster.save_model(str(out / "model.txt"))
    provenance = recipe.provenance()
    print(f"provenance: {provenance}")
    split_points = forest_compile.split_points(tl_model)
    template = compiled.sidecar_text(kind="regressor", features=forest_compile.FEATURES, split_points=split_points,
                                     provenance=provenance, output=forest_compile.OUTPUT,
                                     sha256=compiled.SHA256_PLACEHOLDER)
    compiled.write_sidecar(MODELS / "default_model.so.json.in", template)

    c_bytes = sum(p.stat().st_size for p in out.glob("*.[ch]"))
    print(f"C sources: {c_bytes / 1e6:.2f} MB in {len(list(out.glob('*.c')))} files")
    splits = [len(p) for p in split_points]
    cells = int(np.prod([n + 1 for n in splits[1:]]))
    print(f"split points per feature {splits}; at most {cells} table cells per TP degree")
    print_accuracy(recipe, booster.predict)

    if not args.no_splits:
        from throttllem.training.dataset import measured_points
        from throttllem.training.fit import SPLITS, evaluate_split

        profiles = recipe.load_profiles()
        points = measured_points(profiles)
        print("splits over the measured points, as `throttllem train` scores them (seed 0, drawn per TP degree):")
        print("| TP | split | held-out points | R^2 | MAE (IPS) | MAPE (%) | max APE (%) |")
        for name, share in SPLITS:
            split = evaluate_split(profiles, points, name, share, num_trees=recipe.NUM_TREES, seed=0, densify=True)
            for tp, held in sorted(split.per_tp.items()):
                m = held["measured"]
                print(f"| {tp} | {name} | {m['n']} | {m['r2']:.4f} | {m['mae_ips']:.2f} | {m['mape_pct']:.2f} | "
                      f"{m['max_ape_pct']:.1f} |")

    if args.check_compiled:
        import throttllem

        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            lib = forest_compile.compile(booster, Path(tmp) / "default_model.so", provenance=provenance)
            print(f"compiled with forest_compile in {time.perf_counter() - start:.1f} s")
            x, _ = recipe.sample_decode_rows(2_000, seed=1)
            compiled = throttllem.Forest(str(lib)).predict_many(x)
            reference = booster.predict(x)
            print(f"compiled vs LightGBM: max relative difference {np.max(np.abs(compiled / reference - 1)):.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
