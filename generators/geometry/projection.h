#pragma once
// A model's solids as a flat-shaded picture, independent of what draws it: every face
// that looks towards the viewer becomes a polygon (with its openings) in a 2D view, with
// its colour darkened by how little it faces the light, in the order a painter draws
// them, farthest first. The same model gives the same polygons in the same order.

#include <array>
#include <string>
#include <vector>

#include "geometry/solid.h"

namespace partgen {

using Point2d = std::array<double, 2>;  // millimetres in the view; y up
using Loop2d = std::vector<Point2d>;

struct ShadedPolygon {
    Loop2d outer;
    std::vector<Loop2d> openings;
    std::array<double, 3> rgb;  // 0..1, the solid's colour times the face's shade
};

struct View2d {
    std::vector<ShadedPolygon> polygons;  // painter's order: draw first to last
    Point2d min{}, max{};                 // bounds of every polygon
};

// Where the viewer stands, in the models' axes (x right, y up, z towards the front, as the
// models are built). The three orthographic views are those of a third-angle drawing:
// front looks along -z, top down along -y (the front at the bottom), right along -x (the
// front at the left). The isometric view looks from the front, top and right at once.
enum class ViewDirection { front, top, right, isometric };

// The model as seen from `direction`, without perspective: x and y of the view are
// millimetres along the view's right and up.
View2d projectedView(const Model3d& model, ViewDirection direction);

// The isometric view: the mating face, the top and the right side show.
View2d isometricView(const Model3d& model);

}  // namespace partgen
