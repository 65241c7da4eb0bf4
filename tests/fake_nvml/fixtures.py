"""pytest fixtures for the fake NVML. Test modules load them with
``pytest_plugins = ["fake_nvml.fixtures"]``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from fake_nvml import FakeNvml, build


@pytest.fixture(scope="session")
def fake_nvml_lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fake NVML, compiled once per session into a temporary folder."""
    return build(tmp_path_factory.mktemp("fake_nvml"))


@pytest.fixture
def fake_nvml(fake_nvml_lib: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeNvml]:
    """Points throttllem at a fresh fake NVML (own log, state and config) for one test."""
    for name in list(os.environ):
        if name.startswith("FAKE_NVML_"):
            monkeypatch.delenv(name)
    # The shared GPU machine may set the read-only guard; the fake is no real GPU.
    monkeypatch.delenv("THROTTLLEM_READ_ONLY_GPU", raising=False)
    fake = FakeNvml(fake_nvml_lib, tmp_path / "nvml")
    for name, value in fake.env().items():
        monkeypatch.setenv(name, value)
    yield fake


@pytest.fixture
def no_nvml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A machine without NVML: THROTTLLEM_NVML_LIBRARY names a file that does not exist."""
    missing = tmp_path / "no-driver" / "libnvidia-ml.so.1"
    monkeypatch.setenv("THROTTLLEM_NVML_LIBRARY", str(missing))
    return missing
