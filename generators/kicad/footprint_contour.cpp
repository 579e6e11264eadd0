#include "kicad/footprint_contour.h"

namespace partgen {
namespace {

// KiCad's y axis points down.
Point toKicad(Point p) { return {p.x, -p.y}; }

}  // namespace

FpArc kicadArcOf(const Arc& arc, KicadLayer layer, Length width, std::string key) {
    const Point start = toKicad(startOf(arc)), middle = toKicad(middleOf(arc)), end = toKicad(endOf(arc));
    // Flipping y keeps the picture: a counter-clockwise arc still turns counter-clockwise on
    // screen, so its ends swap to run clockwise.
    if (sweepOf(arc).count > 0) return {end, middle, start, layer, width, std::move(key)};
    return {start, middle, end, layer, width, std::move(key)};
}

std::vector<FpGraphic> kicadGraphicsOf(const Contour& contour, KicadLayer layer, Length width,
                                       const std::string& role) {
    std::vector<FpGraphic> graphics;
    graphics.reserve(contour.segments.size());
    int lines = 0, arcs = 0;
    for (const auto& segment : contour.segments) {
        if (const auto* arc = std::get_if<Arc>(&segment))
            graphics.push_back(kicadArcOf(*arc, layer, width, role + "/arc/" + std::to_string(++arcs)));
        else
            graphics.push_back(FpLine{toKicad(startOf(segment)), toKicad(endOf(segment)), layer, width,
                                      role + "/line/" + std::to_string(++lines)});
    }
    return graphics;
}

}  // namespace partgen
