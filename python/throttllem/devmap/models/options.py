"""Checks of per-model options (``--set MODEL.OPTION=VALUE``) against the models, before any
fold runs: a typo or a wrong type fails at once and names the model, not mid-run."""

from __future__ import annotations

import inspect

from throttllem.devmap.models.base import MODELS, create
from throttllem.errors import InvalidArgumentError, ThrottllemError


def _option_defaults(cls) -> dict[str, object]:
    """Keyword options of a model class and their defaults, following ``**options`` up the bases."""
    out: dict[str, object] = {}
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        params = inspect.signature(init).parameters.values()
        for p in params:
            if p.name != "self" and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
                out.setdefault(p.name, p.default)
        if not any(p.kind is p.VAR_KEYWORD for p in params):
            break
    return out


def check_options(options: dict[str, dict], models: list[str]) -> None:
    """Raise InvalidArgumentError for a --set a run would not use or a model could not take: a model not
    evaluated (a typo would silently change nothing), an unknown option, or a value of the wrong
    kind (LightGBM reports ``learning_rate=abc`` as an unknown token in a data file, mid-run)."""
    stray = [m for m in options if m not in models]
    if stray:
        raise InvalidArgumentError(f"--set for model(s) not evaluated: {', '.join(stray)} (evaluated: {', '.join(models)})")
    for name, given in options.items():
        if name not in MODELS:
            continue  # unknown models are reported with the model list
        defaults = _option_defaults(MODELS[name])
        for option, value in given.items():
            if option not in defaults:
                raise InvalidArgumentError(f"--set {name}.{option}: {name} has no option {option!r} "
                                 f"(options: {', '.join(sorted(defaults))})")
            default = defaults[option]
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise InvalidArgumentError(f"--set {name}.{option} must be true or false, got {value!r}")
            elif isinstance(default, (int, float)) and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise InvalidArgumentError(f"--set {name}.{option} must be a number, got {value!r}")
            elif isinstance(default, int) and isinstance(value, float):
                raise InvalidArgumentError(f"--set {name}.{option} must be an integer, got {value!r}")
        try:
            create(name, **given)  # the model's own checks (ranges), before any fold runs
        except (ThrottllemError, TypeError, ValueError) as e:
            raise InvalidArgumentError(f"--set {name}: {e}") from None
