#pragma once
// Where a cutout's label goes on a panel drawing: beside its cutout, on the first side where
// it overlaps nothing drawn before it (other cutouts with their marks, other labels), so
// a tight but valid layout stays readable.

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "drawing/drawing.h"

namespace partgen {

// The box a text takes, its width estimated as the title block estimates it.
Box textBox(const TextEntity& text);

// Whether two boxes share any point.
bool overlaps(const Box& a, const Box& b);

// The boxes drawn so far, filed by the squares of a coarse grid they touch, so that a
// question about one place looks at its neighbours only: a panel of 10,000 cutouts is
// labelled in linear time.
class TakenSpace {
public:
    void add(const Box& box);
    bool overlapsAny(const Box& box) const;

private:
    template <class Visit>
    static void forEachCell(const Box& box, Visit&& visit);

    std::vector<Box> boxes_;
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<std::size_t>> cells_;
};

// The label of a cutout whose drawing (contour and marks) takes `own`: above it, else below,
// right, left, then the same further out, the first place inside `within` (the panel: the
// dimensions lie outside it) that overlaps nothing in `taken`; above when every place is
// taken. Its box joins `taken`.
TextEntity placedLabel(const Box& own, std::string text, Length height, const Box& within, TakenSpace& taken);

}  // namespace partgen
