#include "qet/qet_library.h"

#include <set>

#include "qet/element_model.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }

QetElement elementOf(const Variant& v) { return qetElementOf(v, family(), spec().rules.get<WordingRules>()); }

}  // namespace

TEST_CASE("the QElectroTech element of 770-744/064-000 matches its golden file", "[qet][golden]") {
    const Document doc = elementDocument(variant("770-744/064-000"), family(), spec().rules.get<WordingRules>());
    CHECK(doc.path == "qet/770-744_064-000.elmt");
    CHECK(test::goldenDifference("qet/golden/770-744_064-000.elmt", doc.bytes) == "");
}

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
    CHECK(names == std::vector<std::string>{"label", "manufacturer", "manufacturer_reference", "designation",
                                            "description"});
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
