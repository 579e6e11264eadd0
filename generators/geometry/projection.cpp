#include "geometry/projection.h"

#include <algorithm>
#include <cmath>

namespace partgen {
namespace {

struct Axes {
    Vector3 right, up, towardsViewer;
};

Vector3 unit(Vector3 v) {
    const double length = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    return length > 0 ? Vector3{v.x / length, v.y / length, v.z / length} : v;
}

double dot(const Vector3& a, const Vector3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

// Looking along (-1, -1, -1): x and z fall away at 30 degrees, y stays up.
const Axes& isometric() {
    static const Axes axes{unit({1, 0, -1}), unit({-1, 2, -1}), unit({1, 1, 1})};
    return axes;
}

// Light from above, front and a little right, so that the three visible sides differ.
const Vector3& light() {
    static const Vector3 l = unit({0.4, 0.8, 0.6});
    return l;
}

Vector3 inMillimetres(const Point3& p) { return {p.x.units(), p.y.units(), p.z.units()}; }

Loop2d projected(const Loop3& loop, const Axes& axes) {
    Loop2d points;
    for (const auto& p : loop) {
        const Vector3 v = inMillimetres(p);
        points.push_back({dot(v, axes.right), dot(v, axes.up)});
    }
    return points;
}

double depthOf(const Loop3& loop, const Axes& axes) {
    double sum = 0;
    for (const auto& p : loop) sum += dot(inMillimetres(p), axes.towardsViewer);
    return loop.empty() ? 0 : sum / static_cast<double>(loop.size());
}

// Never black: a face turned from the light keeps some of its colour.
double shadeOf(const Vector3& normal) { return 0.45 + 0.55 * std::max(0.0, dot(normal, light())); }

struct Placed {
    double depth;
    ShadedPolygon polygon;
};

void addFaces(const Solid& solid, const Axes& axes, std::vector<Placed>& placed) {
    const auto channels = rgbChannels(solid.colour);
    for (const auto& face : solid.faces) {
        const Vector3 normal = unit(newellNormal(face.outer));
        if (dot(normal, axes.towardsViewer) <= 1e-9) continue;  // turned away: hidden
        const double shade = shadeOf(normal);
        ShadedPolygon polygon{projected(face.outer, axes), {}, {}};
        for (const auto& opening : face.openings) polygon.openings.push_back(projected(opening, axes));
        for (std::size_t i = 0; i < 3; ++i) polygon.rgb[i] = channels[i] / 255.0 * shade;
        placed.push_back({depthOf(face.outer, axes), std::move(polygon)});
    }
}

void grow(View2d& view, const Loop2d& loop) {
    for (const auto& p : loop) {
        view.min = {std::min(view.min[0], p[0]), std::min(view.min[1], p[1])};
        view.max = {std::max(view.max[0], p[0]), std::max(view.max[1], p[1])};
    }
}

}  // namespace

View2d isometricView(const Model3d& model) {
    const Axes& axes = isometric();
    std::vector<Placed> placed;
    for (const auto& solid : model.solids) addFaces(solid, axes, placed);
    // Farthest first; equal depths keep the model's order, so the result never varies.
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.depth < b.depth; });
    View2d view;
    if (placed.empty()) return view;
    view.min = view.max = placed.front().polygon.outer.front();
    for (auto& p : placed) {
        grow(view, p.polygon.outer);
        view.polygons.push_back(std::move(p.polygon));
    }
    return view;
}

}  // namespace partgen
