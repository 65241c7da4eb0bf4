"""``throttllem`` exit codes through the one error boundary in ``cli.main``: 0 ok, 1 runtime
failure, 2 bad input or usage, 130 interrupted; unexpected exceptions keep their traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import throttllem
from throttllem import cli
from throttllem.cli import main
from throttllem.errors import ThrottllemError
from throttllem.sim.policies.governor import PredictiveGovernor

# Short runs: 20 simulated seconds, a given deadline (no calibration run), one policy.
QUICK = ["simulate", "--duration-s", "20", "--e2e-deadline-s", "25", "--no-progress"]


def _one_error_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err
    return err.strip()


@pytest.fixture
def governors(monkeypatch):
    """The Governor of each governor policy the next command starts."""
    made = []
    start = PredictiveGovernor.start

    def recording(self, view):
        start(self, view)
        made.append(self)
    monkeypatch.setattr(PredictiveGovernor, "start", recording)
    return made


@pytest.mark.parametrize("spec,exact", [("governor:exact=false", False), ("governor:exact=true", True),
                                        ("governor", False)])
def test_policy_exact_picks_the_table_or_the_exact_path(governors, capsys, spec, exact):
    assert main([*QUICK, "--policy", spec]) == 0
    assert "governor" in capsys.readouterr().out
    (policy,) = governors
    assert policy.exact is exact
    # The exact path tabulates nothing; the table path tabulates the model over the clock grid.
    assert (policy.governor.table_cells == 0) is exact
    assert policy.governor.uses_binary_search is not exact


@pytest.mark.parametrize("spec,message", [
    ("governor:exact=maybe", "--policy governor: exact must be true or false, got 'maybe'"),
    ("static:abc", "--policy static: clock_mhz must be an integer, got 'abc'"),
    ("reactive:kp=fast", "--policy reactive: kp must be a number, got 'fast'"),
    ("static:speed=2", "--policy static: unknown option(s) 'speed' (known: clock_mhz)"),
])
def test_bad_policy_spec_is_exit_2_naming_it(capsys, spec, message):
    assert main([*QUICK, "--policy", spec]) == cli.EXIT_USAGE == 2
    assert _one_error_line(capsys.readouterr().err) == f"throttllem: error: {message}"


def test_bad_input_is_exit_2(capsys):
    assert main(["bench", "--calls", "0"]) == 2
    assert _one_error_line(capsys.readouterr().err) == (
        "throttllem: error: --calls must be >= 1 and --reference-calls >= 0")


def test_usage_errors_are_exit_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["simulate", "--tp", "3"])
    assert stop.value.code == 2
    assert "argument --tp: invalid" in capsys.readouterr().err
    assert main([]) == 2  # no command: the help, on stderr
    assert "exit codes:" in capsys.readouterr().err


def test_runtime_failure_is_exit_1(tmp_path, capsys):
    missing = tmp_path / "missing.csv"
    assert main([*QUICK, "--policy", "max_clock", "--profile", str(missing)]) == cli.EXIT_FAILURE == 1
    assert _one_error_line(capsys.readouterr().err).startswith("throttllem: error: ")


def test_os_error_on_a_named_file_is_exit_1(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main([*QUICK, "--policy", "static:1500", "--out", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert _one_error_line(err) == f"throttllem: error: {blocker}: File exists"


def _raising(exc):
    def simulate(*args, **kwargs):
        raise exc
    return simulate


def test_other_throttllem_errors_are_exit_1(monkeypatch, capsys):
    monkeypatch.setattr("throttllem.sim.runner.simulate", _raising(ThrottllemError("line one\nline two")))
    assert main([*QUICK]) == 1
    assert _one_error_line(capsys.readouterr().err) == "throttllem: error: line one; line two"


def test_interrupt_is_exit_130_without_traceback(monkeypatch, capsys):
    monkeypatch.setattr("throttllem.sim.runner.simulate", _raising(KeyboardInterrupt()))
    assert main([*QUICK]) == cli.EXIT_INTERRUPTED == 130
    assert _one_error_line(capsys.readouterr().err) == "throttllem: interrupted"


def test_unexpected_exceptions_are_not_swallowed(monkeypatch):
    monkeypatch.setattr("throttllem.sim.runner.simulate", _raising(ZeroDivisionError("a bug")))
    with pytest.raises(ZeroDivisionError, match="a bug"):
        main([*QUICK])


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    for line in ("0    success", "1    runtime failure", "2    bad input or usage", "130  interrupted"):
        assert line in out


def test_exit_code_and_one_line_through_a_process():
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(Path(throttllem.__file__).parents[1]), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "throttllem.cli", "simulate", "--policy", "governor:exact=maybe"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "throttllem: error: --policy governor: exact must be true or false, got 'maybe'\n"
