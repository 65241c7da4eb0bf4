"""Each TP degree's SLO capacity, from the simulated GPU (the perfmodel): the autoscaler's input.

An instance of TP degree t serves a request in ``output / decode_tps + prompt / prefill_tps``
instance-seconds (a fluid model: prefill and decode share the instance's time), so at a token
mix its capacity is the inverse. Both token rates are at max clock, which is what the
autoscaler must size for (the governor then lowers the clock wherever the load leaves room):

- ``decode_tokens_per_s``: batch / iteration time at the largest batch the engine can hold
  (max batch size, and the KV cache reserving prompt + max_tokens per request as the simulated
  engine does), with the KV attended at mid-request, and no larger than the TBT target allows;
- ``prefill_tokens_per_s``: a full prefill iteration (``max_prefill_tokens`` prompt tokens);
- ``busy_power_w``: the instance's power in that decode iteration; ``idle_power_w`` at the
  lowest clock (the simulated engine idles there under every clock-lowering policy).

All modelled (the simulator's GPU model: measured at max clock for TP 1 and 2, modelled for TP 4
and 8; see docs/SIMULATOR.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from throttllem._core import InstanceCapacity
from throttllem.errors import InvalidArgumentError
from throttllem.sim.config import EngineConfig, SloConfig

TP_DEGREES = (1, 2, 4, 8)


@dataclass(frozen=True)
class TokenMix:
    """Mean prompt and output tokens per request, and the per-request output cap (KV reservation)."""

    mean_prompt_tokens: float
    mean_output_tokens: float
    max_tokens: int

    def __post_init__(self) -> None:
        if not (self.mean_prompt_tokens >= 0 and self.mean_output_tokens >= 0 and self.max_tokens >= 1):
            raise InvalidArgumentError("token means must be >= 0 and max_tokens >= 1")


def instance_capacity(config: EngineConfig, slo: SloConfig, mix: TokenMix, gpu=None) -> InstanceCapacity:
    """The capacity of one instance of ``config`` (its ``tp_degree``) at max clock (modelled)."""
    from throttllem.sim.runner import gpu_for

    gpu = gpu or gpu_for(config)
    top, low = max(gpu.clocks_mhz), min(gpu.clocks_mhz)
    reserve = mix.mean_prompt_tokens + mix.max_tokens
    kv_tokens = gpu.perf.kv_capacity_tokens(config.gpu_memory_utilization)
    batch = int(max(1, min(config.max_batch_size, kv_tokens // max(1.0, reserve))))
    attended = mix.mean_prompt_tokens + mix.mean_output_tokens / 2.0
    target_s = slo.tbt_target_ms * 1e-3
    while True:
        time_s, power_w, _ = gpu.iteration(0, batch, int(batch * attended), top)
        if time_s <= target_s or batch == 1:
            break
        batch -= max(1, batch // 16)
    prefill = config.max_prefill_tokens
    prefill_s, _, _ = gpu.iteration(prefill, 0, 0, top)
    return InstanceCapacity(tp_degree=int(config.tp_degree), decode_tokens_per_s=batch / time_s,
                            prefill_tokens_per_s=prefill / prefill_s, busy_power_w=float(power_w),
                            idle_power_w=float(gpu.idle_power_w(low)))


def capacity_table(config: EngineConfig, slo: SloConfig, mix: TokenMix, *, pool_gpus: int = 8,
                   tp_degrees: Sequence[int] = TP_DEGREES) -> list[InstanceCapacity]:
    """:func:`instance_capacity` of every TP degree in ``tp_degrees`` that fits ``pool_gpus``."""
    degrees = [int(t) for t in tp_degrees if int(t) <= pool_gpus]
    if not degrees:
        raise InvalidArgumentError(f"no TP degree of {tuple(tp_degrees)} fits a pool of {pool_gpus} GPUs")
    return [instance_capacity(replace(config, tp_degree=t), slo, mix) for t in degrees]
