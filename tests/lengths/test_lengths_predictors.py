"""Live output-length predictors: quantiles on synthetic data, the prior, bounded memory, the
causality rule, user predictors, the registry and spec parsing."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem import lengths
from throttllem.errors import InvalidArgumentError
from throttllem.lengths import Conservative, OnlineQuantile, SlidingQuantile, UserPredictor


def test_sliding_quantile_matches_numpy_over_its_window():
    rng = np.random.default_rng(0)
    values = rng.integers(1, 2000, 5000)
    window = SlidingQuantile(300)
    for i, v in enumerate(values):
        window.add(int(v))
        if i % 97 == 0 or i == len(values) - 1:
            recent = values[max(0, i + 1 - 300):i + 1]
            assert len(window) == len(recent)
            for q in (0.01, 0.5, 0.9, 1.0):
                assert window.quantile(q) == int(np.percentile(recent, 100 * q, method="inverted_cdf"))


def test_conditional_quantiles_by_prompt_bucket():
    """Short prompts (bucket 64-127) give outputs ~ U[10, 110], long ones (1024-2047) ~ U[500, 1500]:
    each bucket predicts its own quantile, not the mixture's."""
    rng = np.random.default_rng(1)
    predictor = OnlineQuantile(quantile=0.9, window=4000, min_samples=20)
    short = rng.integers(10, 111, 3000)
    long = rng.integers(500, 1501, 3000)
    t = 0.0
    for s, l_ in zip(short, long):
        predictor.observe(int(rng.integers(64, 128)), int(s), t)
        predictor.observe(int(rng.integers(1024, 2048)), int(l_), t + 0.5)
        t += 1.0
    assert predictor.predict(100, 4096, t) == pytest.approx(100, abs=4)     # 0.9 of U[10, 110]
    assert predictor.predict(1500, 4096, t) == pytest.approx(1400, abs=40)  # 0.9 of U[500, 1500]
    assert predictor.source(100) == "bucket"
    # An unseen bucket falls back to the overall window (the mixture's 0.9 quantile).
    assert predictor.source(10) == "overall"
    assert predictor.predict(10, 4096, t) == int(np.percentile(np.r_[short[-2000:], long[-2000:]], 90,
                                                               method="inverted_cdf"))
    # A higher quantile predicts longer; the result is capped at max_tokens.
    median = OnlineQuantile(quantile=0.5, window=4000, min_samples=20)
    for i, s in enumerate(short):
        median.observe(100, int(s), float(i))
    assert median.predict(100, 4096, 1e9) == pytest.approx(60, abs=4)
    assert predictor.predict(1500, 1000, t) == 1000


def test_prior_before_enough_data_and_bounded_memory():
    predictor = OnlineQuantile(min_samples=5, window=50)
    assert predictor.predict(100, 512, 0.0) == 512          # conservative: max_tokens
    assert OnlineQuantile(prior_tokens=200).predict(100, 512, 0.0) == 200
    for i in range(4):
        predictor.observe(100, 10, float(i))
    assert predictor.source(100) == "prior" and predictor.predict(100, 512, 4.0) == 512
    predictor.observe(100, 10, 4.0)
    assert predictor.predict(100, 512, 4.0) == 10
    for i in range(10_000):                                 # memory stays at the window
        predictor.observe(100 + i % 3000, 20, 5.0 + i)
    assert len(predictor._all) == 50 and all(len(w) <= 50 for w in predictor._buckets.values())
    assert predictor.predict(100, 512, 1e6) == 20           # old values forgotten
    assert predictor.observed == 10_005


def test_causality_out_of_order_raises_or_is_dropped():
    strict = OnlineQuantile(min_samples=1)
    strict.observe(10, 50, 5.0)
    with pytest.raises(InvalidArgumentError, match="out of order"):
        strict.observe(10, 60, 4.0)
    with pytest.raises(InvalidArgumentError, match="future information"):
        strict.predict(10, 100, 4.9)
    assert strict.predict(10, 100, 5.0) == 50               # the same instant is not the future
    lenient = OnlineQuantile(min_samples=1, strict=False)
    lenient.observe(10, 50, 5.0)
    lenient.observe(10, 999, 4.0)                           # dropped, counted
    assert lenient.dropped == 1 and lenient.observed == 1
    assert lenient.predict(10, 2000, 1.0) == 50


@pytest.mark.parametrize("call,message", [
    (lambda p: p.predict(-1, 10, 0.0), "prompt_tokens must be an integer >= 0"),
    (lambda p: p.predict(5, 0, 0.0), "max_tokens must be an integer >= 1"),
    (lambda p: p.predict(5.5, 10, 0.0), "prompt_tokens must be an integer"),
    (lambda p: p.observe(5, 0, 0.0), "output_tokens must be an integer >= 1"),
    (lambda p: p.observe(5, 3, float("nan")), "finish_s must be a time"),
    (lambda p: p.predict(True, 10, 0.0), "prompt_tokens"),
])
def test_bad_inputs_are_typed_errors(call, message):
    with pytest.raises(InvalidArgumentError, match=message):
        call(OnlineQuantile())


def test_conservative_and_user_predictors():
    assert Conservative().predict(100, 777, 0.0) == 777
    seen = []
    user = UserPredictor(lambda prompt, max_tokens: prompt // 2, observe=lambda p, o: seen.append((p, o)))
    assert user.predict(300, 100, 0.0) == 100 and user.predict(40, 100, 0.0) == 20  # clipped to max_tokens
    assert user.predict(1, 100, 0.0) == 1                                            # at least one token
    user.observe(40, 33, 1.0)
    assert seen == [(40, 33)]
    with pytest.raises(InvalidArgumentError, match="not a token count"):
        UserPredictor(lambda p, m: "many").predict(1, 10, 0.0)
    with pytest.raises(InvalidArgumentError, match="needs a Python callable"):
        UserPredictor()


def test_registry_and_specs():
    assert lengths.names() == ("conservative", "online", "user")
    assert isinstance(lengths.make("online"), OnlineQuantile)
    p = lengths.from_spec("online:quantile=0.75,window=500,min_samples=10,prior_tokens=64,strict=false")
    assert (p.quantile, p.window, p.min_samples, p.prior_tokens, p.strict) == (0.75, 500, 10, 64, False)
    assert lengths.from_spec("online:prior_tokens=none").prior_tokens is None
    assert lengths.make("user", predict=lambda p, m: 5).predict(1, 10, 0.0) == 5
    with pytest.raises(InvalidArgumentError, match="unknown length predictor 'psychic'"):
        lengths.make("psychic")
    with pytest.raises(InvalidArgumentError, match=r"lengths online: quantile must be in \(0, 1\], got 1.5"):
        lengths.from_spec("online:quantile=1.5")
    with pytest.raises(InvalidArgumentError, match="lengths online: window must be an integer, got 'big'"):
        lengths.from_spec("online:window=big")
    with pytest.raises(InvalidArgumentError, match=r"min_samples must be an integer in 1..window"):
        lengths.from_spec("online:window=10,min_samples=20")
    with pytest.raises(InvalidArgumentError, match="needs a Python callable"):
        lengths.from_spec("user:predict=len")
