"""Compiling a Treelite model into a TL2cgen library and writing it with its sidecar.

The pair is published library first, then sidecar, each written to a temporary file, fsynced and
renamed; the sidecar holds the library's sha256, so a kill between the two leaves the new library
beside the old sidecar (another hash) or none, which the loader refuses: no kill leaves a pair that
loads and disagrees with itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import shutil
import tempfile
from pathlib import Path

from throttllem import _core
from throttllem._atomic import write_text_atomic
from throttllem.errors import InvalidArgumentError, ModelLoadError

FORMAT = _core.MODEL_SIDECAR_FORMAT
VERSION = _core.MODEL_SIDECAR_VERSION
KINDS = ("regressor", "classifier")
#: Measured on the default model (150 trees, 2 cores): -O1 compiles in 2.6 s and predicts a row in
#: 1.39 us; -O2 takes 5.1 s for 1.34 us; TL2cgen's own -O3 takes 6.6 s for 1.68 us.
DEFAULT_OPTIONS = ("-O1",)
#: Stands for the sha256 in a sidecar template; the build fills it in (cmake/model_sidecar.cmake).
SHA256_PLACEHOLDER = "@THROTTLLEM_LIBRARY_SHA256@"
#: The C source added to TL2cgen's: the library states its own kind (the loader checks it).
KIND_SOURCE_NAME = "throttllem_model"


def kind_source(kind: str) -> str:
    """C source of ``throttllem_model_kind()``, compiled into every library beside TL2cgen's code."""
    if kind not in KINDS:
        raise InvalidArgumentError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    return ("/* Written by throttllem: the model's kind, which the loader checks against the sidecar. */\n"
            f'const char* throttllem_model_kind(void) {{ return "{kind}"; }}\n')


def sidecar_path(library_path) -> Path:
    """The sidecar of a library: ``<library>.json``."""
    return Path(str(library_path) + ".json")


def read_sidecar(path):
    """Read and validate a sidecar with the C++ core's reader (the only one): a ``_core.ModelSidecar``.
    Raises ModelLoadError with a one-line message naming the file."""
    return _core.read_model_sidecar(str(path))


def _one_line(name: str, value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"{name} must be a non-empty string (for provenance: where the model came from)")
    if "\n" in value or "\r" in value:
        raise InvalidArgumentError(f"{name} must fit on one line")
    return value.strip()


def sidecar_text(*, kind: str, features, split_points, provenance: str, output: str, sha256: str,
                 classes=None) -> str:
    """The sidecar's JSON text (floats written as Python's repr: they read back exactly).
    Checks what the reader checks, so a written sidecar always reads."""
    if kind not in KINDS:
        raise InvalidArgumentError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    features = [str(f) for f in features]
    if not features or len(set(features)) != len(features) or not all(features):
        raise InvalidArgumentError("feature names must be non-empty and unique")
    if len(split_points) != len(features):
        raise InvalidArgumentError(f"split_points needs one sequence per feature ({len(features)})")
    points = []
    for feature, values in enumerate(split_points):
        values = sorted({float(p) for p in values})
        if not all(math.isfinite(v) for v in values):
            raise InvalidArgumentError(f"split points of feature {feature} must be finite")
        points.append(values)
    doc = {"format": FORMAT, "version": VERSION, "kind": kind, "num_features": len(features),
           "features": features, "provenance": _one_line("provenance", provenance),
           "output": _one_line("output", output)}
    if kind == "classifier":
        if classes is None or len(classes) != 2:
            raise InvalidArgumentError("a classifier's sidecar names its 2 classes")
        doc["classes"] = [str(c) for c in classes]
    elif classes is not None:
        raise InvalidArgumentError("classes belong to classifiers only")
    doc["sha256"] = sha256
    doc["split_points"] = points  # last: the longest line
    # One key per line; lists stay on their line.
    body = ",\n".join(f" {json.dumps(k)}: {json.dumps(v, allow_nan=False)}" for k, v in doc.items())
    return "{\n" + body + "\n}\n"


def write_sidecar(path, text: str) -> Path:
    """Write sidecar ``text`` to ``path`` atomically (temporary file + fsync + rename)."""
    path = Path(path)
    write_text_atomic(path, text)
    return path


def _publish_library(built, path: Path) -> str:
    """Copy the library ``built`` to ``path`` atomically (temporary file beside it, fsync, rename);
    return the sha256 of the bytes written (hashed while copying, so the sidecar binds what landed)."""
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, open(built, "rb") as src:
            for block in iter(lambda: src.read(1 << 16), b""):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o755)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def file_sha256(path) -> str:
    """Lower-case hex sha256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def find_c_compiler() -> str:
    """The C compiler: $CC when set, else gcc, cc, clang on PATH. Raises ModelLoadError naming all tried."""
    tried = []
    env_cc = os.environ.get("CC", "").strip()
    candidates = ([env_cc] if env_cc else []) + ["gcc", "cc", "clang"]
    for candidate in candidates:
        label = f"$CC={candidate}" if candidate == env_cc and env_cc else candidate
        tried.append(label)
        if " " not in candidate and shutil.which(candidate):
            return candidate
    raise ModelLoadError("cannot compile the model: no C compiler found; tried " + ", ".join(tried)
                         + " (install gcc or clang, or set CC)")


def library_path(path) -> Path:
    """``path`` with ``.so`` appended when missing; its folder must exist."""
    path = Path(path)
    if path.suffix != ".so":
        path = path.with_name(path.name + ".so")
    if not path.parent.is_dir():
        raise InvalidArgumentError(f"cannot write {path}: folder {path.parent} does not exist")
    return path


def generate_sources(tl_model, folder, *, kind: str, params: dict | None = None, verbose: bool = False) -> None:
    """TL2cgen's C sources of ``tl_model`` in ``folder``, plus ``throttllem_model.c`` (the kind),
    listed in TL2cgen's build recipe."""
    import tl2cgen

    folder = Path(folder)
    codegen = {"parallel_comp": max(os.cpu_count() or 1, 1)}
    codegen.update(params or {})
    with contextlib.nullcontext() if verbose else contextlib.redirect_stdout(io.StringIO()):  # TL2cgen prints
        tl2cgen.generate_c_code(tl_model, str(folder), params=codegen, verbose=verbose)
    source = kind_source(kind)
    (folder / f"{KIND_SOURCE_NAME}.c").write_text(source, encoding="utf-8")
    recipe_path = folder / "recipe.json"
    if recipe_path.exists():
        recipe = json.loads(recipe_path.read_text(encoding="utf-8"))
        recipe["sources"].append({"name": KIND_SOURCE_NAME, "length": source.count("\n")})
        recipe_path.write_text(json.dumps(recipe), encoding="utf-8")


def compile_model(tl_model, path, *, kind: str, features, provenance: str, output: str, classes=None,
                  split_points=None, params: dict | None = None, verbose: bool = False,
                  toolchain: str | None = None, options=None) -> Path:
    """Compile ``tl_model`` into the library ``path`` (``.so`` appended when missing) and write
    its sidecar ``<path>.json``. Returns the library's path.

    ``split_points`` defaults to those of ``tl_model`` (see ``treelite_models.split_points``);
    ``params`` are TL2cgen code-generation parameters (``parallel_comp`` defaults to the core
    count); ``options`` are compiler flags (default ``-O1``); ``toolchain`` the C compiler
    (default :func:`find_c_compiler`).
    """
    import tl2cgen

    from throttllem.compiled.treelite_models import split_points as model_split_points

    features = tuple(str(f) for f in features)
    if tl_model.num_feature != len(features):
        raise InvalidArgumentError(f"the model takes {tl_model.num_feature} features, {len(features)} names were given")
    path = library_path(path)
    points = model_split_points(tl_model) if split_points is None else split_points
    # Checked before compiling: a bad provenance or name fails in milliseconds.
    sidecar_text(kind=kind, features=features, split_points=points, provenance=provenance, output=output,
                 classes=classes, sha256=SHA256_PLACEHOLDER)
    compiler = toolchain or find_c_compiler()
    flags = list(DEFAULT_OPTIONS if options is None else options)
    with tempfile.TemporaryDirectory(prefix="throttllem-compile-") as tmp:
        try:
            generate_sources(tl_model, tmp, kind=kind, params=params, verbose=verbose)
            with contextlib.nullcontext() if verbose else contextlib.redirect_stdout(io.StringIO()):
                built = tl2cgen.create_shared(compiler, tmp, verbose=verbose, options=flags,
                                              long_build_time_warning=False)
        except (tl2cgen.TL2cgenError, ValueError) as exc:  # ValueError: toolchain not found
            raise ModelLoadError(f"compiling {path} with {compiler} failed: {exc}") from exc
        digest = _publish_library(built, path)
    # Only now the sidecar: until it lands, the new library sits beside the old sidecar (another
    # hash) or none, and the loader refuses the pair; afterwards both are the new ones.
    write_sidecar(sidecar_path(path), sidecar_text(kind=kind, features=features, split_points=points,
                                                   provenance=provenance, output=output, classes=classes,
                                                   sha256=digest))
    return path
