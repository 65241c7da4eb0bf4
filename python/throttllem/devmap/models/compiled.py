"""Compiled binary tree classifiers with N features, called through the C++ core.

The model goes through Treelite into TL2cgen C and is compiled into a shared library;
:class:`CompiledClassifier` loads it with the core's ``Classifier`` (C++, the same dlopen and
interface checks as the governor's ``Forest``, which is specialised to 4 features) and calls its
``predict``. The library returns P(class 1) = P(GPU is faster). Beside ``model.so`` goes
``model.so.json`` (feature names, provenance, class names), which loading checks against the library.

Supported: scikit-learn ``DecisionTreeClassifier`` / ``RandomForestClassifier`` /
``ExtraTreesClassifier`` (binary), LightGBM binary classifiers, and ``treelite.Model``.
Compiling needs the ``[train]`` extra and a C compiler; loading needs neither.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import numpy as np

from throttllem import _core
from throttllem.errors import InvalidArgumentError, ModelLoadError

META_FORMAT = "throttllem-compiled-classifier"
META_VERSION = 1


def _sklearn_to_treelite(model):
    from throttllem.forest_compile import sklearn_trees_to_treelite
    from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier

    if isinstance(model, DecisionTreeClassifier):
        trees, average = [model], False
    elif isinstance(model, (RandomForestClassifier, ExtraTreesClassifier)):
        trees, average = list(model.estimators_), True
    else:
        return None
    if getattr(model, "n_outputs_", 1) != 1 or len(model.classes_) != 2:
        raise InvalidArgumentError("only binary single-output classifiers can be compiled")
    # Leaves hold P(class 1) (per-class weights, fractions in sklearn >= 1.4): no postprocessing.
    return sklearn_trees_to_treelite(trees, num_feature=int(model.n_features_in_), task_type="kBinaryClf",
                                     average=average, base_score=0.0, leaf_value=lambda v: v[1] / v.sum())


def to_treelite(model):
    """A ``treelite.Model`` of a supported binary classifier (see module docstring)."""
    import treelite

    if isinstance(model, treelite.Model):
        return model
    module = type(model).__module__.split(".")[0]
    if module == "sklearn":
        tl_model = _sklearn_to_treelite(model)
        if tl_model is not None:
            return tl_model
    if module == "lightgbm":
        import lightgbm

        booster = model.booster_ if isinstance(model, lightgbm.LGBMModel) else model
        objective = booster.params.get("objective", "") if hasattr(booster, "params") else ""
        if booster.num_model_per_iteration() != 1 or (objective and objective not in ("binary", "cross_entropy")):
            raise InvalidArgumentError(f"only binary LightGBM classifiers can be compiled (objective {objective!r})")
        return treelite.frontend.from_lightgbm(booster)
    raise InvalidArgumentError(
        f"cannot compile a {type(model).__module__}.{type(model).__qualname__}: supported are scikit-learn "
        "DecisionTreeClassifier/RandomForestClassifier/ExtraTreesClassifier, LightGBM binary classifiers, "
        "treelite.Model")


def compile_classifier(model, path, *, feature_names, provenance: str, options=("-O1",),
                       toolchain: str | None = None) -> Path:
    """Compile ``model`` into the library ``path`` (``.so`` appended if missing) + ``<path>.json``."""
    import tl2cgen

    from throttllem.forest_compile import find_c_compiler

    if not isinstance(provenance, str) or not provenance.strip() or "\n" in provenance:
        raise InvalidArgumentError("provenance must be one non-empty line saying where the model came from")
    feature_names = [str(f) for f in feature_names]
    tl_model = to_treelite(model)
    if tl_model.num_feature != len(feature_names):
        raise InvalidArgumentError(f"the model takes {tl_model.num_feature} features, "
                                   f"{len(feature_names)} names were given")
    path = Path(path)
    if path.suffix != ".so":
        path = path.with_name(path.name + ".so")
    if not path.parent.is_dir():
        raise InvalidArgumentError(f"cannot write {path}: folder {path.parent} does not exist")
    compiler = toolchain or find_c_compiler()
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # TL2cgen logs through print()
            tl2cgen.export_lib(tl_model, toolchain=compiler, libpath=str(path), options=list(options),
                               params={"parallel_comp": max(os.cpu_count() or 1, 1)})
    except (tl2cgen.TL2cgenError, ValueError) as exc:
        raise ModelLoadError(f"compiling {path} with {compiler} failed: {exc}") from exc
    meta = {"format": META_FORMAT, "version": META_VERSION, "provenance": provenance.strip(),
            "features": feature_names, "classes": ["CPU", "GPU"], "output": "probability of classes[1]"}
    Path(str(path) + ".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return path


class CompiledClassifier:
    """A compiled binary classifier: ``predict_proba_one(row)`` returns P(class 1) in a few us."""

    def __init__(self, path: str | os.PathLike):
        path = Path(path)
        meta_path = Path(str(path) + ".json")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"cannot read {meta_path}: {exc}") from None
        if meta.get("format") != META_FORMAT or meta.get("version") != META_VERSION:
            raise ModelLoadError(f"{meta_path} is not a {META_FORMAT} {META_VERSION} file")
        try:
            core = _core.Classifier(str(path))
        except ModelLoadError as exc:
            raise ModelLoadError(f"cannot load {path}: {exc}") from None
        self.path = path
        self.provenance: str = meta["provenance"]
        self.feature_names: tuple[str, ...] = tuple(meta["features"])
        self.classes: tuple[str, ...] = tuple(meta["classes"])
        if core.num_features != len(self.feature_names):
            raise ModelLoadError(f"{path} takes {core.num_features} features; {meta_path} names "
                                 f"{len(self.feature_names)}")
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
