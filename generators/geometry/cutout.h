#pragma once
// The one panel cutout of a panel-mount variant, shared by every output that shows
// it (cutout drawing, panel drawing, KiCad Edge.Cuts, EPLAN drilling pattern).

#include <optional>
#include <string_view>
#include <vector>

#include "geometry/shapes.h"
#include "model/part_values.h"
#include "model/variant.h"

namespace partgen {

enum class ContourSize { nominal, midTolerance };

// The values that decide where the cut runs.
enum class CutoutValue { width, height, radius, tolerance };

struct Cutout {
    Length width, height, radius;  // nominal
    Tolerance tolerance;
    Range<Length> plateThickness;              // panel thicknesses the part snaps into
    std::vector<CutoutValue> estimatedValues;  // in the order of CutoutValue

    bool isEstimated() const { return !estimatedValues.empty(); }
};

// The spec's name of a value: "cutout-height".
std::string_view cutoutValueName(CutoutValue value);

// nullopt for a variant that does not mount in a panel.
std::optional<Cutout> cutoutOf(const Variant& v);

// The contour to cut, centred on `centre`: nominal, or the middle of the tolerance band.
RoundedRect cutShape(const Cutout& cutout, ContourSize size, Point centre = {});

}  // namespace partgen
