#!/usr/bin/env bash
# DevMap cross-validation of the sequence networks on the GPU machine (docs/DEVMAP.md).
# Read-only for the GPU: it trains small torch models and never changes any GPU setting.
#
# Needs, from the repository root: cp312 wheels under .whl/ (lightgbm, scikit-learn, joblib,
# threadpoolctl, treelite, tl2cgen, ...), the DevMap CSVs in $DEVMAP_DIR, torch on the machine.
# Usage:  OUT=/path [MODELS="deeptune deeptune-long"] [JOBS=12] [LIMIT_S=420] scripts/device_devmap.sh
#   CACHE_FROM: an earlier run's devmap-folds.jsonl (a path in the tree that travels, e.g.
#     datasets/devmap-folds.jsonl); copied into $OUT first, so the run resumes. A missing
#     file is an error, not a fresh start (a fresh start re-trains every fold).
#   SKIP_INSTALL=1 on a machine that already has the package.
# Writes into $OUT: devmap-folds.jsonl (one line per finished fold), table.txt, device_devmap.log.
set -euo pipefail
OUT="${OUT:?set OUT to the folder for the results}"
mkdir -p "$OUT"
exec > >(tee -a "$OUT/device_devmap.log") 2>&1
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1 THROTTLLEM_READ_ONLY_GPU=1
MODELS="${MODELS:-deeptune}"
JOBS="${JOBS:-12}"
LIMIT_S="${LIMIT_S:-420}"
DEVMAP_DIR="${DEVMAP_DIR:-.devdata/devmap}"
echo "== device_devmap.sh $(date -u +%FT%TZ) on $(hostname): models $MODELS, $JOBS jobs, limit $LIMIT_S s"
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir .whl/*.whl
  python3 -m pip install -q --no-build-isolation --no-deps --no-cache-dir . 2>&1 | tail -3
fi
nvidia-smi --query-gpu=name,driver_version,clocks.sm,power.draw --format=csv,noheader || true
python3 -c "import torch, sklearn, lightgbm, throttllem; print('torch', torch.__version__, 'cuda', torch.cuda.is_available(), '; sklearn', sklearn.__version__)"
if [ -n "${CACHE_FROM:-}" ]; then
  [ -f "$CACHE_FROM" ] || { echo "CACHE_FROM=$CACHE_FROM: no such file here"; exit 2; }
  cp "$CACHE_FROM" "$OUT/devmap-folds.jsonl"
  echo "resuming from $(wc -l < "$OUT/devmap-folds.jsonl") cached folds"
fi
args=()
for m in $MODELS; do args+=(--model "$m"); done
throttllem devmap evaluate "${args[@]}" --device cuda --jobs "$JOBS" --time-limit "$LIMIT_S" \
  --cache "$OUT/devmap-folds.jsonl" --data-dir "$DEVMAP_DIR" ${EXTRA_ARGS:-} | tee "$OUT/table.txt"
echo "== done $(date -u +%T); $(wc -l < "$OUT/devmap-folds.jsonl") folds in the cache"
