#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds partgen and its benchmark and runs the benchmark on
# tests/bench/catalog.xml; it takes about ten minutes and 20 GB of disk in the work
# folder. Extra arguments go to partgen_bench (e.g. --repeats 1, --work /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh test
cmake -S . -B build -DPARTGEN_BUILD_BENCH=ON
cmake --build build --target partgen partgen_bench -j"$(nproc)"
build/tests/bench/partgen_bench --root . "$@"
