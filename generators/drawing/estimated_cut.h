#pragma once
// Cutouts whose size is partly estimated, kept visible where metal is cut: their contour
// goes on the templates' estimated-cut layer instead of CUT, so a CAM program that imports
// only CUT cuts no estimate unseen, and the title block says which values are estimates.

#include <string>

#include "drawing/drawing.h"
#include "drawing/drawing_rules.h"
#include "geometry/cutout.h"

namespace partgen {

// The estimated-cut layer's name: templates/drawing.xml's estimated-cut-layer.
std::string estimatedCutLayerName(const DrawingRules& rules);

// The layer for the contour of `cutout`: CUT, or the estimated-cut layer, which it
// declares in `d` when first used.
DrawingLayer cutLayerFor(Drawing& d, const Cutout& cutout, const DrawingRules& rules);

// "ESTIMATED CUTOUT SIZES ON LAYER CUT_ESTIMATED, NOT FROM THE DATASHEET: check the fit
// before cutting"
std::string estimateHeading(const DrawingRules& rules);

// "770-744: cutout-height 15.8 mm, cutout-radius 1 mm are estimated"; `cutout` has an
// estimated value.
std::string estimateLine(const std::string& number, const Cutout& cutout);

}  // namespace partgen
