#include "model3d/step_writer.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

#include "model3d/step_text.h"

namespace partgen {
namespace {

// Entities numbered in the order they are written; identical text is written once, so
// shared points and directions are shared entities.
class StepData {
public:
    int add(const std::string& entity) {
        const auto [it, added] = known_.emplace(entity, next_);
        if (!added) return it->second;
        out_ += "#" + std::to_string(next_) + "=" + entity + ";\n";
        return next_++;
    }
    // Entities that must stay distinct even when their text is equal (edges, loops).
    int addUnique(const std::string& entity) {
        out_ += "#" + std::to_string(next_) + "=" + entity + ";\n";
        return next_++;
    }
    const std::string& text() const { return out_; }

private:
    std::string out_;
    std::map<std::string, int> known_;
    int next_ = 1;
};

std::string ref(int id) { return "#" + std::to_string(id); }

std::string refs(const std::vector<int>& ids) {
    std::string list = "(";
    for (std::size_t i = 0; i < ids.size(); ++i) list += (i ? "," : "") + ref(ids[i]);
    return list + ")";
}

Vector3 unit(Vector3 v) {
    const double length = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    if (length == 0) throw std::logic_error("a STEP direction of zero length");
    return {v.x / length, v.y / length, v.z / length};
}

Vector3 between(const Point3& a, const Point3& b) {
    return {(b.x - a.x).units(), (b.y - a.y).units(), (b.z - a.z).units()};
}

class SolidWriter {
public:
    SolidWriter(StepData& data) : d_(data) {}

    int write(const Solid& solid) {
        std::vector<int> faces;
        for (const auto& face : solid.faces) faces.push_back(writeFace(face));
        const int shell = d_.addUnique("CLOSED_SHELL(''," + refs(faces) + ")");
        return d_.addUnique("MANIFOLD_SOLID_BREP(" + stepString(solid.name) + "," + ref(shell) + ")");
    }

private:
    int point(const Point3& p) {
        return d_.add("CARTESIAN_POINT('',(" + stepLength(p.x) + "," + stepLength(p.y) + "," + stepLength(p.z) + "))");
    }

    int direction(const Vector3& v) {
        const Vector3 u = unit(v);
        return d_.add("DIRECTION('',(" + stepReal(u.x) + "," + stepReal(u.y) + "," + stepReal(u.z) + "))");
    }

    int vertex(const Point3& p) {
        const auto found = vertices_.find(p);
        if (found != vertices_.end()) return found->second;
        const int id = d_.addUnique("VERTEX_POINT(''," + ref(point(p)) + ")");
        vertices_.emplace(p, id);
        return id;
    }

    // The edge between two vertices, written once and then used by both faces that meet
    // there, in opposite senses. Returns the edge and whether a→b runs along it.
    std::pair<int, bool> edge(const Point3& a, const Point3& b) {
        const int va = vertex(a), vb = vertex(b);
        const auto key = std::minmax(va, vb);
        const auto found = edges_.find(key);
        if (found != edges_.end()) return {found->second, va == key.first};
        const Point3& start = va < vb ? a : b;
        const Point3& end = va < vb ? b : a;
        const Vector3 along = between(start, end);
        const double length = std::sqrt(along.x * along.x + along.y * along.y + along.z * along.z);
        const int vector = d_.addUnique("VECTOR(''," + ref(direction(along)) + "," + stepReal(length) + ")");
        const int line = d_.addUnique("LINE(''," + ref(point(start)) + "," + ref(vector) + ")");
        const int id = d_.addUnique("EDGE_CURVE(''," + ref(key.first) + "," + ref(key.second) + "," + ref(line) + ",.T.)");
        edges_.emplace(key, id);
        return {id, va == key.first};
    }

    int loop(const Loop3& points) {
        std::vector<int> oriented;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const auto [id, forward] = edge(points[i], points[(i + 1) % points.size()]);
            oriented.push_back(d_.addUnique("ORIENTED_EDGE('',*,*," + ref(id) + (forward ? ",.T.)" : ",.F.)")));
        }
        return d_.addUnique("EDGE_LOOP(''," + refs(oriented) + ")");
    }

    // The plane through the outer loop's first point, its normal pointing out of the
    // solid, its x axis along the loop's first edge.
    int plane(const Loop3& outer) {
        const int axis = direction(newellNormal(outer));
        const int xAxis = direction(between(outer[0], outer[1]));
        const int placement = d_.addUnique("AXIS2_PLACEMENT_3D(''," + ref(point(outer[0])) + "," + ref(axis) + "," +
                                           ref(xAxis) + ")");
        return d_.addUnique("PLANE(''," + ref(placement) + ")");
    }

    int writeFace(const Face3& face) {
        std::vector<int> bounds{d_.addUnique("FACE_OUTER_BOUND(''," + ref(loop(face.outer)) + ",.T.)")};
        for (const auto& opening : face.openings)
            bounds.push_back(d_.addUnique("FACE_BOUND(''," + ref(loop(opening)) + ",.T.)"));
        return d_.addUnique("ADVANCED_FACE(''," + refs(bounds) + "," + ref(plane(face.outer)) + ",.T.)");
    }

    StepData& d_;
    std::map<Point3, int> vertices_;
    std::map<std::pair<int, int>, int> edges_;
};

struct Context {
    int productShape, representationContext;
};

// Application, product and the millimetre / radian context the shape is measured in.
Context writeProduct(StepData& d, const Model3d& model) {
    const int application = d.add("APPLICATION_CONTEXT('core data for automotive mechanical design processes')");
    d.add("APPLICATION_PROTOCOL_DEFINITION('international standard','automotive_design',2000," + ref(application) + ")");
    const int productContext = d.add("PRODUCT_CONTEXT(''," + ref(application) + ",'mechanical')");
    const int product = d.add("PRODUCT(" + stepString(model.name) + "," + stepString(model.name) + "," +
                              stepString(model.description) + ",(" + ref(productContext) + "))");
    d.add("PRODUCT_RELATED_PRODUCT_CATEGORY('part',$,(" + ref(product) + "))");
    const int formation = d.add("PRODUCT_DEFINITION_FORMATION('',''," + ref(product) + ")");
    const int definitionContext = d.add("PRODUCT_DEFINITION_CONTEXT('part definition'," + ref(application) + ",'design')");
    const int definition = d.add("PRODUCT_DEFINITION('design',''," + ref(formation) + "," + ref(definitionContext) + ")");
    const int shape = d.add("PRODUCT_DEFINITION_SHAPE('',''," + ref(definition) + ")");
    const int mm = d.add("(LENGTH_UNIT()NAMED_UNIT(*)SI_UNIT(.MILLI.,.METRE.))");
    const int rad = d.add("(NAMED_UNIT(*)PLANE_ANGLE_UNIT()SI_UNIT($,.RADIAN.))");
    const int sr = d.add("(NAMED_UNIT(*)SI_UNIT($,.STERADIAN.)SOLID_ANGLE_UNIT())");
    const int uncertainty = d.add("UNCERTAINTY_MEASURE_WITH_UNIT(LENGTH_MEASURE(1.E-07)," + ref(mm) +
                                  ",'distance_accuracy_value','confusion accuracy')");
    const int context = d.add("(GEOMETRIC_REPRESENTATION_CONTEXT(3)GLOBAL_UNCERTAINTY_ASSIGNED_CONTEXT((" +
                              ref(uncertainty) + "))GLOBAL_UNIT_ASSIGNED_CONTEXT((" + ref(mm) + "," + ref(rad) + "," +
                              ref(sr) + "))REPRESENTATION_CONTEXT('',''))");
    return {shape, context};
}

// A surface colour on both sides of a solid, as KiCad and FreeCAD read it.
int writeStyle(StepData& d, int solid, const std::string& rgb) {
    const auto [r, g, b] = rgbChannels(rgb);
    const int colour = d.add("COLOUR_RGB(''," + stepReal(r / 255.0) + "," + stepReal(g / 255.0) + "," +
                             stepReal(b / 255.0) + ")");
    const int fillColour = d.add("FILL_AREA_STYLE_COLOUR(''," + ref(colour) + ")");
    const int fill = d.add("FILL_AREA_STYLE('',(" + ref(fillColour) + "))");
    const int surfaceFill = d.add("SURFACE_STYLE_FILL_AREA(" + ref(fill) + ")");
    const int side = d.add("SURFACE_SIDE_STYLE('',(" + ref(surfaceFill) + "))");
    const int usage = d.add("SURFACE_STYLE_USAGE(.BOTH.," + ref(side) + ")");
    const int assignment = d.add("PRESENTATION_STYLE_ASSIGNMENT((" + ref(usage) + "))");
    return d.addUnique("STYLED_ITEM('color',(" + ref(assignment) + ")," + ref(solid) + ")");
}

std::string header(const Model3d& model, const std::string& fileName) {
    // A fixed time stamp: the same spec gives the same bytes, whenever it runs.
    return "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((" + stepString(model.description) + "),'2;1');\n" +
           "FILE_NAME(" + stepString(fileName) + ",'2000-01-01T00:00:00',(''),(''),'partgen','partgen','');\n" +
           "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\nENDSEC;\n";
}

}  // namespace

std::string writeStep(const Model3d& model, const std::string& fileName) {
    StepData d;
    const Context c = writeProduct(d, model);
    const int origin = d.add("AXIS2_PLACEMENT_3D(''," + ref(d.add("CARTESIAN_POINT('',(0.,0.,0.))")) + "," +
                             ref(d.add("DIRECTION('',(0.,0.,1.))")) + "," + ref(d.add("DIRECTION('',(1.,0.,0.))")) +
                             ")");
    std::vector<int> items{origin}, styles;
    for (const auto& solid : model.solids) {
        const int id = SolidWriter(d).write(solid);
        items.push_back(id);
        styles.push_back(writeStyle(d, id, solid.colour));
    }
    const int representation = d.addUnique("ADVANCED_BREP_SHAPE_REPRESENTATION(" + stepString(model.name) + "," +
                                           refs(items) + "," + ref(c.representationContext) + ")");
    d.addUnique("SHAPE_DEFINITION_REPRESENTATION(" + ref(c.productShape) + "," + ref(representation) + ")");
    d.addUnique("MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION(''," + refs(styles) + "," +
                ref(c.representationContext) + ")");
    return header(model, fileName) + "DATA;\n" + d.text() + "ENDSEC;\nEND-ISO-10303-21;\n";
}

}  // namespace partgen
