#include "model3d/step_writer.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <utility>

#include "model3d/step_data.h"
#include "model3d/step_text.h"

namespace partgen {
namespace {

std::string ref(int id) {
    std::string text;
    appendRef(text, id);
    return text;
}

Vector3 between(const Point3& a, const Point3& b) {
    return {(b.x - a.x).units(), (b.y - a.y).units(), (b.z - a.z).units()};
}

class SolidWriter {
public:
    explicit SolidWriter(StepData& data) : d_(data) {}

    int write(const Solid& solid) {
        std::vector<int> faces;
        faces.reserve(solid.faces.size());
        for (const auto& face : solid.faces) faces.push_back(writeFace(face));
        const int shell = Entity(d_, "CLOSED_SHELL(''").refs(faces).end(")");
        return Entity(d_, "MANIFOLD_SOLID_BREP(" + stepString(solid.name)).ref(shell).end(")");
    }

private:
    int vertex(const Point3& p) {
        if (const int found = vertices_.find(p)) return found;
        const int point = d_.point(p);
        const int id = Entity(d_, "VERTEX_POINT(''").ref(point).end(")");
        vertices_.add(p, id);
        return id;
    }

    // The edge between two vertices, written once and then used by both faces that meet
    // there, in opposite senses. Returns the edge and whether a→b runs along it.
    std::pair<int, bool> edge(const Point3& a, const Point3& b) {
        const int va = vertex(a), vb = vertex(b);
        const auto key = std::minmax(va, vb);
        if (const int found = edges_.find(edgeKey(key))) return {found, va == key.first};
        const Point3& start = va < vb ? a : b;
        const Point3& end = va < vb ? b : a;
        const int vector = d_.vector(start, end);
        const int origin = d_.point(start);
        const int line = Entity(d_, "LINE(''").ref(origin).ref(vector).end(")");
        const int id = Entity(d_, "EDGE_CURVE(''").ref(key.first).ref(key.second).ref(line).end(",.T.)");
        edges_.add(edgeKey(key), id);
        return {id, va == key.first};
    }

    int loop(const Loop3& points) {
        std::vector<int> oriented;
        oriented.reserve(points.size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            const auto [id, forward] = edge(points[i], points[(i + 1) % points.size()]);
            oriented.push_back(Entity(d_, "ORIENTED_EDGE('',*,*").ref(id).end(forward ? ",.T.)" : ",.F.)"));
        }
        return Entity(d_, "EDGE_LOOP(''").refs(oriented).end(")");
    }

    // The plane through the outer loop's first point, its normal pointing out of the
    // solid, its x axis along the loop's first edge.
    int plane(const Loop3& outer) {
        if (const auto axis = perpendicularAxis(outer)) return axisPlane(outer, *axis);
        const int normal = d_.direction(newellNormal(outer));
        const int xAxis = d_.direction(between(outer[0], outer[1]));
        return placedPlane(d_.point(outer[0]), normal, xAxis);
    }

    int placedPlane(int origin, int normal, int xAxis) {
        const int placement = Entity(d_, "AXIS2_PLACEMENT_3D(''").ref(origin).ref(normal).ref(xAxis).end(")");
        return Entity(d_, "PLANE(''").ref(placement).end(")");
    }

    // A face square to an axis lies on a plane placed the same way for every face there:
    // at the axis, facing out of the solid. The many pocket floors and walls of a
    // connector that line up share one PLANE.
    int axisPlane(const Loop3& outer, int axis) {
        const Vector3 n = newellNormal(outer);
        const bool positive = (axis == 0 ? n.x : axis == 1 ? n.y : n.z) > 0;
        const std::int64_t offset = coordinate(outer[0], axis).steps();
        const Steps3 key{axis, positive ? 1 : 0, offset};
        if (const int found = axisPlanes_.find(key)) return found;
        Point3 origin;
        Vector3 normal, xAxis;
        (axis == 0 ? origin.x : axis == 1 ? origin.y : origin.z) = coordinate(outer[0], axis);
        (axis == 0 ? normal.x : axis == 1 ? normal.y : normal.z) = positive ? 1 : -1;
        (axis == 0 ? xAxis.y : axis == 1 ? xAxis.z : xAxis.x) = 1;  // the next axis round
        // One id at a time, in the order the files have always had (x axis, normal,
        // origin): as operands of one call, their order would be the compiler's choice.
        const int xAxisId = d_.direction(xAxis);
        const int normalId = d_.direction(normal);
        const int originId = d_.point(origin);
        const int id = placedPlane(originId, normalId, xAxisId);
        axisPlanes_.add(key, id);
        return id;
    }

    static Length coordinate(const Point3& p, int axis) { return axis == 0 ? p.x : axis == 1 ? p.y : p.z; }

    // 0, 1 or 2 when every point of the loop has the same x, y or z.
    static std::optional<int> perpendicularAxis(const Loop3& loop) {
        for (int axis = 0; axis < 3; ++axis)
            if (std::all_of(loop.begin(), loop.end(),
                            [&](const Point3& p) { return coordinate(p, axis) == coordinate(loop[0], axis); }))
                return axis;
        return std::nullopt;
    }

    int writeFace(const Face3& face) {
        const int outer = loop(face.outer);
        std::vector<int> bounds{Entity(d_, "FACE_OUTER_BOUND(''").ref(outer).end(",.T.)")};
        for (const auto& opening : face.openings) {
            const int inner = loop(opening);
            bounds.push_back(Entity(d_, "FACE_BOUND(''").ref(inner).end(",.T.)"));
        }
        const int surface = plane(face.outer);
        return Entity(d_, "ADVANCED_FACE(''").refs(bounds).ref(surface).end(",.T.)");
    }

    // Edges by their two vertex ids, smaller first, packed into one key.
    static std::uint64_t edgeKey(std::pair<int, int> ends) {
        return (static_cast<std::uint64_t>(ends.first) << 32) | static_cast<std::uint32_t>(ends.second);
    }

    StepData& d_;
    // Edge keys are two ids packed into 64 bits; their hash spreads them over the table.
    struct EdgeHash {
        std::uint64_t operator()(std::uint64_t key) const { return hashSteps(static_cast<std::int64_t>(key), 0, 0); }
    };
    IdTable<Point3, Point3Hash> vertices_{1024};
    IdTable<std::uint64_t, EdgeHash> edges_{2048};
    IdTable<Steps3, Steps3Hash> axisPlanes_{64};  // by axis, facing (0 or 1) and offset
};

struct Context {
    int productShape, representationContext;
};

// Application, product and the millimetre / radian context the shape is measured in.
Context writeProduct(StepData& d, const Model3d& model) {
    const int application = d.add("APPLICATION_CONTEXT('core data for automotive mechanical design processes')");
    d.add("APPLICATION_PROTOCOL_DEFINITION('international standard','automotive_design',2000," + ref(application) +
          ")");
    const int productContext = d.add("PRODUCT_CONTEXT(''," + ref(application) + ",'mechanical')");
    const int product = d.add("PRODUCT(" + stepString(model.name) + "," + stepString(model.name) + "," +
                              stepString(model.description) + ",(" + ref(productContext) + "))");
    d.add("PRODUCT_RELATED_PRODUCT_CATEGORY('part',$,(" + ref(product) + "))");
    const int formation = d.add("PRODUCT_DEFINITION_FORMATION('',''," + ref(product) + ")");
    const int definitionContext =
        d.add("PRODUCT_DEFINITION_CONTEXT('part definition'," + ref(application) + ",'design')");
    const int definition =
        d.add("PRODUCT_DEFINITION('design',''," + ref(formation) + "," + ref(definitionContext) + ")");
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
    const int colour =
        d.add("COLOUR_RGB(''," + stepReal(r / 255.0) + "," + stepReal(g / 255.0) + "," + stepReal(b / 255.0) + ")");
    const int fillColour = d.add("FILL_AREA_STYLE_COLOUR(''," + ref(colour) + ")");
    const int fill = d.add("FILL_AREA_STYLE('',(" + ref(fillColour) + "))");
    const int surfaceFill = d.add("SURFACE_STYLE_FILL_AREA(" + ref(fill) + ")");
    const int side = d.add("SURFACE_SIDE_STYLE('',(" + ref(surfaceFill) + "))");
    const int usage = d.add("SURFACE_STYLE_USAGE(.BOTH.," + ref(side) + ")");
    const int assignment = d.add("PRESENTATION_STYLE_ASSIGNMENT((" + ref(usage) + "))");
    return Entity(d, "STYLED_ITEM('color',(" + ref(assignment) + ")").ref(solid).end(")");
}

std::string header(const Model3d& model, const std::string& fileName) {
    // A fixed time stamp: the same spec gives the same bytes, whenever it runs.
    return "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((" + stepString(model.description) + "),'2;1');\n" + "FILE_NAME(" +
           stepString(fileName) + ",'2000-01-01T00:00:00',(''),(''),'partgen','partgen','');\n" +
           "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\nENDSEC;\n";
}

}  // namespace

std::string writeStep(const Model3d& model, const std::string& fileName) {
    StepData d(header(model, fileName) + "DATA;\n");
    const Context c = writeProduct(d, model);
    // The placement's parts get their ids one statement each (x, z, origin, as the files
    // have always had them): operands of one expression would leave the order to the compiler.
    const int xDirection = d.direction({1, 0, 0});
    const int zDirection = d.direction({0, 0, 1});
    const int centre = d.point({});
    const int origin =
        d.add("AXIS2_PLACEMENT_3D(''," + ref(centre) + "," + ref(zDirection) + "," + ref(xDirection) + ")");
    std::vector<int> items{origin}, styles;
    for (const auto& solid : model.solids) {
        const int id = SolidWriter(d).write(solid);
        items.push_back(id);
        styles.push_back(writeStyle(d, id, solid.colour));
    }
    const int representation = Entity(d, "ADVANCED_BREP_SHAPE_REPRESENTATION(" + stepString(model.name))
                                   .refs(items)
                                   .ref(c.representationContext)
                                   .end(")");
    Entity(d, "SHAPE_DEFINITION_REPRESENTATION(").text(ref(c.productShape)).ref(representation).end(")");
    Entity(d, "MECHANICAL_DESIGN_GEOMETRIC_PRESENTATION_REPRESENTATION(''")
        .refs(styles)
        .ref(c.representationContext)
        .end(")");
    return d.finish("ENDSEC;\nEND-ISO-10303-21;\n");
}

}  // namespace partgen
