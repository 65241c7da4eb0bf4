#!/usr/bin/env python
"""Regenerate the shipped synthetic default IPS model (modelled, not measured).

Trains LightGBM on the analytic Llama-3-8B-on-H100 decode IPS of throttllem.perfmodel
(recipe: throttllem.perfmodel.default_model) and writes, under python/throttllem/models/:

  default/*.c, default/header.h   TL2cgen C sources; CMake builds them into default_model.so
  default/model.txt               the LightGBM model text (tests compare the build against it)
  default_model.so.meta           provenance and split points (the governor tabulates with them)

Deterministic: the same inputs give byte-identical files. Prints the held-out accuracy that
docs/PERFMODEL.md quotes. Run: python scripts/make_default_model.py [--check-compiled]
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
    meta = forest_compile.ForestMeta(provenance=recipe.PROVENANCE,
                                     split_points=forest_compile.split_points(tl_model))
    forest_compile.write_meta(MODELS / "default_model.so.meta", meta)

    c_bytes = sum(p.stat().st_size for p in out.glob("*.[ch]"))
    print(f"C sources: {c_bytes / 1e6:.2f} MB in {len(list(out.glob('*.c')))} files")
    splits = [len(p) for p in meta.split_points]
    cells = int(np.prod([n + 1 for n in splits[1:]]))
    print(f"split points per feature {splits}; at most {cells} table cells per TP degree")

    accuracy = recipe.holdout_accuracy(booster.predict)
    print("held-out accuracy vs the analytic model (modelled):")
    print(f"| R^2 | {accuracy['r2']:.4f} |")
    print(f"| MAE (IPS) | {accuracy['mae_ips']:.2f} |")
    print(f"| MAPE (%) | {accuracy['mape_pct']:.2f} |")
    print(f"| max APE (%) | {accuracy['max_ape_pct']:.1f} |")

    if args.check_compiled:
        import throttllem

        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            lib = forest_compile.compile(booster, Path(tmp) / "default_model.so", provenance=recipe.PROVENANCE)
            print(f"compiled with forest_compile in {time.perf_counter() - start:.1f} s")
            x, _ = recipe.sample_decode_rows(2_000, seed=1)
            compiled = throttllem.Forest(str(lib)).predict_many(x)
            reference = booster.predict(x)
            print(f"compiled vs LightGBM: max relative difference {np.max(np.abs(compiled / reference - 1)):.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
