#pragma once
// Runs the partgen program as a child process: for what an in-process run cannot show or
// survive: a kill, a crash, a hang, a runaway allocation, two runs at once, a limit set on
// the process.

#include <sys/types.h>

#include <string>
#include <vector>

#include "support/cli.h"

namespace partgen::test {

struct ChildOptions {
    std::vector<std::string> env;  // "NAME=value", added to this process's environment
    std::string limits;            // shell commands run first, e.g. "ulimit -f 16;"
    int timeoutSeconds = 0;        // run under `timeout` (exit 124 when it fires); 0: none
};

struct ChildResult {
    int code = -1;    // exit code when it exited
    int signal = 0;   // the signal that ended it, else 0
    std::string out;  // what it wrote to stdout
    std::string err;  // and to stderr
};

// Starts `partgen ARGS...`; returns its pid.
pid_t startPartgen(const std::vector<std::string>& args, const ChildOptions& options = {});
ChildResult waitForPartgen(pid_t pid);

ChildResult runPartgenChild(const std::vector<std::string>& args, const ChildOptions& options = {});

// Under `timeout` and with the address space capped, so that a hang or a runaway
// allocation fails the test instead of stalling it or exhausting the machine. A timeout
// shows as code 124, a signal as 128 + its number.
CliResult runPartgenProcess(const std::vector<std::string>& args, int seconds = 30);

}  // namespace partgen::test
