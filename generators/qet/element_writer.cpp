#include "qet/element_writer.h"

#include "model/xml_element.h"

namespace partgen {
namespace {

constexpr const char* lineStyle = "line-style:normal;line-weight:normal;filling:none;color:black";
constexpr const char* filledStyle = "line-style:normal;line-weight:normal;filling:black;color:black";
std::string n(int value) { return std::to_string(value); }

// Qt's font description: family, point size, pixel size (-1: unset), style hint,
// weight, italic, underline, strike-out, fixed pitch, raw mode. qet/text_metrics measures
// this family.
std::string font(int points) { return "Sans Serif," + n(points) + ",-1,5,50,0,0,0,0,0"; }

XmlElement namesElement(const Wording& names) {
    return XmlElement("names")
        .add(XmlElement("name").attribute("lang", "en").text(names.english))
        .add(XmlElement("name").attribute("lang", "de").text(names.german));
}

XmlElement informationsElement(const std::vector<QetInformation>& informations) {
    XmlElement e("elementInformations");
    for (const auto& info : informations)
        e.add(XmlElement("elementInformation")
                  .attribute("name", info.name)
                  .attribute("show", info.shown ? "1" : "0")
                  .text(info.value));
    return e;
}

XmlElement rectElement(const QetRect& r) {
    return XmlElement("rect")
        .attribute("x", n(r.at.x))
        .attribute("y", n(r.at.y))
        .attribute("width", n(r.width))
        .attribute("height", n(r.height))
        .attribute("rx", "0")
        .attribute("ry", "0")
        .attribute("antialias", "false")
        .attribute("style", r.filled ? filledStyle : lineStyle);
}

XmlElement lineElement(const QetLine& l) {
    return XmlElement("line")
        .attribute("x1", n(l.from.x))
        .attribute("y1", n(l.from.y))
        .attribute("x2", n(l.to.x))
        .attribute("y2", n(l.to.y))
        .attribute("end1", "none")
        .attribute("end2", "none")
        .attribute("length1", "1.5")
        .attribute("length2", "1.5")
        .attribute("antialias", "false")
        .attribute("style", lineStyle);
}

XmlElement arcElement(const QetArc& a) {
    return XmlElement("arc")
        .attribute("x", n(a.at.x))
        .attribute("y", n(a.at.y))
        .attribute("width", n(a.width))
        .attribute("height", n(a.height))
        .attribute("start", n(a.startAngle))
        .attribute("angle", n(a.spanAngle))
        .attribute("antialias", "true")
        .attribute("style", lineStyle);
}

XmlElement textElement(const QetText& t) {
    return XmlElement("text")
        .attribute("x", n(t.at.x))
        .attribute("y", n(t.at.y))
        .attribute("text", t.text)
        .attribute("rotation", "0")
        .attribute("color", "#000000")
        .attribute("font", font(t.points));
}

XmlElement terminalElement(const QetTerminal& t) {
    return XmlElement("terminal")
        .attribute("x", n(t.at.x))
        .attribute("y", n(t.at.y))
        .attribute("orientation", std::string(1, t.orientation))
        .attribute("name", t.name)
        .attribute("type", "Generic")
        .attribute("uuid", t.uuid);
}

// Shows the element's label information on the diagram.
XmlElement labelElement(const QetElement& e) {
    return XmlElement("dynamic_text")
        .attribute("x", n(e.labelAt.x))
        .attribute("y", n(e.labelAt.y))
        .attribute("z", "1")
        .attribute("text_from", "ElementInfo")
        .attribute("uuid", e.labelUuid)
        .attribute("font", font(e.labelPoints))
        .attribute("frame", "false")
        .attribute("rotation", "0")
        .attribute("text_width", "-1")
        .attribute("Halignment", "AlignLeft")
        .attribute("Valignment", "AlignTop")
        .attribute("keep_visual_rotation", "true")
        .add(XmlElement("text"))
        .add(XmlElement("info_name").text("label"));
}

XmlElement descriptionElement(const QetElement& e) {
    XmlElement d("description");
    for (const auto& r : e.rects) d.add(rectElement(r));
    for (const auto& l : e.lines) d.add(lineElement(l));
    for (const auto& a : e.arcs) d.add(arcElement(a));
    for (const auto& t : e.texts) d.add(textElement(t));
    for (const auto& t : e.terminals) d.add(terminalElement(t));
    d.add(labelElement(e));
    return d;
}

}  // namespace

std::string writeElement(const QetElement& e) {
    XmlElement definition("definition");
    definition.attribute("type", "element")
        .attribute("version", "0.90")
        .attribute("link_type", "simple")
        .attribute("width", n(e.width))
        .attribute("height", n(e.height))
        .attribute("hotspot_x", n(e.hotspot.x))
        .attribute("hotspot_y", n(e.hotspot.y));
    definition.add(XmlElement("uuid").attribute("uuid", e.uuid));
    definition.add(namesElement(e.names));
    definition.add(XmlElement("informations").text(e.notes));
    definition.add(informationsElement(e.informations));
    definition.add(descriptionElement(e));
    return xmlDocument(definition);
}

}  // namespace partgen
