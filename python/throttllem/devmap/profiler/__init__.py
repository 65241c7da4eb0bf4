"""OpenCL kernel profiler: labels (CPU or GPU faster?) measured on this machine's devices.

Each kernel gets payloads sized by its global size, passes a four-run dynamic check (it writes
something, deterministically, that depends on its input), and is timed as host-to-device +
kernel + device-to-host with profiling events (median of >= 5 runs after the check runs, which
warm it up), in its own subprocess with a timeout. See docs/OPENCL_PROFILING.md.

>>> from throttllem.devmap.profiler import RunConfig, load_manifest, run_suite
>>> run_suite(RunConfig(out="out/clprofile", specs=load_manifest("kernels/opencl/manifest.json")))  # doctest: +SKIP
"""

from throttllem.devmap.profiler.args import KernelArg, Undrivable
from throttllem.devmap.profiler.check import REASONS, Verdict, compare_runs
from throttllem.devmap.profiler.dataset import dataset_paths, labels, read_rows
from throttllem.devmap.profiler.payload import Launch, make_launch, make_payload
from throttllem.devmap.profiler.runner import RunConfig, RunResult, run_suite, select_devices
from throttllem.devmap.profiler.suite import KernelSpec, default_manifest, load_devmap, load_manifest

__all__ = [
    "REASONS", "KernelArg", "KernelSpec", "Launch", "RunConfig", "RunResult", "Undrivable", "Verdict",
    "compare_runs", "dataset_paths", "default_manifest", "labels", "load_devmap", "load_manifest",
    "make_launch", "make_payload", "read_rows", "run_suite", "select_devices",
]
