"""Forest: tree-ensemble IPS models compiled by TL2cgen and loaded at run time.

``Forest(path)`` loads a library compiled by ``compile`` (its sidecar ``<path>.json`` must match
it); ``Forest.default()`` loads the shipped Llama-3-8B-on-H100 model (measured+modelled: trained
on the project's measured H100 profile, with the clock dimension and TP > 1 modelled; see
docs/PERFMODEL.md).
``compile(model, path)`` turns a LightGBM / xgboost / scikit-learn model into such a library.
"""

from __future__ import annotations

from pathlib import Path

from throttllem import _core


class Forest(_core.Forest):
    __doc__ = _core.Forest.__doc__

    @classmethod
    def default(cls) -> Forest:
        """The shipped Llama-3-8B-on-H100 IPS model (measured profile at max clock; other clocks and
        TP > 1 modelled). Its ``provenance`` says so."""
        return cls(str(default_model_path()))


def default_model_path() -> Path:
    """Path of the default model library built with the package."""
    from throttllem.forest_compile import default_model_path as _path

    return _path()


def __getattr__(name: str):
    # compile needs treelite + tl2cgen (the [train] extra): import on use.
    if name in ("compile", "read_sidecar", "sidecar_path"):
        from throttllem import forest_compile

        return getattr(forest_compile, name)
    raise AttributeError(name)


__all__ = ["Forest", "compile", "default_model_path", "read_sidecar", "sidecar_path"]
