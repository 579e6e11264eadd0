#include "geometry/triangulation.h"

// CGAL is expensive to compile; this is one of the two translation units that include it.
#include <CGAL/Constrained_Delaunay_triangulation_2.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Triangulation_face_base_with_info_2.h>
#include <CGAL/Triangulation_vertex_base_with_info_2.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <stdexcept>

namespace partgen {
namespace {

using Kernel = CGAL::Exact_predicates_inexact_constructions_kernel;
struct FaceInfo {
    int nesting = -1;  // how many loop edges separate the face from the unbounded region
};
using VertexBase = CGAL::Triangulation_vertex_base_with_info_2<std::size_t, Kernel>;
using FaceBase =
    CGAL::Constrained_triangulation_face_base_2<Kernel, CGAL::Triangulation_face_base_with_info_2<FaceInfo, Kernel>>;
using Tds = CGAL::Triangulation_data_structure_2<VertexBase, FaceBase>;
using Cdt = CGAL::Constrained_Delaunay_triangulation_2<Kernel, Tds, CGAL::No_constraint_intersection_tag>;

// Inserts points one at a time (no spatial sort, which would draw random numbers) and
// the loop edges as constraints.
void insertLoops(Cdt& cdt, const std::vector<std::vector<Point2d>>& loops) {
    std::size_t index = 0;
    for (const auto& loop : loops) {
        std::vector<Cdt::Vertex_handle> handles;
        for (const auto& p : loop) {
            auto v = cdt.insert(Kernel::Point_2(p[0], p[1]));
            v->info() = index++;
            handles.push_back(v);
        }
        for (std::size_t i = 0; i < handles.size(); ++i)
            cdt.insert_constraint(handles[i], handles[(i + 1) % handles.size()]);
    }
}

// Floods outwards from the unbounded region; crossing a constraint adds one level.
// Faces at odd levels lie inside the outline and outside every hole.
void markNesting(Cdt& cdt) {
    std::deque<std::pair<Cdt::Face_handle, int>> border{{cdt.infinite_face(), 0}};
    while (!border.empty()) {
        auto [start, level] = border.front();
        border.pop_front();
        if (start->info().nesting != -1) continue;
        std::deque<Cdt::Face_handle> region{start};
        while (!region.empty()) {
            auto face = region.front();
            region.pop_front();
            if (face->info().nesting != -1) continue;
            face->info().nesting = level;
            for (int i = 0; i < 3; ++i) {
                auto next = face->neighbor(i);
                if (next->info().nesting != -1) continue;
                if (cdt.is_constrained({face, i}))
                    border.push_back({next, level + 1});
                else
                    region.push_back(next);
            }
        }
    }
}

std::array<std::size_t, 3> counterClockwise(const Cdt::Face_handle& f) {
    std::array<std::size_t, 3> t{f->vertex(0)->info(), f->vertex(1)->info(), f->vertex(2)->info()};
    // CGAL's faces are counter-clockwise; start at the smallest index for a canonical form.
    std::rotate(t.begin(), std::min_element(t.begin(), t.end()), t.end());
    return t;
}

double cross(const Point2d& o, const Point2d& a, const Point2d& b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

// +1 or -1 for a loop that turns the same way, never straight, at every corner; 0 otherwise.
int strictTurn(const std::vector<Point2d>& loop) {
    int turn = 0;
    for (std::size_t i = 0; i < loop.size(); ++i) {
        const double c = cross(loop[i], loop[(i + 1) % loop.size()], loop[(i + 2) % loop.size()]);
        const int sign = c > 0 ? 1 : c < 0 ? -1 : 0;
        if (sign == 0 || (turn != 0 && sign != turn)) return 0;
        turn = sign;
    }
    return turn;
}

// Most faces of a connector model are rectangles or chamfered rectangles: a convex
// outline without openings is a fan from its first corner, with no triangulation to build.
std::optional<std::vector<std::array<std::size_t, 3>>> convexFan(const std::vector<std::vector<Point2d>>& loops) {
    if (loops.size() != 1 || loops[0].size() < 3) return std::nullopt;
    const int turn = strictTurn(loops[0]);
    if (turn == 0) return std::nullopt;
    std::vector<std::array<std::size_t, 3>> triangles;
    for (std::size_t i = 1; i + 1 < loops[0].size(); ++i)
        triangles.push_back(turn > 0 ? std::array<std::size_t, 3>{0, i, i + 1}
                                     : std::array<std::size_t, 3>{0, i + 1, i});
    return triangles;  // sorted, each starting at its smallest index
}

}  // namespace

std::vector<std::array<std::size_t, 3>> triangulatePolygon(const std::vector<std::vector<Point2d>>& loops) {
    if (auto fan = convexFan(loops)) return std::move(*fan);
    Cdt cdt;
    insertLoops(cdt, loops);
    std::size_t total = 0;
    for (const auto& loop : loops) total += loop.size();
    if (cdt.number_of_vertices() != total) throw std::logic_error("triangulated loops share a point");
    markNesting(cdt);
    std::vector<std::array<std::size_t, 3>> triangles;
    for (auto f = cdt.finite_faces_begin(); f != cdt.finite_faces_end(); ++f)
        if (f->info().nesting % 2 == 1) triangles.push_back(counterClockwise(f));
    std::sort(triangles.begin(), triangles.end());
    return triangles;
}

}  // namespace partgen
