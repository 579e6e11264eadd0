#include "eplan/eplan_text.h"

#include "model/decimal.h"
#include "text/placeholders.h"

namespace partgen {
namespace {

std::string withoutSemicolons(std::string text) {
    for (char& c : text)
        if (c == ';') c = ',';
    return text;
}

}  // namespace

std::string multilingual(const Wording& words) {
    return "de_DE@" + withoutSemicolons(words.german) + ";en_US@" + withoutSemicolons(words.english) + ";";
}

std::string millimetreText(Length l) { return formatUnits(l, 6); }

// Masses are held in grams with six decimals; a kilogram has three more.
std::string kilogramText(Mass m) { return formatDecimal(m.steps(), 9, 9); }

std::string squareMillimetreText(Area a) { return formatUnits(a, 6); }

std::string eplanPartNumber(const std::string& pattern, const Variant& v, const Family& family) {
    return expandPlaceholders(
        pattern, {{placeholder::manufacturer, family.manufacturer.shortName}, {placeholder::number, v.number}});
}

}  // namespace partgen
