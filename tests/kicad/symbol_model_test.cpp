// A KiCad symbol laid out after the KLC connector rules: pins on the 100 mil grid on
// the left named by the markings, the body around them, and the fields.

#include "kicad/symbol_model.h"

#include "kicad/kicad_names.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }
const KicadRules& rules() { return spec().rules.get<KicadRules>(); }

constexpr Length mil100 = Length::fromSteps(2'540'000);

const SymbolField& field(const SymbolModel& s, const std::string& name) {
    for (const auto& f : s.fields)
        if (f.name == name) return f;
    FAIL("no field " << name);
    return s.fields.front();
}

bool hasField(const SymbolModel& s, const std::string& name) {
    for (const auto& f : s.fields)
        if (f.name == name) return true;
    return false;
}

}  // namespace

TEST_CASE("a part on flying leads has a symbol without a footprint", "[kicad][symbol]") {
    const SymbolModel s = symbolOf(variant("770-1242/076-000"), family(), rules());
    CHECK(s.fields[2].name == "Footprint");
    CHECK(s.fields[2].value.empty());
    CHECK_FALSE(hasField(s, "ki_fp_filters"));
    CHECK(s.pins.size() == 2);
    CHECK(s.pins[0].name == "1/COM");
}

TEST_CASE("symbol descriptions give ratings and say when values are estimated", "[kicad][symbol]") {
    CHECK(symbolDescription(variant("770-1242/076-000")) ==
          "Socket, 2 poles, coding B, light turquoise, 250 V / 25 A, conductors 0.5 ... 4 mm², pitch 10 mm (Socket; "
          "2-pole; Cod. B; 4,00 mm²; light turquoise)");
    CHECK(symbolDescription(variant("770-744")).find("Some values are estimated") != std::string::npos);
}

TEST_CASE("symbol pins are numbered from one, named by the marking, 100 mil apart top down", "[kicad][symbol]") {
    const Variant& v = variant("770-744/064-000");
    const SymbolModel s = symbolOf(v, family(), rules());
    REQUIRE(s.pins.size() == static_cast<std::size_t>(*v.poles));
    for (std::size_t i = 0; i < s.pins.size(); ++i) {
        CHECK(s.pins[i].number == std::to_string(i + 1));
        CHECK(s.pins[i].name == (*v.marking)[i]);
        CHECK(s.pins[i].at.x == s.pins[0].at.x);
        CHECK(s.pins[i].length == *rules().symbolPinLength);
        if (i > 0) CHECK(s.pins[i - 1].at.y - s.pins[i].at.y == mil100);
    }
}

TEST_CASE("the symbol's origin lies on a pin row near the middle", "[kicad][symbol]") {
    // 4 poles: the second pin is on y = 0; 2 poles: the first.
    const SymbolModel four = symbolOf(variant("770-744"), family(), rules());
    CHECK(four.pins[1].at.y == Length());
    const SymbolModel two = symbolOf(variant("770-742"), family(), rules());
    CHECK(two.pins[0].at.y == Length());
}

TEST_CASE("the symbol's pins end on its body's left edge and the body reaches past them", "[kicad][symbol]") {
    const SymbolModel s = symbolOf(variant("770-744"), family(), rules());
    for (const auto& pin : s.pins) {
        CHECK(pin.at.x + pin.length == s.body.min.x);
        CHECK(pin.at.y < s.body.max.y);
        CHECK(pin.at.y > s.body.min.y);
    }
    CHECK(s.body.max.y - s.pins.front().at.y == mil100);
    CHECK(s.pins.back().at.y - s.body.min.y == mil100);
    CHECK(s.body.min.x == -s.body.max.x);
}

TEST_CASE("a panel part's symbol names its footprint and filters footprints by its number", "[kicad][symbol]") {
    const Variant& v = variant("770-744");
    const SymbolModel s = symbolOf(v, family(), rules());
    CHECK(field(s, "Footprint").value ==
          kicadLibraryName(family(), rules()) + ":" + kicadFootprintName(v, family(), rules()));
    CHECK(field(s, "ki_fp_filters").value == kicadFootprintFilter(v, family()));
}

TEST_CASE("the symbol shows its reference J and value, and hides the rest", "[kicad][symbol]") {
    const Variant& v = variant("770-744");
    const SymbolModel s = symbolOf(v, family(), rules());
    CHECK(s.name == kicadSymbolName(v, family(), rules()));
    CHECK(field(s, "Reference").value == "J");
    CHECK(field(s, "Value").value == s.name);
    for (const auto& f : s.fields) CHECK(f.hidden == (f.name != "Reference" && f.name != "Value"));
    CHECK(field(s, "Reference").at.y > s.body.max.y);
    CHECK(field(s, "Value").at.y < s.body.min.y);
    CHECK(field(s, "Description").value == symbolDescription(v));
    CHECK(field(s, "ki_keywords").value ==
          "connector " + family().manufacturer.shortName + " " + family().series + " " + v.number);
}

TEST_CASE("the symbol takes its text size, line width and pin name offset from the rules", "[kicad][symbol]") {
    const SymbolModel s = symbolOf(variant("770-744"), family(), rules());
    CHECK(s.textSize == *rules().symbolTextSize);
    CHECK(s.lineWidth == *rules().symbolLineWidth);
    CHECK(s.pinNameOffset == *rules().symbolPinNameOffset);
}
