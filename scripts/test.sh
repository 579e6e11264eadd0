#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds partgen with its tests and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh test
cmake -S . -B build -DPARTGEN_BUILD_TESTS=ON
cmake --build build -j"$(nproc)"
cd build
ctest --output-on-failure -j"$(nproc)"
