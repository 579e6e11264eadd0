#pragma once
// Ordinate dimensions from the panel origin (its lower left corner): every cutout centre's
// x along the bottom edge, its y along the left edge. One origin, so no chain of
// dimensions adds up its rounding, and the shop sets the machine's zero once.

#include <vector>

#include "drawing/drawing.h"

namespace partgen {

// Ticks and values on the dim layer for 0 and each distinct x below the panel, and for 0
// and each distinct y left of it. A value whose text would touch its neighbour's moves to
// the next row (x) or column (y) out, with a longer tick.
void addOrdinateDimensions(Drawing& d, std::vector<Length> xs, std::vector<Length> ys);

}  // namespace partgen
