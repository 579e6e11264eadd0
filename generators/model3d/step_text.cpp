#include "model3d/step_text.h"

#include <cstdio>

#include "model3d/step_line.h"
#include "text/strings.h"

namespace partgen {
namespace {

std::string hexCode(char32_t code, int digits) {
    char text[12];
    std::snprintf(text, sizeof text, "%0*X", digits, static_cast<unsigned>(code));
    return text;
}

}  // namespace

std::string stepString(std::string_view utf8) {
    std::string out = "'";
    for (const char32_t code : codePoints(utf8)) {
        if (code == '\'')
            out += "''";
        else if (code == '\\')
            out += "\\\\";
        else if (code < 0x20)
            out += ' ';
        else if (code < 0x80)
            out += static_cast<char>(code);
        else if (code < 0x10000)
            out += "\\X2\\" + hexCode(code, 4) + "\\X0\\";
        else
            out += "\\X4\\" + hexCode(code, 8) + "\\X0\\";
    }
    return out + "'";
}

std::string stepLength(Length l) {
    std::string text;
    StepLine line(text);
    line.length(l);
    line.flush();
    return text;
}

std::string stepReal(double value) {
    std::string text;
    StepLine line(text);
    line.real(value);
    line.flush();
    return text;
}

}  // namespace partgen
