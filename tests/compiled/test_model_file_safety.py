"""Model files an adversary or an accident touches: a loaded model runs from a private copy (an
overwrite in place or a symlink swap never reaches it), special files never block, a file that is
not an ELF library or is truncated anywhere is a ModelLoadError, never a crash.

Cases that could crash the interpreter (SIGBUS, SIGSEGV) run in a child process, so a crash shows
as a failed test with its signal, not as a dead test run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import throttllem
from throttllem import _core
from throttllem.errors import ModelLoadError

PYTHON_DIR = Path(throttllem.__file__).resolve().parents[1]


def _child(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(PYTHON_DIR), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, env=env)


def _pair(library: Path, folder: Path, name: str = "m.so") -> Path:
    target = folder / name
    shutil.copy(library, target)
    shutil.copy(str(library) + ".json", str(target) + ".json")
    return target


@pytest.fixture(scope="module")
def classifier_library(tmp_path_factory):
    pytest.importorskip("tl2cgen")
    from sklearn.tree import DecisionTreeClassifier

    from throttllem.devmap.models.compiled import compile_classifier

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 4))
    model = DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, (x[:, 0] > 0).astype(int))
    return compile_classifier(model, tmp_path_factory.mktemp("clf") / "clf", feature_names=("a", "b", "c", "d"),
                              provenance="model file safety test")


ROWS = np.array([[1, b, kv, c] for b in (1, 8, 32) for kv in (0, 5000, 60000) for c in (345, 990, 1980)], float)


def test_overwriting_a_loaded_library_in_place_changes_nothing(tmp_path, monotone_model, wavy_model):
    lib = _pair(monotone_model[0], tmp_path)
    result = _child(f"""
        import shutil, numpy as np, throttllem
        rows = np.array({ROWS.tolist()!r})
        forest = throttllem.Forest({str(lib)!r})
        before = forest.predict_many(rows)
        # `cp new.so model.so`: the same inode rewritten, as cp and shutil.copyfile do.
        shutil.copyfile({str(wavy_model[0])!r}, {str(lib)!r})
        shutil.copyfile({str(wavy_model[0]) + '.json'!r}, {str(lib) + '.json'!r})
        after = forest.predict_many(rows)
        assert np.array_equal(before, after), "the loaded model changed"
        fresh = throttllem.Forest({str(lib)!r}).predict_many(rows)
        wavy = throttllem.Forest({str(wavy_model[0])!r}).predict_many(rows)
        assert np.array_equal(fresh, wavy) and not np.array_equal(fresh, before)
        print("ok")
    """)
    assert result.returncode == 0 and result.stdout.strip() == "ok", (result.returncode, result.stderr[-2000:])


def test_a_symlink_swap_keeps_the_loaded_model_whole(tmp_path, monotone_model, wavy_model):
    """Loaded: old trees with old split points; loaded after the swap: the new pair, consistent."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old = _pair(monotone_model[0], tmp_path / "a")
    new = _pair(wavy_model[0], tmp_path / "b")
    link = tmp_path / "model.so"
    link.symlink_to(old)
    Path(str(link) + ".json").symlink_to(str(old) + ".json")
    loaded = throttllem.Forest(str(link))
    before = loaded.predict_many(ROWS)
    points = loaded.split_points
    for target, name in ((new, link), (Path(str(new) + ".json"), Path(str(link) + ".json"))):
        tmp_link = name.with_name(name.name + ".new")
        tmp_link.symlink_to(target)
        os.replace(tmp_link, name)  # how deployments re-point a link
    assert np.array_equal(loaded.predict_many(ROWS), before) and loaded.split_points == points
    swapped = throttllem.Forest(str(link))
    reference = throttllem.Forest(str(new))
    assert np.array_equal(swapped.predict_many(ROWS), reference.predict_many(ROWS))
    assert swapped.split_points == reference.split_points != points


@pytest.mark.parametrize("which", ["sidecar", "library"])
def test_a_fifo_is_refused_at_once(tmp_path, monotone_model, which):
    lib = _pair(monotone_model[0], tmp_path)
    fifo = lib if which == "library" else Path(str(lib) + ".json")
    fifo.unlink()
    os.mkfifo(fifo)
    # A blocking open or read would hang: the child's timeout turns that into a failure.
    result = _child(f"""
        import throttllem
        from throttllem.errors import ModelLoadError
        try:
            throttllem.Forest({str(lib)!r})
        except ModelLoadError as e:
            print(e)
    """, timeout=20)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"{fifo} is not a regular file" in result.stdout


def test_a_folder_or_device_is_not_a_sidecar(tmp_path):
    (tmp_path / "d.json").mkdir()
    for path in (tmp_path / "d.json", Path("/dev/null")):
        with pytest.raises(ModelLoadError, match="is not a regular file"):
            throttllem.compiled.read_sidecar(path)


@pytest.mark.parametrize("content, message", [
    (b"", "is 0 bytes, too small for a shared library"),
    (b"\x7fELF" + b"\x00" * 20, "is 24 bytes, too small for a shared library"),
    (b"#!/bin/sh\n" + b"x" * 100, "is not an ELF shared library"),
    (b"\x7fELF\x01\x01\x01" + b"\x00" * 100, "is not a 64-bit little-endian ELF library"),
])
def test_not_an_elf_library_is_named_before_anything_else(tmp_path, content, message):
    lib = tmp_path / "m.so"
    lib.write_bytes(content)  # and no sidecar: the header is checked first
    with pytest.raises(ModelLoadError, match=message) as err:
        throttllem.Forest(str(lib))
    assert str(err.value).startswith(f"model library {lib}") and "\n" not in str(err.value)


def test_an_executable_is_not_a_shared_library(tmp_path):
    lib = tmp_path / "m.so"
    shutil.copy(sys.executable if Path(sys.executable).stat().st_size < 50 << 20 else "/bin/true", lib)
    with open(lib, "rb") as f:
        e_type = int.from_bytes(f.read(18)[16:18], "little")
    message = "not a shared library" if e_type == 2 else "has no sidecar"  # a PIE is ET_DYN
    with pytest.raises(ModelLoadError, match=message):
        throttllem.Forest(str(lib))


def _cut_points(size: int) -> list[int]:
    return sorted({0, 1, 63, 64, 65, 200, size - 1, *(size * k // 29 for k in range(1, 29))})


@pytest.mark.parametrize("kind", ["forest", "classifier"])
def test_truncation_anywhere_is_a_load_error_not_sigbus(tmp_path, kind, monotone_model, classifier_library):
    """Each cut twice: with the old sidecar (hash mismatch) and with a sidecar rewritten for the
    truncated bytes (the ELF layout check). In a child: a SIGBUS is a failure with its signal."""
    source = monotone_model[0] if kind == "forest" else classifier_library
    size = source.stat().st_size
    loader = "throttllem.Forest" if kind == "forest" else "_core.Classifier"
    result = _child(f"""
        import hashlib, json, shutil
        from pathlib import Path
        import throttllem
        from throttllem import _core
        from throttllem.errors import ModelLoadError
        source, folder = Path({str(source)!r}), Path({str(tmp_path)!r})
        data, side = source.read_bytes(), json.loads(Path(str(source) + ".json").read_text())
        tried = 0
        for cut in {_cut_points(size)!r}:
            for rehash in (False, True):
                lib = folder / f"cut{{cut}}{{int(rehash)}}.so"
                lib.write_bytes(data[:cut])
                doc = dict(side, sha256=hashlib.sha256(data[:cut]).hexdigest()) if rehash else side
                Path(str(lib) + ".json").write_text(json.dumps(doc))
                try:
                    {loader}(str(lib))
                except ModelLoadError as e:
                    assert "\\n" not in str(e) or "cannot load model library" in str(e), str(e)
                    tried += 1
                else:
                    raise SystemExit(f"cut at {{cut}} (rehash={{rehash}}) loaded")
        print(tried)
    """)
    assert result.returncode == 0, (result.returncode, result.stderr[-2000:])
    assert int(result.stdout) == 2 * len(_cut_points(size)) >= 60


def test_a_rehashed_truncated_library_is_named_as_truncated(tmp_path, monotone_model):
    data = monotone_model[0].read_bytes()
    lib = tmp_path / "m.so"
    lib.write_bytes(data[:len(data) // 2])
    import hashlib
    doc = json.loads(Path(str(monotone_model[0]) + ".json").read_text())
    Path(str(lib) + ".json").write_text(json.dumps(dict(doc, sha256=hashlib.sha256(data[:len(data) // 2]).hexdigest())))
    with pytest.raises(ModelLoadError, match=r"\(truncated\?\)"):
        throttllem.Forest(str(lib))


def test_many_loads_of_one_path_each_get_their_own_copy(tmp_path, monotone_model, wavy_model):
    """Loads alternate between two models at one path; every loaded model keeps its own answers
    (glibc would hand back an already loaded object for a name it knows)."""
    lib = tmp_path / "m.so"
    expected, loaded = [], []
    for i in range(12):
        source = (monotone_model, wavy_model)[i % 2][0]
        _pair(source, tmp_path)
        loaded.append(throttllem.Forest(str(lib)))
        expected.append(throttllem.Forest(str(source)).predict_many(ROWS))
        if i % 3 == 2:
            loaded.pop(0)  # unloads a copy: its descriptor number is reused by the next load
            expected.pop(0)
    for forest, want in zip(loaded, expected):
        assert np.array_equal(forest.predict_many(ROWS), want)


def test_classifier_keeps_answering_after_its_file_is_replaced(tmp_path, classifier_library):
    lib = _pair(classifier_library, tmp_path)
    clf = _core.Classifier(str(lib))
    x = np.random.default_rng(2).normal(size=(50, 4))
    before = clf.predict_proba(x)
    lib.write_bytes(b"\x7fELF garbage" * 10)  # in place (same inode)
    assert np.array_equal(clf.predict_proba(x), before)
