// DXF group code/value pairs: the code right-aligned in three columns on its own line,
// the value on the next; strings escaped for readers of any code page.

#include "drawing/dxf_stream.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("texts outside ASCII are escaped for DXF", "[drawing][dxf]") {
    CHECK(dxfText("0.5 mm² at 85 °C") == "0.5 mm\\U+00B2 at 85 \\U+00B0C");
    CHECK(dxfText("line\nbreak") == "line break");
}

TEST_CASE("a group code is right-aligned in three columns, the value on the next line", "[drawing][dxf]") {
    DxfStream s;
    s.tag(0, "SECTION");
    s.tag(70, 4);
    s.tag(999, "note");
    CHECK(s.take() == "  0\nSECTION\n 70\n4\n999\nnote\n");
}

TEST_CASE("a point is x, y and z under the code, code + 10 and code + 20", "[drawing][dxf]") {
    DxfStream s;
    s.point(10, {Length::fromSteps(1'500'000), -millimetres(2)});
    CHECK(s.take() == " 10\n1.5\n 20\n-2\n 30\n0\n");
}

TEST_CASE("a length is a plain decimal in millimetres", "[drawing][dxf]") {
    DxfStream s;
    s.length(40, nanometres(250'000));
    CHECK(s.take() == " 40\n0.25\n");
}

TEST_CASE("taking the text leaves the stream empty", "[drawing][dxf]") {
    DxfStream s;
    s.tag(0, "EOF");
    CHECK_FALSE(s.take().empty());
    CHECK(s.take().empty());
}

TEST_CASE("characters beyond the basic plane are escaped with their full code", "[drawing][dxf]") {
    CHECK(dxfText("\xF0\x9F\x94\x8C") == "\\U+1F50C");
    CHECK(dxfText("") == "");
}
