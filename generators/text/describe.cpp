#include "text/describe.h"

#include "model/variant_fields.h"
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

std::vector<std::string> estimatedFields(const Variant& v) {
    std::vector<std::string> names;
    visitFields(v, [&](const char* name, const auto& field) {
        if (field.has() && field.source == Provenance::estimated) names.push_back(name);
    });
    return names;
}

std::string variantSummary(const Variant& v) {
    std::string text = std::string(kindTitle(*v.kind)) + ", " + std::to_string(*v.poles) + " poles";
    if (v.coding.has()) text += ", coding " + *v.coding;
    if (v.colour.has()) text += ", " + *v.colour;
    if (const auto r = ratings(v); !r.empty()) text += ", " + r;
    if (v.conductorSolid.has()) text += ", conductors " + valueText(v.conductorSolid->section);
    if (v.pitch.has()) text += ", pitch " + valueText(*v.pitch);
    if (v.description.has()) text += " (" + *v.description + ")";
    if (!estimatedFields(v).empty()) text += ". Some values are estimated, not from the datasheet: see partgen check.";
    return text;
}

}  // namespace partgen
