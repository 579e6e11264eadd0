#pragma once
// Which of many boxes lie near each other, found in O(n log n) with CGAL's
// box_intersection_d instead of by trying every pair. Callers run their exact checks
// on these candidates only; no CGAL type shows here, so including this costs nothing.

#include <cstddef>
#include <utility>
#include <vector>

#include "geometry/point.h"

namespace partgen {

using IndexPair = std::pair<std::size_t, std::size_t>;

// Every pair (i, j), i < j, of `boxes` that are at most `reach` apart along both axes:
// they overlap or touch once each is grown by half of `reach` on every side. Any two
// shapes inside boxes left out are more than `reach` apart. Sorted by i, then j.
std::vector<IndexPair> boxesWithin(const std::vector<Box>& boxes, Length reach);

}  // namespace partgen
