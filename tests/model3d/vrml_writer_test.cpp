// VRML 2.0 from a hand-made model: the header, KiCad's 0.1 inch unit, one shape per
// solid in its colour, faces as triangles on shared points.

#include "model3d/vrml_writer.h"

#include "support/catch.h"
#include "support/occurrences.h"

using namespace partgen;

namespace {

// A cube of one KiCad unit (2.54 mm), every face counter-clockwise seen from outside.
Solid cube(const std::string& name, const std::string& colour) {
    const Length o, a = Length::fromSteps(2'540'000);
    return {name,
            colour,
            {
                {{{o, o, o}, {o, a, o}, {a, a, o}, {a, o, o}}, {}},
                {{{o, o, a}, {a, o, a}, {a, a, a}, {o, a, a}}, {}},
                {{{o, o, o}, {a, o, o}, {a, o, a}, {o, o, a}}, {}},
                {{{o, a, o}, {o, a, a}, {a, a, a}, {a, a, o}}, {}},
                {{{o, o, o}, {o, o, a}, {o, a, a}, {o, a, o}}, {}},
                {{{a, o, o}, {a, a, o}, {a, a, a}, {a, o, a}}, {}},
            }};
}

}  // namespace

TEST_CASE("a VRML file starts with the VRML 2.0 header, the description and the unit", "[model3d][vrml]") {
    const std::string text = writeVrml({"m", "a model", {}});
    CHECK(text.starts_with("#VRML V2.0 utf8\n# a model\n"));
    CHECK(text.find("0.1 inch") != std::string::npos);
}

TEST_CASE("VRML comments keep to ASCII", "[model3d][vrml]") {
    const std::string text = writeVrml({"m", "4 mm² grau", {cube("Gehäuse", "#000000")}});
    CHECK(text.find("# 4 mm^2 grau\n") != std::string::npos);  // spelled out, never a "?"
    CHECK(text.find("# Geh<U+00E4>use\n") != std::string::npos);
}

TEST_CASE("a VRML file has one shape per solid, each in its colour", "[model3d][vrml]") {
    const std::string text = writeVrml({"m", "", {cube("a", "#FF0000"), cube("b", "#00FF80")}});
    CHECK(test::occurrences(text, "Shape {") == 2);
    CHECK(text.find("diffuseColor 1 0 0\n") != std::string::npos);
    // 0x80 = 128: 128 / 255 = 0.50196..., four decimals without trailing zeros.
    CHECK(text.find("diffuseColor 0 1 0.502\n") != std::string::npos);
}

TEST_CASE("VRML coordinates are in KiCad's unit of 2.54 mm", "[model3d][vrml]") {
    const std::string text = writeVrml({"m", "", {cube("a", "#000000")}});
    // Decimal text drops trailing zeros: 2.54 mm is 1.
    CHECK(text.find("        1 1 1,\n") != std::string::npos);
    CHECK(text.find("        0 0 0,\n") != std::string::npos);
}

TEST_CASE("a cube's faces become two triangles each on its eight shared corners", "[model3d][vrml]") {
    const std::string text = writeVrml({"m", "", {cube("a", "#000000")}});
    CHECK(test::occurrences(text, "-1,\n") == 12);
    const auto points = text.substr(text.find("point ["), text.find("coordIndex") - text.find("point ["));
    CHECK(test::occurrences(points, ",\n") == 8);
}
