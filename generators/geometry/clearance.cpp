// The only translation unit that includes CGAL: each one costs many seconds to build.
#include "geometry/clearance.h"

#include <CGAL/Exact_predicates_exact_constructions_kernel.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace partgen {
namespace {

using K = CGAL::Exact_predicates_exact_constructions_kernel;
using FT = K::FT;
using P2 = K::Point_2;
using S2 = K::Segment_2;

FT ft(Length l) { return FT(static_cast<double>(l.steps())); }  // exact: |steps| < 2^53

// The rectangle the corner radius is grown around, counter-clockwise.
struct Core {
    std::array<P2, 4> corners;
    FT radius;
};

Core coreOf(const RoundedRect& r) {
    const Box b = boundsOf(r);
    const FT k = ft(r.radius);
    const FT x0 = ft(b.min.x) + k, x1 = ft(b.max.x) - k, y0 = ft(b.min.y) + k, y1 = ft(b.max.y) - k;
    return {{P2(x0, y0), P2(x1, y0), P2(x1, y1), P2(x0, y1)}, k};
}

S2 edge(const Core& c, int i) { return S2(c.corners[i], c.corners[(i + 1) % 4]); }

// Cores are axis-parallel (placements turn in 90 degree steps), possibly degenerate.
bool contains(const Core& c, const P2& p) {
    return K::Iso_rectangle_2(c.corners[0], c.corners[2]).bounded_side(p) != CGAL::ON_UNBOUNDED_SIDE;
}

// Squared distance between two convex cores; zero when they meet or overlap.
FT squaredGap(const Core& a, const Core& b) {
    if (contains(a, b.corners[0]) || contains(b, a.corners[0])) return FT(0);
    FT best = CGAL::squared_distance(edge(a, 0), edge(b, 0));
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j) best = std::min(best, CGAL::squared_distance(edge(a, i), edge(b, j)));
    return best;
}

// Squared distance from a point to the core's boundary.
FT squaredToBoundary(const Core& c, const P2& p) {
    FT best = CGAL::squared_distance(edge(c, 0), p);
    for (int i = 1; i < 4; ++i) best = std::min(best, CGAL::squared_distance(edge(c, i), p));
    return best;
}

double mm(const FT& steps) { return CGAL::to_double(steps) / 1e6; }
double root(const FT& squared) { return std::sqrt(CGAL::to_double(squared)) / 1e6; }

}  // namespace

bool webAtLeast(const RoundedRect& a, const RoundedRect& b, Length web) {
    const Core ca = coreOf(a), cb = coreOf(b);
    const FT reach = ft(web) + ca.radius + cb.radius;
    const FT gap2 = squaredGap(ca, cb);
    // Exactly at a positive web passes; with no web required, touching still fails.
    return gap2 >= reach * reach && (web > Length() || gap2 > reach * reach);
}

bool insideWithMargin(const RoundedRect& inner, const RoundedRect& outer, Length margin) {
    // inner grown by margin must fit in outer; for rounded rectangles that is: every
    // core corner of inner lies within (outer radius - inner radius - margin) of outer's
    // core, or, when that is negative, inside outer's core at least that far from its edge.
    const Core ci = coreOf(inner), co = coreOf(outer);
    const FT slack = co.radius - ci.radius - ft(margin);
    for (const P2& p : ci.corners) {
        const bool inCore = contains(co, p);
        const FT toEdge2 = squaredToBoundary(co, p);
        if (slack >= FT(0)) {
            if (!inCore && toEdge2 > slack * slack) return false;
        } else if (!inCore || toEdge2 < slack * slack) {
            return false;
        }
    }
    return true;
}

double gapBetween(const RoundedRect& a, const RoundedRect& b) {
    const Core ca = coreOf(a), cb = coreOf(b);
    return std::max(0.0, root(squaredGap(ca, cb)) - mm(ca.radius) - mm(cb.radius));
}

double marginInside(const RoundedRect& inner, const RoundedRect& outer) {
    const Core ci = coreOf(inner), co = coreOf(outer);
    double worst = 1e300;
    for (const P2& p : ci.corners) {
        const double toEdge = root(squaredToBoundary(co, p));
        const double depth = contains(co, p) ? toEdge + mm(co.radius) : mm(co.radius) - toEdge;
        worst = std::min(worst, depth - mm(ci.radius));
    }
    return worst;
}

}  // namespace partgen
