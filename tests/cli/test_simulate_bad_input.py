"""``throttllem simulate`` refuses bad input with one line (exit 2) before any long work, and runs
the legitimate edge cases (a one-request or evenly spaced trace with an explicit deadline)."""

from __future__ import annotations

import pytest

import throttllem.sim.runner as runner
from throttllem.cli import main

HEADER = "TIMESTAMP,ContextTokens,GeneratedTokens\n"


@pytest.fixture
def no_long_work(monkeypatch):
    """Fails the test if the saturating-rate search (the first long step) starts."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("bad input reached the simulation")
    monkeypatch.setattr(runner, "saturating_rps", refuse)
    monkeypatch.setattr(runner, "run", refuse)


@pytest.fixture
def even(tmp_path):
    path = tmp_path / "even.csv"
    path.write_text(HEADER + "".join(f"{i * 0.5},{100 + i},{50 + i}\n" for i in range(40)))
    return path


@pytest.mark.parametrize("args,words", [
    (["--duration-s", "inf"], "duration_s must be in (0, 604800] s"),
    (["--duration-s", "nan"], "duration_s must be in (0, 604800] s"),
    (["--rps", "inf"], "rps must be a finite positive number, not inf"),
    (["--rps", "0"], "rps must be a finite positive number"),
    (["--rps", "1e9"], "exceed the limit of 10,000,000"),
    (["--seed", "-1"], "seed must be a non-negative integer, not -1"),
    (["--e2e-deadline-s", "nan"], "the E2E deadline must be a finite positive number"),
    (["--policy", "static:99999"], "static clock 99999 MHz is outside the GPU's supported range 345..1980 MHz"),
    (["--policy", "static:100"], "outside the GPU's supported range"),
    (["--trace", "{even}", "--rps", "inf", "--e2e-deadline-s", "10"], "rps must be a finite positive number"),
    (["--trace", "{even}", "--rps", "1e-9", "--e2e-deadline-s", "10"], "more than a week"),
    (["--trace", "{huge}", "--e2e-deadline-s", "10"], "a prompt of 10000000000000 tokens is beyond 16x"),
    (["--trace", "{one}"], "1 request(s) over 0 s are too few to find the saturating rate; give an E2E deadline"),
])
def test_bad_input_is_one_line_before_any_run(tmp_path, capsys, no_long_work, even, args, words):
    huge = tmp_path / "huge.csv"
    huge.write_text(HEADER + "0,10000000000000,10\n1,10,10\n2,10,10\n3,20,30\n")
    one = tmp_path / "one.csv"
    one.write_text(HEADER + "0,100,100\n")
    file = tmp_path / "file"
    file.write_text("not a folder")
    args = [a.format(even=even, huge=huge, one=one, file=file) for a in args]
    rc = main(["simulate", "--duration-s", "20", "--no-progress", "--policy", "max_clock", *args])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.startswith("throttllem: error: ") and err.count("\n") == 1 and words in err


def test_unwritable_out_fails_before_the_run(tmp_path, capsys, no_long_work):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    # An OSError on a named file: exit 1 with the path, as the CLI reports every file error.
    assert main(["simulate", "--duration-s", "20", "--no-progress", "--out", str(blocker / "sub")]) == 1
    err = capsys.readouterr().err
    assert err == f"throttllem: error: {blocker / 'sub'}: Not a directory\n"


@pytest.mark.parametrize("rows", [
    "0,100,100\n",  # one request: no rate, nothing to fit, but it replays at its own timing
    "".join(f"{i * 0.5},{100 + i},{50 + i}\n" for i in range(40)),  # evenly spaced
])
def test_short_or_regular_traces_simulate_with_an_explicit_deadline(tmp_path, capsys, rows):
    path = tmp_path / "trace.csv"
    path.write_text(HEADER + rows)
    rc = main(["simulate", "--trace", str(path), "--e2e-deadline-s", "10", "--policy", "max_clock",
               "--policy", "static:1000", "--no-progress"])
    text = capsys.readouterr().out
    assert rc == 0
    assert "max_clock" in text and "given on the command line" in text
    assert "static:1000->990" in text  # a clock between levels says which level ran


def test_evenly_spaced_trace_calibrates_without_a_deadline(capsys, even):
    rc = main(["simulate", "--trace", str(even), "--policy", "max_clock", "--no-progress"])
    assert rc == 0
    assert "E2E deadline = p99 E2E at max clock under saturating load" in capsys.readouterr().out


def test_prompts_beyond_the_context_are_noted(tmp_path, capsys):
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "0,20000,10\n1,100,10\n2,100,10\n")
    rc = main(["simulate", "--trace", str(path), "--e2e-deadline-s", "30", "--policy", "max_clock", "--no-progress"])
    assert rc == 0
    assert ("1 prompt(s) cut from the front to fit the model's 8192-token context with their output "
            "(longest prompt 20000 tokens)") in capsys.readouterr().out
