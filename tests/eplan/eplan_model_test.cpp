// EPLAN parts-management records: the manufacturer address and one part per variant.

#include "eplan/eplan_model.h"

#include "eplan/eplan_text.h"
#include "model/variant_fields.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }
const EplanRules& rules() { return spec().rules.get<EplanRules>(); }
const WordingRules& words() { return spec().rules.get<WordingRules>(); }
const ModelRules& model() { return spec().rules.get<ModelRules>(); }

}  // namespace

TEST_CASE("an EPLAN part carries the variant's identity, wording and sizes", "[eplan]") {
    const EplanPart part = eplanPartOf({variant("770-744/064-000"), family(), rules(), words(), model()});
    CHECK(part.partNumber == "WAGO.770-744/064-000");
    CHECK(part.typeNumber == "770-744/064-000");
    CHECK(part.orderNumber == "770-744/064-000");
    CHECK(part.manufacturer == "WAGO");
    CHECK(multilingual(part.description) ==
          "de_DE@Einbaubuchse, 4-polig, Kodierung B;en_US@Snap-in socket, 4-pole, coding B;");
    REQUIRE(part.note);
    // In words: what it takes from 770-744's datasheet, then what is estimated.
    CHECK(part.note->english ==
          "Not in its own datasheet, inherited from 770-744: cutout tolerance, flammability class, contact plating, "
          "ECLASS, ETIM and packaging unit. Pole marking (PE 2L 1L L) and cutout size estimated, not from the "
          "datasheet.");
    CHECK(part.note->german ==
          "Nicht im eigenen Datenblatt, übernommen von 770-744: cutout tolerance, Brennbarkeitsklasse nach UL94, "
          "contact plating, ECLASS, ETIM-Klasse, packaging unit. Polbeschriftung, Einbauausschnitt geschätzt, nicht "
          "aus dem Datenblatt.");
    CHECK(*part.depth == millimetres(36));
    CHECK(kilogramText(*part.weight) == "0.0156");
    CHECK(part.poles == 4);
    CHECK(part.productGroup == 4);
}

TEST_CASE("an EPLAN part has one function template per pole, named by its marking", "[eplan]") {
    const EplanPart part = eplanPartOf({variant("770-744/064-000"), family(), rules(), words(), model()});
    std::vector<std::string> designations;
    for (const auto& f : part.functions) designations.push_back(f.pin);
    CHECK(designations == std::vector<std::string>{"PE", "2L", "1L", "L"});
    CHECK(part.functions.front().connectionPoints == std::vector<std::string>{"PE.1", "PE.2"});
    CHECK(part.functions.front().position == 1);
    CHECK(part.functions.back().position == 4);
}

TEST_CASE("an EPLAN part's patterns sit at the middle of its front", "[eplan]") {
    const Variant& v = variant("770-744");
    const EplanPart part = eplanPartOf({v, family(), rules(), words(), model()});
    CHECK(part.patternOffset.x + part.patternOffset.x == *v.width);
    CHECK(part.patternOffset.y + part.patternOffset.y == *v.height);
    CHECK(millimetreText(part.patternOffset.x) == "22.75");
    CHECK(millimetreText(part.patternOffset.y) == "9.25");
}

TEST_CASE("an EPLAN part names its patterns after its part number", "[eplan]") {
    const EplanPart part = eplanPartOf({variant("770-745"), family(), rules(), words(), model()});
    CHECK(part.connections.name == part.partNumber);
    REQUIRE(part.drilling);
    CHECK(part.drilling->name == part.partNumber);
}

TEST_CASE("a part without estimated values has no note", "[eplan]") {
    Variant v = variant("770-744/064-000");
    visitFields(v, [](const char*, auto& property) { property.source = Provenance::datasheet; });
    CHECK_FALSE(eplanPartOf({v, family(), rules(), words(), model()}).note);
}

TEST_CASE("an EPLAN part takes its product groups from the rules", "[eplan]") {
    const EplanPart part = eplanPartOf({variant("770-744"), family(), rules(), words(), model()});
    CHECK(part.productTopGroup == *rules().productTopGroup);
    CHECK(part.productGroup == *rules().productGroup);
    CHECK(part.productSubGroup == *rules().productSubGroup);
}

TEST_CASE("free properties from datasheet values are not marked as estimated", "[eplan]") {
    Variant v = variant("770-744");
    visitFields(v, [](const char*, auto& property) { property.source = Provenance::datasheet; });
    const EplanPart part = eplanPartOf({v, family(), rules(), words(), model()});
    REQUIRE_FALSE(part.freeProperties.empty());
    CHECK(part.freeProperties.size() <= rules().freeProperties.size());
    const Wording& estimated = words().phrase("estimated");
    for (const auto& property : part.freeProperties) {
        CHECK(property.value.english.find(estimated.english) == std::string::npos);
        CHECK(property.value.german.find(estimated.german) == std::string::npos);
    }
}

TEST_CASE("a free property from an estimated value is marked as estimated", "[eplan]") {
    Variant v = variant("770-744");
    visitFields(v, [](const char*, auto& property) { property.source = Provenance::estimated; });
    const EplanPart part = eplanPartOf({v, family(), rules(), words(), model()});
    const Wording& estimated = words().phrase("estimated");
    REQUIRE_FALSE(part.freeProperties.empty());
    for (const auto& property : part.freeProperties) {
        CHECK(property.value.english.ends_with(" (" + estimated.english + ")"));
        CHECK(property.value.german.ends_with(" (" + estimated.german + ")"));
    }
}

TEST_CASE("the EPLAN address is the family manufacturer's", "[eplan]") {
    const EplanAddress address = eplanAddressOf(family());
    const Manufacturer& m = family().manufacturer;
    CHECK(address.shortName == m.shortName);
    CHECK(address.longName == m.name);
    CHECK(address.town == m.city);
    CHECK(address.email == m.email);
}

TEST_CASE("a function template's connection designations are its pole's connection point names", "[eplan]") {
    for (const auto* number : {"770-744", "770-744/064-000", "770-1242/076-000"}) {
        const EplanPart part = eplanPartOf({variant(number), family(), rules(), words(), model()});
        std::vector<std::string> designated, points;
        for (const auto& f : part.functions)
            designated.insert(designated.end(), f.connectionPoints.begin(), f.connectionPoints.end());
        for (const auto& p : part.connections.points) points.push_back(p.name);
        CHECK(designated == points);
    }
}

TEST_CASE("the note says in words what is estimated, in both languages", "[eplan]") {
    const EplanPart part = eplanPartOf({variant("770-744"), family(), rules(), words(), model()});
    REQUIRE(part.note);
    CHECK(part.note->english == "Cutout size estimated, not from the datasheet.");
    CHECK(part.note->german == "Einbauausschnitt geschätzt, nicht aus dem Datenblatt.");
}

TEST_CASE("the packaging quantity and the known ratings are EPLAN properties, not free ones", "[eplan]") {
    const Variant& v = variant("770-744");
    const EplanPart part = eplanPartOf({v, family(), rules(), words(), model()});
    REQUIRE(part.packagingQuantity);
    CHECK(*part.packagingQuantity == *v.packagingUnit);
    CHECK(part.ratings.voltage == "400 V");
    CHECK(part.ratings.current == "25 A");
    CHECK(part.ratings.coding == "B");
    for (const auto& property : part.freeProperties) {
        CHECK(property.name.english != "Rated voltage");
        CHECK(property.name.english != "Rated current");
    }
}

TEST_CASE("an estimated rating stays a marked free property", "[eplan]") {
    Variant v = variant("770-744");
    v.ratedVoltage.source = Provenance::estimated;
    const EplanPart part = eplanPartOf({v, family(), rules(), words(), model()});
    CHECK(part.ratings.voltage.empty());
    bool marked = false;
    for (const auto& property : part.freeProperties)
        if (property.name.english == "Rated voltage")
            marked = property.value.english == "400 V (" + words().phrase("estimated").english + ")";
    CHECK(marked);
}
