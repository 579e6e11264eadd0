#include "drawing/dxf_r12.h"

#include "drawing/dxf_bulge.h"
#include "drawing/dxf_stream.h"

namespace partgen {
namespace {

void header(DxfStream& s, const Drawing& d) {
    const Box box = d.extents();
    s.tag(0, "SECTION");
    s.tag(2, "HEADER");
    s.tag(9, "$ACADVER");
    s.tag(1, "AC1009");
    s.tag(9, "$DWGCODEPAGE");
    s.tag(3, "ANSI_1252");
    s.tag(9, "$INSBASE");
    s.point(10, {});
    s.tag(9, "$EXTMIN");
    s.point(10, box.min);
    s.tag(9, "$EXTMAX");
    s.point(10, box.max);
    s.tag(9, "$MEASUREMENT");
    s.tag(70, 1);  // metric
    s.tag(9, "$INSUNITS");
    s.tag(70, 4);  // millimetres
    s.tag(0, "ENDSEC");
}

void tables(DxfStream& s, const Drawing& d) {
    s.tag(0, "SECTION");
    s.tag(2, "TABLES");
    s.tag(0, "TABLE");
    s.tag(2, "LTYPE");
    s.tag(70, 1);
    s.tag(0, "LTYPE");
    s.tag(2, "CONTINUOUS");
    s.tag(70, 0);
    s.tag(3, "Solid line");
    s.tag(72, 65);
    s.tag(73, 0);
    s.tag(40, "0");
    s.tag(0, "ENDTAB");

    s.tag(0, "TABLE");
    s.tag(2, "LAYER");
    s.tag(70, static_cast<int>(d.layers.size()) + 1);
    const auto layer = [&](std::string_view name, int colour) {
        s.tag(0, "LAYER");
        s.tag(2, name);
        s.tag(70, 0);
        s.tag(62, colour);
        s.tag(6, "CONTINUOUS");
    };
    layer("0", 7);
    for (const auto& style : d.layers) layer(style.name, style.aciColour);
    s.tag(0, "ENDTAB");

    s.tag(0, "TABLE");
    s.tag(2, "STYLE");
    s.tag(70, 1);
    s.tag(0, "STYLE");
    s.tag(2, "STANDARD");
    s.tag(70, 0);
    s.tag(40, "0");
    s.tag(41, "1");
    s.tag(50, "0");
    s.tag(71, 0);
    s.tag(42, "2.5");
    s.tag(3, "txt");
    s.tag(4, "");
    s.tag(0, "ENDTAB");
    s.tag(0, "ENDSEC");
}

void entity(DxfStream& s, std::string_view layer, const PolylineEntity& e) {
    s.tag(0, "POLYLINE");
    s.tag(8, layer);
    s.tag(66, 1);
    s.point(10, {});
    s.tag(70, 1);  // closed
    for (const auto& segment : e.contour.segments) {
        s.tag(0, "VERTEX");
        s.tag(8, layer);
        s.point(10, startOf(segment));
        if (const auto* arc = std::get_if<Arc>(&segment)) s.tag(42, dxfBulge(*arc));
    }
    s.tag(0, "SEQEND");
    s.tag(8, layer);
}

void entity(DxfStream& s, std::string_view layer, const LineEntity& e) {
    s.tag(0, "LINE");
    s.tag(8, layer);
    s.point(10, e.from);
    s.point(11, e.to);
}

void entity(DxfStream& s, std::string_view layer, const TextEntity& e) {
    s.tag(0, "TEXT");
    s.tag(8, layer);
    s.point(10, e.at);
    s.length(40, e.height);
    s.tag(1, dxfText(e.text));
    if (e.align == TextAlign::centre) {
        s.tag(72, 1);
        s.point(11, e.at);
    }
}

}  // namespace

std::string writeDxfR12(const Drawing& drawing) {
    DxfStream s;
    header(s, drawing);
    tables(s, drawing);
    s.tag(0, "SECTION");
    s.tag(2, "BLOCKS");
    s.tag(0, "ENDSEC");
    s.tag(0, "SECTION");
    s.tag(2, "ENTITIES");
    for (const auto& e : drawing.entities)
        std::visit([&](const auto& x) { entity(s, drawing.styleOf(x.layer).name, x); }, e);
    s.tag(0, "ENDSEC");
    s.tag(0, "EOF");
    return s.take();
}

}  // namespace partgen
