#include "occt_baseline.h"

#include <BRepAdaptor_Curve.hxx>
#include <BRepAlgoAPI_Cut.hxx>
#include <BRepAlgoAPI_Fuse.hxx>
#include <BRepBuilderAPI_MakeFace.hxx>
#include <BRepBuilderAPI_MakePolygon.hxx>
#include <BRepFilletAPI_MakeChamfer.hxx>
#include <BRepPrimAPI_MakeBox.hxx>
#include <BRepPrimAPI_MakePrism.hxx>
#include <IFSelect_ReturnStatus.hxx>
#include <Message.hxx>
#include <Message_Messenger.hxx>
#include <STEPControl_Writer.hxx>
#include <TopExp.hxx>
#include <TopTools_IndexedMapOfShape.hxx>
#include <TopTools_ListOfShape.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Edge.hxx>
#include <TopoDS_Shape.hxx>
#include <gp.hxx>
#include <gp_Pnt.hxx>
#include <gp_Vec.hxx>

#include <chrono>
#include <stdexcept>

#include "tree_snapshot.h"

// The solid follows partgen's connector model (generators/model3d/connector_model.cpp)
// from the same layout: a housing with chamfered long edges, the flange of panel parts,
// and every contact opening, coding slot and conductor entry as a pocket. The snap-in
// wings are left out: two small extra prisms would not change the comparison.

namespace partgen::bench {
namespace {

double mm(Length l) { return l.units(); }

// How far a pocket's tool starts outside the face it opens: a tool face lying exactly on
// the solid's face is a harder case for the boolean operation, and no CAD user would
// model a pocket that way.
constexpr double toolOverhang = 0.1;

bool runsAlongZ(const TopoDS_Edge& edge) {
    const BRepAdaptor_Curve curve(edge);
    return curve.GetType() == GeomAbs_Line && curve.Line().Direction().IsParallel(gp::DZ(), 1e-9);
}

// A box centred on the z axis from z0 to z1, its four edges along z chamfered.
TopoDS_Shape chamferedBox(double width, double height, double z0, double z1, double chamfer) {
    const TopoDS_Shape box =
        BRepPrimAPI_MakeBox(gp_Pnt(-width / 2, -height / 2, z0), gp_Pnt(width / 2, height / 2, z1)).Shape();
    BRepFilletAPI_MakeChamfer chamfers(box);
    // A map, not an explorer: an explorer meets every edge once for each face it bounds.
    TopTools_IndexedMapOfShape edges;
    TopExp::MapShapes(box, TopAbs_EDGE, edges);
    for (int i = 1; i <= edges.Extent(); ++i)
        if (runsAlongZ(TopoDS::Edge(edges(i)))) chamfers.Add(chamfer, TopoDS::Edge(edges(i)));
    chamfers.Build();
    if (!chamfers.IsDone()) throw std::runtime_error("OpenCASCADE could not chamfer a box");
    return chamfers.Shape();
}

TopoDS_Shape housing(const ConnectorLayout& l) {
    return chamferedBox(mm(l.bodyWidth), mm(l.bodyHeight), mm(l.rear), mm(l.front), mm(l.bodyChamfer));
}

TopoDS_Shape withFlange(const TopoDS_Shape& body, const FlangeLayout& f) {
    const TopoDS_Shape flange = chamferedBox(mm(f.width), mm(f.height), 0, mm(f.thickness), mm(f.chamfer));
    BRepAlgoAPI_Fuse fuse(body, flange);
    if (!fuse.IsDone() || fuse.HasErrors()) throw std::runtime_error("OpenCASCADE could not fuse the flange");
    return fuse.Shape();
}

// A prism on the pocket's mouth in the face at z = `face`, reaching `inward` (+1 or -1
// along z) to the pocket's floor.
TopoDS_Shape pocketTool(const Pocket& pocket, double face, int inward) {
    BRepBuilderAPI_MakePolygon outline;
    const double start = face - inward * toolOverhang;
    for (const Point& p : pocket.mouth) outline.Add(gp_Pnt(mm(p.x), mm(p.y), start));
    outline.Close();
    const TopoDS_Face mouth = BRepBuilderAPI_MakeFace(outline.Wire(), true).Face();
    return BRepPrimAPI_MakePrism(mouth, gp_Vec(0, 0, inward * (mm(pocket.depth) + toolOverhang))).Shape();
}

// One cut with every pocket as a tool: OpenCASCADE's fastest way to sink many pockets,
// rather than one boolean operation per pocket.
TopoDS_Shape withPockets(const TopoDS_Shape& solid, const ConnectorLayout& l) {
    TopTools_ListOfShape arguments, tools;
    arguments.Append(solid);
    for (const auto& pocket : l.matingPockets) tools.Append(pocketTool(pocket, mm(l.front), -1));
    for (const auto& pocket : l.rearPockets) tools.Append(pocketTool(pocket, mm(l.rear), +1));
    BRepAlgoAPI_Cut cut;
    cut.SetArguments(arguments);
    cut.SetTools(tools);
    cut.Build();
    if (!cut.IsDone() || cut.HasErrors()) throw std::runtime_error("OpenCASCADE could not cut the pockets");
    return cut.Shape();
}

TopoDS_Shape connectorSolid(const ConnectorLayout& l) {
    TopoDS_Shape solid = housing(l);
    if (l.flange) solid = withFlange(solid, *l.flange);
    return withPockets(solid, l);
}

void writeStep(const TopoDS_Shape& shape, const std::filesystem::path& file) {
    STEPControl_Writer writer;
    if (writer.Transfer(shape, STEPControl_AsIs) != IFSelect_RetDone || writer.Write(file.c_str()) != IFSelect_RetDone)
        throw std::runtime_error("OpenCASCADE could not write " + file.string());
}

double secondsToBuildAndWrite(const SampledModel& model, const std::filesystem::path& file) {
    const auto start = std::chrono::steady_clock::now();
    writeStep(connectorSolid(model.layout), file);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Measurement occtBaseline(const std::vector<SampledModel>& sample, const std::filesystem::path& outDir) {
    std::filesystem::create_directories(outDir);
    // The writer's statistics would bury the benchmark's own output.
    Message::DefaultMessenger()->ChangePrinters().Clear();
    // One model first, untimed: OpenCASCADE sets up its STEP tables on first use, a cost
    // a CAD program pays once per session, not per model.
    secondsToBuildAndWrite(sample.front(), outDir / "warm-up.step");
    std::filesystem::remove(outDir / "warm-up.step");

    double seconds = 0;
    for (const auto& model : sample) seconds += secondsToBuildAndWrite(model, outDir / (model.fileStem + ".step"));
    const WrittenFiles written = writtenBetween({}, snapshotOf(outDir));
    return {"OpenCASCADE, " + std::to_string(sample.size()) + " sampled models",
            sample.size(),
            seconds,
            written.bytes,
            written.files,
            std::nullopt};
}

}  // namespace partgen::bench
