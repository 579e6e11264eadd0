#pragma once
// Runs the partgen program as a child process: for what an in-process run cannot show,
// a kill, a crash, two runs at once, a limit set on the process.

#include <sys/types.h>

#include <string>
#include <vector>

namespace partgen::test {

struct ChildResult {
    int code = -1;    // exit code when it exited
    int signal = 0;   // the signal that ended it, else 0
    std::string err;  // what it wrote to stderr
};

// Starts `partgen ARGS...` with `env` ("NAME=value") added to this process's environment
// and `shellPrefix` (e.g. "ulimit -f 8;") run by the shell before it; returns its pid.
pid_t startPartgen(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                   const std::string& shellPrefix = "");
ChildResult waitForPartgen(pid_t pid);

ChildResult runPartgenChild(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                            const std::string& shellPrefix = "");

}  // namespace partgen::test
