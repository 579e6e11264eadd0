// A cutout's label goes to the first free side of its cutout.

#include "drawing/label_place.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Length mm(int v) { return millimetres(v); }
Box box(int x0, int y0, int x1, int y1) { return {{mm(x0), mm(y0)}, {mm(x1), mm(y1)}}; }
const Box panel = box(0, 0, 200, 100);

TakenSpace spaceOf(const std::vector<Box>& boxes) {
    TakenSpace space;
    for (const auto& b : boxes) space.add(b);
    return space;
}

}  // namespace

TEST_CASE("a label goes above its cutout when nothing is there, and then takes its place", "[drawing][labels]") {
    const Box own = box(40, 40, 60, 50);
    TakenSpace taken = spaceOf({own});
    const TextEntity label = placedLabel(own, "1: 770-744", mm(2), panel, taken);
    CHECK(label.align == TextAlign::centre);
    CHECK(label.at.x == mm(50));
    CHECK(label.at.y > mm(50));
    CHECK(taken.overlapsAny(textBox(label)));
}

TEST_CASE("a label moves below, then beside, when the places before are taken", "[drawing][labels]") {
    const Box own = box(40, 40, 60, 50);
    TakenSpace taken = spaceOf({own, box(30, 51, 70, 60)});  // a neighbour just above
    const TextEntity below = placedLabel(own, "1: 770-744", mm(2), panel, taken);
    CHECK(below.at.y < mm(40));
    TakenSpace crowded = spaceOf({own, box(30, 51, 70, 60), box(30, 30, 70, 39)});  // and one below
    const TextEntity right = placedLabel(own, "2: 770-744", mm(2), panel, crowded);
    CHECK(right.align == TextAlign::left);
    CHECK(right.at.x > mm(60));
    CHECK_FALSE(spaceOf({own, box(30, 51, 70, 60), box(30, 30, 70, 39)}).overlapsAny(textBox(right)));
}

TEST_CASE("a label stays inside the panel, and above when no place is free", "[drawing][labels]") {
    const Box top = box(0, 90, 200, 100);  // a cutout along the top edge
    TakenSpace taken = spaceOf({top});
    CHECK(placedLabel(top, "1: 770-745", mm(2), panel, taken).at.y < mm(90));
    const Box all = box(0, 0, 200, 100);
    TakenSpace full = spaceOf({all});
    CHECK(placedLabel(all, "1: x", mm(2), panel, full).at.y > mm(100));
}

TEST_CASE("the taken space finds overlaps across grid squares and below zero", "[drawing][labels]") {
    const TakenSpace space = spaceOf({box(-50, -50, -41, -41), box(15, 15, 65, 25)});
    CHECK(space.overlapsAny(box(-42, -42, -30, -30)));
    CHECK(space.overlapsAny(box(60, 20, 61, 21)));  // in a square the big box reaches
    CHECK(space.overlapsAny(box(65, 25, 80, 30)));  // touching counts
    CHECK_FALSE(space.overlapsAny(box(-40, -40, 14, 14)));
    CHECK_FALSE(space.overlapsAny(box(66, 26, 200, 200)));
}
