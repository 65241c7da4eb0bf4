#!/usr/bin/env bash
# Builds the wheel once, checks it with auditwheel (repairs it to a manylinux tag where the
# platform allows), installs it in a fresh venv (its runtime dependencies from the package index,
# nothing from this Python's site-packages) and runs it as a user would, from a folder outside
# the checkout: import, `throttllem simulate --duration-s 60`, `throttllem info --json`,
# `throttllem clprofile --list` (the kernel suite installed with the package), and a C++ consumer:
# examples/cpp_server built with find_package(throttllem) against the installed C++ package,
# deciding on the default model the wheel installed.
#   scripts/wheel_smoke.sh [CPP_BUILD_DIR]
# CPP_BUILD_DIR: a configured and built C++ build (scripts/test.sh passes build/ctest) whose C++
# package is installed for the consumer; without it one is built in build/wheel-cpp.
# The extension's CMake build is kept in build/wheel (scikit-build-core's build-dir) and built
# without pip's build isolation (whose fresh temporary environment would change every compiler
# path and rebuild everything), so a rerun rebuilds only what changed (the first build: ~4 min on
# 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cpp_build=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo "-- $*"; }

step "pip wheel --no-deps --no-build-isolation . (build dir build/wheel)"
python3 -m pip install -q --disable-pip-version-check "scikit-build-core>=0.10" "pybind11>=2.12" cmake ninja
python3 -m pip wheel -q --no-deps --no-build-isolation . -w "$work/dist" -Cbuild-dir=build/wheel
wheel=$(ls "$work"/dist/throttllem-*.whl)
echo "built $(basename "$wheel")"
# The wheel must carry the typed API and the package data a user needs away from the checkout.
python3 - "$wheel" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["throttllem/py.typed", "throttllem/_core.pyi", "throttllem/kernels/opencl/manifest.json",
        "throttllem/datasets/h100-clprofile.labels.csv", "throttllem/models/default_model.so",
        "throttllem/models/default_model.so.json"]
missing = [n for n in need if n not in names]
if missing:
    sys.exit(f"the wheel lacks {missing}")
print(f"wheel holds {len(names)} files, including {', '.join(need)}")
PY

step "auditwheel show"
python3 -m auditwheel show "$wheel"
step "auditwheel repair"
if python3 -m auditwheel repair "$wheel" -w "$work/repaired" >"$work/repair.log" 2>&1; then
  wheel=$(ls "$work"/repaired/throttllem-*.whl)
  echo "repaired: $(basename "$wheel")"
else
  # E.g. a glibc newer than every manylinux policy auditwheel knows: the platform wheel is used.
  echo "auditwheel repair refused this platform's wheel; testing $(basename "$wheel") as built:"
  tail -n 3 "$work/repair.log"
fi

step "fresh venv (no system site-packages), pip install the wheel"
python3 -m venv "$work/venv"
venv=$work/venv/bin
"$venv/python" -m pip install -q --disable-pip-version-check "$wheel"
if "$venv/python" -c "import matplotlib" 2>/dev/null; then
  echo "a plain install pulled matplotlib (it belongs to the [plots] extra)" >&2; exit 1
fi

mkdir "$work/elsewhere" && cd "$work/elsewhere"   # away from the checkout: only the wheel is found
step "import"
"$venv/python" - <<'PY'
import throttllem, throttllem._core
assert "site-packages" in throttllem.__file__, throttllem.__file__
board = throttllem.Scoreboard(kv_capacity_blocks=4096, max_batch_size=64)
gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=range(345, 1981, 15), tbt_target_ms=200,
                          max_batch_size=64)
board.enqueue(id=1, arrival_s=0.0, prompt_tokens=100, max_tokens=50, deadline_s=20.0)
d = gov.decide(board, now_s=0.0)
print(f"throttllem {throttllem.__version__} from {throttllem.__file__}: {d}")
PY
step "throttllem simulate --duration-s 60 --no-progress"
"$venv/throttllem" simulate --duration-s 60 --no-progress | tail -n 4
step "throttllem info --json (valid JSON with or without a GPU)"
rc=0; "$venv/throttllem" info --json >info.json 2>/dev/null || rc=$?
"$venv/python" -c "import json, sys; doc = json.load(open('info.json')); print('exit', sys.argv[1], sorted(doc))" "$rc"
[ "$rc" = 0 ] || [ "$rc" = 1 ]
step "throttllem clprofile --list (the installed kernel suite)"
listed=$("$venv/throttllem" clprofile --list --out unused | wc -l)
echo "kernels listed: $listed"
[ "$listed" -gt 0 ]
model=$("$venv/python" -c "from throttllem.forest import default_model_path; print(default_model_path())")
cd "$root"

step "C++ consumer: examples/cpp_server with find_package(throttllem), on the wheel's default model"
if [ -z "$cpp_build" ]; then
  cpp_build=build/wheel-cpp
  cmake -S . -B "$cpp_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTHROTTLLEM_BUILD_PYTHON=OFF >/dev/null
  cmake --build "$cpp_build" >/dev/null
fi
cmake --install "$cpp_build" --prefix "$work/prefix" --component cpp >/dev/null
cmake -S examples/cpp_server -B "$work/cpp_server" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cpp_server" >/dev/null
"$work/cpp_server/cpp_server" "$model" examples/cpp_server/trace.csv | tail -n 2
echo "wheel smoke test passed: $(basename "$wheel")"
