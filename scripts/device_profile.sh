#!/usr/bin/env bash
# The reference profiles, measured on the GPU machine: both presets (Llama-3-8B, Llama-2-13B
# shapes) at the GPU's OWN clock, plus the roofline (bandwidth, FMA, GEMM) -- see docs/PROFILING.md.
#
# It NEVER changes clocks, power limits or any other GPU setting (the machine is shared): no
# --clocks here. It only reads NVML and runs CUDA work.
#
# Needs: torch with CUDA, and throttllem installed (pip install --no-build-isolation --no-deps .).
# nvcc is used once for the roofline kernels; without it the profiles are still made.
# Usage, from the repository root:   OUT=/path/to/results scripts/device_profile.sh
# Writes into $OUT (6 files): <gpu>-llama3-8b.{csv,json}, <gpu>-llama2-13b.{csv,json},
# device_profile.log, summary.txt. Rerunning resumes unfinished profiles. About 6-7 minutes.
set -euo pipefail

# shellcheck source=device_common.sh
source "$(dirname "$0")/device_common.sh"
device_start device_profile

# Time limits per preset (s): a run cut short keeps its rows; the next run resumes it.
LIMIT_8B_S="${LIMIT_8B_S:-250}"
LIMIT_13B_S="${LIMIT_13B_S:-190}"
started=$(date +%s)
echo "== device_profile.sh $(date -u +%FT%TZ) on $(hostname)"

python - <<'EOF'
import throttllem, torch
print(f"throttllem {throttllem.__version__}; torch {torch.__version__} (CUDA {torch.version.cuda}); "
      f"CUDA available: {torch.cuda.is_available()}")
if not torch.cuda.is_available():
    raise SystemExit("no CUDA device: nothing to profile")
EOF
nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,memory.used,memory.total \
  --format=csv || echo "(nvidia-smi not available)"
throttllem info || echo "(throttllem info failed; profiling continues without it)"

GPU_NAME=$(python -c "import torch; print(torch.cuda.get_device_name(0))")
case "$GPU_NAME" in
  *H100*) PREFIX=h100 ;;
  *H200*) PREFIX=h200 ;;
  *A100*) PREFIX=a100 ;;
  *) PREFIX=gpu ;;
esac
echo "== GPU: $GPU_NAME -> profile names $PREFIX-*"

run_preset() {  # preset, time limit (s), extra args...
  local preset=$1 limit=$2 rc=0 t0
  shift 2
  t0=$(date +%s)
  echo "== profile $preset (limit ${limit} s) $(date -u +%T)"
  # SIGINT on timeout: the profiler stops cleanly, keeping every row measured so far.
  timeout --signal=INT --kill-after=30 "$limit" \
    throttllem profile --preset "$preset" --out "$OUT/$PREFIX-$preset" --no-progress --verbose "$@" || rc=$?
  echo "== profile $preset: exit $rc after $(( $(date +%s) - t0 )) s"
}

run_preset llama3-8b "$LIMIT_8B_S" --roofline
run_preset llama2-13b "$LIMIT_13B_S"

echo "== total $(( $(date +%s) - started )) s"
OUT="$OUT" PREFIX="$PREFIX" python - <<'EOF' | tee "$OUT/summary.txt"
import os
from pathlib import Path

from throttllem.profiledata import ProfileFormatError, read_profile

out, prefix = Path(os.environ["OUT"]), os.environ["PREFIX"]
print("# reference profiles (measured on this GPU at its own clock policy)")
print("| preset | decode rows | prefill rows | complete | skipped | took (s) | SM clock seen (MHz) | "
      "rows at power cap | IPS b=1 kv=128 | IPS b=64 kv=1024 | IPS largest batch | power (W) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
roofline = None
for preset in ("llama3-8b", "llama2-13b"):
    try:
        p = read_profile(out / f"{prefix}-{preset}.csv")
    except ProfileFormatError as e:
        print(f"| {preset} | missing or unreadable: {e} |")
        continue
    meta, dec = p.metadata, p.decode_rows()
    by = {(r.batch_size, r.kv_tokens_per_request): r for r in dec}
    def ips(b, kv):
        r = by.get((b, kv))
        return f"{r.ips:.1f}" if r else "-"
    top = max(dec, key=lambda r: (r.batch_size, r.kv_tokens)) if dec else None
    seen = meta.get("clocks_seen_mhz") or {}
    powers = [r.power_w_mean for r in p.rows if r.power_w_mean is not None]
    print(f"| {preset} | {len(dec)} | {len(p.prefill_rows())} | {meta['complete']} | {len(meta['skipped_points'])} | "
          f"{meta['duration_s']:.0f} | {seen.get('min', 0):.0f}..{seen.get('max', 0):.0f} | "
          f"{seen.get('rows_with_power_cap', '-')} | {ips(1, 128)} | {ips(64, 1024)} | "
          f"{f'{top.ips:.1f} (b={top.batch_size}, kv={top.kv_tokens_per_request})' if top else '-'} | "
          f"{f'{min(powers):.0f}..{max(powers):.0f}' if powers else '-'} |")
    roofline = roofline or meta.get("roofline")
if roofline and roofline.get("measured"):
    d = roofline["details"]
    print(f"roofline (measured): stream read {roofline['stream_read_gbps']:.0f} GB/s, copy "
          f"{roofline['stream_copy_gbps']:.0f} GB/s, FP32 FMA {roofline['fma_fp32_tflops']:.1f} TFLOP/s, "
          f"bf16 GEMM {roofline['gemm_bf16_tflops']:.0f} TFLOP/s at SM "
          f"{d['gemm_bf16']['sm_clock_mhz_mean'] or 0:.0f} MHz")
elif roofline:
    print(f"roofline: not measured ({roofline.get('error')})")
EOF
