#include "drawing/dxf_stream.h"

#include <cstdio>

#include "text/drawing_numbers.h"
#include "text/strings.h"

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
    for (const char32_t code : codePoints(utf8)) {
        if (code >= 0x80) {
            char escaped[12];
            std::snprintf(escaped, sizeof escaped, "\\U+%04X", static_cast<unsigned>(code));
            out += escaped;
        } else {
            out += code < 0x20 ? ' ' : static_cast<char>(code);
        }
    }
    return out;
}

}  // namespace partgen
