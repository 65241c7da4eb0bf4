"""``throttllem profile --engine vllm``: the engine's own decode step times over a batch x KV grid,
in the project's profile format (``throttllem train`` reads it).

Each grid point serves ``batch`` requests of ``kv`` prompt tokens (random token ids, so no
prefix is shared) with ``decode_steps + 1`` output tokens on a vLLM engine in this process, with
the governed scheduler in advise mode recording every step. A decode step's time is the period
of the engine loop: from the end of one step's scheduling to the end of the next one's (model
run, sampling, output processing and scheduling: what the governor's iterations/s means).
Only steps that ran the whole batch and no prompt token count. The GPU runs at its own clock
(``clock_requested_mhz`` empty); power is not measured here.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import time
from pathlib import Path

from throttllem.errors import InvalidArgumentError
from throttllem.integrations.vllm.config import VllmGovernorConfig
from throttllem.profiledata.files import ProfileWriter
from throttllem.profiledata.grid import DECODE, GridPoint
from throttllem.profiledata.metadata import new_metadata, utc_now
from throttllem.profiledata.schema import ProfileRow

METHOD = ("vLLM engine loop period per decode step (end of one step's scheduling to the end of the next), "
          "steps that ran the whole batch and no prompt token; governed scheduler in advise mode")


def _p(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def profile_vllm(model: str | os.PathLike, out: str | os.PathLike, *, batch_sizes, kv_tokens, decode_steps: int = 12,
                 engine_args: dict | None = None, progress=print) -> Path:
    """Measures every (batch, kv) point not yet in the profile at ``out``; returns its CSV path."""
    if decode_steps < 3:
        raise InvalidArgumentError("decode_steps must be >= 3 (the first and last steps are not timed)")
    from vllm import LLM, SamplingParams, TokensPrompt  # noqa: PLC0415 - vLLM only for this engine

    import vllm
    from throttllem.integrations.vllm import check_vllm_version
    from throttllem.integrations.vllm.scheduler import GovernedScheduler

    check_vllm_version()

    class Recorder(GovernedScheduler):
        throttllem_config = VllmGovernorConfig(mode="advise")

    points = [GridPoint(DECODE, b, k, 0) for b in batch_sizes for k in kv_tokens]
    args = dict(max_num_seqs=max(batch_sizes), max_model_len=max(kv_tokens) + decode_steps + 8,
                max_num_batched_tokens=max(2048, max(kv_tokens) + decode_steps + 8), enable_prefix_caching=False,
                async_scheduling=False)
    args.update(engine_args or {})
    llm = LLM(model=str(model), tokenizer=str(model), scheduler_cls=Recorder, **args)
    sched = llm.llm_engine.engine_core.engine_core.scheduler
    hf = llm.llm_engine.model_config.hf_config
    vocab = int(hf.vocab_size)
    import torch

    meta = new_metadata(
        gpu={"name": torch.cuda.get_device_name(0) if torch.cuda.is_available() else f"CPU ({platform.processor() or platform.machine()})",
             "driver_version": None, "sm_clocks_supported_mhz": []},
        software={"python": platform.python_version(), "torch": torch.__version__, "vllm": vllm.__version__,
                  "platform": platform.platform()},
        model={"preset": f"vllm:{Path(str(model)).name}", "name": Path(str(model)).name,
               "num_layers": int(hf.num_hidden_layers), "hidden_size": int(hf.hidden_size),
               "num_heads": int(hf.num_attention_heads),
               "num_kv_heads": int(getattr(hf, "num_key_value_heads", hf.num_attention_heads)),
               "intermediate_size": int(hf.intermediate_size), "vocab_size": vocab,
               "max_context_tokens": int(args["max_model_len"]), "dtype": str(llm.llm_engine.model_config.dtype)},
        grid={"batch_sizes": list(batch_sizes), "kv_tokens_per_request": list(kv_tokens), "prefill_tokens": []},
        timing={"warmup_s": 0.0, "measure_s": 0.0, "method": METHOD, "decode_steps": decode_steps},
        kv_capacity_tokens=int((sched.kv_cache_manager.block_pool.num_gpu_blocks - 1) * sched.block_size),
        skipped=[], clocks_requested_mhz=None,
        notes="Measured on a running vLLM engine (throttllem.integrations.vllm.profile): whole engine steps, "
              "scheduler included; no NVML (clock and power columns empty).")
    meta["engine"] = {"name": "vllm", "version": vllm.__version__, "args": {k: str(v) for k, v in args.items()}}
    writer = ProfileWriter(out, meta)
    gov = sched.throttllem
    rng = random.Random(0)
    params = SamplingParams(max_tokens=decode_steps + 1, ignore_eos=True, temperature=0.0)
    llm.generate([TokensPrompt(prompt_token_ids=[rng.randrange(3, vocab) for _ in range(8)])], params, use_tqdm=False)
    t0 = time.perf_counter()
    for point in points:
        if writer.has(point.key()):
            continue
        b, k = point.batch_size, point.kv_tokens_per_request
        prompts = [TokensPrompt(prompt_token_ids=[rng.randrange(3, vocab) for _ in range(k)]) for _ in range(b)]
        first = gov.steps
        llm.generate(prompts, params, use_tqdm=False)
        recs = [r for r in gov.records if r.step >= first]
        times = [(nxt.t_s - r.t_s) * 1e3 for r, nxt in zip(recs, recs[1:]) if r.batch == b and not r.prefill]
        if not times:
            raise InvalidArgumentError(f"{point.label()}: no step ran the whole batch (raise max_num_batched_tokens?)")
        mean = statistics.fmean(times)
        writer.append(ProfileRow(
            phase=DECODE, tp_degree=1, batch_size=b, kv_tokens_per_request=k, kv_tokens=b * k, prefill_tokens=0,
            clock_requested_mhz=None, sm_clock_mhz_mean=None, sm_clock_mhz_min=None, sm_clock_mhz_max=None,
            iterations=len(times), iteration_ms_mean=mean, iteration_ms_median=statistics.median(times),
            iteration_ms_p10=_p(times, 0.1), iteration_ms_p90=_p(times, 0.9), ips=1000.0 / mean,
            power_w_mean=None, power_w_max=None, energy_per_iteration_j=None, clock_event_reasons="none",
            measured_at_utc=utc_now()))
        progress(f"{point.label()}: {mean:.3f} ms ({len(times)} steps)")
    writer.metadata["complete"] = True
    writer.metadata["updated_utc"] = utc_now()
    writer.metadata["duration_s"] = float(writer.metadata.get("duration_s", 0.0)) + time.perf_counter() - t0
    writer.save_metadata()
    sched.shutdown()
    return writer.csv_path
