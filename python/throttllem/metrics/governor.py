"""GovernorMetrics: the governor's decisions as Prometheus metrics (base units: hertz, seconds, joules)."""

from __future__ import annotations

import math
from typing import Any

from throttllem.errors import InvalidArgumentError, ThrottllemError


class MetricsUnavailableError(ThrottllemError, ImportError):
    """prometheus-client is not installed (``pip install throttllem[metrics]``)."""


#: Every metric family, as Prometheus names it (counters without their ``_total`` suffix here
#: are exposed with it), and its type.
METRIC_NAMES = {
    "throttllem_sm_clock_target_hertz": "gauge",
    "throttllem_sm_clock_slo_hertz": "gauge",
    "throttllem_sm_clock_applied_hertz": "gauge",
    "throttllem_clock_changes_total": "counter",
    "throttllem_decisions_total": "counter",
    "throttllem_decision_duration_seconds": "histogram",
    "throttllem_predicted_iterations_per_second": "gauge",
    "throttllem_predicted_tbt_seconds": "gauge",
    "throttllem_tbt_slack_seconds": "gauge",
    "throttllem_e2e_slack_seconds": "gauge",
    "throttllem_slo_violations_total": "counter",
    "throttllem_energy_joules_total": "counter",
    "throttllem_admissions_held_total": "counter",
    "throttllem_queued_held_requests": "gauge",
}
#: Decision durations: the compiled governor decides in microseconds; the top buckets catch stalls.
DURATION_BUCKETS = (1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 5e-3, 1e-2, 0.1)
REASONS = ("idle", "floor_bound", "slo_bound", "late_request", "hold_hysteresis", "hold_dwell", "hold_switch_cost")
VIOLATION_KINDS = ("tbt", "e2e")
MHZ = 1e6


def _prometheus():
    try:
        import prometheus_client
    except ImportError:
        raise MetricsUnavailableError("Prometheus metrics need prometheus-client: "
                                      "pip install 'throttllem[metrics]'") from None
    return prometheus_client


class GovernorMetrics:
    """Records governor decisions into Prometheus metrics.

    Call :meth:`observe` after each decision (or pass the object as ``GovernorAdapter``'s
    ``observer``: it is callable as ``metrics(decision, duration_s)``), :meth:`observe_applied`
    with the clock sent to the GPU, :meth:`observe_request` when a request finishes (SLO
    violations) and :meth:`observe_energy` with the GPU's energy counter.

    Args:
        registry: a ``prometheus_client.CollectorRegistry``; None = prometheus_client's default
            ``REGISTRY`` (served by vLLM's ``/metrics``). One GovernorMetrics per registry.
        board: the engine's Scoreboard; when given, each decision also counts the queued
            requests it held back (queued, not admitted).
        tbt_target_s / e2e_deadline_s: the SLOs :meth:`observe_request` checks (None: that
            kind is not checked).
    """

    def __init__(self, registry: Any = None, *, board: Any = None, tbt_target_s: float | None = None,
                 e2e_deadline_s: float | None = None) -> None:
        prom = _prometheus()
        for name, value in (("tbt_target_s", tbt_target_s), ("e2e_deadline_s", e2e_deadline_s)):
            if value is not None and not value > 0:
                raise InvalidArgumentError(f"{name} must be > 0 or None, got {value!r}")
        self.registry = prom.REGISTRY if registry is None else registry
        self.board = board
        self.tbt_target_s = tbt_target_s
        self.e2e_deadline_s = e2e_deadline_s
        reg = {"registry": self.registry}
        self.clock_target = prom.Gauge("throttllem_sm_clock_target_hertz",
                                       "SM clock the governor decided for decode iterations (after hysteresis)", **reg)
        self.clock_slo = prom.Gauge("throttllem_sm_clock_slo_hertz",
                                    "Lowest SM clock meeting every SLO (before hysteresis)", **reg)
        self.clock_applied = prom.Gauge("throttllem_sm_clock_applied_hertz",
                                        "SM clock last sent to the GPU (prefill iterations included)", **reg)
        self.clock_changes = prom.Counter("throttllem_clock_changes",
                                          "Changes of the applied SM clock", **reg)
        self.decisions = prom.Counter("throttllem_decisions", "Governor decisions by reason", ["reason"], **reg)
        self.duration = prom.Histogram("throttllem_decision_duration_seconds",
                                       "Time taken by one governor decision", buckets=DURATION_BUCKETS, **reg)
        self.ips = prom.Gauge("throttllem_predicted_iterations_per_second",
                              "Predicted engine iterations per second at the decided clock (1 / the slowest "
                              "request's predicted mean TBT; NaN when idle)", **reg)
        self.tbt = prom.Gauge("throttllem_predicted_tbt_seconds",
                              "Slowest request's predicted mean time between tokens at the decided clock", **reg)
        self.tbt_slack = prom.Gauge("throttllem_tbt_slack_seconds",
                                    "TBT target minus the slowest request's predicted mean TBT", **reg)
        self.e2e_slack = prom.Gauge("throttllem_e2e_slack_seconds",
                                    "Smallest predicted margin to a request's E2E deadline (+Inf: none)", **reg)
        self.violations = prom.Counter("throttllem_slo_violations", "Finished requests that missed an SLO, by kind",
                                       ["kind"], **reg)
        self.energy = prom.Counter("throttllem_energy_joules", "GPU energy used", **reg)
        self.held = prom.Counter("throttllem_admissions_held",
                                 "Queued requests a decision held back (not admitted), summed over decisions", **reg)
        self.held_now = prom.Gauge("throttllem_queued_held_requests",
                                   "Queued requests the last decision held back", **reg)
        for reason in REASONS:  # every series exists from the start (at 0)
            self.decisions.labels(reason)
        for kind in VIOLATION_KINDS:
            self.violations.labels(kind)
        self._applied: int | None = None
        self._energy_j: float | None = None
        self._server = None

    # ---- recording ---------------------------------------------------------------------------
    def observe(self, decision: Any, duration_s: float, *, queued: int | None = None) -> None:
        """One governor decision (a ``throttllem.Decision``) that took ``duration_s``. ``queued``:
        requests queued when it was made (default: the board's, if one was given)."""
        self.clock_target.set(decision.clock_mhz * MHZ)
        self.clock_slo.set(decision.slo_clock_mhz * MHZ)
        self.decisions.labels(decision.reason).inc()
        self.duration.observe(duration_s)
        tbt_ms = decision.predicted_tbt_ms
        self.tbt.set(tbt_ms / 1e3)
        self.ips.set(1e3 / tbt_ms if tbt_ms > 0 else math.nan)
        self.tbt_slack.set(decision.tbt_slack_ms / 1e3)
        self.e2e_slack.set(decision.e2e_slack_ms / 1e3)
        if queued is None and self.board is not None:
            queued = self.board.queued_count
        if queued is not None:
            held = max(int(queued) - len(decision.admitted), 0)
            self.held.inc(held)
            self.held_now.set(held)

    __call__ = observe

    def observe_applied(self, clock_mhz: int) -> None:
        """The SM clock sent to the GPU for the next iteration (``GovernorAdapter.apply``'s result)."""
        if clock_mhz != self._applied:
            if self._applied is not None:
                self.clock_changes.inc()
            self._applied = int(clock_mhz)
            self.clock_applied.set(clock_mhz * MHZ)

    def observe_request(self, *, e2e_s: float | None = None, mean_tbt_s: float | None = None) -> None:
        """A finished request's end-to-end latency and mean time between tokens: counts the SLOs
        it missed (a kind whose target is None, or whose value is None/NaN, is not checked)."""
        if self.tbt_target_s is not None and mean_tbt_s is not None and mean_tbt_s > self.tbt_target_s:
            self.violations.labels("tbt").inc()
        if self.e2e_deadline_s is not None and e2e_s is not None and e2e_s > self.e2e_deadline_s:
            self.violations.labels("e2e").inc()

    def observe_violation(self, kind: str, count: int = 1) -> None:
        """SLO violations counted by the caller (``kind``: "tbt", "e2e" or another SLO of yours)."""
        if not kind or not isinstance(kind, str):
            raise InvalidArgumentError(f"violation kind must be a non-empty string, got {kind!r}")
        if count < 0:
            raise InvalidArgumentError(f"count must be >= 0, got {count!r}")
        self.violations.labels(kind).inc(count)

    def add_energy(self, joules: float) -> None:
        """Energy used since the last report (J, >= 0)."""
        if not joules >= 0:
            raise InvalidArgumentError(f"energy must be >= 0 J, got {joules!r}")
        self.energy.inc(joules)

    def observe_energy(self, total_j: float) -> None:
        """A reading of a cumulative energy counter (NVML's total energy, in J): the increase
        since the previous reading is added. The first reading, and a counter that went
        backwards (a reset), only set the baseline."""
        if not total_j >= 0:
            raise InvalidArgumentError(f"energy reading must be >= 0 J, got {total_j!r}")
        if self._energy_j is not None and total_j >= self._energy_j:
            self.energy.inc(total_j - self._energy_j)
        self._energy_j = float(total_j)

    # ---- exporting ---------------------------------------------------------------------------
    def serve(self, port: int, addr: str = "127.0.0.1") -> int:
        """Starts a standalone exporter of this registry on ``addr:port`` (a thread; ``port`` 0
        picks a free one) and returns the port. Default address: loopback only; "0.0.0.0" for
        every interface."""
        if isinstance(port, bool) or int(port) != port or not 0 <= port <= 65535:
            raise InvalidArgumentError(f"port must be in 0..65535, got {port!r}")
        if self._server is not None:
            raise InvalidArgumentError("the exporter is already running")
        try:
            server, _thread = _prometheus().start_http_server(int(port), addr=addr, registry=self.registry)
        except OSError as exc:
            raise ThrottllemError(f"cannot serve metrics on {addr}:{port}: {exc.strerror or exc}") from None
        self._server = server
        return int(server.server_address[1])

    def close(self) -> None:
        """Stops the exporter started by :meth:`serve` (if any)."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
