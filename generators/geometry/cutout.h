#pragma once
// The one panel cutout of a panel-mount variant, shared by every output that shows
// it (cutout drawing, panel drawing, KiCad Edge.Cuts, EPLAN drilling pattern).

#include <optional>

#include "geometry/shapes.h"
#include "model/part_values.h"
#include "model/variant.h"

namespace partgen {

enum class ContourSize { nominal, midTolerance };

struct Cutout {
    Length width, height, radius;  // nominal
    Tolerance tolerance;
    Range<Length> plateThickness;  // panel thicknesses the part snaps into
    bool estimated = false;        // any of the sizes is an estimate
};

// nullopt for a variant that does not mount in a panel.
std::optional<Cutout> cutoutOf(const Variant& v);

// The contour to cut, centred on `centre`: nominal, or the middle of the tolerance band.
RoundedRect cutShape(const Cutout& cutout, ContourSize size, Point centre = {});

}  // namespace partgen
