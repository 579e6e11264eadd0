#include "model3d/connector_model.h"

#include "geometry/builders.h"
#include "model/error.h"
#include "model3d/connector_layout.h"
#include "text/provenance_note.h"

namespace partgen {
namespace {

Polygon2 bodyOutline(const ConnectorLayout& l) {
    return chamferedRectangle({}, l.bodyWidth, l.bodyHeight, l.bodyChamfer);
}

Solid housing(const ConnectorLayout& l) {
    Solid s = prism({{bodyOutline(l), {}}, l.rear, l.front, l.matingPockets, l.rearPockets});
    s.name = "housing";
    return s;
}

// A frame around the housing: the housing's outline is its hole.
Solid flange(const ConnectorLayout& l, const FlangeLayout& f) {
    Solid s = prism(
        {{chamferedRectangle({}, f.width, f.height, f.chamfer), {bodyOutline(l)}}, Length{}, f.thickness, {}, {}});
    s.name = "flange";
    return s;
}

// The wing's side view in (y, z), extruded across x; `side` is +1 for the top, -1 for
// the bottom.
Solid wing(const WingLayout& w, int side) {
    const Polygon2 sideView{{w.base * side, w.tail}, {w.tip * side, w.thickest}, {w.base * side, w.thinnest}};
    const Length halfWidth = Length::fromSteps(w.width.steps() / 2);
    Solid s = alongAxis(prism({{sideView, {}}, -halfWidth, halfWidth, {}, {}}), Axis::x);
    s.name = side > 0 ? "wing top" : "wing bottom";
    return s;
}

std::string colourOf(const Variant& v, const ColourTable& t) {
    const ColourEntry* entry = v.colour.has() ? t.colour(*v.colour) : nullptr;
    return entry ? entry->rgb : "#808080";
}

}  // namespace

std::vector<std::string> connectorModelProblems(const Variant& v, const ModelRules& rules) {
    return connectorLayout(v, rules).problems;
}

Model3d connectorModel(const Variant& v, const Family& family, const ModelRules& rules, const ColourTable& colours) {
    const LayoutResult result = connectorLayout(v, rules);
    if (!result.layout) throw Error(ErrorCategory::invalidSpec, v.number + ": " + result.problems.front());
    const ConnectorLayout& l = *result.layout;

    Model3d model;
    model.name = v.number;
    model.description = family.manufacturer.shortName + " " + v.number +
                        (v.description.has() ? " " + *v.description : "") + "." + provenanceNote(v);
    model.solids.push_back(housing(l));
    if (l.flange) model.solids.push_back(flange(l, *l.flange));
    if (l.wings) {
        model.solids.push_back(wing(*l.wings, +1));
        model.solids.push_back(wing(*l.wings, -1));
    }
    const std::string colour = colourOf(v, colours);
    for (auto& solid : model.solids) solid.colour = colour;
    return model;
}

std::vector<std::string> connectorModelCheck(const Variant& v, const HouseRules& rules) {
    return connectorModelProblems(v, rules.get<ModelRules>());
}

}  // namespace partgen
