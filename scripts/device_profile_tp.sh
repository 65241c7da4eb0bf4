#!/usr/bin/env bash
# Tensor-parallel profiles on a multi-GPU machine: the Llama-3-8B shape at TP 2, 4 and 8
# (each degree the machine has GPUs for), at the GPUs' OWN clocks -- see docs/PROFILING.md §8.
#
# It NEVER changes clocks, power limits or any other GPU setting (the machines are shared): no
# --clocks, and THROTTLLEM_READ_ONLY_GPU=1 makes the actuator refuse any clock change. NVLink
# multicast stays off (NCCL_NVLS_ENABLE=0, TORCH_SYMM_MEM_DISABLE_MULTICAST=1, NVSHMEM_DISABLE_NVLS=1:
# set here and again by the profiler in every worker).
#
# Usage, from the repository root:   OUT=/path/to/results scripts/device_profile_tp.sh
#   TP_DEGREES="2 4 8"   degrees to try (default; those above the GPU count are skipped)
#   LIMIT_S=140          seconds per degree (default: 420 s shared by the degrees that run)
#   RESUME_FROM=dir      copy an earlier run's files into $OUT first, so unfinished profiles resume
#   SKIP_INSTALL=1       throttllem is already installed
# Writes into $OUT: <gpu>-tp<N>-llama3-8b.{csv,json,per_gpu.jsonl} per degree, device_profile_tp.log,
# summary.txt. About 8-9 minutes on 8 GPUs (install ~1 min, then up to 140 s per degree).
set -euo pipefail

# shellcheck source=device_common.sh
source "$(dirname "$0")/device_common.sh"
device_start device_profile_tp
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1
export THROTTLLEM_READ_ONLY_GPU=1 PYTHONUNBUFFERED=1
started=$(date +%s)
echo "== device_profile_tp.sh $(date -u +%FT%TZ) on $(hostname)"

if [ -n "${RESUME_FROM:-}" ] && [ -d "$RESUME_FROM" ]; then
  echo "== resuming from $RESUME_FROM"
  cp -n "$RESUME_FROM"/*-tp*-llama3-8b.* "$OUT"/ 2>/dev/null || true
fi

if [ -z "${SKIP_INSTALL:-}" ]; then
  echo "== install $(date -u +%T)"
  python3 -m pip install -q --no-build-isolation --no-deps --no-cache-dir . 2>&1 | tail -3
fi

python3 - <<'EOF'
import throttllem, torch
import torch.distributed as dist
print(f"throttllem {throttllem.__version__}; torch {torch.__version__} (CUDA {torch.version.cuda}); "
      f"GPUs visible: {torch.cuda.device_count()}; NCCL available: {dist.is_nccl_available()}"
      + (f" (NCCL {'.'.join(map(str, torch.cuda.nccl.version()))})" if torch.cuda.is_available() else ""))
if not torch.cuda.is_available():
    raise SystemExit("no CUDA device: nothing to profile")
EOF
nvidia-smi --query-gpu=index,name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,memory.used,memory.total \
  --format=csv || echo "(nvidia-smi not available)"
nvidia-smi topo -m || echo "(nvidia-smi topo not available)"
env | grep -E '^(NCCL_|TORCH_SYMM|NVSHMEM_)' | sort

GPUS=$(python3 -c "import torch; print(torch.cuda.device_count())")
GPU_NAME=$(python3 -c "import torch; print(torch.cuda.get_device_name(0))")
case "$GPU_NAME" in
  *H100*) PREFIX=h100 ;;
  *H200*) PREFIX=h200 ;;
  *A100*) PREFIX=a100 ;;
  *) PREFIX=gpu ;;
esac
RUN=()
for tp in ${TP_DEGREES:-2 4 8}; do
  if [ "$tp" -le "$GPUS" ]; then RUN+=("$tp"); else echo "== skip TP $tp: $GPUS GPUs here"; fi
done
[ ${#RUN[@]} -gt 0 ] || { echo "== no TP degree fits $GPUS GPUs"; exit 1; }
LIMIT_S="${LIMIT_S:-$(( 420 / ${#RUN[@]} ))}"
echo "== $GPUS x $GPU_NAME -> TP ${RUN[*]}, ${LIMIT_S} s each, profile names $PREFIX-tp<N>-llama3-8b"

for tp in "${RUN[@]}"; do
  rc=0
  t0=$(date +%s)
  echo "== profile TP $tp (limit ${LIMIT_S} s) $(date -u +%T)"
  # SIGINT on timeout: the workers finish their point, rank 0 keeps every row; a rerun resumes.
  # Windows of 0.4 s + 0.8 s per point: the default grid (65 points) fits the limit on 8 GPUs.
  timeout --signal=INT --kill-after=40 "$LIMIT_S" \
    throttllem profile --tp "$tp" --preset llama3-8b --out "$OUT/$PREFIX-tp$tp-llama3-8b" \
      --warmup-s 0.4 --measure-s 0.8 --no-progress --verbose || rc=$?
  echo "== profile TP $tp: exit $rc after $(( $(date +%s) - t0 )) s"
done

echo "== total $(( $(date +%s) - started )) s"
OUT="$OUT" PREFIX="$PREFIX" RUN="${RUN[*]}" python3 - <<'EOF' | tee "$OUT/summary.txt"
import os
from pathlib import Path

from throttllem.profiledata import ProfileFormatError, read_profile
from throttllem.profiler.tp.records import read_per_gpu

out, prefix = Path(os.environ["OUT"]), os.environ["PREFIX"]
print("# tensor-parallel profiles, Llama-3-8B shape (measured on this machine at the GPUs' own clocks)")
print("| TP | decode rows | prefill rows | complete | skipped | took (s) | timed with | SM clock seen (MHz) | "
      "rows at power cap | IPS b=1 kv=128 | IPS b=64 kv=1024 | IPS largest batch | total power (W) | "
      "largest per-GPU power spread (W) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
profiles = {}
for tp in map(int, os.environ["RUN"].split()):
    stem = out / f"{prefix}-tp{tp}-llama3-8b"
    try:
        p = read_profile(stem.with_name(stem.name + ".csv"))
    except ProfileFormatError as e:
        print(f"| {tp} | missing or unreadable: {e} |")
        continue
    profiles[tp] = p
    meta, dec = p.metadata, p.decode_rows()
    by = {(r.batch_size, r.kv_tokens_per_request): r for r in dec}
    ips = lambda b, kv: f"{by[(b, kv)].ips:.1f}" if (b, kv) in by else "-"  # noqa: E731
    top = max(dec, key=lambda r: (r.batch_size, r.kv_tokens)) if dec else None
    seen = meta.get("clocks_seen_mhz") or {}
    timing = meta["tp"]["timing"]
    modes = "/".join(timing["modes_used"]) + (f" (capture failed: {timing['graph_capture_error']})"
                                              if timing.get("graph_capture_error") else "")
    powers = [r.power_w_mean for r in p.rows if r.power_w_mean is not None]
    per_gpu = [[g["power_w_mean"] for g in rec["gpus"]] for rec in read_per_gpu(stem).values()]
    spreads = [max(w) - min(w) for w in per_gpu if None not in w]
    print(f"| {tp} | {len(dec)} | {len(p.prefill_rows())} | {meta['complete']} | {len(meta['skipped_points'])} | "
          f"{meta['duration_s']:.0f} | {modes} | {seen.get('min', 0):.0f}..{seen.get('max', 0):.0f} | "
          f"{seen.get('rows_with_power_cap', '-')} | {ips(1, 128)} | {ips(64, 1024)} | "
          f"{f'{top.ips:.1f} (b={top.batch_size}, kv={top.kv_tokens_per_request})' if top else '-'} | "
          f"{f'{min(powers):.0f}..{max(powers):.0f}' if powers else '-'} | {f'{max(spreads):.0f}' if spreads else '-'} |")

reference = Path(f"profiles/{prefix}-llama3-8b.csv")
if reference.exists() and profiles:
    tp1 = read_profile(reference)
    ref = {r.key(): r for r in tp1.rows}
    print(f"\n# IPS speed-up over TP 1 (measured / measured; TP 1 from {reference}, "
          f"{tp1.metadata['gpu']['name']}, {tp1.metadata['created_utc']}: measured in an earlier session, one GPU)")
    points = [(1, 128), (1, 2048), (16, 1024), (64, 1024), (128, 2048), (256, 1024)]
    print("| TP | " + " | ".join(f"b={b} kv={kv}" for b, kv in points) + " | prefill 2048 |")
    print("|---|" + "---|" * (len(points) + 1))
    for tp, p in profiles.items():
        mine = {r.key(): r for r in p.rows}
        keys = [("decode", b, kv, 0, None) for b, kv in points] + [("prefill", 1, 0, 2048, None)]
        cells = [f"{mine[k].ips / ref[k].ips:.2f}x" if k in mine and k in ref else "-" for k in keys]
        print(f"| {tp} | " + " | ".join(cells) + " |")
EOF
