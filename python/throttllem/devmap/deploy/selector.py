"""DeviceSelector: CPU or GPU for an OpenCL kernel launch, from its source and launch, in microseconds.

>>> selector = DeviceSelector.train(load_platform("amd"), "selector-amd")      # once, on DevMap
>>> DeviceSelector.train(load_clprofile("my-machine").data, "selector-mine",    # or on your own
...                      origin="clprofile my-machine")                          # measured kernels
>>> DeviceSelector.load("selector-amd").predict(source, transfer_bytes=1 << 20, wgsize=256)
Choice(device='GPU', confidence=0.93, p_gpu=0.93)

The model is a compiled tree model on what a runtime knows without a compiler: ``gbdt-source``
(token statistics of the kernel plus transfer bytes and work-group size; the default) or
``gbdt-launch`` (adds static counts and loop structure of the source, and the launch's
work-items: pass ``work_items`` and the ``kernel`` name). The analysis of a source is cached: the
first decision for a kernel lexes it (~ms), later ones cost a cache look-up and the compiled
call. A selector folder holds ``selector.json``, ``model.so`` and ``model.so.json``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem.devmap.deploy.compile_check import structure_error
from throttllem.devmap.models.compiled import CompiledClassifier
from throttllem.devmap.data.dataset import DEVICES, DevMapData
from throttllem.devmap.models import MODELS, create
from throttllem.devmap.models.launch import KernelLaunch, counted_launch
from throttllem.devmap.source.features import has_kernel
from throttllem.errors import InvalidArgumentError, ModelLoadError

FORMAT = "throttllem-device-selector"
VERSION = 1
#: Models whose features the selector computes from the source and the launch (no compiler run):
#: (source, transfer_bytes, wgsize), plus the kernel name and work-items for gbdt-launch.
SOURCE_MODELS = ("gbdt-source", "gbdt-launch")
#: Of those, the ones that read static counts of the named kernel and the launch's work-items.
LAUNCH_MODELS = ("gbdt-launch",)


@dataclass(frozen=True)
class Choice:
    """The device to run on, the model's confidence in it (0.5..1) and its P(GPU is faster)."""

    device: str
    confidence: float
    p_gpu: float


class DeviceSelector:
    """A trained, compiled device selector (see module docstring)."""

    def __init__(self, classifier: CompiledClassifier, meta: dict):
        self.classifier = classifier
        self.meta = meta
        self.model = create(meta.get("model", SOURCE_MODELS[0]))  # unfitted: only its feature row is used
        self.reads_launch = self.model.name in LAUNCH_MODELS

    @classmethod
    def train(cls, data: DevMapData, path: str | os.PathLike, *, model: str = "gbdt-source", seed: int = 204,
              model_options: dict | None = None, origin: str | None = None) -> DeviceSelector:
        """Fit ``model`` on every row of ``data``, compile it into folder ``path``, and load it.

        ``origin`` names where the rows come from in the provenance (default: the DevMap table
        of ``data.platform``); a clprofile dataset measured on your machine says so here."""
        if model not in SOURCE_MODELS:
            raise InvalidArgumentError(f"a selector needs a source-only model ({', '.join(SOURCE_MODELS)}), "
                                       f"got {model!r}")
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        fitted = create(model, **(model_options or {})).fit(data, np.arange(len(data)), seed=seed)
        origin = origin or f"DevMap {data.platform}"
        provenance = f"{model} trained on all {len(data)} rows of {origin}, seed {seed}"
        fitted.compile(folder / "model.so", provenance=provenance)
        meta = {"format": FORMAT, "version": VERSION, "model": model, "platform": data.platform,
                "origin": origin, "rows": len(data), "seed": seed, "library": "model.so", "provenance": provenance}
        (folder / "selector.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        return cls.load(folder)

    @classmethod
    def load(cls, path: str | os.PathLike) -> DeviceSelector:
        """Load a selector folder written by :meth:`train`."""
        folder = Path(path)
        try:
            meta = json.loads((folder / "selector.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"cannot read {folder / 'selector.json'}: {exc}") from None
        if not isinstance(meta, dict):
            raise ModelLoadError(f"{folder / 'selector.json'} is not a JSON object")
        if meta.get("format") != FORMAT or meta.get("version") != VERSION or meta.get("model") not in SOURCE_MODELS:
            raise ModelLoadError(f"{folder / 'selector.json'} is not a {FORMAT} {VERSION} file of a known model")
        missing = [k for k in ("library", "platform") if not isinstance(meta.get(k), str) or not meta[k]]
        if missing:
            raise ModelLoadError(f"{folder / 'selector.json'} lacks {' and '.join(missing)}")
        classifier = CompiledClassifier.load(folder / meta["library"])
        expected = MODELS[meta["model"]].feature_names
        if classifier.feature_names != expected:
            raise ModelLoadError(f"{folder}: the library's features do not match model {meta['model']}")
        return cls(classifier, meta)

    def features(self, source: str, transfer_bytes: float, wgsize: float, *, kernel: str | None = None,
                 work_items: float = 0.0) -> tuple[float, ...]:
        """The model's feature row for one launch (raises LexError on invalid source). ``kernel``
        (default: the source's first) and ``work_items`` (0: unknown) are read by gbdt-launch only."""
        if self.reads_launch:
            return self.model.row(counted_launch(source, kernel, transfer_bytes, wgsize, work_items=work_items))
        return self.model.row(KernelLaunch(source, float(transfer_bytes), float(wgsize)))

    def predict_file(self, path: str | os.PathLike, transfer_bytes: float, wgsize: float, *,
                     kernel: str | None = None, work_items: float = 0.0) -> Choice:
        """:meth:`predict` for the kernel source in file ``path`` (UTF-8 text)."""
        try:
            source = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise InvalidArgumentError(f"{path} is not UTF-8 text ({e.reason} at byte {e.start})") from None
        except OSError as e:
            raise InvalidArgumentError(f"cannot read {path}: {e.strerror or e}") from None
        return self.predict(source, transfer_bytes, wgsize, kernel=kernel, work_items=work_items)

    def predict(self, source: str, transfer_bytes: float, wgsize: float, *, kernel: str | None = None,
                work_items: float = 0.0) -> Choice:
        """The faster device for launching ``source`` with ``transfer_bytes`` moved and ``wgsize``
        work-items per group (0: left to the runtime), and the model's confidence; gbdt-launch
        also reads ``kernel`` (default: the first) and ``work_items`` (the global size's product).

        Raises InvalidArgumentError for a source without a kernel or whose brackets do not
        balance (see ``compile_check``); ``devmap predict`` also builds it with OpenCL."""
        if transfer_bytes < 0 or wgsize < 0 or work_items < 0:
            raise InvalidArgumentError("transfer_bytes, wgsize and work_items must be >= 0")
        if not has_kernel(source):  # the statistics of no kernel would still give a confident answer
            raise InvalidArgumentError("the source defines no __kernel function to decide for")
        broken = structure_error(source)
        if broken:  # its token statistics would still give a confident answer
            raise InvalidArgumentError(f"cannot featurize the kernel: it does not compile ({broken})")
        p_gpu = self.classifier.predict_proba_one(self.features(source, transfer_bytes, wgsize, kernel=kernel,
                                                                work_items=work_items))
        device = DEVICES[1] if p_gpu > 0.5 else DEVICES[0]
        return Choice(device=device, confidence=max(p_gpu, 1.0 - p_gpu), p_gpu=p_gpu)
