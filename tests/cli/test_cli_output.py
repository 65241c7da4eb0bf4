"""Flags every command gets from cli.py (-v/-q everywhere, --json where a command reports), JSON
on failure, honest labels (bench's model provenance) and offline errors that say how to fix them."""

from __future__ import annotations

import argparse
import json
import logging

import pytest

import throttllem
from throttllem import cli
from throttllem.cli import main

pytest_plugins = ["fake_nvml.fixtures"]

QUICK = ["simulate", "--duration-s", "20", "--e2e-deadline-s", "25", "--policy", "max_clock"]
REPORTING = {"info", "bench", "simulate", "devmap predict", "clprofile evaluate"}


def _leaf_parsers(parser: argparse.ArgumentParser, prefix: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield prefix + name, sub
                yield from _leaf_parsers(sub, f"{prefix}{name} ")


def test_every_command_has_v_and_q_and_the_reporting_ones_json():
    commands = dict(_leaf_parsers(cli.build_parser()))
    assert REPORTING <= set(commands)
    for name, parser in commands.items():
        flags = {s for a in parser._actions for s in a.option_strings}
        assert {"-v", "--verbose", "-q", "--quiet"} <= flags, name
        assert ("--json" in flags) == (name in REPORTING), name
    assert set(cli.json_commands(cli.build_parser())) == REPORTING


def _json_out(capsys) -> dict:
    out = capsys.readouterr().out
    return json.loads(out)  # the whole of stdout is one document


def test_simulate_json_summary(capsys):
    assert main([*QUICK, "--json", "--no-progress"]) == 0
    doc = _json_out(capsys)
    assert doc["source"].startswith("modelled") and doc["wall_s_source"] == "measured"
    (policy,) = doc["policies"]
    assert policy["policy"] == "max_clock" and policy["requests"] > 0
    assert doc["closing"] == [] and doc["written"] == []


def test_json_before_the_command_and_on_bad_input(capsys):
    assert main(["--json", *QUICK, "--rps", "fast"]) == 2
    assert _json_out(capsys) == {"error": "--rps must be a number, 'max' or 'native', not 'fast'", "exit_code": 2}


def test_json_on_a_usage_error(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["simulate", "--json", "--tp", "3"])
    assert stop.value.code == 2
    doc = _json_out(capsys)
    assert doc["exit_code"] == 2 and "--tp" in doc["error"]


def test_json_on_a_command_without_a_report_is_refused_in_json(capsys):
    assert main(["--json", "train", "--profile", "p.csv", "--out", "x"]) == 2
    doc = _json_out(capsys)
    assert "prints no report" in doc["error"] and "devmap predict" in doc["error"]


def test_json_on_a_runtime_failure(no_nvml, capsys):
    assert main(["info", "--json"]) == 1
    doc = _json_out(capsys)
    assert doc["exit_code"] == 1 and "No NVML" in doc["error"]


def test_info_json_says_measured(fake_nvml, capsys):
    assert main(["info", "--json", "-q"]) == 0
    doc = _json_out(capsys)
    assert doc["provenance"] == "measured now" and len(doc["gpus"]) == 1


def test_bench_reports_the_models_real_provenance(capsys):
    provenance = throttllem.Forest.default().provenance
    assert provenance.startswith("measured")  # the shipped model is trained on measured profiles
    assert main(["bench", "--calls", "5", "--reference-calls", "0"]) == 0
    out = capsys.readouterr().out
    assert "synthetic" not in out and provenance in out
    assert main(["bench", "--calls", "5", "--reference-calls", "0", "--json"]) == 0
    doc = _json_out(capsys)
    assert doc["model_provenance"] == provenance and doc["latency"] == "measured"
    assert [r["running"] for r in doc["rows"]] == [32, 128, 256]
    assert all(r["governor"]["p50_us"] > 0 and r["reference"] is None for r in doc["rows"])


@pytest.mark.parametrize("flags, level, progress_off", [([], logging.WARNING, False), (["-v"], logging.INFO, False),
                                                        (["-vv"], logging.DEBUG, False),
                                                        (["-q"], logging.ERROR, True)])
def test_verbosity_sets_the_log_level_and_quiet_drops_progress(monkeypatch, flags, level, progress_off):
    seen = {}

    def fake_run(args):
        seen["no_progress"] = args.no_progress
        seen["level"] = logging.getLogger("throttllem").level
        return 0
    monkeypatch.setattr("throttllem.commands.simulate.run", fake_run)
    monkeypatch.setattr(logging.getLogger("throttllem"), "level", logging.NOTSET)
    assert main(["simulate", *flags]) == 0
    assert seen == {"no_progress": progress_off, "level": level}


def test_offline_download_names_the_file_its_sha256_and_the_option(monkeypatch, tmp_path):
    import urllib.request

    from throttllem.devmap.data.download import PUBLIC_FILES, download
    from throttllem.traces.download import PUBLIC_TRACES, OfflineError
    from throttllem.traces.download import download as download_trace

    def offline(*args, **kwargs):
        raise OSError("Network is unreachable")
    monkeypatch.setattr(urllib.request, "urlopen", offline)
    with pytest.raises(OfflineError) as devmap:
        download("amd", tmp_path / "devmap")
    message = str(devmap.value)
    assert PUBLIC_FILES["amd"].sha256 in message and str(tmp_path / "devmap") in message
    assert "--data-dir" in message and "\n" not in message
    with pytest.raises(OfflineError) as trace:
        download_trace("conv", tmp_path / "traces")
    assert PUBLIC_TRACES["conv"].sha256 in str(trace.value) and "--trace PATH" in str(trace.value)


def test_devmap_predict_json(tmp_path, capsys, devmap_sample_dir):
    pytest.importorskip("tl2cgen")
    selector = tmp_path / "sel"
    assert main(["devmap", "train", "--platform", "amd", "--out", str(selector), "--data-dir",
                 str(devmap_sample_dir), "-q"]) == 0
    capsys.readouterr()
    kernel = tmp_path / "k.cl"
    kernel.write_text("__kernel void scale(__global float* a, float f) { a[get_global_id(0)] *= f; }\n")
    assert main(["devmap", "predict", "--json", "--selector", str(selector), "--source", str(kernel),
                 "--transfer-bytes", "4096", "--wgsize", "64"]) == 0
    doc = _json_out(capsys)
    assert doc["device"] in ("CPU", "GPU") and doc["source"] == "modelled" and 0.5 <= doc["confidence"] <= 1
    assert main(["devmap", "predict", "--json", "--selector", str(tmp_path), "--source", str(kernel),
                 "--transfer-bytes", "1", "--wgsize", "1"]) == 1
    assert "cannot read" in _json_out(capsys)["error"]
