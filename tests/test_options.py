"""throttllem.options: the one ``name:ARG,key=value`` parser and its typed values."""

from __future__ import annotations

import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.options import bind, coerce, parameters, parse_value, split_spec


def test_untyped_values():
    assert parse_value("5") == 5 and type(parse_value("5")) is int
    assert parse_value("0.5") == 0.5
    assert parse_value("false") is False and parse_value("True") is True
    assert parse_value("gbtree") == "gbtree"
    assert parse_value("1") == 1 and type(parse_value("1")) is int  # a number unless a bool is expected


def test_typed_values():
    assert coerce("no", (bool,), "x") is False and coerce("YES", (bool,), "x") is True
    assert coerce("3", (float,), "x") == 3.0 and type(coerce("3", (float,), "x")) is float
    assert coerce("3", (str,), "x") == "3"
    assert coerce("none", (float, type(None)), "x") is None
    assert coerce("7", (), "x") == 7  # type unknown: as parse_value
    with pytest.raises(InvalidArgumentError, match="^opt must be an integer, got '3.5'$"):
        coerce("3.5", (int,), "opt")
    with pytest.raises(InvalidArgumentError, match="^opt must be true or false, got '2'$"):
        coerce("2", (bool,), "opt")


def test_split_spec():
    assert split_spec("name") == ("name", [], [])
    assert split_spec("name:1,k=v, j = w,") == ("name", ["1"], [("k", "v"), ("j", "w")])


class _Target:
    def __init__(self, count: int = 1, flag=False, rate=0.5, label: str | None = None, *rest, **more) -> None:
        pass


def test_parameters_from_annotations_and_defaults():
    assert parameters(_Target) == {"count": (int,), "flag": (bool,), "rate": (float,),
                                   "label": (str, type(None))}


def test_bind():
    assert bind(_Target, ["4"], [("flag", "true"), ("label", "a")], "t") == {"count": 4, "flag": True, "label": "a"}
    with pytest.raises(InvalidArgumentError, match=r"^t: unknown option\(s\) 'speed' \(known: count, flag, rate, label\)$"):
        bind(_Target, [], [("speed", "1")], "t")
    with pytest.raises(InvalidArgumentError, match="^t: flag must be true or false, got 'maybe'$"):
        bind(_Target, [], [("flag", "maybe")], "t")


def test_registry_names_gets_and_makes_from_specs():
    from throttllem.options import Registry

    reg = Registry("widget", order=lambda name, cls: cls.rank)

    @reg.register
    class Big:
        name, rank = "big", 2

        def __init__(self, size: int = 3, shiny: bool = False):
            if size < 0:
                raise InvalidArgumentError("size must be >= 0")
            self.size, self.shiny = size, shiny

    @reg.register(name="small")
    def small(size: int = 1):
        return Big(size)

    Big.rank, small.rank = 2, 1
    assert reg.names() == ("small", "big") and "big" in reg
    made = reg.from_spec("big:5,shiny=yes", option="--widget")
    assert (made.size, made.shiny) == (5, True)
    assert reg.make("small", size=4).size == 4
    with pytest.raises(InvalidArgumentError, match="--widget: unknown widget 'huge'; known: small, big"):
        reg.from_spec("huge", option="--widget")
    with pytest.raises(InvalidArgumentError, match="^--widget big: size must be >= 0$"):
        reg.from_spec("big:-1", option="--widget")
    with pytest.raises(InvalidArgumentError, match="has no name"):
        reg.register(type("Nameless", (), {}))
