"""Settings of the vLLM integration, from environment variables or given directly."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass

from throttllem.errors import InvalidArgumentError

MODES = ("advise", "clock", "clock+admit")
# The reference H100's 110 supported SM clocks (measured with NVML).
H100_CLOCKS_MHZ = tuple(range(345, 1981, 15))


@dataclass(frozen=True)
class VllmGovernorConfig:
    """How the governed scheduler runs.

    ``mode``: ``advise`` decides and records, changes nothing; ``clock`` also sets the GPUs' SM
    clock through the asynchronous actuator; ``clock+admit`` also holds back waiting requests
    the governor did not admit. ``tbt_ms``: target mean time between tokens. ``gpus``: NVML
    indices (None: every GPU). ``model``: a compiled IPS model (None: the shipped one).
    ``record_path``: where the per-step records go as JSON lines when the engine shuts down.
    ``metrics``: record each decision as Prometheus metrics (``THROTTLLEM_METRICS=0`` turns it
    off; without prometheus-client there are none). ``verify_kv`` (``THROTTLLEM_VERIFY_KV=1``):
    also record, each step, the KV blocks the governor's board projects for it next to the
    blocks vLLM's block pool then holds (a check for tests and operators: reading every running
    request off the board costs ~2 µs per request per step, so it is off by default and kept out
    of the measured overhead).
    """

    mode: str = "advise"
    tbt_ms: float = 200.0
    gpus: tuple[int, ...] | None = None
    model: str | None = None
    clocks_mhz: tuple[int, ...] = H100_CLOCKS_MHZ
    tp_degree: int = 1
    prefill_clock: str | int = "max"
    output_inflation: float = 1.0
    min_saving_mhz: int = 0
    dwell_s: float = 0.0
    record_path: str | None = None
    max_records: int = 100_000
    metrics: bool = True
    verify_kv: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise InvalidArgumentError(f"THROTTLLEM_MODE must be one of {', '.join(MODES)}, not {self.mode!r}")
        if not (self.tbt_ms > 0 and math.isfinite(self.tbt_ms)):
            raise InvalidArgumentError(f"THROTTLLEM_TBT_MS must be a positive number, not {self.tbt_ms!r}")
        if not self.clocks_mhz:
            raise InvalidArgumentError("THROTTLLEM_CLOCKS names no clock")
        if self.output_inflation < 1.0:
            raise InvalidArgumentError(f"THROTTLLEM_OUTPUT_INFLATION must be >= 1, not {self.output_inflation!r}")
        if self.max_records < 0:
            raise InvalidArgumentError(f"THROTTLLEM_MAX_RECORDS must be >= 0, not {self.max_records!r}")

    @property
    def sets_clocks(self) -> bool:
        """Whether this mode posts clocks to the GPUs."""
        return self.mode != "advise"

    @property
    def gates_admission(self) -> bool:
        """Whether this mode holds back requests the governor did not admit."""
        return self.mode == "clock+admit"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> VllmGovernorConfig:
        """Reads ``THROTTLLEM_*`` variables (unset ones keep their defaults)."""
        env = os.environ if env is None else env
        kw: dict[str, object] = {}
        if v := env.get("THROTTLLEM_MODE"):
            kw["mode"] = v.strip().lower()
        if v := env.get("THROTTLLEM_TBT_MS"):
            kw["tbt_ms"] = _number("THROTTLLEM_TBT_MS", v, float)
        if v := env.get("THROTTLLEM_GPUS"):
            kw["gpus"] = tuple(_number("THROTTLLEM_GPUS", p, int) for p in v.split(",") if p.strip())
        if v := env.get("THROTTLLEM_MODEL"):
            kw["model"] = v
        if v := env.get("THROTTLLEM_CLOCKS"):
            kw["clocks_mhz"] = parse_clocks(v)
        if v := env.get("THROTTLLEM_TP"):
            kw["tp_degree"] = _number("THROTTLLEM_TP", v, int)
        if v := env.get("THROTTLLEM_PREFILL_CLOCK"):
            kw["prefill_clock"] = int(v) if v.strip().isdigit() else v.strip()
        if v := env.get("THROTTLLEM_OUTPUT_INFLATION"):
            kw["output_inflation"] = _number("THROTTLLEM_OUTPUT_INFLATION", v, float)
        if v := env.get("THROTTLLEM_MIN_SAVING_MHZ"):
            kw["min_saving_mhz"] = _number("THROTTLLEM_MIN_SAVING_MHZ", v, int)
        if v := env.get("THROTTLLEM_DWELL_S"):
            kw["dwell_s"] = _number("THROTTLLEM_DWELL_S", v, float)
        if v := env.get("THROTTLLEM_RECORD"):
            kw["record_path"] = v
        if v := env.get("THROTTLLEM_MAX_RECORDS"):
            kw["max_records"] = _number("THROTTLLEM_MAX_RECORDS", v, int)
        if v := env.get("THROTTLLEM_METRICS"):
            kw["metrics"] = v.strip() != "0"
        if v := env.get("THROTTLLEM_VERIFY_KV"):
            kw["verify_kv"] = v.strip() not in ("", "0")
        return cls(**kw)


def parse_clocks(text: str) -> tuple[int, ...]:
    """``"345:1980:15"`` (first:last:step, last included) or ``"900,1200,1500"``."""
    text = text.strip()
    if ":" in text:
        parts = text.split(":")
        if len(parts) != 3:
            raise InvalidArgumentError(f"THROTTLLEM_CLOCKS range must be first:last:step, not {text!r}")
        first, last, step = (_number("THROTTLLEM_CLOCKS", p, int) for p in parts)
        if step <= 0 or last < first:
            raise InvalidArgumentError(f"THROTTLLEM_CLOCKS range {text!r} is empty")
        return tuple(range(first, last + 1, step))
    return tuple(_number("THROTTLLEM_CLOCKS", p, int) for p in text.split(",") if p.strip())


def _number(name: str, text: str, kind: type):
    try:
        return kind(text.strip())
    except ValueError:
        raise InvalidArgumentError(f"{name} must be {'an integer' if kind is int else 'a number'}, not {text!r}") from None


def require_sync_scheduling(scheduler_config) -> None:
    """Refuses vLLM's async scheduling: with it the engine asks a synchronous scheduler for a
    second batch while the first is in flight, and gets (and would govern) empty steps. vLLM
    0.32 turns it on by default on GPUs; its CPU build never does."""
    if getattr(scheduler_config, "async_scheduling", False):
        raise InvalidArgumentError(
            "the governed scheduler needs synchronous scheduling: start vLLM with --no-async-scheduling "
            "(LLM(..., async_scheduling=False))")


def check_clocks(clocks_mhz, actuator) -> None:
    """At start-up, not mid-serving: every clock the governor may choose must be one the GPUs
    accept (the actuator refuses others). Closes ``actuator`` before raising."""
    supported = actuator.supported_clocks_mhz
    if supported is None:
        return
    missing = sorted(set(clocks_mhz) - set(supported))
    if missing:
        actuator.close()
        shown = ", ".join(map(str, missing[:5])) + (" ..." if len(missing) > 5 else "")
        raise InvalidArgumentError(
            f"THROTTLLEM_CLOCKS (or the model's clock list) has {len(missing)} clock(s) this GPU does not support: "
            f"{shown} MHz (supported: {supported[0]}..{supported[-1]} MHz, {len(supported)} levels); set "
            f"THROTTLLEM_CLOCKS to a subset")
