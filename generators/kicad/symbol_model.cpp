#include "kicad/symbol_model.h"

#include "kicad/kicad_names.h"
#include "text/describe.h"

namespace partgen {
namespace {

constexpr Length grid = Length::fromSteps(2'540'000);  // 100 mil

}  // namespace

std::string symbolDescription(const Variant& v) { return variantSummary(v); }

SymbolModel symbolOf(const Variant& v, const Family& family, const KicadRules& rules) {
    SymbolModel s;
    s.name = kicadSymbolName(v, family, rules);
    s.textSize = *rules.symbolTextSize;
    s.lineWidth = *rules.symbolLineWidth;
    s.pinNameOffset = *rules.symbolPinNameOffset;
    const int poles = *v.poles;
    // Pins top to bottom on the grid, with the origin on a pin row near the middle (KLC).
    const Length top = grid * ((poles - 1) / 2);
    const Length bodyLeft = -grid * 2, bodyRight = grid * 2;
    for (int i = 0; i < poles; ++i)
        s.pins.push_back({std::to_string(i + 1),
                          (*v.marking)[static_cast<std::size_t>(i)],
                          {bodyLeft - *rules.symbolPinLength, top - grid * i},
                          *rules.symbolPinLength});
    const Length bottom = top - grid * (poles - 1);
    s.body = {{bodyLeft, bottom - grid}, {bodyRight, top + grid}};

    const bool panel = isPanelMount(*v.kind);
    const std::string footprint =
        panel ? kicadLibraryName(family, rules) + ":" + kicadFootprintName(v, family, rules) : "";
    s.fields = {
        {"Reference", "J", {Length(), top + grid * 2}, false},
        {"Value", s.name, {Length(), bottom - grid * 2}, false},
        {"Footprint", footprint, {Length(), bottom - grid * 3}, true},
        {"Datasheet", v.datasheetUrl.has() ? *v.datasheetUrl : "", {}, true},
        {"Description", symbolDescription(v), {}, true},
        {"ki_keywords", "connector " + family.manufacturer.shortName + " " + family.series + " " + v.number, {}, true},
    };
    if (panel) s.fields.push_back({"ki_fp_filters", kicadFootprintFilter(v, family), {}, true});
    return s;
}

}  // namespace partgen
