"""Roofline calibration without a GPU: the measured-ceiling GpuSpec, kernel sources, nvcc lookup,
and that nothing of the profiler needs torch or CUDA to import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B, GpuPerfModel
from throttllem.profiler.cuda_kernels import (
    KERNEL_SOURCES,
    NVCC_ENV,
    KernelBuildError,
    build_library,
    find_nvcc,
    kernel_source_dir,
)
from throttllem.perfmodel.measured_spec import calibrated_gpu_spec


def _roofline(read_gbps: float, gemm_tflops: float, gemm_clock_mhz: float | None) -> dict:
    return {"measured": True, "stream_read_gbps": read_gbps, "stream_copy_gbps": read_gbps * 0.9,
            "fma_fp32_tflops": 60.0, "gemm_bf16_tflops": gemm_tflops,
            "details": {"gemm_bf16": {"sm_clock_mhz_mean": gemm_clock_mhz}}}


def test_calibrated_spec_takes_measured_ceilings():
    spec = calibrated_gpu_spec(H100_SXM_80GB, _roofline(3000.0, 700.0, 1830.0))
    assert spec.memory_bps() == pytest.approx(3000e9)
    assert spec.compute_flops(1830.0) == pytest.approx(700e12)
    assert "measured roofline" in spec.name
    assert spec.clocks_mhz == H100_SXM_80GB.clocks_mhz


def test_gemm_rate_is_rescaled_from_the_clock_it_ran_at():
    # 600 TFLOP/s at a power-capped 1500 MHz is 600 x 1980/1500 at 1980 MHz.
    spec = calibrated_gpu_spec(H100_SXM_80GB, _roofline(3000.0, 600.0, 1500.0))
    assert spec.compute_flops(1980.0) == pytest.approx(600e12 * 1980.0 / 1500.0)


def test_calibrated_spec_changes_the_modelled_decode_time():
    slow = GpuPerfModel(LLAMA3_8B, calibrated_gpu_spec(H100_SXM_80GB, _roofline(2000.0, 500.0, 1830.0)))
    fast = GpuPerfModel(LLAMA3_8B, calibrated_gpu_spec(H100_SXM_80GB, _roofline(3200.0, 800.0, 1830.0)))
    assert slow.iteration_time_s(0, 1, 1024, 1980) > fast.iteration_time_s(0, 1, 1024, 1980)


def test_kernel_sources_are_found():
    folder = kernel_source_dir()
    # Every benchmark times its launches with CUDA events, through the shared header's loop.
    assert "cudaEventElapsedTime" in (folder / "roofline.cuh").read_text()
    for name in KERNEL_SOURCES:
        text = (folder / name).read_text()
        assert "THROTTLLEM_API" in text and '#include "roofline.cuh"' in text and "time_launches(" in text


def test_missing_nvcc_is_a_clear_error(monkeypatch, tmp_path):
    from throttllem.profiler import cuda_kernels

    monkeypatch.setenv("PATH", str(tmp_path))
    for var in (NVCC_ENV, "CUDA_HOME", "CUDA_PATH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(cuda_kernels, "_installed_nvccs", lambda: [])
    with pytest.raises(KernelBuildError, match=f"nvcc not found \\(set \\${NVCC_ENV}"):
        find_nvcc()


def test_failing_nvcc_reports_its_command(tmp_path):
    fake = tmp_path / "nvcc"
    fake.write_text("#!/bin/sh\n"
                    "[ \"$1\" = --version ] && { echo fake 1.0; exit 0; }\n"
                    "echo 'error: no GPU arch' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(KernelBuildError, match="(?s)nvcc failed .*error: no GPU arch"):
        build_library((9, 0), nvcc=str(fake), cache_dir=tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []  # no half-written library is left behind


def test_kernels_compile_with_nvcc(tmp_path):
    """The .cu files build into a library exporting the benchmarks (compile only: no GPU here)."""
    try:
        nvcc = find_nvcc()
    except KernelBuildError:
        pytest.skip("no nvcc on this machine")
    lib = build_library((9, 0), nvcc=nvcc, cache_dir=tmp_path)
    assert build_library((9, 0), nvcc=nvcc, cache_dir=tmp_path) == lib  # cached by source hash
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(lib)], capture_output=True, text=True).stdout
    for name in ("throttllem_stream", "throttllem_fma", "throttllem_cuda_error_string"):
        assert f" T {name}" in symbols
    assert "libcudart" not in subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout


def test_profiler_and_trainer_import_without_optional_packages():
    """The GPU machine may lack the [train] extra and tqdm: importing must not need them either."""
    code = ("import sys\n"
            "for name in ('torch', 'tqdm', 'matplotlib', 'lightgbm', 'treelite', 'tl2cgen'): sys.modules[name] = None\n"
            "import throttllem.profiler, throttllem.profiler.runner, throttllem.profiler.roofline, throttllem.perfmodel\n"
            "import throttllem.training, throttllem.commands.profile, throttllem.commands.train\n"
            "from throttllem import cli; cli.build_parser()\n"
            "print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
