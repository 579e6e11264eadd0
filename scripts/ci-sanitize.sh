#!/usr/bin/env bash
# The whole test suite built with clang and run under ASan and UBSan (CI's second step).
# Being clang, it also proves that clang writes the same bytes as gcc: the golden files
# (STEP, DXF, KiCad, EPLAN, ...) are compared byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh sanitize
scripts/build-sanitize.sh --tests
build=${PARTGEN_SANITIZE_BUILD:-build-sanitize}

# Undefined behaviour stops the test (the build also says -fno-sanitize-recover); leaks
# count, except OpenCASCADE's own (tests/sanitizers/lsan.supp). These variables reach
# only sanitized programs: Python, KiCad and QElectroTech ignore them.
export ASAN_OPTIONS=detect_leaks=1:strict_init_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
cd "$build"
ctest --output-on-failure -j"$(nproc)"
