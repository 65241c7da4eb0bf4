"""Compile a trained IPS regressor into a shared library that ``throttllem.Forest`` loads.

The governor's front of the one compile path (:mod:`throttllem.compiled`): the model goes
through Treelite into TL2cgen-generated C, compiled by the system C compiler. Beside the
library goes its sidecar ``<library>.json``: provenance, the library's sha256 and every split
threshold of each feature, which the governor needs to tabulate the model exactly (a tree
ensemble is constant between splits).

Needs the ``[train]`` extra (treelite, tl2cgen) and a C compiler; loading a compiled model
needs neither.
"""

from __future__ import annotations

from pathlib import Path

from throttllem.compiled import (DEFAULT_OPTIONS, compile_model, find_c_compiler, read_sidecar,
                                 regressor_to_treelite, sidecar_path, sklearn_trees_to_treelite, split_points)
from throttllem.errors import InvalidArgumentError

#: The governor model's inputs, in column order.
FEATURES = ("tp_degree", "batch_size", "kv_tokens", "clock_mhz")
#: The governor model's output, as its sidecar names it.
OUTPUT = "ips"


def to_treelite(model):
    """Convert a supported trained model to a ``treelite.Model`` (checked: 1 output, 4 features).

    Supported: lightgbm.Booster / LGBMRegressor, xgboost.Booster / XGBRegressor, scikit-learn
    GradientBoostingRegressor, RandomForestRegressor, ExtraTreesRegressor, DecisionTreeRegressor,
    HistGradientBoostingRegressor, and treelite.Model.
    """
    tl_model = regressor_to_treelite(model)
    if tl_model.num_feature != len(FEATURES):
        raise InvalidArgumentError(
            f"the model takes {tl_model.num_feature} features; the governor's model takes "
            f"{len(FEATURES)}: {', '.join(FEATURES)}")
    return tl_model


def compile(model, path, *, provenance: str, params: dict | None = None, verbose: bool = False,  # noqa: A001
            toolchain: str | None = None, options: list[str] | None = None) -> Path:
    """Compile ``model`` into the shared library ``path`` and write its sidecar ``<path>.json``.

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
    from throttllem.compiled import SHA256_PLACEHOLDER, library_path, sidecar_text

    # Cheap checks first: a bad provenance or folder fails before the model is converted.
    sidecar_text(kind="regressor", features=FEATURES, split_points=[()] * len(FEATURES), provenance=provenance,
                 output=OUTPUT, sha256=SHA256_PLACEHOLDER)
    library_path(path)
    return compile_model(to_treelite(model), path, kind="regressor", features=FEATURES, provenance=provenance,
                         output=OUTPUT, params=params, verbose=verbose, toolchain=toolchain, options=options)


def default_model_path() -> Path:
    """The shipped default model library, installed beside the compiled extension."""
    from throttllem import _core

    # Not __file__: an editable install keeps Python files in the source tree but builds here.
    return Path(_core.__file__).resolve().parent / "models" / "default_model.so"


def default_model_source_path() -> Path:
    """The LightGBM text of the shipped default model (for comparisons against LightGBM itself)."""
    # Python-side package data: beside this module (and __init__.py), also in an editable install.
    return Path(__file__).resolve().parent / "models" / "default" / "model.txt"


__all__ = ["DEFAULT_OPTIONS", "FEATURES", "OUTPUT", "compile", "default_model_path", "default_model_source_path",
           "find_c_compiler", "read_sidecar", "sidecar_path", "sklearn_trees_to_treelite", "split_points",
           "to_treelite"]
