"""Starting a tensor-parallel profile: one process per GPU, by ``torch.multiprocessing`` or torchrun.

``throttllem profile --tp N`` spawns N workers itself (rendezvous on a free local TCP port). Under
torchrun (``RANK``/``WORLD_SIZE``/``LOCAL_RANK`` set) the command is already one of the workers
and joins the group through ``env://``.

NVLink multicast (NVLS) stays off in every worker, whatever the caller's environment says: on
shared multi-GPU hosts a program that uses it can put every GPU of the host out of service. The
variables are set in this process before any worker starts (workers inherit them) and again in
each worker before torch.distributed starts.

A Ctrl-C (or ``timeout --signal=INT``) reaches every worker of the process group: each finishes
the point it is measuring, the ranks agree to stop at the next point, rank 0 writes its
metadata, and the launcher raises KeyboardInterrupt once they have exited. A second Ctrl-C stops
the workers at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import time

from throttllem.errors import InvalidArgumentError, ThrottllemError
from throttllem.specs.model_shape import ModelShape
from throttllem.profiler.backend import ProfilerUnavailable

#: Always set in TP workers (docs/PROFILING.md: NVLink multicast is off on shared machines).
MULTICAST_OFF_ENV = {"NCCL_NVLS_ENABLE": "0", "TORCH_SYMM_MEM_DISABLE_MULTICAST": "1", "NVSHMEM_DISABLE_NVLS": "1"}
TP_DEGREES = (1, 2, 4, 8)


def check_tp_shape(shape: ModelShape, world_size: int) -> None:
    """Raises InvalidArgumentError unless ``shape`` splits evenly over ``world_size`` ranks."""
    if world_size < 1:
        raise InvalidArgumentError(f"a TP degree must be >= 1, got {world_size}")
    bad = [f"{name} {getattr(shape, name)}" for name in ("num_heads", "num_kv_heads", "intermediate_size")
           if getattr(shape, name) % world_size]
    if bad:
        raise InvalidArgumentError(f"{shape.name} cannot be split over {world_size} GPUs: "
                                   f"{', '.join(bad)} not divisible by {world_size}")


def disable_multicast() -> dict[str, str]:
    """Sets :data:`MULTICAST_OFF_ENV` in this process's environment (overriding); returns it."""
    os.environ.update(MULTICAST_OFF_ENV)
    return {k: os.environ[k] for k in MULTICAST_OFF_ENV}


def torchrun_rank() -> tuple[int, int, int] | None:
    """(rank, world size, local rank) when torchrun started this process, else None."""
    if not all(k in os.environ for k in ("RANK", "WORLD_SIZE", "LOCAL_RANK")):
        return None
    return int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"]), int(os.environ["LOCAL_RANK"])


def check_tp_request(tp: int, backend: str) -> None:
    """Refuses, before any process starts, a TP degree this host cannot run: more GPUs than torch
    sees, no NCCL, or a torchrun world of another size."""
    if tp not in TP_DEGREES:
        raise ThrottllemError(f"--tp must be one of {', '.join(map(str, TP_DEGREES))}, got {tp}")
    launched = torchrun_rank()
    if launched is not None and launched[1] != tp:
        raise ThrottllemError(f"torchrun started {launched[1]} processes but --tp is {tp}: they must match")
    if backend != "cuda":
        return
    try:
        import torch  # optional heavy dependency: only checking a TP request needs it
    except ImportError:
        raise ProfilerUnavailable("--tp needs torch with CUDA and NCCL: torch is not installed") from None
    count = torch.cuda.device_count() if torch.cuda.is_available() else 0
    if tp > count:
        visible = os.environ.get("CUDA_VISIBLE_DEVICES")
        where = "" if visible is None else f" (CUDA_VISIBLE_DEVICES={visible!r})"
        hint = f"use --tp {max(d for d in TP_DEGREES if d <= max(count, 1))} or " if count >= 1 else ""
        raise ProfilerUnavailable(
            f"--tp {tp} runs one process per GPU and needs {tp} GPUs of this host; torch sees {count}{where}: "
            f"{hint}run on a machine with {tp} GPUs")
    import torch.distributed as dist  # optional heavy dependency (torch)

    if not dist.is_available() or not dist.is_nccl_available():
        raise ProfilerUnavailable(f"--tp {tp} needs torch.distributed with NCCL; torch {torch.__version__} has none")


def free_port() -> int:
    """A free TCP port on the loopback interface for the workers' rendezvous."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spawn_workers(worker, args: tuple, nprocs: int) -> None:
    """Runs ``worker(rank, *args)`` in ``nprocs`` spawned processes and waits for all of them.

    Raises the first worker's failure (torch terminates the others), or KeyboardInterrupt after a
    Ctrl-C once the workers have stopped cleanly.
    """
    import torch.multiprocessing as mp  # optional heavy dependency (torch)

    disable_multicast()
    interrupted = []

    def on_sigint(signum, frame):  # noqa: ANN001 - signal handler signature
        interrupted.append(time.monotonic())
        for p in context.processes:
            if p.is_alive():
                # First Ctrl-C: pass it on (a `kill -INT` of this process alone reaches no worker);
                # the workers stop at the next point. A second one: stop them now.
                if len(interrupted) > 1:
                    p.terminate()
                else:
                    os.kill(p.pid, signal.SIGINT)

    context = mp.start_processes(worker, args=args, nprocs=nprocs, join=False, start_method="spawn")
    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        while not context.join(timeout=1.0):
            pass
    except mp.ProcessExitedException:
        if not interrupted:
            raise
    finally:
        signal.signal(signal.SIGINT, previous)
    if interrupted:
        raise KeyboardInterrupt
