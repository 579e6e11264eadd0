// The only translation unit that includes CGAL's box intersection: each CGAL header
// costs seconds of build time.
#include "geometry/close_pairs.h"

#include <CGAL/box_intersection_d.h>

#include <algorithm>

namespace partgen {
namespace {

using IndexedBox = CGAL::Box_intersection_d::Box_with_info_d<double, 2, std::size_t>;

// Nanometre steps and their halves are exact in a double below 2^52 steps (4,500 km).
IndexedBox grown(const Box& b, Length reach, std::size_t index) {
    const double half = static_cast<double>(reach.steps()) / 2;
    double lo[2] = {static_cast<double>(b.min.x.steps()) - half, static_cast<double>(b.min.y.steps()) - half};
    double hi[2] = {static_cast<double>(b.max.x.steps()) + half, static_cast<double>(b.max.y.steps()) + half};
    return IndexedBox(lo, hi, index);
}

}  // namespace

std::vector<IndexPair> boxesWithin(const std::vector<Box>& boxes, Length reach) {
    std::vector<IndexedBox> indexed;
    indexed.reserve(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) indexed.push_back(grown(boxes[i], reach, i));
    std::vector<IndexPair> pairs;
    // CLOSED (the default): boxes that only touch are reported, so a gap of exactly
    // `reach` is a candidate.
    CGAL::box_self_intersection_d(indexed.begin(), indexed.end(), [&pairs](const IndexedBox& a, const IndexedBox& b) {
        pairs.push_back(std::minmax(a.info(), b.info()));
    });
    // The sweep reports pairs in no useful order; callers report problems pair by pair.
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

}  // namespace partgen
