#include "drawing/drawing.h"

#include <algorithm>
#include <stdexcept>

namespace partgen {

const std::vector<LayerStyle>& standardLayers() {
    static const std::vector<LayerStyle> layers{
        {DrawingLayer::outline, "OUTLINE", 7, "#000000"}, {DrawingLayer::cut, "CUT", 1, "#d00000"},
        {DrawingLayer::dim, "DIM", 3, "#008000"},         {DrawingLayer::text, "TEXT", 7, "#000000"},
        {DrawingLayer::center, "CENTER", 4, "#0080c0"},
    };
    return layers;
}

// Magenta: no other layer uses it, and a CAM preview shows it apart from CUT's red.
LayerStyle estimatedCutStyle(const std::string& name) { return {DrawingLayer::estimatedCut, name, 6, "#c000c0"}; }

LayerStyle frameStyle() { return {DrawingLayer::frame, "FRAME", 8, "#606060"}; }

void Drawing::declare(LayerStyle style) {
    for (const auto& s : layers)
        if (s.layer == style.layer) return;
    layers.push_back(std::move(style));
}

const LayerStyle& Drawing::styleOf(DrawingLayer layer) const {
    for (const auto& s : layers)
        if (s.layer == layer) return s;
    throw std::logic_error("a drawing entity on a layer the drawing did not declare");
}

Box Drawing::extents() const {
    bool first = true;
    Box box{};
    const auto include = [&](Point p) {
        if (first) {
            box = {p, p};
            first = false;
        }
        box.min = {std::min(box.min.x, p.x), std::min(box.min.y, p.y)};
        box.max = {std::max(box.max.x, p.x), std::max(box.max.y, p.y)};
    };
    for (const auto& e : entities) {
        if (const auto* poly = std::get_if<PolylineEntity>(&e)) {
            // Closed: every segment ends where another starts. An arc can reach past its
            // ends, through the axis points its bounds hold.
            for (const auto& segment : poly->contour.segments) {
                include(startOf(segment));
                if (const auto* arc = std::get_if<Arc>(&segment)) {
                    const Box b = boundsOf(*arc);
                    include(b.min);
                    include(b.max);
                }
            }
        } else if (const auto* line = std::get_if<LineEntity>(&e)) {
            include(line->from);
            include(line->to);
        } else if (const auto* text = std::get_if<TextEntity>(&e)) {
            // Glyphs are taken as 0.6 of the height wide: enough to keep a preview's frame
            // around its notes.
            const Length width =
                Length::fromSteps(text->height.steps() * 6 / 10 * static_cast<std::int64_t>(text->text.size()));
            const Length left =
                text->align == TextAlign::centre ? text->at.x - Length::fromSteps(width.steps() / 2) : text->at.x;
            include({left, text->at.y});
            include({left + width, text->at.y + text->height});
        }
    }
    return box;
}

}  // namespace partgen
