#include "drawing/svg.h"

#include "model/xml_text.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

const Length margin = millimetres(5);

// SVG's y axis points down; drawings' up.
std::string x(Length v) { return drawingCoordinate(v); }
std::string y(Length v) { return drawingCoordinate(-v); }

// Radius, sweep and end point come straight from the exact arc: no trigonometry.
std::string arcTo(const Arc& arc) {
    const int sweep = sweepOf(arc).count;
    // Counter-clockwise in drawing coordinates is counter-clockwise on screen too,
    // which SVG calls sweep-flag 0 once y is flipped.
    const char* sweepFlag = sweep > 0 ? "0" : "1";
    const char* large = sweep > 2 || sweep < -2 ? "1" : "0";
    const std::string r = drawingCoordinate(arc.radius);
    const Point to = endOf(arc);
    return " A " + r + " " + r + " 0 " + large + " " + sweepFlag + " " + x(to.x) + " " + y(to.y);
}

std::string stepTo(const ContourSegment& segment) {
    if (const auto* arc = std::get_if<Arc>(&segment)) return arcTo(*arc);
    const Point to = endOf(segment);
    return " L " + x(to.x) + " " + y(to.y);
}

std::string path(const LayerStyle& layer, const PolylineEntity& e) {
    const auto& segments = e.contour.segments;
    if (segments.empty()) return {};
    const Point start = startOf(segments.front());
    std::string d = "M " + x(start.x) + " " + y(start.y);
    for (const auto& segment : segments) d += stepTo(segment);
    return "  <path class=\"" + layer.name + "\" d=\"" + d + " Z\"/>\n";
}

std::string element(const LayerStyle& layer, const PolylineEntity& e) { return path(layer, e); }

std::string element(const LayerStyle& layer, const LineEntity& e) {
    return "  <line class=\"" + layer.name + "\" x1=\"" + x(e.from.x) + "\" y1=\"" + y(e.from.y) + "\" x2=\"" +
           x(e.to.x) + "\" y2=\"" + y(e.to.y) + "\"/>\n";
}

std::string element(const LayerStyle& layer, const TextEntity& e) {
    return "  <text class=\"" + layer.name + "\" x=\"" + x(e.at.x) + "\" y=\"" + y(e.at.y) + "\" font-size=\"" +
           drawingCoordinate(e.height) + "\"" + (e.align == TextAlign::centre ? " text-anchor=\"middle\"" : "") + ">" +
           xmlEscape(e.text) + "</text>\n";
}

std::string styles(const Drawing& d) {
    std::string css =
        "  <style>\n    path, line { fill: none; stroke-width: 0.25; }\n    text { font-family: sans-serif; }\n";
    for (const auto& s : d.layers) {
        const std::string name(s.name), colour(s.svgColour);
        css += "    ." + name + " { stroke: " + colour + "; }\n    text." + name + " { fill: " + colour +
               "; stroke: none; }\n";
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
    svg += styles(drawing);
    for (const auto& e : drawing.entities)
        svg += std::visit([&](const auto& item) { return element(drawing.styleOf(item.layer), item); }, e);
    return svg + "</svg>\n";
}

}  // namespace partgen
