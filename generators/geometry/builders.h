#pragma once
// Small named builders that connector models are assembled from: outlines in the plane,
// prisms along z with through-holes and blind pockets, and turning a prism onto another
// axis. Every builder returns correctly oriented closed solids.

#include <vector>

#include "geometry/shapes.h"
#include "geometry/solid.h"
#include "geometry/wide_int.h"

namespace partgen {

using Polygon2 = std::vector<Point>;

// An outline with through-holes. Any winding is accepted; builders orient it.
struct Profile {
    Polygon2 outer;
    std::vector<Polygon2> holes;
};

// A blind opening: its mouth lies in an end face of a prism, its floor `depth` inside.
struct Pocket {
    Polygon2 mouth;
    Length depth;
};

// A prism from z = bottom to z = top, with pockets sunk into its top and bottom faces.
// Pockets must lie inside the outline, apart from holes and each other, and be
// shallower than the prism (the caller's layout guarantees it).
struct PrismSpec {
    Profile profile;
    Length bottom, top;
    std::vector<Pocket> topPockets, bottomPockets;
};

// An axis-parallel rectangle centred on `centre`, its corners cut at 45 degrees by
// `chamfer` (none when zero). Counter-clockwise.
Polygon2 chamferedRectangle(Point centre, Length width, Length height, Length chamfer);

Polygon2 rectangle(Point centre, Length width, Length height);

Solid prism(const PrismSpec& spec);

enum class Axis { x, y, z };

// Turns a solid built along z onto `axis` by a cyclic exchange of coordinates (a
// rotation, so orientation survives): along x the profile's (x, y) become (y, z),
// along y they become (z, x).
Solid alongAxis(Solid solid, Axis axis);

// Twice the signed area: positive for a counter-clockwise polygon.
WideInt twiceSignedArea(const Polygon2& polygon);

}  // namespace partgen
