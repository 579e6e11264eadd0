#pragma once
// A whole panel for the punching or laser machine: every placed cutout, checked
// against each other, the panel edge and the sheet thickness, then drawn.

#include <optional>
#include <vector>

#include "drawing/drawing.h"
#include "drawing/drawing_rules.h"
#include "geometry/close_pairs.h"
#include "geometry/cutout.h"
#include "spec/load.h"
#include "spec/panel_layout.h"

namespace partgen {

class Diagnostics;

struct PlacedCutout {
    const Placement* placement;
    Cutout cutout;
    RoundedRect largest;  // placed and turned, at nominal + plus tolerance: the worst case for webs
    RoundedRect flange;   // the part's front outline (width x height), placed and turned
};

struct PanelPlan {
    const PanelLayout* layout;
    std::vector<PlacedCutout> cutouts;
    Length minimumWeb, minimumEdgeDistance;
};

// Whether a part whose cutout has an estimated value may be placed: `accept` draws it
// on the estimated-cut layer with a warning, `refuse` names the part and its values.
enum class EstimatedCutouts { refuse, accept };

// Refuses, with an error at the placement's line, unknown numbers, parts without a
// cutout, a sheet outside a part's plate thickness range, webs below the minimum,
// cutouts too close to the edge, flanges that overlap or reach past the edge (the
// parts could not be mounted), and estimated cutouts unless accepted (once per part, at
// its first placement). nullopt when anything was refused.
std::optional<PanelPlan> planPanel(const PanelLayout& layout, const LoadedSpec& spec, const DrawingRules& rules,
                                   EstimatedCutouts estimated, Diagnostics& diagnostics);

// The pairs of plan.cutouts (by index, sorted) close enough that their webs and flanges
// need the exact check; every other pair passes it. About n log n in the cutouts, not n².
std::vector<IndexPair> nearCutoutPairs(const PanelPlan& plan);

// The exact web and flange check of each pair, reported pair by pair in the given order.
// planPanel checks nearCutoutPairs(); every pair i < j in order gives the same messages.
void checkWebs(const PanelPlan& plan, const std::vector<IndexPair>& pairs, Diagnostics& diagnostics);

// The face a panel drawing shows: the rear view mirrors x (texts stay readable), for
// work from behind, and measures from the rear's lower left corner.
enum class PanelFace { front, rear };

struct PanelDrawingOptions {
    PanelFace face = PanelFace::front;
    // Whether the title block states the scale: a PDF states the scale it printed at
    // itself; DXF and SVG are 1:1 in millimetres.
    bool statesScale = true;
};

// The shop drawing: outline, cuts, centre and pole-1 marks, labels "pos: number",
// ordinate dimensions from the origin, the notes, the position table, frame and title
// block.
Drawing panelDrawing(const PanelPlan& plan, const DrawingRules& rules, const PanelDrawingOptions& options = {});

// The panel's sheet as a rounded rectangle with its lower left corner at the origin.
RoundedRect panelShape(const PanelLayout& layout);

}  // namespace partgen
