#include "model3d/step_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "model/decimal.h"
#include "model/text.h"

namespace partgen {
namespace {

std::string withPoint(std::string number) {
    if (number.find('.') == std::string::npos) number += '.';
    return number;
}

std::string hexCode(char32_t code, int digits) {
    char text[12];
    std::snprintf(text, sizeof text, "%0*X", digits, static_cast<unsigned>(code));
    return text;
}

}  // namespace

std::string stepString(std::string_view utf8) {
    std::string out = "'";
    for (const char32_t code : codePoints(utf8)) {
        if (code == '\'') out += "''";
        else if (code == '\\') out += "\\\\";
        else if (code < 0x20) out += ' ';
        else if (code < 0x80) out += static_cast<char>(code);
        else if (code < 0x10000) out += "\\X2\\" + hexCode(code, 4) + "\\X0\\";
        else out += "\\X4\\" + hexCode(code, 8) + "\\X0\\";
    }
    return out + "'";
}

std::string stepLength(Length l) { return withPoint(formatUnits(l, 6)); }

std::string stepReal(double value) {
    // Through integer steps, so rounding and text never depend on the locale and "-0"
    // cannot appear.
    const auto steps = static_cast<std::int64_t>(std::llround(value * 1e12));
    return withPoint(formatDecimal(steps, 12, 12));
}

}  // namespace partgen
