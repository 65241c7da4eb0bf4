"""Synthetic traffic: the embedded parameters are the fit of the public conv trace; generation
is seeded and reproduces the fitted statistics."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.traces import CONV_2023, fit, generate, load_csv
from throttllem.traces.synthetic import SyntheticParams, spearman

from public_data import require



def test_embedded_defaults_are_the_fit_of_the_conv_trace():
    fitted = fit(load_csv(require("azure-conv")), source=CONV_2023.source)
    assert dataclasses.asdict(fitted) == dataclasses.asdict(CONV_2023)


def test_same_seed_same_trace_other_seed_other_trace():
    a, b = generate(CONV_2023, 120.0, seed=5), generate(CONV_2023, 120.0, seed=5)
    c = generate(CONV_2023, 120.0, seed=6)
    assert np.array_equal(a.arrival_s, b.arrival_s) and np.array_equal(a.output_tokens, b.output_tokens)
    assert not (len(a) == len(c) and np.array_equal(a.output_tokens, c.output_tokens))


def test_generated_traffic_matches_the_fitted_statistics():
    trace = generate(CONV_2023, 7200.0, seed=1)
    gaps = np.diff(trace.arrival_s)
    assert trace.mean_rps == pytest.approx(CONV_2023.rate_rps, rel=0.03)
    assert gaps.std() / gaps.mean() == pytest.approx(CONV_2023.interarrival_cv, rel=0.05)
    assert np.median(trace.output_tokens) == pytest.approx(CONV_2023.output_quantiles[8], rel=0.05)
    assert np.median(trace.prompt_tokens) == pytest.approx(CONV_2023.prompt_quantiles[8], rel=0.05)
    assert spearman(trace.prompt_tokens, trace.output_tokens) == pytest.approx(
        CONV_2023.length_rank_correlation, abs=0.03)
    assert trace.output_tokens.min() >= CONV_2023.output_quantiles[0]
    assert trace.output_tokens.max() <= CONV_2023.output_quantiles[-1]


def test_rate_override_and_fit_of_a_generated_trace():
    trace = generate(CONV_2023, 600.0, seed=2, rps=20.0)
    assert trace.mean_rps == pytest.approx(20.0, rel=0.05)
    refit = fit(trace)
    assert refit.interarrival_cv == pytest.approx(CONV_2023.interarrival_cv, rel=0.1)


def test_invalid_parameters_are_rejected():
    with pytest.raises(InvalidArgumentError):
        dataclasses.replace(CONV_2023, rate_rps=0.0)
    with pytest.raises(InvalidArgumentError):
        dataclasses.replace(CONV_2023, output_quantiles=(5, 4) + CONV_2023.output_quantiles[2:])
    with pytest.raises(InvalidArgumentError):
        SyntheticParams(1.0, 1.0, (1, 2), (1, 2), 0.0)
    with pytest.raises(InvalidArgumentError):
        generate(CONV_2023, -1.0)


def test_spearman_handles_ties():
    assert spearman(np.array([1, 2, 2, 3]), np.array([1, 2, 2, 3])) == pytest.approx(1.0)
    assert spearman(np.array([1, 2, 3]), np.array([3, 2, 1])) == pytest.approx(-1.0)
