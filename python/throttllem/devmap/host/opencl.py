"""The OpenCL side of HostSelector: one context and queue per device type, byte counts of
buffers, and a build-and-run helper. pyopencl is imported only when a device set is discovered."""

from __future__ import annotations

import time
import warnings
from typing import NamedTuple

from throttllem.devmap.data.dataset import DEVICES
from throttllem.errors import InvalidArgumentError, ThrottllemError

_CPU, _GPU = DEVICES


class _Slot(NamedTuple):
    device: object
    context: object
    queue: object


class DeviceSet:
    """The CPU and GPU to choose between, each with its context and queue (either may be absent)."""

    def __init__(self, cpu: _Slot | None, gpu: _Slot | None):
        self.slots = {_CPU: cpu, _GPU: gpu}
        # the answer per predicted type, computed once: (device_type, device, context, queue)
        self._picks = {}
        for want, other in ((_CPU, _GPU), (_GPU, _CPU)):
            slot, used = (self.slots[want], want) if self.slots[want] else (self.slots[other], other)
            self._picks[want] = (used, *slot) if slot else (want, None, None, None)
        self.pick = self._picks.__getitem__
        self.programs: dict = {}  # built programs and their kernels, per (context, source, options)
        self.kernels: dict = {}

    @classmethod
    def none(cls) -> DeviceSet:
        """No OpenCL: decisions only."""
        return cls(None, None)

    @classmethod
    def discover(cls, cpu=None, gpu=None) -> DeviceSet:
        """The first CPU and first GPU device over all OpenCL platforms (or the ones given).
        Raises ThrottllemError when pyopencl or every OpenCL device is missing."""
        try:
            import pyopencl as cl
        except ImportError:
            raise ThrottllemError("pyopencl is not installed (pass opencl=False to decide only)") from None
        if cpu is None or gpu is None:
            found = []
            try:
                for platform in cl.get_platforms():
                    try:
                        found.extend(platform.get_devices())
                    except cl.Error:  # a platform with no usable device
                        continue
            except cl.Error:  # no ICD loader / no platform
                pass
            cpu = cpu or next((d for d in found if d.type & cl.device_type.CPU), None)
            gpu = gpu or next((d for d in found if d.type & cl.device_type.GPU), None)
        if cpu is None and gpu is None:
            raise ThrottllemError("no OpenCL CPU or GPU device found (pass opencl=False to decide only)")

        def slot(device):
            if device is None:
                return None
            context = cl.Context([device])
            return _Slot(device, context, cl.CommandQueue(context))

        return cls(slot(cpu), slot(gpu))


def buffer_bytes(buffers) -> float:
    """Total bytes of ``buffers``: pyopencl Buffers (``size``), arrays (``nbytes``) or byte counts."""
    total = 0
    for b in buffers:
        if type(b) is int:
            n = b
        elif getattr(b, "ndim", None) == 0 and hasattr(b, "__index__"):  # a numpy integer: a byte count
            n = int(b)
        elif hasattr(b, "nbytes"):
            n = b.nbytes
        elif hasattr(b, "size") and hasattr(b, "get_info"):  # a pyopencl MemoryObject
            n = b.size
        elif isinstance(b, float) and b == b:
            n = b
        else:
            raise InvalidArgumentError(f"a buffer must be a pyopencl Buffer, an array or a byte count, got "
                                       f"{type(b).__name__}")
        if n < 0:
            raise InvalidArgumentError(f"a buffer's byte count must be >= 0, got {n}")
        total += n
    return float(total)


def run_kernel(devices: DeviceSet, choice, source: str, kernel_name: str, gsize, lsize, args, outputs,
               options: tuple[str, ...]) -> float:
    """Build (cached per context, source, options), upload arrays, run, read back ``outputs``;
    the measured host seconds of upload + kernel + read-back. Not thread-safe (a cached Kernel's
    arguments are set per call)."""
    import numpy as np
    import pyopencl as cl

    key = (id(choice.context), source, options)
    program = devices.programs.get(key)
    if program is None:
        with warnings.catch_warnings():  # a build log with warnings only is not a failure
            warnings.simplefilter("ignore")
            program = cl.Program(choice.context, source).build(options=list(options))
        devices.programs[key] = program
    kernel = devices.kernels.get((key, kernel_name))
    if kernel is None:  # one Kernel object per name: pyopencl makes a new one per attribute access
        kernel = devices.kernels[(key, kernel_name)] = cl.Kernel(program, kernel_name)
    array_indices = [i for i, a in enumerate(args) if isinstance(a, np.ndarray) and a.ndim > 0]
    back = array_indices if outputs is None else list(outputs)
    bad = [i for i in back if i not in array_indices]
    if bad:
        raise InvalidArgumentError(f"outputs {bad} are not array arguments")
    queue, flags = choice.queue, cl.mem_flags
    start = time.perf_counter()
    call_args = list(args)
    for i in array_indices:
        call_args[i] = cl.Buffer(choice.context, flags.READ_WRITE | flags.COPY_HOST_PTR, hostbuf=args[i])
    kernel(queue, gsize, lsize, *call_args)
    for i in back:
        cl.enqueue_copy(queue, args[i], call_args[i])
    queue.finish()
    return time.perf_counter() - start
