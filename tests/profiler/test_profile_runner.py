"""run_profile end to end on the CPU backend (tiny model), and the no-GPU error of the command."""

from __future__ import annotations

import sys

import pytest

from throttllem import cli
from throttllem.perfmodel import ModelShape
from throttllem.profiledata import ProfileGrid, read_profile
from throttllem.profiler.backend import NO_GPU_MESSAGE, ProfilerUnavailable, require_torch_cuda

TINY = ModelShape(name="tiny", num_layers=2, hidden_size=64, num_heads=4, num_kv_heads=2,
                  intermediate_size=96, vocab_size=100, max_context_tokens=256)
GRID = ProfileGrid((1, 4), (8, 64), (16,))


def _config(tmp_path, **kw):
    from throttllem.profiler.runner import ProfileConfig

    args = dict(preset="tiny", out=tmp_path / "prof", grid=GRID, shape=TINY, backend="cpu",
                warmup_s=0.0, measure_s=0.005, progress=False)
    args.update(kw)
    return ProfileConfig(**args)


def test_profile_command_without_a_gpu_says_so(capsys, tmp_path):
    rc = cli.main(["profile", "--quick", "--out", str(tmp_path / "p")])
    err = capsys.readouterr().err
    assert rc == 1  # the machine lacks what profiling needs: a runtime failure
    assert NO_GPU_MESSAGE in err
    assert not (tmp_path / "p.csv").exists()


def test_no_torch_is_the_same_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch -> ImportError
    with pytest.raises(ProfilerUnavailable, match=f"{NO_GPU_MESSAGE}: torch is not installed"):
        require_torch_cuda()


def test_cpu_profile_writes_every_point_and_valid_metadata(tmp_path):
    pytest.importorskip("torch")
    from throttllem.profiler.runner import run_profile

    result = run_profile(_config(tmp_path))
    profile = read_profile(result.csv_path)
    assert result.measured_points == len(GRID.points()) == len(profile.rows)
    assert {r.key() for r in profile.rows} == {p.key() for p in GRID.points()}
    meta = profile.metadata
    assert meta["complete"] and meta["measured"]
    assert meta["timing"]["backend"] == "cpu"
    assert "not a GPU" in meta["gpu"]["name"]
    assert meta["model"]["num_layers"] == TINY.num_layers and meta["model"]["dtype"] == "float32"
    assert meta["kv_capacity_tokens"] > 0 and meta["skipped_points"] == []
    for row in profile.rows:
        assert row.iterations >= 3
        assert row.iteration_ms_p10 <= row.iteration_ms_median <= row.iteration_ms_p90
        assert row.power_w_mean is None and row.sm_clock_mhz_mean is None  # no NVML on the CPU backend


def test_rerun_resumes_and_measures_only_missing_points(tmp_path):
    pytest.importorskip("torch")
    from throttllem.profiler.runner import run_profile

    config = _config(tmp_path)
    first = run_profile(config)
    lines = first.csv_path.read_text().splitlines(keepends=True)
    first.csv_path.write_text("".join(lines[:3]))  # keep the header and two rows
    again = run_profile(config)
    assert (again.measured_points, again.already_present) == (len(GRID.points()) - 2, 2)
    assert run_profile(config).measured_points == 0
    profile = read_profile(first.csv_path)
    assert len(profile.rows) == len(GRID.points())
    assert profile.metadata["duration_s"] >= first.duration_s - 0.01  # the runs add up


def test_interrupted_profile_keeps_rows_and_says_incomplete(tmp_path, monkeypatch):
    pytest.importorskip("torch")
    from throttllem.profiler import runner

    real = runner._measure
    calls = []

    def interrupt_third(*args, **kw):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kw)

    monkeypatch.setattr(runner, "_measure", interrupt_third)
    with pytest.raises(KeyboardInterrupt):
        runner.run_profile(_config(tmp_path))
    partial = read_profile(tmp_path / "prof")
    assert len(partial.rows) == 2
    assert partial.metadata["complete"] is False
    monkeypatch.setattr(runner, "_measure", real)
    assert runner.run_profile(_config(tmp_path)).measured_points == len(GRID.points()) - 2
    assert read_profile(tmp_path / "prof").metadata["complete"] is True


def test_points_beyond_memory_are_skipped_and_listed(tmp_path):
    pytest.importorskip("torch")
    from throttllem.profiler.runner import run_profile

    kv_bytes = TINY.kv_bytes_per_token * 2  # float32 cache on the CPU backend
    # Room for 4 x 65 slots but not 4 x 257: batch 4 at KV 256 must be skipped.
    grid = ProfileGrid((1, 4), (64, 255), ())
    result = run_profile(_config(tmp_path, grid=grid, memory_reserve_bytes=(256 << 20) - 300 * kv_bytes))
    profile = read_profile(result.csv_path)
    assert result.skipped_points == 1
    assert [(s["batch_size"], s["kv_tokens_per_request"]) for s in profile.metadata["skipped_points"]] == [(4, 255)]
    assert len(profile.rows) == 3


def test_unknown_preset_and_backend(tmp_path):
    from throttllem.errors import ThrottllemError
    from throttllem.profiler.runner import run_profile

    with pytest.raises(ThrottllemError, match="unknown preset 'gpt-9'"):
        run_profile(_config(tmp_path, preset="gpt-9", shape=None))
    with pytest.raises(ThrottllemError, match="unknown backend 'tpu'"):
        run_profile(_config(tmp_path, backend="tpu"))


def test_roofline_failure_is_recorded_and_the_profile_goes_on(tmp_path):
    """On the CPU backend the CUDA roofline cannot run: the error lands in the metadata."""
    pytest.importorskip("torch")
    from throttllem.profiler.runner import run_profile

    result = run_profile(_config(tmp_path, roofline=True, grid=ProfileGrid((1,), (8,), ())))
    profile = read_profile(result.csv_path)
    assert len(profile.rows) == 1
    roofline = profile.metadata["roofline"]
    assert roofline["measured"] is False and roofline["error"]
