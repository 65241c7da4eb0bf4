"""One feature row per model: a whole table and a single launch give bit-identical values."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.models import create
from throttllem.devmap.models.launch import KernelLaunch, counted_launch, table_launches
from throttllem.devmap.profiler.labelled import load_clprofile
from throttllem.devmap.source.features import token_statistics
from throttllem.devmap.source.lexer import source_tokens, tokenize
from throttllem.devmap.source.structure import structure_statistics

from conftest import REPO

TREE_MODELS = ("grewe", "gbdt", "gbdt-source", "gbdt-plus")


def _same_bits(row, table_row) -> bool:
    return np.asarray(row, dtype=np.float64).tobytes() == np.ascontiguousarray(table_row).tobytes()


@pytest.mark.parametrize("name", TREE_MODELS)
def test_a_single_launch_gives_the_tables_row(amd, nvidia, name):
    model = create(name)
    for data in (amd, nvidia):
        table = model.features(data)
        for i in range(0, len(data), 5):
            launch = KernelLaunch(data.src[i], float(data.transfer_bytes[i]), float(data.wgsize[i]),
                                  tuple(float(data.counts[c][i]) for c in ("comp", "rational", "mem", "localmem",
                                                                           "coalesced", "atomic")),
                                  data.dataset[i])
            assert launch == table_launches(data)[i]
            assert _same_bits(model.row(launch), table[i]), (name, data.platform, i)


@pytest.mark.parametrize("name", TREE_MODELS)
def test_counts_from_the_source_give_the_measured_tables_row(name):
    # A clprofile table's counts come from the static counter, so a runtime decision (which counts
    # the source itself) must rebuild each row exactly.
    cd = load_clprofile(REPO / "datasets" / "h100-clprofile")
    data, model = cd.data, create(name)
    table = model.features(data)
    for i in range(len(data)):
        launch = counted_launch(data.src[i], cd.kernel_names[i], data.transfer_bytes[i], data.wgsize[i],
                                data.dataset[i])
        assert _same_bits(model.row(launch), table[i]), (name, i)


def test_the_selectors_row_is_its_models_table_row(amd, tmp_path):
    pytest.importorskip("tl2cgen")
    selector = DeviceSelector.train(amd.subset(np.arange(200)), tmp_path / "sel")
    table = create("gbdt-source").features(amd)
    for i in range(0, len(amd), 9):
        row = selector.features(amd.src[i], int(amd.transfer_bytes[i]), int(amd.wgsize[i]))
        assert _same_bits(row, table[i]), i


def test_a_source_is_lexed_once_for_every_feature_family(amd):
    for cached in (source_tokens, token_statistics, structure_statistics):
        cached.cache_clear()
    for name in TREE_MODELS:
        create(name).features(amd)
    info = source_tokens.cache_info()
    # Token statistics and structure statistics both read each source: one lexing, then a hit.
    assert info.misses == len(set(amd.src)) and info.hits >= len(set(amd.src))
    assert source_tokens(amd.src[0]) == tuple(tokenize(amd.src[0]))
