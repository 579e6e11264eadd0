#include "drawing/dxf_stream.h"

#include <cstdio>

#include "drawing/drawing_text.h"

namespace partgen {

void DxfStream::tag(int code, std::string_view value) {
    char codeText[8];
    std::snprintf(codeText, sizeof codeText, "%3d", code);
    text_ += codeText;
    text_ += '\n';
    text_ += value;
    text_ += '\n';
}

void DxfStream::length(int code, Length value) { tag(code, drawingCoordinate(value)); }

void DxfStream::point(int code, Point p) {
    length(code, p.x);
    length(code + 10, p.y);
    tag(code + 20, "0");
}

std::string dxfText(std::string_view utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += (c < 0x20) ? ' ' : static_cast<char>(c);
            ++i;
            continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        unsigned code = c & (0xFF >> (length + 1));
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        char escaped[12];
        std::snprintf(escaped, sizeof escaped, "\\U+%04X", code);
        out += escaped;
        i += static_cast<std::size_t>(length);
    }
    return out;
}

}  // namespace partgen
