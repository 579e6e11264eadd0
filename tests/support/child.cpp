#include "support/child.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "support/scratch.h"

extern char** environ;

// gcc says so with a macro, clang with a feature test.
#if defined(__SANITIZE_ADDRESS__)
#define PARTGEN_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARTGEN_TEST_UNDER_ASAN 1
#endif
#endif
#ifndef PARTGEN_TEST_UNDER_ASAN
#define PARTGEN_TEST_UNDER_ASAN 0
#endif

namespace partgen::test {
namespace {

std::mutex childrenMutex;
std::map<pid_t, std::unique_ptr<ScratchDir>> children;  // each child's folder for its stdout and stderr

std::string quoted(const std::string& word) {
    std::string q = "'";
    for (char c : word) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string commandLine(const std::vector<std::string>& args, const ChildOptions& options, const ScratchDir& dir) {
    std::string command = options.limits + " exec ";
    if (options.timeoutSeconds > 0) command += "timeout " + std::to_string(options.timeoutSeconds) + " ";
    command += quoted(PARTGEN_BINARY);
    for (const auto& a : args) command += " " + quoted(a);
    return command + " </dev/null >" + quoted((dir / "out").string()) + " 2>" + quoted((dir / "err").string());
}

// A sanitized program maps terabytes of shadow memory before main, so an address-space
// limit would stop it at once; there the sanitizer's own memory limit stands in.
ChildOptions memoryCapped(int seconds) {
    ChildOptions options;
    options.timeoutSeconds = seconds;
#if PARTGEN_TEST_UNDER_ASAN
    const char* asan = std::getenv("ASAN_OPTIONS");
    options.env = {std::string("ASAN_OPTIONS=") + (asan ? std::string(asan) + ":" : "") + "hard_rss_limit_mb=2000"};
#else
    options.limits = "ulimit -v 2000000;";
#endif
    return options;
}

}  // namespace

pid_t startPartgen(const std::vector<std::string>& args, const ChildOptions& options) {
    auto dir = std::make_unique<ScratchDir>();
    std::string command = commandLine(args, options, *dir);
    std::vector<std::string> environment(options.env);  // first, so that they win
    for (char** e = environ; *e; ++e) environment.emplace_back(*e);
    std::vector<char*> envp;
    for (auto& e : environment) envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string sh = "/bin/sh", dashC = "-c";
    char* argv[] = {sh.data(), dashC.data(), command.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, argv, envp.data()) != 0)
        throw std::runtime_error("cannot start " + command);
    std::lock_guard lock(childrenMutex);
    children[pid] = std::move(dir);
    return pid;
}

ChildResult waitForPartgen(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) throw std::runtime_error("lost a child process");
    std::unique_ptr<ScratchDir> dir;
    {
        std::lock_guard lock(childrenMutex);
        dir = std::move(children.at(pid));
        children.erase(pid);
    }
    ChildResult result;
    if (WIFEXITED(status)) result.code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    result.out = readFile(*dir / "out");
    result.err = readFile(*dir / "err");
    return result;
}

ChildResult runPartgenChild(const std::vector<std::string>& args, const ChildOptions& options) {
    return waitForPartgen(startPartgen(args, options));
}

CliResult runPartgenProcess(const std::vector<std::string>& args, int seconds) {
    const auto child = runPartgenChild(args, memoryCapped(seconds));
    return {child.signal ? 128 + child.signal : child.code, child.out, child.err};
}

}  // namespace partgen::test
