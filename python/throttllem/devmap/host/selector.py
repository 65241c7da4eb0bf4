"""HostSelector: CPU or GPU for a pyopencl launch, decided by a trained DeviceSelector.

>>> host = HostSelector("selector-mine", log_path="decisions.jsonl")   # a `devmap train` folder
>>> choice = host.select(source, "saxpy", global_size=1 << 20, local_size=256, buffers=(x, y))
>>> choice.device_type, choice.p_gpu, choice.decision_ns, choice.first_sight
('GPU', 0.91, 2400, False)
>>> program = cl.Program(choice.context, source).build()           # or: host.run(...)
>>> host.close()                                                     # writes the JSONL log

A decision reads the source's token statistics (``source.first_sight``: one pass, identical to
the selector's own features) once per distinct source and caches them; later decisions for the
same source cost a dictionary look-up, a row and one call of the compiled C++ ``Classifier``, and
a launch seen before (same source, kernel, sizes and bytes) reuses its decision without the model.
The model's launch inputs are DevMap's: bytes moved between host and device (the buffers' sizes,
each counted once) and the work-group size (the product of ``local_size``; 0 when the runtime
picks it). The global size is checked and logged; ``gbdt-source`` (trained on DevMap, which does
not record it) does not read it, ``gbdt-launch`` (trained on a clprofile dataset) reads its
work-items and the named kernel's static counts. No decision runs a compiler: the selector
format holds source-only models, so clang-based IR features never enter the decision path.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any, NamedTuple

from throttllem._atomic import write_text_atomic
from throttllem.devmap.data.dataset import DEVICES
from throttllem.devmap.deploy.compile_check import structure_error
from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.host.log import DecisionLog
from throttllem.devmap.host.opencl import DeviceSet, buffer_bytes
from throttllem.devmap.source.features import has_kernel
from throttllem.devmap.source.first_sight import analyse
from throttllem.devmap.source.lexer import tokenize
from throttllem.errors import InvalidArgumentError

_CPU, _GPU = DEVICES
_new_tuple = tuple.__new__
_INF = float("inf")


class LaunchChoice(NamedTuple):
    """Where to run one launch: ``device_type`` ("CPU"/"GPU", the one used), the pyopencl
    ``device``, ``context`` and ``queue`` for it (None in a decide-only selector), ``p_gpu`` (the
    model's P(GPU is faster)), ``predicted`` (the model's pick: differs from ``device_type`` when
    that device is absent), ``decision_ns`` (measured) and ``first_sight`` (the source was
    analysed in this decision)."""

    device_type: str
    device: Any
    context: Any
    queue: Any
    p_gpu: float
    predicted: str
    decision_ns: int
    first_sight: bool


class _Source(NamedTuple):
    """The launch-independent part of a source's decisions."""

    statistics: tuple[float, ...]
    kernels: frozenset[str]
    sha256: str


class HostSelector:
    """Decides CPU or GPU per kernel launch and hands back the context and queue to use.

    ``selector``: a DeviceSelector or its folder. ``opencl``: find the OpenCL CPU and GPU devices
    (first of each type over all platforms; ``cpu``/``gpu`` name devices explicitly) and make a
    context and queue per device; False decides without OpenCL (``device``/``context``/``queue``
    are None). ``log_path``: the decision log is written there (JSONL, atomically) on
    :meth:`close`. ``cache_size``: distinct sources whose analysis is kept; ``memo_size``: distinct
    launches (source, kernel, sizes, bytes) whose decision is kept, so that a repeated launch skips
    the model (its decision is the same)."""

    def __init__(self, selector: DeviceSelector | str | os.PathLike, *, opencl: bool = True, cpu=None, gpu=None,
                 log_path: str | os.PathLike | None = None, cache_size: int = 4096, max_log: int = 100_000,
                 memo_size: int = 65536):
        if cache_size < 1:
            raise InvalidArgumentError(f"cache_size must be >= 1, got {cache_size}")
        if memo_size < 1:
            raise InvalidArgumentError(f"memo_size must be >= 1, got {memo_size}")
        self.selector = selector if isinstance(selector, DeviceSelector) else DeviceSelector.load(selector)
        self._predict = self.selector.classifier.predict_proba_one
        # gbdt-source's row is (transfer_bytes, wgsize, *token statistics): built here without the
        # model object; any other model goes through its own row (slower, same values).
        self._fast_row = self.selector.meta.get("model") == "gbdt-source"
        self.devices = DeviceSet.discover(cpu, gpu) if opencl else DeviceSet.none()
        self.log = DecisionLog(max_log)
        self._record = self.log.append
        self.log_path = Path(log_path) if log_path is not None else None
        self._cache: OrderedDict[str, _Source] = OrderedDict()
        self._cache_size = cache_size
        self._memo: OrderedDict[tuple, tuple] = OrderedDict()  # per distinct launch: its decision (see select)
        self._memo_size = memo_size
        self.misses = 0  # first sights (sources analysed); the log counts the rest

    # -- the decision --------------------------------------------------------------------------

    def select(self, source: str, kernel_name: str, global_size, local_size=None, buffers=(), *,
               transfer_bytes: float | None = None) -> LaunchChoice:
        """The device for launching ``kernel_name`` of ``source`` over ``global_size`` work-items
        (an int or a tuple of up to 3), ``local_size`` per group (None: the runtime's choice)
        with ``buffers`` (pyopencl Buffers, numpy arrays, or byte counts; or ``transfer_bytes``).

        Raises InvalidArgumentError for a bad size, an unknown kernel name or a source with no
        kernel / unbalanced brackets, LexError for a source that does not lex."""
        start = time.perf_counter_ns()
        gsize = _sizes(global_size, "global_size")
        lsize = None if local_size is None else _sizes(local_size, "local_size")
        if transfer_bytes is None:
            transfer = buffer_bytes(buffers)
        else:
            kind = type(transfer_bytes)
            transfer = float(transfer_bytes) if kind is int or kind is float else _number(transfer_bytes)
            if not 0.0 <= transfer < _INF:  # NaN fails too
                raise InvalidArgumentError(f"transfer_bytes must be a finite number >= 0, got {transfer_bytes!r}")
        # A repeated launch (same source, kernel, checked sizes and bytes) reuses its decision:
        # the model is deterministic, so this is the model's answer without evaluating it again.
        key = (source, kernel_name, gsize, lsize, transfer)
        try:
            hit = self._memo.get(key)
        except TypeError:  # an unhashable source or kernel name: the full path raises its error
            hit = key = None
        if hit is not None:
            sha, wgsize, p_gpu, predicted, device_type, device, context, queue = hit
            ns = time.perf_counter_ns() - start
            self._record((start, sha, kernel_name, gsize, lsize, transfer, wgsize, p_gpu, predicted,
                          device_type, ns, False))
            return _new_tuple(LaunchChoice, (device_type, device, context, queue, p_gpu, predicted, ns, False))
        try:
            entry = self._cache.get(source)
        except TypeError:  # unhashable: not a str either
            entry = None
        first = entry is None
        if first:
            entry = self._analyse(source)
        if type(kernel_name) is not str or kernel_name not in entry.kernels:
            names = ", ".join(sorted(entry.kernels))
            raise InvalidArgumentError(f"kernel {kernel_name!r} is not a __kernel of the source (it has {names})")
        if lsize is None:
            wgsize = 0
        else:
            if len(lsize) != len(gsize):
                raise InvalidArgumentError(f"local_size has {len(lsize)} dimensions, global_size {len(gsize)}")
            wgsize = lsize[0]
            for n in lsize[1:]:
                wgsize *= n
        if self._fast_row:
            p_gpu = self._predict((transfer, float(wgsize), *entry.statistics))
        else:  # gbdt-launch reads the kernel's static counts and the launch's work-items too
            items = gsize[0]
            for n in gsize[1:]:
                items *= n
            p_gpu = self._predict(self.selector.features(source, transfer, wgsize, kernel=kernel_name,
                                                         work_items=float(items)))
        predicted = _GPU if p_gpu > 0.5 else _CPU
        device_type, device, context, queue = self.devices.pick(predicted)
        if len(self._memo) >= self._memo_size:
            self._memo.popitem(last=False)  # the oldest launch (O(1): a dict's would scan its holes)
        self._memo[key] = (entry.sha256, float(wgsize), p_gpu, predicted, device_type, device, context, queue)
        ns = time.perf_counter_ns() - start
        # plain tuples (named on reading) and tuple.__new__: no Python-level constructor per decision
        self._record((start, entry.sha256, kernel_name, gsize, lsize, transfer, float(wgsize), p_gpu, predicted,
                      device_type, ns, first))
        return _new_tuple(LaunchChoice, (device_type, device, context, queue, p_gpu, predicted, ns, first))

    def _analyse(self, source: str) -> _Source:
        """First sight: the one-pass analysis, cached; a source it finds wrong gets the reference
        path's exact error (and is not cached)."""
        if not isinstance(source, str):
            raise InvalidArgumentError(f"source must be a str, got {type(source).__name__}")
        self.misses += 1
        found = analyse(source)
        if found is None:
            tokenize(source)  # raises the LexError naming line and column
            raise InvalidArgumentError("the source does not lex")  # not reached: analyse agrees with tokenize
        if not found.ok:
            if not has_kernel(source):
                raise InvalidArgumentError("the source defines no __kernel function to decide for")
            raise InvalidArgumentError(f"cannot featurize the kernel: it does not compile "
                                       f"({structure_error(source) or 'a kernel has no body'})")
        entry = _Source(found.statistics, frozenset(found.kernels),
                        hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:16])
        if len(self._cache) >= self._cache_size:
            self._cache.popitem(last=False)  # the oldest source
        self._cache[source] = entry
        return entry

    def statistics(self, source: str) -> tuple[float, ...]:
        """The launch-independent features of ``source`` (TOKEN_STATISTICS order), cached: what a
        C++ host passes to ``throttllem::Classifier`` after ``(transfer_bytes, wgsize)``."""
        entry = self._cache.get(source) or self._analyse(source)
        return entry.statistics

    def feature_row(self, source: str, transfer_bytes: float, wgsize: float, *, kernel: str | None = None,
                    work_items: float = 0.0) -> tuple[float, ...]:
        """The selector model's whole feature row for one launch (what ``select`` classifies;
        ``kernel`` and ``work_items`` matter to gbdt-launch only)."""
        if self._fast_row:
            return (float(transfer_bytes), float(wgsize), *self.statistics(source))
        return self.selector.features(source, transfer_bytes, wgsize, kernel=kernel, work_items=work_items)

    # -- running -------------------------------------------------------------------------------

    def run(self, source: str, kernel_name: str, global_size, local_size=None, args=(), *,
            outputs=None, options=()):
        """Decide, build (cached per device and source), and run ``kernel_name`` with ``args``:
        numpy arrays become buffers on the chosen device and those listed in ``outputs``
        (argument indices; default every array) are copied back; other arguments (numpy scalars,
        ``cl.LocalMemory``) pass as they are. Returns (LaunchChoice, measured host seconds from
        the first upload to the last read-back)."""
        from throttllem.devmap.host.opencl import run_kernel

        arrays = [a for a in args if hasattr(a, "nbytes") and getattr(a, "ndim", 0) > 0]
        choice = self.select(source, kernel_name, global_size, local_size, arrays)
        if choice.context is None:
            raise InvalidArgumentError("this HostSelector decides only (opencl=False): nothing to run on")
        seconds = run_kernel(self.devices, choice, source, kernel_name, _sizes(global_size, "global_size"),
                             None if local_size is None else _sizes(local_size, "local_size"), args, outputs,
                             tuple(options))
        return choice, seconds

    # -- lifetime ------------------------------------------------------------------------------

    def close(self) -> None:
        """Write the decision log to ``log_path`` (if given), atomically."""
        if self.log_path is not None:
            self.log.write_jsonl(self.log_path)

    def __enter__(self) -> HostSelector:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _number(value) -> float:
    """``transfer_bytes`` given as another numeric type (numpy scalars); a typed error otherwise."""
    if isinstance(value, bool) or not hasattr(value, "__float__"):
        raise InvalidArgumentError(f"transfer_bytes must be a number, got {type(value).__name__}")
    return float(value)


def _sizes(value, name: str) -> tuple[int, ...]:
    """A launch size as a tuple of 1-3 positive ints."""
    # the common cases first, without a loop: this is on the decision path
    kind = type(value)
    if kind is int:
        if value > 0:
            return (value,)
        raise InvalidArgumentError(f"{name} must be positive, got {value}")
    if kind is tuple:
        n = len(value)
        if n == 1:
            (a,) = value
            if type(a) is int and a > 0:
                return value
        elif n == 2:
            a, b = value
            if type(a) is int and type(b) is int and a > 0 and b > 0:
                return value
        elif n == 3:
            a, b, c = value
            if type(a) is int and type(b) is int and type(c) is int and a > 0 and b > 0 and c > 0:
                return value
    try:
        dims = tuple(value)
    except TypeError:
        dims = (value,)
    if not 1 <= len(dims) <= 3:
        raise InvalidArgumentError(f"{name} needs 1 to 3 dimensions, got {len(dims)}")
    out = []
    for d in dims:
        if isinstance(d, bool) or not hasattr(d, "__index__"):
            raise InvalidArgumentError(f"{name} must hold integers, got {d!r}")
        if int(d) <= 0:
            raise InvalidArgumentError(f"{name} must be positive, got {tuple(int(x) for x in dims)}")
        out.append(int(d))
    return tuple(out)


def write_statistics(host: HostSelector, sources, path: str | os.PathLike) -> None:
    """For a C++ host: the launch-independent features of each named source, one line per source
    (``key v1 ... v25``, TOKEN_STATISTICS order, shortest exact decimal of each double), under a
    header naming the model's whole row. A C++ program reads the line once, prepends
    ``transfer_bytes`` and ``wgsize`` per launch and calls ``throttllem::Classifier::predict``
    (examples/devmap_host). ``sources``: a mapping key -> source text (keys without whitespace)."""
    if not host._fast_row:
        raise InvalidArgumentError(f"a C++ row is (transfer_bytes, wgsize, statistics) only for gbdt-source, "
                                   f"not {host.selector.meta.get('model')!r}")
    lines = [f"# throttllem devmap statistics 1; row: {' '.join(host.selector.classifier.feature_names)}"]
    for key, source in sources.items():
        if not key or any(c.isspace() for c in key):
            raise InvalidArgumentError(f"a source key must be non-empty without whitespace, got {key!r}")
        lines.append(" ".join([key, *(repr(v) for v in host.statistics(source))]))
    write_text_atomic(path, "\n".join(lines) + "\n")
