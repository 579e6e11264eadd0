#pragma once
// Runs a reader check from tests/interop/ with Debian's own Python, which sees the readers
// Debian packages for it (python3-ezdxf); a python3 earlier on PATH would not.

#include <string>

namespace partgen::test {

// `ENVIRONMENT python3 tests/interop/SCRIPT ARGS` through the shell; ARGS may redirect.
// Returns the shell's status: 0 when the check passed.
int runInteropCheck(const std::string& script, const std::string& args, const std::string& environment = "");

}  // namespace partgen::test
