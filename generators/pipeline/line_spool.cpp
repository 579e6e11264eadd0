#include "pipeline/line_spool.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace partgen {
namespace {

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("temporary file: cannot " + what + ": " + std::strerror(errno));
}

}  // namespace

LineSpool::LineSpool() : file_(std::tmpfile()) {
    if (!file_) fail("create it");
}

LineSpool::~LineSpool() { std::fclose(file_); }

void LineSpool::add(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail("write");
    lines_ += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

LineSpool::Reader::Reader(LineSpool& spool) : spool_(&spool), left_(spool.lines_) {
    if (std::fflush(spool.file_) != 0 || std::fseek(spool.file_, 0, SEEK_SET) != 0) fail("read");
}

bool LineSpool::Reader::next(std::string& line) {
    if (left_ == 0) return false;
    line.clear();
    for (int c = getc_unlocked(spool_->file_); c != '\n'; c = getc_unlocked(spool_->file_)) {
        if (c == EOF) fail("read");
        line.push_back(static_cast<char>(c));
    }
    --left_;
    return true;
}

}  // namespace partgen
