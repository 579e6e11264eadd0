#pragma once
// A 2D drawing as plain entities on named layers, between the geometry and the
// file writers (DXF R12, DXF R2000, SVG), so every writer shows the same thing.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "geometry/shapes.h"

namespace partgen {

enum class DrawingLayer { outline, cut, dim, text, center };

struct LayerStyle {
    DrawingLayer layer;
    std::string_view name;  // DXF layer name
    int aciColour;          // AutoCAD colour index
    std::string_view svgColour;
};

const std::vector<LayerStyle>& drawingLayers();
const LayerStyle& styleOf(DrawingLayer layer);

enum class TextAlign { left, centre };

struct PolylineEntity {
    DrawingLayer layer;
    Contour contour;  // closed
};

struct LineEntity {
    DrawingLayer layer;
    Point from, to;
};

struct TextEntity {
    DrawingLayer layer;
    Point at;  // baseline start (left) or baseline middle (centre)
    Length height;
    std::string text;  // UTF-8
    TextAlign align = TextAlign::left;
};

using Entity = std::variant<PolylineEntity, LineEntity, TextEntity>;

struct Drawing {
    std::vector<Entity> entities;

    void add(Entity e) { entities.push_back(std::move(e)); }
    Box extents() const;  // of all geometry, texts by an estimate of their width
};

}  // namespace partgen
