// A cutout's label goes to the first free side of its cutout.

#include "drawing/label_place.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Length mm(int v) { return millimetres(v); }
Box box(int x0, int y0, int x1, int y1) { return {{mm(x0), mm(y0)}, {mm(x1), mm(y1)}}; }
const Box panel = box(0, 0, 200, 100);

}  // namespace

TEST_CASE("a label goes above its cutout when nothing is there", "[drawing][labels]") {
    std::vector<Box> taken{box(40, 40, 60, 50)};
    const TextEntity label = placedLabel(taken[0], "1: 770-744", mm(2), panel, taken);
    CHECK(label.align == TextAlign::centre);
    CHECK(label.at.x == mm(50));
    CHECK(label.at.y > mm(50));
    CHECK(taken.size() == 2);
}

TEST_CASE("a label moves below, then beside, when the places before are taken", "[drawing][labels]") {
    std::vector<Box> taken{box(40, 40, 60, 50), box(30, 51, 70, 60)};  // a neighbour just above
    const TextEntity below = placedLabel(taken[0], "1: 770-744", mm(2), panel, taken);
    CHECK(below.at.y < mm(40));
    taken.push_back(box(30, 30, 70, 39));  // and now one below too
    const TextEntity right = placedLabel(taken[0], "2: 770-744", mm(2), panel, taken);
    CHECK(right.align == TextAlign::left);
    CHECK(right.at.x > mm(60));
    for (std::size_t i = 0; i + 1 < taken.size(); ++i) CHECK_FALSE(overlaps(textBox(right), taken[i]));
}

TEST_CASE("a label stays inside the panel, and above when no place is free", "[drawing][labels]") {
    std::vector<Box> taken{box(0, 90, 200, 100)};  // a cutout along the top edge
    const TextEntity label = placedLabel(taken[0], "1: 770-745", mm(2), panel, taken);
    CHECK(label.at.y < mm(90));
    std::vector<Box> full{box(0, 0, 200, 100)};
    const TextEntity fallback = placedLabel(full[0], "1: x", mm(2), panel, full);
    CHECK(fallback.at.y > mm(100));
}
