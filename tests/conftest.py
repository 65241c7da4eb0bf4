"""Shared fixtures: small compiled IPS models built once per test session; the DevMap tables and the
Azure trace, full (public, skipped when absent: see public_data) or small samples (see samples)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from public_data import devmap_dir
from samples import write_azure_sample, write_devmap_sample

REPO = Path(__file__).resolve().parents[1]
H100_CLOCKS_MHZ = list(range(345, 1981, 15))  # the reference H100's 110 supported levels (measured)


def analytic_iteration_s(tp, batch, kv_tokens, clock_mhz):
    """A smooth decode-time law for test models: memory-bound base plus clock-sensitive compute."""
    base = 0.006 / tp + 4e-4 * batch + 2.5e-7 * kv_tokens
    return base * (0.55 + 0.45 * 1980.0 / clock_mhz)


def _training_rows(rng, n, *, max_batch=64, max_kv=120_000):
    tp = rng.choice([1, 2, 4], n)
    batch = rng.integers(1, max_batch + 1, n)
    kv = rng.integers(0, max_kv, n)
    clock = rng.choice(H100_CLOCKS_MHZ, n)
    return np.column_stack([tp, batch, kv, clock]).astype(np.float64)


def _compile_lightgbm(tmp_path_factory, name, y_fn, monotone):
    lightgbm = pytest.importorskip("lightgbm")
    from throttllem.forest import compile as compile_forest

    rng = np.random.default_rng(7)
    x = _training_rows(rng, 6000)
    y = y_fn(x)
    params = dict(n_estimators=40, num_leaves=15, max_bin=31, learning_rate=0.2, random_state=0,
                  deterministic=True, n_jobs=1, verbose=-1)
    if monotone:
        params["monotone_constraints"] = [0, -1, -1, 1]
    model = lightgbm.LGBMRegressor(**params).fit(x, y)
    path = tmp_path_factory.mktemp(name) / f"{name}.so"
    compile_forest(model, path, provenance=f"test model {name}")
    return path, model


@pytest.fixture(scope="session")
def monotone_model(tmp_path_factory):
    """(library path, LightGBM model) of an IPS model that never falls with clock."""
    return _compile_lightgbm(
        tmp_path_factory, "monotone",
        lambda x: 1.0 / analytic_iteration_s(x[:, 0], x[:, 1], x[:, 2], x[:, 3]), monotone=True)


@pytest.fixture(scope="session")
def wavy_model(tmp_path_factory):
    """An IPS model that dips with clock in places, forcing the governor's linear scan."""
    def ips(x):
        wave = 1.0 + 0.3 * np.sin(x[:, 3] / 60.0)
        return wave / analytic_iteration_s(x[:, 0], x[:, 1], x[:, 2], x[:, 3])
    return _compile_lightgbm(tmp_path_factory, "wavy", ips, monotone=False)


@pytest.fixture(scope="session")
def monotone_forest(monotone_model):
    import throttllem

    return throttllem.Forest(str(monotone_model[0]))


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def projected_total(pred: int, max_tokens: int, inflation: float) -> int:
    """Reference of the scoreboard's output-length rule, written independently of the C++."""
    if pred <= 0:
        return max_tokens
    return min(max_tokens, int(math.ceil(pred * inflation)))


def remaining(req: dict, inflation: float) -> int:
    total = projected_total(req["predicted_output_tokens"], req["max_tokens"], inflation)
    if req["generated_tokens"] >= total:
        total = req["max_tokens"]
    return max(total - req["generated_tokens"], 0)


# DevMap tables, loaded per test module (module scope: a test that mutates one cannot leak far).
# ``amd``/``nvidia`` are the full public tables (the test skips, saying how to get them, when
# absent); ``amd_sample``/``nvidia_sample`` are the small tables of the project's own kernels.
@pytest.fixture(scope="module")
def amd():
    from throttllem.devmap.data.dataset import load_platform

    return load_platform("amd", devmap_dir("amd"))


@pytest.fixture(scope="module")
def nvidia():
    from throttllem.devmap.data.dataset import load_platform

    return load_platform("nvidia", devmap_dir("nvidia"))


@pytest.fixture(scope="session")
def devmap_full_dir(tmp_path_factory):
    """A folder holding both full DevMap tables (links to wherever each was found; skips when absent)."""
    folder = tmp_path_factory.mktemp("devmap-full")
    for platform in ("amd", "nvidia"):
        found = devmap_dir(platform)
        name = f"cgo17-{platform}.csv"
        (folder / name).symlink_to(found / name)
    return folder


@pytest.fixture(scope="session")
def devmap_sample_dir(tmp_path_factory):
    """A folder holding DevMap-format sample tables cgo17-amd.csv and cgo17-nvidia.csv (40 rows each)."""
    return write_devmap_sample(tmp_path_factory.mktemp("devmap-sample"))


@pytest.fixture(scope="module")
def amd_sample(devmap_sample_dir):
    from throttllem.devmap.data.dataset import load_platform

    return load_platform("amd", devmap_sample_dir)


@pytest.fixture(scope="module")
def nvidia_sample(devmap_sample_dir):
    from throttllem.devmap.data.dataset import load_platform

    return load_platform("nvidia", devmap_sample_dir)


@pytest.fixture(scope="session")
def azure_sample(tmp_path_factory):
    """An Azure-format trace CSV (about 660 requests over 2 minutes) drawn from the embedded fit."""
    return write_azure_sample(tmp_path_factory.mktemp("azure-sample") / "conv_sample.csv")


def with_low_word_all_ones(rows):
    """The same values with their low 32 bits set (a relative change below 1e-6): TL2cgen's Entry
    union reads such a double's first word as its `missing` flag (-1)."""
    bits = np.ascontiguousarray(rows, dtype=np.float64).view(np.uint64)
    return (bits | np.uint64(0xFFFFFFFF)).view(np.float64)
