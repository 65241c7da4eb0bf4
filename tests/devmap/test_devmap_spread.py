"""Accuracy over weight initialisations, read from a fold cache (the committed H100 runs)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import numpy as np
import pytest

from throttllem.cli import main
from throttllem.devmap.evaluation.spread import (
    BEGIN_MARK,
    END_MARK,
    cached_init_seeds,
    init_spread,
    markdown_spread,
    write_spread_markdown,
)
from throttllem.errors import InvalidArgumentError

from cli_errors import fails

COMMITTED_CACHE = Path(__file__).resolve().parents[2] / "datasets" / "devmap-folds.jsonl"


def _deeptune_lines() -> list[dict]:
    lines = [json.loads(line) for line in COMMITTED_CACHE.read_text().splitlines() if line.strip()]
    return [e for e in lines if e["model"] == "deeptune"]


def _init_of(entry: dict):
    return json.loads(entry["key"])[2].get("init_seed")


def _write(path: Path, entries: list[dict]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in entries))
    return path


def test_spread_equals_a_direct_count_of_the_cached_predictions(devmap_full_dir, amd):
    spreads = init_spread(["deeptune"], COMMITTED_CACHE, platforms=["amd"], protocols=["random"], data_dir=devmap_full_dir)
    (spread,) = spreads
    assert spread.inits == (None, 1, 2)
    for init, accuracy in zip(spread.inits, spread.accuracies):
        entries = [e for e in _deeptune_lines() if e["platform"] == "amd" and e["protocol"] == "random"
                   and _init_of(e) == init]
        assert len(entries) == 10
        right = sum(int(p == amd.label[i]) for e in entries for i, p in zip(e["test"], e["predictions"]))
        assert accuracy == pytest.approx(right / len(amd))
    assert spread.mean == pytest.approx(statistics.fmean(spread.accuracies))
    assert spread.sd == pytest.approx(statistics.stdev(spread.accuracies))
    assert 0.80 < spread.mean < 0.88  # DeepTune's published 83.7 +- a few points


def test_an_initialisation_missing_a_fold_is_left_out(devmap_full_dir, tmp_path):
    entries = [e for e in _deeptune_lines() if e["platform"] == "nvidia" and e["protocol"] == "grouped"]
    dropped = next(e for e in entries if _init_of(e) == 2 and e["fold"] == 7)
    cache = _write(tmp_path / "folds.jsonl", [e for e in entries if e is not dropped])
    (spread,) = init_spread(["deeptune"], cache, platforms=["nvidia"], protocols=["grouped"], data_dir=devmap_full_dir)
    assert spread.inits == (None, 1)
    assert len(spread.accuracies) == 2


def test_runs_with_other_options_are_another_variant_not_an_initialisation(tmp_path):
    entry = _deeptune_lines()[0]
    key = json.loads(entry["key"])
    key[2] = {"epochs": 5, "init_seed": 9}
    variant = {**entry, "key": json.dumps(key, sort_keys=True)}
    cache = _write(tmp_path / "folds.jsonl", [entry, variant])
    assert cached_init_seeds(cache, ["deeptune"]) == {"deeptune": [_init_of(entry)]}


def test_a_model_with_no_complete_initialisation_gives_no_row(devmap_full_dir, tmp_path):
    cache = _write(tmp_path / "folds.jsonl", _deeptune_lines()[:3])
    assert init_spread(["deeptune"], cache, data_dir=devmap_full_dir) == []


def test_bad_cache_lines_and_missing_caches_are_errors(tmp_path):
    with pytest.raises(InvalidArgumentError, match="no fold cache"):
        cached_init_seeds(tmp_path / "absent.jsonl", ["deeptune"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"key": "not json"}\n')
    with pytest.raises(InvalidArgumentError, match="bad.jsonl:1"):
        cached_init_seeds(bad, ["deeptune"])


def test_markdown_block_is_rewritten_in_place_and_keeps_the_prose(devmap_full_dir, tmp_path):
    spreads = init_spread(["deeptune"], COMMITTED_CACHE, platforms=["amd"], data_dir=devmap_full_dir)
    doc = tmp_path / "DEVMAP.md"
    doc.write_text(f"# Title\n\nbefore\n\n{BEGIN_MARK}\nold table\n{END_MARK}\n\nafter\n")
    write_spread_markdown(doc, markdown_spread(spreads, command="cmd"))
    once = doc.read_text()
    write_spread_markdown(doc, markdown_spread(spreads, command="cmd"))
    assert doc.read_text() == once
    assert "old table" not in once and once.startswith("# Title\n\nbefore\n") and once.rstrip().endswith("after")
    assert "| deeptune | " in once and "(n=3)" in once


def test_cli_rejects_an_unknown_model(capsys):
    argv = ["devmap", "spread", "--cache", str(COMMITTED_CACHE), "--model", "no-such-model"]
    fails(argv, capsys, InvalidArgumentError, r"unknown model\(s\) no-such-model")


def test_cli_reports_a_missing_cache(tmp_path, capsys):
    argv = ["devmap", "spread", "--cache", str(tmp_path / "absent.jsonl"), "--model", "deeptune"]
    fails(argv, capsys, InvalidArgumentError, "no fold cache")


def test_cli_prints_every_initialisation(devmap_full_dir, capsys):
    assert main(["devmap", "spread", "--cache", str(COMMITTED_CACHE), "--model", "deeptune",
                 "--data-dir", str(devmap_full_dir)]) == 0
    out = capsys.readouterr().out
    assert out.count("deeptune ") == 4 and "(n=3; fold seed:" in out
    assert np.isfinite(float(out.splitlines()[1].split()[3]))


def test_evaluate_draws_the_accuracy_chart_with_the_spread(devmap_full_dir, tmp_path, capsys):
    png = tmp_path / "img" / "devmap.png"
    argv = ["devmap", "evaluate", "--model", "static", "--cached", "deeptune", "--cache", str(COMMITTED_CACHE),
            "--platform", "amd", "--data-dir", str(devmap_full_dir), "--plot", str(png)]
    assert main(argv) == 0
    assert f"wrote {png}" in capsys.readouterr().out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_a_chart_of_partial_runs_only_is_refused(devmap_full_dir, tmp_path):
    from throttllem.devmap.evaluation.evaluate import evaluate
    from throttllem.devmap.evaluation.plots import plot_accuracy

    partial = evaluate(["static"], ["amd"], ["random"], data_dir=devmap_full_dir, max_folds=2)
    assert partial[0].partial
    with pytest.raises(InvalidArgumentError, match="every result is partial"):
        plot_accuracy(partial, tmp_path / "chart.png")
    assert not (tmp_path / "chart.png").exists()
