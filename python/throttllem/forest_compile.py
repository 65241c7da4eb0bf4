"""Compile a trained tree ensemble into a shared library that ``throttllem.Forest`` loads.

The model goes through Treelite (one representation for LightGBM, xgboost and scikit-learn)
into TL2cgen-generated C, compiled by the system C compiler. Beside the library goes
``<library>.meta``: the provenance and every split threshold of each feature, which the
governor needs to tabulate the model exactly (a tree ensemble is constant between splits).

Needs the ``[train]`` extra (treelite, tl2cgen) and a C compiler; loading a compiled model
needs neither.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from throttllem.errors import InvalidArgumentError, ModelLoadError

#: The governor model's inputs, in column order.
FEATURES = ("tp_degree", "batch_size", "kv_tokens", "clock_mhz")
META_MAGIC = "throttllem-forest-meta"
META_VERSION = 1
#: Measured on the default model (150 trees, 2 cores): -O1 compiles in 2.6 s and predicts a row in
#: 1.39 us; -O2 takes 5.1 s for 1.34 us; TL2cgen's own -O3 takes 6.6 s for 1.68 us.
DEFAULT_OPTIONS = ("-O1",)


@dataclass(frozen=True)
class ForestMeta:
    """What ``<library>.meta`` holds: provenance and per-feature split thresholds (ascending)."""

    provenance: str
    split_points: tuple[tuple[float, ...], ...]
    target: str = "ips"


# ---- model conversion ------------------------------------------------------------------------
def _unsupported(model) -> InvalidArgumentError:
    kind = f"{type(model).__module__}.{type(model).__qualname__}"
    return InvalidArgumentError(
        f"cannot compile a {kind}: supported are lightgbm.Booster / LGBMRegressor, "
        "xgboost.Booster / XGBRegressor, scikit-learn GradientBoostingRegressor, "
        "RandomForestRegressor, ExtraTreesRegressor, DecisionTreeRegressor, "
        "HistGradientBoostingRegressor, and treelite.Model")


def _from_xgboost(booster):
    import treelite

    model_json = json.loads(bytes(booster.save_raw(raw_format="json")))
    gbm = model_json["learner"]["gradient_booster"]
    if gbm.get("name") not in ("gbtree", "dart"):
        raise InvalidArgumentError(f"xgboost booster '{gbm.get('name')}' has no trees to compile")
    # xgboost >= 3 writes base_score as a vector ("[2.5E3]"); Treelite 4.1 reads it as 0.
    params = model_json["learner"]["learner_model_param"]
    base = str(params.get("base_score", "0")).strip()
    if base.startswith("["):
        values = [v for v in base.strip("[]").split(",") if v.strip()]
        if len(values) != 1:
            raise InvalidArgumentError("multi-output xgboost models are not supported: the model predicts IPS only")
        params["base_score"] = values[0].strip()
    # xgboost >= 3 records categorical encodings under "cats", a key Treelite 4.1 does not know.
    model = gbm["model"] if "model" in gbm else gbm["gbtree"]["model"]
    cats = model.pop("cats", None)
    if cats and any(cats.get(key) for key in ("enc", "feature_segments", "sorted_idx")):
        raise InvalidArgumentError("xgboost models with categorical features are not supported")
    return treelite.frontend.from_xgboost_json(json.dumps(model_json))


def _sklearn_trees(estimator):
    """(trees, per-tree leaf scale, base score, average?) of a scikit-learn tree ensemble."""
    from sklearn.dummy import DummyRegressor
    from sklearn.ensemble import ExtraTreesRegressor, GradientBoostingRegressor, RandomForestRegressor
    from sklearn.tree import DecisionTreeRegressor

    if isinstance(estimator, GradientBoostingRegressor):
        init = estimator.init_
        if init == "zero":
            base = 0.0
        elif isinstance(init, DummyRegressor):
            base = float(init.constant_.reshape(-1)[0])
        else:
            raise InvalidArgumentError("GradientBoostingRegressor with a custom init estimator is not supported")
        return [t for t in estimator.estimators_[:, 0]], float(estimator.learning_rate), base, False
    if isinstance(estimator, (RandomForestRegressor, ExtraTreesRegressor)):
        return list(estimator.estimators_), 1.0, 0.0, True
    if isinstance(estimator, DecisionTreeRegressor):
        return [estimator], 1.0, 0.0, False
    return None


def sklearn_trees_to_treelite(trees, *, num_feature: int, task_type: str, average: bool, base_score: float,
                              leaf_value):
    """A Treelite model of single-output float64 trees rebuilt node by node from fitted
    scikit-learn trees (Treelite 4.1's own sklearn importer breaks on numpy 2). ``leaf_value(value)``
    turns a leaf's ``tree_.value`` row into the number it holds; leaves hold final values, so no
    postprocessing. Shared by the IPS regressors and the device selector's classifiers."""
    import treelite.model_builder as mb

    builder = mb.ModelBuilder(
        threshold_type="float64", leaf_output_type="float64",
        metadata=mb.Metadata(num_feature=num_feature, task_type=task_type, average_tree_output=average,
                             num_target=1, num_class=[1], leaf_vector_shape=(1, 1)),
        tree_annotation=mb.TreeAnnotation(num_tree=len(trees), target_id=[0] * len(trees),
                                          class_id=[0] * len(trees)),
        postprocessor=mb.PostProcessorFunc(name="identity"),
        base_scores=[base_score],
    )
    for tree in trees:
        t = tree.tree_
        builder.start_tree()
        for node in range(t.node_count):
            builder.start_node(node)
            left, right = int(t.children_left[node]), int(t.children_right[node])
            if left == -1:
                builder.leaf(float(leaf_value(t.value[node].reshape(-1))))
            else:  # sklearn sends x <= threshold to the left child
                builder.numerical_test(int(t.feature[node]), float(t.threshold[node]), True, "<=", left, right)
            builder.end_node()
        builder.end_tree()
    return builder.commit()


def _from_sklearn_trees(estimator, trees, scale, base, average):
    if getattr(estimator, "n_outputs_", 1) != 1:
        raise InvalidArgumentError("multi-output scikit-learn models are not supported: the model predicts IPS only")
    return sklearn_trees_to_treelite(trees, num_feature=int(estimator.n_features_in_), task_type="kRegressor",
                                     average=average, base_score=base, leaf_value=lambda v: v[0] * scale)


def to_treelite(model):
    """Convert a supported trained model to a ``treelite.Model`` (checked: 4 features, 1 output)."""
    import treelite

    module = type(model).__module__.split(".")[0]
    if isinstance(model, treelite.Model):
        tl_model = model
    elif module == "lightgbm":
        import lightgbm

        booster = model.booster_ if isinstance(model, lightgbm.LGBMModel) else model
        if not isinstance(booster, lightgbm.Booster):
            raise _unsupported(model)
        if booster.num_model_per_iteration() != 1:
            raise InvalidArgumentError("multi-output LightGBM models are not supported: the model predicts IPS only")
        tl_model = treelite.frontend.from_lightgbm(booster)
    elif module == "xgboost":
        import xgboost

        booster = model.get_booster() if isinstance(model, xgboost.XGBModel) else model
        if not isinstance(booster, xgboost.Booster):
            raise _unsupported(model)
        tl_model = _from_xgboost(booster)
    elif module == "sklearn":
        trees = _sklearn_trees(model)
        if trees is not None:
            tl_model = _from_sklearn_trees(model, *trees)
        elif type(model).__name__ == "HistGradientBoostingRegressor":
            import treelite.sklearn

            tl_model = treelite.sklearn.import_model(model)
        else:
            raise _unsupported(model)
    else:
        raise _unsupported(model)

    header = json.loads(tl_model.dump_as_json(pretty_print=False)) if tl_model.num_tree else {}
    if tl_model.num_feature != len(FEATURES):
        raise InvalidArgumentError(
            f"the model takes {tl_model.num_feature} features; the governor's model takes "
            f"{len(FEATURES)}: {', '.join(FEATURES)}")
    if header.get("num_target", 1) != 1 or header.get("num_class", [1]) != [1] \
            or header.get("task_type", "kRegressor") != "kRegressor":
        raise InvalidArgumentError(
            "only single-output regressors can be compiled (got task "
            f"{header.get('task_type')}, {header.get('num_target')} targets, classes {header.get('num_class')})")
    return tl_model


def split_points(tl_model) -> tuple[tuple[float, ...], ...]:
    """Sorted unique thresholds of every numerical split, per feature 0..3."""
    points: list[set[float]] = [set() for _ in FEATURES]
    for tree in json.loads(tl_model.dump_as_json(pretty_print=False))["trees"]:
        for node in tree["nodes"]:
            kind = node.get("node_type", "leaf_node")
            if kind == "numerical_test_node":
                points[node["split_feature_id"]].add(float(node["threshold"]))
            elif kind != "leaf_node":
                raise InvalidArgumentError(f"{kind} splits cannot be tabulated; use numerical features only")
    return tuple(tuple(sorted(p)) for p in points)


# ---- compiling ---------------------------------------------------------------------------------
def find_c_compiler() -> str:
    """The C compiler: $CC when set, else gcc, cc, clang on PATH. Raises ModelLoadError naming all tried."""
    tried = []
    env_cc = os.environ.get("CC", "").strip()
    candidates = ([env_cc] if env_cc else []) + ["gcc", "cc", "clang"]
    for candidate in candidates:
        label = f"$CC={candidate}" if candidate == env_cc and env_cc else candidate
        tried.append(label)
        if " " not in candidate and shutil.which(candidate):
            return candidate
    raise ModelLoadError("cannot compile the model: no C compiler found; tried " + ", ".join(tried)
                         + " (install gcc or clang, or set CC)")


def compile(model, path, *, provenance: str, params: dict | None = None, verbose: bool = False,
            toolchain: str | None = None, options: list[str] | None = None) -> Path:  # noqa: A001
    """Compile ``model`` into the shared library ``path`` and write ``<path>.meta`` beside it.

    Args:
        model: a trained 4-feature regressor (see :func:`to_treelite`), features in the order
            tp_degree, batch_size, kv_tokens, clock_mhz; target: decode iterations/s.
        path: the library to write (``.so`` is appended when missing).
        provenance: one line saying where the model came from, e.g. "measured: H100 sweep 2026-11-25".
        params: TL2cgen code-generation parameters; ``parallel_comp`` defaults to the core count.
        verbose: print TL2cgen's progress.
        toolchain: C compiler to use; default :func:`find_c_compiler`.
        options: extra compiler flags; default ``-O1``.

    Returns the library's path.
    """
    import tl2cgen

    _check_provenance(provenance)
    path = Path(path)
    if path.suffix != ".so":
        path = path.with_name(path.name + ".so")
    if not path.parent.is_dir():
        raise InvalidArgumentError(f"cannot write {path}: folder {path.parent} does not exist")
    tl_model = to_treelite(model)
    meta = ForestMeta(provenance=provenance, split_points=split_points(tl_model))
    compiler = toolchain or find_c_compiler()
    codegen = {"parallel_comp": max(os.cpu_count() or 1, 1)}
    codegen.update(params or {})
    flags = list(DEFAULT_OPTIONS if options is None else options)
    # TL2cgen logs through print(); keep it quiet unless asked.
    try:
        with contextlib.nullcontext() if verbose else contextlib.redirect_stdout(io.StringIO()):
            tl2cgen.export_lib(tl_model, toolchain=compiler, libpath=str(path), params=codegen,
                               verbose=verbose, options=flags)
    except (tl2cgen.TL2cgenError, ValueError) as exc:  # ValueError: toolchain not found
        raise ModelLoadError(f"compiling {path} with {compiler} failed: {exc}") from exc
    write_meta(meta_path(path), meta)
    return path


# ---- the .meta file ----------------------------------------------------------------------------
def meta_path(library_path) -> Path:
    return Path(str(library_path) + ".meta")


def _check_provenance(provenance) -> None:
    if not isinstance(provenance, str) or not provenance.strip():
        raise InvalidArgumentError("provenance must be a non-empty string saying where the model came from")
    if "\n" in provenance or "\r" in provenance:
        raise InvalidArgumentError("provenance must fit on one line")


def write_meta(path, meta: ForestMeta) -> Path:
    """Write ``meta`` in the ``throttllem-forest-meta 1`` text format (floats round-trip exactly)."""
    _check_provenance(meta.provenance)
    if len(meta.split_points) != len(FEATURES):
        raise InvalidArgumentError(f"split_points needs one sequence per feature ({len(FEATURES)})")
    lines = [f"{META_MAGIC} {META_VERSION}", f"provenance {meta.provenance.strip()}", f"target {meta.target}",
             "features " + " ".join(FEATURES)]
    for feature, points in enumerate(meta.split_points):
        values = sorted({float(p) for p in points})
        if not all(math.isfinite(v) for v in values):
            raise InvalidArgumentError(f"split points of feature {feature} must be finite")
        lines.append(" ".join([f"splits {feature} {len(values)}", *map(repr, values)]))
    path = Path(path)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_meta(path) -> ForestMeta:
    """Read a ``.meta`` file. Raises ModelLoadError naming the file and line of any fault."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelLoadError(f"cannot read model metadata {path}: {exc}") from None
    provenance, target = "", "ips"
    splits: dict[int, tuple[float, ...]] = {}
    lines = text.splitlines()
    if not lines:
        raise ModelLoadError(f"{path}: empty model metadata")
    for number, line in enumerate(lines, start=1):
        fields = line.split()
        if not fields or fields[0].startswith("#"):
            continue
        why = _meta_line_error(number, fields, splits)
        if why:
            raise ModelLoadError(f"{path}:{number}: {why}")
        if fields[0] == "provenance":
            provenance = line.split(None, 1)[1].strip() if len(fields) > 1 else ""
    missing = [str(f) for f in range(len(FEATURES)) if f not in splits]
    if missing:
        raise ModelLoadError(f"{path}: no 'splits' line for feature(s) {', '.join(missing)}")
    return ForestMeta(provenance=provenance, split_points=tuple(splits[f] for f in range(len(FEATURES))),
                      target=target)


def _meta_line_error(number: int, fields: list[str], splits: dict[int, tuple[float, ...]]) -> str | None:
    """Why line ``number`` of a meta file is wrong (None when fine); records ``splits`` lines."""
    key = fields[0]
    if number == 1:
        return None if fields == [META_MAGIC, str(META_VERSION)] else f"expected '{META_MAGIC} {META_VERSION}'"
    if key == "provenance":
        return None
    if key == "target":
        return None if fields[1:] == ["ips"] else f"target must be 'ips', got {' '.join(fields[1:])!r}"
    if key == "features":
        return None if tuple(fields[1:]) == FEATURES else "features must be '" + " ".join(FEATURES) + "'"
    if key != "splits":
        return f"unknown key {key!r}"
    try:
        feature, count = int(fields[1]), int(fields[2])
        values = tuple(float(v) for v in fields[3:])
    except (IndexError, ValueError):
        return "splits needs a feature index, a count and numbers"
    if not 0 <= feature < len(FEATURES):
        return f"feature index {feature} is not in 0..{len(FEATURES) - 1}"
    if len(values) != count:
        return f"splits {feature} says {count} values but has {len(values)}"
    if any(b <= a for a, b in zip(values, values[1:])) or not all(math.isfinite(v) for v in values):
        return f"splits {feature} must be finite, ascending and unique"
    if feature in splits:
        return f"splits {feature} given twice"
    splits[feature] = values
    return None


def default_model_path() -> Path:
    """The shipped default model library, installed beside the compiled extension."""
    from throttllem import _core

    # Not __file__: an editable install keeps Python files in the source tree but builds here.
    return Path(_core.__file__).resolve().parent / "models" / "default_model.so"


def default_model_source_path() -> Path:
    """The LightGBM text of the shipped default model (for comparisons against LightGBM itself)."""
    # Python-side package data: beside this module (and __init__.py), also in an editable install.
    return Path(__file__).resolve().parent / "models" / "default" / "model.txt"
