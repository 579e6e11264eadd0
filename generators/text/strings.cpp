#include "text/strings.h"

#include <cctype>

namespace partgen {

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string lowercase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::vector<char32_t> codePoints(std::string_view utf8) {
    std::vector<char32_t> codes;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t code = length == 1 ? c : c & (0xFF >> (length + 1));
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        codes.push_back(code);
        i += static_cast<std::size_t>(length);
    }
    return codes;
}

namespace {

std::string spelledOut(char32_t c) {
    switch (c) {
        case U'\u00B2': return "^2";
        case U'\u00B3': return "^3";
        case U'\u00B0': return "deg";
        case U'\u00AE': return "(R)";
        case U'\u00A9': return "(C)";
        case U'\u00B5': return "u";
        case U'\u00D7': return "x";
        case U'\u00A0': return " ";
        case U'\u2013': case U'\u2014': return "-";
        case U'\u2026': return "...";
        case U'\u2264': return "<=";
        case U'\u2265': return ">=";
        case U'\u03A9': return "Ohm";
        default: break;
    }
    static const char hex[] = "0123456789ABCDEF";
    std::string code;
    for (char32_t rest = c; rest != 0 || code.size() < 4; rest >>= 4) code.insert(code.begin(), hex[rest & 0xF]);
    return "<U+" + code + ">";
}

}  // namespace

std::string asciiText(std::string_view utf8) {
    std::string out;
    for (const char32_t c : codePoints(utf8)) {
        if (c >= 0x20 && c < 0x7F)
            out += static_cast<char>(c);
        else
            out += spelledOut(c);
    }
    return out;
}

}  // namespace partgen
