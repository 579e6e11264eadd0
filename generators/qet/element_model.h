#pragma once
// A QElectroTech element independent of its XML: integer coordinates in pixels with
// y pointing down, relative to the hotspot (the point that lands on the diagram).
//
// Layout: one terminal per pole down the left edge, 20 px apart on QElectroTech's
// 10 px grid; from each terminal a lead to the contact symbol (an arc for a socket
// contact, a bar for a plug pin) and the pole marking beside it, all in a frame, with
// the label above.

#include <string>
#include <vector>

#include "model/variant.h"
#include "spec/wording_rules.h"

namespace partgen {

struct QetPoint {
    int x, y;
};

struct QetLine {
    QetPoint from, to;
};

struct QetRect {
    QetPoint at;  // top left
    int width, height;
    bool filled;
};

struct QetArc {
    QetPoint at;  // top left of the ellipse's box
    int width, height;
    int startAngle, spanAngle;  // degrees, counter-clockwise from three o'clock
};

struct QetText {
    QetPoint at;
    std::string text;
};

struct QetTerminal {
    QetPoint at;       // where a conductor docks
    char orientation;  // 'n', 'e', 's' or 'w': the side the conductor leaves towards
    std::string name;
    std::string uuid;
};

struct QetInformation {
    std::string name;  // QElectroTech's key, e.g. "manufacturer_reference"
    std::string value;
    bool shown;
};

struct QetElement {
    int width = 0, height = 0;
    QetPoint hotspot{};  // from the top left corner of the element's box
    std::string uuid;
    Wording names;
    std::string notes;  // the <informations> free text
    std::vector<QetInformation> informations;
    std::vector<QetRect> rects;
    std::vector<QetLine> lines;
    std::vector<QetArc> arcs;
    std::vector<QetText> texts;
    std::vector<QetTerminal> terminals;
    QetPoint labelAt{};
    std::string labelUuid;
};

QetElement qetElementOf(const Variant& v, const Family& family, const WordingRules& words);

}  // namespace partgen
