"""DevMap loader and download: the shared copies load; bad tables fail naming file and line."""

from __future__ import annotations

import csv
import dataclasses
import io

import numpy as np
import pytest

from throttllem.devmap.data.dataset import REQUIRED_COLUMNS, DevMapDataError, load_csv, load_platform
from throttllem.devmap.data.download import PUBLIC_FILES, download, locate
from throttllem.errors import InvalidArgumentError
from throttllem.traces.download import DownloadError, sha256_of

from public_data import devmap_dir
KERNEL = "__kernel void A(__global float* a) {\n  a[get_global_id(0)] = 1.0f;\n}\n"


def _write(path, rows, header=("", *REQUIRED_COLUMNS, "seq")):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue())
    return path


def _row(index=0, oracle="GPU", cpu="2.0", gpu="1.0", wgsize="64", comp="10"):
    return [index, f"suite-1.0-prog-k{index}", "default", comp, "1", "4", "0", "2", "0", "4096", wgsize, oracle,
            cpu, gpu, KERNEL, "[1 2 ...]"]


@pytest.mark.parametrize("platform", ["amd", "nvidia"])
def test_shared_tables_load_with_pinned_checksums(platform):
    folder = devmap_dir(platform)
    path = folder / PUBLIC_FILES[platform].file_name
    assert sha256_of(path) == PUBLIC_FILES[platform].sha256
    data = load_platform(platform, folder)
    assert len(data) == 680 and data.platform == platform
    assert len(set(data.benchmark)) == 256
    runtimes = data.runtimes()
    # the label is the faster device on every row
    assert np.array_equal(data.label, (runtimes[:, 1] < runtimes[:, 0]).astype(int))
    assert all(s.lstrip().startswith("__kernel") for s in data.src)


def test_subset_keeps_rows_aligned(amd_sample):
    data = amd_sample
    part = data.subset([5, 1])
    assert part.benchmark == (data.benchmark[5], data.benchmark[1])
    assert part.counts["comp"].tolist() == [data.counts["comp"][5], data.counts["comp"][1]]
    assert part.src[0] == data.src[5] and part.runtime_gpu[1] == data.runtime_gpu[1]


def test_small_table_without_seq_column(tmp_path):
    header = ("", *REQUIRED_COLUMNS)
    path = _write(tmp_path / "cgo17-amd.csv", [_row(0)[:-1], _row(1, oracle="CPU", cpu="1", gpu="3")[:-1]], header)
    data = load_csv(path)
    assert data.platform == "amd" and data.label.tolist() == [1, 0]
    assert data.wgsize.tolist() == [64, 64] and data.src[0] == KERNEL


def test_missing_columns_are_all_named(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("benchmark,dataset,comp\nx,y,1\n")
    with pytest.raises(DevMapDataError, match="missing column") as info:
        load_csv(path)
    for name in ("rational", "mem", "oracle", "runtime_gpu", "src"):
        assert name in str(info.value)


@pytest.mark.parametrize("bad,message", [
    (dict(comp="ten"), "'comp' must be an integer"),
    (dict(comp="-1"), "'comp' must be >= 0"),
    (dict(oracle="FPGA"), "'oracle' must be CPU or GPU"),
    (dict(gpu="0"), "'runtime_gpu' must be a positive runtime"),
    (dict(cpu="nan"), "'runtime_cpu' must be a positive runtime"),
    (dict(oracle="CPU", cpu="5", gpu="1"), "contradicts the runtimes"),
])
def test_bad_row_names_file_and_first_line(tmp_path, bad, message):
    # each kernel spans 3 lines + the closing quote line: row 3 starts on line 1 + 2*4 + 1 = 10
    rows = [_row(0), _row(1), _row(2, **bad)]
    path = _write(tmp_path / "t.csv", rows)
    with pytest.raises(DevMapDataError, match=message) as info:
        load_csv(path)
    assert f"{path}:10:" in str(info.value)


def test_short_row_and_empty_table(tmp_path):
    with pytest.raises(DevMapDataError, match=r"t.csv:2: expected"):
        load_csv(_write(tmp_path / "t.csv", [_row(0)[:5]]))
    with pytest.raises(DevMapDataError, match="no data rows"):
        load_csv(_write(tmp_path / "e.csv", []))


def test_download_verifies_caches_and_discards(tmp_path, monkeypatch, devmap_sample_dir):
    # The sample table stands in for the public one: its checksum is pinned for this test only.
    source = devmap_sample_dir / "cgo17-nvidia.csv"
    monkeypatch.setitem(PUBLIC_FILES, "nvidia", dataclasses.replace(PUBLIC_FILES["nvidia"], sha256=sha256_of(source)))
    path = download("nvidia", tmp_path, url=source.as_uri())
    assert path.name == "cgo17-nvidia.csv" and sha256_of(path) == PUBLIC_FILES["nvidia"].sha256
    assert download("nvidia", tmp_path, url="file:///nonexistent") == path  # cached: no fetch
    dest = tmp_path / "wrong"
    with pytest.raises(DownloadError, match="sha256"):
        download("amd", dest, url=source.as_uri())  # NVIDIA bytes under the AMD checksum
    assert list(dest.iterdir()) == []
    with pytest.raises(DownloadError, match="could not download"):
        download("amd", dest, url=(tmp_path / "missing.csv").as_uri())
    with pytest.raises(InvalidArgumentError, match="unknown DevMap platform"):
        download("intel", dest)
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path / "cache"))
    assert locate("amd", download_missing=False) == tmp_path / "cache" / "devmap" / "cgo17-amd.csv"
    with pytest.raises(InvalidArgumentError, match="no DevMap table"):
        locate("amd", tmp_path / "empty")
