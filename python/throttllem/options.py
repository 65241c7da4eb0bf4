"""The one option mini-language of the command line: ``name``, ``name:ARG`` and
``name:key=value,key=value`` (``--policy governor:exact=false``), and the typed values that
``--set MODEL.OPTION=VALUE`` shares with it.

Values are typed against the target's constructor: a parameter annotated or defaulting to a bool
takes true/false/1/0/yes/no (``bool("false")`` would be True), an int takes whole numbers, a float
any number, a str the text as given; ``none`` is None where the parameter allows None. A value
that fits no allowed type is an :class:`~throttllem.errors.InvalidArgumentError` naming the
option and the target.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable

from throttllem.errors import InvalidArgumentError

_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no")
#: What each type accepts, for messages.
_KIND_WORDS = {bool: "true or false", int: "an integer", float: "a number", type(None): "none"}


def parse_value(text: str) -> bool | int | float | str:
    """A value whose type is not known in advance: true/false as a bool, then an int, a float,
    else the text itself (``"5"`` -> 5, ``"0.1"`` -> 0.1, ``"false"`` -> False, ``"gbtree"`` -> str)."""
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text


def coerce(text: str, kinds: tuple[type, ...], what: str) -> object:
    """``text`` as the first of ``kinds`` (bool, int, float, str, NoneType) that it fits; empty
    ``kinds`` (type unknown) falls back to :func:`parse_value`. ``what`` names the option in errors."""
    if not kinds:
        return parse_value(text)
    lowered = text.strip().lower()
    if bool in kinds and lowered in _TRUE + _FALSE:
        return lowered in _TRUE
    if type(None) in kinds and lowered == "none":
        return None
    if int in kinds:
        try:
            return int(text)
        except ValueError:
            pass
    if float in kinds:
        try:
            return float(text)
        except ValueError:
            pass
    if str in kinds:
        return text
    wanted = " or ".join(_KIND_WORDS[k] for k in kinds if k in _KIND_WORDS)
    raise InvalidArgumentError(f"{what} must be {wanted}, got {text!r}")


def split_spec(spec: str) -> tuple[str, list[str], list[tuple[str, str]]]:
    """``"name:ARG,key=value"`` -> ``("name", ["ARG"], [("key", "value")])`` (texts, untyped)."""
    name, _, rest = spec.partition(":")
    args: list[str] = []
    pairs: list[tuple[str, str]] = []
    for part in filter(None, (p.strip() for p in rest.split(","))):
        key, eq, value = part.partition("=")
        if eq:
            pairs.append((key.strip(), value.strip()))
        else:
            args.append(part)
    return name.strip(), args, pairs


def parameters(target: Callable) -> dict[str, tuple[type, ...]]:
    """Keyword-capable parameters of ``target`` (a class: its ``__init__``), in order, each with
    the types it accepts: from its annotation, else from its default's type (() when unknown)."""
    init = target.__init__ if isinstance(target, type) else target
    try:
        sig = inspect.signature(init, eval_str=True)
    except (NameError, TypeError, SyntaxError):  # an annotation this module cannot resolve
        sig = inspect.signature(init)
    out: dict[str, tuple[type, ...]] = {}
    for p in sig.parameters.values():
        if p.name == "self" or p.kind not in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
            continue
        out[p.name] = _kinds(p.annotation, p.default)
    return out


def _kinds(annotation, default) -> tuple[type, ...]:
    known = (bool, int, float, str, type(None))
    if annotation is not inspect.Parameter.empty and not isinstance(annotation, str):
        union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
        args = typing.get_args(annotation) if union else (annotation,)
        args = tuple(type(None) if a is None else a for a in args)
        if args and all(a in known for a in args):
            return args
    if default is inspect.Parameter.empty or default is None:
        return ()
    return (type(default),) if type(default) in known else ()


def bind(target: Callable, args: list[str], pairs: list[tuple[str, str]], what: str) -> dict[str, object]:
    """Typed keyword arguments of ``target`` from positional texts (its parameters in order) and
    ``key=value`` texts. ``what`` prefixes every error (e.g. ``"--policy governor"``)."""
    params = parameters(target)
    names = list(params)
    if len(args) > len(names):
        raise InvalidArgumentError(f"{what}: takes at most {len(names)} positional value(s) "
                                   f"({', '.join(names) or 'none'}), got {len(args)}: {', '.join(args)}")
    given = list(zip(names, args)) + pairs
    unknown = [key for key, _ in given if key not in params]
    if unknown:
        raise InvalidArgumentError(f"{what}: unknown option(s) {', '.join(repr(k) for k in unknown)} "
                                   f"(known: {', '.join(names) or 'none'})")
    kwargs: dict[str, object] = {}
    for key, text in given:
        if key in kwargs:
            raise InvalidArgumentError(f"{what}: {key} given twice")
        kwargs[key] = coerce(text, params[key], f"{what}: {key}")
    return kwargs


def parse_settings(settings: list[str]) -> dict[str, dict]:
    """``--set MODEL.OPTION=VALUE`` items into per-model keyword options, values typed by
    :func:`parse_value`: ``["deeptune.epochs=5"]`` -> ``{"deeptune": {"epochs": 5}}``."""
    options: dict[str, dict] = {}
    for setting in settings:
        key, sep, text = setting.partition("=")
        model, dot, option = key.partition(".")
        if not sep or not dot or not model or not option:
            raise InvalidArgumentError(f"--set wants MODEL.OPTION=VALUE, got {setting!r}")
        options.setdefault(model, {})[option] = parse_value(text)
    return options


class Registry:
    """Named, pluggable implementations of one kind (policies, length predictors): ``name`` ->
    class or factory, and instances from ``name:ARG,key=value`` specs typed by :func:`bind`.

    ``what`` names the kind in errors (``unknown policy 'turbo'; known: ...``); ``order`` sorts
    :meth:`names` (default: alphabetical).
    """

    def __init__(self, what: str, order: Callable[[str, Callable], object] | None = None) -> None:
        self.what = what
        self._order = order
        self._items: dict[str, Callable] = {}

    def register(self, target: Callable | None = None, *, name: str | None = None):
        """Decorator: registers a class under its ``name`` attribute, or anything under ``name=``."""
        def add(item: Callable) -> Callable:
            key = name or getattr(item, "name", "")
            if not key:
                raise InvalidArgumentError(f"{getattr(item, '__name__', item)!r} has no name")
            self._items[key] = item
            return item
        return add(target) if target is not None else add

    def names(self) -> tuple[str, ...]:
        if self._order is None:
            return tuple(sorted(self._items))
        return tuple(sorted(self._items, key=lambda n: (self._order(n, self._items[n]), n)))

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def get(self, name: str, *, option: str | None = None) -> Callable:
        """What is registered as ``name`` (InvalidArgumentError listing the known names)."""
        if name not in self._items:
            where = f"{option}: " if option else ""
            raise InvalidArgumentError(f"{where}unknown {self.what} {name!r}; known: {', '.join(self.names())}")
        return self._items[name]

    def make(self, name: str, **kwargs):
        """A new instance of ``name`` with keyword arguments already typed."""
        return self.get(name)(**kwargs)

    def from_spec(self, spec: str, *, option: str) -> object:
        """An instance from ``name`` or ``name:ARG,key=value,...``; ``option`` names the source in
        errors (``--policy``); the target's own InvalidArgumentErrors are prefixed with it."""
        name, args, pairs = split_spec(spec)
        target = self.get(name, option=option)
        what = f"{option} {name}"
        kwargs = bind(target, args, pairs, what)
        try:
            return target(**kwargs)
        except InvalidArgumentError as exc:
            raise InvalidArgumentError(f"{what}: {exc}") from None
