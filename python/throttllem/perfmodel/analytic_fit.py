"""Fitting the analytic perfmodel's free parameters to a measured profile.

:class:`~throttllem.perfmodel.GpuPerfModel` has four engineering assumptions about time: a fixed
per-iteration overhead, the overlap exponent of compute and memory time, and the fractions of the
compute and memory ceilings that a real iteration reaches. A profile measures whole iterations,
so these four are fitted here (least squares on log time, at the SM clock each point actually
ran). The fitted model then needs only small point-by-point corrections to reproduce the
measurement, and its clock response (which moves measured points to other clocks) describes an
iteration shaped like the measured one. The result is "fitted", i.e. modelled from measured data.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from throttllem.perfmodel.analytic import GpuPerfModel
from throttllem.specs import GpuSpec, ModelShape

#: Ranges the fit may move in (transformed so that the search is unconstrained).
OVERHEAD_S = (0.0, 0.02)
OVERLAP_EXPONENT = (1.0, 20.0)
EFFICIENCY = (0.2, 1.0)


@dataclass(frozen=True)
class AnalyticFit:
    """Fitted parameters, the GPU spec carrying the two efficiencies, and the fit's residual."""

    gpu: GpuSpec
    iteration_overhead_s: float
    overlap_exponent: float
    #: Root mean square of log(model / measured) over the fitted points.
    rms_log_error: float
    points: int

    def model(self, shape: ModelShape, tp_degree: int = 1, **kwargs) -> GpuPerfModel:
        return GpuPerfModel(shape, self.gpu, tp_degree, iteration_overhead_s=self.iteration_overhead_s,
                            overlap_exponent=self.overlap_exponent, **kwargs)


def _squash(z: float, lo: float, hi: float) -> float:
    return lo + (hi - lo) / (1.0 + math.exp(-z))


def _unsquash(x: float, lo: float, hi: float) -> float:
    x = min(max(x, lo + 1e-6 * (hi - lo)), hi - 1e-6 * (hi - lo))
    return -math.log((hi - lo) / (x - lo) - 1.0)


def nelder_mead(fun, x0: np.ndarray, *, step: float = 0.5, iterations: int = 400, tol: float = 1e-10) -> np.ndarray:
    """Minimises ``fun`` from ``x0`` (deterministic Nelder-Mead, standard coefficients)."""
    n = x0.size
    simplex = np.vstack([x0] + [x0 + step * np.eye(n)[i] for i in range(n)])
    values = np.array([fun(x) for x in simplex])
    for _ in range(iterations):
        order = np.argsort(values, kind="stable")
        simplex, values = simplex[order], values[order]
        if values[-1] - values[0] <= tol:
            break
        centroid = simplex[:-1].mean(axis=0)
        reflected = centroid + (centroid - simplex[-1])
        fr = fun(reflected)
        if fr < values[0]:
            expanded = centroid + 2.0 * (centroid - simplex[-1])
            fe = fun(expanded)
            simplex[-1], values[-1] = (expanded, fe) if fe < fr else (reflected, fr)
        elif fr < values[-2]:
            simplex[-1], values[-1] = reflected, fr
        else:
            contracted = centroid + 0.5 * (simplex[-1] - centroid)
            fc = fun(contracted)
            if fc < values[-1]:
                simplex[-1], values[-1] = contracted, fc
            else:  # shrink towards the best vertex
                simplex[1:] = simplex[0] + 0.5 * (simplex[1:] - simplex[0])
                values[1:] = [fun(x) for x in simplex[1:]]
    return simplex[int(np.argmin(values))]


def fit_analytic(shape: ModelShape, gpu: GpuSpec, prefill, batch, kv, clock_mhz, time_s, *,
                 tp_degree: int = 1) -> AnalyticFit:
    """Fits overhead, overlap exponent and the compute and memory efficiencies of the model of
    ``shape`` on ``tp_degree`` GPUs of ``gpu`` to measured iterations (arrays: prefill tokens,
    decode batch, KV tokens, SM clock seen, seconds).

    ``tp_degree``: GPUs the iterations were measured on; the fit is then made on the perfmodel's
    TP model of that degree (weights, KV heads and FLOPs split, two all-reduces per layer), so a
    TP-N profile is not divided by the one-GPU model. TP 1 (the default) is the original fit."""
    tp_degree = GpuPerfModel(shape, gpu, tp_degree).tp_degree  # validated before the search starts
    prefill, batch, kv, clock, time_s = (np.asarray(a, dtype=float) for a in (prefill, batch, kv, clock_mhz, time_s))
    log_t = np.log(time_s)

    def unpack(z):
        return (_squash(z[0], *OVERHEAD_S), _squash(z[1], *OVERLAP_EXPONENT),
                _squash(z[2], *EFFICIENCY), _squash(z[3], *EFFICIENCY))

    def build(z):
        overhead, overlap, compute_eff, memory_eff = unpack(z)
        spec = dataclasses.replace(gpu, compute_efficiency=compute_eff, memory_efficiency=memory_eff)
        return GpuPerfModel(shape, spec, tp_degree, iteration_overhead_s=overhead, overlap_exponent=overlap)

    def loss(z):
        predicted = build(z).roofline_parts(prefill, batch, kv, clock)[0]
        return float(np.mean((np.log(predicted) - log_t) ** 2))

    start = np.array([_unsquash(1.5e-3, *OVERHEAD_S), _unsquash(4.0, *OVERLAP_EXPONENT),
                      _unsquash(min(gpu.compute_efficiency, 0.99), *EFFICIENCY),
                      _unsquash(min(gpu.memory_efficiency, 0.99), *EFFICIENCY)])
    best = nelder_mead(loss, start)
    overhead, overlap, compute_eff, memory_eff = unpack(best)
    spec = dataclasses.replace(gpu, compute_efficiency=compute_eff, memory_efficiency=memory_eff)
    return AnalyticFit(spec, overhead, overlap, math.sqrt(loss(best)), int(time_s.size))
