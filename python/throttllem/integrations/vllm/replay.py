"""Replays a request trace (Azure LLM inference format) through a running vLLM engine.

Requests enter the engine at their trace arrival times (divided by ``time_scale``) with their
trace prompt and output lengths (clipped to what the model serves), so the governed scheduler
sees arrivals, queueing, chunked prefill and KV pressure as a serving engine does - not a batch
handed over at once. Every figure returned is **measured** on the engine that ran it (on vLLM's
CPU build in the tests: CPU wall-clock times, not GPU times).

    VLLM_ENABLE_V1_MULTIPROCESSING=0 VLLM_CPU_KVCACHE_SPACE=1 HF_HUB_OFFLINE=1 THROTTLLEM_MODE=advise \\
        python -m throttllem.integrations.vllm.replay --trace TRACE.csv --requests 60 --json replay.json

The per-request latencies (TTFT, mean time between tokens, end to end) are taken where the
engine hands tokens back (``LLMEngine.step()`` outputs), so they include queueing behind the
admission gate. ``step_time_mape`` compares each steady decode step's measured time with what
the governor's IPS model predicts for that batch and KV size at the clock it ran at.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem._atomic import write_text_atomic
from throttllem.errors import InvalidArgumentError
from throttllem.traces import Trace

#: The tiny test model's context (``tiny.make_tiny_model`` serves 256 tokens by default in ``tiny.run``).
DEFAULT_MAX_MODEL_LEN = 256


@dataclass(frozen=True)
class ReplayTrace:
    """The part of a trace that is replayed: arrival (s, already time-scaled), prompt and output tokens."""

    arrival_s: tuple[float, ...]
    prompt_tokens: tuple[int, ...]
    output_tokens: tuple[int, ...]
    clipped_prompts: int
    clipped_outputs: int
    source: str

    def __len__(self) -> int:
        return len(self.arrival_s)


def fit_trace(trace: Trace, *, requests: int, start: int = 0, time_scale: float = 1.0, length_scale: float = 1.0,
              max_model_len: int = DEFAULT_MAX_MODEL_LEN, max_output_tokens: int = 64,
              max_prompt_tokens: int | None = None) -> ReplayTrace:
    """``requests`` requests of ``trace`` from index ``start``, arrivals divided by ``time_scale``,
    token counts divided by ``length_scale`` (rounded, at least 1: keeps the trace's length mix on
    a small model), then clipped so that prompt + output fits ``max_model_len`` (the counts
    clipped are kept: a replay says how far it is from the trace)."""
    if requests < 1:
        raise InvalidArgumentError(f"requests must be >= 1, not {requests}")
    for name, value in (("time_scale", time_scale), ("length_scale", length_scale)):
        if not (math.isfinite(value) and value > 0):
            raise InvalidArgumentError(f"{name} must be a positive number, not {value}")
    if start < 0 or start >= len(trace):
        raise InvalidArgumentError(f"start {start} is outside the trace's {len(trace)} requests")
    if max_output_tokens < 1 or max_model_len < max_output_tokens + 1:
        raise InvalidArgumentError("max_model_len must exceed max_output_tokens, which must be >= 1")
    end = min(len(trace), start + requests)
    arrival = trace.arrival_s[start:end] - trace.arrival_s[start]
    want_out = np.maximum(1, np.rint(trace.output_tokens[start:end] / length_scale)).astype(np.int64)
    want_prompt = np.maximum(1, np.rint(trace.prompt_tokens[start:end] / length_scale)).astype(np.int64)
    out = np.minimum(want_out, max_output_tokens)
    prompt = np.minimum(want_prompt, max_model_len - out)
    if max_prompt_tokens is not None:
        if max_prompt_tokens < 1:
            raise InvalidArgumentError(f"max_prompt_tokens must be >= 1, not {max_prompt_tokens}")
        prompt = np.minimum(prompt, max_prompt_tokens)
    return ReplayTrace(arrival_s=tuple(float(a) / time_scale for a in arrival),
                       prompt_tokens=tuple(int(p) for p in prompt), output_tokens=tuple(int(o) for o in out),
                       clipped_prompts=int(np.sum(prompt < want_prompt)), clipped_outputs=int(np.sum(out < want_out)),
                       source=f"{trace.name} requests {start}..{end - 1}, time x1/{time_scale:g}, "
                              f"tokens x1/{length_scale:g}")


def _token_ids(n: int, seed: int, vocab: int) -> list[int]:
    # Random ids (no shared prefix: vLLM's prefix cache would otherwise skip prefill work).
    rng = np.random.default_rng(seed)
    return [int(t) for t in rng.integers(3, vocab, size=n)]


def replay(model_dir: str | os.PathLike, requests: ReplayTrace, *, engine_args: dict | None = None,
           scheduler: str | type | None = "throttllem.integrations.vllm.GovernedScheduler",
           vocab: int = 1024) -> dict:
    """Serves ``requests`` on a vLLM engine in this process, each at its arrival time; returns
    per-step and per-request measurements and, with the governed scheduler, its records."""
    from throttllem.integrations.vllm import tiny

    for k, v in tiny.ENV.items():
        os.environ.setdefault(k, v)
    from vllm import LLM, SamplingParams

    args = dict(max_model_len=DEFAULT_MAX_MODEL_LEN, max_num_seqs=16, max_num_batched_tokens=2048,
                dtype="float32", enforce_eager=True, seed=0, gpu_memory_utilization=0.5)
    args.update(engine_args or {})
    if scheduler is not None:
        args["scheduler_cls"] = scheduler
    llm = LLM(model=str(model_dir), tokenizer=str(model_dir), **args)
    engine = llm.llm_engine
    sched = engine.engine_core.engine_core.scheduler
    n = len(requests)
    prompts = [_token_ids(p, i, vocab) for i, p in enumerate(requests.prompt_tokens)]
    arrived_at = [math.nan] * n
    token_times: list[list[float]] = [[] for _ in range(n)]
    steps: list[dict] = []
    nxt = 0
    t0 = time.perf_counter()
    idle_before = False
    while nxt < n or engine.has_unfinished_requests():
        now = time.perf_counter() - t0
        while nxt < n and requests.arrival_s[nxt] <= now:
            params = SamplingParams(max_tokens=requests.output_tokens[nxt], ignore_eos=True, temperature=0.0)
            engine.add_request(str(nxt), {"prompt_token_ids": prompts[nxt]}, params)
            arrived_at[nxt] = now
            nxt += 1
        if not engine.has_unfinished_requests():
            time.sleep(max(0.0, requests.arrival_s[nxt] - now))
            idle_before = True
            continue
        kv_tokens = sum(int(r.num_computed_tokens) for r in sched.running)
        batch_before = len(sched.running)
        start = time.perf_counter()
        outputs = engine.step()
        end = time.perf_counter()
        steps.append({"start_s": start - t0, "duration_s": end - start, "running_before": batch_before,
                      "kv_tokens_before": kv_tokens, "after_idle": idle_before})
        idle_before = False
        for o in outputs:
            i = int(o.request_id)
            have = len(o.outputs[0].token_ids) if o.outputs else 0
            token_times[i].extend([end - t0] * (have - len(token_times[i])))
    wall = time.perf_counter() - t0
    result = {"wall_s": wall, "engine_steps": int(sched.current_step), "steps": steps, "source": requests.source,
              "clipped_prompts": requests.clipped_prompts, "clipped_outputs": requests.clipped_outputs,
              "requests": [{"arrival_s": arrived_at[i], "planned_arrival_s": requests.arrival_s[i],
                            "prompt_tokens": requests.prompt_tokens[i],
                            "max_tokens": requests.output_tokens[i], "token_times_s": token_times[i]}
                           for i in range(n)]}
    return tiny.add_governor_result(result, sched)


def latency_metrics(result: dict, *, ttft_ms: float | None = None, tbt_ms: float | None = None) -> dict:
    """Per-request TTFT, mean time between tokens and end-to-end latency (ms, measured) and the
    share of requests meeting each given target."""
    ttft, tbt, e2e = [], [], []
    for r in result["requests"]:
        times = r["token_times_s"]
        if not times:
            continue
        ttft.append((times[0] - r["arrival_s"]) * 1e3)
        tbt.append((times[-1] - times[0]) / (len(times) - 1) * 1e3 if len(times) > 1 else 0.0)
        e2e.append((times[-1] - r["arrival_s"]) * 1e3)
    out = {"requests": len(result["requests"]), "completed": len(ttft), "measured": True}
    for name, values in (("ttft_ms", ttft), ("tbt_ms", tbt), ("e2e_ms", e2e)):
        if values:
            out[name] = {"p50": float(np.percentile(values, 50)), "p99": float(np.percentile(values, 99))}
    if ttft_ms is not None and ttft:
        out["ttft_attainment"] = sum(v <= ttft_ms for v in ttft) / len(ttft)
    if tbt_ms is not None and tbt:
        out["tbt_attainment"] = sum(v <= tbt_ms for v in tbt) / len(tbt)
    return out


def step_time_mape(result: dict, predict_ms) -> dict:
    """Mean absolute percentage error of ``predict_ms(batch, kv_tokens, clock_mhz)`` against the
    measured time of each steady decode step: one that ran the whole running batch, no prompt
    token, no arrival, preemption or finish, and did not follow an idle wait."""
    records = result.get("records") or []
    errors = []
    for step, rec in zip(result["steps"], records):
        steady = (not rec["prefill"] and not rec["arrived"] and not rec["preempted"] and not rec["finished"]
                  and not step["after_idle"] and rec["batch"] == step["running_before"] == rec["tokens"]
                  and rec["batch"] > 0)
        if steady:
            measured = step["duration_s"] * 1e3
            predicted = predict_ms(rec["batch"], step["kv_tokens_before"], rec["clock_mhz"])
            errors.append(abs(predicted - measured) / measured)
    return {"steps": len(errors), "mape": float(np.mean(errors)) if errors else math.nan, "measured": True}


def main(argv: list[str] | None = None) -> int:
    """Command line: replay a trace on a tiny (or given) model, write the measurements as JSON."""
    from throttllem.integrations.vllm import tiny
    from throttllem.traces import load_csv

    p = argparse.ArgumentParser(prog="python -m throttllem.integrations.vllm.replay", description=__doc__.split("\n")[0])
    p.add_argument("--trace", required=True, help="a CSV of the Azure LLM inference trace format")
    p.add_argument("--requests", type=int, default=60)
    p.add_argument("--start", type=int, default=0, help="index of the first request replayed")
    p.add_argument("--time-scale", type=float, default=1.0, help="divide arrival times by this")
    p.add_argument("--length-scale", type=float, default=1.0, help="divide token counts by this")
    p.add_argument("--max-output-tokens", type=int, default=64)
    p.add_argument("--model", help="folder of a model (default: a new tiny random-weight Llama)")
    p.add_argument("--plain", action="store_true", help="vLLM's own scheduler (a baseline)")
    p.add_argument("--json", required=True, help="write the result here")
    a = p.parse_args(argv)
    requests = fit_trace(load_csv(a.trace), requests=a.requests, start=a.start, time_scale=a.time_scale,
                         length_scale=a.length_scale, max_output_tokens=a.max_output_tokens)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="throttllem-tiny-") as tmp:
        model = a.model or tiny.make_tiny_model(tmp)
        result = replay(model, requests, scheduler=None if a.plain else "throttllem.integrations.vllm.GovernedScheduler")
    result["latency"] = latency_metrics(result)
    write_text_atomic(Path(a.json), json.dumps(result))
    print(json.dumps({"source": result["source"], "wall_s": result["wall_s"], **result["latency"]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
