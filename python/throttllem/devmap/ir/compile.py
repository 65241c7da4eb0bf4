"""Compile OpenCL C to LLVM IR with clang and keep each source's analysis, keyed by content hash.

``clang -x cl -cl-std=CL1.2 -target spir64 -Xclang -finclude-default-header -emit-llvm -S -O1``
(Debian's ``clang`` package; the default header declares the OpenCL builtins, so no libclc is
needed). A kernel that does not compile is not an error: its analysis records the compiler's
first error line and ``ok = False``, and the models fall back to the source counter's counts
with a flag column (``ir.features``).

Analyses are cached in memory and on disk (``$THROTTLLEM_CACHE/devmap-ir/<sha256>.json``, or
``~/.cache/throttllem/devmap-ir``), keyed by the source text, the clang version, the flags and
the analysis revision, so a source is compiled once per machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from throttllem._atomic import write_text_atomic
from throttllem.errors import ThrottllemError

#: Bump when the analysis or the features change: cached analyses of an older revision are ignored.
ANALYSIS_REVISION = 1
OPT_LEVEL = "-O1"
CLANG_FLAGS = ("-x", "cl", "-cl-std=CL1.2", "-target", "spir64", "-Xclang", "-finclude-default-header",
               "-emit-llvm", "-S", "-w")
COMPILE_TIMEOUT_S = 60.0


class ClangNotFoundError(ThrottllemError):
    """clang is not installed (``apt-get install clang``) or not on PATH."""


@dataclass(frozen=True)
class IRAnalysis:
    """One source's analysis: ``features`` per kernel name (empty when it did not compile)."""

    ok: bool
    kernels: dict[str, dict[str, float]]
    error: str = ""
    repairs: int = 0   # names defined as macros before the source compiled (see compile_ir)


@lru_cache(maxsize=1)
def clang_path() -> str:
    """The clang executable ($THROTTLLEM_CLANG, else ``clang`` or ``clang-14..19`` on PATH)."""
    for name in filter(None, (os.environ.get("THROTTLLEM_CLANG"), "clang", *(f"clang-{v}" for v in range(19, 13, -1)))):
        found = shutil.which(name)
        if found:
            return found
    raise ClangNotFoundError("clang not found: install it (apt-get install clang) or set THROTTLLEM_CLANG")


@lru_cache(maxsize=1)
def clang_version() -> str:
    """First line of ``clang --version`` (part of the cache key)."""
    out = subprocess.run([clang_path(), "--version"], capture_output=True, text=True, check=False, timeout=30)
    return (out.stdout.splitlines() or ["unknown"])[0].strip()


def cache_dir() -> Path:
    """Folder of the on-disk analysis cache."""
    root = os.environ.get("THROTTLLEM_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "throttllem")
    return Path(root) / "devmap-ir"


def source_key(source: str, opt: str = OPT_LEVEL) -> str:
    """Content hash of one analysis: source, compiler, flags and analysis revision."""
    h = hashlib.sha256()
    for part in (str(ANALYSIS_REVISION), clang_version(), " ".join(CLANG_FLAGS), opt, source):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


_UNDECLARED_FUNCTION = re.compile(r"implicit declaration of function '(\w+)'")
_UNDECLARED_NAME = re.compile(r"use of undeclared identifier '(\w+)'")
REPAIR_ROUNDS = 4


def _run_clang(source: str, opt: str) -> tuple[str | None, str]:
    try:
        out = subprocess.run([clang_path(), *CLANG_FLAGS, opt, "-o", "-", "-"], input=source, capture_output=True,
                             text=True, check=False, timeout=COMPILE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, f"clang took over {COMPILE_TIMEOUT_S:.0f} s"
    if out.returncode != 0:
        return None, out.stderr
    return out.stdout, ""


def compile_ir(source: str, opt: str = OPT_LEVEL) -> tuple[str | None, str, int]:
    """(IR text, "", repairs) or (None, the compiler's first error line, repairs) for one source.

    DevMap's sources call helpers it dropped (``B(...)``) and libclc internals (``__clc_floor``),
    and use a few macro-made names: each such name becomes a macro (a missing helper a call-free
    ``0``, ``__clc_f`` the builtin ``f``, an undeclared name ``1``) and clang runs again, at most
    ``REPAIR_ROUNDS`` times. ``repairs`` counts the names so defined (a flag for the models).
    """
    macros: dict[str, str] = {}
    for _ in range(REPAIR_ROUNDS + 1):
        prelude = "".join(f"#define {name}{body}\n" for name, body in macros.items())
        ir, stderr = _run_clang(prelude + source, opt)
        if ir is not None:
            return ir, "", len(macros)
        added = False
        for name in _UNDECLARED_FUNCTION.findall(stderr):
            if name not in macros:
                macros[name] = f" {name[6:]}" if name.startswith("__clc_") else "(...) 0"
                added = True
        for name in _UNDECLARED_NAME.findall(stderr):
            if name not in macros:
                macros[name] = " 1"
                added = True
        if not added:
            break
    errors = [line for line in stderr.splitlines() if "error:" in line]
    return None, (errors or stderr.splitlines() or ["clang failed"])[0].replace("<stdin>:", "line "), len(macros)


def analyse_ir(ir: str) -> dict[str, dict[str, float]]:
    """Features of every kernel of one IR module."""
    from throttllem.devmap.ir.analysis import kernel_features
    from throttllem.devmap.ir.parse import parse_module

    functions = parse_module(ir)
    return {f.name: kernel_features(functions, f.name) for f in functions if f.kernel}


_MEMORY: dict[str, IRAnalysis] = {}


def analyse_source(source: str, *, opt: str = OPT_LEVEL, use_disk: bool = True) -> IRAnalysis:
    """The analysis of one source: from memory, from disk, or compiled now (and stored)."""
    key = source_key(source, opt)
    hit = _MEMORY.get(key)
    if hit is not None:
        return hit
    path = cache_dir() / f"{key}.json"
    if use_disk and path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            hit = IRAnalysis(bool(raw["ok"]), {k: {n: float(v) for n, v in f.items()} for k, f in raw["kernels"].items()},
                             str(raw.get("error", "")), int(raw.get("repairs", 0)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            hit = None  # a damaged entry is recomputed and rewritten
    if hit is None:
        ir, error, repairs = compile_ir(source, opt)
        hit = IRAnalysis(False, {}, error, repairs) if ir is None else IRAnalysis(True, analyse_ir(ir), "", repairs)
        if hit.ok and not hit.kernels:
            hit = IRAnalysis(False, {}, "no kernel in the compiled module", repairs)
        if use_disk:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, json.dumps({"ok": hit.ok, "kernels": hit.kernels, "error": hit.error,
                                                "repairs": hit.repairs}))
    _MEMORY[key] = hit
    return hit


def analyse_sources(sources, *, opt: str = OPT_LEVEL, jobs: int | None = None) -> dict[str, IRAnalysis]:
    """Analyses of many sources (each distinct text once; clang runs in ``jobs`` threads)."""
    distinct = list(dict.fromkeys(sources))
    clang_version()  # fail early, once, when clang is missing
    jobs = jobs or min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(zip(distinct, pool.map(lambda s: analyse_source(s, opt=opt), distinct)))
