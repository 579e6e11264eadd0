#include "eplan/eplan_model.h"

#include "eplan/eplan_patterns.h"
#include "eplan/eplan_text.h"
#include "model/variant_fields.h"
#include "text/describe.h"
#include "text/provenance_note.h"
#include "text/value_text.h"
#include "text/wording.h"

namespace partgen {
namespace {

std::optional<Wording> noteOf(const Variant& v, const WordingRules& words) {
    std::string fields;
    for (const auto& name : fieldsWith(v, Provenance::estimated)) fields += (fields.empty() ? "" : ", ") + name;
    if (fields.empty()) return std::nullopt;
    return fillPhrase(words.phrase("estimated-values"), {{placeholder::fields, fields}});
}

// The value of the spec property `field` in both languages, marked when estimated.
std::optional<Wording> propertyValue(const Variant& v, const std::string& field, const WordingRules& words) {
    std::optional<Wording> value;
    visitFields(v, [&](const char* name, const auto& property) {
        if (name != field || !property.has()) return;
        value = sameInBothLanguages(valueText(*property));
        if (property.source == Provenance::estimated) {
            const Wording& estimated = words.phrase("estimated");
            value =
                Wording{value->german + " (" + estimated.german + ")", value->english + " (" + estimated.english + ")"};
        }
    });
    return value;
}

std::vector<EplanFreeProperty> freePropertiesOf(const Variant& v, const EplanRules& rules, const WordingRules& words) {
    std::vector<EplanFreeProperty> properties;
    for (const auto& rule : rules.freeProperties)
        if (const auto value = propertyValue(v, rule.field, words)) properties.push_back({rule.name, *value});
    return properties;
}

std::vector<EplanFunction> functionsOf(const Variant& v) {
    std::vector<EplanFunction> functions;
    for (int pole = 0; pole < *v.poles; ++pole)
        functions.push_back({pole + 1, (*v.marking)[static_cast<std::size_t>(pole)]});
    return functions;
}

Length half(const Sourced<Length>& l) { return l.has() ? Length::fromSteps(l->steps() / 2) : Length(); }

}  // namespace

EplanAddress eplanAddressOf(const Family& family) {
    const Manufacturer& m = family.manufacturer;
    return {m.shortName, m.name, m.street, m.postcode, m.city, m.country, m.phone, m.email};
}

EplanPart eplanPartOf(const Variant& v, const Family& family, const EplanRules& rules, const WordingRules& words) {
    EplanPart part;
    part.partNumber = eplanPartNumber(*rules.partNumber, v, family);
    part.typeNumber = v.number;
    part.orderNumber = v.number;
    part.manufacturer = family.manufacturer.shortName;
    part.datasheetUrl = ownDatasheetUrl(v);
    part.description = productWording(v, words.kind(*v.kind), words.phrase("poles"), words.phrase("coding"));
    part.note = noteOf(v, words);
    part.width = v.width.value;
    part.height = v.height.value;
    part.depth = v.depth.value;
    part.weight = v.weight.value;
    part.poles = *v.poles;
    part.productTopGroup = *rules.productTopGroup;
    part.productGroup = *rules.productGroup;
    part.productSubGroup = *rules.productSubGroup;
    part.freeProperties = freePropertiesOf(v, rules, words);
    part.functions = functionsOf(v);
    part.connections = connectionPatternOf(v, part.partNumber, words);
    part.drilling = drillingPatternOf(v, part.partNumber, words);
    part.patternOffset = {half(v.width), half(v.height)};
    return part;
}

}  // namespace partgen
