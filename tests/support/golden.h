#pragma once
// Golden files: whole output files kept under tests/<layer>/golden, compared byte for
// byte by the test cases tagged [golden]. With PARTGEN_GOLDEN_OUT=DIR in the environment
// they write their output to DIR/<layer>/golden/NAME instead of comparing:
// scripts/update-golden.sh and the test that the golden files are current and complete
// (support/golden_test.cpp) run them so. CTest clears the variable for every test it
// runs, and DIR may not lie in tests/, so no test run ever changes a golden file; only the
// script's copy does.

#include <filesystem>
#include <set>
#include <string>

namespace partgen::test {

// Empty when `bytes` are those of the golden file `golden` (relative to tests/, e.g.
// "qet/golden/770-744_064-000.elmt"), or when they were written to PARTGEN_GOLDEN_OUT;
// else which file differs and its first line that does.
std::string goldenDifference(const std::string& golden, const std::string& bytes);

// The same with the folders given: the golden files are kept under `kept`; with `out`
// not empty, the bytes are written below it instead.
std::string goldenDifference(const std::string& golden, const std::string& bytes, const std::filesystem::path& kept,
                             const std::filesystem::path& out);

// The files below every folder named "golden" under `root`, relative to `root`.
std::set<std::string> goldenFilesUnder(const std::filesystem::path& root);

}  // namespace partgen::test
