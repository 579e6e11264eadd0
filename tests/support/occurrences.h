#pragma once
// Whether, and how often, a text holds another: for tests that look for records in a
// written file.

#include <cstddef>
#include <string>

namespace partgen::test {

inline bool holds(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// Overlapping occurrences count, so "aa" is twice in "aaa".
inline std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

}  // namespace partgen::test
