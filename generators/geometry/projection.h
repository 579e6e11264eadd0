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

// The isometric view from the front, top and right (x right, y up, z towards the
// viewer, as the models are built): the mating face, the top and the right side show.
View2d isometricView(const Model3d& model);

}  // namespace partgen
