// The connection point pattern and drilling pattern of a variant, both centred on the
// middle of the part's front.

#include "eplan/eplan_patterns.h"

#include "eplan/eplan_text.h"
#include "model3d/connector_layout.h"

#include <set>
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const WordingRules& words() { return test::repositorySpec().rules.get<WordingRules>(); }
const ModelRules& model() { return test::repositorySpec().rules.get<ModelRules>(); }

// Pole i of n sits (2i - (n - 1)) / 2 pitches from the middle.
Length expectedOffset(const Variant& v, int pole) {
    return Length::fromSteps(v.pitch->steps() * (2 * pole - (*v.poles - 1)) / 2);
}

}  // namespace

TEST_CASE("the connection point pattern spaces the poles by the pitch around the middle", "[eplan]") {
    const auto pattern = connectionPatternOf(variant("770-744"), "P", words(), model());
    const auto& points = pattern.points;
    REQUIRE(points.size() == 8);  // two clamps per pole
    CHECK(points[0].at.x == -millimetres(15));
    CHECK(points[1].at.x == -millimetres(15));
    CHECK(points[7].at.x == millimetres(15));
    CHECK(points[6].name == "4.1");
    CHECK(points[7].name == "4.2");
    REQUIRE(points[0].section);
    CHECK(squareMillimetreText(points[0].section->min) == "0.25");  // insulated ferrule
    CHECK(squareMillimetreText(points[0].section->max) == "4");
    CHECK(points[0].minAwg == "20");
    CHECK(points[0].maxAwg == "12");
    CHECK(millimetreText(*points[0].stripLength) == "9");
}

TEST_CASE("connection points are numbered from one, a pole's clamps mirrored about the centre line", "[eplan]") {
    const Variant& v = variant("770-744");
    const auto pattern = connectionPatternOf(v, "P", words(), model());
    for (std::size_t i = 0; i < pattern.points.size(); ++i) {
        CHECK(pattern.points[i].position == static_cast<int>(i) + 1);
        if (i % 2 == 1) CHECK(pattern.points[i].at.y == -pattern.points[i - 1].at.y);
    }
    CHECK(pattern.points[0].at.y < Length());  // the first clamp is the lower one
}

TEST_CASE("connection points lie in the plane of the 3D model's conductor entries", "[eplan]") {
    for (const auto* number : {"770-744", "770-744/064-000", "770-1242/076-000"}) {
        const Variant& v = variant(number);
        const auto layout = connectorLayout(v, model()).layout;
        REQUIRE(layout);
        const auto pattern = connectionPatternOf(v, "P", words(), model());
        REQUIRE(pattern.points.size() == layout->rearPockets.size());
        for (std::size_t i = 0; i < pattern.points.size(); ++i) {
            CHECK(pattern.points[i].z == layout->rear - layout->front);
            CHECK(pattern.points[i].z == -*v.depth);  // behind the front by the part's depth
            bool inMouth = false;
            const auto& mouth = layout->rearPockets[i].mouth;
            Point low = mouth.front(), high = mouth.front();
            for (const auto& p : mouth) {
                low = {std::min(low.x, p.x), std::min(low.y, p.y)};
                high = {std::max(high.x, p.x), std::max(high.y, p.y)};
            }
            const Point at = pattern.points[i].at;
            inMouth = low.x < at.x && at.x < high.x && low.y < at.y && at.y < high.y;
            CHECK(inMouth);
        }
    }
}

TEST_CASE("every connection point of a part has a name of its own", "[eplan]") {
    for (const auto* number : {"770-744", "770-744/064-000", "770-1242/076-000"}) {
        const auto pattern = connectionPatternOf(variant(number), "P", words(), model());
        std::set<std::string> names;
        for (const auto& point : pattern.points) names.insert(point.name);
        CHECK(names.size() == pattern.points.size());
    }
    CHECK(connectionPointName("PE", 1, 2) == "PE.2");
    CHECK(connectionPointName("PE", 0, 1) == "PE");
}

TEST_CASE("an odd number of poles puts the middle pole on the pattern's centre", "[eplan]") {
    Variant v = variant("770-744");
    v.poles.value = 3;
    v.marking.value = Labels{"1", "2", "3"};
    v.connectionPointsPerPole.value = 1;
    const auto pattern = connectionPatternOf(v, "P", words(), model());
    REQUIRE(pattern.points.size() == 3);
    CHECK(pattern.points[0].at.x == expectedOffset(v, 0));
    CHECK(pattern.points[1].at.x == Length());
    CHECK(pattern.points[2].at.x == -pattern.points[0].at.x);
    CHECK(pattern.points[1].name == "2");
}

TEST_CASE("without connection points per pole each pole gets one point", "[eplan]") {
    Variant v = variant("770-744");
    v.connectionPointsPerPole.value.reset();
    CHECK(connectionPatternOf(v, "P", words(), model()).points.size() == static_cast<std::size_t>(*v.poles));
}

TEST_CASE("without a pitch every point sits on the centre and the description shows a dash", "[eplan]") {
    Variant v = variant("770-744");
    v.pitch.value.reset();
    const auto pattern = connectionPatternOf(v, "P", words(), model());
    for (const auto& point : pattern.points) CHECK(point.at.x == Length());
    CHECK(pattern.description.english.find("pitch - mm") != std::string::npos);
}

TEST_CASE("the connection point pattern takes its name and names the pitch", "[eplan]") {
    const Variant& v = variant("770-744");
    const auto pattern = connectionPatternOf(v, "WAGO.770-744", words(), model());
    CHECK(pattern.name == "WAGO.770-744");
    CHECK(pattern.description.english.find("pitch " + millimetreText(*v.pitch) + " mm") != std::string::npos);
}

TEST_CASE("the cross-section range spans every conductor class, with each end's AWG", "[eplan]") {
    Variant v = variant("770-744");
    // Wider at each end than anything the datasheet lists, in different classes.
    v.conductorSolid.value = ConductorRange{{Area::fromUnits(1), Area::fromUnits(10)}, "18 ... 8"};
    v.conductorStranded.value = ConductorRange{{Area(), Area::fromUnits(1)}, "24"};
    const auto point = connectionPatternOf(v, "P", words(), model()).points.front();
    REQUIRE(point.section);
    CHECK(point.section->min == Area());
    CHECK(point.section->max == Area::fromUnits(10));
    CHECK(point.minAwg == "24");  // a single size is both ends
    CHECK(point.maxAwg == "8");
}

TEST_CASE("a variant without conductor data has no cross-section range", "[eplan]") {
    Variant v = variant("770-744");
    for (auto* field : {&v.conductorSolid, &v.conductorSolidPushIn, &v.conductorStranded, &v.conductorFineStranded,
                        &v.conductorFerruleInsulated, &v.conductorFerruleUninsulated, &v.conductorFerrulePushIn})
        field->value.reset();
    const auto point = connectionPatternOf(v, "P", words(), model()).points.front();
    CHECK_FALSE(point.section);
    CHECK(point.minAwg.empty());
    CHECK(point.maxAwg.empty());
}

TEST_CASE("panel-mount parts get the cutout as drilling pattern, parts on flying leads none", "[eplan]") {
    const auto snapIn = drillingPatternOf(variant("770-745"), "P", words());
    REQUIRE(snapIn);
    CHECK(snapIn->name == "P");
    CHECK(millimetreText(snapIn->cut.width) == "50.4");
    CHECK(millimetreText(snapIn->cut.height) == "15.8");
    CHECK(millimetreText(snapIn->cut.radius) == "1");
    CHECK(snapIn->description.english.find("estimated") != std::string::npos);
    CHECK(snapIn->description.german.find("50,4 x 15,8 mm") != std::string::npos);
    CHECK_FALSE(drillingPatternOf(variant("770-1242/076-000"), "P", words()));
}
