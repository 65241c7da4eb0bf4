#!/usr/bin/env bash
# The project's OpenCL kernel suite timed on the GPU machine: NVIDIA OpenCL on the GPU and PoCL on
# the CPU, written as a labelled dataset -- see docs/OPENCL_PROFILING.md.
#
# Read-only for the GPU: it runs OpenCL kernels and never changes clocks, power limits or any
# other setting (the machine is shared).
#
# Needs, from the repository root: cp312 wheels under .whl/ for pyopencl and its dependencies
# (pyopencl, pytools, platformdirs, siphash24, typing_extensions), the build tools the package
# needs (as scripts/device_bench.sh), PoCL's ICD file under /etc/OpenCL/vendors and the NVIDIA driver.
# Usage:  OUT=/path scripts/device_clprofile.sh
#   SUITE_LIMIT_S (default 360): stop starting new kernels after this long; a rerun resumes when
#     RESUME_FROM names the dataset of an earlier run (e.g. datasets/h100-clprofile; its .csv/.json
#     are copied into $OUT first).
#   DEVMAP_CSV (optional): also drive that DevMap table's kernel sources for DEVMAP_LIMIT_S (default 60).
# Writes into $OUT (at most 8 files): <gpu>-clprofile.{csv,json,labels.csv}, optionally
# <gpu>-devmap.{csv,json,labels.csv}, device_clprofile.log, summary.txt.
set -euo pipefail
OUT="${OUT:?set OUT to the folder for the results}"
mkdir -p "$OUT"
exec > >(tee -a "$OUT/device_clprofile.log") 2>&1
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
SUITE_LIMIT_S="${SUITE_LIMIT_S:-360}"
DEVMAP_LIMIT_S="${DEVMAP_LIMIT_S:-60}"
started=$(date +%s)
echo "== device_clprofile.sh $(date -u +%FT%TZ) on $(hostname)"

echo "== install $(date -u +%T)"
if ls .whl/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir .whl/*.whl
fi
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  python3 -m pip install -q --no-build-isolation --no-deps --no-cache-dir . 2>&1 | tail -3
fi
python3 -c "import throttllem, pyopencl; print('throttllem', throttllem.__version__, '; pyopencl', pyopencl.VERSION_TEXT)"

# OpenCL drivers: a private vendors folder with NVIDIA's ICD and every ICD the system has (PoCL).
ICD_DIR=$(mktemp -d /tmp/throttllem-icd.XXXXXX)
for icd in /etc/OpenCL/vendors/*.icd; do
  [ -e "$icd" ] && cp "$icd" "$ICD_DIR/"
done
if ! grep -qs libnvidia-opencl "$ICD_DIR"/*.icd; then
  echo "libnvidia-opencl.so.1" > "$ICD_DIR/nvidia.icd"
fi
if ! grep -qs pocl "$ICD_DIR"/*.icd; then
  pocl_lib=$(ldconfig -p 2>/dev/null | awk '/libpocl\.so/ {print $NF; exit}' || true)
  if [ -n "$pocl_lib" ]; then echo "$pocl_lib" > "$ICD_DIR/pocl.icd"; else echo "(no PoCL found: CPU device missing)"; fi
fi
export OCL_ICD_VENDORS="$ICD_DIR"
echo "== ICDs in $ICD_DIR:"; for f in "$ICD_DIR"/*.icd; do echo "   $(basename "$f"): $(cat "$f")"; done
python3 - <<'EOF'
from throttllem.devmap.profiler import select_devices
devs = select_devices("all")
for _, d in devs:
    print(f"   device {d['key']} | {d['version']} | driver {d['driver_version']} | {d['compute_units']} CUs")
kinds = {d["type"] for _, d in devs}
if not {"CPU", "GPU"} <= kinds:
    print(f"   WARNING: devices of type {sorted(kinds)} only: no labels without both a CPU and a GPU")
EOF
nvidia-smi --query-gpu=name,driver_version,clocks.sm,power.draw --format=csv || echo "(nvidia-smi not available)"

GPU_NAME=$(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1 || true)
case "$GPU_NAME" in
  *H100*) PREFIX=h100 ;; *H200*) PREFIX=h200 ;; *A100*) PREFIX=a100 ;; *) PREFIX=gpu ;;
esac
SUITE="$OUT/$PREFIX-clprofile"
if [ -n "${RESUME_FROM:-}" ] && [ -f "$RESUME_FROM.csv" ]; then
  echo "== resuming from $RESUME_FROM"
  cp "$RESUME_FROM.csv" "$SUITE.csv"; [ -f "$RESUME_FROM.json" ] && cp "$RESUME_FROM.json" "$SUITE.json"
fi

echo "== suite (limit ${SUITE_LIMIT_S} s) $(date -u +%T)"
rc=0
throttllem clprofile --out "$SUITE" --time-limit-s "$SUITE_LIMIT_S" --timeout-s 30 --slow-run-s 2 \
  --no-progress --verbose || rc=$?
echo "== suite: exit $rc after $(( $(date +%s) - started )) s"

if [ -n "${DEVMAP_CSV:-}" ] && [ -f "$DEVMAP_CSV" ]; then
  echo "== DevMap sources of $DEVMAP_CSV (limit ${DEVMAP_LIMIT_S} s) $(date -u +%T)"
  throttllem clprofile --out "$OUT/$PREFIX-devmap" --no-suite --devmap "$DEVMAP_CSV" --devmap-sizes 4096,1048576 \
    --time-limit-s "$DEVMAP_LIMIT_S" --timeout-s 20 --no-progress || echo "(devmap pass exited $?)"
fi
rm -rf "$ICD_DIR"

echo "== summary $(date -u +%T), total $(( $(date +%s) - started )) s"
python3 -m throttllem.devmap.profiler.report "$SUITE" | tee "$OUT/summary.txt"
if [ -f "$OUT/$PREFIX-devmap.csv" ]; then
  python3 -m throttllem.devmap.profiler.report "$OUT/$PREFIX-devmap" | tee -a "$OUT/summary.txt"
fi
