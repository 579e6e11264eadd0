#pragma once
// Bytes kept in an unnamed temporary file instead of memory: text that grows with the
// catalog and is needed again later in the run, such as the manifest's lines or the later
// sections of a family file while its first is written.

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "model/document.h"

namespace partgen {

class Spool {
public:
    Spool();  // throws std::runtime_error when no temporary file can be made
    ~Spool();
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;

    void add(std::string_view text);
    std::uint64_t size() const { return size_; }

    // Reading: add() must not be called while reading.
    // The bytes [offset, offset + length).
    std::string read(std::uint64_t offset, std::size_t length);
    // Every byte in order, in pieces.
    void copyTo(const ByteSink& sink);

    // The text's lines from the first, each without its '\n'.
    class Lines {
    public:
        explicit Lines(Spool& spool);
        bool next(std::string& line);  // false at the end

    private:
        Spool* spool_;
        std::uint64_t left_;
    };

private:
    void rewind();

    std::FILE* file_;
    std::uint64_t size_ = 0;
};

}  // namespace partgen
