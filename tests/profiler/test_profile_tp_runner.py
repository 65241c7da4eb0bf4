"""`throttllem profile --tp N`: the launcher's refusals, the multicast-off environment, the
per-GPU sampler, and a whole TP profile on the CPU backend (two gloo processes, tiny model)."""

from __future__ import annotations

import os
import sys

import pytest

from throttllem import cli
from throttllem.errors import NvmlNotSupported
from throttllem.perfmodel import ModelShape
from throttllem.profiledata import COLUMNS, ProfileGrid, read_profile
from throttllem.profiler.tp.launch import MULTICAST_OFF_ENV, disable_multicast
from throttllem.profiler.tp.records import per_gpu_path, read_per_gpu
from throttllem.profiler.tp.sampler import MultiGpuSampler

TINY = ModelShape(name="tiny", num_layers=2, hidden_size=64, num_heads=4, num_kv_heads=2,
                  intermediate_size=96, vocab_size=101, max_context_tokens=256)
GRID = ProfileGrid((1, 4), (8,), (16,))


def _profile(tmp_path, *args):
    return cli.main(["profile", "--quick", "--no-progress", "--out", str(tmp_path / "p"), *args])


@pytest.fixture
def one_visible_gpu(monkeypatch):
    torch = pytest.importorskip("torch", reason="torch is not installed (pip install torch)")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)


def test_tp_larger_than_the_visible_gpus_is_refused(one_visible_gpu, capsys, tmp_path):
    assert _profile(tmp_path, "--tp", "2") == 1  # ProfilerUnavailable: a runtime failure
    err = capsys.readouterr().err
    assert "--tp 2 runs one process per GPU and needs 2 GPUs of this host; torch sees 1" in err
    assert "use --tp 1" in err
    assert not (tmp_path / "p.csv").exists()


def test_tp_without_any_gpu_is_refused(capsys, tmp_path):
    torch = pytest.importorskip("torch", reason="torch is not installed (pip install torch)")
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    assert _profile(tmp_path, "--tp", "4") == 1
    assert "needs 4 GPUs of this host; torch sees 0" in capsys.readouterr().err


def test_no_torch_is_a_clear_error_for_tp_too(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch -> ImportError
    assert _profile(tmp_path, "--tp", "2") == 1
    assert "torch is not installed" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["--tp", "3"], "--tp must be one of 1, 2, 4, 8, got 3"),
    (["--tp", "2", "--clocks", "900,1200"], "--clocks is not supported with --tp"),
    (["--tp", "2", "--roofline"], "--roofline measures one GPU"),
    (["--tp", "2", "--device", "1"], "CUDA_VISIBLE_DEVICES"),
    (["--tp", "8", "--preset", "llama3-8b", "--batch-sizes", "1"], None),  # 8 KV heads split over 8: allowed
], ids=["tp3", "clocks", "roofline", "device", "llama3-8b-tp8-shape-ok"])
def test_options_tp_cannot_take(one_visible_gpu, capsys, tmp_path, args, message):
    rc = _profile(tmp_path, *args)
    err = capsys.readouterr().err
    if message is None:  # the shape passes; the GPU count is what stops it
        assert rc == 1 and "needs 8 GPUs" in err
    else:
        assert rc == 1 and message in err


def test_torchrun_world_must_match_tp(one_visible_gpu, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("RANK", "0")
    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("LOCAL_RANK", "0")
    assert _profile(tmp_path, "--tp", "2") == 1
    assert "torchrun started 4 processes but --tp is 2" in capsys.readouterr().err


def test_multicast_stays_off_whatever_the_caller_set(monkeypatch):
    monkeypatch.setenv("NCCL_NVLS_ENABLE", "1")
    monkeypatch.delenv("NVSHMEM_DISABLE_NVLS", raising=False)
    monkeypatch.setenv("TORCH_SYMM_MEM_DISABLE_MULTICAST", "0")
    assert disable_multicast() == {"NCCL_NVLS_ENABLE": "0", "TORCH_SYMM_MEM_DISABLE_MULTICAST": "1",
                                   "NVSHMEM_DISABLE_NVLS": "1"}
    assert all(os.environ[k] == v for k, v in MULTICAST_OFF_ENV.items())


class FakeGpu:
    """Reads like throttllem.gpu.Gpu: fixed power (mW), SM clock, reason bits."""

    def __init__(self, power_mw, clock_mhz, reasons=0):
        self.power, self.clock, self.reasons = power_mw, clock_mhz, reasons

    def power_mw(self):
        if self.power is None:
            raise NvmlNotSupported("power not supported")
        return self.power

    def sm_clock_mhz(self):
        return self.clock

    def clock_event_reasons(self):
        return self.reasons


def _sampled(gpus):
    import time

    with MultiGpuSampler(gpus, period_s=0.005) as sampler:
        t0 = time.monotonic()
        time.sleep(0.1)
        return sampler.window(t0, time.monotonic())


def test_total_power_is_the_sum_over_the_gpus_of_each_tick():
    window = _sampled([FakeGpu(300_000, 1980), FakeGpu(350_000, 1755, reasons=4)])
    assert window.total.samples >= 5
    assert window.total.power_w_mean == pytest.approx(650.0) and window.total.power_w_max == pytest.approx(650.0)
    assert [g.power_w_mean for g in window.per_gpu] == [pytest.approx(300.0), pytest.approx(350.0)]
    assert (window.total.sm_clock_mhz_min, window.total.sm_clock_mhz_max) == (1755.0, 1980.0)
    assert window.total.clock_event_reasons == 4


@pytest.mark.parametrize("missing", [None, FakeGpu(None, 1980)], ids=["no-nvml-gpu", "power-unsupported"])
def test_no_total_power_when_one_gpu_has_none(missing):
    """A partial sum would read low: the total is unknown instead."""
    window = _sampled([FakeGpu(300_000, 1980), missing])
    assert window.total.power_w_mean is None and window.per_gpu[0].power_w_mean == pytest.approx(300.0)
    assert window.per_gpu[1].power_w_mean is None


def test_tp_profile_on_the_cpu_backend_writes_tp_degree_and_per_gpu_records(tmp_path):
    """The whole TP path: spawn, gloo, agreement on capacity and points, rank 0 writing."""
    pytest.importorskip("torch", reason="torch is not installed (pip install torch)")
    from throttllem.profiler.runner import ProfileConfig, run_profile

    config = ProfileConfig(preset="tiny", out=tmp_path / "tp2", grid=GRID, shape=TINY, backend="cpu",
                           warmup_s=0.0, measure_s=0.005, progress=False, tp_degree=2)
    first = run_profile(config)
    profile = read_profile(first.csv_path)
    assert first.measured_points == len(GRID.points()) == len(profile.rows)
    header = first.csv_path.read_text().splitlines()[0].split(",")
    assert header == list(COLUMNS) and header[1] == "tp_degree"
    assert {r.tp_degree for r in profile.rows} == {2}
    meta = profile.metadata
    assert meta["tp_degree"] == 2 and meta["complete"] and meta["measured"]
    assert meta["timing"]["backend"] == "cpu-tp"
    tp = meta["tp"]
    assert tp["degree"] == 2 and [g["rank"] for g in tp["gpus"]] == [0, 1]
    assert tp["env"]["NCCL_NVLS_ENABLE"] == "0" and tp["env"]["NVSHMEM_DISABLE_NVLS"] == "1"
    assert tp["timing"]["modes_used"] == ["host"]
    assert sum(meta["model"]["weight_bytes_per_gpu"]) == meta["model"]["weight_bytes_allocated"]
    assert meta["model"]["kv_bytes_per_token"] == TINY.kv_bytes_per_token * 2  # float32 on the CPU
    assert "2 GPUs" in meta["modelled_parts"]
    records = read_per_gpu(tmp_path / "tp2")
    assert set(records) == {r.key() for r in profile.rows}
    for row in profile.rows:
        record = records[row.key()]
        assert record["tp_degree"] == 2 and record["timed_with"] == "host" and len(record["gpus"]) == 2
        # The row holds the slowest rank's times.
        assert row.iteration_ms_mean == pytest.approx(max(g["iteration_ms_mean"] for g in record["gpus"]), rel=1e-5)


@pytest.fixture
def one_rank_group():
    """A one-rank gloo group in this process: enough to drive one rank's decisions."""
    pytest.importorskip("torch", reason="torch is not installed (pip install torch)")
    import socket

    import torch.distributed as dist

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=0, world_size=1)
    yield dist.group.WORLD
    dist.destroy_process_group()


def _one_rank_run(tmp_path, group, graphs="auto"):
    import torch

    from throttllem.profiler.tp import runner as tp_runner
    from throttllem.profiler.backend import CpuBackend
    from throttllem.profiler.runner import ProfileConfig
    from throttllem.profiler.tp.decoder import TensorParallelDecoder

    config = ProfileConfig(preset="tiny", out=tmp_path / "p", grid=GRID, shape=TINY, backend="cpu", warmup_s=0.0,
                           measure_s=0.005, progress=False, tp_degree=2, tp_graphs=graphs)
    stop = type("Stop", (), {"requested": 0.0})()
    run = tp_runner._Run(config, CpuBackend(), 0, 1, group, "test", {}, stop)
    run.mode = "graph"  # as on a GPU
    model = TensorParallelDecoder(TINY, rank=0, world_size=1, device="cpu", dtype=torch.float32)
    model.allocate_cache(64)
    return run, model


def test_a_failed_capture_falls_back_to_eager_steps_and_says_so(one_rank_group, monkeypatch, tmp_path):
    from throttllem.errors import ThrottllemError
    from throttllem.profiler.tp import timing as tp_timing
    from throttllem.profiledata.grid import GridPoint

    def no_capture(step, group):
        raise RuntimeError("operation not permitted when stream is capturing")

    monkeypatch.setattr(tp_timing, "capture_tp_graph", no_capture)
    monkeypatch.setattr(tp_timing, "time_tp_cuda", tp_timing.time_tp_host)  # no GPU here
    point = GridPoint("decode", 2, 8, 0)
    run, model = _one_rank_run(tmp_path, one_rank_group)
    timing, mode = run._time_point(model, point)
    assert mode == "eager" and run.mode == "eager" and timing.iteration_ms.size >= 3
    assert run.capture_error == "RuntimeError: operation not permitted when stream is capturing"
    run, model = _one_rank_run(tmp_path, one_rank_group, graphs="on")  # graphs or nothing
    with pytest.raises(ThrottllemError, match="CUDA graph capture of the TP step failed .* retry with --tp-eager"):
        run._time_point(model, point)


def test_a_stop_request_ends_the_run_before_the_next_point(one_rank_group, tmp_path):
    from throttllem.profiledata.grid import GridPoint

    run, model = _one_rank_run(tmp_path, one_rank_group)
    run.stop.requested = 1.0
    assert run._measure_all(model, [GridPoint("decode", 1, 8, 0)], [], None, None, None) is True
    assert run.measured == 0


def test_a_rerun_resumes_and_measures_only_the_missing_points(one_rank_group, tmp_path):
    """One rank in this process (no spawn): rank 0's plan lists only the points not in the table."""
    run, _ = _one_rank_run(tmp_path, one_rank_group)
    run.mode = "host"
    first = run.run()
    assert first["measured_points"] == len(GRID.points()) and not first["interrupted"]
    csv_path = tmp_path / "p.csv"
    lines = csv_path.read_text().splitlines(keepends=True)
    csv_path.write_text("".join(lines[:-2]))  # drop the last two rows
    run, _ = _one_rank_run(tmp_path, one_rank_group)
    run.mode = "host"
    again = run.run()
    assert (again["measured_points"], again["already_present"]) == (2, len(GRID.points()) - 2)
    profile = read_profile(csv_path)
    assert len(profile.rows) == len(GRID.points()) and profile.metadata["complete"]
    assert profile.metadata["duration_s"] >= 0
    # Re-measured points append a second per-GPU line; the last one counts.
    assert len(per_gpu_path(tmp_path / "p").read_text().splitlines()) == len(GRID.points()) + 2
    assert set(read_per_gpu(tmp_path / "p")) == {r.key() for r in profile.rows}
