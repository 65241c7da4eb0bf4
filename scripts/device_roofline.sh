#!/usr/bin/env bash
# READ-ONLY check on the shared GPU machine: builds the package, compiles the roofline CUDA
# microbenchmarks with nvcc, runs the roofline tests and one roofline measurement (stream,
# FMA, bf16 GEMM at whatever clock the card runs), `throttllem info` and the decision-latency
# benchmark. Never changes a GPU setting (THROTTLLEM_READ_ONLY_GPU=1 makes the actuator refuse).
# Usage from the repository root, cp312 wheels under .whl/:   OUT=/path scripts/device_roofline.sh
set -euo pipefail
# shellcheck source=device_common.sh
source "$(dirname "$0")/device_common.sh"
device_start device_roofline
export THROTTLLEM_READ_ONLY_GPU=1 PYTHONUNBUFFERED=1

echo "== install $(date -u +%T)"
if ls .whl/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir .whl/*.whl
fi
python3 -m pip install -q --no-build-isolation --no-deps --no-cache-dir . 2>&1 | tail -3
nvidia-smi --query-gpu=name,driver_version,clocks.sm,power.draw --format=csv

echo "== roofline tests $(date -u +%T)"
python3 -m pytest -q -p no:cacheprovider tests/profiler/test_profile_roofline.py 2>&1 | tail -15 || true

echo "== roofline measurement $(date -u +%T)"
python3 - <<'PY' | tee "$OUT/roofline.json"
import json, torch
from throttllem.gpu import open_gpus
from throttllem.profiler.roofline import measure_roofline
from throttllem.profiler.sampler import GpuSampler
gpu = open_gpus([0])[0]
with GpuSampler(gpu) as sampler:
    r = measure_roofline(torch, 0, sampler)
print(json.dumps(r, indent=1, default=str))
PY

echo "== info $(date -u +%T)"
throttllem info || echo "(info exited $?)"
echo "== decision latency $(date -u +%T)"
python3 bench/decision_latency.py | tee "$OUT/decision_latency.txt"
echo "== done $(date -u +%T)"
