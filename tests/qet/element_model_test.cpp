// A QElectroTech element from a variant: terminals on the grid, contact symbols by kind,
// names and informations from the wording, stable UUIDs, a box that holds it all.

#include "qet/element_model.h"

#include <set>

#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }

QetElement elementOf(const Variant& v) { return qetElementOf(v, family(), spec().rules.get<WordingRules>()); }

}  // namespace

TEST_CASE("an element has one terminal per pole on the 10 px grid, named by the marking", "[qet]") {
    for (const auto& v : spec().all()) {
        INFO(v.number);
        const QetElement e = elementOf(v);
        REQUIRE(e.terminals.size() == static_cast<std::size_t>(*v.poles));
        for (std::size_t i = 0; i < e.terminals.size(); ++i) {
            CHECK(e.terminals[i].at.x % 10 == 0);
            CHECK(e.terminals[i].at.y % 10 == 0);
            CHECK(e.terminals[i].name == (*v.marking)[i]);
        }
        CHECK(e.width % 10 == 0);
        CHECK(e.height % 10 == 0);
        // Every terminal inside the element's box.
        CHECK(e.hotspot.x > 0);
        CHECK(e.height - e.hotspot.y > e.terminals.back().at.y);
    }
}

TEST_CASE("an element is named in English and German and says what it is", "[qet]") {
    const QetElement e = elementOf(variant("770-1242/076-000"));
    CHECK(e.names.english == "WAGO 770-1242/076-000 Socket, 2-pole, coding B");
    CHECK(e.names.german == "WAGO 770-1242/076-000 Buchse, 2-polig, Kodierung B");
    std::vector<std::string> names;
    for (const auto& info : e.informations) names.push_back(info.name);
    CHECK(names ==
          std::vector<std::string>{"label", "manufacturer", "manufacturer_reference", "designation", "description"});
    CHECK(e.informations[0].value == "X");
    CHECK(e.informations[2].value == "770-1242/076-000");
}

TEST_CASE("socket contacts are drawn as arcs, plug pins as bars", "[qet]") {
    Variant plug = variant("770-744");
    plug.kind.set(Kind::plug, Provenance::datasheet, {});
    CHECK(elementOf(variant("770-744")).arcs.size() == 4);
    CHECK(elementOf(plug).arcs.empty());
    std::size_t bars = 0;
    for (const auto& r : elementOf(plug).rects) bars += r.filled ? 1 : 0;
    CHECK(bars == 4);
}

TEST_CASE("element UUIDs come from the part number: stable, and different between parts", "[qet]") {
    const QetElement a = elementOf(variant("770-744")), b = elementOf(variant("770-745"));
    CHECK(a.uuid == elementOf(variant("770-744")).uuid);
    CHECK(a.uuid != b.uuid);
    std::set<std::string> uuids{a.uuid, a.labelUuid};
    for (const auto& t : a.terminals) uuids.insert(t.uuid);
    CHECK(uuids.size() == a.terminals.size() + 2);
}

TEST_CASE("terminals go down the left edge one pole spacing apart, facing west", "[qet]") {
    const QetElement e = elementOf(variant("770-744"));
    REQUIRE(e.terminals.size() == 4);
    for (std::size_t i = 0; i < e.terminals.size(); ++i) {
        CHECK(e.terminals[i].at.x == 0);
        CHECK(e.terminals[i].at.y == static_cast<int>(i) * 20);  // two 10 px grid steps
        CHECK(e.terminals[i].orientation == 'w');
    }
}

TEST_CASE("each pole has a lead from its terminal and its marking beside the contact", "[qet]") {
    const QetElement e = elementOf(variant("770-744/064-000"));
    REQUIRE(e.lines.size() == e.terminals.size());
    REQUIRE(e.texts.size() == e.terminals.size());
    for (std::size_t i = 0; i < e.terminals.size(); ++i) {
        CHECK(e.lines[i].from.x == e.terminals[i].at.x);
        CHECK(e.lines[i].from.y == e.terminals[i].at.y);
        CHECK(e.lines[i].to.y == e.terminals[i].at.y);
        CHECK(e.lines[i].to.x > e.lines[i].from.x);
        CHECK(e.texts[i].text == e.terminals[i].name);
    }
}

TEST_CASE("the frame encloses every pole and the label sits above it", "[qet]") {
    const QetElement e = elementOf(variant("770-744"));
    const QetRect& frame = e.rects.back();
    CHECK_FALSE(frame.filled);
    for (const auto& t : e.terminals) {
        CHECK(t.at.y > frame.at.y);
        CHECK(t.at.y < frame.at.y + frame.height);
    }
    CHECK(e.labelAt.y < frame.at.y);
    CHECK(e.labelAt.y + e.hotspot.y >= 0);  // inside the box
    CHECK(frame.at.x + frame.width < e.width - e.hotspot.x);
}

TEST_CASE("an element's notes link the datasheet when there is one", "[qet]") {
    Variant v = variant("770-744");
    REQUIRE(v.datasheetUrl.has());
    CHECK(elementOf(v).notes == "Datasheet: " + *v.datasheetUrl);
    v.datasheetUrl.value.reset();
    CHECK(elementOf(v).notes.empty());
}

TEST_CASE("only the label information is shown on the diagram", "[qet]") {
    const QetElement e = elementOf(variant("770-744"));
    for (const auto& info : e.informations) CHECK(info.shown == (info.name == "label"));
}
