#!/usr/bin/env bash
# Editable developer install: Python files are live from python/, the extension is rebuilt here.
# Serialized with flock so parallel builds do not trample one build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
exec flock /tmp/throttllem-dev-build.lock \
  python -m pip install --no-build-isolation --no-deps -q -e . -Cbuild-dir=build/editable
