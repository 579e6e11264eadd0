#include "drawing/dxf_bulge.h"

#include <cmath>
#include <string>

#include "support/catch.h"

using namespace partgen;

namespace {

const Length r = millimetres(1);

std::string bulgeOf(int start, int end) { return dxfBulge(Arc{{}, r, {start}, {end}}); }

}  // namespace

TEST_CASE("every counter-clockwise corner arc has the quarter bulge, as written before", "[drawing][dxf]") {
    for (int start = 0; start < 4; ++start) CHECK(bulgeOf(start, start + 1) == "0.414213562373095");
}

TEST_CASE("a clockwise arc has a negative bulge", "[drawing][dxf]") {
    for (int start = 0; start < 4; ++start) CHECK(bulgeOf(start + 1, start) == "-0.414213562373095");
}

TEST_CASE("half and three-quarter arcs have tan(sweep / 4) as their bulge", "[drawing][dxf]") {
    CHECK(bulgeOf(0, 2) == "1");
    CHECK(bulgeOf(1, -1) == "-1");
    CHECK(bulgeOf(0, 3) == "2.414213562373095");
    CHECK(bulgeOf(3, 0) == "-2.414213562373095");
    for (int sweep : {-3, -2, -1, 1, 2, 3}) {
        INFO(sweep);
        CHECK(std::stod(bulgeOf(0, sweep)) == Approx(std::tan(sweep * M_PI / 8)).epsilon(1e-14));
    }
}
