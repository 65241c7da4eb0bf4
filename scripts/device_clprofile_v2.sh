#!/usr/bin/env bash
# The project's OpenCL kernel suite under the host protocol (clprofile --protocol host: host-visible
# time, zero-copy CPU buffers, adaptive sweeps) on the GPU machine: NVIDIA OpenCL on the GPU, PoCL
# and Intel's CPU OpenCL runtime on the CPU -- see docs/OPENCL_PROFILING.md.
#
# Read-only for the GPU: it runs OpenCL kernels and never changes clocks, power limits or any
# other setting (the machine is shared).
#
# Needs, from the repository root: cp312 wheels under .whl-ocl/ for pyopencl and its dependencies
# (pyopencl, pytools, platformdirs, siphash24, typing_extensions; .whl/ is used when .whl-ocl/ is
# absent), the build tools the package needs (as scripts/device_bench.sh), PoCL's ICD file under
# /etc/OpenCL/vendors (or libpocl in the linker cache) and the NVIDIA driver.
# Usage:  OUT=/path INTEL_RT=/path/rt scripts/device_clprofile_v2.sh
#   INTEL_RT (optional): an unpacked Intel CPU runtime, i.e. a folder with lib/libintelocl.so
#     (scripts/intel_cpu_runtime.sh DEST makes one); without it the CPU runs PoCL only.
#   LIMIT_S (default 480): stop starting jobs this long after the script started (install
#     included; a job in flight ends within TIMEOUT_S); a kernel cut short is finished
#     by a rerun with RESUME_FROM naming the dataset of the earlier run (a path without .csv, or the
#     .csv itself; its .csv/.json are copied into $OUT first).
#   UNTIL_MS (default 500), MAX_BUFFER_MIB (default 128), TIMEOUT_S (default 30): the sweep's stop
#     rule, memory cap and per-job timeout; KERNELS (optional): comma-separated kernel ids.
#   SKIP_INSTALL=1: use the throttllem already importable (no pip install of the checkout).
# Writes into $OUT (at most 5 files): <gpu>-clprofile-host.{csv,json,labels.csv},
# device_clprofile_v2.log, summary.txt. The summary table is printed last.
set -euo pipefail
OUT="${OUT:?set OUT to the folder for the results}"
mkdir -p "$OUT"
exec > >(tee -a "$OUT/device_clprofile_v2.log") 2>&1
cd "$(dirname "$0")/.."
export PYTHONUNBUFFERED=1
LIMIT_S="${LIMIT_S:-480}"
# Not the command's defaults (1000 ms, 1024 MiB): so that 68 kernels on 3 devices fit ~2 x 480 s.
# On the dev VM (2 cores, PoCL + Intel, 2026-12-07) the whole suite at these defaults took 634 s,
# 2.5-22 s a kernel (mean 9.3 s); at 300 ms / 256 MiB 20 kernels took 4-35 s (mean 15 s), the
# memory-capped streaming kernels the most (generating and checking 256 MiB payloads).
UNTIL_MS="${UNTIL_MS:-500}"
MAX_BUFFER_MIB="${MAX_BUFFER_MIB:-128}"
TIMEOUT_S="${TIMEOUT_S:-30}"
started=$(date +%s)
echo "== device_clprofile_v2.sh $(date -u +%FT%TZ) on $(hostname), $(nproc) CPUs"

echo "== install $(date -u +%T)"
WHEELS=.whl-ocl
[ -d "$WHEELS" ] || WHEELS=.whl
if ls "$WHEELS"/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir "$WHEELS"/*.whl
fi
if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  python3 -m pip install -q --no-build-isolation --no-deps --no-cache-dir . 2>&1 | tail -3
fi
python3 -c "import throttllem, pyopencl; print('throttllem', throttllem.__version__, '; pyopencl', pyopencl.VERSION_TEXT)"

# OpenCL drivers: a private vendors folder with every ICD the system has (PoCL), NVIDIA's and
# Intel's CPU runtime (its libraries found through LD_LIBRARY_PATH; none of them is libOpenCL).
ICD_DIR=$(mktemp -d /tmp/throttllem-icd.XXXXXX)
trap 'rm -rf "$ICD_DIR"' EXIT
for icd in /etc/OpenCL/vendors/*.icd; do
  [ -e "$icd" ] && cp "$icd" "$ICD_DIR/"
done
if ! grep -qs libnvidia-opencl "$ICD_DIR"/*.icd; then
  if ldconfig -p 2>/dev/null | grep -q libnvidia-opencl; then echo "libnvidia-opencl.so.1" > "$ICD_DIR/nvidia.icd"
  else echo "(no libnvidia-opencl found: GPU device missing)"; fi
fi
if ! grep -qs pocl "$ICD_DIR"/*.icd; then
  pocl_lib=$(ldconfig -p 2>/dev/null | awk '/libpocl\.so/ {print $NF; exit}' || true)
  if [ -n "$pocl_lib" ]; then echo "$pocl_lib" > "$ICD_DIR/pocl.icd"; else echo "(no PoCL found: PoCL CPU device missing)"; fi
fi
if [ -n "${INTEL_RT:-}" ]; then
  INTEL_RT=$(cd "$INTEL_RT" && pwd)
  if [ -f "$INTEL_RT/lib/libintelocl.so" ]; then
    rm -f "$ICD_DIR"/intel*.icd  # a system Intel ICD would be a second copy of the same device
    echo "$INTEL_RT/lib/libintelocl.so" > "$ICD_DIR/intel-cpu.icd"
    export LD_LIBRARY_PATH="$INTEL_RT/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  else
    echo "(INTEL_RT=$INTEL_RT has no lib/libintelocl.so: Intel CPU runtime missing)"
  fi
else
  echo "(INTEL_RT not set: Intel CPU runtime missing)"
fi
export OCL_ICD_VENDORS="$ICD_DIR"
echo "== ICDs in $ICD_DIR:"; for f in "$ICD_DIR"/*.icd; do echo "   $(basename "$f"): $(cat "$f")"; done
python3 - <<'EOF'
from throttllem.devmap.profiler import select_devices
devs = select_devices("all")
for _, d in devs:
    print(f"   device {d['key']} | {d['version']} | driver {d['driver_version']} | {d['compute_units']} CUs "
          f"| max alloc {d['max_alloc_bytes'] >> 20} MiB")
kinds = [d["type"] for _, d in devs]
if "GPU" not in kinds or kinds.count("CPU") < 2:
    print(f"   WARNING: devices {kinds}: the dataset wants one GPU and two CPU runtimes")
EOF
nvidia-smi --query-gpu=name,driver_version,clocks.sm,power.draw --format=csv 2>/dev/null || echo "(nvidia-smi not available)"

GPU_NAME=$(nvidia-smi --query-gpu=name --format=csv,noheader 2>/dev/null | head -1 || true)
case "$GPU_NAME" in
  *H100*) PREFIX=h100 ;; *H200*) PREFIX=h200 ;; *A100*) PREFIX=a100 ;; *) PREFIX=gpu ;;
esac
SUITE="$OUT/$PREFIX-clprofile-host"
if [ -n "${RESUME_FROM:-}" ]; then
  RESUME_FROM="${RESUME_FROM%.csv}"
  if [ -f "$RESUME_FROM.csv" ]; then
    echo "== resuming from $RESUME_FROM ($(($(wc -l < "$RESUME_FROM.csv") - 1)) rows)"
    [ "$(cd "$(dirname "$RESUME_FROM")" && pwd)/$(basename "$RESUME_FROM")" = "$SUITE" ] || {
      cp "$RESUME_FROM.csv" "$SUITE.csv"; [ -f "$RESUME_FROM.json" ] && cp "$RESUME_FROM.json" "$SUITE.json"; }
  else
    echo "(RESUME_FROM=$RESUME_FROM.csv not found: starting afresh)"
  fi
fi

# LIMIT_S counts from the script's start (install included), so a call ends by about LIMIT_S plus
# one job's TIMEOUT_S plus the report: under the device machine's 600 s per command at the defaults.
left_s=$(( LIMIT_S - ($(date +%s) - started) ))
[ "$left_s" -ge 10 ] || left_s=10
echo "== suite, host protocol (${left_s} s left of ${LIMIT_S} s, until ${UNTIL_MS} ms, cap ${MAX_BUFFER_MIB} MiB) $(date -u +%T)"
rc=0
python3 -m throttllem.cli clprofile --protocol host --out "$SUITE" --time-limit-s "$left_s" \
  --until-ms "$UNTIL_MS" --max-buffer-mib "$MAX_BUFFER_MIB" --timeout-s "$TIMEOUT_S" \
  ${KERNELS:+--kernels "$KERNELS"} --no-progress --verbose || rc=$?
echo "== suite: exit $rc after $(( $(date +%s) - started )) s"

echo "== summary $(date -u +%T), total $(( $(date +%s) - started )) s"
python3 -m throttllem.devmap.profiler.report "$SUITE" | tee "$OUT/summary.txt"
exit "$rc"
