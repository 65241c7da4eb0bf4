"""Folds as tasks: parallel workers, the resumable JSON-lines cache and the time limit."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from throttllem.devmap.evaluation.crossval import FoldCache, fold_tasks, run_fold, run_tasks, table_checksum
from throttllem.devmap.evaluation.evaluate import cross_validate, evaluate
from throttllem.devmap.evaluation.protocols import SEED
from throttllem.devmap.evaluation.spread import cached_init_seeds
from throttllem.errors import InvalidArgumentError

from conftest import REPO

COMMITTED_CACHE = REPO / "datasets" / "devmap-folds.jsonl"


def test_cached_folds_are_reused_and_equal_a_fresh_run(devmap_sample_dir, nvidia_sample, tmp_path):
    cache_path = tmp_path / "folds.jsonl"
    first = evaluate(["grewe"], ["nvidia"], ["grouped"], data_dir=devmap_sample_dir, max_folds=3, cache_path=cache_path)
    assert len(cache_path.read_text().splitlines()) == 3 and first[0].cached_folds == 0
    again = evaluate(["grewe"], ["nvidia"], ["grouped"], data_dir=devmap_sample_dir, max_folds=3, cache_path=cache_path)
    assert again[0].cached_folds == 3
    np.testing.assert_array_equal(again[0].predictions, first[0].predictions)
    assert again[0].score == first[0].score
    assert len(cache_path.read_text().splitlines()) == 3  # nothing re-run, nothing re-appended


def test_cache_key_ignores_where_a_model_trains_but_not_what_it_computes(nvidia_sample):
    task, = fold_tasks("gbdt", nvidia_sample, "random", max_folds=1, options={"n_estimators": 10, "threads": 2})
    same, = fold_tasks("gbdt", nvidia_sample, "random", max_folds=1, options={"n_estimators": 10, "device": "cuda"})
    other, = fold_tasks("gbdt", nvidia_sample, "random", max_folds=1, options={"n_estimators": 11})
    checksum = table_checksum(nvidia_sample)
    assert task.key(checksum) == same.key(checksum) != other.key(checksum)
    assert task.key(checksum) != task.key(table_checksum(nvidia_sample.subset(np.arange(20))))


def test_parallel_workers_give_the_serial_predictions(nvidia_sample):
    tasks = fold_tasks("grewe", nvidia_sample, "random", max_folds=2)
    serial = {r.task.fold: r.predictions for r in run_tasks(tasks, {"nvidia": nvidia_sample})}
    parallel = {r.task.fold: r.predictions for r in run_tasks(tasks, {"nvidia": nvidia_sample}, jobs=2)}
    assert serial.keys() == parallel.keys() == {0, 1}
    for fold in serial:
        np.testing.assert_array_equal(serial[fold], parallel[fold])


def test_time_limit_starts_no_fold_after_it(devmap_sample_dir, nvidia_sample, tmp_path):
    tasks = fold_tasks("grewe", nvidia_sample, "random", max_folds=3)
    assert list(run_tasks(tasks, {"nvidia": nvidia_sample}, time_limit_s=0)) == []
    assert evaluate(["grewe"], ["nvidia"], ["random"], data_dir=devmap_sample_dir, time_limit_s=0) == []


def test_partial_results_are_marked(devmap_sample_dir, nvidia_sample, tmp_path):
    cache = FoldCache(tmp_path / "c.jsonl")
    tasks = fold_tasks("grewe", nvidia_sample, "random")
    cache.put(run_fold(tasks[0], nvidia_sample), table_checksum(nvidia_sample))
    # every other fold is out of time: the one cached fold alone is scored, and says so
    result, = evaluate(["grewe"], ["nvidia"], ["random"], data_dir=devmap_sample_dir, cache_path=cache.path, time_limit_s=0)
    assert result.partial and result.score.rows == len(tasks[0].test) and result.cached_folds == 1
    full = cross_validate("grewe", nvidia_sample, "random")
    np.testing.assert_array_equal(result.predictions[tasks[0].test], full.predictions[tasks[0].test])


def test_bad_cache_and_mismatched_split_are_errors(nvidia_sample, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('not json\n{"key": "x"}\n')  # a bad line before the last: not a torn write
    with pytest.raises(InvalidArgumentError, match=r"bad.jsonl:1"):
        FoldCache(bad)
    bad.write_text('{"key": "x"}\n')  # valid JSON, but no fold in it
    with pytest.raises(InvalidArgumentError, match=r"bad.jsonl:1: .*must be lists"):
        FoldCache(bad)
    cache = FoldCache(tmp_path / "c.jsonl")
    task, = fold_tasks("grewe", nvidia_sample, "random", max_folds=1)
    cache.put(run_fold(task, nvidia_sample), table_checksum(nvidia_sample))
    entry = json.loads(cache.path.read_text())
    entry["test"], entry["predictions"] = entry["test"][1:], entry["predictions"][1:]
    cache.path.write_text(json.dumps(entry) + "\n")
    with pytest.raises(InvalidArgumentError, match="other test rows"):
        FoldCache(cache.path).get(task, table_checksum(nvidia_sample))
    with pytest.raises(InvalidArgumentError, match="jobs"):
        list(run_tasks([task], {"nvidia": nvidia_sample}, jobs=0))


def test_a_failing_fold_is_reported_and_the_others_go_on(nvidia_sample):
    # options the model rejects make every fold fail in its worker: each failure is reported
    bad = fold_tasks("deeptune", nvidia_sample, "random", max_folds=2, options={"batch_size": 1})
    good = fold_tasks("grewe", nvidia_sample, "random", max_folds=2)
    failed = []
    results = list(run_tasks(bad + good, {"nvidia": nvidia_sample}, jobs=2,
                             on_failure=lambda task, exc: failed.append((task.model, type(exc).__name__))))
    assert sorted(r.task.model for r in results) == ["grewe", "grewe"]
    assert failed == [("deeptune", "InvalidArgumentError")] * 2
    with pytest.raises(InvalidArgumentError, match="batch_size"):
        list(run_tasks(bad, {"nvidia": nvidia_sample}, jobs=2))


def test_cached_only_models_are_scored_from_the_cache_and_never_trained(devmap_sample_dir, nvidia_sample, tmp_path):
    cache = FoldCache(tmp_path / "c.jsonl")
    task = fold_tasks("grewe", nvidia_sample, "grouped")[3]
    cache.put(run_fold(task, nvidia_sample), table_checksum(nvidia_sample))
    result, = evaluate(["grewe"], ["nvidia"], ["grouped"], data_dir=devmap_sample_dir, cache_path=cache.path,
                       cached_only=["grewe"])
    assert result.partial and result.cached_folds == 1 and result.score.rows == len(task.test)
    assert len(cache.path.read_text().splitlines()) == 1  # nothing trained, nothing added
    assert evaluate(["grewe"], ["nvidia"], ["random"], data_dir=devmap_sample_dir, cache_path=cache.path,
                    cached_only=["grewe"]) == []
    with pytest.raises(InvalidArgumentError, match="need a fold cache"):
        evaluate(["grewe"], ["nvidia"], ["random"], data_dir=devmap_sample_dir, cached_only=["grewe"])


def test_only_tree_tasks_are_compiled_so_a_network_keeps_its_cache_key(nvidia_sample):
    network, = fold_tasks("deeptune", nvidia_sample, "random", max_folds=1, compiled=True)
    tree, = fold_tasks("grewe", nvidia_sample, "random", max_folds=1, compiled=True)
    plain, = fold_tasks("deeptune", nvidia_sample, "random", max_folds=1)
    assert not network.compiled and tree.compiled
    assert network.key("x") == plain.key("x")


def test_a_new_model_revision_never_reuses_older_folds(nvidia_sample, monkeypatch):
    from throttllem.devmap.models import MODELS

    task, = fold_tasks("grewe", nvidia_sample, "random", max_folds=1)
    before = task.key("x")
    monkeypatch.setattr(MODELS["grewe"], "revision", MODELS["grewe"].revision + 1)
    assert task.key("x") != before


def test_checksum_covers_counts_dataset_and_benchmark(amd_sample):
    base = table_checksum(amd_sample)
    counts = dict(amd_sample.counts, comp=amd_sample.counts["comp"] * 7 + 3)
    changed = [dataclasses.replace(amd_sample, counts=counts),
               dataclasses.replace(amd_sample, dataset=("C",) * len(amd_sample)),
               dataclasses.replace(amd_sample, benchmark=("another-benchmark",) + amd_sample.benchmark[1:])]
    assert all(table_checksum(d) != base for d in changed)
    assert table_checksum(dataclasses.replace(amd_sample, runtime_cpu=amd_sample.runtime_cpu * 2)) == base  # scores only


def test_committed_folds_carry_the_current_checksums(amd, nvidia):
    current = {"amd": table_checksum(amd), "nvidia": table_checksum(nvidia)}
    lines = COMMITTED_CACHE.read_text().splitlines()
    assert len(lines) == 1220  # 880 random/grouped folds + program folds of the trees + gbdt-ir(-plus) + gbdt-ir-ast, gbdt-source-bag (all protocols)
    for line in lines:
        entry = json.loads(line)
        assert json.loads(entry["key"])[-1] == current[entry["platform"]]


def _one_fold_cache(nvidia_sample, path):
    task = fold_tasks("static", nvidia_sample, "random", max_folds=1)[0]
    FoldCache(path).put(run_fold(task, nvidia_sample), table_checksum(nvidia_sample))
    return task


def test_a_torn_last_line_is_skipped_and_the_next_fold_starts_a_line(nvidia_sample, tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    task = _one_fold_cache(nvidia_sample, path)
    whole = path.read_text()
    path.write_text(whole + whole[:40])  # killed mid-write
    cache = FoldCache(path)
    assert "torn last line" in capsys.readouterr().err and cache.get(task, table_checksum(nvidia_sample)) is not None
    second = fold_tasks("static", nvidia_sample, "random", max_folds=2)[1]
    cache.put(run_fold(second, nvidia_sample), table_checksum(nvidia_sample))
    again = FoldCache(path)  # loads without error or warning: the torn line is gone
    assert capsys.readouterr().err == "" and len(again) == 2
    assert all(json.loads(line) for line in path.read_text().splitlines())


def test_malformed_cache_lines_are_errors_naming_the_line(nvidia_sample, tmp_path):
    path = tmp_path / "c.jsonl"
    _one_fold_cache(nvidia_sample, path)
    good = path.read_text()
    path.write_text("{not json\n" + good)
    with pytest.raises(InvalidArgumentError, match=r"c\.jsonl:1:"):
        FoldCache(path)
    entry = json.loads(good)
    for field, value in (("predictions", entry["predictions"][:-1]), ("predictions", [2] * len(entry["test"])),
                         ("test", ["0"] * len(entry["test"]))):
        path.write_text(good + json.dumps(dict(entry, **{field: value})) + "\n")
        with pytest.raises(InvalidArgumentError, match=r"c\.jsonl:2:"):
            FoldCache(path)


def test_init_seed_equal_to_the_fold_seed_shares_the_default_key(amd, tmp_path):
    checksum = table_checksum(amd)
    plain, = fold_tasks("deeptune", amd, "random", max_folds=1)
    same, = fold_tasks("deeptune", amd, "random", max_folds=1, options={"init_seed": SEED})
    other, = fold_tasks("deeptune", amd, "random", max_folds=1, options={"init_seed": 1})
    assert plain.key(checksum) == same.key(checksum) != other.key(checksum)
    committed = {json.loads(line)["key"] for line in COMMITTED_CACHE.read_text().splitlines()}
    assert plain.key(checksum) in committed and other.key(checksum) in committed  # keys unchanged
    # a key written before normalisation still counts once, as the fold seed
    path = tmp_path / "c.jsonl"
    entries = [json.loads(line) for line in COMMITTED_CACHE.read_text().splitlines()[:5]]
    for e in entries:
        key = json.loads(e["key"])
        key[2] = {"init_seed": key[5]}
        e["key"] = json.dumps(key, sort_keys=True)
    path.write_text("".join(json.dumps(e) + "\n" for e in entries))
    assert all(seeds in ([], [None]) for seeds in cached_init_seeds(path, ["deeptune", "gbdt"]).values())
