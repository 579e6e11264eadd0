#include "drawing/format.h"

#include "drawing/cutout_drawing.h"
#include "drawing/dxf.h"
#include "drawing/pdf.h"
#include "drawing/svg.h"

namespace partgen {
namespace {

std::string cutoutStem(const Variant& v) { return "drawings/" + v.fileStem + "_cutout"; }

// None for a variant without a cutout.
std::vector<Document> cutoutDocuments(const Variant& v, const Family&, const FormatContext& c) {
    const auto cutout = cutoutOf(v);
    if (!cutout) return {};
    const Drawing drawing = cutoutDrawing(v, *cutout, c.rules.get<DrawingRules>());
    const std::string stem = cutoutStem(v);
    const DxfVersion version = *dxfVersionFromName(c.option(dxfVersionOption().name));
    return documentList(Document{stem + ".dxf", writeDxf(drawing, version)},
                        Document{stem + ".svg", writeSvg(drawing)});
}

std::vector<Document> cutoutPdf(const Variant& v, const Family&, const FormatContext& c) {
    const auto cutout = cutoutOf(v);
    if (!cutout) return {};
    const Drawing drawing = cutoutDrawing(v, *cutout, c.rules.get<DrawingRules>());
    return documentList(Document{cutoutStem(v) + ".pdf", writePdf(drawing)});
}

}  // namespace

const FormatOption& dxfVersionOption() {
    static const FormatOption option{"dxf-version", {"12", "2000"}, "DXF version of drawings"};
    return option;
}

const Format& dxfFormat() {
    static const Format format{
        "dxf", {dxfVersionOption()}, {&drawingRuleFile()}, {}, cutoutDocuments, {}, {},
    };
    return format;
}

const Format& pdfFormat() {
    static const Format format{
        "pdf", {}, {&drawingRuleFile()}, {}, cutoutPdf, {}, {},
    };
    return format;
}

}  // namespace partgen
