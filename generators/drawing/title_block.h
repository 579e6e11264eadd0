#pragma once
// The frame and title block of a shop drawing: what the shop files the drawing by
// (number, revision) and what it must know before it cuts (material, thickness, general
// tolerances, which face is shown, which way to punch).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "drawing/drawing.h"

namespace partgen {

struct TitleBlock {
    std::string title, drawingNumber, revision, material, thickness, generalTolerance, view, punchDirection;
    // "1:1"; none for a writer that states the printed scale itself (PDF).
    std::optional<std::string> scale;
};

// The block's rows as label and value, top to bottom; fields left empty are left out.
std::vector<std::pair<std::string, std::string>> titleBlockRows(const TitleBlock& block);

// Frames everything drawn so far and puts the title block below it, in the frame's lower
// right corner: lines on the frame layer (declared here), texts on the text layer.
void addFrameAndTitleBlock(Drawing& d, const TitleBlock& block);

// Glyphs taken as 0.7 of the height wide: enough to size cells around capitals.
Length estimatedTextWidth(const std::string& text, Length height);

// The four sides of a rectangle as lines on `layer`.
void addRectangle(Drawing& d, DrawingLayer layer, Box box);

}  // namespace partgen
