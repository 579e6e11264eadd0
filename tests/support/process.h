#pragma once
// Runs the partgen program itself in a child process, for what an in-process run cannot
// survive: a hang, a crash, a runaway allocation.

#include <string>
#include <vector>

#include "support/cli.h"

namespace partgen::test {

// Under `timeout` and with the address space capped, so that a hang or a runaway
// allocation fails the test instead of stalling it or exhausting the machine. A timeout
// shows as code 124, a signal as 128 + its number.
CliResult runPartgenProcess(const std::vector<std::string>& args, int seconds = 30);

}  // namespace partgen::test
