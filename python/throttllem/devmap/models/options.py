"""``--set MODEL.OPTION=VALUE`` for the selector commands (``devmap evaluate``, ``clprofile evaluate``):
parsed into per-model keyword options and checked against the models before any fold runs."""

from __future__ import annotations

from throttllem.errors import ThrottllemError


def parse_options(settings: list[str]) -> dict[str, dict]:
    """``["deeptune.epochs=5"]`` -> ``{"deeptune": {"epochs": 5}}`` (ints, floats, true/false, else strings)."""
    options: dict[str, dict] = {}
    for setting in settings:
        key, sep, text = setting.partition("=")
        model, dot, option = key.partition(".")
        if not sep or not dot or not model or not option:
            raise ValueError(f"--set wants MODEL.OPTION=VALUE, got {setting!r}")
        value: object = text
        if text.lower() in ("true", "false"):  # the string "false" would be truthy
            value = text.lower() == "true"
        else:
            for kind in (int, float):
                try:
                    value = kind(text)
                    break
                except ValueError:
                    continue
        options.setdefault(model, {})[option] = value
    return options


def _option_defaults(cls) -> dict[str, object]:
    """Keyword options of a model class and their defaults, following ``**options`` up the bases."""
    import inspect

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
    """Raise ValueError for a --set a run would not use or a model could not take: a model not
    evaluated (a typo would silently change nothing), an unknown option, or a value of the wrong
    kind (LightGBM reports ``learning_rate=abc`` as an unknown token in a data file, mid-run)."""
    from throttllem.devmap.models import create

    stray = [m for m in options if m not in models]
    if stray:
        raise ValueError(f"--set for model(s) not evaluated: {', '.join(stray)} (evaluated: {', '.join(models)})")
    from throttllem.devmap.models import MODELS

    for name, given in options.items():
        if name not in MODELS:
            continue  # unknown models are reported with the model list
        defaults = _option_defaults(MODELS[name])
        for option, value in given.items():
            if option not in defaults:
                raise ValueError(f"--set {name}.{option}: {name} has no option {option!r} "
                                 f"(options: {', '.join(sorted(defaults))})")
            default = defaults[option]
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ValueError(f"--set {name}.{option} must be true or false, got {value!r}")
            elif isinstance(default, (int, float)) and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise ValueError(f"--set {name}.{option} must be a number, got {value!r}")
            elif isinstance(default, int) and isinstance(value, float):
                raise ValueError(f"--set {name}.{option} must be an integer, got {value!r}")
        try:
            create(name, **given)  # the model's own checks (ranges), before any fold runs
        except (ThrottllemError, TypeError, ValueError) as e:
            raise ValueError(f"--set {name}: {e}") from None
