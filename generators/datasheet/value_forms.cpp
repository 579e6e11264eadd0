#include "datasheet/value_forms.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

#include "datasheet/text_cleanup.h"

namespace partgen {
namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "-5", "+40", "0.25": an optional sign, digits, and at most one point between digits.
bool isNumber(const std::string& text) {
    std::size_t i = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
    const std::size_t digitsStart = i;
    while (i < text.size() && isDigit(text[i])) ++i;
    if (i == digitsStart) return false;
    if (i == text.size()) return true;
    if (text[i] != '.' || i + 1 == text.size()) return false;
    for (++i; i < text.size(); ++i)
        if (!isDigit(text[i])) return false;
    return true;
}

void replaceEvery(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

std::string withoutPlus(const std::string& number) { return number[0] == '+' ? number.substr(1) : number; }

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (const char c : text + " ") {
        if (c != ' ' && c != '\t') {
            word += c;
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
    }
    return out;
}

bool isInchUnit(const std::string& unit) { return unit == "inch" || unit == "inches" || unit == "in" || unit == "\""; }

std::string lastWord(const std::string& text) {
    const auto w = words(text);
    return w.empty() ? std::string() : w.back();
}

// A decimal as an integer and the number of its decimals: "1.791" -> {1791, 3}.
struct Scaled {
    std::int64_t value = 0;
    int decimals = 0;
};

Scaled scaled(const std::string& number) {
    Scaled s;
    bool afterPoint = false;
    for (const char c : number) {
        if (c == '.') afterPoint = true;
        if (!isDigit(c)) continue;
        s.value = s.value * 10 + (c - '0');
        if (afterPoint) ++s.decimals;
    }
    return s;
}

std::int64_t power10(int n) {
    std::int64_t p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

// Whether "45.5 mm" and "1.791 inch" are one length, to the inch value's last digit;
// otherwise the inches in millimetres, to one decimal, for the remark.
std::optional<std::string> inchDisagreement(const std::string& metric, const std::string& inch) {
    const auto m = words(metric), i = words(inch);
    if (m.size() != 2 || i.size() != 2 || m[1] != "mm" || !isNumber(m[0]) || !isNumber(i[0])) return std::nullopt;
    const Scaled mm = scaled(m[0]), in = scaled(i[0]);
    // Both in micrometres times 10^(inch decimals): one inch is 25,400 micrometres.
    const std::int64_t metricMicro = mm.value * 1000 / power10(mm.decimals) * power10(in.decimals);
    const std::int64_t inchMicro = in.value * 25'400;
    if (std::llabs(metricMicro - inchMicro) <= 25'400) return std::nullopt;
    const std::int64_t tenths = (inchMicro / power10(in.decimals) + 50) / 100;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10) text += "." + std::to_string(tenths % 10);
    return text + " mm";
}

std::string withoutQualifiers(std::string text) {
    text = trimmed(text);
    if (text.rfind("approx.", 0) == 0) text = trimmed(text.substr(7));
    if (!text.empty() && text.back() == ')') {
        const auto open = text.rfind('(');
        if (open != std::string::npos) text = trimmed(text.substr(0, open));
    }
    return text;
}

}  // namespace

bool isQuantity(const std::string& text, const std::vector<std::string>& units) {
    const auto w = words(text);
    return w.size() == 2 && isNumber(w[0]) && std::find(units.begin(), units.end(), w[1]) != units.end();
}

std::string metricHalf(const std::string& cell, Remarks& remarks) {
    const std::string text = pointDecimals(trimmed(cell));
    const auto slash = text.find(" / ");
    if (slash == std::string::npos) return text;
    const std::string first = trimmed(text.substr(0, slash)), second = trimmed(text.substr(slash + 3));
    const bool inchFirst = isInchUnit(lastWord(first));
    const std::string& metric = inchFirst ? second : first;
    const std::string& inch = inchFirst ? first : second;
    if (!isInchUnit(lastWord(inch))) return text;
    if (const auto says = inchDisagreement(metric, inch))
        remarks.push_back("'" + trimmed(cell) + "': the inches say " + *says + "; the millimetres are read");
    return metric;
}

std::optional<std::string> countText(const std::string& cell) {
    const std::string text = trimmed(cell);
    std::size_t i = 0;
    while (i < text.size() && isDigit(text[i])) ++i;
    if (i == 0) return std::nullopt;
    std::string digits = text.substr(0, i);
    // A separator followed by exactly three digits groups thousands; by other digits it
    // marks a fraction, which no count has.
    while (i < text.size() && (text[i] == ',' || text[i] == '.') && i + 1 < text.size() && isDigit(text[i + 1])) {
        std::size_t end = i + 1;
        while (end < text.size() && isDigit(text[end])) ++end;
        if (end - i - 1 != 3) return std::nullopt;
        digits += text.substr(i + 1, 3);
        i = end;
    }
    if (i < text.size() && isDigit(text[i])) return std::nullopt;
    return digits;
}

std::optional<std::string> toleranceText(const std::string& text) {
    std::string t;
    for (const char c : pointDecimals(trimmed(text)))
        if (c != ' ') t += c;
    // "+a[unit]" and an optional "/-b[unit]"; one unit, millimetres.
    const auto side = [](const std::string& s, char sign, std::string& number, std::string& unit) {
        if (s.empty() || s[0] != sign) return false;
        const auto end = s.find_first_not_of("0123456789.", 1);
        number = s.substr(1, end == std::string::npos ? std::string::npos : end - 1);
        unit = end == std::string::npos ? "" : s.substr(end);
        return !number.empty() && isDigit(number[0]) && isNumber(number) && (unit.empty() || unit == "mm");
    };
    const std::string plusMinus = "\xC2\xB1";
    std::string plus, plusUnit, minus, minusUnit;
    if (t.rfind(plusMinus, 0) == 0) {
        if (!side("+" + t.substr(plusMinus.size()), '+', plus, plusUnit) || plusUnit.empty()) return std::nullopt;
        return "+" + plus + " / -" + plus + " mm";
    }
    const auto slash = t.find('/');
    if (!side(t.substr(0, slash), '+', plus, plusUnit)) return std::nullopt;
    if (slash == std::string::npos) return plusUnit.empty() ? std::nullopt : std::optional("+" + plus + " mm");
    if (!side(t.substr(slash + 1), '-', minus, minusUnit)) return std::nullopt;
    if (plusUnit.empty() && minusUnit.empty()) return std::nullopt;
    return "+" + plus + " / -" + minus + " mm";
}

std::optional<std::string> rangeText(const std::string& cell, Remarks& remarks) {
    const std::string text = withoutQualifiers(metricHalf(cell, remarks));
    const auto dots = text.find("...");
    if (dots != std::string::npos) {
        const auto low = words(text.substr(0, dots)), high = words(text.substr(dots + 3));
        if (high.size() != 2 || !isNumber(high[0]) || low.empty() || low.size() > 2 || !isNumber(low[0]))
            return std::nullopt;
        if (low.size() == 2 && low[1] != high[1]) return std::nullopt;
        return withoutPlus(low[0]) + " ... " + withoutPlus(high[0]) + " " + high[1];
    }
    // The separator lost: "0.5 4 mm²", or with the unit on both ends, "-5 °C +40 °C".
    auto w = words(text);
    if (w.size() == 4 && w[1] == w[3]) w.erase(w.begin() + 1);
    if (w.size() != 3 || !isNumber(w[0]) || !isNumber(w[1]) || isNumber(w[2])) return std::nullopt;
    const std::string read = withoutPlus(w[0]) + " ... " + withoutPlus(w[1]) + " " + w[2];
    remarks.push_back("'" + text + "': the range separator was lost in the text; read as " + read);
    return read;
}

std::optional<std::string> awgText(const std::string& text) {
    auto w = words(text);
    if (!w.empty() && w.front() == "AWG")
        w.erase(w.begin());
    else if (!w.empty() && w.back() == "AWG")
        w.pop_back();
    else
        return std::nullopt;
    if (w.size() == 3 && w[1] == "...") w.erase(w.begin() + 1);
    for (const auto& n : w)
        if (n.empty() || !std::all_of(n.begin(), n.end(), isDigit)) return std::nullopt;
    if (w.size() == 1) return w[0];
    if (w.size() == 2) return w[0] + " ... " + w[1];
    return std::nullopt;
}

std::optional<std::string> conductorText(const std::string& raw, Remarks& remarks) {
    const std::string cell = pointDecimals(trimmed(raw));
    const auto slash = cell.find('/');
    const std::string sectionText = withoutQualifiers(trimmed(cell.substr(0, slash)));
    std::optional<std::string> section;
    if (isQuantity(sectionText, {"mm\xC2\xB2"}))
        section = sectionText;
    else
        section = rangeText(sectionText, remarks);
    if (!section) return std::nullopt;
    if (slash == std::string::npos) return section;
    const auto awg = awgText(cell.substr(slash + 1));
    if (!awg) return std::nullopt;
    return *section + " / " + *awg + " AWG";
}

std::optional<CutoutSize> cutoutText(const std::string& text) {
    std::string t = pointDecimals(trimmed(text));
    replaceEvery(t, "\xC3\x97", " x ");  // multiplication sign
    const auto separator = t.find_first_of(",;");
    auto size = words(t.substr(0, separator));
    // "40.8 x 16.2 mm" or "40.8 mm x 16.2 mm"
    if (size.size() == 5 && size[1] == "mm") size.erase(size.begin() + 1);
    if (size.size() != 4 || !isNumber(size[0]) || size[1] != "x" || !isNumber(size[2]) || size[3] != "mm")
        return std::nullopt;
    CutoutSize cutout{size[0] + " mm", size[2] + " mm", ""};
    if (separator == std::string::npos) return cutout;
    // "R 0.5", "R0.5 mm", "R = 0.5 mm"
    std::string radius;
    for (const char c : t.substr(separator + 1))
        if (c != ' ' && c != '=') radius += c;
    if (radius.size() >= 2 && radius.compare(radius.size() - 2, 2, "mm") == 0) radius.resize(radius.size() - 2);
    if (radius.empty() || (radius[0] != 'R' && radius[0] != 'r') || !isNumber(radius.substr(1))) return std::nullopt;
    cutout.radius = radius.substr(1) + " mm";
    return cutout;
}

QualifiedLabel splitQualifier(const std::string& label) {
    const std::string text = trimmed(label);
    const auto open = text.rfind('(');
    if (text.empty() || text.back() != ')' || open == std::string::npos || open == 0) return {text, ""};
    return {trimmed(text.substr(0, open)), text.substr(open)};
}

std::optional<RatingConditions> ratingConditions(const std::string& qualifier) {
    std::string inside;
    for (const char c : qualifier)
        if (c != ' ' && c != '(' && c != ')') inside += c;
    const auto slash = inside.find('/');
    if (slash == std::string::npos) return std::nullopt;
    const std::string category = inside.substr(0, slash), degree = inside.substr(slash + 1);
    const bool roman = !category.empty() && category.size() <= 3 &&
                       std::all_of(category.begin(), category.end(), [](char c) { return c == 'I' || c == 'V'; });
    if (!roman || degree.size() != 1 || degree[0] < '1' || degree[0] > '4') return std::nullopt;
    return RatingConditions{category, degree};
}

}  // namespace partgen
