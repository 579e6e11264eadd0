// Choosing the DXF version: its names on the command line, and the writer each selects.

#include "drawing/dxf.h"

#include "drawing/dxf_r12.h"
#include "drawing/dxf_r2000.h"
#include "support/catch.h"

using namespace partgen;

namespace {

Drawing squareDrawing() {
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::cut, contourOf({{}, millimetres(10), millimetres(10), Length()})});
    return d;
}

}  // namespace

TEST_CASE("DXF versions are named by number, with or without R", "[drawing][dxf]") {
    CHECK(dxfVersionFromName("12") == DxfVersion::r12);
    CHECK(dxfVersionFromName("R12") == DxfVersion::r12);
    CHECK(dxfVersionFromName("2000") == DxfVersion::r2000);
    CHECK(dxfVersionFromName("R2000") == DxfVersion::r2000);
}

TEST_CASE("other DXF version names are unknown", "[drawing][dxf]") {
    CHECK_FALSE(dxfVersionFromName(""));
    CHECK_FALSE(dxfVersionFromName("r12"));
    CHECK_FALSE(dxfVersionFromName("2018"));
}

TEST_CASE("each DXF version is written by its own writer", "[drawing][dxf]") {
    const Drawing d = squareDrawing();
    CHECK(writeDxf(d, DxfVersion::r12) == writeDxfR12(d));
    CHECK(writeDxf(d, DxfVersion::r2000) == writeDxfR2000(d));
    CHECK(writeDxfR12(d) != writeDxfR2000(d));
}
