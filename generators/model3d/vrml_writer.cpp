#include "model3d/vrml_writer.h"

#include <cmath>
#include <map>

#include "geometry/triangulation.h"
#include "model/decimal.h"
#include "text/strings.h"

namespace partgen {
namespace {

// KiCad's VRML unit is 0.1 inch: 2.54 mm, i.e. 2'540'000 length steps.
void appendKicadUnits(std::string& out, Length l) {
    appendDecimal(out, std::llround(static_cast<double>(l.steps()) / 2.54), 6, 6);
}

std::string colourText(const std::string& rgb) {
    std::string text;
    for (const int channel : rgbChannels(rgb))
        text += (text.empty() ? "" : " ") + formatDecimal(std::llround(channel * 10000.0 / 255), 4, 4);
    return text;
}

// The two coordinates a face is triangulated in: the normal's largest component is
// dropped, keeping the remaining pair right-handed (yz, zx or xy), so counter-clockwise
// there is counter-clockwise seen along the dropped axis.
Point2d projected(const Point3& p, int dropped) {
    const double x = p.x.units(), y = p.y.units(), z = p.z.units();
    if (dropped == 0) return {y, z};
    if (dropped == 1) return {z, x};
    return {x, y};
}

class MeshBuilder {
public:
    void addFace(const Face3& face) {
        const Vector3 n = newellNormal(face.outer);
        const double ax = std::abs(n.x), ay = std::abs(n.y), az = std::abs(n.z);
        const int dropped = ax >= ay && ax >= az ? 0 : ay >= az ? 1 : 2;
        const double along = dropped == 0 ? n.x : dropped == 1 ? n.y : n.z;

        std::vector<std::vector<Point2d>> loops;
        std::vector<std::size_t> indices;
        collect(face.outer, dropped, loops, indices);
        for (const auto& opening : face.openings) collect(opening, dropped, loops, indices);
        for (auto t : triangulatePolygon(loops)) {
            if (along < 0) std::swap(t[1], t[2]);
            triangles_.push_back({indices[t[0]], indices[t[1]], indices[t[2]]});
        }
    }

    void appendTo(std::string& out) const {
        out += "    coord Coordinate {\n      point [\n";
        for (const auto& p : points_) {
            out += "        ";
            appendKicadUnits(out, p.x);
            out += ' ';
            appendKicadUnits(out, p.y);
            out += ' ';
            appendKicadUnits(out, p.z);
            out += ",\n";
        }
        out += "      ]\n    }\n    coordIndex [\n";
        for (const auto& t : triangles_) {
            out += "      ";
            for (const std::size_t index : t) {
                appendInteger(out, static_cast<std::int64_t>(index));
                out += ',';
            }
            out += "-1,\n";
        }
        out += "    ]\n";
    }

private:
    std::size_t index(const Point3& p) {
        const auto [it, added] = known_.emplace(p, points_.size());
        if (added) points_.push_back(p);
        return it->second;
    }

    void collect(const Loop3& loop, int dropped, std::vector<std::vector<Point2d>>& loops,
                 std::vector<std::size_t>& indices) {
        loops.emplace_back();
        for (const auto& p : loop) {
            loops.back().push_back(projected(p, dropped));
            indices.push_back(index(p));
        }
    }

    std::vector<Point3> points_;
    std::map<Point3, std::size_t> known_;
    std::vector<std::array<std::size_t, 3>> triangles_;
};

void appendShape(std::string& out, const Solid& solid) {
    MeshBuilder mesh;
    for (const auto& face : solid.faces) mesh.addFace(face);
    out += "Shape {\n  appearance Appearance {\n    material Material {\n      diffuseColor " +
           colourText(solid.colour) + "\n      specularColor 0.1 0.1 0.1\n      shininess 0.2\n    }\n  }\n" +
           "  geometry IndexedFaceSet {\n    solid TRUE\n    ccw TRUE\n";
    mesh.appendTo(out);
    out += "  }\n}\n";
}

}  // namespace

// Comments are Latin-1 in many VRML readers: asciiText keeps them ASCII.
std::string writeVrml(const Model3d& model) {
    std::string out = "#VRML V2.0 utf8\n# " + asciiText(model.description) +
                      "\n# Units: 1 = 0.1 inch (2.54 mm), as KiCad's 3D models.\n";
    for (const auto& solid : model.solids) {
        out += "# " + asciiText(solid.name) + "\n";
        appendShape(out, solid);
    }
    return out;
}

}  // namespace partgen
