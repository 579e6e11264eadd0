// The four pictures of a variant's 3D model: each view shows the model's extent along
// its own axes, lies inside its viewBox, and the same variant gives the same bytes.

#include "views/model_views.h"

#include <algorithm>
#include <charconv>

#include "model3d/connector_model.h"
#include "pipeline/formats.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "support/spec.h"
#include "views/model_svg.h"

using namespace partgen;

namespace {

std::vector<ModelViewSvg> viewsOf(const LoadedSpec& spec, const Variant& v) {
    return modelViewSvgs(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                         spec.rules.get<ColourTable>());
}

std::vector<ModelViewSvg> viewsOf(const std::string& number) {
    return viewsOf(test::repositorySpec(), test::repositoryVariant(number));
}

std::string svgOf(const std::vector<ModelViewSvg>& views, const std::string& name) {
    const auto view = std::find_if(views.begin(), views.end(), [&](const auto& v) { return v.name == name; });
    REQUIRE(view != views.end());
    return view->svg;
}

std::vector<double> numbersIn(const std::string& text) {
    std::vector<double> numbers;
    const char* at = text.data();
    const char* end = at + text.size();
    while (at < end) {
        double value = 0;
        const auto [next, error] = std::from_chars(at, end, value);
        if (error == std::errc()) {
            numbers.push_back(value);
            at = next;
        } else {
            ++at;
        }
    }
    return numbers;
}

// The text of every attribute `name`, in order.
std::vector<std::string> attributes(const std::string& svg, const std::string& name) {
    std::vector<std::string> values;
    const std::string start = " " + name + "=\"";
    for (auto at = svg.find(start); at != std::string::npos; at = svg.find(start, at + 1)) {
        const auto from = at + start.size();
        values.push_back(svg.substr(from, svg.find('"', from) - from));
    }
    return values;
}

struct Box {
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

// The extent of every point the paths draw, in SVG coordinates.
Box drawnBox(const std::string& svg) {
    Box box;
    for (const auto& d : attributes(svg, "d")) {
        const auto numbers = numbersIn(d);
        REQUIRE(numbers.size() % 2 == 0);
        for (std::size_t i = 0; i < numbers.size(); i += 2) {
            box.minX = std::min(box.minX, numbers[i]), box.maxX = std::max(box.maxX, numbers[i]);
            box.minY = std::min(box.minY, numbers[i + 1]), box.maxY = std::max(box.maxY, numbers[i + 1]);
        }
    }
    return box;
}

Box viewBox(const std::string& svg) {
    const auto values = attributes(svg, "viewBox");
    REQUIRE(values.size() == 1);
    const auto n = numbersIn(values.front());
    REQUIRE(n.size() == 4);
    return {n[0], n[1], n[0] + n[2], n[1] + n[3]};
}

double mm(Length l) { return l.units(); }

// Coordinates are written to the micrometre.
constexpr double written = 0.0011;

}  // namespace

TEST_CASE("model views are the front, top, right and isometric views, titled", "[views]") {
    const auto views = viewsOf("770-744");
    REQUIRE(views.size() == 4);
    CHECK(views[0].name == "front");
    CHECK(views[1].name == "top");
    CHECK(views[2].name == "right");
    CHECK(views[3].name == "isometric");
    for (const auto& view : views)
        CHECK(view.svg.find("<title>770-744, " + view.name + " view</title>") != std::string::npos);
}

TEST_CASE("each orthographic view shows the part's extent along the view's axes", "[views]") {
    const Variant& v = test::repositoryVariant("770-744");
    const auto views = viewsOf("770-744");
    const Box front = drawnBox(svgOf(views, "front")), top = drawnBox(svgOf(views, "top")),
              right = drawnBox(svgOf(views, "right"));
    CHECK(front.width() == Approx(mm(*v.width)).margin(written));
    CHECK(front.height() == Approx(mm(*v.height)).margin(written));
    CHECK(top.width() == Approx(mm(*v.width)).margin(written));
    CHECK(top.height() == Approx(mm(*v.depth)).margin(written));
    CHECK(right.width() == Approx(mm(*v.depth)).margin(written));
    CHECK(right.height() == Approx(mm(*v.height)).margin(written));
}

TEST_CASE("every view's paths lie inside its viewBox", "[views]") {
    for (const char* number : {"770-744", "770-742", "770-1242/076-000"}) {
        for (const auto& view : viewsOf(number)) {
            INFO(number << " " << view.name);
            const Box drawn = drawnBox(view.svg), box = viewBox(view.svg);
            CHECK(drawn.minX > box.minX);
            CHECK(drawn.maxX < box.maxX);
            CHECK(drawn.minY > box.minY);
            CHECK(drawn.maxY < box.maxY);
        }
    }
}

TEST_CASE("the same variant gives the same model view bytes", "[views]") {
    const auto first = viewsOf("770-744/064-000"), second = viewsOf("770-744/064-000");
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i) CHECK(first[i].svg == second[i].svg);
}

TEST_CASE("the isometric model view draws what isometricView gives", "[views]") {
    const auto& spec = test::repositorySpec();
    const Variant& v = test::repositoryVariant("770-744");
    const View2d iso = isometricView(connectorModel(v, *spec.catalog.family(v.familyId), spec.rules.get<ModelRules>(),
                                                    spec.rules.get<ColourTable>()));
    const std::string svg = svgOf(viewsOf("770-744"), "isometric");
    CHECK(svg == modelViewSvg(iso, "770-744, isometric view"));
    // Polygon by polygon, in the same painter's order: each path starts at its face's
    // first corner, y turned down.
    const auto paths = attributes(svg, "d");
    REQUIRE(paths.size() == iso.polygons.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const auto numbers = numbersIn(paths[i]);
        const auto& polygon = iso.polygons[i];
        std::size_t points = polygon.outer.size();
        for (const auto& opening : polygon.openings) points += opening.size();
        REQUIRE(numbers.size() == 2 * points);
        CHECK(numbers[0] == Approx(polygon.outer.front()[0]).margin(written));
        CHECK(numbers[1] == Approx(-polygon.outer.front()[1]).margin(written));
    }
}

TEST_CASE("a 12-pole variant's views are wider than a 2-pole variant's", "[views]") {
    test::ScratchDir dir;
    test::copySpec(dir.path());
    test::replaceInFile(dir / "parts/wago-winsta-midi.xml", "poles=\"2..5\"", "poles=\"2..12\"");
    const LoadedSpec spec = loadSpec(dir / "parts", dir / "templates", specReaders());
    REQUIRE_FALSE(spec.diagnostics.hasErrors());
    const Variant twelve = test::variantOf(spec, "770-7412");
    const Variant two = test::variantOf(spec, "770-742");
    REQUIRE(*twelve.poles == 12);
    REQUIRE(*two.poles == 2);
    const double wider = mm(*twelve.width) - mm(*two.width);
    REQUIRE(wider > 0);
    for (const char* name : {"front", "top"})
        CHECK(drawnBox(svgOf(viewsOf(spec, twelve), name)).width() -
                  drawnBox(svgOf(viewsOf(spec, two), name)).width() ==
              Approx(wider).margin(2 * written));
    // The right view looks at the narrow side: the same for both.
    CHECK(drawnBox(svgOf(viewsOf(spec, twelve), "right")).width() ==
          Approx(drawnBox(svgOf(viewsOf(spec, two), "right")).width()).margin(written));
}
