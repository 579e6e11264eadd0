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

// Creates the lock file when missing, and notes whether this run did: a file another run
// made is not this run's to remove. A folder removed meanwhile by a run that failed is made again.
void OutputLock::openWritable(const fs::path& outDir) {
    for (;;) {
        for (auto& made : createMissingFolders(outDir)) created_.push_back(std::move(made));
        fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        createdFile_ = fd_ >= 0;
        if (fd_ < 0 && errno == EEXIST) fd_ = ::open(file_.c_str(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
        if (fd_ >= 0 || errno != ENOENT) return;
    }
}

OutputLock::OutputLock(const fs::path& outDir, Mode mode) : file_(outDir / lockFileName) {
    const bool write = mode == Mode::write;
    for (;;) {
        if (write)
            openWritable(outDir);
        else
            fd_ = ::open(file_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd_ < 0 && !write && errno == ENOENT) return;
        if (fd_ < 0) throwSystemError("cannot open the lock file", file_);
        if (::flock(fd_, (write ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd_);
            fd_ = -1;
            removeWhatItMade();
            if (error != EWOULDBLOCK) throwSystemError("cannot lock", file_);
            throw Error(ErrorCategory::outputBusy, "another partgen run is using " + outDir.generic_string() +
                                                       " (it holds " + file_.generic_string() +
                                                       "); run again when it has finished");
        }
        if (stillThere(fd_, file_)) return;
        ::close(fd_);
        fd_ = -1;
    }
}

OutputLock::~OutputLock() {
    if (fd_ < 0) return;
    removeWhatItMade();
    ::close(fd_);
}

// The lock file goes first, while still locked, so that no other run can hold it unseen;
// a run that opened it meanwhile finds it gone (stillThere) and makes its own.
void OutputLock::removeWhatItMade() {
    if (kept_) return;
    std::error_code ec;
    if (createdFile_ && fd_ >= 0) fs::remove(file_, ec);
    for (auto it = created_.rbegin(); it != created_.rend(); ++it) fs::remove(*it, ec);  // fails unless empty
}

}  // namespace partgen
