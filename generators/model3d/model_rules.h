#pragma once
// Proportions of the simplified 3D models that datasheets do not give
// (templates/model3d.xml), read by model3d/ itself.

#include "model/quantity.h"
#include "model/sourced.h"
#include "spec/house_rules.h"

namespace partgen {

struct ModelRules {
    Sourced<Length> chamfer;  // on the long edges of housing and flange
    Sourced<Length> flangeThickness;
    Sourced<Length> bodyClearance;  // housing behind the flange: cutout minus this on each side
    Sourced<Length> wingReach;      // snap-in wings: how far they reach past the cutout edge
    Sourced<Length> wingLength, wingWidth;
    Sourced<Length> contactWidth, contactHeight, contactDepth;
    Sourced<Length> codingWidth, codingHeight, codingDepth;
    Sourced<Length> entryClearance;  // conductor entry: largest conductor's diameter plus this
};

const RuleFile& modelRuleFile();

}  // namespace partgen
