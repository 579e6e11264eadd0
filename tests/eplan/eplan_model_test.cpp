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

}  // namespace

TEST_CASE("an EPLAN part carries the variant's identity, wording and sizes", "[eplan]") {
    const EplanPart part = eplanPartOf(variant("770-744/064-000"), family(), rules(), words());
    CHECK(part.partNumber == "WAGO.770-744/064-000");
    CHECK(part.typeNumber == "770-744/064-000");
    CHECK(part.orderNumber == "770-744/064-000");
    CHECK(part.manufacturer == "WAGO");
    CHECK(multilingual(part.description) ==
          "de_DE@Einbaubuchse, 4-polig, Kodierung B;en_US@Snap-in socket, 4-pole, coding B;");
    REQUIRE(part.note);
    CHECK(part.note->english.find("marking") != std::string::npos);  // the lost label is an estimate
    CHECK(*part.depth == millimetres(36));
    CHECK(kilogramText(*part.weight) == "0.0156");
    CHECK(part.poles == 4);
    CHECK(part.productGroup == 4);
}

TEST_CASE("an EPLAN part has one function template per pole, named by its marking", "[eplan]") {
    const EplanPart part = eplanPartOf(variant("770-744/064-000"), family(), rules(), words());
    std::vector<std::string> designations;
    for (const auto& f : part.functions) designations.push_back(f.designation);
    CHECK(designations == std::vector<std::string>{"PE", "2L", "1L", "L"});
    CHECK(part.functions.front().position == 1);
    CHECK(part.functions.back().position == 4);
}

TEST_CASE("an EPLAN part's patterns sit at the middle of its front", "[eplan]") {
    const Variant& v = variant("770-744");
    const EplanPart part = eplanPartOf(v, family(), rules(), words());
    CHECK(part.patternOffset.x + part.patternOffset.x == *v.width);
    CHECK(part.patternOffset.y + part.patternOffset.y == *v.height);
    CHECK(millimetreText(part.patternOffset.x) == "22.75");
    CHECK(millimetreText(part.patternOffset.y) == "9.25");
}

TEST_CASE("an EPLAN part names its patterns after its part number", "[eplan]") {
    const EplanPart part = eplanPartOf(variant("770-745"), family(), rules(), words());
    CHECK(part.connections.name == part.partNumber);
    REQUIRE(part.drilling);
    CHECK(part.drilling->name == part.partNumber);
}

TEST_CASE("a part without estimated values has no note", "[eplan]") {
    Variant v = variant("770-744/064-000");
    visitFields(v, [](const char*, auto& property) { property.source = Provenance::datasheet; });
    CHECK_FALSE(eplanPartOf(v, family(), rules(), words()).note);
}

TEST_CASE("an EPLAN part takes its product groups from the rules", "[eplan]") {
    const EplanPart part = eplanPartOf(variant("770-744"), family(), rules(), words());
    CHECK(part.productTopGroup == *rules().productTopGroup);
    CHECK(part.productGroup == *rules().productGroup);
    CHECK(part.productSubGroup == *rules().productSubGroup);
}

TEST_CASE("free properties from datasheet values are not marked as estimated", "[eplan]") {
    Variant v = variant("770-744");
    visitFields(v, [](const char*, auto& property) { property.source = Provenance::datasheet; });
    const EplanPart part = eplanPartOf(v, family(), rules(), words());
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
    const EplanPart part = eplanPartOf(v, family(), rules(), words());
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
