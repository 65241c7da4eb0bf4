"""``run_tp_profile``: the profile of a tensor-parallel instance over N GPUs of one host.

``run_profile`` hands configs with ``tp_degree > 1`` here. This process checks the request (GPU
count, shape, options), then starts one worker per GPU (tp/launch.py). Every worker loads its
shard of random weights (tp/decoder.py) and its part of the KV cache; the ranks agree on the KV
capacity (the smallest), rank 0 opens or resumes the profile and tells every rank which points
remain, and for each point all ranks capture and time the same step together (tp/timing.py).
Rank 0 samples every GPU (tp/sampler.py), builds the row and writes it (tp/records.py).
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import signal
import tempfile
import time
import traceback
from pathlib import Path

from throttllem._progress import progress_bar
from throttllem.errors import ThrottllemError
from throttllem.gpu import open_gpus
from throttllem.profiledata.metadata import model_section
from throttllem.profiler.backend import CpuBackend, CudaBackend, ProfilerUnavailable
from throttllem.profiler.config import (
    ProfileResult,
    check_backend,
    close_metadata,
    kv_capacity,
    open_writer,
    preset_shape,
    profile_metadata,
)
from throttllem.profiler.records import fmt, make_step
from throttllem.profiler.tp import timing
from throttllem.profiler.tp.launch import (
    TP_DEGREES,
    check_tp_request,
    check_tp_shape,
    disable_multicast,
    free_port,
    spawn_workers,
    torchrun_rank,
)
from throttllem.profiler.tp.records import (
    METHODS_TP,
    MODELLED_PARTS_TP,
    append_per_gpu,
    build_row,
    per_gpu_path,
    per_gpu_record,
    topology_text,
    tp_section,
)
from throttllem.profiler.tp.sampler import MultiGpuSampler

log = logging.getLogger("throttllem.profiler")
GRAPH_OPTIONS = ("auto", "on", "off")
#: torch.distributed timeout: a rank stuck this long in a collective ends the run (the longest
#: legitimate wait, a peer loading its shard or timing a point, is seconds).
PROCESS_GROUP_TIMEOUT_S = 180


def run_tp_profile(config):
    """Profiles ``config.preset`` over ``config.tp_degree`` GPUs; writes ``config.out`` (+ the
    per-GPU file); resumes. Returns a ProfileResult (the same on every rank under torchrun)."""
    tp = int(config.tp_degree)
    if tp not in TP_DEGREES:
        raise ThrottllemError(f"--tp must be one of {', '.join(map(str, TP_DEGREES))}, got {tp}")
    shape = preset_shape(config)
    check_backend(config)
    if config.clocks:
        raise ThrottllemError("--clocks is not supported with --tp yet: a TP profile runs at the GPUs' own clocks")
    if config.roofline:
        raise ThrottllemError("--roofline measures one GPU: run it with --tp 1")
    if config.device != 0:
        raise ThrottllemError("with --tp, choose the GPUs with CUDA_VISIBLE_DEVICES (ranks use devices 0..N-1)")
    if config.tp_graphs not in GRAPH_OPTIONS:
        raise ThrottllemError(f"tp_graphs must be one of {GRAPH_OPTIONS}, got {config.tp_graphs!r}")
    check_tp_shape(shape, tp)
    check_tp_request(tp, config.backend)
    level = logging.getLogger("throttllem.profiler").getEffectiveLevel()

    launched = torchrun_rank()
    if launched is not None:
        rank, world, local = launched
        result = tp_worker(local, world, config, "env://", None, "torchrun", level, rank)
    else:
        with tempfile.TemporaryDirectory(prefix="throttllem-tp-") as tmp:
            try:
                spawn_workers(tp_worker, (tp, config, f"tcp://127.0.0.1:{free_port()}", tmp, "spawn", level), tp)
            except KeyboardInterrupt:
                raise
            except Exception as e:  # noqa: BLE001 - a worker failed: report its own error, not the wrapper's
                raise _worker_error(Path(tmp)) or ThrottllemError(f"a TP worker failed: {e}") from None
            result = json.loads((Path(tmp) / "result.json").read_text())
    if "aborted" in result:  # a torchrun rank other than 0: rank 0 reports the error itself
        raise ThrottllemError(f"rank 0 stopped the run: {result['aborted']}")
    if result["interrupted"]:
        raise KeyboardInterrupt
    return ProfileResult(Path(result["csv_path"]), result["measured_points"], result["already_present"],
                         result["skipped_points"], result["duration_s"])


def _worker_error(folder: Path) -> Exception | None:
    """The first failing rank's error as an exception of its kind (for the CLI's message)."""
    for path in sorted(folder.glob("error-*.json")):
        doc = json.loads(path.read_text())
        kinds = {"ProfilerUnavailable": ProfilerUnavailable}
        return kinds.get(doc["type"], ThrottllemError)(f"rank {doc['rank']}: {doc['message']}")
    return None


class _StopRequest:
    """Ctrl-C in a worker: remembered, acted on between points (all ranks agree to stop)."""

    def __init__(self) -> None:
        self.requested = 0.0
        try:
            signal.signal(signal.SIGINT, self._on_signal)
        except ValueError:  # not the main thread: nothing to install
            pass

    def _on_signal(self, signum, frame) -> None:  # noqa: ANN001 - signal handler signature
        self.requested = 1.0


def tp_worker(local_rank: int, world: int, config, init_method: str, folder: str | None, launcher: str,
              log_level: int, rank: int | None = None) -> dict:
    """One rank's whole run; rank 0's result (also written to ``folder``/result.json)."""
    import torch  # the optional heavy dependency: only a worker needs it
    import torch.distributed as dist

    rank = local_rank if rank is None else rank
    stop = _StopRequest()
    if rank == 0 and log_level <= logging.INFO:
        logging.basicConfig(level=log_level, format=f"%(asctime)s %(name)s[rank {rank}]: %(message)s")
    env = disable_multicast()
    timeout = _dt.timedelta(seconds=PROCESS_GROUP_TIMEOUT_S)
    try:
        if config.backend == "cuda":
            backend = CudaBackend(local_rank)
            dist.init_process_group("nccl", init_method=init_method, rank=rank, world_size=world, timeout=timeout,
                                    device_id=torch.device(backend.device))
            cpu_group = dist.new_group(backend="gloo", timeout=timeout)
        else:
            torch.set_num_threads(1)  # N workers share the host's cores
            backend = CpuBackend()
            dist.init_process_group("gloo", init_method=init_method, rank=rank, world_size=world, timeout=timeout)
            cpu_group = dist.group.WORLD
        try:
            result = _Run(config, backend, rank, world, cpu_group, launcher, env, stop).run()
        finally:
            dist.destroy_process_group()
    except Exception as e:
        if not isinstance(e, ThrottllemError):  # unexpected: the launcher shows only the message
            traceback.print_exc()
        if folder is not None:
            (Path(folder) / f"error-{rank}.json").write_text(
                json.dumps({"rank": rank, "type": type(e).__name__, "message": str(e)}))
        raise
    if folder is not None and rank == 0:
        (Path(folder) / "result.json").write_text(json.dumps(result))
    return result


def _bcast(obj, cpu_group):
    import torch.distributed as dist  # optional heavy dependency (torch)

    box = [obj]
    dist.broadcast_object_list(box, src=0, group=cpu_group)
    return box[0]


def _all(obj, cpu_group, world: int) -> list:
    import torch.distributed as dist  # optional heavy dependency (torch)

    out = [None] * world
    dist.all_gather_object(out, obj, group=cpu_group)
    return out


class _Run:
    """The body of one rank's run (state shared by its steps)."""

    def __init__(self, config, backend, rank, world, cpu_group, launcher, env, stop) -> None:
        self.config, self.backend, self.rank, self.world = config, backend, rank, world
        self.cpu_group, self.launcher, self.env, self.stop = cpu_group, launcher, env, stop
        self.shape = preset_shape(config)
        self.mode = "host" if backend.name == "cpu" else ("eager" if config.tp_graphs == "off" else "graph")
        self.capture_error: str | None = None
        self.started = time.monotonic()
        self.measured = 0
        self.previous_duration = 0.0

    def run(self) -> dict:
        from throttllem.profiler.tp.decoder import TensorParallelDecoder  # imports torch: only in a worker

        config = self.config
        _, section = self.backend.gpu()
        sections = _all(section, self.cpu_group, self.world)
        load_start = time.monotonic()
        model = TensorParallelDecoder(self.shape, rank=self.rank, world_size=self.world, device=self.backend.device,
                                      dtype=self.backend.dtype, seed=config.seed)
        free = self.backend.free_bytes()
        kv_rank = model.kv_bytes_per_token()
        per_rank = _all({"weight_bytes": model.weight_bytes, "kv_bytes_per_token": kv_rank,
                         "free_bytes_after_weights": int(free),
                         "kv_capacity_tokens": kv_capacity(config, self.backend, free, kv_rank)},
                        self.cpu_group, self.world)
        capacity = min(p["kv_capacity_tokens"] for p in per_rank)
        if self.rank == 0:
            log.info("%s over %d ranks: %.1f GB of random %s weights per rank in %.1f s; KV capacity %d tokens",
                     self.shape.name, self.world, model.weight_bytes / 1e9, model.dtype,
                     time.monotonic() - load_start, capacity)
        # The GPUs' own clock policy only (no sweeps under TP): one level, None.
        fit, skipped = config.grid.split_by_capacity(config.grid.points(None), capacity, self.shape.max_context_tokens)
        if not fit:
            raise ThrottllemError(f"no grid point fits: the smallest GPU holds {capacity} KV tokens after its weights")
        model.allocate_cache(max(p.cache_tokens for p in fit), seed=config.seed + 1)

        plan, writer, metadata, error = None, None, None, None
        if self.rank == 0:
            try:
                writer, metadata = self._open(model, sections, per_rank, capacity, fit, skipped)
                plan = {"pending": [p for p in fit if not writer.has(p.key())]}
            except Exception as e:  # noqa: BLE001 - every rank must hear of it, or they wait forever
                plan, error = {"error": str(e)}, e
        plan = _bcast(plan, self.cpu_group)
        if error is not None:
            raise error
        if "error" in plan:
            return {"aborted": plan["error"]}
        pending = plan["pending"]
        interrupted = False
        sampler = self._sampler(sections) if self.rank == 0 else None
        try:
            interrupted = self._measure_all(model, pending, sections, sampler, writer, metadata)
        finally:
            if sampler is not None:
                sampler.close()
            if self.rank == 0:
                self._close(writer, metadata, fit)
        result = None
        if self.rank == 0:
            result = {"csv_path": str(writer.csv_path), "measured_points": self.measured,
                      "already_present": len(fit) - len(pending), "skipped_points": len(skipped),
                      "duration_s": time.monotonic() - self.started, "interrupted": interrupted}
        return _bcast(result, self.cpu_group)

    # ---- rank 0: files ----------------------------------------------------------------------
    def _open(self, model, sections, per_rank, capacity, fit, skipped):
        config, torch = self.config, self.backend.torch
        dtype = str(model.dtype).removeprefix("torch.")
        model_doc = model_section(config.preset, self.shape, dtype, sum(p["weight_bytes"] for p in per_rank),
                                  sum(p["kv_bytes_per_token"] for p in per_rank))
        model_doc["weight_bytes_per_gpu"] = [p["weight_bytes"] for p in per_rank]
        metadata = profile_metadata(
            config, gpu=sections[0], torch=torch, model=model_doc, backend=f"{self.backend.name}-tp",
            method=METHODS_TP[self.mode], capacity=capacity, skipped=skipped, clocks=None)
        metadata["tp_degree"] = self.world
        metadata["modelled_parts"] = MODELLED_PARTS_TP.format(n=self.world)
        nccl = None
        if self.backend.name == "cuda":
            try:
                nccl = ".".join(map(str, torch.cuda.nccl.version()))
            except Exception:  # noqa: BLE001 - the version is a nicety
                nccl = None
        env = {**self.env, **{k: v for k, v in os.environ.items() if k.startswith("NCCL_")}}
        metadata["tp"] = tp_section(
            degree=self.world, launcher=self.launcher, process_group="nccl" if self.backend.name == "cuda" else "gloo",
            env=env, sections=sections, per_rank=per_rank, graphs=config.tp_graphs, model=model, out=config.out,
            topology=topology_text() if self.backend.name == "cuda" else None, nccl_version=nccl)
        writer = open_writer(config, metadata)
        previous = writer.previous_metadata or {}
        self.previous_duration = float(previous.get("duration_s") or 0.0)
        old_modes = ((previous.get("tp") or {}).get("timing") or {}).get("modes_used") or []
        metadata["tp"]["timing"]["modes_used"] = list(old_modes)
        writer.save_metadata()
        return writer, metadata

    def _close(self, writer, metadata, fit) -> None:
        if writer is None:
            return
        metadata["tp"]["timing"]["graph_capture_error"] = self.capture_error
        modes = metadata["tp"]["timing"]["modes_used"]
        if modes:  # a capture that failed mid-run changed how the later points were timed
            metadata["timing"]["method"] = " | ".join(f"{m}: {METHODS_TP[m]}" for m in modes)
        close_metadata(writer, metadata, fit, self.previous_duration + time.monotonic() - self.started)

    def _sampler(self, sections):
        """Rank 0's sampler of every rank's GPU (by the NVML index each rank found for itself)."""
        gpus = []
        for section in sections:
            gpu = None
            if section.get("nvml_index") is not None:
                try:
                    gpu = open_gpus([section["nvml_index"]])[0]
                except Exception as e:  # noqa: BLE001 - profile without this GPU's power
                    log.warning("cannot read NVML GPU %s: %s", section["nvml_index"], e)
            gpus.append(gpu)
        return MultiGpuSampler(gpus, period_s=self.config.sample_period_s)

    # ---- every rank: measuring --------------------------------------------------------------
    def _measure_all(self, model, pending, sections, sampler, writer, metadata) -> bool:
        """Measures ``pending``; True when a Ctrl-C stopped it early."""
        import torch.distributed as dist  # optional heavy dependency (torch)

        config = self.config
        show = config.progress and self.rank == 0
        with progress_bar(len(pending), desc=f"profile {config.preset} tp{self.world}", unit="point",
                          enabled=show) as bar:
            for point in pending:
                if timing.agree_max(self.stop.requested, self.cpu_group) > 0:
                    return True
                times, mode = self._time_point(model, point)
                summary = {"iteration_ms": times.iteration_ms, "load_start_s": times.load_start_s,
                           "timed_start_s": times.timed_start_s, "end_s": times.end_s}
                summaries = [None] * self.world if self.rank == 0 else None
                dist.gather_object(summary, summaries, dst=0, group=self.cpu_group)
                if self.rank != 0:
                    continue
                own = summaries[0]
                clock = sampler.window(own["timed_start_s"], own["end_s"])
                power = sampler.window(own["load_start_s"], own["end_s"], settle_s=config.power_settle_s)
                row = build_row(point, self.world, summaries, clock, power)
                append_per_gpu(per_gpu_path(config.out), per_gpu_record(point, row, mode, sections, summaries,
                                                                         clock, power))
                writer.append(row)
                self.measured += 1
                modes = metadata["tp"]["timing"]["modes_used"]
                if mode not in modes:
                    modes.append(mode)
                    writer.save_metadata()
                bar.set_postfix_str(point.label())
                bar.update(1)
                log.info("tp%d %s: %.3f ms/iteration (p10 %.3f, p90 %.3f), %.2f IPS, SM clock %s MHz, %s W over %d "
                         "GPUs, %s, %s (measured)", self.world, point.label(), row.iteration_ms_mean,
                         row.iteration_ms_p10, row.iteration_ms_p90, row.ips, fmt(row.sm_clock_mhz_mean),
                         fmt(row.power_w_mean), self.world, mode, row.clock_event_reasons)
        return False

    def _time_point(self, model, point):
        """(timing, how it was timed) of one point, the same step on every rank."""
        config = self.config
        # Same seed on every rank: every rank embeds the same tokens, as in a real TP instance.
        step = make_step(self.backend.torch, model, point, config.seed)
        window = {"warmup_s": config.warmup_s, "measure_s": config.measure_s}
        if self.mode == "host":
            return timing.time_tp_host(step, self.cpu_group, **window), "host"
        if self.mode == "graph":
            graph, error = None, None
            try:
                graph = timing.capture_tp_graph(step, self.cpu_group)
            except Exception as e:  # noqa: BLE001 - decided below, together with the other ranks
                error = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
            if timing.agree_max(0.0 if graph is not None else 1.0, self.cpu_group) == 0.0:
                try:
                    return timing.time_tp_cuda(graph.replay, self.cpu_group, **window), "graph"
                finally:
                    graph.reset()
            if graph is not None:
                graph.reset()
            why = error or "another rank's capture failed"
            if config.tp_graphs == "on":
                raise ThrottllemError(f"CUDA graph capture of the TP step failed ({why}); retry with --tp-eager")
            self.mode, self.capture_error = "eager", why
            log.warning("CUDA graph capture of the TP step failed (%s): timing eager steps from now on", why)
        return timing.time_tp_cuda(step, self.cpu_group, **window), "eager"
