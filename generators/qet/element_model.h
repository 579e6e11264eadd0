#pragma once
// A QElectroTech element independent of its XML: integer coordinates in pixels with
// y pointing down, relative to the hotspot (the point that lands on the diagram).
//
// The drawing follows QElectroTech's own multi-pole connectors (its collection,
// 10_electric/10_allpole/140_connectors_plugs/01_connectors_pins/: prise_multipolaire.elmt
// after EN 60617 03-03-07, 24_pin_connector_male_female.elmt, c16_4p_f.elmt,
// vidlice_5p.elmt): the poles stand in a row, one vertical column each, on QElectroTech's
// 10 px grid (terminals must sit on it), with conductors docking from above (orientation
// n) and below (s); a socket contact is a small open arc, a plug pin a filled bar; the pole
// marking is a small static text beside its column; the label is a dynamic text showing
// the "label" information; link_type "simple", as every connector element there has.
//
// A terminal per clamp (connection-points-per-pole; a WINSTA pole has two, to loop a
// conductor through, as a feed-through terminal, 130_terminals_terminal_strips/
// bornedouble.elmt, has): odd clamps dock on top, even ones below, joined by the column;
// further clamps of a side stand a grid step to the right. Terminals are named MARKING.CLAMP ("1.1", "1.2"):
// a designation names one terminal (IEC 81346, -X1:1.2), the marking first so a wire list
// sorts a pole's clamps together; with one clamp per pole the bare marking. The contact
// that mates branches off to the right.
// The frame holds every column; a column is as wide as its marking needs, measured by
// qet/text_metrics, so no marking runs past the frame.

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
    QetPoint at;  // the left end of the baseline
    std::string text;
    int points;  // font size
};

struct QetTerminal {
    QetPoint at;       // where a conductor docks
    char orientation;  // 'n', 'e', 's' or 'w': the side the conductor leaves towards
    std::string name;
    std::string uuid;
    int pole;  // from 0, in marking order
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
    QetPoint labelAt{};  // top left of the label's text
    int labelPoints = 9;
    std::string labelUuid;
};

QetElement qetElementOf(const Variant& v, const Family& family, const WordingRules& words);

}  // namespace partgen
