#pragma once
// Where a cutout's label goes on a panel drawing: beside its cutout, on the first side where
// it overlaps nothing drawn before it (other cutouts with their marks, other labels), so
// a tight but valid layout stays readable.

#include <string>
#include <vector>

#include "drawing/drawing.h"

namespace partgen {

// The box a text takes, its width estimated as the title block estimates it.
Box textBox(const TextEntity& text);

// Whether two boxes share any point.
bool overlaps(const Box& a, const Box& b);

// The label of a cutout whose drawing (contour and marks) takes `own`: above it, else below,
// right, left, then the same further out, the first place inside `within` (the panel: the
// dimensions lie outside it) that overlaps nothing in `taken`; above when every place is
// taken. Its box joins `taken`.
TextEntity placedLabel(const Box& own, std::string text, Length height, const Box& within, std::vector<Box>& taken);

}  // namespace partgen
