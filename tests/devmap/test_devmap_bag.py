"""gbdt-source-bag (throttllem.devmap.models.gbdt_bag): copies of gbdt-source, P(GPU) averaged."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.models import create
from throttllem.devmap.models.gbdt_bag import SEED_STRIDE
from throttllem.errors import InvalidArgumentError


def test_bag_is_the_mean_of_its_seeded_copies(amd_sample):
    rows = np.arange(len(amd_sample))
    train, test = rows[::2], rows[1::2]
    bag = create("gbdt-source-bag", copies=3, n_estimators=30).fit(amd_sample, train, seed=7)
    singles = [create("gbdt-source", n_estimators=30, learning_rate=0.02).fit(amd_sample, train, seed=7 + SEED_STRIDE * k)
               for k in range(3)]
    expected = np.mean([m.predict_proba(amd_sample, test) for m in singles], axis=0)
    got = bag.predict_proba(amd_sample, test)
    assert np.array_equal(got, expected)
    assert np.array_equal(bag.predict(amd_sample, test), (expected > 0.5).astype(np.int64))
    # the copies differ (their own seeds), so the bag is not one model repeated
    assert not np.array_equal(singles[0].predict_proba(amd_sample, test), singles[1].predict_proba(amd_sample, test))


def test_bag_checks_its_options_and_state(amd_sample):
    with pytest.raises(InvalidArgumentError, match="copies >= 1"):
        create("gbdt-source-bag", copies=0)
    with pytest.raises(InvalidArgumentError, match="fit the model first"):
        create("gbdt-source-bag").predict_proba(amd_sample, np.arange(3))
    one_label = np.flatnonzero(amd_sample.label == 1)
    with pytest.raises(InvalidArgumentError, match="one label only"):
        create("gbdt-source-bag", copies=2).fit(amd_sample, one_label, seed=0)
