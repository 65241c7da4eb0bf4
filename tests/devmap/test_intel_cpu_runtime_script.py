"""scripts/intel_cpu_runtime.sh on small stand-in wheels with the real wheels' layout: which files
it unpacks, the symlinks that replace duplicated copies, the ICD file and the printed exports."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "intel_cpu_runtime.sh"
WHEELS = {
    "intel_opencl_rt-2026.2.0-py2.py3-none-manylinux_2_28_x86_64.whl": {
        "libintelocl.so": b"ocl", "libintelocl.so.2026.22.10.0": b"ocl", "libintelocl.so-gdb.py": b"#",
        "libOpenCL.so.1": b"loader", "cl.cfg": b"cfg", "clbltfnz1.rtl": b"rtl", "cllibraryz1.o": b"o",
        "libocl_svml_z1.so": b"svml", "libcommon_clang.so.2026.22.10.0": b"clang"},
    "intel_cmplr_lib_rt-2026.2.0-py2.py3-none-manylinux_2_28_x86_64.whl": {
        "libimf.so": b"imf", "libsvml.so": b"svml!", "icx-lto.so": b"lto", "libintlc.so.5": b"intlc",
        "libirc.so": b"irc", "libirng.so": b"irng", "libxptifw.so": b"x"},
    "tbb-2023.2.0-py2.py3-none-manylinux_2_28_x86_64.whl": {
        "libtbb.so": b"tbb", "libtbb.so.12": b"tbb", "libtbb.so.12.20": b"tbb", "libtbbmalloc_proxy.so": b"p"},
    "tcmlib-1.6.0-py2.py3-none-manylinux_2_28_x86_64.whl": {"libtcm.so.1": b"tcm", "libhwloc.so.15": b"hw"},
}


def _wheels(folder: Path, skip: str = "") -> Path:
    folder.mkdir()
    for name, files in WHEELS.items():
        if name.startswith(skip or "\0"):
            continue
        dist = "-".join(name.split("-")[:2])
        with zipfile.ZipFile(folder / name, "w") as z:
            for f, data in files.items():
                z.writestr(f"{dist}.data/data/lib/{f}", data)
            z.writestr(f"{dist}.dist-info/METADATA", "Name: x\n")
    return folder


def test_the_runtime_is_unpacked_with_its_icd_and_exports(tmp_path):
    dest = tmp_path / "rt"
    out = subprocess.run(["bash", str(SCRIPT), str(dest), str(_wheels(tmp_path / "w"))], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    lib = dest / "lib"
    assert sorted(os.listdir(lib)) == sorted([
        "libintelocl.so", "libintelocl.so.2026.22.10.0", "cl.cfg", "clbltfnz1.rtl", "cllibraryz1.o",
        "libocl_svml_z1.so", "libcommon_clang.so.2026.22.10.0", "libimf.so", "libsvml.so", "libintlc.so.5",
        "libirc.so", "libirng.so", "libtbb.so", "libtbb.so.12", "libtbb.so.12.20", "libtcm.so.1", "libhwloc.so.15"])
    # Duplicated copies became symlinks to the longest name; the content is intact.
    assert os.readlink(lib / "libintelocl.so") == "libintelocl.so.2026.22.10.0"
    assert os.readlink(lib / "libtbb.so") == "libtbb.so.12.20" and (lib / "libtbb.so").read_bytes() == b"tbb"
    assert (dest / "vendors" / "intel-cpu.icd").read_text().strip() == str(lib / "libintelocl.so")
    for icd in Path("/etc/OpenCL/vendors").glob("*.icd"):
        assert (dest / "vendors" / icd.name).read_text() == icd.read_text()
    assert f"export OCL_ICD_VENDORS={dest / 'vendors'}" in out and f"export LD_LIBRARY_PATH={lib}" in out


def test_a_missing_wheel_is_named(tmp_path):
    proc = subprocess.run(["bash", str(SCRIPT), str(tmp_path / "rt"), str(_wheels(tmp_path / "w", skip="tcmlib"))],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "no wheel in" in proc.stderr and "tcmlib (libtcm.so)" in proc.stderr


@pytest.mark.parametrize("args", [[], ["/nonexistent-wheels"]])
def test_bad_arguments_fail_with_a_message(tmp_path, args):
    argv = ["bash", str(SCRIPT)] + ([str(tmp_path / "rt")] + args if args else [])
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and ("usage:" in proc.stderr or "no such folder" in proc.stderr)
