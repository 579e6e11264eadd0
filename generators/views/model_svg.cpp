#include "views/model_svg.h"

#include <algorithm>
#include <cmath>

#include "model/xml_text.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

// The same in every view, so that the views of one part, each at true size, line up.
constexpr double marginMm = 2;

// Edges as thin as the EPLAN PNG pictures draw them, for the view's size: faces of one
// colour stay apart without lines that hide small openings.
constexpr double edgesPerSide = 300;

// Micrometres: far finer than a screen shows, and half the text of nanometres.
std::string number(double mm) { return drawingSize(Length::fromSteps(std::llround(mm * Length::stepsPerUnit))); }

std::string point(const Point2d& p) { return number(p[0]) + " " + number(-p[1]); }

void appendLoop(std::string& d, const Loop2d& loop) {
    for (std::size_t i = 0; i < loop.size(); ++i)
        d += (i == 0 ? (d.empty() ? "M " : " M ") : i == 1 ? " L " : " ") + point(loop[i]);
    if (!loop.empty()) d += " Z";
}

std::string hexColour(const std::array<double, 3>& rgb, double factor) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text = "#";
    for (const double channel : rgb) {
        const auto value = std::clamp<long long>(std::llround(channel * factor * 255), 0, 255);
        text += digits[value / 16];
        text += digits[value % 16];
    }
    return text;
}

std::string pathOf(const ShadedPolygon& polygon) {
    std::string d;
    appendLoop(d, polygon.outer);
    for (const auto& opening : polygon.openings) appendLoop(d, opening);
    // A darker edge of the face's own colour, as the PNG pictures have.
    return "<path d=\"" + d + "\" fill=\"" + hexColour(polygon.rgb, 1) + "\" stroke=\"" + hexColour(polygon.rgb, 0.6) +
           "\"/>\n";
}

}  // namespace

std::string modelViewSvg(const View2d& view, const std::string& title) {
    const double width = view.max[0] - view.min[0] + 2 * marginMm;
    const double height = view.max[1] - view.min[1] + 2 * marginMm;
    // SVG's y points down: the view's top edge, max y, becomes the smallest SVG y.
    const std::string box = number(view.min[0] - marginMm) + " " + number(-view.max[1] - marginMm) + " " +
                            number(width) + " " + number(height);
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                      number(width) + "mm\" height=\"" + number(height) + "mm\" viewBox=\"" + box + "\">\n";
    svg += "<title>" + xmlEscape(title) + "</title>\n";
    const double edge = (std::max(width, height) - 2 * marginMm) / edgesPerSide;
    svg += "<g fill-rule=\"evenodd\" stroke-width=\"" + number(edge) + "\" stroke-linejoin=\"round\">\n";
    for (const auto& polygon : view.polygons) svg += pathOf(polygon);
    return svg + "</g>\n</svg>\n";
}

}  // namespace partgen
