#pragma once
// The pole-1 mark of a placed part: a triangle pointing at the cutout's pole-1 end and a
// "1" beside it. A cutout is symmetric, so without it a part turned by 180 degrees
// would draw exactly as one not turned, and the shop could mount it either way round.

#include "drawing/drawing.h"

namespace partgen {

// Pole 1 lies at the left end of the part before it is turned (as every part's pole row
// runs, see model3d/connector_layout.h); `rotation` turns it counter-clockwise about
// `centre` in degrees (0, 90, 180, 270), `mirrored` then flips x for a rear view.
// `halfLength` is half the cutout's unturned width. On the text layer: never cut.
void addPoleMark(Drawing& d, Point centre, Length halfLength, int rotation, bool mirrored = false);

}  // namespace partgen
