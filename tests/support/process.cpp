#include "support/process.h"

#include <sys/wait.h>

#include <cstdlib>

#include "support/scratch.h"

namespace partgen::test {
namespace {

std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

CliResult runPartgenProcess(const std::vector<std::string>& args, int seconds) {
    ScratchDir dir;
    std::string command =
        "ulimit -v 2000000; exec timeout " + std::to_string(seconds) + " " + shellQuoted(PARTGEN_BINARY);
    for (const auto& a : args) command += " " + shellQuoted(a);
    command += " >" + shellQuoted((dir / "out").string()) + " 2>" + shellQuoted((dir / "err").string()) + " </dev/null";
    const int status = std::system(command.c_str());
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return {code, readFile(dir / "out"), readFile(dir / "err")};
}

}  // namespace partgen::test
