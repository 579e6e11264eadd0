// Planar solids: colours, Newell normals, enclosed volume and bounds of hand-made boxes.

#include "geometry/solid.h"

#include <algorithm>
#include <stdexcept>

#include "support/catch.h"

using namespace partgen;

namespace {

// An a x b x c box from the origin, every face counter-clockwise seen from outside.
Solid box(Length a, Length b, Length c) {
    const Length o;
    Solid s{"box", "#000000", {}};
    s.faces = {
        {{{o, o, o}, {o, b, o}, {a, b, o}, {a, o, o}}, {}},  // bottom, -z
        {{{o, o, c}, {a, o, c}, {a, b, c}, {o, b, c}}, {}},  // top, +z
        {{{o, o, o}, {a, o, o}, {a, o, c}, {o, o, c}}, {}},  // front, -y
        {{{o, b, o}, {o, b, c}, {a, b, c}, {a, b, o}}, {}},  // back, +y
        {{{o, o, o}, {o, o, c}, {o, b, c}, {o, b, o}}, {}},  // left, -x
        {{{a, o, o}, {a, b, o}, {a, b, c}, {a, o, c}}, {}},  // right, +x
    };
    return s;
}

}  // namespace

TEST_CASE("colour channels are read from #RRGGBB in hexadecimal", "[geometry][solid]") {
    CHECK(rgbChannels("#FF8000") == std::array<int, 3>{255, 128, 0});
    CHECK(rgbChannels("#0a0B0c") == std::array<int, 3>{10, 11, 12});
}

TEST_CASE("a Newell normal points where its loop looks counter-clockwise, twice the area long", "[geometry][solid]") {
    const Length o, two = millimetres(2), three = millimetres(3);
    const Loop3 up{{o, o, o}, {two, o, o}, {two, three, o}, {o, three, o}};
    const Vector3 n = newellNormal(up);
    CHECK(n.x == Approx(0));
    CHECK(n.y == Approx(0));
    CHECK(n.z == Approx(2 * 2.0 * 3.0));
    const Loop3 down(up.rbegin(), up.rend());
    CHECK(newellNormal(down).z == Approx(-12.0));
}

TEST_CASE("a closed box encloses width x height x depth", "[geometry][solid]") {
    CHECK(volumeOf(box(millimetres(2), millimetres(3), millimetres(4))) == Approx(24.0));
}

TEST_CASE("an inside-out solid has a negative volume", "[geometry][solid]") {
    Solid s = box(millimetres(2), millimetres(3), millimetres(4));
    for (auto& face : s.faces) std::reverse(face.outer.begin(), face.outer.end());
    CHECK(volumeOf(s) == Approx(-24.0));
}

TEST_CASE("a solid's volume does not depend on where it lies", "[geometry][solid]") {
    Solid s = box(millimetres(2), millimetres(3), millimetres(4));
    for (auto& face : s.faces)
        for (auto& p : face.outer) p = {p.x - millimetres(10), p.y + millimetres(7), p.z - millimetres(1)};
    CHECK(volumeOf(s) == Approx(24.0));
}

TEST_CASE("a model's volume is the sum of its solids'", "[geometry][solid]") {
    const Model3d model{
        "m",
        "",
        {box(millimetres(1), millimetres(1), millimetres(1)), box(millimetres(2), millimetres(3), millimetres(4))}};
    CHECK(volumeOf(model) == Approx(25.0));
}

TEST_CASE("a model's bounds span all its solids", "[geometry][solid]") {
    Solid moved = box(millimetres(1), millimetres(1), millimetres(1));
    for (auto& face : moved.faces)
        for (auto& p : face.outer) p = {p.x - millimetres(5), p.y, p.z + millimetres(6)};
    const Bounds3 b = boundsOf(Model3d{"m", "", {box(millimetres(2), millimetres(3), millimetres(4)), moved}});
    CHECK(b.min == Point3{-millimetres(5), Length(), Length()});
    CHECK(b.max == Point3{millimetres(2), millimetres(3), millimetres(7)});
}

TEST_CASE("an empty model has no bounds", "[geometry][solid]") {
    CHECK_THROWS_AS(boundsOf(Model3d{}), std::logic_error);
}
