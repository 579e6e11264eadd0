#pragma once
// A 2D drawing as plain entities on named layers, between the geometry and the
// file writers (DXF R12, DXF R2000, SVG), so every writer shows the same thing.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "geometry/shapes.h"

namespace partgen {

// estimatedCut holds cut contours whose size is partly estimated: a CAM program that
// imports only the cut layer does not cut them unseen. frame holds a shop drawing's sheet
// frame, title block and tables: declared only by the drawings that have one.
enum class DrawingLayer { outline, cut, estimatedCut, dim, text, center, frame };

struct LayerStyle {
    DrawingLayer layer;
    std::string name;  // DXF layer name and SVG class
    int aciColour;     // AutoCAD colour index
    std::string_view svgColour;
};

// OUTLINE, CUT, DIM, TEXT and CENTER: the layers every drawing declares.
const std::vector<LayerStyle>& standardLayers();
// The estimated-cut layer under the name the templates give it.
LayerStyle estimatedCutStyle(const std::string& name);
// FRAME: the frame, title block and table lines of a shop drawing, never cut.
LayerStyle frameStyle();

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
    std::vector<LayerStyle> layers = standardLayers();  // declared by the writers, in this order

    void add(Entity e) { entities.push_back(std::move(e)); }
    void declare(LayerStyle style);  // once; a layer declared already is kept as it is
    // Throws std::logic_error for a layer the drawing did not declare.
    const LayerStyle& styleOf(DrawingLayer layer) const;
    Box extents() const;  // of all geometry, texts by an estimate of their width
};

}  // namespace partgen
