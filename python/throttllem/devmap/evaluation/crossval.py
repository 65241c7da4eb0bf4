"""Cross-validation folds as independent tasks: run in parallel, cached, resumable.

A network's 10 folds x 2 platforms x 2 protocols take hours on a laptop and minutes on a GPU, and
a GPU lease ends when it ends: each finished fold is appended at once to a JSON-lines cache
(keyed by model, options, platform, protocol, seed, fold and a checksum of the table), so a
second run picks up where the first stopped and a table can be rebuilt from the cache alone.
Workers are spawned processes (CUDA cannot be forked into); the parent alone writes the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapData
from throttllem.devmap.models import MODELS, create
from throttllem.devmap.models.trees import TreeModel
from throttllem.devmap.evaluation.protocols import SEED, folds
from throttllem.errors import InvalidArgumentError

# Options that change where or how fast a model trains, not what it computes.
_EXECUTION_OPTIONS = frozenset({"threads", "device", "progress"})


def table_checksum(data: DevMapData) -> str:
    """Short sha256 over every column a model or the fold split reads: benchmark (grouped folds),
    dataset (gbdt-plus), the static counts (grewe, gbdt), sources, launch and labels.

    A column left out here would let a cached fold of another table pass for this one's.
    Runtimes are not hashed: they only score predictions, which are recomputed from the table.
    """
    h = hashlib.sha256()
    for column in (data.src, data.benchmark, data.dataset):
        for text in column:
            h.update(text.encode("utf-8"))
            h.update(b"\0")
        h.update(b"\1")  # column separator: moving text between columns changes the digest
    for name in COUNT_COLUMNS:
        h.update(np.ascontiguousarray(data.counts[name], dtype=np.float64).tobytes())
    for array in (data.transfer_bytes, data.wgsize, data.label):
        h.update(np.ascontiguousarray(array, dtype=np.float64).tobytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class FoldTask:
    """One fold of one model on one platform under one protocol."""

    model: str
    platform: str
    protocol: str
    fold: int
    train: np.ndarray = field(repr=False)
    test: np.ndarray = field(repr=False)
    options: dict = field(default_factory=dict)
    seed: int = SEED
    compiled: bool = False

    def key(self, checksum: str) -> str:
        semantic = {k: v for k, v in sorted(self.options.items()) if k not in _EXECUTION_OPTIONS}
        if semantic.get("init_seed") == self.seed:  # the default initialisation: one computation, one key
            del semantic["init_seed"]
        return json.dumps([self.model, MODELS[self.model].revision, semantic, self.platform, self.protocol,
                           self.seed, self.fold, bool(self.compiled), checksum], sort_keys=True)


@dataclass
class FoldResult:
    """Predictions of one fold (test rows only), with what it cost."""

    task: FoldTask
    predictions: np.ndarray
    seconds: float
    mismatches: int = 0        # compiled library vs Python model disagreements
    cached: bool = False
    device: str = ""


def fold_tasks(model: str, data: DevMapData, protocol: str, *, options: dict | None = None,
               seed: int = SEED, compiled: bool = False, max_folds: int | None = None) -> list[FoldTask]:
    """The folds of ``protocol`` on ``data`` as tasks for ``model``."""
    compiled = compiled and isinstance(create(model), TreeModel)  # only trees compile: keys say so
    out = []
    for fold, (train, test) in enumerate(folds(data, protocol, seed=seed)):
        if max_folds is not None and fold >= max_folds:
            break
        out.append(FoldTask(model, data.platform, protocol, fold, train, test, dict(options or {}), seed, compiled))
    return out


def run_fold(task: FoldTask, data: DevMapData) -> FoldResult:
    """Fit on the task's training rows, predict its test rows (compiled library if asked)."""
    start = time.perf_counter()
    model = create(task.model, **task.options).fit(data, task.train, seed=task.seed)
    predicted = model.predict(data, task.test)
    mismatches = 0
    if task.compiled and isinstance(model, TreeModel):
        with tempfile.TemporaryDirectory(prefix="devmap-") as tmp:
            library = model.compile(Path(tmp) / f"{task.model}-{task.fold}.so",
                                    provenance=f"devmap {task.platform} {task.protocol} fold {task.fold}")
            from_library = library.predict(model.features(data)[task.test])
        mismatches = int(np.sum(from_library != predicted))
        predicted = from_library
    return FoldResult(task, np.asarray(predicted, dtype=np.int64), time.perf_counter() - start, mismatches,
                      device=str(getattr(model, "_device", "cpu")))


def _entry_problem(entry) -> str | None:
    """What is wrong with a decoded fold-cache entry (None: nothing)."""
    if not isinstance(entry, dict):
        return "not a JSON object"
    if not isinstance(entry.get("key"), str):
        return "no string 'key'"
    test, predictions = entry.get("test"), entry.get("predictions")
    if not isinstance(test, list) or not isinstance(predictions, list):
        return "'test' and 'predictions' must be lists"
    if len(test) != len(predictions):
        return f"{len(test)} test rows but {len(predictions)} predictions"
    if not all(type(i) is int and i >= 0 for i in test):  # type(): JSON true is no row index
        return "'test' must hold row indices (integers >= 0)"
    if not all(type(p) is int and p in (0, 1) for p in predictions):
        return "'predictions' must be 0 (CPU) or 1 (GPU)"
    seconds = entry.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        return "'seconds' must be a number"
    return None


def read_cache(path: str | os.PathLike) -> tuple[list[tuple[int, dict]], int | None]:
    """(line number, entry) of each fold in the cache file ``path``, and the byte offset of a torn
    last line (None: none).

    A run killed while appending leaves its last line cut short: that line is skipped with a
    warning on stderr. A malformed line anywhere else, or an entry with bad fields, is an error
    naming file:line: the file was damaged otherwise, and its folds cannot be trusted.
    """
    path = Path(path)
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    entries, torn, offset = [], None, 0
    for index, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        number = index + 1
        try:
            entry = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            if index == last:
                print(f"warning: {path}:{number}: skipping a torn last line (a run stopped while writing it)",
                      file=sys.stderr)
                torn = start
                break
            raise InvalidArgumentError(f"{path}:{number}: not a fold-cache line ({exc})") from exc
        problem = _entry_problem(entry)
        if problem:
            raise InvalidArgumentError(f"{path}:{number}: not a fold-cache line ({problem})")
        entries.append((number, entry))
    return entries, torn


class FoldCache:
    """Finished folds in a JSON-lines file; lines are appended and flushed as folds finish."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._entries: dict[str, dict] = {}
        self._torn: tuple[int, int] | None = None  # (offset of a torn last line, file size then)
        if self.path.exists():
            entries, torn = read_cache(self.path)
            for _, entry in entries:
                self._entries[entry["key"]] = entry
            if torn is not None:
                self._torn = (torn, self.path.stat().st_size)

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, task: FoldTask, checksum: str) -> FoldResult | None:
        entry = self._entries.get(task.key(checksum))
        if entry is None:
            return None
        if entry["test"] != task.test.tolist():  # same key, other split: never reuse silently
            raise InvalidArgumentError(f"{self.path}: cached fold {task.fold} of {task.model} has other test rows")
        return FoldResult(task, np.asarray(entry["predictions"], dtype=np.int64), entry["seconds"],
                          entry.get("mismatches", 0), cached=True, device=entry.get("device", ""))

    def put(self, result: FoldResult, checksum: str) -> None:
        task = result.task
        entry = {"key": task.key(checksum), "model": task.model, "platform": task.platform,
                 "protocol": task.protocol, "fold": task.fold, "test": task.test.tolist(),
                 "predictions": result.predictions.tolist(), "seconds": round(result.seconds, 3),
                 "mismatches": result.mismatches, "device": result.device,
                 "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        self._entries[entry["key"]] = entry
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as f:
            size = f.seek(0, os.SEEK_END)
            if self._torn is not None and self._torn[1] == size:
                f.truncate(self._torn[0])  # drop the torn line, or it would sit mid-file: an error
                size = self._torn[0]
            self._torn = None
            prefix = b""
            if size:  # whatever wrote last, this entry starts on a line of its own
                with self.path.open("rb") as r:
                    r.seek(size - 1)
                    prefix = b"" if r.read(1) == b"\n" else b"\n"
            f.write(prefix + (json.dumps(entry) + "\n").encode("utf-8"))


# Per worker process: tables loaded once, keyed by platform.
_WORKER_TABLES: dict[str, DevMapData] = {}


def _worker_init(tables: dict[str, DevMapData]) -> None:
    _WORKER_TABLES.update(tables)


def _worker_run(task: FoldTask) -> FoldResult:
    return run_fold(task, _WORKER_TABLES[task.platform])


def run_tasks(tasks: Iterable[FoldTask], tables: dict[str, DevMapData], *, jobs: int = 1,
              cache: FoldCache | None = None, time_limit_s: float | None = None,
              on_result: Callable[[FoldResult], None] | None = None,
              on_failure: Callable[[FoldTask, BaseException], None] | None = None,
              cached_only: Callable[[FoldTask], bool] | None = None) -> Iterator[FoldResult]:
    """Run (or fetch from ``cache``) every task; yield results as they finish.

    ``jobs`` > 1 runs folds in that many spawned processes. With ``time_limit_s`` no new fold
    starts after that many seconds (running ones finish): the caller sees fewer results.
    With ``on_failure``, a fold that raises (a worker out of GPU memory, say) is reported to it
    and the other folds go on; without it the first failure propagates. Tasks for which
    ``cached_only(task)`` is true are never run: a cache miss just leaves them out.
    """
    if jobs < 1:
        raise InvalidArgumentError(f"jobs must be >= 1, got {jobs}")
    checksums = {p: table_checksum(t) for p, t in tables.items()}
    start = time.monotonic()
    pending: list[FoldTask] = []
    for task in tasks:
        hit = cache.get(task, checksums[task.platform]) if cache is not None else None
        if hit is not None:
            yield hit
        elif not (cached_only and cached_only(task)):
            pending.append(task)

    def out_of_time() -> bool:
        return time_limit_s is not None and time.monotonic() - start >= time_limit_s

    def finished(result: FoldResult) -> FoldResult:
        if cache is not None:
            cache.put(result, checksums[result.task.platform])
        if on_result:
            on_result(result)
        return result

    if jobs == 1:
        for task in pending:
            if out_of_time():
                return
            try:
                result = run_fold(task, tables[task.platform])
            except Exception as exc:  # noqa: BLE001 - as in the pool below: reported, or propagated
                if on_failure is None:
                    raise
                on_failure(task, exc)
                continue
            yield finished(result)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"), initializer=_worker_init,
                             initargs=(tables,)) as pool:
        queue = list(reversed(pending))
        running: dict = {}
        while queue or running:
            while queue and len(running) < jobs and not out_of_time():
                task = queue.pop()
                running[pool.submit(_worker_run, task)] = task
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                task = running.pop(future)
                try:
                    result = future.result()
                except Exception as exc:  # noqa: BLE001 - reported to the caller, who asked to go on
                    if on_failure is None:
                        raise
                    on_failure(task, exc)
                    continue
                yield finished(result)
