#include <filesystem>
#include <iostream>

#include "cli/cli_common.h"
#include "drawing/dxf.h"
#include "drawing/format.h"
#include "drawing/panel.h"
#include "drawing/svg.h"
#include "model/error.h"
#include "pipeline/output_tree.h"
#include "spec/panel_layout.h"

namespace partgen::cli {

int panelCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    std::string layoutPath, outPath;
    bool acceptEstimated = false;
    FormatSettings settings;
    auto options = specOptions(o);
    options.add_options()("layout", po::value(&layoutPath), "panel layout file (XML)")(
        "out", po::value(&outPath), "DXF file to write (default: the layout's name with .dxf); an .svg goes beside it")(
        "accept-estimated", po::bool_switch(&acceptEstimated),
        "draw parts whose cutout has estimated values, on their own layer (templates/drawing.xml, "
        "estimated-cut-layer)");
    addFormatOptions(options, {dxfVersionOption()}, settings);
    po::positional_options_description positional;
    positional.add("layout", 1);
    if (!parseArgs(args, options,
                   "panel LAYOUT.xml [--out FILE.dxf] [--accept-estimated] [--dxf-version 12|2000] [--parts DIR]", out,
                   positional))
        return exitSuccess;
    if (layoutPath.empty()) throw Error(ErrorCategory::usage, "panel needs a layout file");
    checkFormatOptions({dxfVersionOption()}, settings);
    const DxfVersion version = *dxfVersionFromName(settings.at(dxfVersionOption().name));
    if (outPath.empty()) outPath = std::filesystem::path(layoutPath).filename().replace_extension(".dxf").string();

    const LoadedSpec spec = load(o);
    Diagnostics diagnostics;
    const auto layout = readPanelLayout(layoutPath, layoutPath, diagnostics);
    const auto estimated = acceptEstimated ? EstimatedCutouts::accept : EstimatedCutouts::refuse;
    const auto plan = layout && !diagnostics.hasErrors()
                          ? planPanel(*layout, spec, spec.rules.get<DrawingRules>(), estimated, diagnostics)
                          : std::nullopt;
    printDiagnostics(spec.diagnostics, err);
    printDiagnostics(diagnostics, err);
    if (spec.diagnostics.hasErrors() || !plan) {
        err << "partgen: the panel was refused; nothing was written\n";
        return exitInvalid;
    }
    const Drawing drawing = panelDrawing(*plan, spec.rules.get<DrawingRules>());
    const std::filesystem::path target(outPath);
    const std::filesystem::path svg = std::filesystem::path(target).replace_extension(".svg");
    OutputTree tree(target.parent_path().empty() ? "." : target.parent_path(), false);
    tree.stage({target.filename().string(), writeDxf(drawing, version)});
    tree.stage({svg.filename().string(), writeSvg(drawing)});
    tree.commit({});
    out << "partgen: " << plan->cutouts.size() << " cutouts checked; wrote " << target.generic_string() << " and "
        << svg.generic_string() << "\n";
    return exitSuccess;
}

}  // namespace partgen::cli
