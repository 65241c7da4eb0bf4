"""The simulator's governor with each length source, and the causality of the live (online)
predictor: a request is predicted at its arrival from requests finished by then only."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from throttllem import lengths
from throttllem.lengths import OnlineQuantile
from throttllem.sim import EngineConfig, SloConfig
from throttllem.sim.engine import Engine
from throttllem.sim.policies import make
from throttllem.sim.runner import gpu_for
from throttllem.traces import CONV_2023, Trace, generate

SLO = SloConfig(e2e_deadline_s=20.0)
CONFIG = EngineConfig()


@pytest.fixture(scope="module")
def trace():
    return generate(CONV_2023, 60.0, seed=3, rps=8.0)


def _engine(trace: Trace, spec: str, predictor: tuple | None = None) -> Engine:
    policy = make(spec)
    if predictor is not None:
        policy.length_predictor = predictor
    engine = Engine(trace, CONFIG, SLO, policy, gpu_for(CONFIG))
    engine.result = engine.run()
    return engine


@pytest.mark.parametrize("spec", ["governor", "governor:lengths=online,length_quantile=0.5",
                                  "governor:lengths=oracle", "governor:lengths=noisy,length_error=0.2",
                                  "governor:lengths=conservative"])
def test_governor_runs_with_each_length_source(trace, spec):
    engine = _engine(trace, spec)
    table, metrics = engine.table, engine.result.metrics
    assert table.finished.all() and np.array_equal(table.generated, trace.output_tokens)
    assert metrics.slo_both > 0.95
    predicted, true = engine.predicted, table.output_tokens
    assert np.all(predicted >= 1)
    if "noisy" not in spec:  # (noisy multiplies the true length, which may pass max_tokens)
        assert np.all(predicted <= table.max_new_tokens)
    if spec.endswith("oracle"):
        assert np.array_equal(predicted, true) and engine.lengths is None
    elif "noisy" in spec:
        assert np.all(np.abs(predicted - true) <= 0.2 * true + 1) and not np.array_equal(predicted, true)
    elif spec.endswith("conservative"):
        assert np.array_equal(predicted, table.max_new_tokens)
    else:
        assert isinstance(engine.lengths, OnlineQuantile)
        assert engine.lengths.observed == len(trace)  # every completion fed, in order
        # Before 50 requests finished the prior (max_tokens) answers; later the learned quantile.
        assert predicted[0] == table.max_new_tokens[0]
        assert np.median(predicted[len(trace) // 2:]) < np.median(table.max_new_tokens) / 2


class Recording(OnlineQuantile):
    """Logs what the engine tells it."""

    name = "recording"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.log: list[tuple] = []

    def predict(self, prompt_tokens, max_tokens, now_s):
        self.log.append(("predict", now_s, self.observed))
        return super().predict(prompt_tokens, max_tokens, now_s)

    def observe(self, prompt_tokens, output_tokens, finish_s):
        self.log.append(("observe", finish_s, output_tokens))
        super().observe(prompt_tokens, output_tokens, finish_s)


def test_each_prediction_learns_from_exactly_the_requests_finished_by_its_arrival(trace, monkeypatch):
    monkeypatch.setitem(lengths.PREDICTORS._items, "recording", Recording)
    engine = _engine(trace, "governor", ("recording", {"min_samples": 5}))
    table, log = engine.table, engine.lengths.log
    predictions = [entry for entry in log if entry[0] == "predict"]
    assert [p[1] for p in predictions] == list(table.arrival_s)  # asked at each arrival, in order
    finish = np.sort(table.finish_s)
    for (_, arrival_s, observed) in predictions:
        assert observed == np.count_nonzero(finish <= arrival_s)
    # Observations are the true lengths at the true finish times, in time order.
    observations = [entry for entry in log if entry[0] == "observe"]
    assert sorted(o[1] for o in observations) == [o[1] for o in observations] == list(finish)
    assert sorted(o[2] for o in observations) == sorted(table.output_tokens)


def test_a_later_requests_length_does_not_change_earlier_predictions(trace):
    """Perturbing request k's output length changes no prediction for a request arriving before
    k finishes, and does change later ones (so the check is not vacuous)."""
    predictor = ("online", {"quantile": 0.9, "min_samples": 5, "window": 20})
    before = _engine(trace, "governor", predictor)
    k = len(trace) // 4
    outputs = trace.output_tokens.copy()
    outputs[k] = before.table.max_new_tokens[k] - 1  # a very long answer
    after = _engine(dataclasses.replace(trace, output_tokens=outputs), "governor", predictor)
    known_from = min(before.table.finish_s[k], after.table.finish_s[k])
    earlier = trace.arrival_s < known_from
    assert earlier.sum() > k
    assert np.array_equal(before.predicted[earlier], after.predicted[earlier])
    assert not np.array_equal(before.predicted[~earlier], after.predicted[~earlier])
