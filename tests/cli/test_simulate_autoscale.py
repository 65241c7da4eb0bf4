"""``throttllem simulate --autoscale``: a small pool run prints its modelled table; a bad spec is
one line and exit 2 before any simulation."""

from __future__ import annotations

import pytest

import throttllem.sim.runner as runner
from throttllem.cli import main


def test_small_pool_run(capsys):
    code = main(["simulate", "--duration-s", "60", "--e2e-deadline-s", "20", "--policy", "governor",
                 "--autoscale", "pool=2,startup_s=10,grace_s=30", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert "ALL FIGURES MODELLED" in out
    assert "| max_clock@TP1x1 |" in out and "| governor+autoscale |" in out


@pytest.mark.parametrize("spec,words", [
    ("pool=0", "pool_gpus must be an integer >= 1"),
    ("grace=3", "expected KEY=VALUE"),
    ("fixed=2x8", "fixed must be (tp_degree, replicas) fitting 8 GPUs"),
])
def test_bad_spec_is_one_line(spec, words, capsys, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("bad input reached the simulation")
    monkeypatch.setattr(runner, "run", refuse)
    assert main(["simulate", "--autoscale", spec, "--e2e-deadline-s", "20"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("throttllem: error:") and words in err and "\n" not in err


def test_autoscale_picks_its_own_tp(capsys):
    assert main(["simulate", "--autoscale", "", "--tp", "2", "--e2e-deadline-s", "20"]) == 2
    assert "leave --tp at 1" in capsys.readouterr().err
