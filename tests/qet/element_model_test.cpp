// A QElectroTech element from a variant: a row of poles with a terminal per clamp on the
// grid, contact symbols by kind, markings that fit their frame, names and informations
// from the wording, stable UUIDs, a box that holds it all.

#include "qet/element_model.h"

#include <algorithm>
#include <set>
#include <utility>

#include "qet/text_metrics.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }

QetElement elementOf(const Variant& v) { return qetElementOf(v, family(), spec().rules.get<WordingRules>()); }

}  // namespace

TEST_CASE("an element has a terminal per clamp on the 10 px grid, two per pole", "[qet]") {
    for (const auto& v : spec().all()) {
        INFO(v.number);
        REQUIRE(*v.connectionPointsPerPole == 2);  // the datasheets' connection points per pole
        const QetElement e = elementOf(v);
        REQUIRE(e.terminals.size() == 2 * static_cast<std::size_t>(*v.poles));
        for (std::size_t i = 0; i < e.terminals.size(); ++i) {
            const QetTerminal& t = e.terminals[i];
            CHECK(t.pole == static_cast<int>(i / 2));
            CHECK(t.name == (*v.marking)[i / 2] + (i % 2 == 0 ? ".1" : ".2"));
            CHECK(t.at.x % 10 == 0);
            CHECK(t.at.y % 10 == 0);
            // Inside the element's box.
            CHECK(t.at.x + e.hotspot.x > 0);
            CHECK(t.at.x + e.hotspot.x < e.width);
            CHECK(t.at.y + e.hotspot.y > 0);
            CHECK(t.at.y + e.hotspot.y < e.height);
        }
        CHECK(e.width % 10 == 0);
        CHECK(e.height % 10 == 0);
    }
}

TEST_CASE("a pole's first clamp docks from above, its second from below, in its column", "[qet]") {
    const QetElement e = elementOf(variant("770-744"));
    REQUIRE(e.terminals.size() == 8);
    for (std::size_t pole = 0; pole < 4; ++pole) {
        const QetTerminal& top = e.terminals[2 * pole];
        const QetTerminal& bottom = e.terminals[2 * pole + 1];
        CHECK(top.orientation == 'n');
        CHECK(bottom.orientation == 's');
        CHECK(top.at.x == bottom.at.x);
        CHECK(top.at.y == 0);
        CHECK(bottom.at.y > top.at.y);
        // The column joins the two clamps: the pole is looped through.
        const bool joined = std::any_of(e.lines.begin(), e.lines.end(), [&](const QetLine& l) {
            return l.from.x == top.at.x && l.to.x == top.at.x && l.from.y == top.at.y && l.to.y == bottom.at.y;
        });
        CHECK(joined);
    }
}

TEST_CASE("poles stand in a row, a column pitch apart on the grid", "[qet]") {
    const QetElement e = elementOf(variant("770-744"));
    const int pitch = e.terminals[2].at.x - e.terminals[0].at.x;
    CHECK(pitch == 20);  // markings "1" ... "4" need no more than QElectroTech's usual 20 px
    for (std::size_t i = 0; i < e.terminals.size(); ++i) CHECK(e.terminals[i].at.x == static_cast<int>(i / 2) * pitch);
    // "1/COM" is 34 px wide at 7 pt; with the gaps and the frame's padding its column is 50 px.
    CHECK(elementOf(variant("770-1242/076-000")).terminals[2].at.x == 50);
}

TEST_CASE("a variant without clamps per pole has one terminal per pole, named by the marking", "[qet]") {
    Variant v = variant("770-744");
    v.connectionPointsPerPole.value.reset();
    const QetElement e = elementOf(v);
    REQUIRE(e.terminals.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(e.terminals[i].name == (*v.marking)[i]);
        CHECK(e.terminals[i].orientation == 'n');
    }
}

TEST_CASE("a third clamp docks from above beside the first, one grid step apart", "[qet]") {
    Variant v = variant("770-742");
    v.connectionPointsPerPole.set(3, Provenance::datasheet, {});
    const QetElement e = elementOf(v);
    REQUIRE(e.terminals.size() == 6);
    std::set<std::pair<int, int>> places;
    for (const auto& t : e.terminals) places.insert({t.at.x, t.at.y});
    CHECK(places.size() == 6);
    CHECK(e.terminals[2].name == "1.3");
    CHECK(e.terminals[2].at.x == e.terminals[0].at.x + 10);
    CHECK(e.terminals[2].at.y == 0);
    CHECK(e.terminals[3].at.x > e.terminals[2].at.x);  // the next pole's column lies beyond it
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

TEST_CASE("each pole's marking stands beside its column", "[qet]") {
    const Variant& v = variant("770-744/064-000");
    const QetElement e = elementOf(v);
    REQUIRE(e.texts.size() == 4);
    for (std::size_t pole = 0; pole < 4; ++pole) {
        CHECK(e.texts[pole].text == (*v.marking)[pole]);
        CHECK(e.texts[pole].at.x > e.terminals[2 * pole].at.x);
    }
}

TEST_CASE("no marking runs past the frame or into the next column, in any variant", "[qet]") {
    std::vector<Variant> variants = spec().all();
    Variant wide = variant("770-742");
    wide.marking.set({"L1/COMMON", "PE"}, Provenance::datasheet, {});
    variants.push_back(wide);
    for (const auto& v : variants) {
        INFO(v.number);
        const QetElement e = elementOf(v);
        const QetRect& frame = e.rects.back();
        REQUIRE_FALSE(frame.filled);
        const int pitch = e.terminals.size() > 2 ? e.terminals[2].at.x - e.terminals[0].at.x : frame.width;
        for (std::size_t pole = 0; pole < e.texts.size(); ++pole) {
            const QetText& t = e.texts[pole];
            INFO(t.text);
            const int right = t.at.x + textWidth(t.text, t.points);
            CHECK(t.at.x > frame.at.x);
            CHECK(right < frame.at.x + frame.width);
            CHECK(right < e.terminals[2 * pole].at.x + pitch - 5);  // clear of the next column's room
            CHECK(t.at.y - textAscent(t.points) > frame.at.y);
            CHECK(t.at.y + textDescent(t.points) < frame.at.y + frame.height);
        }
    }
}

TEST_CASE("the frame holds every column between the clamps, the label beside it", "[qet]") {
    const QetElement e = elementOf(variant("770-744"));
    const QetRect& frame = e.rects.back();
    CHECK_FALSE(frame.filled);
    for (const auto& t : e.terminals) {
        CHECK(t.at.x > frame.at.x);
        CHECK(t.at.x < frame.at.x + frame.width);
        CHECK((t.at.y < frame.at.y || t.at.y > frame.at.y + frame.height));
    }
    CHECK(e.labelAt.x >= frame.at.x + frame.width);
    CHECK(e.labelAt.x + e.hotspot.x < e.width);  // inside the box
    CHECK(e.labelAt.y + e.hotspot.y >= 0);
}

TEST_CASE("an element's description says which values are estimated", "[qet]") {
    const auto description = [](const QetElement& e) { return e.informations[4].value; };
    CHECK(description(elementOf(variant("770-744/064-000"))).find("Pole marking") != std::string::npos);
    CHECK(description(elementOf(variant("770-1242/076-000"))).find("estimated") == std::string::npos);
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
TEST_CASE("element UUIDs come from the part number: stable, and different between parts", "[qet]") {
    const QetElement a = elementOf(variant("770-744")), b = elementOf(variant("770-745"));
    CHECK(a.uuid == elementOf(variant("770-744")).uuid);
    CHECK(a.uuid != b.uuid);
    std::set<std::string> uuids{a.uuid, a.labelUuid};
    for (const auto& t : a.terminals) uuids.insert(t.uuid);
    CHECK(uuids.size() == a.terminals.size() + 2);
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
