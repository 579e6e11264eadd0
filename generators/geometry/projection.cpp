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

// Each view's right and up times each other give the direction towards the viewer, as
// x times y gives z, so that no view is mirrored.
const Axes& axesOf(ViewDirection direction) {
    static const Axes front{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    static const Axes top{{1, 0, 0}, {0, 0, -1}, {0, 1, 0}};
    static const Axes right{{0, 0, -1}, {0, 1, 0}, {1, 0, 0}};
    switch (direction) {
        case ViewDirection::front:
            return front;
        case ViewDirection::top:
            return top;
        case ViewDirection::right:
            return right;
        case ViewDirection::isometric:
            break;
    }
    return isometric();
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
    Vector3 normal, onPlane;  // the face's plane, its normal towards the viewer
    std::vector<Vector3> corners;
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
        std::vector<Vector3> corners;
        for (const auto& p : face.outer) corners.push_back(inMillimetres(p));
        placed.push_back({depthOf(face.outer, axes), std::move(polygon), normal, corners.front(), corners});
    }
}

void grow(View2d& view, const Loop2d& loop) {
    for (const auto& p : loop) {
        view.min = {std::min(view.min[0], p[0]), std::min(view.min[1], p[1])};
        view.max = {std::max(view.max[0], p[0]), std::max(view.max[1], p[1])};
    }
}

// Does `back` lie wholly behind the plane of `front`, as seen by the viewer?
bool behind(const Placed& back, const Placed& front) {
    for (const auto& q : back.corners) {
        const Vector3 d{q.x - front.onPlane.x, q.y - front.onPlane.y, q.z - front.onPlane.z};
        if (dot(front.normal, d) > 1e-9) return false;
    }
    return true;
}

// Separating axes of two convex outlines: apart when one edge's normal parts them.
bool separatedByEdgeOf(const Loop2d& a, const Loop2d& b) {
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Point2d& p = a[i];
        const Point2d& q = a[(i + 1) % a.size()];
        const Point2d axis{q[1] - p[1], p[0] - q[0]};
        if (std::abs(axis[0]) + std::abs(axis[1]) < 1e-12) continue;  // a repeated point is no edge
        auto range = [&](const Loop2d& loop) {
            double low = 1e300, high = -1e300;
            for (const auto& r : loop) {
                const double t = r[0] * axis[0] + r[1] * axis[1];
                low = std::min(low, t), high = std::max(high, t);
            }
            return std::array<double, 2>{low, high};
        };
        const auto ra = range(a), rb = range(b);
        const double slack = 1e-9 * (std::abs(axis[0]) + std::abs(axis[1]));
        if (ra[1] <= rb[0] + slack || rb[1] <= ra[0] + slack) return true;
    }
    return false;
}

bool overlap(const Loop2d& a, const Loop2d& b) { return !separatedByEdgeOf(a, b) && !separatedByEdgeOf(b, a); }

// Depth alone misorders a face with openings and the walls and floors inside them, which
// lie wholly behind its plane: the face is painted after every such face it overlaps.
// Only faces with openings move; bounded passes, so that nothing can loop.
void paintBehindFirst(std::vector<Placed>& placed) {
    for (std::size_t pass = 0; pass < placed.size(); ++pass) {
        bool moved = false;
        for (std::size_t i = 0; i < placed.size(); ++i) {
            if (placed[i].polygon.openings.empty()) continue;
            std::size_t last = i;
            for (std::size_t j = i + 1; j < placed.size(); ++j)
                if (behind(placed[j], placed[i]) && !behind(placed[i], placed[j]) &&
                    overlap(placed[i].polygon.outer, placed[j].polygon.outer))
                    last = j;
            if (last == i) continue;
            std::rotate(placed.begin() + static_cast<std::ptrdiff_t>(i),
                        placed.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                        placed.begin() + static_cast<std::ptrdiff_t>(last) + 1);
            moved = true;
        }
        if (!moved) return;
    }
}

}  // namespace

View2d projectedView(const Model3d& model, ViewDirection direction) {
    const Axes& axes = axesOf(direction);
    std::vector<Placed> placed;
    for (const auto& solid : model.solids) addFaces(solid, axes, placed);
    // Farthest first; equal depths keep the model's order, so the result never varies.
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.depth < b.depth; });
    paintBehindFirst(placed);
    View2d view;
    if (placed.empty()) return view;
    view.min = view.max = placed.front().polygon.outer.front();
    for (auto& p : placed) {
        grow(view, p.polygon.outer);
        view.polygons.push_back(std::move(p.polygon));
    }
    return view;
}

View2d isometricView(const Model3d& model) { return projectedView(model, ViewDirection::isometric); }

}  // namespace partgen
