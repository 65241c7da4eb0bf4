"""Regression tests from the DevMap review: the fold-cache checksum and file, repeated and stray
options, failed folds in the CLI, clear errors for bad input, and kernel-signature features."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from throttllem.cli import main
from throttllem.devmap.models.options import parse_options
from throttllem.devmap.evaluation.anatomy import error_anatomy
from throttllem.devmap.evaluation.crossval import FoldCache, fold_tasks, run_fold, table_checksum
from throttllem.devmap.evaluation.evaluate import BEGIN_MARK, END_MARK, evaluate
from throttllem.devmap.source.features import TOKEN_STATISTICS, token_statistics
from throttllem.devmap.models import create
from throttllem.devmap.evaluation.protocols import SEED
from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.source.structure import STRUCTURE_STATISTICS, structure_statistics
from throttllem.devmap.evaluation.spread import cached_init_seeds
from throttllem.errors import InvalidArgumentError, ModelLoadError

from conftest import REPO, SHARED_DATA

DEVMAP = SHARED_DATA / "devmap"
COMMITTED_CACHE = REPO / "datasets" / "devmap-folds.jsonl"


# ---- 1: the checksum covers every column a model or the split reads ---------------------------
def test_checksum_covers_counts_dataset_and_benchmark(amd):
    base = table_checksum(amd)
    counts = dict(amd.counts, comp=amd.counts["comp"] * 7 + 3)
    changed = [dataclasses.replace(amd, counts=counts),
               dataclasses.replace(amd, dataset=("C",) * len(amd)),
               dataclasses.replace(amd, benchmark=(amd.benchmark[1],) + amd.benchmark[1:])]
    assert all(table_checksum(d) != base for d in changed)
    assert table_checksum(dataclasses.replace(amd, runtime_cpu=amd.runtime_cpu * 2)) == base  # scores only


def test_committed_folds_carry_the_current_checksums(amd, nvidia):
    current = {"amd": table_checksum(amd), "nvidia": table_checksum(nvidia)}
    lines = COMMITTED_CACHE.read_text().splitlines()
    assert len(lines) == 880
    for line in lines:
        entry = json.loads(line)
        assert json.loads(entry["key"])[-1] == current[entry["platform"]]


# ---- 2: a model named twice is evaluated once -------------------------------------------------
def test_repeated_models_are_evaluated_once(capsys):
    once = evaluate(["grewe"], ["nvidia"], ["random"], data_dir=DEVMAP, max_folds=2)
    twice = evaluate(["grewe", "grewe"], ["nvidia", "nvidia"], ["random"], data_dir=DEVMAP, max_folds=2)
    assert len(twice) == 1 and twice[0].score == once[0].score
    np.testing.assert_array_equal(twice[0].predictions, once[0].predictions)
    argv = ["devmap", "evaluate", "--model", "grewe", "--model", "grewe", "--platform", "nvidia",
            "--protocol", "random", "--folds", "2", "--data-dir", str(DEVMAP), "--no-markdown"]
    assert main(argv) == 0
    assert capsys.readouterr().out.count("grewe [partial]") == 1


# ---- 3: failed folds: no default markdown, the incomplete combinations listed, non-zero ------
def test_failed_folds_are_listed_and_leave_the_docs_alone(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "DEVMAP.md"
    doc.write_text(f"# x\n{BEGIN_MARK}\nKEPT\n{END_MARK}\n")
    # LightGBM itself refuses colsample_bytree=0 when a fold fits (the model does not check it).
    argv = ["devmap", "evaluate", "--model", "static", "--model", "gbdt-plus", "--set", "gbdt-plus.colsample_bytree=0.0",
            "--platform", "nvidia", "--protocol", "random", "--jobs", "2", "--data-dir", str(DEVMAP)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "left incomplete: gbdt-plus nvidia random" in err
    assert "no fold of gbdt-plus on nvidia (random) finished" in err  # reported, not dropped
    assert "KEPT" in doc.read_text()


def test_a_cached_model_without_folds_is_reported(tmp_path, capsys):
    argv = ["devmap", "evaluate", "--model", "static", "--cached", "deeptune", "--cache", str(tmp_path / "c.jsonl"),
            "--platform", "amd", "--protocol", "random", "--folds", "1", "--data-dir", str(DEVMAP), "--no-markdown"]
    assert main(argv) == 0
    assert "no fold of deeptune on amd (random) finished (none in the cache)" in capsys.readouterr().err


# ---- 4: a torn last line of the fold cache ----------------------------------------------------
def _one_fold_cache(nvidia, path):
    task = fold_tasks("static", nvidia, "random", max_folds=1)[0]
    FoldCache(path).put(run_fold(task, nvidia), table_checksum(nvidia))
    return task


def test_a_torn_last_line_is_skipped_and_the_next_fold_starts_a_line(nvidia, tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    task = _one_fold_cache(nvidia, path)
    whole = path.read_text()
    path.write_text(whole + whole[:40])  # killed mid-write
    cache = FoldCache(path)
    assert "torn last line" in capsys.readouterr().err and cache.get(task, table_checksum(nvidia)) is not None
    second = fold_tasks("static", nvidia, "random", max_folds=2)[1]
    cache.put(run_fold(second, nvidia), table_checksum(nvidia))
    again = FoldCache(path)  # loads without error or warning: the torn line is gone
    assert capsys.readouterr().err == "" and len(again) == 2
    assert all(json.loads(line) for line in path.read_text().splitlines())


def test_malformed_cache_lines_are_errors_naming_the_line(nvidia, tmp_path):
    path = tmp_path / "c.jsonl"
    _one_fold_cache(nvidia, path)
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


# ---- 5: --set for a model not evaluated; booleans -------------------------------------------
def test_set_parses_booleans_and_refuses_models_not_evaluated(capsys):
    assert parse_options(["deeptune.flush_denormals=False", "x.y=TRUE", "x.n=3"]) == \
        {"deeptune": {"flush_denormals": False}, "x": {"y": True, "n": 3}}
    assert create("deeptune", flush_denormals=False).flush_denormals is False
    with pytest.raises(InvalidArgumentError, match="flush_denormals"):
        create("deeptune", flush_denormals="false")
    argv = ["devmap", "evaluate", "--model", "grewe", "--set", "grewee.n_estimators=3", "--data-dir", str(DEVMAP)]
    assert main(argv) == 1 and "not evaluated: grewee" in capsys.readouterr().err


# ---- 6: init_seed equal to the fold seed is the default run -----------------------------------
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


# ---- 7: clear errors instead of tracebacks ----------------------------------------------------
def test_bad_option_values_are_clear_errors(capsys):
    base = ["devmap", "evaluate", "--model", "gbdt", "--platform", "amd", "--protocol", "random", "--folds", "1",
            "--data-dir", str(DEVMAP), "--no-markdown"]
    assert main([*base, "--set", "gbdt.learning_rate=abc"]) == 1
    assert "gbdt.learning_rate must be a number" in capsys.readouterr().err
    assert main([*base, "--set", "gbdt.n_estimators=-5"]) == 1
    assert "--set gbdt: gbdt: need n_estimators >= 1" in capsys.readouterr().err
    plus = [*base[:3], "gbdt-plus", *base[4:]]
    assert main([*plus, "--set", "gbdt-plus.colsample_bytree=0.0"]) == 1  # fails inside LightGBM's fit
    assert "fold 0 failed: LightGBMError" in capsys.readouterr().err


def test_bad_profile_metadata_source_and_selector_are_clear_errors(tmp_path, capsys):
    for text in ("[1]", "{bad json"):
        for suffix in (".csv", ".labels.csv"):
            (tmp_path / f"x{suffix}").write_text("")
        (tmp_path / "x.json").write_text(text)
        assert main(["devmap", "train", "--profile", str(tmp_path / "x"), "--out", str(tmp_path / "sel")]) == 1
        assert "x.json" in capsys.readouterr().err
    folder = tmp_path / "selector"
    folder.mkdir()
    meta = {"format": "throttllem-device-selector", "version": 1, "model": "gbdt-source", "platform": "amd",
            "library": "model.so"}
    for bad, why in (([meta], "not a JSON object"), ({**meta, "library": None}, "lacks library"),
                     ({k: v for k, v in meta.items() if k != "platform"}, "lacks platform")):
        (folder / "selector.json").write_text(json.dumps(bad))
        with pytest.raises(ModelLoadError, match=why):
            DeviceSelector.load(folder)
    source = tmp_path / "k.cl"
    source.write_bytes(b"\xff\xfe__kernel void k() {}")
    argv = ["devmap", "predict", "--selector", str(folder), "--source", str(source), "--transfer-bytes", "1",
            "--wgsize", "1"]
    (folder / "selector.json").write_text(json.dumps([meta]))
    assert main(argv) == 1 and "selector.json is not a JSON object" in capsys.readouterr().err


# ---- 8: input that has nothing to decide or score ---------------------------------------------
@pytest.mark.parametrize("source", ["", "int x;", "__kernel;"])
def test_a_source_without_a_kernel_is_refused(source):
    with pytest.raises(InvalidArgumentError, match="no __kernel"):
        DeviceSelector(None, {}).predict(source, 1024, 64)  # refused before the model is asked


@pytest.mark.parametrize("limit", ["0", "-1", "nan", "inf"])
def test_time_limit_must_be_finite_and_positive(limit, capsys):
    argv = ["devmap", "evaluate", "--model", "static", "--time-limit", limit, "--data-dir", str(DEVMAP)]
    assert main(argv) == 1 and "--time-limit" in capsys.readouterr().err


def test_anatomy_refuses_non_binary_predictions_and_folds_that_miss_rows(amd):
    from throttllem.devmap.evaluation.protocols import folds

    split = list(folds(amd, "random"))
    good = amd.label.copy()
    assert error_anatomy(amd, [(split, good)]).total_errors == 0
    with pytest.raises(InvalidArgumentError, match="0 \\(CPU\\) or 1"):
        error_anatomy(amd, [(split, np.full(len(amd), 2))])
    for bad in (split[:-1], split + split[:1]):
        with pytest.raises(InvalidArgumentError, match="exactly once"):
            error_anatomy(amd, [(bad, good)])


# ---- 9: kernel signatures with attributes and (void) ------------------------------------------
def test_kernel_signature_skips_attributes_and_void():
    params = TOKEN_STATISTICS.index("kernel_params")
    attributed = ("__kernel __attribute__((reqd_work_group_size(64,1,1))) void k(__global float* a, "
                  "__global float* b, int n) { a[0] = b[0]; }")
    assert token_statistics(attributed)[params] == 3
    assert token_statistics("__kernel void k(void) { }")[params] == 0
    assert token_statistics("__kernel void k() { }")[params] == 0
    s = dict(zip(STRUCTURE_STATISTICS, structure_statistics(attributed)))
    assert (s["global_buffers"], s["scalar_params"], s["bytes_per_item"]) == (2, 1, 8)
    assert dict(zip(STRUCTURE_STATISTICS, structure_statistics("__kernel void k(void) { }")))["scalar_params"] == 0


@pytest.mark.parametrize("model", ["gbdt", "gbdt-source", "gbdt-plus"])
@pytest.mark.parametrize("option, value", [("n_estimators", 0), ("num_leaves", 1), ("min_child_samples", 0),
                                           ("learning_rate", 0.0), ("learning_rate", 1.5)])
def test_gbdt_hyper_parameters_are_checked_when_the_model_is_made(model, option, value):
    from throttllem.devmap.models import create

    with pytest.raises(InvalidArgumentError, match=f"{model}: need n_estimators >= 1"):
        create(model, **{option: value})
