#include "support/occt_step.h"

#include <BRepBndLib.hxx>
#include <BRepCheck_Analyzer.hxx>
#include <BRepGProp.hxx>
#include <BRep_Tool.hxx>
#include <Bnd_Box.hxx>
#include <GProp_GProps.hxx>
#include <IFSelect_ReturnStatus.hxx>
#include <Interface_InterfaceModel.hxx>
#include <Interface_Static.hxx>
#include <Quantity_Color.hxx>
#include <STEPCAFControl_Reader.hxx>
#include <STEPControl_Controller.hxx>
#include <STEPControl_Reader.hxx>
#include <ShapeAnalysis_Shell.hxx>
#include <StepBasic_Product.hxx>
#include <TCollection_HAsciiString.hxx>
#include <TDocStd_Document.hxx>
#include <TopExp_Explorer.hxx>
#include <TopoDS.hxx>
#include <TopoDS_Shell.hxx>
#include <TopoDS_Solid.hxx>
#include <XCAFApp_Application.hxx>
#include <XCAFDoc_ColorTool.hxx>
#include <XCAFDoc_DocumentTool.hxx>
#include <XCAFDoc_ShapeTool.hxx>
#include <XSControl_WorkSession.hxx>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "support/scratch.h"

namespace partgen::test {
namespace {

// OCCT's STEP reader takes its shape-processing sequence from the resource file
// $CSF_STEPDefaults/STEP; "read.step.sequence" names the sequence. A sequence with no
// operators leaves the shape as transferred. The folder must be set before the first
// read in this process (OCCT caches resource files), so it is one for the whole run.
void chooseHealing(Healing healing) {
    static const ScratchDir resources;
    static const bool written = [] {
        std::ofstream(resources / "STEP") << "FromSTEP.exec.op : FixShape\n"
                                             "FromSTEP.FixShape.Tolerance3d : &Runtime.Tolerance\n"
                                             "FromSTEP.FixShape.MaxTolerance3d : &Runtime.MaxTolerance\n"
                                             "AsWritten.exec.op :\n";
        return setenv("CSF_STEPDefaults", resources.path().c_str(), 1) == 0;
    }();
    // The STEP controller defines the static parameters; before it, setting one fails.
    STEPControl_Controller::Init();
    if (!written ||
        !Interface_Static::SetCVal("read.step.sequence", healing == Healing::off ? "AsWritten" : "FromSTEP"))
        throw std::runtime_error("cannot choose OCCT's shape healing sequence");
}

OcctSolid inspect(const TopoDS_Solid& solid) {
    OcctSolid s;
    s.valid = BRepCheck_Analyzer(solid).IsValid();
    bool closed = true;
    for (TopExp_Explorer shell(solid, TopAbs_SHELL); shell.More(); shell.Next()) {
        ShapeAnalysis_Shell analysis;
        analysis.LoadShells(shell.Current());
        closed = closed && !analysis.CheckOrientedShells(shell.Current(), true) && BRep_Tool::IsClosed(shell.Current());
    }
    s.closed = closed;
    GProp_GProps properties;
    BRepGProp::VolumeProperties(solid, properties);
    s.volume = properties.Mass();
    return s;
}

std::string firstProductName(STEPControl_Reader& reader) {
    const auto model = reader.WS()->Model();
    for (Standard_Integer i = 1; i <= model->NbEntities(); ++i) {
        const auto product = Handle(StepBasic_Product)::DownCast(model->Value(i));
        if (!product.IsNull()) return product->Name()->ToCString();
    }
    return {};
}

std::string hexColour(const Quantity_Color& colour) {
    Standard_Real r, g, b;
    colour.Values(r, g, b, Quantity_TOC_sRGB);
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", static_cast<int>(r * 255 + 0.5), static_cast<int>(g * 255 + 0.5),
                  static_cast<int>(b * 255 + 0.5));
    return text;
}

}  // namespace

std::vector<std::string> solidColoursWithOcct(const std::filesystem::path& file) {
    chooseHealing(Healing::off);
    Handle(TDocStd_Document) document;
    XCAFApp_Application::GetApplication()->NewDocument("MDTV-XCAF", document);
    STEPCAFControl_Reader reader;
    reader.SetColorMode(true);
    if (reader.ReadFile(file.c_str()) != IFSelect_RetDone || !reader.Transfer(document)) return {};
    const auto colours = XCAFDoc_DocumentTool::ColorTool(document->Main());
    const auto shapes = XCAFDoc_DocumentTool::ShapeTool(document->Main());
    TDF_LabelSequence roots;
    shapes->GetFreeShapes(roots);
    std::vector<std::string> found;
    for (Standard_Integer i = 1; i <= roots.Length(); ++i)
        for (TopExp_Explorer e(shapes->GetShape(roots.Value(i)), TopAbs_SOLID); e.More(); e.Next()) {
            Quantity_Color colour;
            const bool coloured = colours->GetColor(e.Current(), XCAFDoc_ColorSurf, colour) ||
                                  colours->GetColor(e.Current(), XCAFDoc_ColorGen, colour);
            found.push_back(coloured ? hexColour(colour) : "");
        }
    return found;
}

OcctStep readStepWithOcct(const std::filesystem::path& file, Healing healing) {
    chooseHealing(healing);
    OcctStep result;
    STEPControl_Reader reader;
    result.read = reader.ReadFile(file.c_str()) == IFSelect_RetDone;
    if (!result.read) return result;
    result.productName = firstProductName(reader);
    result.transferred = reader.TransferRoots() > 0;
    if (!result.transferred) return result;
    const TopoDS_Shape shape = reader.OneShape();
    for (TopExp_Explorer e(shape, TopAbs_SOLID); e.More(); e.Next())
        result.solids.push_back(inspect(TopoDS::Solid(e.Current())));
    Bnd_Box box;
    BRepBndLib::AddOptimal(shape, box, false, false);
    box.Get(result.bounds[0], result.bounds[1], result.bounds[2], result.bounds[3], result.bounds[4], result.bounds[5]);
    return result;
}

}  // namespace partgen::test
