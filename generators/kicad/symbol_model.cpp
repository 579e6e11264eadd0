#include "kicad/symbol_model.h"

#include <algorithm>

#include "kicad/kicad_names.h"
#include "kicad/kicad_text.h"
#include "text/describe.h"
#include "text/provenance_note.h"
#include "text/strings.h"

namespace partgen {
namespace {

constexpr Length grid = Length::fromSteps(2'540'000);      // 100 mil: pins and body edges
constexpr Length halfGrid = Length::fromSteps(1'270'000);  // 50 mil: the body's margin round the pins
// A socket contact is a half circle of this radius, open to the right, as in KiCad's
// Connector:Conn_01xNN_Socket; it sits this far inside the body's right edge.
constexpr Length contactRadius = Length::fromSteps(508'000);
constexpr Length contactInset = Length::fromSteps(1'016'000);
constexpr Length nameGap = Length::fromSteps(508'000);  // between a pin name and its contact

Length half(Length l) { return Length::fromSteps(l.steps() / 2); }

// Up to the next multiple of the grid.
Length upToGrid(Length l) { return Length::fromSteps((l.steps() + grid.steps() - 1) / grid.steps() * grid.steps()); }

bool namesRepeatNumbers(const Variant& v) {
    const auto& marking = *v.marking;
    for (std::size_t i = 0; i < marking.size(); ++i)
        if (marking[i] != std::to_string(i + 1)) return false;
    return true;
}

// Half the body width: room for the widest shown name (a character is taken as wide as the
// text is high, which KiCad's font never exceeds) between the pin and the contacts.
Length bodyHalfWidth(const Variant& v, bool namesHidden, const KicadRules& rules) {
    std::size_t widest = 0;
    if (!namesHidden)
        for (const auto& name : *v.marking) widest = std::max(widest, codePoints(name).size());
    const Length names = namesHidden ? Length() : *rules.symbolPinNameOffset + *rules.symbolTextSize * widest + nameGap;
    return std::max(grid, upToGrid(half(names + contactInset + contactRadius)));
}

// A socket's contact: a half circle open to the right, with a line from the body's edge when
// no name stands in the way.
void addContact(SymbolModel& s, Length y, Length halfWidth) {
    const Point centre{halfWidth - contactInset, y};
    s.arcs.push_back({{centre.x, y - contactRadius}, {centre.x - contactRadius, y}, {centre.x, y + contactRadius}});
    if (s.pinNamesHidden) s.lines.push_back({{-halfWidth, y}, {centre.x - contactRadius, y}});
}

std::string footprintLink(const Variant& v, const Family& family, const KicadRules& rules) {
    return kicadLibraryName(family, rules) + ":" + kicadFootprintName(v, family, rules);
}

// A panel-mount part names its cutout footprint and filters for it (KLC S5.1, S5.2);
// the connector symbol is never placed on a board, its cutout symbol is.
std::vector<SymbolField> connectorFields(const Variant& v, const Family& family, const SymbolModel& s,
                                         const KicadRules& rules) {
    const bool panel = isPanelMount(*v.kind);
    std::vector<SymbolField> fields{
        {"Reference", "J", {Length(), s.body.max.y + halfGrid}, false},
        {"Value", s.name, {Length(), s.body.min.y - halfGrid}, false},
        {"Footprint", panel ? footprintLink(v, family, rules) : "", {Length(), s.body.min.y - halfGrid - grid}, true},
        {"Datasheet", kicadDatasheet(v), {}, true},
        {"Description", symbolDescription(v), {}, true},
        {"ki_keywords", kicadKeywords(v, family, rules), {}, true},
    };
    if (panel) fields.push_back({"ki_fp_filters", kicadFootprintFilter(v, family), {}, true});
    return fields;
}

SymbolModel withRules(std::string name, const KicadRules& rules) {
    SymbolModel s;
    s.name = std::move(name);
    s.textSize = *rules.symbolTextSize;
    s.lineWidth = *rules.symbolLineWidth;
    s.detailLineWidth = *rules.symbolDetailLineWidth;
    s.pinNameOffset = *rules.symbolPinNameOffset;
    return s;
}

}  // namespace

std::string symbolDescription(const Variant& v) { return variantSummary(v) + provenanceNote(v); }

SymbolModel symbolOf(const Variant& v, const Family& family, const KicadRules& rules) {
    SymbolModel s = withRules(kicadSymbolName(v, family, rules), rules);
    s.onBoard = false;  // wired to terminal blocks, never soldered: Update PCB must skip it
    s.pinNamesHidden = namesRepeatNumbers(v);
    const int poles = *v.poles;
    const Length halfWidth = bodyHalfWidth(v, s.pinNamesHidden, rules);
    // Pins top to bottom on the grid, with the origin on a pin row near the middle (KLC).
    const Length top = grid * ((poles - 1) / 2);
    for (int i = 0; i < poles; ++i) {
        const Length y = top - grid * i;
        s.pins.push_back({std::to_string(i + 1),
                          (*v.marking)[static_cast<std::size_t>(i)],
                          {-halfWidth - *rules.symbolPinLength, y},
                          *rules.symbolPinLength});
        if (isFemale(*v.kind)) addContact(s, y, halfWidth);
    }
    // Centred on the origin (KLC S3.1; KiCad 6's checker warns at 50 mil off), so with an
    // even number of poles the body reaches 100 mil further above the pins than below.
    const Length bottom = top - grid * (poles - 1);
    const Length halfHeight = std::max(top, -bottom) + halfGrid;
    s.body = {{-halfWidth, -halfHeight}, {halfWidth, halfHeight}};
    s.fields = connectorFields(v, family, s, rules);
    return s;
}

std::optional<SymbolModel> cutoutSymbolOf(const Variant& v, const Family& family, const KicadRules& rules) {
    if (!isPanelMount(*v.kind)) return std::nullopt;
    SymbolModel s = withRules(kicadCutoutSymbolName(v, family, rules), rules);
    s.inBom = false;  // the connector symbol carries the part into the BOM
    s.bodyFilled = false;
    s.body = {{-grid, -halfGrid}, {grid, halfGrid}};  // the cutout's outline, as a MountingHole draws its hole
    s.fields = {
        {"Reference", "H", {Length(), grid + halfGrid}, false},
        {"Value", s.name, {Length(), -grid - halfGrid}, false},
        {"Footprint", footprintLink(v, family, rules), {Length(), -grid * 2 - halfGrid}, true},
        {"Datasheet", kicadDatasheet(v), {}, true},
        {"Description", cutoutDescription(v), {}, true},
        {"ki_keywords", kicadCutoutKeywords(v, family, rules), {}, true},
        {"ki_fp_filters", kicadFootprintFilter(v, family), {}, true},
    };
    return s;
}

}  // namespace partgen
