#include "kicad/footprint_contour.h"

#include "support/catch.h"

using namespace partgen;

namespace {

const Point centre{millimetres(10), millimetres(-5)};
const Length width = nanometres(100'000);

Point mm(std::int64_t xNanometres, std::int64_t yNanometres) {
    return {nanometres(xNanometres), nanometres(yNanometres)};
}

FpArc arcOf(int start, int end) {
    return kicadArcOf(Arc{centre, millimetres(1), {start}, {end}}, KicadLayer::edgeCuts, width, "arc");
}

void checkArc(const FpArc& arc, Point start, Point mid, Point end) {
    CHECK(arc.start == start);
    CHECK(arc.mid == mid);
    CHECK(arc.end == end);
}

}  // namespace

// KiCad's y points down, and its arcs run clockwise on screen: our counter-clockwise
// corners come out with their ends swapped. The middle is 1 mm * sqrt(2) / 2 = 0.707107 mm
// from the centre along each axis.
TEST_CASE("KiCad gets start, middle and end of each corner arc to the nanometre", "[kicad][footprint]") {
    checkArc(arcOf(0, 1), mm(10'000'000, 4'000'000), mm(10'707'107, 4'292'893), mm(11'000'000, 5'000'000));
    checkArc(arcOf(1, 2), mm(9'000'000, 5'000'000), mm(9'292'893, 4'292'893), mm(10'000'000, 4'000'000));
    checkArc(arcOf(2, 3), mm(10'000'000, 6'000'000), mm(9'292'893, 5'707'107), mm(9'000'000, 5'000'000));
    checkArc(arcOf(3, 4), mm(11'000'000, 5'000'000), mm(10'707'107, 5'707'107), mm(10'000'000, 6'000'000));
}

TEST_CASE("a clockwise arc reaches KiCad as the same arc as its counter-clockwise twin", "[kicad][footprint]") {
    for (int start = 0; start < 4; ++start) {
        const FpArc forward = arcOf(start, start + 1), backward = arcOf(start + 1, start);
        CHECK(forward.start == backward.start);
        CHECK(forward.mid == backward.mid);
        CHECK(forward.end == backward.end);
    }
}

TEST_CASE("a rounded rectangle becomes alternating lines and arcs, a sharp one only lines", "[kicad][footprint]") {
    const auto rounded = kicadGraphicsOf(contourOf({{}, millimetres(40), millimetres(16), millimetres(1)}),
                                         KicadLayer::edgeCuts, width, "edge-cut");
    REQUIRE(rounded.size() == 8);
    for (std::size_t i = 0; i < rounded.size(); ++i) {
        INFO(i);
        CHECK(std::holds_alternative<FpArc>(rounded[i]) == (i % 2 == 1));
    }
    const FpLine& right = std::get<FpLine>(rounded[0]);
    CHECK(right.start == mm(20'000'000, 7'000'000));  // y flipped
    CHECK(right.end == mm(20'000'000, -7'000'000));
    CHECK(right.layer == KicadLayer::edgeCuts);
    CHECK(right.width == width);
    CHECK(right.key == "edge-cut/line/1");
    CHECK(std::get<FpArc>(rounded[1]).key == "edge-cut/arc/1");
    CHECK(std::get<FpLine>(rounded[6]).key == "edge-cut/line/4");
    CHECK(std::get<FpArc>(rounded[7]).key == "edge-cut/arc/4");

    const auto sharp =
        kicadGraphicsOf(contourOf({{}, millimetres(40), millimetres(16), Length()}), KicadLayer::fFab, width, "fab");
    REQUIRE(sharp.size() == 4);
    for (const auto& g : sharp) CHECK(std::holds_alternative<FpLine>(g));
}
