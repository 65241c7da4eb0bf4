#!/usr/bin/env python3
"""Decision latency of the device selector's tree models, compiled vs their Python libraries, in one run.

  python bench/devmap_decision_latency.py [--data-dir ../shared/data/devmap] [--calls 20000]

Each model is trained on all rows of the AMD DevMap table, compiled with TL2cgen, and asked for
one decision at a time (one kernel launch = one row), as a runtime would ask before a launch:
  grewe: F1-F4 from the static counts (plain Python) + the compiled tree through the C++ core
         (CompiledClassifier -> _core.Classifier, which calls the TL2cgen library's predict),
         against scikit-learn's DecisionTreeClassifier.predict on the same row;
  gbdt:  the compiled LightGBM model on its feature row, against LGBMClassifier.predict;
  selector: DeviceSelector.predict(source, transfer_bytes, wgsize) end to end (gbdt-source; the
         source's token statistics cached after its first call), against LightGBM on the same row;
  gbdt-plus: the compiled 1000-tree model (60 features), against LGBMClassifier.predict;
  deeptune: one decision of the network from the kernel's source (normalise, atomize, encode,
         LSTM over 1024 atoms, torch on the CPU), trained 1 epoch only (the weights do not change
         the cost), against which the selector's decision is compared; skipped without torch.
Every figure is measured on this machine (p50/p99 of single calls timed with perf_counter_ns).
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
from pathlib import Path

import numpy as np

from throttllem.benchmarking.timing import machine_description, measure
from throttllem.devmap.data.dataset import load_platform
from throttllem.devmap.models import create
from throttllem.devmap.models.launch import table_launches
from throttllem.devmap.deploy.selector import DeviceSelector

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", default=str(REPO.parent / "shared" / "data" / "devmap"))
    parser.add_argument("--calls", type=int, default=20000)
    args = parser.parse_args()

    data = load_platform("amd", args.data_dir)
    rows = np.arange(len(data))
    row_index = 11
    launch = table_launches(data)[row_index]
    print(f"# DevMap decision latency, {datetime.date.today()}, {machine_description()}")
    print(f"# measured: p50/p99 of single-row calls timed one by one from Python ({args.calls} compiled calls)")
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        grewe = create("grewe").fit(data, rows, seed=204)
        grewe_lib = grewe.compile(Path(tmp) / "grewe.so", provenance="bench: grewe on all AMD rows")
        features = grewe.features(data)[row_index:row_index + 1]
        assert grewe.row(launch) == tuple(features[0].tolist())
        expected = int(grewe.estimator.predict(features)[0])
        got = int(grewe_lib.predict_proba_one(grewe.row(launch)) > 0.5)
        if got != expected:
            sys.exit(f"compiled grewe decides {got}, scikit-learn {expected}: not the same model")
        compiled = measure(lambda: grewe_lib.predict_proba_one(grewe.row(launch)) > 0.5, calls=args.calls)
        library_only = measure(lambda: grewe_lib.predict_proba_one(features[0]), calls=args.calls)
        sklearn = measure(lambda: grewe.estimator.predict(features), calls=max(args.calls // 10, 100))
        table += [("grewe: F1-F4 + compiled tree (C++ Classifier)", compiled, sklearn),
                  ("grewe: compiled tree only, features given", library_only, sklearn),
                  ("grewe: scikit-learn DecisionTreeClassifier.predict", sklearn, sklearn)]

        gbdt, gbdt_lib, x, lgb = compiled_gbdt("gbdt", data, rows, row_index, Path(tmp), args.calls)
        row = x[0].tolist()
        table += [(f"gbdt: compiled {gbdt.params['n_estimators']} trees (C++ Classifier, array row)",
                   measure(lambda: gbdt_lib.predict_proba_one(x[0]), calls=args.calls), lgb),
                  (f"gbdt: compiled {gbdt.params['n_estimators']} trees (C++ Classifier, list row)",
                   measure(lambda: gbdt_lib.predict_proba_one(row), calls=args.calls), lgb),
                  ("gbdt: LightGBM LGBMClassifier.predict", lgb, lgb)]

        selector = DeviceSelector.train(data, Path(tmp) / "selector")
        source_model = create("gbdt-source").fit(data, rows, seed=204)
        xs = source_model.features(data)[row_index:row_index + 1]
        src, transfer, wgsize = data.src[row_index], int(data.transfer_bytes[row_index]), int(data.wgsize[row_index])
        if (selector.predict(src, transfer, wgsize).device == "GPU") != bool(source_model.estimator.predict(xs)[0]):
            sys.exit("the selector and its LightGBM model disagree")
        lgb_source = measure(lambda: source_model.estimator.predict(xs), calls=max(args.calls // 10, 100))
        selector_latency = measure(lambda: selector.predict(src, transfer, wgsize), calls=args.calls)
        table += [("selector: DeviceSelector.predict(source, launch)", selector_latency, lgb_source),
                  ("selector: LightGBM predict on the same row", lgb_source, lgb_source)]

        plus, plus_lib, xp, lgb_plus = compiled_gbdt("gbdt-plus", data, rows, row_index, Path(tmp), args.calls)
        table += [(f"gbdt-plus: compiled {plus.params['n_estimators']} trees (C++ Classifier)",
                   measure(lambda: plus_lib.predict_proba_one(xp[0]), calls=args.calls), lgb_plus),
                  ("gbdt-plus: LightGBM LGBMClassifier.predict", lgb_plus, lgb_plus)]
        table += deeptune_rows(data, rows, row_index, selector_latency, calls=max(args.calls // 400, 20))

    width = max(len(name) for name, _, _ in table)
    for name, latency, baseline in table:
        if latency is baseline:
            note = "baseline"
        elif baseline.p50_us < latency.p50_us:
            note = f"the selector's decision is {latency.p50_us / baseline.p50_us:,.0f}x faster (p50)"
        else:
            note = f"{baseline.p50_us / latency.p50_us:6.1f}x faster than the Python library (p50)"
        print(f"{name:<{width}}  {latency}  {note}")
    return 0


def compiled_gbdt(name, data, rows, row_index, folder, calls):
    """(model, its compiled library, the row's features, LightGBM's own latency on that row);
    exits when the library and LightGBM decide differently (not the same model)."""
    model = create(name).fit(data, rows, seed=204)
    library = model.compile(folder / f"{name}.so", provenance=f"bench: {name} on all AMD rows")
    x = model.features(data)[row_index:row_index + 1]
    if int(library.predict_proba_one(x[0]) > 0.5) != int(model.estimator.predict(x)[0]):
        sys.exit(f"compiled {name} and LightGBM disagree: not the same model")
    return model, library, x, measure(lambda: model.estimator.predict(x), calls=max(calls // 10, 100))


def deeptune_rows(data, rows, row_index, selector_latency, *, calls):
    """DeepTune's decision for one launch, from its source; none without torch."""
    try:
        import torch
    except ImportError:
        print("# deeptune: skipped (torch is not installed: pip install '.[devmap]')")
        return []
    network = create("deeptune", epochs=1, flush_denormals=True).fit(data, rows, seed=204)
    one_row = data.subset([row_index])
    latency = measure(lambda: network.predict_proba(one_row, [0]), calls=calls)
    return [(f"deeptune: one decision from source ({torch.get_num_threads()} torch threads, CPU)", latency,
             selector_latency)]


if __name__ == "__main__":
    sys.exit(main())
