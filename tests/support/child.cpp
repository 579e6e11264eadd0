#include "support/child.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <stdexcept>

extern char** environ;

namespace partgen::test {
namespace {

std::mutex errFilesMutex;
std::map<pid_t, std::string> errFiles;  // child -> file its stderr goes to

std::string quoted(const std::string& word) {
    std::string q = "'";
    for (char c : word) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string errFileName() {
    static int counter = 0;
    std::lock_guard lock(errFilesMutex);
    return (std::filesystem::temp_directory_path() /
            ("partgen-child-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".err"))
        .string();
}

}  // namespace

pid_t startPartgen(const std::vector<std::string>& args, const std::vector<std::string>& env,
                   const std::string& shellPrefix) {
    const std::string err = errFileName();
    std::string command = shellPrefix + " exec " + quoted(PARTGEN_BINARY);
    for (const auto& a : args) command += " " + quoted(a);
    command += " </dev/null >/dev/null 2>" + quoted(err);
    std::vector<std::string> environment(env);
    for (char** e = environ; *e; ++e) environment.emplace_back(*e);
    std::vector<char*> envp;
    for (auto& e : environment) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string sh = "/bin/sh", dashC = "-c";
    char* argv[] = {sh.data(), dashC.data(), command.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, argv, envp.data()) != 0)
        throw std::runtime_error("cannot start " + command);
    std::lock_guard lock(errFilesMutex);
    errFiles[pid] = err;
    return pid;
}

ChildResult waitForPartgen(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) throw std::runtime_error("lost a child process");
    ChildResult result;
    if (WIFEXITED(status)) result.code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    std::lock_guard lock(errFilesMutex);
    const std::string file = errFiles.at(pid);
    errFiles.erase(pid);
    std::ifstream in(file);
    result.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    std::remove(file.c_str());
    return result;
}

ChildResult runPartgenChild(const std::vector<std::string>& args, const std::vector<std::string>& env,
                            const std::string& shellPrefix) {
    return waitForPartgen(startPartgen(args, env, shellPrefix));
}

}  // namespace partgen::test
