#!/usr/bin/env bash
# Benchmarks on the shared GPU machine: builds the package there, then READ-ONLY GPU work:
# `throttllem info`, NVML read costs, and the decision-latency benchmark. Never changes clocks,
# power limits or any other GPU setting (THROTTLLEM_READ_ONLY_GPU=1 makes the actuator refuse).
# Usage from the repository root, with wheels for cp312 under .whl/ (lightgbm, xgboost-cpu,
# treelite 4.1.2, tl2cgen 1.0.0):   OUT=/path scripts/device_bench.sh
set -euo pipefail
# shellcheck source=device_common.sh
source "$(dirname "$0")/device_common.sh"
device_start device_bench
export THROTTLLEM_READ_ONLY_GPU=1 PYTHONUNBUFFERED=1

echo "== install $(date -u +%T)"
if ls .whl/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir .whl/*.whl
fi
python3 -m pip install -q --no-build-isolation --no-deps --no-cache-dir . 2>&1 | tail -3
python3 -c "import throttllem; print('throttllem', throttllem.__version__)"

echo "== throttllem info $(date -u +%T)"
throttllem info || echo "(info exited $?)"

echo "== NVML read costs $(date -u +%T)"
python3 bench/nvml_read_cost.py | tee "$OUT/nvml_read_cost.txt" || echo "(nvml bench exited $?)"

echo "== decision latency $(date -u +%T)"
python3 bench/decision_latency.py | tee "$OUT/decision_latency.txt"
echo "== done $(date -u +%T)"
