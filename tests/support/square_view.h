#pragma once
// A 10 mm square of one colour as a 2D view: the smallest picture the writers can draw.

#include <array>

#include "geometry/projection.h"

namespace partgen::test {

inline View2d squareView(std::array<double, 3> rgb) {
    View2d view;
    view.polygons.push_back({{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}, rgb});
    view.min = {0, 0};
    view.max = {10, 10};
    return view;
}

}  // namespace partgen::test
