// Checks of a built variant no single value fails alone: required values, plausible
// sizes, one marking label per pole, a cutout the flange covers, a known colour.

#include "spec/validate.h"

#include <algorithm>

#include "spec/diagnostics.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const ColourTable& colours() { return test::repositorySpec().rules.get<ColourTable>(); }

std::vector<std::string> problems(const Variant& v, const std::set<std::string>& given = {}) {
    Diagnostics d;
    validateVariant(v, given, colours(), d);
    std::vector<std::string> out;
    for (const auto& item : d.sorted()) out.push_back(item.message);
    return out;
}

bool has(const std::vector<std::string>& all, const std::string& message) {
    return std::find(all.begin(), all.end(), message) != all.end();
}

// 770-744: 4 poles at 10 mm, a 45.5 x 18.5 mm flange, a panel cutout.
Variant panelPart() { return test::repositoryVariant("770-744"); }

}  // namespace

TEST_CASE("the repository's variants pass every check", "[spec][validate]") {
    for (const Variant& v : test::repositoryVariants()) {
        INFO(v.number);
        CHECK(problems(v).empty());
    }
}

TEST_CASE("a missing required value is reported unless the spec gave it", "[spec][validate]") {
    Variant v = panelPart();
    v.depth.value.reset();
    CHECK(problems(v) == std::vector<std::string>{"770-744: <depth> is required but not given"});
    CHECK(problems(v, {"depth"}).empty());  // given but unreadable: already reported
}

TEST_CASE("a panel-mount part requires its cutout, a free connector does not", "[spec][validate]") {
    Variant panel = panelPart();
    REQUIRE(isPanelMount(*panel.kind));
    panel.plateThickness.value.reset();
    CHECK(has(problems(panel), "770-744: <plate-thickness> is required but not given"));

    Variant free = test::repositoryVariant("770-1242/076-000");
    REQUIRE_FALSE(isPanelMount(*free.kind));
    REQUIRE_FALSE(free.cutoutWidth.has());
    CHECK(problems(free).empty());
}

TEST_CASE("poles must lie within 1 to the limit", "[spec][validate]") {
    Variant v = panelPart();
    v.poles.value = 0;
    CHECK(has(problems(v), "770-744: poles = 0 is outside 1 ... " + std::to_string(maxPoles)));
    v.poles.value = maxPoles + 1;
    CHECK(has(problems(v),
              "770-744: poles = " + std::to_string(maxPoles + 1) + " is outside 1 ... " + std::to_string(maxPoles)));
}

TEST_CASE("a pole needs at least one connection point", "[spec][validate]") {
    Variant v = panelPart();
    v.connectionPointsPerPole.value = 0;
    CHECK(problems(v) == std::vector<std::string>{"770-744: connection-points-per-pole must be at least 1"});
}

TEST_CASE("sizes must be above zero, a cutout radius may be zero", "[spec][validate]") {
    Variant v = panelPart();
    v.depth.value = Length();
    CHECK(has(problems(v), "770-744: depth = 0 mm must be above 0 mm and at most 2000 mm"));
    v = panelPart();
    v.cutoutRadius.value = Length();
    CHECK(problems(v).empty());
    v.cutoutRadius.value = -millimetres(1);
    CHECK(has(problems(v), "770-744: cutout-radius = -1 mm must be at least 0 mm and at most 2000 mm"));
}

TEST_CASE("sizes beyond the limit are typing mistakes", "[spec][validate]") {
    Variant v = panelPart();
    v.depth.value = maxLength;
    CHECK(problems(v).empty());
    v.depth.value = maxLength + nanometres(1);
    CHECK(problems(v).size() == 1);
}

TEST_CASE("a plate thickness range must start above zero", "[spec][validate]") {
    Variant v = panelPart();
    v.plateThickness.value->min = Length();
    const auto all = problems(v);
    REQUIRE(all.size() == 1);
    CHECK(all[0].find("plate-thickness") != std::string::npos);
}

TEST_CASE("the width must hold the poles at the pitch", "[spec][validate]") {
    // 4 poles at 10 mm: the outer poles' centres are 30 mm apart.
    Variant v = panelPart();
    v.width.value = millimetres(30);
    v.cutoutWidth.value = millimetres(20);  // keep the cutout under the flange
    CHECK(problems(v) == std::vector<std::string>{"770-744: width 30 mm cannot hold 4 poles at a pitch of 10 mm"});
    v.width.value = millimetres(30) + nanometres(1);
    CHECK(problems(v).empty());
}

TEST_CASE("the marking gives exactly one label per pole", "[spec][validate]") {
    Variant v = panelPart();
    v.marking.value = Labels{"1", "2", "3"};
    CHECK(problems(v) == std::vector<std::string>{
                             "770-744: marking '1 2 3' has 3 label(s) for 4 poles; give exactly one label per pole"});
}

TEST_CASE("a cutout tolerance may not be negative", "[spec][validate]") {
    Variant v = panelPart();
    v.cutoutTolerance.value = Tolerance{Length(), -nanometres(100'000)};
    CHECK(problems(v) == std::vector<std::string>{"770-744: cutout-tolerance gives the amounts above and below "
                                                  "nominal; neither may be negative"});
}

TEST_CASE("the flange must cover the cutout with its upper tolerance", "[spec][validate]") {
    Variant v = panelPart();
    REQUIRE(v.cutoutTolerance.has());
    // The cutout plus its tolerance reaching the flange height exactly is refused.
    v.cutoutHeight.value = *v.height - v.cutoutTolerance->plus;
    const auto all = problems(v);
    REQUIRE(all.size() == 1);
    CHECK(all[0].find("flange that must cover it") != std::string::npos);
    v.cutoutHeight.value = *v.height - v.cutoutTolerance->plus - nanometres(1);
    CHECK(problems(v).empty());
}

TEST_CASE("a cutout's corner radius must fit its width and height", "[spec][validate]") {
    Variant v = panelPart();
    v.cutoutRadius.value = Length::fromSteps(v.cutoutHeight->steps() / 2);
    CHECK(problems(v).empty());
    v.cutoutRadius.value = Length::fromSteps(v.cutoutHeight->steps() / 2 + 1);
    const auto all = problems(v);
    REQUIRE(all.size() == 1);
    CHECK(all[0].starts_with("770-744: cutout-radius "));
}

TEST_CASE("a colour not in the colour table is refused", "[spec][validate]") {
    Variant v = panelPart();
    v.colour.value = "ultraviolet";
    CHECK(problems(v) ==
          std::vector<std::string>{"770-744: colour 'ultraviolet' is not in the colour table (templates/colours.xml)"});
}
