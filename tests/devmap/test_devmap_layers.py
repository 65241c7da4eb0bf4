"""The devmap sub-packages import one way: data <- source <- ir <- models <- evaluation, deploy <- host <- profiler."""

from __future__ import annotations

import ast
from pathlib import Path

import throttllem.devmap

ROOT = Path(throttllem.devmap.__file__).parent
#: What each sub-package may import from inside devmap (itself included).
ALLOWED = {
    "data": {"data"},
    "source": {"data", "source"},
    "ir": {"data", "source", "ir"},  # clang IR features; the source counts are its fallback
    "models": {"data", "source", "ir", "models"},
    "evaluation": {"data", "source", "ir", "models", "evaluation"},
    "deploy": {"data", "source", "ir", "models", "deploy"},
    "host": {"data", "source", "ir", "models", "deploy", "host"},
    "profiler": {"data", "source", "ir", "models", "evaluation", "deploy", "host", "profiler"},
}


def _devmap_imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
            [a.name for a in node.names] if isinstance(node, ast.Import) else []
        for name in names:
            parts = name.split(".")
            if parts[:2] == ["throttllem", "devmap"] and len(parts) > 2:
                yield node.lineno, parts[2]


def test_every_module_is_in_a_layer_and_imports_only_lower_ones():
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if len(rel.parts) == 1:
            assert rel.name == "__init__.py", f"{rel}: a module outside the sub-packages"
            continue
        layer = rel.parts[0]
        assert layer in ALLOWED, f"{rel}: unknown sub-package"
        bad += [f"{rel}:{line} imports devmap.{target}" for line, target in _devmap_imports(path)
                if target not in ALLOWED[layer]]
    assert not bad, bad
