#include "drawing/svg.h"

#include <cmath>

#include "model/decimal.h"
#include "model/xml_text.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

const Length margin = millimetres(5);

// SVG's y axis points down; drawings' up.
std::string x(Length v) { return drawingCoordinate(v); }
std::string y(Length v) { return drawingCoordinate(-v); }
std::string number(double mm) { return formatDecimal(std::llround(mm * 1e6), 6, 6); }

std::string arcTo(const ContourVertex& from, Point to) {
    const double dx = (to.x - from.at.x).units(), dy = (to.y - from.at.y).units();
    const double angle = 4 * std::atan(std::fabs(from.bulge));
    const double radius = std::hypot(dx, dy) / (2 * std::sin(angle / 2));
    // Counter-clockwise in drawing coordinates is counter-clockwise on screen too,
    // which SVG calls sweep-flag 0 once y is flipped.
    const char* sweep = from.bulge > 0 ? "0" : "1";
    const char* large = angle > M_PI ? "1" : "0";
    return " A " + number(radius) + " " + number(radius) + " 0 " + large + " " + sweep + " " + x(to.x) + " " + y(to.y);
}

std::string path(const PolylineEntity& e) {
    const auto& v = e.contour.vertices;
    if (v.empty()) return {};
    std::string d = "M " + x(v[0].at.x) + " " + y(v[0].at.y);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Point next = v[(i + 1) % v.size()].at;
        d += v[i].bulge == 0 ? " L " + x(next.x) + " " + y(next.y) : arcTo(v[i], next);
    }
    return "  <path class=\"" + std::string(styleOf(e.layer).name) + "\" d=\"" + d + " Z\"/>\n";
}

std::string element(const PolylineEntity& e) { return path(e); }

std::string element(const LineEntity& e) {
    return "  <line class=\"" + std::string(styleOf(e.layer).name) + "\" x1=\"" + x(e.from.x) + "\" y1=\"" +
           y(e.from.y) + "\" x2=\"" + x(e.to.x) + "\" y2=\"" + y(e.to.y) + "\"/>\n";
}

std::string element(const TextEntity& e) {
    return "  <text class=\"" + std::string(styleOf(e.layer).name) + "\" x=\"" + x(e.at.x) + "\" y=\"" + y(e.at.y) +
           "\" font-size=\"" + drawingCoordinate(e.height) + "\"" +
           (e.align == TextAlign::centre ? " text-anchor=\"middle\"" : "") + ">" + xmlEscape(e.text) + "</text>\n";
}

std::string styles() {
    std::string css = "  <style>\n    path, line { fill: none; stroke-width: 0.25; }\n    text { font-family: sans-serif; }\n";
    for (const auto& s : drawingLayers()) {
        const std::string name(s.name), colour(s.svgColour);
        css += "    ." + name + " { stroke: " + colour + "; }\n    text." + name + " { fill: " + colour + "; stroke: none; }\n";
    }
    return css + "  </style>\n";
}

}  // namespace

std::string writeSvg(const Drawing& drawing) {
    const Box box = drawing.extents();
    const Length left = box.min.x - margin, top = box.max.y + margin;
    const Length width = box.max.x - box.min.x + margin * 2, height = box.max.y - box.min.y + margin * 2;
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + drawingCoordinate(width) + "mm\" height=\"" +
           drawingCoordinate(height) + "mm\" viewBox=\"" + x(left) + " " + y(top) + " " + drawingCoordinate(width) +
           " " + drawingCoordinate(height) + "\">\n";
    svg += styles();
    for (const auto& e : drawing.entities) svg += std::visit([](const auto& item) { return element(item); }, e);
    return svg + "</svg>\n";
}

}  // namespace partgen
