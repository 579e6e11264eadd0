#pragma once
// Plain string helpers shared by readers and writers.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace partgen {

// Replaces every `from` in `text`; text inserted by a replacement is not searched again.
inline void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
}

// "1 file", "3 files": a count with its noun, singular or plural.
std::string counted(std::size_t n, const char* one, const char* many);

// ASCII lower case: for comparing words, never for output.
std::string lowercase(std::string text);

// The code points of UTF-8 text, for writers whose formats escape non-ASCII characters.
// Text from the spec is valid UTF-8 (tinyxml2 checked it); a truncated sequence at the
// end is taken as far as it goes.
std::vector<char32_t> codePoints(std::string_view utf8);

// UTF-8 text in printable ASCII, for formats whose readers take bytes as Latin-1: the
// signs datasheets use spelled out ("mm²" as "mm^2", "°C" as "degC", "®" as "(R)"),
// anything else as "<U+2264>", so that no character turns silently into another.
std::string asciiText(std::string_view utf8);

}  // namespace partgen
