"""``--set MODEL.OPTION=VALUE`` for the selector commands (``devmap evaluate``, ``clprofile evaluate``):
parsed into per-model keyword options (checked against the models by
:func:`throttllem.devmap.models.options.check_options`)."""

from __future__ import annotations

from throttllem.errors import ThrottllemError


def parse_options(settings: list[str]) -> dict[str, dict]:
    """``["deeptune.epochs=5"]`` -> ``{"deeptune": {"epochs": 5}}`` (ints, floats, true/false, else strings)."""
    from throttllem.errors import InvalidArgumentError

    options: dict[str, dict] = {}
    for setting in settings:
        key, sep, text = setting.partition("=")
        model, dot, option = key.partition(".")
        if not sep or not dot or not model or not option:
            raise InvalidArgumentError(f"--set wants MODEL.OPTION=VALUE, got {setting!r}")
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
