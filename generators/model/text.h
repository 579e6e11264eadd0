#pragma once
// Plain string helpers shared by readers and writers.

#include <string>

namespace partgen {

// Replaces every `from` in `text`; text inserted by a replacement is not searched again.
inline void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
}

// ASCII lower case: for comparing words, never for output.
std::string lowercase(std::string text);

}  // namespace partgen
