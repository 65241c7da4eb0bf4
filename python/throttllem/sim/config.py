"""Configuration of the simulated engine and the SLOs it is judged by."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B, GpuSpec, ModelShape

#: vLLM v1's default per-iteration token budget (``max_num_batched_tokens``) for its OpenAI API
#: server on GPUs with >= 70 GiB that are not A100s (H100, H200): vLLM 0.32.0,
#: vllm/engine/arg_utils.py, ``EngineArgs.get_batch_defaults`` (2048 on smaller GPUs and A100s;
#: 16384 on >= 160 GiB GPUs). Chunked prefill is on by default there.
VLLM_V1_H100_TOKEN_BUDGET = 8192
#: Time from a clock request to the new clock taking effect; the old clock holds meanwhile.
#: Velička, Vysocký and Říha, "Methodology for GPU Frequency Switching Latency Measurement"
#: (arXiv 2502.20075, IPDPSW 2025) measured NVIDIA GH200, A100 and Quadro RTX 6000 switching
#: latencies spanning roughly 1 to 500 ms, depending on the GPU and the target clock (the range as
#: summarised by Lei et al., "The Energy Cost of Execution-Idle in GPU Clusters", 2026; the
#: per-GPU tables were not available here). Only the range is used: 20 ms is its geometric
#: middle (sqrt(1 x 500) = 22 ms, rounded down), a documented choice, not an H100 measurement.
DEFAULT_SWITCH_LATENCY_S = 0.020


@dataclass(frozen=True)
class EngineConfig:
    """A continuous-batching engine (vLLM / TensorRT-LLM style) on one model instance.

    Defaults follow throttLL'eM's setting (Kakolyris et al., HPCA 2025): Llama-3-8B on one H100, paged KV in
    16-token blocks, up to 256 requests in a batch, FCFS; the GPU model is calibrated on the
    project's measured H100 profile of Llama-3-8B (see ``gpu_model``).
    """

    model: ModelShape = LLAMA3_8B
    gpu: GpuSpec = H100_SXM_80GB
    tp_degree: int = 1
    kv_block_tokens: int = 16
    #: Share of device memory the engine may use (vLLM's gpu_memory_utilization).
    gpu_memory_utilization: float = 0.9
    max_batch_size: int = 256
    #: Per-request cap on output tokens (a client's max_tokens). None: the smallest power of
    #: two that covers the trace's longest output, so every request is served unchanged.
    max_tokens: int | None = None
    #: Prompt tokens one iteration may prefill with whole-prompt prefill (TensorRT-LLM
    #: max_num_tokens). A longer single prompt is still prefilled whole.
    max_prefill_tokens: int = 8192
    #: Chunked prefill (Sarathi / vLLM v1), the default: the per-iteration token budget
    #: (vLLM's ``max_num_batched_tokens``): the decodes take one token each, prompt chunks the
    #: rest (at least one token, so prefill always progresses). Default: vLLM v1's budget for its
    #: API server on an H100 (``VLLM_V1_H100_TOKEN_BUDGET``). None: whole prompts.
    prefill_chunk_tokens: int | None = VLLM_V1_H100_TOKEN_BUDGET
    #: "reserve": admit a request only if blocks for prompt + max_tokens are free
    #: (TensorRT-LLM's GUARANTEED_NO_EVICT): KV never overflows and nothing is preempted.
    #: (vLLM-style preemption with recompute is not modelled.)
    kv_policy: str = "reserve"
    #: Clock an idle GPU settles at when the policy does not hold one (lowest level).
    idle_clock_mhz: int | None = None
    #: The simulated GPU's time and power model: "auto" (calibrated on ``profile`` or, when one
    #: ships, the measured reference profile of this model on this GPU; else analytic), "profile"
    #: (the same, an error without a profile) or "analytic" (the roofline perfmodel alone).
    gpu_model: str = "auto"
    #: A profile (.csv or .json path) to calibrate the GPU model on; None: the reference profile.
    profile: str | None = None
    #: Clock-switch latency (s): a requested clock takes effect this long after the request;
    #: the old clock (and its power) holds meanwhile; a newer request restarts the wait. 0: instant.
    clock_switch_latency_s: float = DEFAULT_SWITCH_LATENCY_S

    def __post_init__(self) -> None:
        if self.tp_degree < 1 or self.kv_block_tokens < 1 or self.max_batch_size < 1:
            raise InvalidArgumentError("tp_degree, kv_block_tokens and max_batch_size must be >= 1")
        if self.max_tokens is not None and self.max_tokens < 1:
            raise InvalidArgumentError("max_tokens must be >= 1")
        if self.max_prefill_tokens < 1:
            raise InvalidArgumentError("max_prefill_tokens must be >= 1")
        if self.prefill_chunk_tokens is not None and self.prefill_chunk_tokens < 1:
            raise InvalidArgumentError("prefill_chunk_tokens must be >= 1")
        if self.kv_policy != "reserve":
            raise InvalidArgumentError("kv_policy must be 'reserve' (preemption is not modelled)")
        if self.gpu_model not in ("auto", "profile", "analytic"):
            raise InvalidArgumentError(f"gpu_model must be 'auto', 'profile' or 'analytic', not {self.gpu_model!r}")
        if self.profile is not None and self.gpu_model == "analytic":
            raise InvalidArgumentError("a profile calibrates the GPU model: not with gpu_model='analytic'")
        if not (math.isfinite(self.clock_switch_latency_s) and 0 <= self.clock_switch_latency_s <= 10):
            raise InvalidArgumentError(f"clock_switch_latency_s must be in [0, 10] s, not {self.clock_switch_latency_s}")
        if not 0 < self.gpu_memory_utilization <= 1:
            raise InvalidArgumentError("gpu_memory_utilization must be in (0, 1]")


@dataclass(frozen=True)
class SloConfig:
    """Latency targets (throttLL'eM's: mean TBT and an end-to-end deadline).

    TBT: every request's mean time between tokens (after the first) stays below the target.
    E2E: every request finishes within ``e2e_deadline_s`` of its arrival. None: derive it as
    the p99 E2E latency of the same trace at max clock (see ``throttllem.sim.runner``).
    """

    tbt_target_ms: float = 200.0
    e2e_deadline_s: float | None = None
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.tbt_target_ms > 0:
            raise InvalidArgumentError("tbt_target_ms must be positive")
        if self.e2e_deadline_s is not None and not self.e2e_deadline_s > 0:
            raise InvalidArgumentError("e2e_deadline_s must be positive")
