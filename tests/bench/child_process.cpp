#include "child_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <system_error>

extern char** environ;

namespace partgen::bench {
namespace {

[[noreturn]] void fail(const std::string& what, int code) {
    throw std::system_error(code, std::generic_category(), what);
}

// Both ends close on exec, so the child keeps only the copy spawn puts on fds 1 and 2;
// the parent then sees end of file as soon as the child exits.
class Pipe {
public:
    Pipe() {
        if (pipe2(fds_, O_CLOEXEC) != 0) fail("pipe2", errno);
    }
    ~Pipe() {
        closeEnd(0);
        closeEnd(1);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;

    int readEnd() const { return fds_[0]; }
    int writeEnd() const { return fds_[1]; }
    void closeWriteEnd() { closeEnd(1); }

private:
    void closeEnd(int i) {
        if (fds_[i] >= 0) close(fds_[i]);
        fds_[i] = -1;
    }
    int fds_[2] = {-1, -1};
};

class SpawnActions {
public:
    SpawnActions() { posix_spawn_file_actions_init(&actions_); }
    ~SpawnActions() { posix_spawn_file_actions_destroy(&actions_); }
    SpawnActions(const SpawnActions&) = delete;
    SpawnActions& operator=(const SpawnActions&) = delete;

    void sendOutputTo(int fd) {
        posix_spawn_file_actions_adddup2(&actions_, fd, STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions_, fd, STDERR_FILENO);
    }
    // A glibc extension (2.29 and later, Debian 12 has 2.36): it spares a fork/exec
    // pair just to change folder.
    void changeFolderTo(const std::filesystem::path& dir) {
        posix_spawn_file_actions_addchdir_np(&actions_, dir.c_str());
    }
    const posix_spawn_file_actions_t* get() const { return &actions_; }

private:
    posix_spawn_file_actions_t actions_;
};

std::vector<char*> argvOf(const std::filesystem::path& program, const std::vector<std::string>& args) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    return argv;
}

std::string readToEnd(int fd) {
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n > 0)
            text.append(buffer, static_cast<std::size_t>(n));
        else if (n == 0)
            return text;
        else if (errno != EINTR)
            fail("reading the child's output", errno);
    }
}

int exitCodeOf(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

// Takes the probe's last line, "partgen_bench_probe: peak N KiB", off the output.
std::uint64_t takePeakBytes(std::string& output) {
    const std::string mark = "partgen_bench_probe: peak ";
    const auto at = output.rfind(mark);
    if (at == std::string::npos) throw std::runtime_error("the probe reported no peak memory:\n" + output);
    const std::uint64_t kib = std::stoull(output.substr(at + mark.size()));
    output.erase(at);
    return kib * 1024;
}

}  // namespace

ChildResult runChild(const std::filesystem::path& program, const std::vector<std::string>& args,
                     const std::filesystem::path& workingDir) {
    Pipe output;
    SpawnActions actions;
    actions.sendOutputTo(output.writeEnd());
    actions.changeFolderTo(workingDir);
    const std::filesystem::path probe = PARTGEN_BENCH_PROBE;
    std::vector<std::string> probeArgs{program.string()};
    probeArgs.insert(probeArgs.end(), args.begin(), args.end());
    auto argv = argvOf(probe, probeArgs);

    ChildResult result;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (const int error = posix_spawn(&pid, probe.c_str(), actions.get(), nullptr, argv.data(), environ))
        fail("starting " + program.string() + " through " + probe.string(), error);
    output.closeWriteEnd();
    result.output = readToEnd(output.readEnd());

    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) fail("waiting for " + program.string(), errno);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.exitCode = exitCodeOf(status);
    result.peakBytes = takePeakBytes(result.output);
    return result;
}

}  // namespace partgen::bench
