"""What a tensor-parallel profile records: its rows, its metadata's ``tp`` section and the per-GPU
side file ``<out>.per_gpu.jsonl`` (one JSON line per measured point, with every GPU's figures).

The side file is not a ``.csv`` so that tools which glob profile tables never mistake it for
one. A point's line is written just before its table row, so every row has one; a point that
was measured again after an interruption has two lines, and the last one counts.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import numpy as np

from throttllem.profiledata.files import profile_paths
from throttllem.profiledata.grid import GridPoint
from throttllem.profiledata.metadata import utc_now
from throttllem.profiledata.schema import ProfileRow
from throttllem.profiler.records import measured_row, reasons_text
from throttllem.profiler.tp.sampler import MultiWindow

#: The decoder and its sharding (docs/PROFILING.md "Tensor parallelism" has the long form).
MODELLED_PARTS_TP = (
    "Measured: GPU time of whole decode/prefill iterations of a Llama-shaped decoder with random bf16 "
    "weights split over {n} GPUs of one host (Megatron-style tensor parallelism: QKV and gate/up "
    "column-parallel, o_proj and down row-parallel with an NCCL all-reduce after attention and after "
    "the MLP, vocabulary-parallel embedding (all-reduce) and LM head (all-gather of the logits)), one "
    "process per GPU, timed as described in tp.timing; power, SM clock and clock event reasons of every "
    "GPU sampled through NVML. Simplified as in TP 1: contiguous cache, all requests of a batch at one "
    "position, torch SDPA attention, NCCL's own all-reduce (no custom all-reduce kernels, no "
    "communication/compute overlap), greedy argmax, no scheduler overhead."
)
SHARDING = ("Megatron-style: per rank num_heads/N query heads and num_kv_heads/N KV heads (with their KV "
            "cache), intermediate_size/N of gate and up, vocab/N (padded) rows of embedding and LM head; "
            "o_proj and down row-parallel; RMSNorm weights and rotary tables replicated")
METHODS_TP = {
    "graph": "each rank captures the whole TP step (its NCCL collectives included) in one CUDA graph and "
             "replays it; CUDA events around every replay; all ranks replay the same count",
    "eager": "eager TP steps (no CUDA graph: capture failed or --tp-eager), CUDA events around every step; "
             "launch-bound, so slower than a graph or a serving engine",
    "host": "CPU backend with gloo (tests of the TP profiler): eager steps timed with time.perf_counter; "
            "not a GPU",
}
ITERATION_TIME = ("the slowest rank's per-step times (ranks are lock-stepped by the collectives, so the "
                  "ranks' means differ only by noise); every rank's mean is in the per-GPU file")
POWER = ("sum over the instance's GPUs of readings taken in the same sampler tick (one thread in rank 0 "
         "reads every GPU through NVML); power_w_max is the largest such sum")


def per_gpu_path(out: str | os.PathLike) -> Path:
    """``<stem>.per_gpu.jsonl`` beside the profile's ``<stem>.csv``."""
    csv_path, _ = profile_paths(out)
    return csv_path.with_name(csv_path.stem + ".per_gpu.jsonl")


def append_per_gpu(path: Path, record: dict) -> None:
    """Appends one point's line durably (flush + fsync), as the table's rows are written."""
    with open(path, "a") as f:
        f.write(json.dumps(record, sort_keys=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


def read_per_gpu(out: str | os.PathLike) -> dict[tuple, dict]:
    """Point key -> its last per-GPU record (an interrupted last line is ignored)."""
    path = per_gpu_path(out)
    records: dict[tuple, dict] = {}
    if not path.exists():
        return records
    for line in path.read_text().splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut short by an interruption
        records[tuple(record["key"])] = record
    return records


def build_row(point: GridPoint, tp_degree: int, summaries: list[dict], clock: MultiWindow,
              power: MultiWindow) -> ProfileRow:
    """The table row of one point: the slowest rank's step times, the instance's power and clocks."""
    slowest = max(summaries, key=lambda s: float(np.mean(s["iteration_ms"])))
    return measured_row(point, tp_degree, slowest["iteration_ms"], clock.total, power.total)


def per_gpu_record(point: GridPoint, row: ProfileRow, mode: str, sections: list[dict], summaries: list[dict],
                   clock: MultiWindow, power: MultiWindow) -> dict:
    """One point's line of the per-GPU file (all figures measured)."""
    gpus = []
    for rank, (section, summary) in enumerate(zip(sections, summaries, strict=True)):
        ms = np.asarray(summary["iteration_ms"], dtype=float)
        c, p = clock.per_gpu[rank], power.per_gpu[rank]
        gpus.append({"rank": rank, "cuda_device_index": section.get("cuda_device_index"),
                     "nvml_index": section.get("nvml_index"), "uuid": section.get("uuid"),
                     "iterations": int(ms.size), "iteration_ms_mean": round(float(ms.mean()), 6),
                     "power_w_mean": p.power_w_mean, "power_w_max": p.power_w_max,
                     "sm_clock_mhz_mean": c.sm_clock_mhz_mean, "sm_clock_mhz_min": c.sm_clock_mhz_min,
                     "sm_clock_mhz_max": c.sm_clock_mhz_max,
                     "clock_event_reasons": reasons_text(c.clock_event_reasons)})
    return {"key": list(point.key()), "label": point.label(), "tp_degree": row.tp_degree, "timed_with": mode,
            "measured": True, "iteration_ms_mean": row.iteration_ms_mean, "power_w_mean_total": row.power_w_mean,
            "measured_at_utc": row.measured_at_utc, "gpus": gpus}


def communication_per_step(model, dtype_bytes: int) -> dict:
    """Collectives of one decode step and their payload per request (computed from the shapes)."""
    s = model.shape
    return {"all_reduce": 2 * s.num_layers + 1, "all_gather": 1,
            "all_reduce_bytes_per_request": s.hidden_size * dtype_bytes,
            "all_gather_bytes_per_request_per_rank": model.vocab_part * dtype_bytes,
            "modelled": True}


def tp_section(*, degree: int, launcher: str, process_group: str, env: dict, sections: list[dict],
               per_rank: list[dict], graphs: str, model, out: Path, topology: str | None,
               nccl_version: str | None) -> dict:
    """The metadata's ``tp`` section (per-GPU metadata, how the step was split and timed)."""
    pairs = enumerate(zip(sections, per_rank, strict=True))
    gpus = [{"rank": rank, **section, **extra} for rank, (section, extra) in pairs]
    return {
        "degree": degree, "launcher": launcher, "process_group": process_group, "nccl_version": nccl_version,
        "env": env, "sharding": SHARDING,
        "communication_per_decode_step": communication_per_step(model, model.embed.element_size()),
        "timing": {"cuda_graphs": graphs, "modes_used": [], "graph_capture_error": None,
                   "methods": METHODS_TP},
        "iteration_time": ITERATION_TIME, "power": POWER, "per_gpu_file": per_gpu_path(out).name,
        "topology": topology, "gpus": gpus, "started_utc": utc_now(),
    }


def topology_text() -> str | None:
    """``nvidia-smi topo -m`` (how the GPUs are linked: NVLink or PCIe), or None."""
    try:
        done = subprocess.run(["nvidia-smi", "topo", "-m"], capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return (done.stdout.strip() or None) if done.returncode == 0 else None
