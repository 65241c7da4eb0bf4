"""The project's CUDA roofline microbenchmarks (kernels/stream.cu, kernels/fma.cu), built on demand.

The package must import on machines without CUDA, so the kernels are not part of the extension:
the first ``throttllem profile --roofline`` compiles them with nvcc into a small shared library
(static CUDA runtime, so it needs only the driver to run), caches it by source hash, nvcc version
and GPU architecture, and loads it with ctypes. nvcc is looked for in ``$THROTTLLEM_NVCC``,
``$CUDA_HOME``/``$CUDA_PATH``, ``PATH``, ``/usr/local/cuda[-*]`` and pip's ``nvidia`` packages.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from throttllem.errors import ThrottllemError

KERNEL_SOURCES = ("stream.cu", "fma.cu")
KERNEL_HEADERS = ("roofline.cuh",)
NVCC_ENV = "THROTTLLEM_NVCC"


class KernelBuildError(ThrottllemError):
    """The CUDA microbenchmarks could not be found, compiled, loaded or run."""


def kernel_source_dir() -> Path:
    """Where the .cu files are: installed beside the package, or kernels/ of a source checkout."""
    here = Path(__file__).resolve().parent.parent  # .../throttllem
    for candidate in (here / "kernels", here.parent.parent / "kernels"):
        if all((candidate / name).is_file() for name in KERNEL_SOURCES + KERNEL_HEADERS):
            return candidate
    raise KernelBuildError(f"the CUDA kernel sources ({', '.join(KERNEL_SOURCES)}) are not installed "
                           f"beside {here} nor in a source checkout")


def _installed_nvccs() -> list[str]:
    """Toolkit installs: /usr/local/cuda[-X.Y], then pip's nvidia-cuda-nvcc wheels."""
    out = ["/usr/local/cuda/bin/nvcc"]
    out += sorted((str(p) for p in Path("/usr/local").glob("cuda-*/bin/nvcc")), reverse=True)
    for entry in sys.path:
        for sub in ("nvidia/cu13/bin/nvcc", "nvidia/cuda_nvcc/bin/nvcc"):
            out.append(str(Path(entry) / sub))
    return out


def find_nvcc() -> str:
    candidates = [os.environ.get(NVCC_ENV)]
    for var in ("CUDA_HOME", "CUDA_PATH"):
        if os.environ.get(var):
            candidates.append(str(Path(os.environ[var]) / "bin" / "nvcc"))
    candidates += [shutil.which("nvcc"), *_installed_nvccs()]
    for c in candidates:
        if c and Path(c).is_file() and os.access(c, os.X_OK):
            return c
    raise KernelBuildError(f"nvcc not found (set ${NVCC_ENV} or CUDA_HOME); it is needed once to build "
                           "the roofline microbenchmarks")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "throttllem" / "kernels"


def build_library(compute_capability: tuple[int, int], *, nvcc: str | None = None,
                  cache_dir: Path | None = None) -> Path:
    """Compiles the kernels for ``compute_capability`` (e.g. (9, 0)); returns the cached library."""
    src = kernel_source_dir()
    nvcc = nvcc or find_nvcc()
    version = subprocess.run([nvcc, "--version"], capture_output=True, text=True, check=False).stdout
    digest = hashlib.sha256(version.encode())
    for name in KERNEL_SOURCES + KERNEL_HEADERS:
        digest.update((src / name).read_bytes())
    arch = f"{compute_capability[0]}{compute_capability[1]}"
    digest.update(arch.encode())
    out_dir = cache_dir or _cache_dir()
    lib = out_dir / f"libthrottllem_roofline-sm{arch}-{digest.hexdigest()[:16]}.so"
    if lib.exists():
        return lib
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = lib.with_name(lib.name + f".{os.getpid()}.tmp")
    cmd = [nvcc, "-O3", "-std=c++17", "-shared", "-Xcompiler", "-fPIC", "-cudart", "static",
           f"-gencode=arch=compute_{arch},code=[sm_{arch},compute_{arch}]", "-o", str(tmp),
           *(str(src / name) for name in KERNEL_SOURCES)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise KernelBuildError(f"nvcc failed ({' '.join(cmd)}):\n{done.stderr.strip()}")
    os.replace(tmp, lib)  # atomic: a concurrent build never loads half a file
    return lib


class RooflineKernels:
    """ctypes front of the compiled microbenchmarks. Every call returns per-launch milliseconds."""

    def __init__(self, library: Path) -> None:
        try:
            self._lib = ctypes.CDLL(str(library))
        except OSError as e:
            raise KernelBuildError(f"cannot load {library}: {e}") from None
        lib = self._lib
        lib.throttllem_stream.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_size_t, ctypes.c_int,
                                          ctypes.POINTER(ctypes.c_float)]
        lib.throttllem_stream.restype = ctypes.c_int
        lib.throttllem_fma.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.POINTER(ctypes.c_float),
                                       ctypes.POINTER(ctypes.c_double)]
        lib.throttllem_fma.restype = ctypes.c_int
        lib.throttllem_cuda_error_string.argtypes = [ctypes.c_int]
        lib.throttllem_cuda_error_string.restype = ctypes.c_char_p
        self.path = library

    def _check(self, code: int, what: str) -> None:
        if code != 0:
            message = self._lib.throttllem_cuda_error_string(code).decode(errors="replace")
            raise KernelBuildError(f"{what} failed: CUDA error {code} ({message})")

    def stream(self, device: int, mode: str, nbytes: int, repeats: int) -> list[float]:
        """Milliseconds of each launch; ``mode`` "read" (bytes read) or "copy" (read + written)."""
        ms = (ctypes.c_float * repeats)()
        code = self._lib.throttllem_stream(device, {"read": 0, "copy": 1}[mode], nbytes, repeats, ms)
        self._check(code, f"stream {mode} of {nbytes} bytes")
        return list(ms)

    def fma(self, device: int, iterations: int, repeats: int) -> tuple[list[float], float]:
        """(milliseconds of each launch, FLOPs per launch)."""
        ms = (ctypes.c_float * repeats)()
        flops = ctypes.c_double()
        self._check(self._lib.throttllem_fma(device, iterations, repeats, ms, ctypes.byref(flops)), "fma")
        return list(ms), flops.value
