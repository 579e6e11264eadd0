#include "text/describe.h"

#include <algorithm>

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
    return text + ".";
}

std::string estimateNote(const Variant& v) {
    std::vector<std::string> things;
    for (const auto& field : estimatedFields(v)) {
        std::string thing = field.rfind("cutout-", 0) == 0 ? "cutout size"
                            : field == "marking"           ? "pole marking"
                                                           : field;
        for (char& c : thing)
            if (c == '-') c = ' ';
        if (std::find(things.begin(), things.end(), thing) == things.end()) things.push_back(thing);
    }
    if (things.empty()) return "";
    std::string text;
    for (std::size_t i = 0; i < things.size(); ++i)
        text += (i == 0 ? "" : i + 1 == things.size() ? " and " : ", ") + things[i];
    if (text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return " " + text + " estimated, not from the datasheet.";
}

}  // namespace partgen
