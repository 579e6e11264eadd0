#include "geometry/cutout.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Variant snapIn() {
    Variant v;
    v.kind.set(Kind::snapInSocket, Provenance::datasheet, {});
    v.cutoutWidth.set(millimetres(40) + nanometres(400'000), Provenance::estimated, {});
    v.cutoutHeight.set(millimetres(15) + nanometres(800'000), Provenance::estimated, {});
    v.cutoutRadius.set(millimetres(1), Provenance::estimated, {});
    v.cutoutTolerance.set({nanometres(100'000), Length()}, Provenance::datasheet, {});
    v.plateThickness.set({nanometres(500'000), millimetres(2)}, Provenance::datasheet, {});
    return v;
}

}  // namespace

TEST_CASE("a snap-in part has its cutout, a flying-lead part none", "[geometry][cutout]") {
    const auto c = cutoutOf(snapIn());
    REQUIRE(c);
    CHECK(c->width == nanometres(40'400'000));
    CHECK(c->isEstimated());
    Variant socket = snapIn();
    socket.kind.set(Kind::socket, Provenance::datasheet, {});
    CHECK_FALSE(cutoutOf(socket));
}

TEST_CASE("a cutout lists its estimated values in spec order, by their spec names", "[geometry][cutout]") {
    Variant v = snapIn();
    CHECK(cutoutOf(v)->estimatedValues ==
          std::vector<CutoutValue>{CutoutValue::width, CutoutValue::height, CutoutValue::radius});
    v.cutoutWidth.source = Provenance::derived;
    v.cutoutRadius.source = Provenance::datasheet;
    v.cutoutTolerance.source = Provenance::estimated;
    CHECK(cutoutOf(v)->estimatedValues == std::vector<CutoutValue>{CutoutValue::height, CutoutValue::tolerance});
    CHECK(cutoutValueName(CutoutValue::height) == "cutout-height");
    CHECK(cutoutValueName(CutoutValue::tolerance) == "cutout-tolerance");
    v.cutoutHeight.source = Provenance::drawing;
    v.cutoutTolerance.source = Provenance::datasheet;
    CHECK_FALSE(cutoutOf(v)->isEstimated());
}

TEST_CASE("the contour is nominal, or moved to the middle of the tolerance band", "[geometry][cutout]") {
    const Cutout c = *cutoutOf(snapIn());
    CHECK(cutShape(c, ContourSize::nominal).width == nanometres(40'400'000));
    CHECK(cutShape(c, ContourSize::midTolerance).width == nanometres(40'450'000));
    CHECK(cutShape(c, ContourSize::midTolerance).height == nanometres(15'850'000));
    CHECK(cutShape(c, ContourSize::midTolerance).radius == millimetres(1));
}
