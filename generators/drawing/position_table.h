#pragma once
// The position table of a panel drawing: one row per placement, in layout order, so the
// shop can check every cutout's centre and size against a number on the drawing.

#include <array>
#include <string>
#include <vector>

#include "drawing/drawing.h"
#include "drawing/panel.h"

namespace partgen {

// pos, part number, cutout W x H R, tolerance, centre x, centre y, rotation, and how many
// cutouts of that part number the panel has: as printed.
using PositionRow = std::array<std::string, 8>;

// The header row first, then one row per placement; pos counts from 1 in layout order.
// Centres are as drawn: from the lower left corner of the view (`mirrored`: the rear).
std::vector<PositionRow> positionRows(const PanelPlan& plan, bool mirrored = false);

// Draws the rows (header first) with the table's upper left corner at `topLeft`: texts on
// the text layer, the grid on the frame layer (declared here). Returns the table's bottom.
Length addPositionTable(Drawing& d, const std::vector<PositionRow>& rows, Point topLeft);

}  // namespace partgen
