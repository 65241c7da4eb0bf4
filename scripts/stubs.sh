#!/usr/bin/env bash
# Regenerates python/throttllem/_core.pyi, the type stubs of the C++ extension, with
# pybind11-stubgen from the throttllem._core that python3 imports (the installed package, or the
# source tree with PYTHONPATH=python and a built extension copied in).
#   scripts/stubs.sh          rewrite the committed stubs
#   scripts/stubs.sh --check  exit 1 (with a diff) when the committed stubs differ from fresh ones
set -euo pipefail
cd "$(dirname "$0")/.."
committed=python/throttllem/_core.pyi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pybind11_stubgen throttllem._core --output-dir "$tmp" --exit-code >/dev/null
fresh=$tmp/throttllem/_core.pyi
if [ "${1:-}" = --check ]; then
  if ! diff -u "$committed" "$fresh"; then
    echo "stale stubs: $committed differs from the extension's signatures; run scripts/stubs.sh and commit" >&2
    exit 1
  fi
  echo "stubs up to date: $committed"
else
  cp "$fresh" "$committed"
  echo "wrote $committed"
fi
