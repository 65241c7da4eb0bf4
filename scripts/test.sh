#!/usr/bin/env bash
# Installs everything the tests need, builds the package, then runs pytest and the C++ tests
# (ctest), and the C++ tests once more under AddressSanitizer + UndefinedBehaviorSanitizer.
# This is the README's test command and what .ci/run calls on a clean clone.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: a C/C++ toolchain (the tests compile models and a fake NVML library), clang
# (libFuzzer, for scripts/fuzz.sh), PoCL
# (an OpenCL CPU device for the kernel profiler's tests),
# CMake/Ninja come from pip. Installed only when missing so developers' machines are untouched.
APT_PACKAGES=(gcc g++ make pocl-opencl-icd ocl-icd-libopencl1 ocl-icd-opencl-dev)
APT_PACKAGES+=(clang)  # libFuzzer (scripts/fuzz.sh) and devmap.ir (OpenCL C -> LLVM IR for the gbdt-ir models)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

echo "== pip install .[test]"
python3 -m pip install -q --disable-pip-version-check ".[test]" cmake ninja
# The profiler and device-selector tests need torch (CPU is enough). CI machines hold the CPU
# build of torch 2.13.0 locally; elsewhere set THROTTLLEM_TEST_TORCH=1 to install torch (a large
# download) or leave it out and those tests skip, saying why.
if [ "${CI:-}" = true ] || [ "${THROTTLLEM_TEST_TORCH:-}" = 1 ]; then
  python3 -m pip install -q --disable-pip-version-check "torch==2.13.0" || echo "(torch not installed: its tests will skip)"
fi

# The vLLM integration tests (tests/integrations) run a tiny model on vLLM's CPU build in its own
# venv (scripts/vllm_venv.sh: ~100 s to make, then reused; the tests take a few minutes). In CI
# they always run; elsewhere they run when THROTTLLEM_VLLM_PYTHON names that venv's python (or
# the default venv exists) and skip, saying why, when not.
if [ "${CI:-}" = true ]; then
  echo "== vLLM venv"
  THROTTLLEM_VLLM_PYTHON=$(bash scripts/vllm_venv.sh | tail -n 1)
  export THROTTLLEM_VLLM_PYTHON
elif [ -z "${THROTTLLEM_VLLM_PYTHON:-}" ] && [ -x "${THROTTLLEM_VLLM_VENV:-${HOME:-/tmp}/.cache/throttllem/venv-vllm}/bin/python" ]; then
  export THROTTLLEM_VLLM_PYTHON="${THROTTLLEM_VLLM_VENV:-${HOME:-/tmp}/.cache/throttllem/venv-vllm}/bin/python"
fi

# Each stage below runs even when an earlier one failed, so one run reports every failure; the
# script still exits non-zero when any stage failed (set -e holds for the setup above).
failed=()
stage() {  # stage NAME COMMAND...: run it, note a failure, go on
  local name=$1; shift
  echo "== $name"
  if ! "$@"; then failed+=("$name"); fi
}

# The import contracts of pyproject.toml ([tool.importlinter]), on the installed package.
stage "lint-imports" lint-imports
# The committed stubs of the C++ extension (_core.pyi) match the installed extension.
stage "stubs" bash scripts/stubs.sh --check

# Run from tests/ parent with the installed package (not the source tree) on the path.
stage "pytest" python3 -m pytest -q

ctest_build() {  # ctest_build DIR CMAKE_ARGS...: configure, build and run the C++ tests in DIR
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DTHROTTLLEM_BUILD_PYTHON=OFF -DTHROTTLLEM_BUILD_TESTS=ON "$@" >/dev/null &&
    cmake --build "$dir" && ctest --test-dir "$dir" --output-on-failure
}
stage "ctest" ctest_build build/ctest -DCMAKE_BUILD_TYPE=Release
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
stage "ctest under ASan + UBSan" ctest_build build/asan -DCMAKE_BUILD_TYPE=Debug -DTHROTTLLEM_SANITIZE=ON
# The wheel as a user gets it: built once, auditwheel, a fresh venv, a smoke run away from the
# checkout, and a C++ consumer against the C++ package installed from build/ctest.
stage "wheel smoke" bash scripts/wheel_smoke.sh build/ctest
# libFuzzer targets of fuzz/ (sidecar parser, scoreboard, governor) under ASan + UBSan, each for
# FUZZ_SECONDS (default 30) from its committed corpus, which replays every past reproducer first.
stage "fuzz (libFuzzer)" env FUZZ_SECONDS="${FUZZ_SECONDS:-30}" bash scripts/fuzz.sh

if [ ${#failed[@]} -gt 0 ]; then
  printf '== FAILED: %s\n' "${failed[@]}"
  exit 1
fi
echo "== all stages passed"
