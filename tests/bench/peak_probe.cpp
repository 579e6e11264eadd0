// partgen_bench_probe PROGRAM [ARGS...]: runs PROGRAM and reports its peak resident memory
// as the last line of stderr. The benchmark starts partgen through this small process
// because Linux charges a child started straight from the benchmark with the benchmark's
// own peak: at exec it carries the peak of the memory the child shared with its parent
// (posix_spawn shares it) into the child's account. A child forked from this probe
// carries the probe's few pages only.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: partgen_bench_probe PROGRAM [ARGS...]\n");
        return 2;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("partgen_bench_probe: fork");
        return 2;
    }
    if (pid == 0) {
        execv(argv[1], argv + 1);
        std::perror(argv[1]);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR) {
            std::perror("partgen_bench_probe: wait4");
            return 2;
        }
    std::fprintf(stderr, "partgen_bench_probe: peak %ld KiB\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
