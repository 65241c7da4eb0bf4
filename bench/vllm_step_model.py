"""Predicted vs measured step time of a model trained on a running vLLM's own steps.

Profiles the tiny model on vLLM (``throttllem profile --engine vllm``) over a training grid and,
in the same run, over held-out points between the grid's; trains with ``throttllem train`` on
the training grid; prints the trained model's MAPE on the held-out points (and in-sample).
Run with the project's Python (LightGBM) and THROTTLLEM_VLLM_PYTHON naming vLLM's::

    THROTTLLEM_VLLM_PYTHON=$(bash scripts/vllm_venv.sh | tail -n 1) PYTHONPATH=python python bench/vllm_step_model.py
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TRAIN = ((1, 2, 4, 8, 16, 32), (32, 64, 128, 256))
HELD_OUT = ((3, 6, 12, 24), (48, 96, 192))


def main() -> None:
    import throttllem
    from throttllem.profiledata import read_profile
    from throttllem.training import train_ips_model

    python = os.environ.get("THROTTLLEM_VLLM_PYTHON") or sys.exit("set THROTTLLEM_VLLM_PYTHON")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        both = (sorted(set(TRAIN[0]) | set(HELD_OUT[0])), sorted(set(TRAIN[1]) | set(HELD_OUT[1])))
        out = tmp / "all"
        subprocess.run([python, "-m", "throttllem.cli", "profile", "--engine", "vllm", "--model", "tiny", "--out",
                        str(out), "--batch-sizes", ",".join(map(str, both[0])), "--kv-tokens",
                        ",".join(map(str, both[1])), "--prefill-tokens", "none", "--decode-steps", "16",
                        "--no-progress"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The training profile: the training grid's rows only (same metadata).
        train = tmp / "train"
        with open(out.with_suffix(".csv")) as f, open(train.with_suffix(".csv"), "w", newline="") as g:
            r, w = csv.DictReader(f), None
            for row in r:
                if w is None:
                    w = csv.DictWriter(g, r.fieldnames, lineterminator="\n")
                    w.writeheader()
                if int(row["batch_size"]) in TRAIN[0] and int(row["kv_tokens_per_request"]) in TRAIN[1]:
                    w.writerow(row)
        train.with_suffix(".json").write_text(out.with_suffix(".json").read_text())
        model = train_ips_model([train.with_suffix(".csv")], tmp / "model").model_path
        forest = throttllem.Forest(str(model))
        for name, keep in (("held-out", lambda b, k: b in HELD_OUT[0] and k in HELD_OUT[1]),
                           ("in-sample", lambda b, k: b in TRAIN[0] and k in TRAIN[1])):
            rows = [x for x in read_profile(out.with_suffix(".csv")).decode_rows() if keep(x.batch_size, x.kv_tokens_per_request)]
            errs = [abs(1000.0 / forest.predict(tp_degree=1, batch_size=x.batch_size, kv_tokens=x.kv_tokens,
                                                clock_mhz=1980) - x.iteration_ms_mean) / x.iteration_ms_mean for x in rows]
            ms = [x.iteration_ms_mean for x in rows]
            print(f"{name}: {len(rows)} points, measured step {min(ms):.2f}-{max(ms):.2f} ms, "
                  f"MAPE {100 * sum(errs) / len(errs):.1f}%")


if __name__ == "__main__":
    main()
