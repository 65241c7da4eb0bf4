"""The program-held-out protocol: whole programs (and programs sharing a source) stay apart."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.cli import main
from throttllem.devmap.evaluation.protocols import folds, program_groups, program_name
from throttllem.devmap.evaluation.evaluate import evaluate
from throttllem.errors import InvalidArgumentError


def test_program_name_drops_the_kernel():
    assert program_name("rodinia-3.1-lud-lud_internal") == "rodinia-3.1-lud"
    assert program_name("polybench-gpu-1.0-2mm-mm2_kernel1") == "polybench-gpu-1.0-2mm"


def test_program_folds_keep_programs_and_sources_apart(amd):
    programs = [program_name(b) for b in amd.benchmark]
    assert len(set(programs)) == 71  # DevMap's programs over 7 suites
    groups = program_groups(amd)
    assert len(set(groups.tolist())) == 69  # BT/SP and 2mm/3mm share sources: merged
    tested = np.zeros(len(amd), dtype=int)
    for train, test in folds(amd, "program"):
        tested[test] += 1
        assert {programs[i] for i in train}.isdisjoint({programs[i] for i in test})
        assert {amd.src[i] for i in train}.isdisjoint({amd.src[i] for i in test})
        assert 0 < amd.label[test].mean() < 1  # stratified: both devices in every test fold
    assert (tested == 1).all()
    other_seed = [t.tolist() for _, t in folds(amd, "program", seed=3)]
    assert other_seed != [t.tolist() for _, t in folds(amd, "program")]


def test_evaluate_takes_a_fold_seed(devmap_sample_dir):
    a, = evaluate(["static"], ["amd"], ["program"], data_dir=devmap_sample_dir, seed=1)
    assert a.protocol == "program" and a.score.rows > 0 and not a.partial


def test_cli_program_protocol_and_bad_seed(devmap_sample_dir, capsys):
    assert main(["devmap", "evaluate", "--model", "static", "--platform", "amd", "--protocol", "program",
                 "--data-dir", str(devmap_sample_dir), "--seed", "3"]) == 0
    assert " program " in capsys.readouterr().out
    assert main(["devmap", "evaluate", "--model", "static", "--data-dir", str(devmap_sample_dir),
                 "--seed", "-1"]) == 2
    with pytest.raises(InvalidArgumentError, match="unknown protocol"):
        next(folds(None, "per-suite"))
