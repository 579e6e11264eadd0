#include "pipeline/spool.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include "model/error.h"

namespace partgen {
namespace {

[[noreturn]] void fail(const std::string& what) {
    throw Error(ErrorCategory::io, "temporary file: cannot " + what + ": " + std::strerror(errno));
}

}  // namespace

Spool::Spool() : file_(std::tmpfile()) {
    if (!file_) fail("create it");
}

Spool::~Spool() { std::fclose(file_); }

void Spool::add(std::string_view text) {
    if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail("write");
    size_ += text.size();
}

void Spool::rewind() {
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("read");
}

std::string Spool::read(std::uint64_t offset, std::size_t length) {
    if (std::fflush(file_) != 0 || fseeko(file_, static_cast<off_t>(offset), SEEK_SET) != 0) fail("read");
    std::string bytes(length, '\0');
    if (std::fread(bytes.data(), 1, length, file_) != length) fail("read");
    return bytes;
}

void Spool::copyTo(const ByteSink& sink) {
    rewind();
    std::vector<char> piece(1 << 16);
    for (std::uint64_t left = size_; left > 0;) {
        const std::size_t want = left < piece.size() ? static_cast<std::size_t>(left) : piece.size();
        if (std::fread(piece.data(), 1, want, file_) != want) fail("read");
        sink(std::string_view(piece.data(), want));
        left -= want;
    }
}

Spool::Lines::Lines(Spool& spool) : spool_(&spool), left_(spool.size_) { spool.rewind(); }

bool Spool::Lines::next(std::string& line) {
    if (left_ == 0) return false;
    line.clear();
    for (;;) {
        const int c = getc_unlocked(spool_->file_);
        if (c == EOF) fail("read");
        --left_;
        if (c == '\n') return true;
        line.push_back(static_cast<char>(c));
        if (left_ == 0) return true;  // text that does not end in '\n'
    }
}

}  // namespace partgen
