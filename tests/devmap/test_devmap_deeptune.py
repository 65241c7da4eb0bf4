"""DeepTune in torch: a few steps on tiny data (full training is `throttllem devmap evaluate`)."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.data.dataset import load_platform
from throttllem.devmap.models import create
from throttllem.errors import InvalidArgumentError

from public_data import devmap_dir

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def tiny():
    data = load_platform("nvidia", devmap_dir("nvidia"))
    shortest = np.argsort([len(s) for s in data.src], kind="stable")[:48]  # cheap to lex
    return data.subset(np.random.default_rng(0).permutation(shortest))


def _model(**kw):
    # one thread: tiny tensors gain nothing from more, and a busy 2-core machine loses a lot
    return create("deeptune", **{"epochs": 2, "batch_size": 8, "sequence_length": 24, "threads": 1, **kw})


def test_a_few_steps_train_and_predict(tiny):
    rows = np.arange(40)
    model = _model().fit(tiny, rows, seed=1)
    assert len(model.losses) == 2 and all(np.isfinite(model.losses))
    proba = model.predict_proba(tiny, np.arange(40, 48))
    assert proba.shape == (8,) and ((proba >= 0) & (proba <= 1)).all()
    assert set(model.predict(tiny, np.arange(40, 48))) <= {0, 1}
    again = _model().fit(tiny, rows, seed=1)
    assert again.losses == model.losses  # seeded: reproducible
    np.testing.assert_array_equal(again.predict_proba(tiny, np.arange(40, 48)), proba)


def test_shared_sources_run_once_with_the_same_result():
    from throttllem.devmap.models.deeptune import build_network

    torch.manual_seed(0)
    net = build_network(20).eval()
    ids = torch.randint(0, 20, (2, 12))
    aux = torch.rand(3, 2)
    gathered, _ = net(ids, aux, torch.tensor([0, 1, 0]))
    row_by_row, _ = net(ids[[0, 1, 0]], aux, torch.tensor([0, 1, 2]))
    torch.testing.assert_close(gathered, row_by_row)


def test_learns_a_launch_rule_in_a_few_epochs(tiny):
    # label = wgsize above its median: learnable from the auxiliary inputs alone
    data = tiny.subset(np.arange(len(tiny)))
    data.label[:] = (data.wgsize > np.median(data.wgsize)).astype(int)
    model = _model(epochs=40, learning_rate=0.02).fit(data, np.arange(len(data)), seed=0)
    assert model.losses[-1] < model.losses[0]
    assert np.mean(model.predict(data, np.arange(len(data))) == data.label) >= 0.8


def test_bad_options():
    with pytest.raises(InvalidArgumentError, match="batch_size >= 2"):
        create("deeptune", batch_size=1)
    with pytest.raises(InvalidArgumentError, match="fit the model first"):
        create("deeptune").predict_proba(None, [0])


def test_flushing_denormals_keeps_the_losses_and_is_undone_after_training(tiny):
    rows = np.arange(40)
    plain = _model().fit(tiny, rows, seed=3)
    flushed = _model(flush_denormals=True).fit(tiny, rows, seed=3)
    # flushing changes only values below ~1e-38: the losses agree far beyond what training can tell apart
    np.testing.assert_allclose(flushed.losses, plain.losses, rtol=1e-4)
    assert float(torch.tensor([1e-40]) * 1.0) > 0  # denormals work again once fit returns
