#pragma once
// Planar boundary representations: what the STEP and VRML writers draw. Coordinates are
// exact lengths, so shared vertices and edges are found by equality, never by tolerance.

#include <array>
#include <string>
#include <vector>

#include "model/quantity.h"

namespace partgen {

struct Point3 {
    Length x, y, z;
    auto operator<=>(const Point3&) const = default;
};

// A closed polygon; the last point joins the first.
using Loop3 = std::vector<Point3>;

// A planar face. The outer loop runs counter-clockwise seen from outside the solid (its
// right-hand normal points out of the material); openings run the other way.
struct Face3 {
    Loop3 outer;
    std::vector<Loop3> openings;
};

// One closed shell. `colour` is "#RRGGBB".
struct Solid {
    std::string name;
    std::string colour;
    std::vector<Face3> faces;
};

// The red, green and blue of "#RRGGBB", 0 to 255 each.
std::array<int, 3> rgbChannels(const std::string& colour);

// What one 3D model file holds.
struct Model3d {
    std::string name;         // the product, e.g. "770-744"
    std::string description;  // one line for file headers
    std::vector<Solid> solids;
};

struct Bounds3 {
    Point3 min, max;
};

struct Vector3 {
    double x = 0, y = 0, z = 0;
};

// Newell's normal of a loop (not unit length): points to where the loop looks
// counter-clockwise.
Vector3 newellNormal(const Loop3& loop);

// Enclosed volume in mm³ by the divergence theorem: positive for a correctly oriented
// closed solid, negative for an inside-out one.
double volumeOf(const Solid& solid);
double volumeOf(const Model3d& model);

Bounds3 boundsOf(const Model3d& model);

}  // namespace partgen
