"""A kernel no compiler accepts gets no device choice: its token statistics would still give a
confident answer ("GPU, confidence 1.000"). The selector refuses sources whose brackets do not
balance or whose kernel has no body; `devmap predict` also builds the kernel with OpenCL and
exits 2 naming the compile error."""

from __future__ import annotations

import pytest

from throttllem.cli import main
from throttllem.devmap.deploy.compile_check import opencl_build_error, structure_error
from throttllem.errors import InvalidArgumentError

from cli_errors import fails

pytest.importorskip("tl2cgen")

GOOD = "__kernel void scale(__global float* a, float f) {\n  int i = get_global_id(0);\n  a[i] = a[i] * f;\n}\n"
UNDECLARED = "__kernel void k(__global float* a) {\n  a[get_global_id(0)] = undeclared_thing + 1.0f;\n}\n"
STRUCTURE = [
    ("__kernel void k(__global float* a) {\n  a[0] = 1.0f;\n", "line 1: '{' is never closed"),
    ("__kernel void k(__global float* a) {\n  a[0] = 1.0f; }\n}\n", "line 3: unmatched '}'"),
    ("__kernel void k(__global float* a) {\n  a[0 = 1.0f;\n}\n", "line 3: unmatched '}'"),
    ("__kernel void k(__global float* a);\n", "line 1: the kernel has no body"),
    ("__kernel void k(__global float* a)\n  a[0] = 1.0f;\n", "line 1: the kernel has no body"),
]


@pytest.fixture(scope="module")
def selector(tmp_path_factory, devmap_sample_dir):
    out = tmp_path_factory.mktemp("sel") / "sel"
    assert main(["devmap", "train", "--platform", "amd", "--out", str(out), "--data-dir", str(devmap_sample_dir)]) == 0
    return out


@pytest.mark.parametrize("source, message", STRUCTURE)
def test_a_source_that_cannot_compile_is_not_featurized(selector, source, message):
    from throttllem.devmap.deploy.selector import DeviceSelector

    assert message in structure_error(source)
    with pytest.raises(InvalidArgumentError, match="cannot featurize the kernel: it does not compile") as err:
        DeviceSelector.load(selector).predict(source, 1 << 20, 256)
    assert message in str(err.value)


def test_well_formed_kernels_pass_the_structure_check():
    assert structure_error(GOOD) is None
    assert structure_error("__kernel void k(__global float* a) __attribute__((reqd_work_group_size(64, 1, 1)))"
                           " { a[get_global_id(0)] = (float)(1); }") is None
    assert structure_error("/* { */ __kernel void k(__global char* s) { s[0] = '}'; }") is None


def _opencl() -> str:
    if opencl_build_error(GOOD)[1] is None:
        pytest.skip("no OpenCL platform found (install pocl-opencl-icd)")
    return opencl_build_error(GOOD)[1]


def _predict(selector, kernel, *extra) -> list[str]:
    return ["devmap", "predict", "--selector", str(selector), "--source", str(kernel), "--transfer-bytes",
            str(1 << 24), "--wgsize", "256", *extra]


def test_predict_refuses_a_kernel_that_does_not_build(selector, tmp_path, capsys):
    device = _opencl()
    kernel = tmp_path / "bad.cl"
    kernel.write_text(UNDECLARED)
    err = fails(_predict(selector, kernel), capsys, InvalidArgumentError,
                f"{kernel} does not compile with OpenCL .*line 2, column .*undeclared.*undeclared_thing")
    assert "GPU" not in err.split("undeclared")[0].replace(device, "")
    assert opencl_build_error(UNDECLARED)[0].startswith("line 2, column ")


def test_predict_says_whether_the_kernel_was_built(selector, tmp_path, capsys):
    device = _opencl()
    kernel = tmp_path / "good.cl"
    kernel.write_text(GOOD)
    assert main(_predict(selector, kernel)) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.split()[0] in ("CPU", "GPU") and f"kernel built with {device}" in line
    kernel.write_text(UNDECLARED)
    assert main(_predict(selector, kernel, "--no-compile-check")) == 0
    assert "kernel not built: --no-compile-check" in capsys.readouterr().out
