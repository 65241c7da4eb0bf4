#!/usr/bin/env python
"""Regenerate the shipped default IPS model from the committed measured profile (measured+modelled).

Trains LightGBM on the rows throttllem.training builds from profiles/h100-llama3-8b (measured TP-1
decode at the H100's own clock, interpolated; other clocks from the perfmodel's clock response
fitted to the profile; TP 2/4/8 from its TP scaling; recipe: throttllem.perfmodel.default_model)
and writes, under python/throttllem/models/:

  default/*.c, default/header.h   TL2cgen C sources; CMake builds them into default_model.so
  default/model.txt               the LightGBM model text (tests compare the build against it)
  default_model.so.meta           provenance and split points (the governor tabulates with them)

Deterministic: the same inputs give byte-identical files. Prints the accuracy figures that
docs/PERFMODEL.md quotes (on the measured points, against the simulated GPU, and the 90/10 and
10/90 splits of ``throttllem train``). Rebuild afterwards (scripts/dev-build.sh): CMake compiles
the C sources. Run: python scripts/make_default_model.py [--check-compiled] [--no-splits]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check-compiled", action="store_true",
                        help="also compile a library with throttllem.forest_compile and compare it to LightGBM")
    parser.add_argument("--no-splits", action="store_true", help="skip the 90/10 and 10/90 split figures")
    args = parser.parse_args(argv)

    import tl2cgen

    from throttllem import forest_compile
    from throttllem.perfmodel import default_model as recipe

    start = time.perf_counter()
    booster = recipe.train()
    print(f"trained {booster.num_trees()} trees in {time.perf_counter() - start:.1f} s")

    out = MODELS / "default"
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("*.c")) + list(out.glob("*.h")):
        old.unlink()
    tl_model = forest_compile.to_treelite(booster)
    with contextlib.redirect_stdout(io.StringIO()):
        tl2cgen.generate_c_code(tl_model, str(out), params={"parallel_comp": TRANSLATION_UNITS})
    (out / "recipe.json").unlink(missing_ok=True)  # TL2cgen's own build recipe; CMake builds instead
    booster.save_model(str(out / "model.txt"))
    provenance = recipe.provenance()
    print(f"provenance: {provenance}")
    meta = forest_compile.ForestMeta(provenance=provenance,
                                     split_points=forest_compile.split_points(tl_model))
    forest_compile.write_meta(MODELS / "default_model.so.meta", meta)

    c_bytes = sum(p.stat().st_size for p in out.glob("*.[ch]"))
    print(f"C sources: {c_bytes / 1e6:.2f} MB in {len(list(out.glob('*.c')))} files")
    splits = [len(p) for p in meta.split_points]
    cells = int(np.prod([n + 1 for n in splits[1:]]))
    print(f"split points per feature {splits}; at most {cells} table cells per TP degree")

    for title, accuracy in (
            ("on the profile's measured decode points (TP 1, max clock; measured targets)",
             recipe.measured_accuracy(booster.predict)),
            ("against the simulated GPU on fresh random states, TP 1/2/4/8, all clocks (modelled targets)",
             recipe.holdout_accuracy(booster.predict))):
        print(f"accuracy {title}:")
        print(f"| R^2 | {accuracy['r2']:.4f} |")
        print(f"| MAE (IPS) | {accuracy['mae_ips']:.2f} |")
        print(f"| MAPE (%) | {accuracy['mape_pct']:.2f} |")
        print(f"| max APE (%) | {accuracy['max_ape_pct']:.1f} |")

    if not args.no_splits:
        from throttllem.training.dataset import measured_points
        from throttllem.training.fit import SPLITS, evaluate_split

        profile = recipe.load_profile()
        points = measured_points([profile])
        print("splits over the measured points, as `throttllem train` scores them (seed 0, TP 1):")
        print("| split | held-out points | R^2 | MAE (IPS) | MAPE (%) | max APE (%) |")
        for name, share in SPLITS:
            split = evaluate_split([profile], points, name, share, num_trees=recipe.NUM_TREES, seed=0, densify=True)
            m = split.measured
            print(f"| {name} | {m['n']} | {m['r2']:.4f} | {m['mae_ips']:.2f} | {m['mape_pct']:.2f} | "
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
