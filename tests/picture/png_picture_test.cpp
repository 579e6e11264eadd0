// PNG pictures of 2D views through cairo: decodable, the same bytes every time, and
// painted where the view's polygons are.

#include "picture/png_picture.h"

#include "support/catch.h"
#include "support/png.h"
#include "support/square_view.h"

using namespace partgen;

namespace {

View2d square(std::array<double, 3> rgb) { return test::squareView(rgb); }

}  // namespace

TEST_CASE("a PNG picture decodes to its size, painted in the middle and white at the edge", "[picture]") {
    const std::string png = pngPicture(square({1, 0, 0}), 64);
    CHECK(png.starts_with("\x89PNG\r\n\x1a\n"));
    const test::Pixels pixels = test::decodePng(png);
    REQUIRE(pixels.width == 64);
    REQUIRE(pixels.height == 64);
    CHECK(pixels.at(32, 32) == 0xff0000u);
    CHECK(pixels.at(0, 0) == 0xffffffu);
}

TEST_CASE("a PNG picture cuts a polygon's openings out", "[picture]") {
    View2d view = square({0, 0, 1});
    view.polygons[0].openings.push_back({{4, 4}, {6, 4}, {6, 6}, {4, 6}});
    const test::Pixels pixels = test::decodePng(pngPicture(view, 100));
    CHECK(pixels.at(50, 50) == 0xffffffu);
    CHECK(pixels.at(20, 50) == 0x0000ffu);
}

TEST_CASE("the same view gives the same PNG bytes, with no time in them", "[picture]") {
    const std::string first = pngPicture(square({0, 1, 0}), 80);
    CHECK(first == pngPicture(square({0, 1, 0}), 80));
    CHECK(first.find("tIME") == std::string::npos);
}
