#include "spec/text_check.h"

#include <algorithm>
#include <array>

namespace partgen {
namespace {

// One UTF-8 sequence at a position: its code point and byte length, or why it is not one.
struct Decoded {
    char32_t codePoint = 0;
    std::size_t length = 1;
    const char* error = nullptr;  // null when the sequence is valid
};

unsigned char byteAt(std::string_view text, std::size_t i) { return static_cast<unsigned char>(text[i]); }

Decoded decodeAt(std::string_view text, std::size_t i) {
    const unsigned char lead = byteAt(text, i);
    if (lead < 0x80) return {lead, 1, nullptr};
    std::size_t length = 0;
    char32_t codePoint = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return {0, 1, "invalid byte"};
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= text.size() || (byteAt(text, i + k) & 0xC0) != 0x80) return {0, k, "incomplete sequence"};
        codePoint = (codePoint << 6) | (byteAt(text, i + k) & 0x3F);
    }
    // The shortest encoding is the only valid one; a longer one could smuggle '/' or '<' past a byte check.
    static constexpr std::array<char32_t, 5> smallest{0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < smallest[length]) return {codePoint, length, "overlong encoding"};
    if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return {codePoint, length, "UTF-16 surrogate"};
    if (codePoint > 0x10FFFF) return {codePoint, length, "code point above U+10FFFF"};
    return {codePoint, length, nullptr};
}

// C0, DEL and C1: invisible, and some end lines or files in the readers of the outputs.
bool isControl(char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0); }

bool allowedControl(char32_t c, TextShape shape) { return shape == TextShape::paragraph && (c == '\t' || c == '\n'); }

std::string hexBytes(std::string_view bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += "\\x";
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

std::string shownControl(std::string_view bytes) {
    if (bytes == "\n") return "\\n";
    if (bytes == "\t") return "\\t";
    return hexBytes(bytes);
}

const char* limitName(TextShape shape) {
    switch (shape) {
        case TextShape::name:
            return "names";
        case TextShape::line:
            return "one-line values";
        case TextShape::paragraph:
            return "free text";
    }
    return "";
}

// Messages quote this many bytes of a text at most, so one bad 4 MB value stays one readable line.
constexpr std::size_t quoteWindow = 80;
constexpr std::size_t quoteLead = 30;  // bytes shown before the fault

}  // namespace

std::size_t maxCharacters(TextShape shape) {
    switch (shape) {
        case TextShape::name:
            return 100;
        case TextShape::line:
            return 1000;
        case TextShape::paragraph:
            return 4000;
    }
    return 0;
}

TextShape elementTextShape(std::string_view elementName) {
    return elementName == "description" || elementName == "punching-note" ? TextShape::paragraph : TextShape::line;
}

TextShape attributeShape(std::string_view attributeName) {
    for (const std::string_view name : {"id", "series", "number", "of", "name", "short-name", "field"})
        if (attributeName == name) return TextShape::name;
    return TextShape::line;
}

std::optional<TextFault> textFault(std::string_view text, TextShape shape) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decodeAt(text, i);
        const std::string_view bytes = text.substr(i, d.length);
        if (d.error) return TextFault{i, std::string("is not valid UTF-8 (") + d.error + " " + hexBytes(bytes) + ")"};
        if (isControl(d.codePoint) && !allowedControl(d.codePoint, shape))
            return TextFault{i, "contains the control character " + shownControl(bytes)};
        if (++characters > maxCharacters(shape))
            return TextFault{i, "is longer than " + std::to_string(maxCharacters(shape)) +
                                    " characters, the limit for " + limitName(shape)};
        i += d.length;
    }
    return std::nullopt;
}

std::string escapedForMessage(std::string_view text, std::size_t focus) {
    std::size_t begin = focus > quoteLead ? focus - quoteLead : 0;
    while (begin < focus && begin < text.size() && (byteAt(text, begin) & 0xC0) == 0x80) ++begin;  // a whole character
    const std::size_t end = std::min(text.size(), begin + quoteWindow);
    std::string out = begin > 0 ? "..." : "";
    std::size_t i = begin;
    while (i < end) {
        const Decoded d = decodeAt(text, i);
        const std::string_view bytes = text.substr(i, d.length);
        if (d.error)
            out += hexBytes(bytes);
        else if (isControl(d.codePoint))
            out += shownControl(bytes);
        else
            out += bytes;
        i += d.length;
    }
    return out + (i < text.size() ? "..." : "");
}

std::string quotedForMessage(std::string_view text, std::size_t focus) {
    return "\"" + escapedForMessage(text, focus) + "\"";
}

}  // namespace partgen
