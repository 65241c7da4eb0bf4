"""cost_weighted: tree models weight each training row by the time a wrong device would cost it."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapData
from throttllem.devmap.models import create

SRC = "__kernel void k(__global float* a) { a[get_global_id(0)] += 1.0f; }"


def _data(n: int = 40) -> DevMapData:
    rng = np.random.default_rng(0)
    label = np.arange(n) % 2
    cpu = rng.uniform(1, 2, n)
    gpu = np.where(label == 1, cpu / 2, cpu * 3)  # the faster device matches the label
    counts = {c: np.zeros(n, dtype=np.int64) + (1 if c in ("mem", "coalesced", "comp") else 0)
              for c in COUNT_COLUMNS}
    return DevMapData(platform="test", benchmark=tuple(f"b{i % 4}" for i in range(n)),
                      dataset=tuple("d" for _ in range(n)), counts=counts,
                      transfer_bytes=(np.arange(n) + 1) * 1024, wgsize=np.full(n, 64), label=label,
                      runtime_cpu=cpu, runtime_gpu=gpu, src=tuple(SRC for _ in range(n)))


@pytest.mark.parametrize("model", ["gbdt", "gbdt-source"])
def test_rows_are_weighted_by_the_time_a_wrong_device_costs(model, monkeypatch):
    data = _data()
    seen = {}
    fitted = create(model, cost_weighted=True)
    estimator = fitted.make_estimator(0)
    original = estimator.fit

    def fit(x, y, sample_weight=None):
        seen["w"] = sample_weight
        return original(x, y, sample_weight=sample_weight)

    monkeypatch.setattr(estimator, "fit", fit)
    monkeypatch.setattr(fitted, "make_estimator", lambda seed: estimator)
    rows = np.arange(30)
    fitted.fit(data, rows, seed=0)
    gap = np.abs(data.runtime_cpu - data.runtime_gpu)[rows]
    np.testing.assert_allclose(seen["w"], gap / gap.mean())


def test_unweighted_by_default(monkeypatch):
    fitted = create("gbdt-source")
    estimator = fitted.make_estimator(0)
    seen = {}
    original = estimator.fit
    monkeypatch.setattr(estimator, "fit", lambda x, y, sample_weight=None: (seen.setdefault("w", sample_weight),
                                                                             original(x, y))[1])
    monkeypatch.setattr(fitted, "make_estimator", lambda seed: estimator)
    fitted.fit(_data(), np.arange(40), seed=0)
    assert seen["w"] is None
