#include "model/xml_text.h"

#include <cstdio>

namespace partgen {

std::string xmlEscape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
                    char ref[8];
                    std::snprintf(ref, sizeof ref, "&#%d;", c);
                    out += ref;
                } else {
                    out += c;
                }
        }
    }
    return out;
}

}  // namespace partgen
