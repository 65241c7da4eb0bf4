"""``throttllem profile --engine vllm`` on a running vLLM (CPU build, tiny model), then
``throttllem train`` on what it measured, and the trained model's predicted step times against
the measured ones."""

from __future__ import annotations

import math
import os
import subprocess
from pathlib import Path

import pytest

import throttllem
from test_vllm_engine import vllm_python

BATCHES = (1, 4, 16)
KV = (32, 128)


@pytest.mark.timeout(900)
def test_profile_vllm_then_train(tmp_path):
    python = vllm_python()
    pytest.importorskip("lightgbm", reason="throttllem train needs LightGBM")
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "throttllem").symlink_to(Path(throttllem.__file__).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith("THROTTLLEM_")}
    env["PYTHONPATH"] = str(pkg)
    out = tmp_path / "prof" / "tiny"
    cmd = [python, "-m", "throttllem.cli", "profile", "--engine", "vllm", "--model", "tiny", "--out", str(out),
           "--batch-sizes", ",".join(map(str, BATCHES)), "--kv-tokens", ",".join(map(str, KV)),
           "--prefill-tokens", "none", "--decode-steps", "8", "--no-progress"]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "(measured)" in proc.stdout

    from throttllem.profiledata import read_profile
    from throttllem.training import train_ips_model

    profile = read_profile(out.with_suffix(".csv"))
    assert profile.metadata["engine"]["name"] == "vllm" and profile.metadata["complete"]
    rows = profile.decode_rows()
    assert sorted((r.batch_size, r.kv_tokens_per_request) for r in rows) == sorted((b, k) for b in BATCHES for k in KV)
    for r in rows:
        assert r.iterations >= 5 and r.clock_requested_mhz is None and r.power_w_mean is None
        assert r.iteration_ms_p10 <= r.iteration_ms_median <= r.iteration_ms_p90

    result = train_ips_model([out.with_suffix(".csv")], tmp_path / "model", num_trees=20)
    forest = throttllem.Forest(str(result.model_path))
    top = 1980  # no clock levels measured on a CPU: the trainer takes the H100 spec's top clock
    predicted = [1000.0 / forest.predict(tp_degree=1, batch_size=r.batch_size, kv_tokens=r.kv_tokens, clock_mhz=top)
                 for r in rows]
    assert all(math.isfinite(p) and p > 0 for p in predicted)
    mape = sum(abs(p - r.iteration_ms_mean) / r.iteration_ms_mean for p, r in zip(predicted, rows)) / len(rows)
    assert math.isfinite(mape)
    assert result.final_fit["n"] == len(rows)
    # The governor runs on the trained model.
    board = throttllem.Scoreboard(kv_capacity_blocks=1000, max_batch_size=16)
    gov = throttllem.Governor(forest, clocks_mhz=[1980], tbt_target_ms=1000.0, max_batch_size=16)
    assert gov.decide(board, now_s=0.0).clock_mhz == 1980
