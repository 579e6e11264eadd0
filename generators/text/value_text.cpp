#include "text/value_text.h"

#include "model/decimal.h"
#include "text/unit_names.h"

namespace partgen {
namespace {

constexpr int allDecimals = 6;  // the model's full resolution: nothing is rounded away

std::string number(std::int64_t steps) { return formatDecimal(steps, 6, allDecimals); }

std::string signedNumber(std::int64_t steps, char sign) { return std::string(1, sign) + number(steps); }

}  // namespace

std::string valueText(const std::string& text) { return text; }
std::string valueText(int count) { return std::to_string(count); }
std::string valueText(Kind kind) { return std::string(kindName(kind)); }

std::string valueText(const Labels& labels) {
    std::string text;
    for (const auto& label : labels) text += (text.empty() ? "" : " ") + label;
    return text;
}

std::string valueText(const Approvals& approvals) {
    std::string text;
    for (const auto& a : approvals)
        text += (text.empty() ? "" : "; ") + a.body + ", " + a.standard + ", " + a.certificate;
    return text;
}

std::string valueText(const Tolerance& t) {
    return signedNumber(t.plus.steps(), '+') + " / " + signedNumber(t.minus.steps(), '-') + " mm";
}

std::string valueText(const ConductorRange& r) {
    std::string text =
        r.section.min == r.section.max ? quantityText(r.section.min.steps(), Dimension::area) : valueText(r.section);
    if (!r.awg.empty()) text += " / " + r.awg + " AWG";
    return text;
}

std::string quantityText(std::int64_t steps, Dimension d) {
    // Datasheets give impulse voltages in kV ("6 kV"); 6000 V is the same value in a
    // form no datasheet uses.
    constexpr std::int64_t kilovolt = 1000 * 1'000'000;
    if (d == Dimension::voltage && (steps >= kilovolt || steps <= -kilovolt))
        return formatDecimal(steps, 9, allDecimals + 3) + " kV";
    return number(steps) + " " + std::string(baseUnitSymbol(d));
}

std::string rangeText(std::int64_t minSteps, std::int64_t maxSteps, Dimension d) {
    return number(minSteps) + " ... " + quantityText(maxSteps, d);
}

}  // namespace partgen
