#include "geometry/shapes.h"

namespace partgen {

Contour contourOf(const RoundedRect& r) {
    const Length left = r.centre.x - Length::fromSteps(r.width.steps() / 2);
    const Length right = left + r.width;
    const Length bottom = r.centre.y - Length::fromSteps(r.height.steps() / 2);
    const Length top = bottom + r.height;
    const Length k = r.radius;
    Contour c;
    if (k == Length()) {
        c.vertices = {{{right, bottom}}, {{right, top}}, {{left, top}}, {{left, bottom}}};
        return c;
    }
    // Each straight edge, then the quarter arc that turns into the next edge.
    c.vertices = {
        {{right, bottom + k}}, {{right, top - k}, quarterArcBulge},
        {{right - k, top}},    {{left + k, top}, quarterArcBulge},
        {{left, top - k}},     {{left, bottom + k}, quarterArcBulge},
        {{left + k, bottom}},  {{right - k, bottom}, quarterArcBulge},
    };
    return c;
}

Box boundsOf(const RoundedRect& r) {
    const Length left = r.centre.x - Length::fromSteps(r.width.steps() / 2);
    const Length bottom = r.centre.y - Length::fromSteps(r.height.steps() / 2);
    return {{left, bottom}, {left + r.width, bottom + r.height}};
}

RoundedRect turned(const RoundedRect& r, int quarterTurns) {
    RoundedRect out = r;
    if (((quarterTurns % 4) + 4) % 4 % 2 == 1) std::swap(out.width, out.height);
    return out;
}

}  // namespace partgen
