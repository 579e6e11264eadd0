#include "geometry/triangulation.h"

// CGAL is expensive to compile; this is one of the two translation units that include it.
#include <CGAL/Constrained_Delaunay_triangulation_2.h>
#include <CGAL/Exact_predicates_inexact_constructions_kernel.h>
#include <CGAL/Triangulation_face_base_with_info_2.h>
#include <CGAL/Triangulation_vertex_base_with_info_2.h>

#include <algorithm>
#include <deque>
#include <stdexcept>

namespace partgen {
namespace {

using Kernel = CGAL::Exact_predicates_inexact_constructions_kernel;
struct FaceInfo {
    int nesting = -1;  // how many loop edges separate the face from the unbounded region
};
using VertexBase = CGAL::Triangulation_vertex_base_with_info_2<std::size_t, Kernel>;
using FaceBase = CGAL::Constrained_triangulation_face_base_2<
    Kernel, CGAL::Triangulation_face_base_with_info_2<FaceInfo, Kernel>>;
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
                if (cdt.is_constrained({face, i})) border.push_back({next, level + 1});
                else region.push_back(next);
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

}  // namespace

std::vector<std::array<std::size_t, 3>> triangulatePolygon(const std::vector<std::vector<Point2d>>& loops) {
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
