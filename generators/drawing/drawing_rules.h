#pragma once
// Panel and cutout drawings (templates/drawing.xml), read by drawing/ itself.

#include <string>

#include "model/quantity.h"
#include "model/sourced.h"
#include "spec/house_rules.h"

namespace partgen {

struct DrawingRules {
    Sourced<std::string> cutoutContour;      // "nominal" or "mid-tolerance"
    Sourced<std::string> estimatedCutLayer;  // DXF layer of cut contours with an estimated size
    Sourced<std::string> punchingNote;
    Sourced<Length> minimumWeb;           // floor of the web between two cutouts
    Sourced<int> minimumWebPerThickness;  // percent of the sheet thickness, e.g. 150
    Sourced<Length> minimumEdgeDistance;
    Sourced<std::string> generalTolerance;  // the title block's class, e.g. "ISO 2768-m"
};

const RuleFile& drawingRuleFile();

}  // namespace partgen
