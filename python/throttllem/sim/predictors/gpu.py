"""GpuPredictor: the simulated GPU's iteration time and power (modelled, from throttllem.perfmodel).

The GPU model is a :class:`~throttllem.perfmodel.GpuPerfModel`: by default (``EngineConfig.gpu_model
= "auto"``) the one calibrated on the measured reference profile of the engine's model and GPU
(:class:`~throttllem.perfmodel.ProfiledPerfModel`: measured time and power at max clock, the
analytic clock response elsewhere), else the analytic roofline (``"analytic"``); see
:func:`throttllem.perfmodel.build_perf_model`. At TP > 1 the measured profile of that TP degree
is used where one ships (TP 2 of Llama-3-8B on H100); other degrees are the one-GPU profile,
TP-scaled (modelled).
Power is the instance's: all ``tp_degree`` GPUs (the power cap acts on each GPU).

The simulator asks for one mixed iteration at a time (prefill tokens + decode batch) and for
decode stretches: runs of iterations with a fixed batch whose KV grows by the batch size each
iteration. ``GpuPerfModel.estimate`` validates and broadcasts its inputs (~0.2 ms a call), which
would dominate a simulation of 10^5 iterations, so this wrapper evaluates the model's unchecked
fast path (``roofline_parts`` and ``power_from_parts_w``) on scalars and applies the power cap
the same way (the highest supported clock not above the request whose power fits the limit). tests/test_sim_predictors.py checks
that it agrees with ``GpuPerfModel.estimate``.
"""

from __future__ import annotations

import numpy as np

from throttllem.perfmodel import GpuPerfModel, describe_gpu_model, measured_tp
from throttllem.perfmodel import build_perf_model as build_model
from throttllem.specs.gpu_spec import ClockRange


def build_perf_model(config) -> GpuPerfModel:
    """The GPU model of an :class:`~throttllem.sim.EngineConfig` (its ``model``, ``gpu``,
    ``tp_degree``, ``gpu_model`` and ``profile``): :func:`throttllem.perfmodel.build_perf_model`."""
    return build_model(config.model, config.gpu, config.tp_degree, gpu_model=config.gpu_model,
                       profile=config.profile)


_GPU_CACHE: dict[tuple, GpuPredictor] = {}


def gpu_for(config) -> GpuPredictor:
    """The simulated GPU of an EngineConfig (stateless; shared between runs)."""
    key = (config.model, config.gpu, config.tp_degree, config.gpu_model, config.profile)
    if key not in _GPU_CACHE:
        _GPU_CACHE[key] = GpuPredictor(build_perf_model(config))
    return _GPU_CACHE[key]


class GpuPredictor(ClockRange):
    """Iteration time (s), power (W) and effective clock (MHz) of the simulated instance.

    Power is the whole instance's: ``tp_degree`` GPUs, each drawing the model's board power and
    each power-capped at ``power_limit_w`` (so at TP 1 it is the board power)."""

    def __init__(self, perf: GpuPerfModel) -> None:
        self.perf = perf
        #: GPUs of the instance; every power this class returns is their sum.
        self.gpus = int(perf.tp_degree)
        #: True where time and power at max clock are measured at this TP degree (a profile of
        #: it); False where the TP degree is modelled (TP scaling, or the analytic model).
        self.tp_measured = measured_tp(perf)
        #: Where its figures come from (measured vs modelled), one line for reports.
        self.source = describe_gpu_model(perf)
        self.clocks_mhz = tuple(int(c) for c in perf.gpu.clocks_mhz)
        self._clock_index = {c: i for i, c in enumerate(self.clocks_mhz)}
        self.power_limit_w = float(perf.power_limit_w)
        self._idle_w: dict[int, float] = {}
        self._last_cap = len(self.clocks_mhz) - 1  # level of the last power-capped iteration

    def idle_power_w(self, clock_mhz: int) -> float:
        """Power of the idle instance (its ``gpus`` cards) held at ``clock_mhz``."""
        if clock_mhz not in self._idle_w:
            self._idle_w[clock_mhz] = float(self.perf.idle_power_w(clock_mhz)) * self.gpus
        return self._idle_w[clock_mhz]

    def _raw(self, prefill: float, batch: float, kv: float, clock: float) -> tuple[float, float]:
        parts = self.perf.roofline_parts(prefill, batch, kv, clock)
        return float(parts[0]), float(self.perf.power_from_parts_w(clock, *parts))

    def iteration(self, prefill_tokens: int, batch_size: int, kv_tokens: int,
                  clock_mhz: int) -> tuple[float, float, int]:
        """(time_s, instance power_w, effective_clock_mhz) of one iteration at the requested clock."""
        p, b, k = float(prefill_tokens), float(batch_size), float(kv_tokens)
        time_s, power_w = self._raw(p, b, k, float(clock_mhz))
        if power_w <= self.power_limit_w:
            return time_s, power_w * self.gpus, int(clock_mhz)
        # Power capping: the highest level <= the request whose power fits (power rises with
        # clock). Capped iterations (long prefills) land near the last capped level, so gallop
        # out from there and bisect the bracket: ~4 evaluations instead of ~8.
        limit, clocks, raw = self.power_limit_w, self.clocks_mhz, self._raw
        top = self._clock_index[int(clock_mhz)]
        fits_at = -1                        # highest level known to fit (-1: none yet)
        over_at = top                       # lowest level known to be over the limit
        best = (0.0, 0.0)
        guess = min(self._last_cap, top - 1)
        step = 1
        while over_at - fits_at > 1:
            if fits_at < guess < over_at:
                mid = guess
            else:
                mid = (fits_at + over_at) // 2
            t, pw = raw(p, b, k, float(clocks[mid]))
            if pw <= limit:
                fits_at, best = mid, (t, pw)
                guess = mid + step
            else:
                over_at = mid
                guess = mid - step
            step *= 2
        if fits_at < 0:  # nothing fits: the card runs at its lowest level
            fits_at, best = 0, raw(p, b, k, float(clocks[0]))
        self._last_cap = fits_at
        return best[0], min(best[1], limit) * self.gpus, clocks[fits_at]

    def grid(self, prefill_tokens, batch_size, kv_tokens) -> tuple[np.ndarray, np.ndarray]:
        """(time_s, instance power_w) of iterations at every supported clock (axis 0) for each of
        the broadcast inputs (remaining axes), power-capped like :meth:`iteration`.

        For planners that compare all clocks at once (the oracle policy).
        """
        shape = np.broadcast_shapes(np.shape(prefill_tokens), np.shape(batch_size), np.shape(kv_tokens))
        clocks = np.asarray(self.clocks_mhz, dtype=np.float64).reshape((-1,) + (1,) * len(shape))
        parts = self.perf.roofline_parts(np.asarray(prefill_tokens, dtype=np.float64),
                                 np.asarray(batch_size, dtype=np.float64),
                                 np.asarray(kv_tokens, dtype=np.float64), clocks)
        time_s = np.broadcast_to(parts[0], np.broadcast_shapes(parts[0].shape, clocks.shape))
        power_w = np.broadcast_to(self.perf.power_from_parts_w(clocks, *parts), time_s.shape)
        over = power_w > self.power_limit_w
        if over.any():
            # Capped: the card runs at the highest level whose power fits (power rises with clock).
            level = np.arange(len(self.clocks_mhz)).reshape(clocks.shape)
            fits = np.where(~over, level, 0)
            chosen = np.maximum.accumulate(fits, axis=0)
            time_s = np.take_along_axis(time_s, chosen, axis=0)
            power_w = np.minimum(np.take_along_axis(power_w, chosen, axis=0), self.power_limit_w)
        return np.array(time_s), np.array(power_w) * self.gpus

    def decode_stretch(self, batch_size: int, kv_tokens: int, iterations: int,
                       clock_mhz: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per-iteration (time_s, instance power_w, effective_clock_mhz) of ``iterations`` decode steps.

        Iteration k attends ``kv_tokens + k * batch_size`` tokens. Time and power are smooth in
        the KV size at a fixed clock, so they are evaluated exactly every ``NODE_SPACING``
        iterations (and at the last) and interpolated linearly in between (relative error
        < 3e-4 on the analytic model, < 2e-3 on a profile-calibrated one, whose corrections
        kink at the profile's grid points; see the tests). A stretch whose nodes run at different capped clocks is
        evaluated exactly.
        """
        n = int(iterations)
        if n <= 3:
            rows = [self.iteration(0, batch_size, kv_tokens + k * batch_size, clock_mhz) for k in range(n)]
            t, p, c = zip(*rows) if rows else ((), (), ())
            return np.array(t, dtype=np.float64), np.array(p, dtype=np.float64), np.array(c, dtype=np.int64)
        last = n - 1
        nodes = list(range(0, last, NODE_SPACING)) + [last]
        rows = [self.iteration(0, batch_size, kv_tokens + k * batch_size, clock_mhz) for k in nodes]
        clocks = {row[2] for row in rows}
        if len(clocks) > 1:
            est = self.perf.estimate(0, batch_size, kv_tokens + batch_size * np.arange(n), clock_mhz)
            return (np.asarray(est.time_s, dtype=np.float64), np.asarray(est.instance_power_w, dtype=np.float64),
                    np.asarray(est.effective_clock_mhz, dtype=np.int64))
        k = _RAMP[:n] if n <= len(_RAMP) else np.arange(n, dtype=np.float64)
        if len(nodes) == 2:
            (t0, p0, _), (t1, p1, _) = rows
            frac = k * (1.0 / last)
            times, powers = t0 + (t1 - t0) * frac, p0 + (p1 - p0) * frac
        else:
            times = np.interp(k, nodes, [row[0] for row in rows])
            powers = np.interp(k, nodes, [row[1] for row in rows])
        return times, powers, np.full(n, rows[0][2], dtype=np.int64)


#: Iterations between exact evaluations in a decode stretch.
NODE_SPACING = 32
_RAMP = np.arange(8192, dtype=np.float64)
