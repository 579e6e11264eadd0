#!/usr/bin/env bash
# Regenerates every golden file (tests/*/golden) from the current sources: builds the test
# program, runs its [golden] test cases with PARTGEN_GOLDEN_OUT set so that they write their
# output into a scratch folder instead of comparing it, and replaces the golden folders'
# files with what they wrote; a golden file no test writes any more is removed. Review the
# result with `git diff tests` before committing it.
#   PARTGEN_BUILD_DIR  build folder (default build)   PARTGEN_JOBS  parallel jobs (default nproc)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${PARTGEN_BUILD_DIR:-build}
cmake -S . -B "$build" -DPARTGEN_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"${PARTGEN_JOBS:-$(nproc)}" --target partgen_tests

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if ! PARTGEN_GOLDEN_OUT="$scratch/written" "$build/tests/partgen_tests" '[golden]' --warn NoTests >"$scratch/log" 2>&1; then
  cat "$scratch/log" >&2
  echo "update-golden: the golden tests failed; no golden file was changed" >&2
  exit 1
fi

if [ ! -d "$scratch/written" ]; then
  echo "update-golden: the golden tests wrote nothing; no golden file was changed" >&2
  exit 1
fi

# Only now, with every file written, are the old ones replaced.
find tests -path '*/golden/*' -type f -delete
cp -R "$scratch/written"/. tests/
git status --short -- tests
