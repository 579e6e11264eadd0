#include "geometry/close_pairs.h"

#include <random>

#include "support/catch.h"

using namespace partgen;

namespace {

Box box(std::int64_t x0, std::int64_t y0, std::int64_t x1, std::int64_t y1) {
    return {{nanometres(x0), nanometres(y0)}, {nanometres(x1), nanometres(y1)}};
}

// How far apart two boxes are along one axis; negative when they overlap on it.
Length axisGap(Length minA, Length maxA, Length minB, Length maxB) { return std::max(minA - maxB, minB - maxA); }

// The definition, pair by pair.
std::vector<IndexPair> everyPairWithin(const std::vector<Box>& boxes, Length reach) {
    std::vector<IndexPair> pairs;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            const Box &a = boxes[i], &b = boxes[j];
            if (axisGap(a.min.x, a.max.x, b.min.x, b.max.x) <= reach &&
                axisGap(a.min.y, a.max.y, b.min.y, b.max.y) <= reach)
                pairs.emplace_back(i, j);
        }
    return pairs;
}

}  // namespace

TEST_CASE("boxes exactly the reach apart are a pair, one nanometre further are not", "[geometry][close-pairs]") {
    const Length reach = nanometres(2'250'001);  // odd: half of it is not a whole step
    const std::vector<Box> boxes{box(0, 0, 10'000'000, 5'000'000),
                                 box(12'250'001, 0, 20'000'000, 5'000'000),           // exactly reach right of box 0
                                 box(0, 7'250'002, 10'000'000, 9'000'000),            // reach + 1 above box 0
                                 box(22'250'001, 7'250'001, 30'000'000, 9'000'000)};  // diagonal to box 1 at reach
    CHECK(boxesWithin(boxes, reach) == std::vector<IndexPair>{{0, 1}, {1, 3}});
    // Box 2 is also reach + 1 above and reach left of box 1.
    CHECK(boxesWithin(boxes, reach + nanometres(1)) == std::vector<IndexPair>{{0, 1}, {0, 2}, {1, 2}, {1, 3}});
}

TEST_CASE("touching and identical boxes are pairs at no reach, and fewer than two boxes none",
          "[geometry][close-pairs]") {
    const Box a = box(0, 0, 10, 10);
    CHECK(boxesWithin({a, box(10, 10, 20, 20), a}, Length()) == std::vector<IndexPair>{{0, 1}, {0, 2}, {1, 2}});
    CHECK(boxesWithin({}, millimetres(1)).empty());
    CHECK(boxesWithin({a}, millimetres(1)).empty());
}

// Boxes on a coarse grid, so that many touch, overlap or stand exactly the reach apart.
TEST_CASE("the indexed search finds exactly the pairs that trying every pair finds", "[geometry][close-pairs]") {
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        std::mt19937 random(seed);
        auto coordinate = [&random](std::uint32_t cells) { return static_cast<std::int64_t>(random() % cells) * 1000; };
        std::vector<Box> boxes;
        for (int i = 0; i < 300; ++i) {
            const std::int64_t x = coordinate(200), y = coordinate(100);
            boxes.push_back(box(x, y, x + coordinate(12), y + coordinate(6)));
        }
        const Length reach = nanometres(coordinate(4));
        INFO("seed " << seed << ", reach " << reach.steps());
        const auto expected = everyPairWithin(boxes, reach);
        CHECK(expected.size() > 100);
        CHECK(boxesWithin(boxes, reach) == expected);
    }
}
