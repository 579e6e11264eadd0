// A view drawn as SVG text: size and viewBox in millimetres with y turned down, one
// even-odd path per face with its openings, colours as #rrggbb, an escaped title.

#include "views/model_svg.h"

#include "support/catch.h"
#include "support/square_view.h"

using namespace partgen;

namespace {

View2d square(std::array<double, 3> rgb) { return test::squareView(rgb); }

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("an SVG view is the view's bounds with a 2 mm margin, y turned down", "[views]") {
    View2d view = square({1, 1, 1});
    for (auto& p : view.polygons[0].outer) p[1] += 5;  // 5 ... 15 up is -15 ... -5 in SVG
    view.min[1] = 5, view.max[1] = 15;
    const std::string svg = modelViewSvg(view, "square");
    CHECK(svg.find("width=\"14mm\" height=\"14mm\" viewBox=\"-2 -17 14 14\"") != std::string::npos);
    CHECK(svg.find("d=\"M 0 -5 L 10 -5 10 -15 0 -15 Z\"") != std::string::npos);
}

TEST_CASE("an SVG view puts a face and its openings in one even-odd path", "[views]") {
    View2d view = square({0, 0, 1});
    view.polygons[0].openings.push_back({{4, 4}, {6, 4}, {6, 6}, {4, 6}});
    const std::string svg = modelViewSvg(view, "ring");
    CHECK(count(svg, "<path ") == 1);
    CHECK(svg.find("d=\"M 0 0 L 10 0 10 -10 0 -10 Z M 4 -4 L 6 -4 6 -6 4 -6 Z\"") != std::string::npos);
    CHECK(svg.find("fill-rule=\"evenodd\"") != std::string::npos);
}

TEST_CASE("an SVG view fills each face in its colour with a darker edge", "[views]") {
    const std::string svg = modelViewSvg(square({1, 0.5, 0}), "orange");
    CHECK(svg.find("fill=\"#ff8000\" stroke=\"#994d00\"") != std::string::npos);
}

TEST_CASE("an SVG view rounds to micrometres and never writes -0", "[views]") {
    View2d view = square({0, 0, 0});
    view.polygons[0].outer = {{-0.0001, 0.0001}, {1.23456789, 0}, {1, 2.0000004}};
    const std::string svg = modelViewSvg(view, "rounded");
    CHECK(svg.find("d=\"M 0 0 L 1.235 0 1 -2 Z\"") != std::string::npos);
}

TEST_CASE("an SVG view names itself in an escaped title", "[views]") {
    const std::string svg = modelViewSvg(square({0, 0, 0}), "A & B <front>");
    CHECK(svg.find("<title>A &amp; B &lt;front&gt;</title>") != std::string::npos);
    CHECK(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(svg.ends_with("</svg>\n"));
}

TEST_CASE("an SVG view of nothing is an empty picture", "[views]") {
    const std::string svg = modelViewSvg(View2d{}, "nothing");
    CHECK(count(svg, "<path ") == 0);
    CHECK(svg.find("viewBox=\"-2 -2 4 4\"") != std::string::npos);
}
