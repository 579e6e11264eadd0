#include "review/symbol_svg.h"

#include <algorithm>

#include "model/xml_text.h"
#include "review/svg_arc.h"

namespace partgen {
namespace {

// KiCad's default schematic theme.
constexpr const char* style =
    "<style>.body{fill:#FFFFC2;stroke:#840000}.detail{fill:none;stroke:#840000}.pin{stroke:#840000}"
    "text{font-family:sans-serif}.number{fill:#A90000}.name{fill:#006464}.field{fill:#006464}</style>\n";

// KiCad's y points up, SVG's down.
Point onScreen(Point p) { return {p.x, -p.y}; }

std::string xy(const char* x, const char* y, Point p) {
    const Point s = onScreen(p);
    return std::string(" ") + x + "=\"" + svgNumber(s.x) + "\" " + y + "=\"" + svgNumber(s.y) + "\"";
}

std::string text(const std::string& cls, Point at, Length size, const std::string& anchor, const std::string& body) {
    return "<text class=\"" + cls + "\"" + xy("x", "y", at) + " font-size=\"" + svgNumber(size) + "\" text-anchor=\"" +
           anchor + "\" dominant-baseline=\"central\">" + xmlEscape(body) + "</text>\n";
}

std::string pinSvg(const SymbolModel& s, const SymbolPin& pin) {
    const Point tip{pin.at.x + pin.length, pin.at.y};
    std::string svg = "<line class=\"pin\"" + xy("x1", "y1", pin.at) + xy("x2", "y2", tip) + " stroke-width=\"" +
                      svgNumber(s.lineWidth) + "\"/>\n";
    const Point numberAt{pin.at.x + Length::fromSteps(pin.length.steps() / 2), pin.at.y + s.textSize};
    svg += text("number", numberAt, s.textSize, "middle", pin.number);
    if (!s.pinNamesHidden) svg += text("name", {tip.x + s.pinNameOffset, tip.y}, s.textSize, "start", pin.name);
    return svg;
}

std::string bodySvg(const SymbolModel& s) {
    const Point corner = onScreen({s.body.min.x, s.body.max.y});
    return "<rect class=\"body\" x=\"" + svgNumber(corner.x) + "\" y=\"" + svgNumber(corner.y) + "\" width=\"" +
           svgNumber(s.body.max.x - s.body.min.x) + "\" height=\"" + svgNumber(s.body.max.y - s.body.min.y) +
           "\" stroke-width=\"" + svgNumber(s.lineWidth) + "\"" + (s.bodyFilled ? "" : " style=\"fill:none\"") + "/>\n";
}

std::string detailsSvg(const SymbolModel& s) {
    const std::string width = " stroke-width=\"" + svgNumber(s.detailLineWidth) + "\"";
    std::string svg;
    for (const auto& line : s.lines)
        svg += "<line class=\"detail\"" + xy("x1", "y1", line.from) + xy("x2", "y2", line.to) + width + "/>\n";
    for (const auto& arc : s.arcs)
        svg += "<path class=\"detail\" d=\"" +
               threePointArcPath(onScreen(arc.start), onScreen(arc.mid), onScreen(arc.end)) + "\"" + width + "/>\n";
    return svg;
}

std::string fieldsSvg(const SymbolModel& s) {
    std::string svg;
    for (const auto& field : s.fields)
        if (!field.hidden) svg += text("field", field.at, s.textSize, "middle", field.value);
    return svg;
}

// Body, pins and the shown fields, whose width is taken as a text height per character
// (KiCad's font is narrower), so nothing is clipped.
Box extentOf(const SymbolModel& s) {
    Box box = s.body;
    for (const auto& pin : s.pins) box.min.x = std::min(box.min.x, pin.at.x);
    for (const auto& field : s.fields) {
        if (field.hidden) continue;
        const Length half = Length::fromSteps(s.textSize.steps() * static_cast<std::int64_t>(field.value.size()) / 2);
        box.min.x = std::min(box.min.x, field.at.x - half);
        box.max.x = std::max(box.max.x, field.at.x + half);
        box.min.y = std::min(box.min.y, field.at.y - s.textSize);
        box.max.y = std::max(box.max.y, field.at.y + s.textSize);
    }
    const Length margin = s.textSize;
    return {{box.min.x - margin, box.min.y - margin}, {box.max.x + margin, box.max.y + margin}};
}

std::string opening(const Box& box) {
    const Point topLeft = onScreen({box.min.x, box.max.y});
    const std::string width = svgNumber(box.max.x - box.min.x), height = svgNumber(box.max.y - box.min.y);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "mm\" height=\"" + height +
           "mm\" viewBox=\"" + svgNumber(topLeft.x) + " " + svgNumber(topLeft.y) + " " + width + " " + height + "\">\n";
}

}  // namespace

std::string symbolSvg(const SymbolModel& symbol) {
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + opening(extentOf(symbol)) + style;
    svg += bodySvg(symbol) + detailsSvg(symbol);
    for (const auto& pin : symbol.pins) svg += pinSvg(symbol, pin);
    return svg + fieldsSvg(symbol) + "</svg>\n";
}

}  // namespace partgen
