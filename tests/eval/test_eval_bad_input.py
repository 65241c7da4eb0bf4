"""``throttllem evaluate`` refuses bad input with one typed error (exit 2) before any simulation."""

from __future__ import annotations

import pytest

import throttllem.sim.evaluation.matrix as matrix
from throttllem.cli import main
from throttllem.errors import InvalidArgumentError
from throttllem.sim.evaluation import EvaluationConfig


@pytest.fixture
def no_long_work(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("bad input reached the simulation")
    monkeypatch.setattr(matrix, "derive_targets", refuse)


@pytest.mark.parametrize("args,words", [
    (["--loads", "0.5,x"], "--loads must be"),
    (["--loads", "0"], "share of the saturating rate"),
    (["--loads", "nan"], "share of the saturating rate"),
    (["--lengths", "psychic"], "lengths must be among"),
    (["--entry", "nope"], "unknown entry 'nope'"),
    (["--jobs", "0"], "jobs must be"),
    (["--duration-s", "-1"], "duration must be"),
    (["--seed", "-2"], "seed must be"),
    (["--slo-tbt-ms", "0"], "slo_tbt_ms must be"),
    (["--ttft-s", "inf"], "ttft_target_s must be"),
    (["--loads", "", "--no-native"], "no load level"),
    (["--trace", "/nonexistent/trace.csv"], "trace.csv"),
])
def test_bad_input_is_one_line_before_long_work(args, words, no_long_work, tmp_path, capsys):
    code = main(["evaluate", "--quick", "--no-progress", "--no-plots", "--out", str(tmp_path), *args])
    err = capsys.readouterr().err.strip()
    assert code in (1, 2) and err.startswith("throttllem: error:") and words in err
    assert len(err.splitlines()) == 1
    if "trace.csv" not in words:
        assert code == 2


def test_a_bad_trace_file_is_refused_before_long_work(no_long_work, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,abc,5\n")
    code = main(["evaluate", "--trace", str(bad), "--no-progress", "--no-plots", "--out", str(tmp_path / "o")])
    assert code in (1, 2) and "bad.csv" in capsys.readouterr().err


def test_too_few_requests(no_long_work, tmp_path):
    one = tmp_path / "one.csv"
    one.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,100,5\n")
    with pytest.raises(InvalidArgumentError, match="too few"):
        matrix.evaluate(EvaluationConfig(trace=str(one)), progress=False)


def test_config_errors_are_value_errors():
    with pytest.raises(ValueError, match="jobs"):
        EvaluationConfig(jobs=True)
