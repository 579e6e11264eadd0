#include "eplan/eplan_model.h"

#include <algorithm>

#include "eplan/eplan_patterns.h"
#include "eplan/eplan_picture.h"
#include "eplan/eplan_related.h"
#include "eplan/eplan_text.h"
#include "model/variant_fields.h"
#include "text/describe.h"
#include "text/provenance_note.h"
#include "text/value_text.h"
#include "text/wording.h"

namespace partgen {
namespace {

// What is estimated, in words of both languages: "Cutout size estimated, not from the
// datasheet." Fields of one thing (the cutout's width, height and radius) are named once.
std::string estimatedThing(const std::string& field, const WordingRules& words, bool german) {
    auto pick = [german](const Wording& w) { return german ? w.german : w.english; };
    if (field.rfind("cutout-", 0) == 0) return pick(words.phrase("estimated-cutout"));
    if (field == "marking") return pick(words.phrase("estimated-marking"));
    std::string thing = field;
    for (char& c : thing)
        if (c == '-') c = ' ';
    return thing;
}

std::string thingsText(const Variant& v, const WordingRules& words, bool german) {
    std::vector<std::string> things;
    for (const auto& field : fieldsWith(v, Provenance::estimated)) {
        const std::string thing = estimatedThing(field, words, german);
        if (std::find(things.begin(), things.end(), thing) == things.end()) things.push_back(thing);
    }
    std::string text;
    for (std::size_t i = 0; i < things.size(); ++i) text += (i == 0 ? "" : ", ") + things[i];
    // The note starts a sentence; German nouns are capitalised already.
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// The fields by their German EPLAN property names where eplan.xml gives one, otherwise in
// the shared English words.
std::string germanNames(const std::vector<std::string>& fields, const EplanRules& rules, const Variant& v) {
    std::string names;
    for (const auto& field : fields) {
        std::string name = fieldInWords(v, field);
        for (const auto& rule : rules.freeProperties)
            if (rule.field == field) name = rule.name.german;
        names += (names.empty() ? "" : ", ") + name;
    }
    return names;
}

// German, from templates/wording.xml: "Abgeleitet von 770-744 ...", "Nicht im eigenen
// Datenblatt, übernommen von 770-744: ...", "Einbauausschnitt geschätzt, ...".
std::string germanNote(const Variant& v, const EplanRules& rules, const WordingRules& words) {
    std::string note;
    if (v.origin == Origin::series)
        note += " " + fillPhrase(words.phrase("derived-from"), {{placeholder::number, v.basePart}}).german;
    if (const auto inherited = fieldsWith(v, Provenance::inherited); !inherited.empty())
        note += " " + fillPhrase(words.phrase("inherited-values"), {{placeholder::number, v.basePart},
                                                                   {placeholder::fields, germanNames(inherited, rules, v)}})
                          .german;
    if (!fieldsWith(v, Provenance::estimated).empty())
        note += " " + fillPhrase(words.phrase("estimated-values"), {{placeholder::fields, thingsText(v, words, true)}})
                          .german;
    return note;
}

// What is not the product's own datasheet fact: the shared provenance note in English, the
// same sentences in German.
std::optional<Wording> noteOf(const Variant& v, const EplanRules& rules, const WordingRules& words) {
    const std::string english = provenanceNote(v);
    if (english.empty()) return std::nullopt;
    return Wording{germanNote(v, rules, words).substr(1), english.substr(1)};
}

// The value of the spec property `field` in both languages, marked when estimated.
std::optional<Wording> propertyValue(const Variant& v, const std::string& field, const WordingRules& words) {
    std::optional<Wording> value;
    visitFields(v, [&](const char* name, const auto& property) {
        if (name != field || !property.has()) return;
        value = sameInBothLanguages(valueText(*property));
        std::optional<Wording> mark;
        if (property.source == Provenance::estimated) mark = words.phrase("estimated");
        if (property.source == Provenance::inherited)
            mark = fillPhrase(words.phrase("inherited"), {{placeholder::number, v.basePart}});
        if (mark) value = Wording{value->german + " (" + mark->german + ")", value->english + " (" + mark->english + ")"};
    });
    return value;
}

// Values EPLAN has a property of its own for go there, unless they are estimates.
std::vector<EplanFreeProperty> freePropertiesOf(const Variant& v, const EplanRules& rules, const WordingRules& words) {
    std::vector<EplanFreeProperty> properties;
    for (const auto& rule : rules.freeProperties)
        if (hasOwnEplanProperty(v, rule.field))
            continue;
        else if (const auto value = propertyValue(v, rule.field, words))
            properties.push_back({rule.name, *value});
    return properties;
}

// One function template per pole, naming every connection point of the pole.
std::vector<EplanFunction> functionsOf(const Variant& v) {
    std::vector<EplanFunction> functions;
    const int perPole = v.connectionPointsPerPole.has() ? *v.connectionPointsPerPole : 1;
    for (int pole = 0; pole < *v.poles; ++pole) {
        const std::string& marking = (*v.marking)[static_cast<std::size_t>(pole)];
        std::vector<std::string> points;
        for (int clamp = 0; clamp < perPole; ++clamp) points.push_back(connectionPointName(marking, clamp, perPole));
        functions.push_back({pole + 1, marking, points});
    }
    return functions;
}

Length half(const Sourced<Length>& l) { return l.has() ? Length::fromSteps(l->steps() / 2) : Length(); }

}  // namespace

EplanAddress eplanAddressOf(const Family& family) {
    const Manufacturer& m = family.manufacturer;
    return {m.shortName, m.name, m.street, m.postcode, m.city, m.country, m.phone, m.email};
}

EplanPart eplanPartOf(const EplanInputs& in) {
    const Variant& v = in.variant;
    const EplanRules& rules = in.rules;
    const WordingRules& words = in.words;
    EplanPart part;
    part.partNumber = eplanPartNumber(*rules.partNumber, v, in.family);
    part.typeNumber = v.number;
    part.orderNumber = v.number;
    part.manufacturer = in.family.manufacturer.shortName;
    part.datasheetUrl = ownDatasheetUrl(v);
    part.description = productWording(v, words.kind(*v.kind), words.phrase("poles"), words.phrase("coding"));
    part.note = noteOf(v, rules, words);
    part.width = v.width.value;
    part.height = v.height.value;
    part.depth = v.depth.value;
    part.weight = v.weight.value;
    part.poles = *v.poles;
    if (hasOwnEplanProperty(v, "packaging-unit")) part.packagingQuantity = *v.packagingUnit;
    part.ratings = ratingsOf(v);
    part.pictureFile = eplanPictureFile(v, in.family);
    part.accessories = accessoriesOf(v, in.family, rules, part.partNumber);
    part.counterparts = counterpartListOf(v, in.family, rules, part.partNumber, words);
    part.productTopGroup = *rules.productTopGroup;
    part.productGroup = *rules.productGroup;
    part.productSubGroup = *rules.productSubGroup;
    part.freeProperties = freePropertiesOf(v, rules, words);
    part.functions = functionsOf(v);
    part.connections = connectionPatternOf(v, part.partNumber, words, in.model);
    part.drilling = drillingPatternOf(v, part.partNumber, words);
    part.patternOffset = {half(v.width), half(v.height)};
    return part;
}

}  // namespace partgen
