#!/usr/bin/env bash
# Configures and builds partgen with clang, ASan and UBSan, every library also compiled with
# libFuzzer's coverage, in build-sanitize/. One build serves scripts/ci-sanitize.sh (the
# test suite) and scripts/fuzz.sh (the fuzz targets); it expects clang installed
# (scripts/setup-debian.sh fuzz).
#   scripts/build-sanitize.sh [--tests] [TARGET...]   --tests adds the test suite
# -O1 and line tables only: the sanitizers' reports keep file:line, the build stays short.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${PARTGEN_SANITIZE_BUILD:-build-sanitize}
args=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG"
      -DPARTGEN_SANITIZE=address,undefined -DPARTGEN_BUILD_FUZZ=ON)
if [ "${1:-}" = --tests ]; then
  args+=(-DPARTGEN_BUILD_TESTS=ON)
  shift
fi
# ccache, where the machine has it, makes a second run cheap; a fresh machine builds anyway.
if command -v ccache >/dev/null; then args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

cmake -S . -B "$build" "${args[@]}" >/dev/null
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$build" -j"$(nproc)" "${targets[@]}"
