#include "text/describe.h"

#include "model/conductors.h"
#include "text/value_text.h"

namespace partgen {
namespace {

std::string ratings(const Variant& v) {
    std::string text;
    if (v.ratedVoltage.has()) text += valueText(*v.ratedVoltage);
    if (v.ratedCurrent.has()) text += (text.empty() ? "" : " / ") + valueText(*v.ratedCurrent);
    return text;
}

}  // namespace

std::string variantSummary(const Variant& v) {
    std::string text = std::string(kindTitle(*v.kind)) + ", " + std::to_string(*v.poles) + " poles";
    if (v.coding.has()) text += ", coding " + *v.coding;
    if (v.colour.has()) text += ", " + *v.colour;
    if (const auto r = ratings(v); !r.empty()) text += ", " + r;
    if (const auto range = clampingRange(v)) text += ", conductors " + valueText(range->section);
    if (v.pitch.has()) text += ", pitch " + valueText(*v.pitch);
    return text + ".";
}

}  // namespace partgen
