"""Compiled binary tree classifiers with N features, called through the C++ core.

The device selector's front of the one compile path (:mod:`throttllem.compiled`): the model goes
through Treelite into TL2cgen C and is compiled into a shared library; :class:`CompiledClassifier`
loads it with the core's ``Classifier`` (the same loader as the governor's ``Forest``) and calls
its ``predict``. The library returns P(class 1) = P(GPU is faster). Beside ``model.so`` goes the
sidecar ``model.so.json`` (kind, feature names, class names, provenance, the library's sha256),
which loading checks against the library.

Supported: scikit-learn ``DecisionTreeClassifier`` / ``RandomForestClassifier`` /
``ExtraTreesClassifier`` (binary), LightGBM binary classifiers, and ``treelite.Model``.
Compiling needs the ``[train]`` extra and a C compiler; loading needs neither.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from throttllem import _core
from throttllem.compiled import classifier_to_treelite, compile_model
from throttllem.errors import ModelLoadError

#: Class 0 and class 1 of every device-selector model.
CLASSES = ("CPU", "GPU")
OUTPUT = "probability of classes[1]"


def to_treelite(model):
    """A ``treelite.Model`` of a supported binary classifier (see module docstring)."""
    return classifier_to_treelite(model)


def compile_classifier(model, path, *, feature_names, provenance: str, options=("-O1",),
                       toolchain: str | None = None) -> Path:
    """Compile ``model`` into the library ``path`` (``.so`` appended if missing) + ``<path>.json``."""
    return compile_model(to_treelite(model), path, kind="classifier", features=feature_names,
                         provenance=provenance, output=OUTPUT, classes=CLASSES, options=list(options),
                         toolchain=toolchain)


class CompiledClassifier:
    """A compiled binary classifier: ``predict_proba_one(row)`` returns P(class 1) in a few us."""

    def __init__(self, path: str | os.PathLike):
        path = Path(path)
        try:
            core = _core.Classifier(str(path))
        except ModelLoadError as exc:
            raise ModelLoadError(f"cannot load {path}: {exc}") from None
        sidecar = core.sidecar
        self.path = path
        self.provenance: str = sidecar.provenance
        self.feature_names: tuple[str, ...] = sidecar.features
        self.classes: tuple[str, ...] = sidecar.classes
        self._core = core

    @classmethod
    def load(cls, path) -> CompiledClassifier:
        return cls(path)

    def predict_proba_one(self, row) -> float:
        """P(class 1) of one feature row (a list, tuple or 1-D array of finite numbers)."""
        return self._core.predict_proba_one(row)

    def predict_proba(self, rows) -> np.ndarray:
        """P(class 1) of each row of an (n, features) array (checked: shape, finite values)."""
        return self._core.predict_proba(np.asarray(rows, dtype=np.float64))

    def predict(self, rows) -> np.ndarray:
        """Class index per row: 1 where P(class 1) > 0.5 (a tie goes to class 0, as scikit-learn)."""
        return (self.predict_proba(rows) > 0.5).astype(np.int64)
