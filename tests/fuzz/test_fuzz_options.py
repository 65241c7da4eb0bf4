"""Fuzz of the option mini-language (throttllem.options): any spec or --set text gives typed values
or an InvalidArgumentError with a one-line message, never another exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, outcome
from throttllem.errors import InvalidArgumentError
from throttllem.options import Registry, coerce, parse_settings, parse_value, split_spec

spec_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="abcdefgtxyz:=,. 0123456789-+eE_", max_size=40),
    st.lists(st.sampled_from(["exact=", "x", "1", "=", ":", ",", "true", "none", "1e999", "-0", "static",
                              "governor", "rate=", "name=", " "]), max_size=10).map("".join))

registry = Registry("policy")


@registry.register(name="static")
class _Static:
    def __init__(self, clock_mhz: int | None = None, note: str = "", scale: float = 1.0, exact: bool = False):
        if clock_mhz is not None and clock_mhz < 1:
            raise InvalidArgumentError("clock_mhz must be >= 1")
        self.args = (clock_mhz, note, scale, exact)


@registry.register(name="governor")
def _governor(rate=2.5, exact=False, name="g"):
    return (rate, exact, name)


@fuzz_settings(400)
@given(spec=spec_text)
def test_from_spec(spec):
    name, args, pairs = split_spec(spec)  # never raises
    assert isinstance(name, str) and all(isinstance(a, str) for a in args)
    kind, made = outcome(registry.from_spec, spec, option="--policy")
    if kind == "ok":
        assert name in registry
        if isinstance(made, _Static):
            clock, note, scale, exact = made.args
            assert clock is None or type(clock) is int
            assert type(note) is str and type(scale) in (int, float) and type(exact) is bool


@fuzz_settings(300)
@given(text=spec_text, kinds=st.lists(st.sampled_from([bool, int, float, str, type(None)]), unique=True, max_size=3))
def test_coerce(text, kinds):
    kind, value = outcome(coerce, text, tuple(kinds), "--set x.y")
    if kind == "ok":
        assert type(value) in kinds or (not kinds and type(value) is type(parse_value(text)))


@fuzz_settings(300)
@given(settings=st.lists(spec_text, max_size=4))
def test_parse_settings(settings):
    kind, options = outcome(parse_settings, settings)
    if kind == "ok":
        assert all(model and isinstance(opts, dict) for model, opts in options.items())
