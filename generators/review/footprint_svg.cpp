#include "review/footprint_svg.h"

#include <algorithm>
#include <type_traits>

#include "model/enum_table.h"
#include "model/xml_text.h"
#include "review/svg_arc.h"

namespace partgen {
namespace {

// KiCad 9's default board theme.
constexpr EnumTable<KicadLayer, 5> colours{{{
    {KicadLayer::fCu, "#C83434"},
    {KicadLayer::fSilkS, "#F2EDA1"},
    {KicadLayer::fFab, "#AFAFAF"},
    {KicadLayer::fCrtYd, "#FF26E2"},
    {KicadLayer::edgeCuts, "#D0D2CD"},
}}};
constexpr const char* background = "#001023";

std::string stroke(KicadLayer layer, Length width) {
    return " fill=\"none\" stroke=\"" + kicadLayerColour(layer) + "\" stroke-width=\"" + svgNumber(width) + "\"";
}

std::string pt(Point p) { return svgNumber(p.x) + " " + svgNumber(p.y); }

// KiCad's footprint y already points down, as SVG's does.
std::string graphicSvg(const FpLine& g) {
    return "<path d=\"M " + pt(g.start) + " L " + pt(g.end) + "\"" + stroke(g.layer, g.width) + "/>\n";
}
std::string graphicSvg(const FpArc& g) {
    return "<path d=\"" + threePointArcPath(g.start, g.mid, g.end) + "\"" + stroke(g.layer, g.width) + "/>\n";
}
std::string graphicSvg(const FpRect& g) {
    const std::string d = "M " + pt(g.start) + " H " + svgNumber(g.end.x) + " V " + svgNumber(g.end.y) + " H " +
                          svgNumber(g.start.x) + " Z";
    return "<path d=\"" + d + "\"" + stroke(g.layer, g.width) + "/>\n";
}
std::string graphicSvg(const FpPoly& g) {
    std::string d;
    for (const Point& p : g.points) d += (d.empty() ? "M " : " L ") + pt(p);
    return "<path d=\"" + d + " Z\"" + stroke(g.layer, g.width) + "/>\n";
}

std::string textSvg(const FpText& t) {
    return "<text x=\"" + svgNumber(t.at.x) + "\" y=\"" + svgNumber(t.at.y) + "\" font-size=\"" + svgNumber(t.size) +
           "\" fill=\"" + kicadLayerColour(t.layer) +
           "\" font-family=\"sans-serif\" text-anchor=\"middle\" dominant-baseline=\"central\">" + xmlEscape(t.text) +
           "</text>\n";
}

void extend(Box& box, Point p) {
    box.min = {std::min(box.min.x, p.x), std::min(box.min.y, p.y)};
    box.max = {std::max(box.max.x, p.x), std::max(box.max.y, p.y)};
}

void extendBy(Box& box, const FpGraphic& graphic) {
    std::visit(
        [&](const auto& g) {
            if constexpr (std::is_same_v<std::decay_t<decltype(g)>, FpPoly>)
                for (const Point& p : g.points) extend(box, p);
            else {
                extend(box, g.start);
                extend(box, g.end);
            }
        },
        graphic);
}

// The graphics and the two texts above and below, with a margin of one text height.
Box extentOf(const FootprintModel& fp) {
    Box box{fp.reference.at, fp.reference.at};
    for (const auto& g : fp.graphics) extendBy(box, g);
    extend(box, fp.value.at);
    const Length margin = fp.reference.size * 2;
    return {{box.min.x - margin, box.min.y - margin}, {box.max.x + margin, box.max.y + margin}};
}

}  // namespace

std::string kicadLayerColour(KicadLayer layer) { return std::string(colours.name(layer)); }

std::string footprintSvg(const FootprintModel& footprint) {
    const Box box = extentOf(footprint);
    const std::string width = svgNumber(box.max.x - box.min.x), height = svgNumber(box.max.y - box.min.y);
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                      width + "mm\" height=\"" + height + "mm\" viewBox=\"" + pt(box.min) + " " + width + " " + height +
                      "\">\n";
    svg += "<rect x=\"" + svgNumber(box.min.x) + "\" y=\"" + svgNumber(box.min.y) + "\" width=\"" + width +
           "\" height=\"" + height + "\" fill=\"" + background + "\"/>\n";
    for (const auto& g : footprint.graphics) svg += std::visit([](const auto& item) { return graphicSvg(item); }, g);
    svg += textSvg(footprint.reference) + textSvg(footprint.value);
    return svg + "</svg>\n";
}

}  // namespace partgen
