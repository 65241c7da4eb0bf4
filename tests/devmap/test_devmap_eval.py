"""Features, protocols, metrics, models and the evaluate command on DevMap."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.cli import main
from throttllem.devmap.evaluation.evaluate import BEGIN_MARK, END_MARK, cross_validate, evaluate
from throttllem.devmap.source.features import TOKEN_STATISTICS, grewe_row, token_statistics
from throttllem.devmap.evaluation.metrics import score, static_device
from throttllem.devmap.models import MODELS, create
from throttllem.devmap.evaluation.protocols import folds, kernel_groups
from throttllem.options import parse_settings
from throttllem.errors import InvalidArgumentError, ThrottllemError

from cli_errors import fails


def test_grewe_features_follow_their_definition(amd):
    f = np.asarray([grewe_row(comp=6, mem=2, localmem=1, coalesced=1, transfer_bytes=800, wgsize=64),
                    grewe_row(comp=0, mem=0, localmem=3, coalesced=1, transfer_bytes=5, wgsize=64)])
    assert f[0].tolist() == [100.0, 0.5, 32.0, 3.0]
    assert f[1].tolist() == [0.0, 0.0, 0.0, 0.0]  # zero denominators give 0, not inf/nan
    g = create("grewe").features(amd)
    c = amd.counts
    assert g.shape == (680, 4) and np.isfinite(g).all()
    np.testing.assert_allclose(g[:, 3], c["comp"] / c["mem"])
    np.testing.assert_allclose(g[:, 0], amd.transfer_bytes / (c["comp"] + c["mem"]))


def test_token_statistics_of_a_small_kernel():
    src = """float B(float x, float y) { return x; }
__kernel void A(__global float* a, __local float* b, const int c) {
  int d = get_global_id(0);
  for (int e = 0; e < c; e++) {
    while (d > 0) { d = d >> 1; }
    if (d == 2) b[d] = sqrt(a[e]) * 2.5f;
  }
  barrier(1);
  atomic_add(a, 1);
}"""
    s = dict(zip(TOKEN_STATISTICS, token_statistics(src)))
    assert s["kernel_params"] == 3 and s["loops"] == 2 and s["branches"] == 1
    assert s["max_loop_depth"] == 2 and s["max_brace_depth"] == 3 and s["function_calls"] == 4
    assert s["global_qualifiers"] == 1 and s["local_qualifiers"] == 1
    assert s["math_calls"] == 1 and s["work_item_calls"] == 1 and s["sync_calls"] == 1 and s["atomic_calls"] == 1
    assert s["float_literals"] == 1 and s["subscripts"] == 2 and s["bitwise_ops"] == 1
    assert s["lines"] == 10


def test_random_protocol_is_the_literature_split(amd):
    from sklearn.model_selection import StratifiedKFold

    ours = list(folds(amd, "random"))
    theirs = list(StratifiedKFold(10, shuffle=True, random_state=204).split(np.zeros((680, 1)), amd.label))
    assert len(ours) == 10
    for (a, b), (c, d) in zip(ours, theirs):
        assert np.array_equal(a, c) and np.array_equal(b, d)


def test_grouped_protocol_keeps_kernels_and_sources_apart(amd):
    groups = kernel_groups(amd)
    tested = np.zeros(len(amd), dtype=int)
    for train, test in folds(amd, "grouped"):
        tested[test] += 1
        assert not set(groups[train]) & set(groups[test])
        assert not {amd.src[i] for i in train} & {amd.src[i] for i in test}
        assert not {amd.benchmark[i] for i in train} & {amd.benchmark[i] for i in test}
    assert (tested == 1).all()
    bt = amd.benchmark.index("npb-3.3-BT-exact_rhs1")
    sp = amd.benchmark.index("npb-3.3-SP-exact_rhs1")
    assert groups[bt] == groups[sp]  # identical source: one group
    with pytest.raises(InvalidArgumentError, match="unknown protocol"):
        next(folds(amd, "leave-one-out"))


def test_score_of_static_and_oracle_mappings(amd, nvidia):
    for data in (amd, nvidia):
        static = static_device(data.label)
        assert static == int(data.label.mean() > 0.5)
        s = score(data, np.full(len(data), static))
        assert s.accuracy == pytest.approx(max(data.label.mean(), 1 - data.label.mean()))
        assert s.speedup_mean == s.speedup_geomean == 1.0
        o = score(data, data.label)
        assert o.accuracy == 1.0 and o.speedup_mean == o.oracle_speedup_mean > 1.0
        assert o.oracle_share == pytest.approx(1.0) and o.oracle_share_geomean == pytest.approx(1.0)
    # hand-made: static CPU; the wrong choice on row 1 loses 4x
    tiny = amd.subset([0, 1, 2])
    tiny.runtime_cpu[:] = [4.0, 1.0, 2.0]
    tiny.runtime_gpu[:] = [1.0, 4.0, 3.0]
    tiny.label[:] = [1, 0, 0]
    s = score(tiny, np.array([1, 1, 0]))
    assert s.accuracy == pytest.approx(2 / 3) and s.static_device == "CPU"
    assert s.speedup_mean == pytest.approx((4 + 0.25 + 1) / 3)
    assert s.speedup_geomean == pytest.approx(1.0)
    with pytest.raises(InvalidArgumentError, match="one prediction per row"):
        score(tiny, np.array([1, 0]))


def test_registry():
    assert {"static", "grewe", "gbdt"} <= set(MODELS)
    with pytest.raises(InvalidArgumentError, match="unknown model"):
        create("magic")
    with pytest.raises(InvalidArgumentError, match="fit the model first"):
        create("grewe").predict(None, [0])


@pytest.mark.parametrize("protocol", ["random", "grouped"])
def test_tree_models_beat_the_static_mapping(nvidia, protocol):
    static = cross_validate("static", nvidia, protocol).score
    grewe = cross_validate("grewe", nvidia, protocol).score
    gbdt = cross_validate("gbdt", nvidia, protocol, model_options=dict(n_estimators=40)).score
    assert grewe.accuracy > static.accuracy + 0.05
    assert gbdt.accuracy > grewe.accuracy
    assert gbdt.speedup_mean > 1.0 and gbdt.oracle_share <= 1.0


def test_compiled_grewe_matches_sklearn_on_every_fold(amd):
    result = cross_validate("grewe", amd, "grouped", compiled=True)
    assert result.compiled and result.compiled_mismatches == 0
    plain = cross_validate("grewe", amd, "grouped")
    assert np.array_equal(result.predictions, plain.predictions)


def test_evaluate_command_prints_table_and_writes_markdown(devmap_sample_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "DEVMAP.md"
    doc.write_text(f"# Intro\n\n{BEGIN_MARK}\nSTALE-TABLE\n{END_MARK}\n\n## After\n")
    argv = ["devmap", "evaluate", "--model", "static", "--model", "grewe", "--platform", "nvidia",
            "--protocol", "grouped", "--data-dir", str(devmap_sample_dir), "--markdown", str(doc)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "measured" in out and "grewe" in out and "NVIDIA GTX 970" in out and "grouped" in out
    assert main(argv) == 0  # twice: still one block
    text = doc.read_text()
    assert text.startswith("# Intro") and text.rstrip().endswith("## After")
    assert text.count(BEGIN_MARK) == 1 and "STALE-TABLE" not in text
    assert "[paper]" in text and "Measured here" in text
    assert "`throttllem devmap evaluate --model static --model grewe --platform nvidia --protocol grouped`" in text
    fails(["devmap", "evaluate", "--model", "nope", "--data-dir", str(devmap_sample_dir)], capsys, InvalidArgumentError,
          "unknown model")
    # without --markdown nothing is written, even in a checkout (docs/DEVMAP.md with markers)
    (tmp_path / "docs").mkdir()
    default = tmp_path / "docs" / "DEVMAP.md"
    default.write_text(f"# x\n{BEGIN_MARK}\n{END_MARK}\n")
    assert main(argv[:-2]) == 0 and "Measured here" not in default.read_text()
    assert "wrote" not in capsys.readouterr().out


def test_partial_runs_score_only_tested_rows_against_the_platform_static(nvidia):
    result = cross_validate("grewe", nvidia, "random", max_folds=2)
    tested = result.predictions >= 0
    assert result.partial and result.score.rows == tested.sum() < len(nvidia)
    assert result.score.static_device == "GPU"  # the platform's, whatever the 2 folds hold
    part = nvidia.subset(tested)
    assert result.score.accuracy == pytest.approx(np.mean(result.predictions[tested] == part.label))


def test_evaluate_command_options(devmap_sample_dir, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    argv = ["devmap", "evaluate", "--model", "gbdt", "--platform", "amd", "--protocol", "random",
            "--data-dir", str(devmap_sample_dir), "--set", "gbdt.n_estimators=10", "--folds", "1"]
    assert main(argv) == 0
    assert "gbdt [partial]" in capsys.readouterr().out
    fails([*argv[:-4], "--set", "gbdt.trees=3"], capsys, InvalidArgumentError, "no option 'trees'")
    fails([*argv[:-4], "--set", "gbdt"], capsys, InvalidArgumentError, "MODEL.OPTION=VALUE")
    fails([*argv[:-2], "--folds", "11"], capsys, InvalidArgumentError, "--folds")


@pytest.mark.parametrize("name", ["grewe", "gbdt", "gbdt-source"])
def test_tree_models_refuse_one_label_training_rows(nvidia_sample, name):
    gpu_rows = np.flatnonzero(nvidia_sample.label == 1)[:30]
    with pytest.raises(InvalidArgumentError, match="one label only"):
        create(name).fit(nvidia_sample, gpu_rows, seed=0)


def test_repeated_models_are_evaluated_once(devmap_sample_dir, capsys):
    once = evaluate(["grewe"], ["nvidia"], ["random"], data_dir=devmap_sample_dir, max_folds=2)
    twice = evaluate(["grewe", "grewe"], ["nvidia", "nvidia"], ["random"], data_dir=devmap_sample_dir, max_folds=2)
    assert len(twice) == 1 and twice[0].score == once[0].score
    np.testing.assert_array_equal(twice[0].predictions, once[0].predictions)
    argv = ["devmap", "evaluate", "--model", "grewe", "--model", "grewe", "--platform", "nvidia",
            "--protocol", "random", "--folds", "2", "--data-dir", str(devmap_sample_dir)]
    assert main(argv) == 0
    assert capsys.readouterr().out.count("grewe [partial]") == 1


def test_failed_folds_are_listed_and_leave_the_docs_alone(devmap_sample_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "DEVMAP.md"
    doc.write_text(f"# x\n{BEGIN_MARK}\nKEPT\n{END_MARK}\n")
    # LightGBM itself refuses colsample_bytree=0 when a fold fits (the model does not check it).
    argv = ["devmap", "evaluate", "--model", "static", "--model", "gbdt-plus", "--set", "gbdt-plus.colsample_bytree=0.0",
            "--platform", "nvidia", "--protocol", "random", "--jobs", "2", "--data-dir", str(devmap_sample_dir)]
    err = fails(argv, capsys, ThrottllemError, "left incomplete: gbdt-plus nvidia random")
    assert "no fold of gbdt-plus on nvidia (random) finished" in err  # reported, not dropped
    assert "KEPT" in doc.read_text()


def test_a_cached_model_without_folds_is_reported(devmap_sample_dir, tmp_path, capsys):
    argv = ["devmap", "evaluate", "--model", "static", "--cached", "deeptune", "--cache", str(tmp_path / "c.jsonl"),
            "--platform", "amd", "--protocol", "random", "--folds", "1", "--data-dir", str(devmap_sample_dir)]
    assert main(argv) == 0
    assert "no fold of deeptune on amd (random) finished (none in the cache)" in capsys.readouterr().err


def test_set_parses_booleans_and_refuses_models_not_evaluated(devmap_sample_dir, capsys):
    assert parse_settings(["deeptune.flush_denormals=False", "x.y=TRUE", "x.n=3"]) == \
        {"deeptune": {"flush_denormals": False}, "x": {"y": True, "n": 3}}
    assert create("deeptune", flush_denormals=False).flush_denormals is False
    with pytest.raises(InvalidArgumentError, match="flush_denormals"):
        create("deeptune", flush_denormals="false")
    argv = ["devmap", "evaluate", "--model", "grewe", "--set", "grewee.n_estimators=3", "--data-dir", str(devmap_sample_dir)]
    fails(argv, capsys, InvalidArgumentError, "not evaluated: grewee")


def test_bad_option_values_are_clear_errors(devmap_sample_dir, capsys):
    base = ["devmap", "evaluate", "--model", "gbdt", "--platform", "amd", "--protocol", "random", "--folds", "1",
            "--data-dir", str(devmap_sample_dir)]
    fails([*base, "--set", "gbdt.learning_rate=abc"], capsys, InvalidArgumentError, "gbdt.learning_rate must be a number")
    fails([*base, "--set", "gbdt.n_estimators=-5"], capsys, InvalidArgumentError, "--set gbdt: gbdt: need n_estimators >= 1")
    plus = [*base[:3], "gbdt-plus", *base[4:]]
    # fails inside LightGBM's fit
    fails([*plus, "--set", "gbdt-plus.colsample_bytree=0.0"], capsys, InvalidArgumentError, "fold 0 failed: LightGBMError")


@pytest.mark.parametrize("limit", ["0", "-1", "nan", "inf"])
def test_time_limit_must_be_finite_and_positive(devmap_sample_dir, limit, capsys):
    argv = ["devmap", "evaluate", "--model", "static", "--time-limit", limit, "--data-dir", str(devmap_sample_dir)]
    fails(argv, capsys, InvalidArgumentError, "--time-limit")


@pytest.mark.parametrize("model", ["gbdt", "gbdt-source", "gbdt-plus"])
@pytest.mark.parametrize("option, value", [("n_estimators", 0), ("num_leaves", 1), ("min_child_samples", 0),
                                           ("learning_rate", 0.0), ("learning_rate", 1.5)])
def test_gbdt_hyper_parameters_are_checked_when_the_model_is_made(model, option, value):
    with pytest.raises(InvalidArgumentError, match=f"{model}: need n_estimators >= 1"):
        create(model, **{option: value})
