#pragma once
// Lines of text kept in an unnamed temporary file instead of memory: the manifest of a
// large catalog runs to megabytes, and a run should not grow with it.

#include <cstdio>
#include <string>
#include <string_view>

namespace partgen {

class LineSpool {
public:
    LineSpool();  // throws std::runtime_error when no temporary file can be made
    ~LineSpool();
    LineSpool(const LineSpool&) = delete;
    LineSpool& operator=(const LineSpool&) = delete;

    // `text` is one or more whole lines, each ending in '\n'.
    void add(std::string_view text);
    std::size_t lines() const { return lines_; }

    // Reads the lines back from the first; add() must not be called while reading.
    class Reader {
    public:
        explicit Reader(LineSpool& spool);
        // The next line without its '\n'; false at the end.
        bool next(std::string& line);

    private:
        LineSpool* spool_;
        std::size_t left_;
    };

private:
    std::FILE* file_;
    std::size_t lines_ = 0;
};

}  // namespace partgen
