"""DeviceSelector: train on DevMap, save, load, decide from source + launch."""

from __future__ import annotations

import json

import numpy as np
import pytest

from throttllem.devmap.data.dataset import DevMapDataError, load_platform
from throttllem.devmap.source.lexer import LexError
from throttllem.devmap.models import create
from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.errors import InvalidArgumentError, ModelLoadError

from cli_errors import fails
from conftest import REPO
from public_data import devmap_dir

pytest.importorskip("tl2cgen")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    data = load_platform("nvidia", devmap_dir("nvidia"))
    folder = tmp_path_factory.mktemp("selector")
    return data, folder, DeviceSelector.train(data, folder, model_options=dict(n_estimators=30))


def test_selector_agrees_with_its_python_model(trained):
    data, folder, _ = trained
    selector = DeviceSelector.load(folder)
    assert selector.meta["platform"] == "nvidia" and selector.meta["rows"] == len(data)
    model = create("gbdt-source", n_estimators=30).fit(data, np.arange(len(data)), seed=204)
    expected = model.predict_proba(data, np.arange(len(data)))
    for i in range(0, len(data), 17):
        choice = selector.predict(data.src[i], data.transfer_bytes[i], data.wgsize[i])
        assert choice.p_gpu == pytest.approx(expected[i], abs=1e-12)
        assert choice.device == ("GPU" if expected[i] > 0.5 else "CPU")
        assert 0.5 <= choice.confidence <= 1.0


def test_comments_and_names_do_not_change_the_choice(trained):
    data, _, selector = trained
    src = data.src[3]
    renamed = "/* a user's kernel */\n" + src.replace("__kernel void A(", "__kernel void my_kernel(")
    assert selector.predict(renamed, 4096, 64) == selector.predict(src, 4096, 64)


def test_selector_errors(trained, tmp_path):
    data, _, selector = trained
    with pytest.raises(InvalidArgumentError, match=">= 0"):
        selector.predict(data.src[0], -1, 64)
    with pytest.raises(LexError, match="unterminated comment"):
        selector.predict("__kernel void A() { /* open", 1, 1)
    with pytest.raises(InvalidArgumentError, match="source-only model"):
        DeviceSelector.train(data, tmp_path / "x", model="grewe")
    with pytest.raises(ModelLoadError, match="cannot read"):
        DeviceSelector.load(tmp_path)
    (tmp_path / "selector.json").write_text(json.dumps({"format": "other"}))
    with pytest.raises(ModelLoadError, match="not a throttllem-device-selector"):
        DeviceSelector.load(tmp_path)


def test_train_and_predict_commands(tmp_path, capsys, devmap_sample_dir):
    from throttllem.cli import main

    out = tmp_path / "sel"
    assert main(["devmap", "train", "--platform", "amd", "--out", str(out),
                 "--data-dir", str(devmap_sample_dir)]) == 0
    kernel = tmp_path / "k.cl"
    kernel.write_text("// scale\n__kernel void scale(__global float* a, float f) {\n"
                      "  int i = get_global_id(0);\n  a[i] = a[i] * f;\n}\n")
    assert main(["devmap", "predict", "--selector", str(out), "--source", str(kernel),
                 "--transfer-bytes", str(1 << 24), "--wgsize", "256"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.split()[0] in ("CPU", "GPU") and "modelled" in line
    fails(["devmap", "predict", "--selector", str(tmp_path), "--source", str(kernel), "--transfer-bytes", "1",
           "--wgsize", "1"], capsys, ModelLoadError, "cannot read")


def test_a_selector_trained_on_a_measured_clprofile_dataset(tmp_path, capsys):
    from throttllem.cli import main
    from throttllem.devmap.profiler.labelled import load_clprofile

    dataset = REPO / "datasets" / "h100-clprofile"
    out = tmp_path / "sel-h100"
    assert main(["devmap", "train", "--profile", str(dataset), "--out", str(out)]) == 0
    meta = json.loads((out / "selector.json").read_text())
    assert meta["rows"] == 432 and meta["origin"].startswith(f"clprofile {dataset} (measured on ")
    assert "NVIDIA H100" in meta["origin"] and meta["origin"] in meta["provenance"]
    # The selector decides like the model fitted on the same rows in Python.
    profile = load_clprofile(dataset)
    python_model = create("gbdt-source").fit(profile.data, np.arange(len(profile.data)), seed=204)
    selector = DeviceSelector.load(out)
    d = profile.data
    chosen = [selector.predict(d.src[i], d.transfer_bytes[i], d.wgsize[i]).device for i in range(len(d))]
    expected = python_model.predict(d, np.arange(len(d)))
    assert chosen == ["GPU" if e else "CPU" for e in expected]
    kernel = REPO / "kernels" / "opencl" / "black_scholes.cl"
    assert main(["devmap", "predict", "--selector", str(out), "--source", str(kernel),
                 "--transfer-bytes", "4096", "--wgsize", "64"]) == 0
    assert "model trained on clprofile" in capsys.readouterr().out


def test_train_needs_exactly_one_origin(tmp_path, capsys):
    from throttllem.cli import main

    with pytest.raises(SystemExit):
        main(["devmap", "train", "--out", str(tmp_path / "s")])
    with pytest.raises(SystemExit):
        main(["devmap", "train", "--platform", "amd", "--profile", "x", "--out", str(tmp_path / "s")])
    assert "not allowed with argument" in capsys.readouterr().err
    fails(["devmap", "train", "--profile", str(tmp_path / "absent"), "--out", str(tmp_path / "s")], capsys,
          DevMapDataError, "absent.* no such file")


def test_bad_profile_metadata_source_and_selector_are_clear_errors(tmp_path, capsys):
    for text in ("[1]", "{bad json"):
        for suffix in (".csv", ".labels.csv"):
            (tmp_path / f"x{suffix}").write_text("")
        (tmp_path / "x.json").write_text(text)
        fails(["devmap", "train", "--profile", str(tmp_path / "x"), "--out", str(tmp_path / "sel")], capsys,
              DevMapDataError, "x.json")
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
    fails(argv, capsys, ModelLoadError, "selector.json is not a JSON object")


@pytest.mark.parametrize("source", ["", "int x;", "__kernel;"])
def test_a_source_without_a_kernel_is_refused(source):
    with pytest.raises(InvalidArgumentError, match="no __kernel"):
        DeviceSelector(None, {}).predict(source, 1024, 64)  # refused before the model is asked
