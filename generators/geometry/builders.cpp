#include "geometry/builders.h"

#include <algorithm>
#include <stdexcept>

namespace partgen {
namespace {

Polygon2 counterClockwise(Polygon2 polygon) {
    if (twiceSignedArea(polygon) < 0) std::reverse(polygon.begin(), polygon.end());
    return polygon;
}

Polygon2 clockwise(Polygon2 polygon) {
    if (twiceSignedArea(polygon) > 0) std::reverse(polygon.begin(), polygon.end());
    return polygon;
}

Loop3 at(const Polygon2& polygon, Length z) {
    Loop3 loop;
    loop.reserve(polygon.size());
    for (const auto& p : polygon) loop.push_back({p.x, p.y, z});
    return loop;
}

Loop3 reversed(Loop3 loop) {
    std::reverse(loop.begin(), loop.end());
    return loop;
}

// The walls between z = low and z = high along a loop that has material on its left:
// each wall's outward normal points to the loop's right.
void addWalls(const Polygon2& loop, Length low, Length high, std::vector<Face3>& faces) {
    for (std::size_t i = 0; i < loop.size(); ++i) {
        const Point& a = loop[i];
        const Point& b = loop[(i + 1) % loop.size()];
        faces.push_back({{{a.x, a.y, low}, {b.x, b.y, low}, {b.x, b.y, high}, {a.x, a.y, high}}, {}});
    }
}

void checkDepths(const PrismSpec& spec) {
    if (spec.top <= spec.bottom) throw std::logic_error("prism without height");
    for (const auto* pockets : {&spec.topPockets, &spec.bottomPockets})
        for (const auto& pocket : *pockets)
            if (pocket.depth <= Length{} || pocket.depth >= spec.top - spec.bottom)
                throw std::logic_error("pocket deeper than its prism");
}

Point3 turned(const Point3& p, Axis axis) {
    switch (axis) {
        case Axis::x:
            return {p.z, p.x, p.y};
        case Axis::y:
            return {p.y, p.z, p.x};
        case Axis::z:
            return p;
    }
    return p;
}

void turnLoop(Loop3& loop, Axis axis) {
    for (auto& p : loop) p = turned(p, axis);
}

}  // namespace

WideInt twiceSignedArea(const Polygon2& polygon) {
    WideInt sum = 0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const Point& a = polygon[i];
        const Point& b = polygon[(i + 1) % polygon.size()];
        sum += static_cast<WideInt>(a.x.steps()) * b.y.steps() - static_cast<WideInt>(b.x.steps()) * a.y.steps();
    }
    return sum;
}

Polygon2 chamferedRectangle(Point centre, Length width, Length height, Length chamfer) {
    const Length left = centre.x - Length::fromSteps(width.steps() / 2), right = left + width;
    const Length bottom = centre.y - Length::fromSteps(height.steps() / 2), top = bottom + height;
    if (chamfer == Length{}) return {{right, bottom}, {right, top}, {left, top}, {left, bottom}};
    return {{right, bottom + chamfer}, {right, top - chamfer},   {right - chamfer, top},   {left + chamfer, top},
            {left, top - chamfer},     {left, bottom + chamfer}, {left + chamfer, bottom}, {right - chamfer, bottom}};
}

Polygon2 rectangle(Point centre, Length width, Length height) {
    return chamferedRectangle(centre, width, height, Length{});
}

Solid prism(const PrismSpec& spec) {
    checkDepths(spec);
    const Polygon2 outer = counterClockwise(spec.profile.outer);
    Solid solid;
    auto& faces = solid.faces;

    Face3 top{at(outer, spec.top), {}};
    Face3 bottom{reversed(at(outer, spec.bottom)), {}};
    addWalls(outer, spec.bottom, spec.top, faces);
    for (const auto& hole : spec.profile.holes) {
        const Polygon2 cw = clockwise(hole);
        top.openings.push_back(at(cw, spec.top));
        bottom.openings.push_back(reversed(at(cw, spec.bottom)));
        addWalls(cw, spec.bottom, spec.top, faces);
    }
    for (const auto& pocket : spec.topPockets) {
        const Polygon2 mouth = clockwise(pocket.mouth);
        const Length floor = spec.top - pocket.depth;
        top.openings.push_back(at(mouth, spec.top));
        addWalls(mouth, floor, spec.top, faces);
        faces.push_back({reversed(at(mouth, floor)), {}});
    }
    for (const auto& pocket : spec.bottomPockets) {
        const Polygon2 mouth = clockwise(pocket.mouth);
        const Length ceiling = spec.bottom + pocket.depth;
        bottom.openings.push_back(reversed(at(mouth, spec.bottom)));
        addWalls(mouth, spec.bottom, ceiling, faces);
        faces.push_back({at(mouth, ceiling), {}});
    }
    faces.insert(faces.begin(), std::move(bottom));
    faces.insert(faces.begin(), std::move(top));
    return solid;
}

Solid alongAxis(Solid solid, Axis axis) {
    for (auto& face : solid.faces) {
        turnLoop(face.outer, axis);
        for (auto& opening : face.openings) turnLoop(opening, axis);
    }
    return solid;
}

}  // namespace partgen
