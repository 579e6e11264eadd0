#pragma once
// Plain string helpers shared by readers and writers.

#include <string>
#include <string_view>
#include <vector>

namespace partgen {

// Replaces every `from` in `text`; text inserted by a replacement is not searched again.
inline void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
}

// ASCII lower case: for comparing words, never for output.
std::string lowercase(std::string text);

// The code points of UTF-8 text, for writers whose formats escape non-ASCII characters.
// Text from the spec is valid UTF-8 (tinyxml2 checked it); a truncated sequence at the
// end is taken as far as it goes.
std::vector<char32_t> codePoints(std::string_view utf8);

}  // namespace partgen
