"""GpuPerfModel: analytic iteration time and board power of LLM inference on one instance (modelled).

An engine iteration runs ``prefill_tokens`` prompt tokens and ``batch_size`` decode tokens
whose requests hold ``kv_tokens`` cached tokens. Its time is a roofline of compute and
memory traffic, plus tensor-parallel all-reduces and a fixed engine overhead; its power is
idle + clock-tree + SM dynamic (f * V^2 scaled by activity) + DRAM power. When that power
would exceed the board limit, the card runs at the highest supported clock that fits, as a
real GPU's power capping does. Every figure from here is "modelled", not measured.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.specs.gpu_spec import GpuSpec
from throttllem.specs.model_shape import ModelShape


@dataclass(frozen=True)
class IterationEstimate:
    """Modelled cost of engine iterations (arrays broadcast from the inputs, or scalars).

    ``power_w`` is one GPU's board power; the instance's ``tp_degree`` GPUs all draw it, so
    ``instance_power_w = tp_degree * power_w`` and ``energy_j`` is the whole instance's.
    """

    time_s: np.ndarray
    power_w: np.ndarray
    instance_power_w: np.ndarray
    energy_j: np.ndarray
    #: Clock the card actually runs at: the requested one, lowered to fit the power limit.
    effective_clock_mhz: np.ndarray
    compute_s: np.ndarray
    memory_s: np.ndarray
    comm_s: np.ndarray
    overhead_s: float
    source: str = "modelled"


def _out(value):
    """Floats stay floats; 0-d arrays become numpy scalars."""
    if isinstance(value, float):
        return value
    value = np.asarray(value)
    return value[()] if value.ndim == 0 else value


class GpuPerfModel:
    """Iteration time and power of ``shape`` served on ``tp_degree`` GPUs of kind ``gpu``.

    Args:
        shape: the served model.
        gpu: the GPU's ceilings and power law.
        tp_degree: tensor-parallel GPUs per instance (weights, KV heads and FLOPs split evenly).
        iteration_overhead_s: fixed per-iteration time outside GPU kernels (scheduling,
            sampling, launch gaps of a CUDA-graph decode loop). [assumption] 1.5 ms.
        overlap_exponent: p of the p-norm that blends compute and memory time,
            ``(t_c**p + t_m**p) ** (1/p)``; p -> inf is the pure roofline max, p = 1 no overlap.
            [assumption] 4: 19% slower than the max where both are equal.
        power_limit_w: board power limit; defaults to ``gpu.power_cap_w``.
        activation_reserve_bytes: memory per GPU kept for activations and the CUDA graph pool
            when sizing the KV cache. [assumption] 2 GB.
    """

    source = "modelled"

    def __init__(self, shape: ModelShape, gpu: GpuSpec, tp_degree: int = 1, *,
                 iteration_overhead_s: float = 1.5e-3, overlap_exponent: float = 4.0,
                 power_limit_w: float | None = None, activation_reserve_bytes: float = 2e9) -> None:
        if int(tp_degree) != tp_degree or tp_degree < 1:
            raise InvalidArgumentError(f"tp_degree must be a positive integer, got {tp_degree!r}")
        if not iteration_overhead_s >= 0:
            raise InvalidArgumentError("iteration_overhead_s must be >= 0")
        if not overlap_exponent >= 1:
            raise InvalidArgumentError("overlap_exponent must be >= 1")
        limit = gpu.power_cap_w if power_limit_w is None else float(power_limit_w)
        if not gpu.idle_power_w < limit:
            raise InvalidArgumentError(f"power_limit_w {limit} W must exceed idle power {gpu.idle_power_w} W")
        if not activation_reserve_bytes >= 0:
            raise InvalidArgumentError("activation_reserve_bytes must be >= 0")
        self.shape = shape
        self.gpu = gpu
        self.tp_degree = int(tp_degree)
        self.iteration_overhead_s = float(iteration_overhead_s)
        self.overlap_exponent = float(overlap_exponent)
        self.power_limit_w = limit
        self.activation_reserve_bytes = float(activation_reserve_bytes)
        self._clocks = np.asarray(gpu.clocks_mhz, dtype=float)
        tp = self.tp_degree
        # Per-GPU constants of the roofline.
        self._weight_bytes_per_gpu = shape.matmul_params * shape.bytes_per_param / tp
        # KV heads split across GPUs, replicated once TP exceeds their count.
        self._kv_bytes_per_token_per_gpu = shape.kv_bytes_per_token / min(tp, shape.num_kv_heads)
        self._flops_per_token = 2.0 * shape.matmul_params
        self._attn_flops = float(shape.attention_flops_per_context_token)
        # Two all-reduces per layer (after attention, after the MLP); ring cost 2(n-1)/n.
        self._allreduces = 2 * shape.num_layers if tp > 1 else 0
        self._ring_factor = 2.0 * (tp - 1) / tp
        self._activation_bytes_per_token = shape.hidden_size * shape.bytes_per_param
        self._memory_bps = gpu.memory_bps()
        self._min_scale = gpu.dynamic_scale(float(gpu.min_clock_mhz))

    def __repr__(self) -> str:
        return f"GpuPerfModel({self.shape.name}, {self.gpu.name}, tp_degree={self.tp_degree}) [modelled]"

    # ---- inputs -------------------------------------------------------------------------
    def _check_clock(self, clock_ok: bool) -> None:
        if not clock_ok:
            raise InvalidArgumentError(f"clock_mhz must lie in [{self.gpu.min_clock_mhz}, "
                                       f"{self.gpu.max_clock_mhz}] for {self.gpu.name}")

    def _scalar_inputs(self, prefill_tokens, batch_size, kv_tokens, clock_mhz):
        """Plain floats (the simulator's per-iteration path), or None when any input is an array."""
        if any(np.ndim(x) for x in (prefill_tokens, batch_size, kv_tokens, clock_mhz)):
            return None
        prefill, batch, kv, clock = (float(x) for x in (prefill_tokens, batch_size, kv_tokens, clock_mhz))
        for name, x in (("prefill_tokens", prefill), ("batch_size", batch), ("kv_tokens", kv)):
            if not 0 <= x < math.inf:
                raise InvalidArgumentError(f"{name} must be finite and >= 0, got {x!r}")
        if prefill + batch < 1:
            raise InvalidArgumentError("an iteration needs prefill_tokens + batch_size >= 1")
        self._check_clock(self.gpu.min_clock_mhz <= clock <= self.gpu.max_clock_mhz)
        return prefill, batch, kv, clock

    def _array_inputs(self, prefill_tokens, batch_size, kv_tokens, clock_mhz):
        arrays = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in
                                       (prefill_tokens, batch_size, kv_tokens, clock_mhz)))
        prefill, batch, kv, clock = (np.array(a) for a in arrays)
        for name, a in (("prefill_tokens", prefill), ("batch_size", batch), ("kv_tokens", kv)):
            if not np.all(np.isfinite(a)) or np.any(a < 0):
                raise InvalidArgumentError(f"{name} must be finite and >= 0")
        if np.any(prefill + batch < 1):
            raise InvalidArgumentError("an iteration needs prefill_tokens + batch_size >= 1")
        self._check_clock(bool(np.all((clock >= self.gpu.min_clock_mhz) & (clock <= self.gpu.max_clock_mhz))))
        return prefill, batch, kv, clock

    # ---- roofline and power at an exact clock (floats or arrays alike) --------------------
    # The fast path: no input checks and no power cap. The simulator's GpuPredictor runs it per
    # iteration and the calibration (calibrated.py) fits and matches on it; subclasses that
    # correct the model override roofline_parts and power_from_parts_w (keep the signatures).
    def roofline_parts(self, prefill, batch, kv, clock):
        """(total, compute, memory, comm, gpu-kernel) seconds at exactly ``clock`` (no cap, no
        checks); a subclass may append terms that :meth:`power_from_parts_w` takes."""
        gpu = self.gpu
        tokens = prefill + batch
        # One causal prompt per prefill: n(n+1)/2 query-key pairs (an upper bound for several).
        attended = kv + prefill * (prefill + 1.0) * 0.5
        flops = (self._flops_per_token * tokens + self._attn_flops * attended) / self.tp_degree
        compute_s = flops / gpu.compute_flops(clock)
        moved = self._weight_bytes_per_gpu + (kv + prefill) * self._kv_bytes_per_token_per_gpu
        slowdown = (1.0 - gpu.memory_clock_sensitivity) + gpu.memory_clock_sensitivity * gpu.max_clock_mhz / clock
        memory_s = moved / self._memory_bps * slowdown
        p = self.overlap_exponent
        kernel_s = (compute_s**p + memory_s**p) ** (1.0 / p)
        comm_s = self._allreduces * (gpu.allreduce_latency_s + self._ring_factor * tokens
                                     * self._activation_bytes_per_token / gpu.interconnect_bandwidth_bps)
        total_s = self.iteration_overhead_s + kernel_s + comm_s
        return total_s, compute_s, memory_s, comm_s, kernel_s

    def power_from_parts_w(self, clock, total_s, compute_s, memory_s, comm_s, kernel_s):
        """Uncapped average board power over the iteration at exactly ``clock``.

        SM activity: the floor while kernels or all-reduces run, rising to 1 with the
        compute-bound share (compute_s <= kernel_s, so it never exceeds 1)."""
        floor = self.gpu.sm_activity_floor
        sm_activity = (floor * (kernel_s + comm_s) + (1.0 - floor) * compute_s) / total_s
        return self.power_law_w(clock, sm_activity, memory_s / total_s)

    def power_law_w(self, clock, activity, memory_activity):
        """Uncapped board power (W) at exactly ``clock`` for SM and DRAM activity in [0, 1]
        (no checks; :meth:`power_w` is the checked, capped form)."""
        gpu = self.gpu
        scale = gpu.dynamic_scale(clock)
        clock_tree = gpu.clock_idle_power_w * (scale - self._min_scale) / (1.0 - self._min_scale)
        return (gpu.idle_power_w + clock_tree + gpu.sm_dynamic_power_w * scale * activity
                + gpu.memory_power_w * memory_activity)

    def power_at_w(self, prefill, batch, kv, clock):
        """Uncapped board power (W) of iterations run at exactly ``clock`` (no checks)."""
        return self.power_from_parts_w(clock, *self.roofline_parts(prefill, batch, kv, clock))

    # ---- power capping --------------------------------------------------------------------
    def _effective_clock_scalar(self, prefill, batch, kv, clock):
        if self.power_at_w(prefill, batch, kv, clock) <= self.power_limit_w:
            return clock
        levels = self.gpu.clocks_mhz
        lo, hi = 0, bisect.bisect_right(levels, clock)
        while lo < hi:  # largest level <= the request under the limit; power rises with clock
            mid = (lo + hi) // 2
            if self.power_at_w(prefill, batch, kv, float(levels[mid])) <= self.power_limit_w:
                lo = mid + 1
            else:
                hi = mid
        # Nothing fits only if the limit is below the lowest clock's power: run there.
        return float(levels[max(lo - 1, 0)])

    def _effective_clock_array(self, prefill, batch, kv, clock):
        effective = clock.copy()
        over = self.power_at_w(prefill, batch, kv, clock) > self.power_limit_w
        if not np.any(over):
            return effective
        idx = np.flatnonzero(over.ravel())
        p, b, k, c = (a.ravel()[idx] for a in (prefill, batch, kv, clock))
        lo = np.zeros(idx.size, dtype=np.int64)
        hi = np.searchsorted(self._clocks, c, side="right")  # exclusive bound
        while True:
            a = np.flatnonzero(lo < hi)
            if a.size == 0:
                break
            mid = (lo[a] + hi[a]) // 2
            fits = self.power_at_w(p[a], b[a], k[a], self._clocks[mid]) <= self.power_limit_w
            lo[a] = np.where(fits, mid + 1, lo[a])
            hi[a] = np.where(fits, hi[a], mid)
        flat = effective.ravel()
        flat[idx] = self._clocks[np.maximum(lo - 1, 0)]
        return flat.reshape(effective.shape)

    # ---- public API -----------------------------------------------------------------------
    def estimate(self, prefill_tokens, batch_size, kv_tokens, clock_mhz) -> IterationEstimate:
        """Everything about iterations at a requested clock, in one pass.

        Inputs broadcast like numpy; all-scalar inputs take a fast float path (~10 us)."""
        scalars = self._scalar_inputs(prefill_tokens, batch_size, kv_tokens, clock_mhz)
        if scalars is not None:
            effective = self._effective_clock_scalar(*scalars)
            parts = self.roofline_parts(*scalars[:3], effective)
            power = min(self.power_from_parts_w(effective, *parts), self.power_limit_w)
        else:
            prefill, batch, kv, clock = self._array_inputs(prefill_tokens, batch_size, kv_tokens, clock_mhz)
            effective = self._effective_clock_array(prefill, batch, kv, clock)
            parts = self.roofline_parts(prefill, batch, kv, effective)
            power = np.minimum(self.power_from_parts_w(effective, *parts), self.power_limit_w)
        total_s, compute_s, memory_s, comm_s = parts[:4]  # a subclass may append terms
        return IterationEstimate(
            time_s=_out(total_s), power_w=_out(power), instance_power_w=_out(power * self.tp_degree),
            energy_j=_out(power * self.tp_degree * total_s),
            effective_clock_mhz=_out(effective), compute_s=_out(compute_s), memory_s=_out(memory_s),
            comm_s=_out(comm_s), overhead_s=self.iteration_overhead_s,
        )

    def iteration_time_s(self, prefill_tokens, batch_size, kv_tokens, clock_mhz):
        """Seconds per engine iteration at the requested clock (after power capping)."""
        return self.estimate(prefill_tokens, batch_size, kv_tokens, clock_mhz).time_s

    def decode_ips(self, batch_size, kv_tokens, clock_mhz):
        """Decode iterations per second with no prefill: the target of the governor's model."""
        return 1.0 / self.iteration_time_s(0, batch_size, kv_tokens, clock_mhz)

    def effective_clock_mhz(self, prefill_tokens, batch_size, kv_tokens, clock_mhz):
        """Clock the card runs at: the request, or the highest level under the power limit."""
        return self.estimate(prefill_tokens, batch_size, kv_tokens, clock_mhz).effective_clock_mhz

    def iteration_power_w(self, prefill_tokens, batch_size, kv_tokens, clock_mhz):
        """Average board power (W) of one GPU over iterations at the requested clock (after capping)."""
        return self.estimate(prefill_tokens, batch_size, kv_tokens, clock_mhz).power_w

    def power_w(self, clock_mhz, activity, memory_activity=0.0):
        """Board power (W) at ``clock_mhz``, capped at the power limit.

        ``P = idle + clock_tree(f) + sm_dynamic * f/f_max * (V(f)/V_max)^2 * activity
        + memory_power * memory_activity``. ``activity`` is the SM activity in [0, 1]
        (1 = tensor cores saturated), ``memory_activity`` the fraction of peak DRAM traffic.
        ``power_w(f, 0)`` is the idle power at clock f.
        """
        arrays = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (clock_mhz, activity, memory_activity)))
        clock, act, mem = arrays
        if not np.all(np.isfinite(clock)) or np.any(clock <= 0):
            raise InvalidArgumentError("clock_mhz must be positive")
        for name, a in (("activity", act), ("memory_activity", mem)):
            if not np.all(np.isfinite(a)) or np.any(a < 0) or np.any(a > 1):
                raise InvalidArgumentError(f"{name} must lie in [0, 1]")
        return _out(np.minimum(self.power_law_w(clock, act, mem), self.power_limit_w))

    def idle_power_w(self, clock_mhz):
        """Board power of one idle GPU held at ``clock_mhz`` (an idle instance draws tp_degree times it)."""
        return self.power_w(clock_mhz, 0.0, 0.0)

    def kv_capacity_tokens(self, memory_utilization: float = 0.9) -> int:
        """KV-cache tokens one instance holds: memory share minus weights and activation reserve.

        ``memory_utilization`` is the share of device memory the engine may use (vLLM's
        ``gpu_memory_utilization``, default 0.9).
        """
        if not 0 < memory_utilization <= 1:
            raise InvalidArgumentError("memory_utilization must be in (0, 1]")
        free = (self.gpu.memory_bytes * memory_utilization - self.shape.weight_bytes / self.tp_degree
                - self.activation_reserve_bytes)
        if free <= 0:
            raise InvalidArgumentError(
                f"{self.shape.name} does not fit on {self.tp_degree} x {self.gpu.name} "
                f"(weights {self.shape.weight_bytes / 1e9:.1f} GB)")
        return int(free // self._kv_bytes_per_token_per_gpu)
