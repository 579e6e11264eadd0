#pragma once
// Points and boxes in the plane, in exact lengths.

#include "model/quantity.h"

namespace partgen {

struct Point {
    Length x, y;
    bool operator==(const Point&) const = default;
};

struct Box {
    Point min, max;
    bool operator==(const Box&) const = default;
};

}  // namespace partgen
