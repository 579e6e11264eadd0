#pragma once
// Triangles covering a plane polygon with holes, for writers that need meshes (VRML).
// A constrained triangulation (CGAL): every loop edge is a triangle edge, so neighbouring
// faces of a solid meet without cracks.

#include <array>
#include <cstddef>
#include <vector>

namespace partgen {

using Point2d = std::array<double, 2>;

// loops[0] is the outline, the rest are holes, all simple and disjoint. Vertex indices
// count through the loops in order. Triangles run counter-clockwise and come sorted, so
// the same loops give the same list.
std::vector<std::array<std::size_t, 3>> triangulatePolygon(const std::vector<std::vector<Point2d>>& loops);

}  // namespace partgen
