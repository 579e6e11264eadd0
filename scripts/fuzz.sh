#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) and runs each for SECONDS (default 60),
# one after the other: the spec loader on family files, the datasheet reader on texts.
#   scripts/fuzz.sh [SECONDS]
# The corpus grows in build-sanitize/fuzz/<target>/ from the seeds parts/, tests/bad-specs/
# and tests/datasheet/fixtures/; a crashing input is saved in build-sanitize/fuzz/ and the
# script fails.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build=${PARTGEN_SANITIZE_BUILD:-build-sanitize}
scripts/setup-debian.sh fuzz
scripts/build-sanitize.sh partgen_fuzz_spec partgen_fuzz_datasheet

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
run() {
  local target=$1
  shift
  mkdir -p "$build/fuzz/$target"
  echo "fuzzing $target for $seconds s"
  "$build/tests/fuzz/partgen_fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz/$target-" "$build/fuzz/$target" "$@"
}
run spec parts tests/bad-specs
run datasheet tests/datasheet/fixtures
