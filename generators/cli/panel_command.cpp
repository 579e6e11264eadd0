#include <filesystem>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/panel_outputs.h"
#include "drawing/dxf.h"
#include "drawing/format.h"
#include "drawing/panel.h"
#include "model/error.h"
#include "spec/panel_layout.h"

namespace partgen::cli {
namespace {

struct PanelOptions {
    std::string layout;
    std::vector<std::string> outs;
    bool acceptEstimated = false;
    std::string view = "front";
};

PanelFace faceNamed(const std::string& view) {
    if (view == "front") return PanelFace::front;
    if (view == "rear") return PanelFace::rear;
    throw Error(ErrorCategory::usage, "--view '" + view + "' must be front or rear");
}

std::string outHelp() {
    return "file to write, its format from the extension (" + writablePanelExtensions() +
           "); repeat for several files (default: " + defaultOutputFolder + "/panels/<layout name>.dxf and .svg)";
}

// "a", "a and b", "a, b and c"
std::string listed(const std::vector<std::filesystem::path>& files) {
    std::string text;
    for (std::size_t i = 0; i < files.size(); ++i)
        text += (i == 0 ? "" : i + 1 == files.size() ? " and " : ", ") + files[i].generic_string();
    return text;
}

int report(const PanelWriteReport& written, std::size_t cutouts, std::ostream& out, std::ostream& err) {
    if (!written.notWritten.empty()) {
        err << "partgen: I/O error: " << listed(written.notWritten) << " may not have been written: " << written.failure
            << (written.written.empty() ? "" : "; written: " + listed(written.written)) << "\n";
        return exitIo;
    }
    out << "partgen: " << cutouts << " cutouts checked; wrote " << listed(written.written) << "\n";
    return exitSuccess;
}

}  // namespace

int panelCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    PanelOptions p;
    FormatSettings settings;
    auto options = specOptions(o);
    options.add_options()("layout", po::value(&p.layout), "panel layout file (XML)")("out", po::value(&p.outs),
                                                                                     outHelp().c_str())(
        "accept-estimated", po::bool_switch(&p.acceptEstimated),
        ("draw parts whose cutout has estimated values, on their own layer (templates/drawing.xml, "
         "estimated-cut-layer)"))("view", po::value(&p.view),
                                  "face the drawing shows: front (default) or rear, mirrored for work from behind");
    addFormatOptions(options, {dxfVersionOption()}, settings);
    po::positional_options_description positional;
    positional.add("layout", 1);
    if (!parseArgs(
            args, options,
            "panel LAYOUT.xml [--out FILE.dxf|.svg|.pdf ...] [--accept-estimated] [--view front|rear] [--dxf-version "
            "12|2000] "
            "[--parts DIR] [--templates DIR]",
            out, positional))
        return exitSuccess;
    if (p.layout.empty()) throw Error(ErrorCategory::usage, "panel needs a layout file");
    checkFormatOptions({dxfVersionOption()}, settings);
    const PanelFace face = faceNamed(p.view);
    const DxfVersion version = *dxfVersionFromName(settings.at(dxfVersionOption().name));
    // Checked before anything is read: a mistyped --out must never cost an input file.
    const auto outputs =
        panelOutputs(p.outs.empty() ? defaultPanelOutputs(p.layout) : p.outs, {p.layout, {o.parts, o.templates}});

    const LoadedSpec spec = load(o);
    Diagnostics diagnostics;
    const auto layout = readPanelLayout(p.layout, p.layout, diagnostics);
    const DrawingRules& rules = spec.rules.get<DrawingRules>();
    const auto estimated = p.acceptEstimated ? EstimatedCutouts::accept : EstimatedCutouts::refuse;
    const auto plan = layout && !diagnostics.hasErrors() && !spec.diagnostics.hasErrors()
                          ? planPanel(*layout, spec, rules, estimated, diagnostics)
                          : std::nullopt;
    printDiagnostics(spec.diagnostics, err);
    printDiagnostics(diagnostics, err);
    if (!plan) {
        err << "partgen: the panel was refused; nothing was written\n";
        return exitInvalid;
    }
    const Drawing drawing = panelDrawing(*plan, rules, {face, true});
    const Drawing printed = panelDrawing(*plan, rules, {face, false});
    return report(writePanelFiles(outputs, drawing, printed, version), plan->cutouts.size(), out, err);
}

}  // namespace partgen::cli
