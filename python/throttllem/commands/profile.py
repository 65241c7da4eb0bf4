"""``throttllem profile``: measure decode/prefill iterations of a Llama-shaped model on this GPU."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from throttllem.errors import InvalidArgumentError


def register(subparsers: argparse._SubParsersAction) -> None:
    from throttllem.profiler.config import PRESETS

    p = subparsers.add_parser(
        "profile", help="measure decode iterations (batch x KV grid) on this GPU: a profile for train",
        description="Times one decode (or prefill) iteration per grid point of a Llama-shaped model with "
                    "random bf16 weights, captured in a CUDA graph and replayed; samples power and the SM "
                    "clock through NVML. Writes OUT.csv + OUT.json; rerunning resumes. Needs torch with CUDA.")
    p.add_argument("--engine", choices=("builtin", "vllm"), default="builtin",
                   help="builtin: the project's CUDA-graph decoder (default); vllm: a running vLLM engine's "
                        "own decode steps (needs vllm; --model)")
    p.add_argument("--model", help="with --engine vllm: a Hugging Face model folder, or 'tiny' for a tiny "
                                   "random-weight Llama made on the spot (vLLM's CPU build runs it)")
    p.add_argument("--decode-steps", type=int, default=12, help="with --engine vllm: decode steps per point (default 12)")
    p.add_argument("--preset", choices=sorted(PRESETS), default="llama3-8b", help="model shape (default llama3-8b)")
    p.add_argument("--out", type=Path, required=True, help="profile path: writes OUT.csv and OUT.json")
    p.add_argument("--quick", action="store_true", help="a small grid (batch 1,8,64 x KV 128,1024; prefill 512)")
    p.add_argument("--batch-sizes", help="comma-separated batch sizes (overrides the grid's)")
    p.add_argument("--kv-tokens", help="comma-separated KV tokens per request (overrides the grid's)")
    p.add_argument("--prefill-tokens", help="comma-separated prefill chunk sizes; 'none' for no prefill points")
    p.add_argument("--clocks", metavar="START:STOP:STEP",
                   help="sweep locked SM clocks, e.g. 900:1980:90 (needs root; restores the default "
                        "clocks afterwards). Never on a shared GPU. Default: the GPU's own clock policy")
    p.add_argument("--roofline", action="store_true",
                   help="also measure achieved bandwidth, FP32 FMA and bf16 GEMM rates (nvcc needed once)")
    p.add_argument("--device", type=int, default=0, help="CUDA device index (default 0)")
    p.add_argument("--tp", type=int, default=1, metavar="N",
                   help="tensor-parallel degree: 1, 2, 4 or 8 GPUs of this host, one process each (NCCL; "
                        "NVLink multicast kept off). Choose the GPUs with CUDA_VISIBLE_DEVICES (default 1)")
    p.add_argument("--tp-eager", action="store_true",
                   help="with --tp: time eager steps instead of CUDA graphs holding the NCCL collectives "
                        "(by default a failed capture falls back to eager steps by itself)")
    p.add_argument("--warmup-s", type=float, default=0.6, help="untimed replays per point (default 0.6 s)")
    p.add_argument("--measure-s", type=float, default=1.2, help="timed replays per point (default 1.2 s)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _grid(args: argparse.Namespace):
    from throttllem.profiledata.grid import ProfileGrid, parse_int_list

    base = ProfileGrid.quick() if args.quick else ProfileGrid()
    batches = parse_int_list(args.batch_sizes, "--batch-sizes") if args.batch_sizes else base.batch_sizes
    kv = parse_int_list(args.kv_tokens, "--kv-tokens") if args.kv_tokens else base.kv_tokens_per_request
    if args.prefill_tokens and args.prefill_tokens.strip().lower() == "none":
        prefill: tuple[int, ...] = ()
    elif args.prefill_tokens:
        prefill = parse_int_list(args.prefill_tokens, "--prefill-tokens")
    else:
        prefill = base.prefill_tokens
    return ProfileGrid(batches, kv, prefill)


def run(args: argparse.Namespace) -> int:
    if args.engine == "vllm":
        return _run_vllm(args)
    from throttllem.profiler.runner import ProfileConfig, run_profile

    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if args.warmup_s < 0 or args.measure_s <= 0:
        raise InvalidArgumentError("--warmup-s must be >= 0 and --measure-s > 0")
    config = ProfileConfig(preset=args.preset, out=args.out, grid=_grid(args), clocks=args.clocks,
                           device=args.device, warmup_s=args.warmup_s, measure_s=args.measure_s,
                           roofline=args.roofline, progress=not args.no_progress, tp_degree=args.tp,
                           tp_graphs="off" if args.tp_eager else "auto")
    try:
        result = run_profile(config)
    except KeyboardInterrupt:  # the boundary reports it (exit 130); this says what is kept
        from throttllem.profiledata import profile_paths

        raise KeyboardInterrupt(f"every measured row is kept in {profile_paths(args.out)[0]}; "
                                "rerun the same command to resume") from None
    print(f"{result.csv_path}: {result.measured_points} points measured now, {result.already_present} already "
          f"there, {result.skipped_points} skipped (memory/context); {result.duration_s:.0f} s (measured)")
    return 0


def _run_vllm(args: argparse.Namespace) -> int:
    import tempfile

    from throttllem.integrations.vllm.profile import profile_vllm

    if not args.model:
        raise InvalidArgumentError("--engine vllm needs --model (a model folder, or tiny)")
    grid = _grid(args)
    say = (lambda _msg: None) if args.no_progress else (lambda msg: print(msg, flush=True))
    with tempfile.TemporaryDirectory(prefix="throttllem-tiny-") as tmp:
        model = args.model
        if model == "tiny":
            from throttllem.integrations.vllm.tiny import ENV, make_tiny_model

            for k, v in ENV.items():
                os.environ.setdefault(k, v)
            model = make_tiny_model(tmp)
        csv_path = profile_vllm(model, args.out, batch_sizes=grid.batch_sizes, kv_tokens=grid.kv_tokens_per_request,
                                decode_steps=args.decode_steps, progress=say)
    print(f"{csv_path}: vLLM decode steps over {len(grid.batch_sizes)} batch sizes x "
          f"{len(grid.kv_tokens_per_request)} KV sizes (measured)")
    return 0
