"""The policy registry: names, and policies made from ``name:ARG,key=value`` specs with values
typed by each constructor's signature."""

from __future__ import annotations

import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.sim import SloConfig, run
from throttllem.sim.policies import get, make, names
from throttllem.traces import CONV_2023, generate


def test_registry_and_specs():
    assert names() == ("max_clock", "static", "default_dvfs", "reactive", "governor", "oracle")
    assert make("static:1290").clock_mhz == 1290
    governor = make("governor:length_error=0.1,dwell_s=0.5")
    assert governor.output_inflation == pytest.approx(1.1) and governor.dwell_s == 0.5
    assert make("governor:length_error=0").length_predictor == ("oracle", {})
    assert get("oracle").name == "oracle"
    with pytest.raises(InvalidArgumentError, match="unknown policy"):
        make("turbo")
    with pytest.raises(InvalidArgumentError, match=r"unknown option\(s\) 'clock', 'speed' \(known: clock_mhz\)"):
        make("static:clock=5,speed=2")
    with pytest.raises(InvalidArgumentError):
        run(generate(CONV_2023, 5.0, seed=1), "static:100", slo=SloConfig(e2e_deadline_s=10.0))


@pytest.mark.parametrize("text,exact", [("false", False), ("true", True), ("0", False), ("1", True),
                                        ("no", False), ("yes", True), ("FALSE", False)])
def test_booleans_are_parsed_not_truthy(text, exact):
    assert make(f"governor:exact={text}").exact is exact
    assert make("governor").exact is False


def test_values_take_the_constructor_types():
    governor = make("governor:lengths=noisy,seed=7,min_saving_mhz=30,max_hold_s=1,inflation=none,prefill_clock=640")
    assert governor.length_predictor == ("noisy", {"error": 0.3, "seed": 7})
    assert governor.min_saving_mhz == 30 and governor.max_hold_s == 1.0 and governor.output_inflation == 1.3
    assert governor.prefill_clock == 640 and type(governor.prefill_clock) is int  # str | int: a number wins
    assert make("governor:prefill_clock=decode").prefill_clock == "decode"
    assert make("governor:model=forest.so").model == "forest.so"
    assert make("governor:inflation=1.2").output_inflation == 1.2
    assert make(" static : 1200 ").clock_mhz == 1200


@pytest.mark.parametrize("spec,predictor,inflation,label", [
    ("governor", ("online", {"quantile": 0.9}), 1.0, "governor"),
    ("governor:lengths=online", ("online", {"quantile": 0.9}), 1.0, "governor"),
    ("governor:lengths=online,length_quantile=0.75", ("online", {"quantile": 0.75}), 1.0,
     "governor+lengths=online(q=0.75)"),
    ("governor:lengths=oracle", ("oracle", {}), 1.0, "governor+lengths=oracle"),
    ("governor:lengths=conservative", ("conservative", {}), 1.0, "governor+lengths=conservative"),
    ("governor:lengths=noisy", ("noisy", {"error": 0.3, "seed": 0}), 1.3, "governor+lengths=noisy(0.3)"),
    ("governor:lengths=noisy,length_error=0.3", ("noisy", {"error": 0.3, "seed": 0}), 1.3,
     "governor+lengths=noisy(0.3)"),
    ("governor:length_error=0.2", ("noisy", {"error": 0.2, "seed": 0}), 1.2, "governor+lengths=noisy(0.2)"),
    ("governor:length_error=0", ("oracle", {}), 1.0, "governor+lengths=oracle"),
    ("governor:lengths=online,inflation=1.1", ("online", {"quantile": 0.9}), 1.1, "governor"),
])
def test_length_sources(spec, predictor, inflation, label):
    governor = make(spec)
    assert governor.length_predictor == predictor
    assert governor.output_inflation == pytest.approx(inflation)
    assert governor.label() == label


@pytest.mark.parametrize("spec,message", [
    ("governor:exact=maybe", "--policy governor: exact must be true or false, got 'maybe'"),
    ("static:abc", "--policy static: clock_mhz must be an integer, got 'abc'"),
    ("static:1500.5", "--policy static: clock_mhz must be an integer, got '1500.5'"),
    ("governor:seed=x", "--policy governor: seed must be an integer, got 'x'"),
    ("reactive:kp=fast", "--policy reactive: kp must be a number, got 'fast'"),
    ("governor:inflation=big", "--policy governor: inflation must be a number or none, got 'big'"),
    ("governor:prefill_clock=-5", "--policy governor: prefill_clock must be 'governor', 'max', 'decode' or a clock in MHz"),
    ("governor:length_error=2", "--policy governor: length_error must be in [0, 1)"),
    ("governor:exact=true,exact=false", "--policy governor: exact given twice"),
    ("governor:lengths=psychic", "--policy governor: lengths must be one of online, conservative, noisy, oracle, "
                                 "got 'psychic'"),
    ("governor:lengths=online,length_error=0.3", "--policy governor: length_error applies to lengths=noisy"),
    ("governor:lengths=oracle,length_quantile=0.5", "--policy governor: length_quantile applies to lengths=online"),
    ("governor:length_quantile=1.5", "--policy governor: length_quantile must be in (0, 1], got 1.5"),
    ("governor:length_quantile=high", "--policy governor: length_quantile must be a number, got 'high'"),
    ("static:1200,clock_mhz=1300", "--policy static: clock_mhz given twice"),
    ("static:1,2", "--policy static: takes at most 1 positional value(s) (clock_mhz), got 2"),
    ("max_clock:5", "--policy max_clock: takes at most 0 positional value(s) (none)"),
    ("oracle:speed=2", "--policy oracle: unknown option(s) 'speed' (known: window_s, safety, attempts, levels)"),
])
def test_bad_specs_name_the_option_and_the_policy(spec, message):
    with pytest.raises(InvalidArgumentError) as raised:
        make(spec, option="--policy")
    assert message in str(raised.value)
