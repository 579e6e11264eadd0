#include "pipeline/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "model/error.h"
#include "pipeline/manifest.h"
#include "pipeline/safe_file.h"

namespace partgen {
namespace fs = std::filesystem;

namespace {

// Whether the descriptor still is the file at `path`: a run that removed the lock file
// while another waited for it leaves the waiter holding a file nobody else can see.
bool stillThere(int fd, const fs::path& path) {
    struct stat held {
    }, named{};
    return ::fstat(fd, &held) == 0 && ::lstat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
           held.st_ino == named.st_ino;
}

}  // namespace

OutputLock::OutputLock(const fs::path& outDir, Mode mode) : file_(outDir / lockFileName) {
    const bool write = mode == Mode::write;
    if (write) created_ = createMissingFolders(outDir);
    for (;;) {
        fd_ = ::open(file_.c_str(), (write ? O_RDWR | O_CREAT : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd_ < 0 && !write && errno == ENOENT) return;
        if (fd_ < 0) throwSystemError("cannot open the lock file", file_);
        if (::flock(fd_, (write ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd_);
            fd_ = -1;
            if (error != EWOULDBLOCK) throwSystemError("cannot lock", file_);
            throw Error(ErrorCategory::outputBusy, "another partgen run is using " + outDir.generic_string() +
                                                       " (it holds " + file_.generic_string() +
                                                       "); run again when it has finished");
        }
        if (stillThere(fd_, file_)) return;
        ::close(fd_);
    }
}

OutputLock::~OutputLock() {
    if (fd_ < 0) return;
    removeWhatItMade();
    ::close(fd_);
}

// The lock file goes first, while still locked, so that no other run can hold it unseen.
void OutputLock::removeWhatItMade() {
    if (created_.empty()) return;
    std::error_code ec;
    const fs::path outDir = file_.parent_path();
    for (const auto& entry : fs::directory_iterator(outDir, ec))
        if (entry.path() != file_) return;
    fs::remove(file_, ec);
    for (auto it = created_.rbegin(); it != created_.rend(); ++it) fs::remove(*it, ec);
}

}  // namespace partgen
