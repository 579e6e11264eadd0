#include "text/provenance_note.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Variant fourPoleSocket() {
    Variant v;
    v.number = "770-744/064-000";
    v.kind.set(Kind::snapInSocket, Provenance::datasheet, {});
    v.poles.set(4, Provenance::datasheet, {});
    v.datasheetUrl.set("https://www.wago.com/770-744/064-000", Provenance::datasheet, {});
    return v;
}

}  // namespace

TEST_CASE("a product of its own datasheet has nothing to note and links its datasheet", "[text][provenance]") {
    const Variant v = fourPoleSocket();
    CHECK(provenanceNote(v).empty());
    CHECK(ownDatasheetUrl(v) == "https://www.wago.com/770-744/064-000");
}

TEST_CASE("estimated values are listed by spec name and noted in plain words", "[text][provenance]") {
    Variant v = fourPoleSocket();
    v.cutoutHeight.set(millimetres(15), Provenance::estimated, {});
    v.cutoutWidth.set(millimetres(40), Provenance::estimated, {});
    v.pitch.set(millimetres(10), Provenance::derived, {});
    CHECK(fieldsWith(v, Provenance::estimated) == std::vector<std::string>{"cutout-width", "cutout-height"});
    CHECK(provenanceNote(v) == " Cutout size estimated, not from the datasheet.");
    v.marking.set({"PE", "2L", "1L", "L"}, Provenance::estimated, {});
    v.ratedCurrent.set(Current::fromUnits(16), Provenance::estimated, {});
    // The note names the marking itself, so a reader knows which labels to check.
    CHECK(estimatedNote(v) ==
          " Pole marking (PE 2L 1L L), cutout size and rated current estimated, not from the datasheet.");
}

TEST_CASE("inherited values name the part they come from, in words", "[text][provenance]") {
    Variant v = fourPoleSocket();
    v.origin = Origin::variant;
    v.basePart = "770-744";
    v.eclass.set("27-44-06-02", Provenance::inherited, {});
    v.flammabilityClass.set("V0", Provenance::inherited, {});
    v.cutoutTolerance.set({Length::fromSteps(100'000), Length()}, Provenance::inherited, {});
    CHECK(provenanceNote(v) ==
          " Not in its own datasheet, inherited from 770-744: cutout tolerance, flammability class and ECLASS.");
    CHECK(inheritedNote(v, {"cutout-tolerance"}) == " Not in its own datasheet, inherited from 770-744: cutout tolerance.");
    CHECK(inheritedNote(v, {"width"}).empty());
    CHECK(ownDatasheetUrl(v) == "https://www.wago.com/770-744/064-000");  // its own datasheet still
}

TEST_CASE("a series product says what it is derived from and links no datasheet", "[text][provenance]") {
    Variant v = fourPoleSocket();
    v.number = "770-743";
    v.origin = Origin::series;
    v.basePart = "770-744";
    v.datasheetUrl.set("https://www.wago.com/770-743", Provenance::derived, {});
    v.cutoutWidth.set(millimetres(30), Provenance::estimated, {});
    CHECK(provenanceNote(v) ==
          " Derived from 770-744 by pole count; no datasheet of its own. Cutout size estimated, not from the datasheet.");
    CHECK(ownDatasheetUrl(v).empty());
    v.basePart.clear();
    CHECK(derivedNote(v) == " Derived by pole count from a series rule; no datasheet of its own.");
}
