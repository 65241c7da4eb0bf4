"""The tuning harness (throttllem.devmap.evaluation.tuning): tuning seeds only, candidates as logged."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.evaluation import tuning
from throttllem.devmap.evaluation.protocols import folds
from throttllem.errors import InvalidArgumentError


def test_refuses_the_reported_seed_and_unknown_candidates(amd_sample):
    with pytest.raises(InvalidArgumentError, match="204 is the reported one"):
        tuning.tune(["G"], {"amd": amd_sample}, "random", [0, 204])
    with pytest.raises(InvalidArgumentError, match="unknown candidate"):
        tuning.tune(["nope"], {"amd": amd_sample}, "random", [0])


def test_accuracy_averages_members_probabilities(amd_sample):
    class Const:  # a classifier that always says p
        def __init__(self, p):
            self.p = p

        def fit(self, x, y):
            return self

        def predict_proba(self, x):
            return np.column_stack([1 - np.full(len(x), self.p), np.full(len(x), self.p)])

    rows = tuning._devmap_columns
    gpu_share = 100.0 * np.mean(amd_sample.label == 1)
    # 0.9 and 0.3 average to 0.6 > 0.5: GPU everywhere; with weights 1 and 3 to 0.45: CPU
    even = tuning.Candidate("t", "", (tuning.Member(rows, lambda s: Const(0.9)), tuning.Member(rows, lambda s: Const(0.3))))
    skew = tuning.Candidate("t", "", (tuning.Member(rows, lambda s: Const(0.9)),
                                      tuning.Member(rows, lambda s: Const(0.3), weight=3.0)))
    assert tuning.accuracy(even, amd_sample, "random", 0) == pytest.approx(gpu_share)
    assert tuning.accuracy(skew, amd_sample, "random", 0) == pytest.approx(100.0 - gpu_share)


def test_a_real_candidate_scores_every_row_once(amd_sample):
    got = list(tuning.tune(["G"], {"amd": amd_sample}, "random", [0, 1]))
    (name, scores), = got
    mean, sd, each = scores["amd"]
    assert name == "G" and 0.0 <= mean <= 100.0 and sd >= 0.0
    # the mean is the two seeds' accuracies, each over all rows of the table
    assert each == [tuning.accuracy(tuning.candidates()["G"], amd_sample, "random", s) for s in (0, 1)]
    assert mean == pytest.approx(np.mean(each))
    assert sum(len(test) for _, test in folds(amd_sample, "random", seed=0)) == len(amd_sample)
