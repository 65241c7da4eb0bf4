"""Prometheus metrics of the governor: names, types, units and values, scraped over loopback
from the standalone exporter; the adapter's observer hook; the missing-dependency error."""

from __future__ import annotations

import math
import sys
import urllib.request

import pytest

prometheus_client = pytest.importorskip("prometheus_client", reason="the [metrics] extra")

import throttllem  # noqa: E402
from throttllem.engine import GovernorAdapter, RequestMirror  # noqa: E402
from throttllem.errors import InvalidArgumentError  # noqa: E402
from throttllem.metrics import METRIC_NAMES, GovernorMetrics, MetricsUnavailableError  # noqa: E402
from prometheus_client.parser import text_string_to_metric_families  # noqa: E402

CLOCKS = list(range(345, 1981, 15))


class Clocks:
    """An actuator stand-in that remembers what it was sent."""

    def __init__(self):
        self.posted = []

    def post(self, clock_mhz):
        self.posted.append(clock_mhz)


@pytest.fixture
def metrics():
    m = GovernorMetrics(prometheus_client.CollectorRegistry(), tbt_target_s=0.2, e2e_deadline_s=20.0)
    yield m
    m.close()


def _scrape(port: int) -> tuple[dict, dict]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    families = {f.name: f for f in text_string_to_metric_families(text)}
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families.values() for s in f.samples}
    return families, samples


def test_scrape_over_loopback_after_real_decisions(metrics):
    board = throttllem.Scoreboard(kv_capacity_blocks=4096, max_batch_size=2)
    governor = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=CLOCKS, tbt_target_ms=200.0,
                                   max_batch_size=2)
    metrics.board = board
    clocks = Clocks()
    adapter = GovernorAdapter(governor, RequestMirror(board), clocks_mhz=CLOCKS, actuator=clocks, observer=metrics)
    mirror = adapter.mirror
    plan = adapter.decide(0.0)                                   # idle
    metrics.observe_applied(adapter.apply(plan, prefill=False))
    for i in range(3):                                           # three queued; the batch holds two
        mirror.arrive(f"r{i}", arrival_s=0.0, prompt_tokens=200, max_tokens=256, predicted_output_tokens=64,
                      deadline_s=20.0)
    plan = adapter.decide(0.1)
    assert plan.admit == ["r0", "r1"]
    mirror.admit(plan.admit)
    metrics.observe_applied(adapter.apply(plan, prefill=True))  # prefill at max clock
    mirror.prefill_done(plan.admit)
    mirror.step()
    plan = adapter.decide(0.2)
    metrics.observe_applied(adapter.apply(plan, prefill=False))
    decision = adapter.last_decision
    metrics.observe_request(e2e_s=25.0, mean_tbt_s=0.05)        # late
    metrics.observe_request(e2e_s=5.0, mean_tbt_s=0.3)          # too slow per token
    metrics.observe_request(e2e_s=5.0, mean_tbt_s=math.nan)     # one-token output: TBT not checked
    metrics.observe_violation("ttft", 2)
    metrics.observe_energy(1000.0)                              # baseline
    metrics.observe_energy(1250.5)
    metrics.add_energy(10.0)

    port = metrics.serve(0)
    families, samples = _scrape(port)
    expected_types = {name.removesuffix("_total") if kind == "counter" else name: kind
                      for name, kind in METRIC_NAMES.items()}
    for name, kind in expected_types.items():
        assert families[name].type == kind, name
    value = lambda name, **labels: samples[(name, tuple(sorted(labels.items())))]  # noqa: E731
    assert value("throttllem_sm_clock_target_hertz") == decision.clock_mhz * 1e6
    assert value("throttllem_sm_clock_slo_hertz") == decision.slo_clock_mhz * 1e6
    assert value("throttllem_sm_clock_applied_hertz") == clocks.posted[-1] * 1e6
    assert value("throttllem_clock_changes_total") == len(clocks.posted) - 1 == 2  # 345 -> 1980 -> decode
    assert value("throttllem_decision_duration_seconds_count") == 3 == adapter.decisions
    assert 0 < value("throttllem_decision_duration_seconds_sum") < 1.0
    assert value("throttllem_decision_duration_seconds_bucket", le="+Inf") == 3
    assert value("throttllem_decisions_total", reason="idle") == 1
    # Two searched decisions: floor_bound when the lowest clock already meets the SLOs, else slo_bound.
    assert value("throttllem_decisions_total", reason="slo_bound") + value(
        "throttllem_decisions_total", reason="floor_bound") == 2
    assert value("throttllem_predicted_tbt_seconds") == pytest.approx(decision.predicted_tbt_ms / 1e3)
    assert value("throttllem_predicted_iterations_per_second") == pytest.approx(1e3 / decision.predicted_tbt_ms)
    assert value("throttllem_tbt_slack_seconds") == pytest.approx(decision.tbt_slack_ms / 1e3)
    assert 0 < value("throttllem_e2e_slack_seconds") == pytest.approx(decision.e2e_slack_ms / 1e3)
    assert value("throttllem_slo_violations_total", kind="e2e") == 1
    assert value("throttllem_slo_violations_total", kind="tbt") == 1
    assert value("throttllem_slo_violations_total", kind="ttft") == 2
    assert value("throttllem_energy_joules_total") == pytest.approx(260.5)
    # Decision 2 held r2 back (3 queued, 2 admitted); decision 3 held it again (batch full).
    assert value("throttllem_admissions_held_total") == 2
    assert value("throttllem_queued_held_requests") == 1
    # Base units in the names, and help text on every family.
    assert all(f.documentation for f in families.values() if f.name.startswith("throttllem_"))


def test_idle_decision_has_no_predicted_rate_and_infinite_slack(metrics):
    registry = metrics.registry
    board = throttllem.Scoreboard(kv_capacity_blocks=64)
    governor = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=CLOCKS, tbt_target_ms=200.0,
                                   max_batch_size=256)
    metrics.observe(governor.decide(board, 0.0), 2e-6, queued=0)
    assert math.isnan(registry.get_sample_value("throttllem_predicted_iterations_per_second"))
    assert registry.get_sample_value("throttllem_e2e_slack_seconds") == math.inf
    assert registry.get_sample_value("throttllem_decision_duration_seconds_bucket", {"le": "2.5e-06"}) == 1
    assert registry.get_sample_value("throttllem_decision_duration_seconds_bucket", {"le": "1e-06"}) == 0


def test_default_registry_is_prometheus_clients(monkeypatch):
    fresh = prometheus_client.CollectorRegistry()
    monkeypatch.setattr(prometheus_client, "REGISTRY", fresh)  # vLLM serves this one
    metrics = GovernorMetrics()
    assert metrics.registry is fresh
    assert fresh.get_sample_value("throttllem_clock_changes_total") == 0
    with pytest.raises(ValueError, match="Duplicated timeseries"):  # one GovernorMetrics per registry
        GovernorMetrics(fresh)


def test_bad_inputs_are_typed_errors(metrics):
    with pytest.raises(InvalidArgumentError, match="tbt_target_s must be > 0"):
        GovernorMetrics(prometheus_client.CollectorRegistry(), tbt_target_s=0)
    with pytest.raises(InvalidArgumentError, match="energy must be >= 0 J"):
        metrics.add_energy(-1.0)
    with pytest.raises(InvalidArgumentError, match="energy reading must be >= 0 J"):
        metrics.observe_energy(math.nan)
    with pytest.raises(InvalidArgumentError, match="violation kind"):
        metrics.observe_violation("")
    with pytest.raises(InvalidArgumentError, match="port must be in 0..65535"):
        metrics.serve(70000)
    metrics.observe_energy(50.0)
    metrics.observe_energy(10.0)                                 # counter reset: new baseline
    metrics.observe_energy(15.0)
    assert metrics.registry.get_sample_value("throttllem_energy_joules_total") == 5.0


def test_missing_prometheus_client_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "prometheus_client", None)  # import fails
    with pytest.raises(MetricsUnavailableError, match=r"pip install 'throttllem\[metrics\]'"):
        GovernorMetrics()
    with pytest.raises(ImportError):
        GovernorMetrics()
