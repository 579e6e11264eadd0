#include "geometry/solid.h"

#include <algorithm>
#include <stdexcept>

namespace partgen {
namespace {

Vector3 toVector(const Point3& p) { return {p.x.units(), p.y.units(), p.z.units()}; }

double dot(const Vector3& a, const Vector3& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

Vector3 cross(const Vector3& a, const Vector3& b) {
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

// Six times the signed volume of the cone from the origin to a loop: a fan of
// tetrahedra from its first point. Openings run the other way and subtract.
double coneVolumeTimesSix(const Loop3& loop) {
    double sum = 0;
    const Vector3 first = toVector(loop.front());
    for (std::size_t i = 1; i + 1 < loop.size(); ++i)
        sum += dot(first, cross(toVector(loop[i]), toVector(loop[i + 1])));
    return sum;
}

void widen(Bounds3& b, const Point3& p) {
    b.min = {std::min(b.min.x, p.x), std::min(b.min.y, p.y), std::min(b.min.z, p.z)};
    b.max = {std::max(b.max.x, p.x), std::max(b.max.y, p.y), std::max(b.max.z, p.z)};
}

}  // namespace

std::array<int, 3> rgbChannels(const std::string& colour) {
    std::array<int, 3> channels{};
    for (int i = 0; i < 3; ++i) channels[i] = std::stoi(colour.substr(1 + 2 * i, 2), nullptr, 16);
    return channels;
}

Vector3 newellNormal(const Loop3& loop) {
    Vector3 n;
    for (std::size_t i = 0; i < loop.size(); ++i) {
        const Vector3 a = toVector(loop[i]);
        const Vector3 b = toVector(loop[(i + 1) % loop.size()]);
        n.x += (a.y - b.y) * (a.z + b.z);
        n.y += (a.z - b.z) * (a.x + b.x);
        n.z += (a.x - b.x) * (a.y + b.y);
    }
    return n;
}

double volumeOf(const Solid& solid) {
    double sum = 0;
    for (const auto& face : solid.faces) {
        sum += coneVolumeTimesSix(face.outer);
        for (const auto& opening : face.openings) sum += coneVolumeTimesSix(opening);
    }
    return sum / 6;
}

double volumeOf(const Model3d& model) {
    double sum = 0;
    for (const auto& solid : model.solids) sum += volumeOf(solid);
    return sum;
}

Bounds3 boundsOf(const Model3d& model) {
    bool first = true;
    Bounds3 b;
    for (const auto& solid : model.solids)
        for (const auto& face : solid.faces)
            for (const auto& p : face.outer) {
                if (first) b = {p, p};
                first = false;
                widen(b, p);
            }
    if (first) throw std::logic_error("bounds of an empty model");
    return b;
}

}  // namespace partgen
