#include "model3d/step_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "model/decimal.h"
#include "model/text.h"

namespace partgen {
namespace {

// A REAL needs its decimal point even when it is whole.
void appendWithPoint(std::string& out, std::int64_t steps, int scaleDigits, int maxDecimals) {
    const std::size_t start = out.size();
    appendDecimal(out, steps, scaleDigits, maxDecimals);
    if (out.find('.', start) == std::string::npos) out += '.';
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

void appendStepLength(std::string& out, Length l) { appendWithPoint(out, l.steps(), 6, 6); }

// Through integer steps, so rounding and text never depend on the locale and "-0"
// cannot appear.
std::int64_t stepRealSteps(double value) { return static_cast<std::int64_t>(std::llround(value * 1e12)); }

void appendStepRealSteps(std::string& out, std::int64_t steps) { appendWithPoint(out, steps, 12, 12); }

void appendStepReal(std::string& out, double value) { appendStepRealSteps(out, stepRealSteps(value)); }

std::string stepLength(Length l) {
    std::string text;
    appendStepLength(text, l);
    return text;
}

std::string stepReal(double value) {
    std::string text;
    appendStepReal(text, value);
    return text;
}

}  // namespace partgen
