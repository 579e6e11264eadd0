#include "eplan/format.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_text.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/formats.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }
const EplanRules& rules() { return spec().rules.get<EplanRules>(); }
const WordingRules& words() { return spec().rules.get<WordingRules>(); }

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_CASE("the EPLAN parts file of 770-744 matches its golden file", "[eplan][golden]") {
    const Document doc = test::familyDocument(eplanFormat(), family(), {variant("770-744")});
    CHECK(doc.path == "eplan/wago-winsta-midi.xml");
    CHECK(test::goldenDifference("eplan/golden/770-744.xml", doc.bytes) == "");
}

TEST_CASE("an EPLAN part carries the variant's identity, wording and sizes", "[eplan]") {
    const EplanPart part = eplanPartOf(variant("770-744/064-000"), family(), rules(), words());
    CHECK(part.partNumber == "WAGO.770-744/064-000");
    CHECK(part.typeNumber == "770-744/064-000");
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
    CHECK(part.functions.back().position == 4);
}

TEST_CASE("the connection point pattern spaces the poles by the pitch around the middle", "[eplan]") {
    const EplanPart part = eplanPartOf(variant("770-744"), family(), rules(), words());
    const auto& points = part.connections.points;
    REQUIRE(points.size() == 8);  // two clamps per pole
    CHECK(points[0].at.x == -millimetres(15));
    CHECK(points[1].at.x == -millimetres(15));
    CHECK(points[7].at.x == millimetres(15));
    CHECK(points[7].name == "4");
    REQUIRE(points[0].section);
    CHECK(squareMillimetreText(points[0].section->min) == "0.25");  // insulated ferrule
    CHECK(squareMillimetreText(points[0].section->max) == "4");
    CHECK(points[0].minAwg == "20");
    CHECK(points[0].maxAwg == "12");
    CHECK(millimetreText(*points[0].stripLength) == "9");
    CHECK(millimetreText(part.patternOffset.x) == "22.75");
    CHECK(millimetreText(part.patternOffset.y) == "9.25");
}

TEST_CASE("panel-mount parts get the cutout as drilling pattern, parts on flying leads none", "[eplan]") {
    const EplanPart snapIn = eplanPartOf(variant("770-745"), family(), rules(), words());
    REQUIRE(snapIn.drilling);
    CHECK(millimetreText(snapIn.drilling->cut.width) == "50.4");
    CHECK(millimetreText(snapIn.drilling->cut.height) == "15.8");
    CHECK(millimetreText(snapIn.drilling->cut.radius) == "1");
    CHECK(snapIn.drilling->description.english.find("estimated") != std::string::npos);
    CHECK(snapIn.drilling->description.german.find("50,4 x 15,8 mm") != std::string::npos);
    CHECK_FALSE(eplanPartOf(variant("770-1242/076-000"), family(), rules(), words()).drilling);
}

TEST_CASE("the family's EPLAN file holds every variant, each pattern once", "[eplan]") {
    const std::string xml = test::familyDocument(eplanFormat(), family(), test::repositoryVariants()).bytes;
    CHECK(occurrences(xml, "<part ") == 6);
    CHECK(occurrences(xml, "<construction ") == 5);
    CHECK(occurrences(xml, "<constructionPosition ") == 5);
    CHECK(occurrences(xml, "<terminal ") == 6);
    CHECK(occurrences(xml, "<address ") == 1);
    CHECK(occurrences(xml, "P_ARTICLE_DOES_NOT_NEED_DRILL=\"1\"") == 1);
    CHECK(xml.find("functiondef") == std::string::npos);
}
