#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang, -fsanitize=fuzzer,address,undefined) and runs each
# for FUZZ_SECONDS (default 30) from its committed seed corpus fuzz/corpus/<target>/, which also
# holds the reproducers of bugs fuzzing found (so every run replays them first). Fails on any
# crash, sanitizer report, leak, timeout or broken invariant; the input is then saved as
# build/fuzz/artifacts/<target>-crash-* (replay: build/fuzz/fuzz/<target> <file>).
# New inputs found go to build/fuzz/corpus/<target>/ (not committed). docs/FUZZING.md says more.
#   FUZZ_SECONDS=600 scripts/fuzz.sh                 # longer
#   FUZZ_TARGETS="fuzz_sidecar" scripts/fuzz.sh       # some targets only
#   FUZZ_JOBS=4 scripts/fuzz.sh                       # parallel workers per target
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
targets=${FUZZ_TARGETS:-"fuzz_sidecar fuzz_scoreboard fuzz_governor"}
jobs=${FUZZ_JOBS:-1}
build=build/fuzz
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (apt-get install clang)" >&2; exit 1; }

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTHROTTLLEM_BUILD_PYTHON=OFF \
  -DTHROTTLLEM_BUILD_TESTS=OFF -DTHROTTLLEM_INSTALL=OFF -DTHROTTLLEM_SANITIZE=ON -DTHROTTLLEM_BUILD_FUZZERS=ON >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --target $targets

# The model library is dlopened, not linked: leaks LSan sees there are ASan's own bookkeeping.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
root=$PWD
mkdir -p "$build/artifacts"
failed=()
for t in $targets; do
  mkdir -p "$build/corpus/$t"
  extra=()
  [ -f "fuzz/${t#fuzz_}.dict" ] && extra+=("-dict=$root/fuzz/${t#fuzz_}.dict")
  # Parallel workers write fuzz-<n>.log into the working directory: the build directory's.
  [ "$jobs" -gt 1 ] && extra+=("-jobs=$jobs" "-workers=$jobs")
  echo "== $t: ${seconds}s from fuzz/corpus/$t"
  # The first corpus directory receives new inputs; the committed one is only read.
  if ! (cd "$build" && "./fuzz/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="artifacts/$t-" "${extra[@]}" "corpus/$t" "$root/fuzz/corpus/$t" 2>"$t.log"); then
    tail -n 40 "$build/$t.log"
    failed+=("$t")
  else
    grep -E '^(stat::number_of_executed_units|Done [0-9]+ runs)' "$build/$t.log" || tail -n 3 "$build/$t.log"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  printf '== fuzz target failed: %s (inputs in %s/artifacts)\n' "${failed[@]}" "$build"
  exit 1
fi
