#pragma once
// Bounds on the datasheet text the reader accepts.

#include <cstddef>

namespace partgen {

// The longest line the datasheet reader reads; a longer line is reported (file:line) and
// skipped. The reader matches lines with std::regex, and libstdc++'s matcher recurses
// about once per character for patterns like `[A-Za-z -]*` or `.*`: one line of some
// ten thousand characters overflows the stack and kills the program. The longest line of
// the seed datasheets' text is about 1,400 characters (a paragraph of notes).
inline constexpr std::size_t maxDatasheetLineLength = 2000;

}  // namespace partgen
