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

TEST_CASE("symbol descriptions give ratings in one decimal style and say plainly what is estimated",
          "[kicad][symbol]") {
    CHECK(symbolDescription(variant("770-1242/076-000")) ==
          "Socket, 2 poles, coding B, light turquoise, 250 V / 25 A, conductors 0.25 ... 4 mm², pitch 10 mm.");
    CHECK(symbolDescription(variant("770-744")) ==
          "Snap-in socket, 4 poles, coding B, gray, 400 V / 25 A, conductors 0.25 ... 4 mm², pitch 10 mm. Cutout size "
          "estimated, not from the datasheet.");
    CHECK(symbolDescription(variant("770-744/064-000")).find("Pole marking (PE 2L 1L L) and cutout size estimated") !=
          std::string::npos);
}

TEST_CASE("a connector symbol is excluded from the board and kept in the BOM", "[kicad][symbol]") {
    for (const auto& number : {"770-744", "770-1242/076-000"}) {
        const SymbolModel s = symbolOf(variant(number), family(), rules());
        CHECK_FALSE(s.onBoard);
        CHECK(s.inBom);
    }
}

TEST_CASE("pin names are hidden only where every one repeats its number", "[kicad][symbol]") {
    CHECK(symbolOf(variant("770-744"), family(), rules()).pinNamesHidden);
    CHECK_FALSE(symbolOf(variant("770-744/064-000"), family(), rules()).pinNamesHidden);
    CHECK_FALSE(symbolOf(variant("770-1242/076-000"), family(), rules()).pinNamesHidden);
}

TEST_CASE("each socket pole ends in a contact arc inside the body, with a line where no name shows",
          "[kicad][symbol]") {
    const SymbolModel hidden = symbolOf(variant("770-744"), family(), rules());
    REQUIRE(hidden.arcs.size() == 4);
    REQUIRE(hidden.lines.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(hidden.arcs[i].mid.y == hidden.pins[i].at.y);
        CHECK(hidden.arcs[i].mid.x < hidden.arcs[i].start.x);  // open to the right, away from the pin
        CHECK(hidden.lines[i].from == Point{hidden.body.min.x, hidden.pins[i].at.y});
        CHECK(hidden.lines[i].to.x == hidden.arcs[i].mid.x);
        CHECK(hidden.arcs[i].start.x < hidden.body.max.x);
    }
    CHECK(symbolOf(variant("770-744/064-000"), family(), rules()).lines.empty());
}

TEST_CASE("the body is as wide as its names need, on the 100 mil grid", "[kicad][symbol]") {
    // Hidden names: 200 mil. "PE", "2L": still 200 mil. "1/COM": 400 mil.
    CHECK(symbolOf(variant("770-744"), family(), rules()).body.max.x == mil100);
    CHECK(symbolOf(variant("770-744/064-000"), family(), rules()).body.max.x == mil100);
    CHECK(symbolOf(variant("770-1242/076-000"), family(), rules()).body.max.x == mil100 * 2);
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

TEST_CASE("the symbol's pins end on its body's left edge and the body is centred on the origin", "[kicad][symbol]") {
    for (const auto& number : {"770-742", "770-743", "770-744", "770-745", "770-1242/076-000"}) {
        const SymbolModel s = symbolOf(variant(number), family(), rules());
        for (const auto& pin : s.pins) {
            CHECK(pin.at.x + pin.length == s.body.min.x);
            CHECK(pin.at.y < s.body.max.y);
            CHECK(pin.at.y > s.body.min.y);
        }
        CHECK(s.body.min.x == -s.body.max.x);
        CHECK(s.body.min.y == -s.body.max.y);
        // 50 mil round the pins, and 100 mil more on one side for an even number of poles.
        const Length spare = s.body.max.y - s.pins.front().at.y + s.pins.back().at.y - s.body.min.y;
        CHECK(spare == (s.pins.size() % 2 == 1 ? mil100 : mil100 * 2));
    }
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
          "connector socket female snap panel panel-mount WAGO WINSTA MIDI 770-744 coding B");
}

TEST_CASE("a panel part's cutout symbol has no pins, reference H, and links the cutout footprint", "[kicad][symbol]") {
    const Variant& v = variant("770-744");
    const auto s = cutoutSymbolOf(v, family(), rules());
    REQUIRE(s);
    CHECK(s->name == "WAGO_770-744_PanelCutout");
    CHECK(s->pins.empty());
    CHECK(s->onBoard);
    CHECK_FALSE(s->inBom);
    CHECK_FALSE(s->bodyFilled);
    CHECK(field(*s, "Reference").value == "H");
    CHECK(field(*s, "Footprint").value == field(symbolOf(v, family(), rules()), "Footprint").value);
    CHECK(field(*s, "Description").value.rfind("Panel cutout 40.4 x 15.8 mm, R1, tolerance +0.1/0 mm", 0) == 0);
    CHECK(field(*s, "ki_keywords").value.rfind("panel cutout connector", 0) == 0);
    CHECK_FALSE(cutoutSymbolOf(variant("770-1242/076-000"), family(), rules()));
}

TEST_CASE("the symbol takes its text size, line width and pin name offset from the rules", "[kicad][symbol]") {
    const SymbolModel s = symbolOf(variant("770-744"), family(), rules());
    CHECK(s.textSize == *rules().symbolTextSize);
    CHECK(s.lineWidth == *rules().symbolLineWidth);
    CHECK(s.detailLineWidth == *rules().symbolDetailLineWidth);
    CHECK(s.pinNameOffset == *rules().symbolPinNameOffset);
}
