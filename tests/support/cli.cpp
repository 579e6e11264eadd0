#include "support/cli.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <sstream>
#include <stdexcept>

#include "cli/commands.h"
#include "support/scratch.h"

namespace partgen::test {

CliResult runPartgen(const std::vector<std::string>& args) {
    std::vector<const char*> argv{"partgen"};
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = runCli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

CliResult runIn(const std::filesystem::path& dir, const std::string& command, std::vector<std::string> extra) {
    std::vector<std::string> args{command, "--parts", (dir / "parts").string(), "--templates",
                                  (dir / "templates").string()};
    if (command == "generate") {
        args.push_back("--out");
        args.push_back((dir / "out").string());
    }
    args.insert(args.end(), extra.begin(), extra.end());
    return runPartgen(args);
}

ProgramResult runProgram(const std::string& program, const std::vector<std::string>& args) {
    ScratchDir dir;
    const std::string outFile = (dir / "out").string(), errFile = (dir / "err").string();
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child < 0) throw std::runtime_error("cannot start " + program);
    if (child == 0) {
        const int out = open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(127);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("cannot wait for " + program);
    ProgramResult result;
    if (WIFEXITED(status)) result.code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.out = readFile(outFile);
    result.err = readFile(errFile);
    return result;
}

}  // namespace partgen::test
