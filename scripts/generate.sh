#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds partgen and generates the library from parts/
# into output/. Extra arguments go to `partgen generate` (e.g. --format resolved).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh build
cmake -S . -B build
cmake --build build --target partgen -j"$(nproc)"
build/generators/partgen generate "$@"
