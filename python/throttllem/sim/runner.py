"""Running policies side by side: the saturating rate, the E2E deadline, one run per policy,
and :func:`simulate`, the whole comparison behind ``throttllem simulate``.

The E2E deadline follows throttLL'eM (the published system): the p99 end-to-end latency of
the engine at max clock under saturating load. "Saturating" is made concrete here as the
highest request rate at which the max-clock engine still keeps up: the p99 queueing delay
(arrival to admission) stays within ``QUEUE_P99_LIMIT_S`` over the trace. The rate is found
by bisection on max-clock runs of the trace's first ``CALIBRATION_REQUESTS`` requests,
replayed at each candidate rate (a shorter trace is first extended with synthetic traffic
fitted to it, since a few hundred requests fit in one batch at any rate); the deadline is
the p99 E2E of the max-clock run of the trace itself at that rate.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from throttllem._atomic import atomic_open
from throttllem.errors import InvalidArgumentError
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.engine import Engine
from throttllem.sim.policies import make
from throttllem.sim.policies.base import Policy
from throttllem.sim.predictors import GpuPredictor
from throttllem.sim.predictors.gpu import gpu_for  # noqa: F401 (re-exported: runner.gpu_for)
from throttllem.sim.result import SimResult
from throttllem.sim.saturation import Saturation, saturating_rate
from throttllem.traces import Trace, fit, generate

QUEUE_P99_LIMIT_S = 1.0
CALIBRATION_REQUESTS = 2000
#: Longest traffic span simulated (synthetic duration or a trace rescaled by ``rps``): a week. Beyond
#: it a typo (``--rps 1e-9``) would report idle energy of years as a result.
MAX_SPAN_S = 7 * 86400.0
#: Longest prompt accepted, in model contexts (longer prompts are cut to the context; see _check_context).
MAX_PROMPT_CONTEXTS = 16
def run(trace: Trace, policy: Policy | str, config: EngineConfig = EngineConfig(),
        slo: SloConfig = SloConfig(), progress: Callable[[float], None] | None = None) -> SimResult:
    """One replay of ``trace`` under ``policy``."""
    policy = make(policy) if isinstance(policy, str) else policy
    started = time.perf_counter()
    result = Engine(trace, config, slo, policy, gpu_for(config), progress=progress).run()
    result.wall_s = time.perf_counter() - started
    return result


def queue_delay_p99_s(result: SimResult) -> float:
    table = result.table
    return float(np.percentile(table.admit_s - table.arrival_s, 99))


@dataclass(frozen=True)
class Calibration:
    """The saturating rate and the E2E deadline derived from max-clock runs (modelled)."""

    saturating_rps: float
    e2e_deadline_s: float
    #: (rps, p99 queueing delay) of each bisection probe.
    probes: tuple[tuple[float, float], ...]
    #: The max-clock run at the saturating rate whose p99 E2E is the deadline.
    reference: SimResult | None = field(default=None, compare=False, repr=False)


def saturating_rps(trace: Trace, config: EngineConfig = EngineConfig(), *,
                   requests: int = CALIBRATION_REQUESTS, tolerance: float = 0.02) -> tuple[float, list]:
    """Highest rate (req/s) at which max clock keeps the p99 queueing delay within the limit."""
    if len(trace) >= requests:
        window = trace.head(requests)
    else:
        _check_fittable(trace)
        params = fit(trace)
        window = generate(params, 1.2 * requests / params.rate_rps, seed=0).head(requests)
    probes: list[tuple[float, float]] = []

    def keeps_up(rps: float) -> bool:
        delay = queue_delay_p99_s(run(window.scaled_to_rps(rps), "max_clock", config))
        probes.append((rps, delay))
        return delay <= QUEUE_P99_LIMIT_S

    lo, hi = 0.0, max(window.mean_rps, 1.0)
    while keeps_up(hi):
        lo, hi = hi, hi * 2.0
        if hi > 1e5:
            raise InvalidArgumentError("the engine keeps up with any rate: the trace is too short")
    if lo == 0.0:
        lo = hi / 2.0
        while not keeps_up(lo):
            hi, lo = lo, lo / 2.0
            if lo < 1e-4:
                raise InvalidArgumentError("the engine cannot keep up with this trace at any rate")
    while hi - lo > tolerance * lo:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if keeps_up(mid) else (lo, mid)
    return lo, probes


def _check_fittable(trace: Trace) -> None:
    """Refuses a trace too short to extend with fitted traffic for the saturating-rate search."""
    if len(trace) < 3 or trace.duration_s <= 0:
        raise InvalidArgumentError(
            f"{trace.name}: {len(trace)} request(s) over {trace.duration_s:g} s are too few to find the "
            "saturating rate; give an E2E deadline (--e2e-deadline-s) and a numeric or 'native' rate")


def calibrate(trace: Trace, config: EngineConfig = EngineConfig(), *,
              saturating: tuple[float, Sequence] | None = None, at_rate: Callable[[float], Trace] | None = None,
              progress: Callable[[float], None] | None = None) -> Calibration:
    """Saturating rate of ``trace``'s request mix, and the E2E deadline at that rate.

    ``saturating``: an already found ``(rps, probes)`` of :func:`saturating_rps`; ``at_rate(rps)``:
    the request mix replayed at ``rps`` (default ``trace.scaled_to_rps``; synthetic traffic is
    better generated anew at the rate); ``progress``: the reference run's progress callback."""
    rps, probes = saturating if saturating is not None else saturating_rps(trace, config)
    reference = run((at_rate or trace.scaled_to_rps)(rps), "max_clock", config, progress=progress)
    return Calibration(rps, float(np.percentile(reference.table.e2e_s(), 99)), tuple(probes), reference)


def compare(trace: Trace, policies: Sequence[Policy | str], config: EngineConfig = EngineConfig(),
            slo: SloConfig = SloConfig(), *, progress_factory=None) -> list[SimResult]:
    """Runs every policy on the same trace and SLOs. ``slo.e2e_deadline_s`` must be set
    (see :func:`calibrate`); ``progress_factory(label)`` returns a progress callback."""
    if slo.e2e_deadline_s is None:
        raise InvalidArgumentError("set slo.e2e_deadline_s (see throttllem.sim.runner.calibrate)")
    results = []
    for spec in policies:
        policy = make(spec) if isinstance(spec, str) else spec
        progress = progress_factory(policy.label()) if progress_factory else None
        results.append(run(trace, policy, config, slo, progress))
    return results


@dataclass(frozen=True)
class SimulationConfig:
    """One comparison of clock policies (what ``throttllem simulate`` runs)."""

    #: Policies or specs (``"static:1200"``) to run; empty: every registered policy.
    policies: tuple[Policy | str, ...] = ()
    #: Azure LLM inference CSV path or public trace name ('conv', 'code'); None: synthetic traffic
    #: fitted to the public conv trace, ``duration_s`` long from ``seed``.
    trace: str | None = None
    duration_s: float = 600.0
    seed: int = 0
    #: Request rate: "native" (the trace's own timing), "max" (the saturating rate: the highest at which
    #: max clock meets >= 99% of the SLOs, :func:`throttllem.sim.saturation.saturating_rate`) or req/s.
    rps: float | str = "native"
    slo_tbt_ms: float = 200.0
    #: None: the p99 E2E at max clock under saturating load (:func:`calibrate`).
    e2e_deadline_s: float | None = None
    engine: EngineConfig = field(default_factory=EngineConfig)

    def __post_init__(self) -> None:
        # Checked here, before any simulation: each of these would fail (or mislead) deep in a run.
        if not math.isfinite(self.duration_s) or not 0 < self.duration_s <= MAX_SPAN_S:
            raise InvalidArgumentError(f"duration_s must be in (0, {MAX_SPAN_S:g}] s (a week), not {self.duration_s}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise InvalidArgumentError(f"seed must be a non-negative integer, not {self.seed!r}")
        if isinstance(self.rps, str):
            if self.rps not in ("native", "max"):
                raise InvalidArgumentError(f"rps must be a number, 'max' or 'native', not {self.rps!r}")
        elif not math.isfinite(self.rps) or not self.rps > 0:
            raise InvalidArgumentError(f"rps must be a finite positive number, not {self.rps}")
        if not (math.isfinite(self.slo_tbt_ms) and self.slo_tbt_ms > 0):
            raise InvalidArgumentError(f"the TBT target must be a finite positive number of ms, not {self.slo_tbt_ms}")
        if self.e2e_deadline_s is not None and not (math.isfinite(self.e2e_deadline_s) and self.e2e_deadline_s > 0):
            raise InvalidArgumentError(f"the E2E deadline must be a finite positive number of s, not "
                                       f"{self.e2e_deadline_s}")
        if self.trace is None:
            _check_synthetic(self.rps if not isinstance(self.rps, str) else None, self.duration_s)


@dataclass(frozen=True)
class Simulation:
    """The results of :func:`simulate`, one per policy, and how the traffic was set."""

    results: list[SimResult]
    #: The replayed request rate (None: the trace's own timing) and the rate the E2E deadline was
    #: calibrated at (p99 queueing <= 1 s at max clock; None: a deadline was given).
    rps: float | None
    saturating_rps: float | None
    #: Whether the TP degree is measured or modelled (see :func:`tp_provenance`).
    tp: dict
    replay: Trace
    #: The saturating rate (>= 99% of SLOs met at max clock), found for ``rps="max"``.
    saturation: Saturation | None = None

    def document(self) -> dict:
        """The results.json document."""
        first = self.results[0]
        return {
            "source": "modelled (simulated); not measured on a GPU",
            "gpu_model": first.gpu_source,
            "tp_degree": self.tp["tp_degree"], "tp_measured": self.tp["tp_measured"], "tp_note": self.tp["line"],
            "trace": {"name": first.trace.name, "requests": len(first.trace), "notes": list(first.trace.notes)},
            "rps": self.rps,
            "saturating_rps": self.saturation.rps if self.saturation else self.saturating_rps,
            "calibration_rps": self.saturating_rps,
            "saturation": self.saturation.as_dict() if self.saturation else None,
            "engine": {"prefill_chunk_tokens": first.config.prefill_chunk_tokens,
                       "clock_switch_latency_s": first.config.clock_switch_latency_s},
            "slo": {"tbt_target_ms": first.slo.tbt_target_ms, "e2e_deadline_s": first.slo.e2e_deadline_s,
                    "notes": list(first.slo.notes)},
            "policies": [dict(r.metrics.as_dict(), wall_s=r.wall_s) for r in self.results],
        }

    def save(self, out_dir: str | os.PathLike) -> list[str]:
        """Writes ``results.json`` (atomically) and the plots into ``out_dir``; returns the plots' paths."""
        from throttllem.sim.report import write_plots

        os.makedirs(out_dir, exist_ok=True)
        target = os.path.join(out_dir, "results.json")
        with atomic_open(target) as handle:
            json.dump(self.document(), handle, indent=2)
        return write_plots(self.results, str(out_dir))


def _check_synthetic(rps: float | None, duration_s: float) -> None:
    """Refuses synthetic traffic beyond the generator's request limit (``rps`` None: the fitted rate)."""
    from throttllem.traces import CONV_2023
    from throttllem.traces.synthetic import MAX_REQUESTS

    rate = CONV_2023.rate_rps if rps is None else rps
    if rate * duration_s > MAX_REQUESTS:
        raise InvalidArgumentError(f"{rate * duration_s:.3g} synthetic requests ({rate:g} req/s over {duration_s:g} s) "
                                   f"exceed the limit of {MAX_REQUESTS:,}")


def _check_replay_span(trace: Trace, rps: float) -> None:
    """Refuses a trace that ``rps`` would stretch beyond ``MAX_SPAN_S`` (or a rate a trace cannot have)."""
    span = trace.duration_s * trace.mean_rps / rps  # mean_rps refuses a trace without a rate
    if span > MAX_SPAN_S:
        raise InvalidArgumentError(f"rps {rps:g} stretches {trace.name} ({trace.mean_rps:.4g} req/s) to {span:.3g} s, "
                                   f"more than a week ({MAX_SPAN_S:g} s); raise the rate")


def _check_context(trace: Trace, engine: EngineConfig) -> Trace:
    """Refuses a prompt beyond ``MAX_PROMPT_CONTEXTS`` contexts; notes the prompts the engine will cut.

    Prompts longer than the model's context are cut from the front (as a chat front end trims
    history; the public conv trace has prompts of 14k tokens for 8k-context models), and the
    report says how many. A prompt of many contexts is no such history: it is refused."""
    context = engine.model.max_context_tokens
    longest = int(trace.prompt_tokens.max())
    if longest > MAX_PROMPT_CONTEXTS * context:
        raise InvalidArgumentError(f"{trace.name}: a prompt of {longest} tokens is beyond {MAX_PROMPT_CONTEXTS}x the "
                                   f"model's {context}-token context")
    cut = int(np.count_nonzero(trace.prompt_tokens + trace.output_tokens > context))
    if not cut:
        return trace
    return dataclasses.replace(trace, notes=trace.notes + (
        f"{cut} prompt(s) cut from the front to fit the model's {context}-token context with their output "
        f"(longest prompt {longest} tokens)",))


def prepare_out_dir(out_dir: str | os.PathLike) -> None:
    """Creates ``out_dir`` and test-writes a file in it, so an unwritable one fails before a run.

    Raises the OSError (naming the path), which the CLI reports in one line like any file error."""
    probe = os.path.join(out_dir, f".write-test.{os.getpid()}.tmp")
    os.makedirs(out_dir, exist_ok=True)
    with open(probe, "w") as handle:
        handle.write("ok")
    os.unlink(probe)


def tp_provenance(gpu: GpuPredictor) -> dict:
    """Whether the instance's TP degree is measured or modelled, for the report and results.json."""
    tp = gpu.gpus
    calibration = getattr(gpu.perf, "calibration", None)
    if gpu.tp_measured:
        what = (f"TP {tp}: MEASURED: time and power at max clock measured on {tp} GPU{'s' if tp > 1 else ''}, "
                f"profile {calibration.source}; other clocks modelled")
    elif calibration is not None:
        what = (f"TP {tp}: MODELLED: perfmodel TP scaling of the TP-{calibration.tp_degree} profile "
                f"{calibration.source}, not a profile measured at TP {tp}")
    else:
        what = f"TP {tp}: MODELLED: analytic perfmodel, no profile"
    return {"tp_degree": tp, "tp_measured": bool(gpu.tp_measured), "line": what}


def simulate(config: SimulationConfig = SimulationConfig(),
             progress: Callable[[str, float], Callable[[float], None]] | None = None) -> Simulation:
    """Replays the traffic of ``config`` under each policy on the same engine and SLOs.

    The saturating rate is found on the trace's request mix; unless ``config.e2e_deadline_s``
    is given, the E2E deadline comes from :func:`calibrate` (max clock at that rate; when the
    replay itself runs at that rate, that run is also max_clock's result). ``progress(label,
    total_s)`` returns a callback that receives simulated seconds as they pass.
    """
    from throttllem.sim.policies import names
    from throttllem.traces import CONV_2023, load_csv, resolve

    engine = config.engine
    policies = [make(p) if isinstance(p, str) else p for p in (config.policies or names())]
    gpu = gpu_for(engine)  # builds (and caches) the GPU model: a bad profile fails here
    tp = tp_provenance(gpu)
    for policy in policies:
        policy.check(gpu)  # e.g. a static clock the GPU does not support
    trace = load_csv(resolve(config.trace)) if config.trace else generate(CONV_2023, config.duration_s,
                                                                          seed=config.seed)
    trace = _check_context(trace, engine)
    if config.trace and not isinstance(config.rps, str):
        _check_replay_span(trace, float(config.rps))

    def at_rate(rps: float) -> Trace:
        # A file is rescaled; synthetic traffic is generated anew at the rate, same model and duration.
        if config.trace:
            return trace.scaled_to_rps(rps)
        return _check_context(generate(CONV_2023, config.duration_s, seed=config.seed, rps=rps), engine)

    # The calibration rate (p99 queueing <= 1 s) is needed for the default deadline only: a trace too
    # short (or too regular) to find it still replays with an explicit deadline.
    needs_calibration = config.e2e_deadline_s is None
    if needs_calibration and len(trace) < CALIBRATION_REQUESTS:
        _check_fittable(trace)
    saturating = saturating_rps(trace, engine) if needs_calibration else None
    sat_rps = saturating[0] if saturating else None

    calibration = None
    if config.e2e_deadline_s is not None:
        slo = SloConfig(config.slo_tbt_ms, config.e2e_deadline_s, ("E2E deadline given on the command line",))
    else:
        calibration = calibrate(trace, engine, saturating=saturating, at_rate=at_rate,
                                progress=progress("calibration", at_rate(sat_rps).duration_s) if progress else None)
        slo = SloConfig(config.slo_tbt_ms, calibration.e2e_deadline_s, (
            f"E2E deadline = p99 E2E at max clock under saturating load by the queueing criterion "
            f"({sat_rps:.2f} req/s, p99 queueing <= {QUEUE_P99_LIMIT_S:g} s): modelled",))
    saturation = saturating_rate(trace, engine, slo, at_rate=at_rate, run=run) if config.rps == "max" else None
    rps = saturation.rps if saturation else None if config.rps == "native" else float(config.rps)
    if config.rps == "max":
        if config.trace:
            _check_replay_span(trace, rps)
        else:
            _check_synthetic(rps, config.duration_s)
    replay = trace if rps is None else at_rate(rps)
    track = (lambda label: progress(label, replay.duration_s)) if progress else (lambda label: None)
    # max_clock ignores deadlines: the calibration run is its run when the replay is that run's traffic.
    at_calibration = calibration is not None and rps is not None and abs(rps - sat_rps) <= 1e-9 * sat_rps
    reference = calibration.reference if at_calibration else None

    results = []
    for policy in policies:
        if policy.name == "max_clock" and reference is not None:
            # max_clock ignores deadlines: the calibration run is its run.
            reference.rejudge(slo)
            results.append(reference)
            continue
        results.append(run(replay, policy, engine, slo, track(policy.label())))
    return Simulation(results, rps, sat_rps, tp, replay, saturation)
