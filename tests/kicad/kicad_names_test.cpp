#include "kicad/kicad_names.h"

#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const Family& family() { return test::repositorySpec().catalog.families.front(); }

KicadRules rulesWith(const std::string& footprintName) {
    KicadRules rules = test::repositorySpec().rules.get<KicadRules>();
    rules.footprintName.value = footprintName;
    return rules;
}

}  // namespace

TEST_CASE("{mount} is the templates' word for the product's kind", "[kicad][names]") {
    KicadRules rules = rulesWith("{file-number}_{mount}");
    const Variant& snapIn = test::repositoryVariant("770-744/064-000");
    CHECK(kicadFootprintName(snapIn, family(), rules) == "770-744_064-000_SnapIn");
    rules.mountWords[*snapIn.kind] = "Panel";
    CHECK(kicadFootprintName(snapIn, family(), rules) == "770-744_064-000_Panel");
    rules.mountWords.erase(*snapIn.kind);
    CHECK(kicadFootprintName(snapIn, family(), rules) == "770-744_064-000");
}

TEST_CASE("{number} in a KiCad name is the datasheet's number, made name-safe", "[kicad][names]") {
    const Variant& v = test::repositoryVariant("770-744/064-000");
    CHECK(kicadFootprintName(v, family(), rulesWith("{number}")) == "770-744_064-000");
    CHECK(kicadFootprintName(v, family(), rulesWith("{file-number}")) == v.fileStem);
    CHECK(kicadFootprintName(v, family(), rulesWith("{series} {poles}x{pitch}")) == "WINSTA_MIDI_4x10.00");
}
