#pragma once
// Runs partgen's command line in-process with parts/, templates/ and out/ of a folder, or
// the partgen program as a child process, where a crash is a result and not the test's end.

#include <filesystem>
#include <string>
#include <vector>

namespace partgen::test {

struct CliResult {
    int code;
    std::string out;
    std::string err;
};

CliResult runPartgen(const std::vector<std::string>& args);

// `partgen COMMAND --parts DIR/parts --templates DIR/templates [--out DIR/out] EXTRA...`
CliResult runIn(const std::filesystem::path& dir, const std::string& command, std::vector<std::string> extra = {});

// `PROGRAM ARGS...` as a child process (no shell), its output gathered from files. A
// program killed by a signal (a crash, a stack overflow) has `signal` set, and `code` -1.
struct ProgramResult {
    int code = -1;
    int signal = 0;
    std::string out;
    std::string err;
};

ProgramResult runProgram(const std::string& program, const std::vector<std::string>& args);

}  // namespace partgen::test
