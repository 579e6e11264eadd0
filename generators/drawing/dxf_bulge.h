#pragma once
// The bulge DXF polylines give a vertex whose segment is an arc: tan(sweep / 4),
// negative for a clockwise arc.

#include <string>

#include "geometry/arc.h"

namespace partgen {

// Fixed point with 15 decimals, exactly rounded ("0.414213562373095" for a
// counter-clockwise quarter arc).
std::string dxfBulge(const Arc& arc);

}  // namespace partgen
