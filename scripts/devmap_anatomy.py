#!/usr/bin/env python3
"""Where a DevMap model's random-fold errors sit (docs/DEVMAP.md, "How far history can go").

Cross-validates MODEL under random folds with fold seeds other than the published 204 (so the
reported folds are not used to reason about the model), then splits its errors by what training
knew of the same kernel (throttllem.devmap.evaluation.anatomy). Folds go to a JSON-lines cache: a rerun
only reads it.

  python scripts/devmap_anatomy.py --model gbdt-plus --seeds 0 1 2 3 4 \
      --data-dir ../shared/data/devmap --cache /tmp/anatomy-folds.jsonl
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from throttllem.devmap.evaluation.anatomy import CATEGORIES, error_anatomy
from throttllem.devmap.evaluation.crossval import FoldCache, fold_tasks, run_tasks
from throttllem.devmap.data.dataset import load_platform
from throttllem.devmap.models import MODELS


def out_of_fold(model, data, seed, cache, jobs):
    tasks = fold_tasks(model, data, "random", seed=seed)
    predictions = np.full(len(data), -1, dtype=np.int64)
    for result in run_tasks(tasks, {data.platform: data}, cache=cache, jobs=jobs):
        predictions[result.task.test] = result.predictions
    return [(t.train, t.test) for t in tasks], predictions


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="gbdt-plus", choices=sorted(MODELS))
    parser.add_argument("--platform", action="append", dest="platforms", choices=("amd", "nvidia"))
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    parser.add_argument("--data-dir")
    parser.add_argument("--cache", help="fold cache (JSON lines) to reuse and append to")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    cache = FoldCache(args.cache) if args.cache else None
    for platform in args.platforms or ["amd", "nvidia"]:
        data = load_platform(platform, args.data_dir)
        runs = [out_of_fold(args.model, data, seed, cache, args.jobs) for seed in args.seeds]
        accuracy = [float(np.mean(p == data.label)) for _, p in runs]
        anatomy = error_anatomy(data, runs)
        print(f"\n{args.model} on {platform}, random folds, seeds {' '.join(map(str, args.seeds))} (measured): "
              f"accuracy {100 * np.mean(accuracy):.2f} ± {100 * np.std(accuracy, ddof=1 if len(accuracy) > 1 else 0):.2f}%, "
              f"{anatomy.total_errors:.1f} errors of {len(data)} rows per seed")
        print(f"  {'test row, by its kernel in training':<32} {'rows':>7} {'errors':>7}")
        for c in CATEGORIES:
            print(f"  {c:<32} {anatomy.rows[c]:7.1f} {anatomy.errors[c]:7.1f}")
        bound = anatomy.history_bound()
        print(f"  fixing every 'agreeing neighbours' error leaves {bound:.1f} errors "
              f"({100 * (1 - bound / len(data)):.1f}%); at the edges, copying the nearest size's label would fix "
              f"{anatomy.edge_fixed:.1f} and break {anatomy.edge_broken:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
