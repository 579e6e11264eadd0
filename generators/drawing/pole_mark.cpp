#include "drawing/pole_mark.h"

#include <utility>

namespace partgen {
namespace {

constexpr Length textHeight = Length::fromSteps(2'500'000);
constexpr Length clearance = Length::fromSteps(750'000);   // cutout edge to the triangle's tip
constexpr Length depth = Length::fromSteps(2'250'000);     // tip to base
constexpr Length halfBase = Length::fromSteps(1'250'000);  // of the triangle
constexpr Length textOffset = Length::fromSteps(2'000'000);

struct Placed {
    Point centre;
    int quarterTurns;
    bool mirrored;

    // An offset from the centre of the unturned part, turned and mirrored into the drawing.
    Point at(Length dx, Length dy) const {
        for (int i = 0; i < quarterTurns; ++i) dx = std::exchange(dy, dx) * -1;
        return {centre.x + (mirrored ? -dx : dx), centre.y + dy};
    }
};

}  // namespace

void addPoleMark(Drawing& d, Point centre, Length halfLength, int rotation, bool mirrored) {
    const Placed p{centre, ((rotation / 90) % 4 + 4) % 4, mirrored};
    const Length tip = -(halfLength + clearance);
    const Length base = tip - depth;
    const Point a = p.at(tip, Length()), b = p.at(base, halfBase), c = p.at(base, -halfBase);
    d.add(LineEntity{DrawingLayer::text, a, b});
    d.add(LineEntity{DrawingLayer::text, b, c});
    d.add(LineEntity{DrawingLayer::text, c, a});
    // Texts are not turned: the "1" stays upright beyond the triangle's base.
    const Point label = p.at(base - textOffset, Length());
    d.add(TextEntity{DrawingLayer::text,
                     {label.x, label.y - Length::fromSteps(textHeight.steps() / 2)},
                     textHeight,
                     "1",
                     TextAlign::centre});
}

}  // namespace partgen
