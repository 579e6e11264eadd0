#include "drawing/panel.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "drawing/cutout_drawing.h"
#include "drawing/estimated_cut.h"
#include "drawing/label_place.h"
#include "drawing/ordinate_dimensions.h"
#include "drawing/pole_mark.h"
#include "drawing/position_table.h"
#include "drawing/title_block.h"
#include "geometry/clearance.h"
#include "geometry/close_pairs.h"
#include "model/decimal.h"
#include "spec/diagnostics.h"
#include "text/drawing_numbers.h"
#include "text/value_text.h"

namespace partgen {
namespace {

constexpr Length textHeight = Length::fromSteps(2'500'000);
constexpr Length titleHeight = Length::fromSteps(3'500'000);
constexpr Length lineSpacing = Length::fromSteps(4'500'000);

std::string mm(double value) { return formatDecimal(std::llround(value * 1000), 3, 3) + " mm"; }

std::string described(const Placement& p) {
    return p.number + " at (" + drawingSize(p.x) + ", " + drawingSize(p.y) + ") on line " + std::to_string(p.at.line);
}

Length minimumWebFor(const PanelLayout& layout, const DrawingRules& rules) {
    if (layout.minimumWeb) return *layout.minimumWeb;
    const Length floor = rules.minimumWeb.has() ? *rules.minimumWeb : Length();
    const int percent = rules.minimumWebPerThickness.has() ? *rules.minimumWebPerThickness : 0;
    return std::max(floor, Length::fromSteps(layout.thickness.steps() * percent / 100));
}

std::optional<PlacedCutout> place(const Placement& p, const PanelLayout& layout, const LoadedSpec& spec,
                                  Diagnostics& diag) {
    const auto v = spec.variantNumbered(p.number);
    if (!v) {
        diag.error(p.at, "no part '" + p.number + "' in the spec");
        return std::nullopt;
    }
    const auto cutout = cutoutOf(*v);
    if (!cutout) {
        diag.error(p.at, p.number + " (" + std::string(kindName(*v->kind)) +
                             ") does not mount in a panel and has no "
                             "cutout");
        return std::nullopt;
    }
    const auto& range = cutout->plateThickness;
    if (layout.thickness < range.min || layout.thickness > range.max) {
        diag.error(p.at, "the " + drawingSize(layout.thickness) + " mm panel is outside the plate thickness range of " +
                             p.number + ", " + valueText(range));
        return std::nullopt;
    }
    RoundedRect largest = cutShape(*cutout, ContourSize::nominal, {p.x, p.y});
    largest.width = largest.width + cutout->tolerance.plus;
    largest.height = largest.height + cutout->tolerance.plus;
    const RoundedRect flange{{p.x, p.y}, *v->width, *v->height, Length()};
    return PlacedCutout{&p, *cutout, turned(largest, p.rotation / 90), turned(flange, p.rotation / 90)};
}

void checkEdges(const PanelPlan& plan, const RoundedRect& panel, Diagnostics& diag) {
    for (const auto& c : plan.cutouts) {
        if (!insideWithMargin(c.flange, panel, Length()))
            diag.error(c.placement->at, "the " + drawingSize(c.flange.width) + " x " + drawingSize(c.flange.height) +
                                            " mm flange of " + described(*c.placement) +
                                            " reaches past the panel edge");
        if (!insideWithMargin(c.largest, panel, plan.minimumEdgeDistance))
            diag.error(c.placement->at,
                       "the cutout of " + described(*c.placement) + " is " + mm(marginInside(c.largest, panel)) +
                           " from the panel edge; the minimum is " + drawingSize(plan.minimumEdgeDistance) + " mm");
    }
}

// Everything a pair needs checked lies in the union of its flange and its largest cutout.
Box reachOf(const PlacedCutout& c) {
    const Box f = boundsOf(c.flange), l = boundsOf(c.largest);
    return {{std::min(f.min.x, l.min.x), std::min(f.min.y, l.min.y)},
            {std::max(f.max.x, l.max.x), std::max(f.max.y, l.max.y)}};
}

// One message per part, however often it is placed: the estimate is the part's, not the
// placement's.
void checkEstimates(const PanelPlan& plan, EstimatedCutouts estimated, const DrawingRules& rules, Diagnostics& diag) {
    std::set<std::string> reported;
    for (const auto& c : plan.cutouts) {
        if (!c.cutout.isEstimated() || !reported.insert(c.placement->number).second) continue;
        const std::string line = estimateLine(c.placement->number, c.cutout) + ", not from the datasheet";
        const char* them = c.cutout.estimatedValues.size() == 1 ? "it" : "them";
        if (estimated == EstimatedCutouts::refuse)
            diag.error(c.placement->at, line + "; pass --accept-estimated to draw " + them + " anyway");
        else
            diag.warning(c.placement->at, line + "; drawn on layer " + estimatedCutLayerName(rules));
    }
}

}  // namespace

std::vector<IndexPair> nearCutoutPairs(const PanelPlan& plan) {
    std::vector<Box> boxes;
    boxes.reserve(plan.cutouts.size());
    for (const auto& c : plan.cutouts) boxes.push_back(reachOf(c));
    // Shapes further apart than the minimum web leave enough web, and flanges that far
    // apart do not touch: only closer pairs need the exact check.
    return boxesWithin(boxes, plan.minimumWeb);
}

void checkWebs(const PanelPlan& plan, const std::vector<IndexPair>& pairs, Diagnostics& diag) {
    for (const auto& [i, j] : pairs) {
        const auto& a = plan.cutouts[i];
        const auto& b = plan.cutouts[j];
        if (gapBetween(a.flange, b.flange) <= 0 && !webAtLeast(a.flange, b.flange, Length()))
            diag.error(b.placement->at, "the flanges of " + described(*a.placement) + " and " +
                                            described(*b.placement) +
                                            " touch or overlap: the parts cannot both be mounted");
        if (webAtLeast(a.largest, b.largest, plan.minimumWeb)) continue;
        const double gap = gapBetween(a.largest, b.largest);
        diag.error(b.placement->at, "the cutouts of " + described(*a.placement) + " and " + described(*b.placement) +
                                        (gap > 0 ? " leave a web of " + mm(gap) : std::string(" touch or overlap")) +
                                        "; the minimum web is " + drawingSize(plan.minimumWeb) + " mm");
    }
}

RoundedRect panelShape(const PanelLayout& layout) {
    return {{Length::fromSteps(layout.width.steps() / 2), Length::fromSteps(layout.height.steps() / 2)},
            layout.width,
            layout.height,
            layout.cornerRadius};
}

std::optional<PanelPlan> planPanel(const PanelLayout& layout, const LoadedSpec& spec, const DrawingRules& rules,
                                   EstimatedCutouts estimated, Diagnostics& diag) {
    const std::size_t errorsBefore = diag.errorCount();
    PanelPlan plan{&layout,
                   {},
                   minimumWebFor(layout, rules),
                   layout.minimumEdgeDistance
                       ? *layout.minimumEdgeDistance
                       : (rules.minimumEdgeDistance.has() ? *rules.minimumEdgeDistance : Length())};
    for (const auto& p : layout.placements)
        if (auto placed = place(p, layout, spec, diag)) plan.cutouts.push_back(*placed);
    checkEdges(plan, panelShape(layout), diag);
    checkWebs(plan, nearCutoutPairs(plan), diag);
    checkEstimates(plan, estimated, rules, diag);
    if (diag.errorCount() > errorsBefore) return std::nullopt;
    return plan;
}

namespace {

// The heading and one line per part with an estimated cutout; none when nothing is
// estimated.
std::vector<std::string> estimateLines(const PanelPlan& plan, const DrawingRules& rules) {
    std::map<std::string, const Cutout*> estimated;
    for (const auto& c : plan.cutouts)
        if (c.cutout.isEstimated()) estimated.emplace(c.placement->number, &c.cutout);
    if (estimated.empty()) return {};
    std::vector<std::string> lines{estimateHeading(rules)};
    for (const auto& [number, cutout] : estimated) lines.push_back(estimateLine(number, *cutout));
    return lines;
}

std::vector<std::string> titleLines(const PanelPlan& plan, const DrawingRules& rules) {
    const PanelLayout& l = *plan.layout;
    std::vector<std::string> lines;
    lines.push_back((l.name.empty() ? std::string("Panel") : l.name) + ": " + drawingSize(l.width) + " x " +
                    drawingSize(l.height) + " mm, sheet " + drawingSize(l.thickness) + " mm" +
                    (l.material.empty() ? "" : " " + l.material) +
                    (l.cornerRadius > Length() ? ", corners R" + drawingSize(l.cornerRadius) : ""));
    lines.push_back("Minimum web " + drawingSize(plan.minimumWeb) + " mm, minimum edge distance " +
                    drawingSize(plan.minimumEdgeDistance) + " mm (checked at the largest cutout size)");
    std::map<std::string, std::pair<int, const PlacedCutout*>> parts;
    for (const auto& c : plan.cutouts) {
        auto& [count, first] = parts[c.placement->number];
        ++count;
        first = &c;
    }
    for (const auto& [number, entry] : parts) {
        const Cutout& c = entry.second->cutout;
        lines.push_back(std::to_string(entry.first) + " x " + number + ": cutout " + drawingSize(c.width) + " x " +
                        drawingSize(c.height) + " mm R" + drawingSize(c.radius) + ", tolerance " +
                        toleranceText(c.tolerance) + " mm, plate " + valueText(c.plateThickness));
    }
    const ContourSize size = contourSizeOf(rules);
    lines.push_back(contourStatement(size) +
                    (size == ContourSize::nominal
                         ? ": every contour at its nominal size"
                         : ": every contour at its nominal size plus half the tolerance band"));
    if (rules.punchingNote.has()) lines.push_back(*rules.punchingNote);
    return lines;
}

}  // namespace

namespace {

// The datasheets want the punched edge inside the enclosure: punched from the front, the
// burr stays on the rear.
constexpr const char* punchDirection = "FROM FRONT FACE, BURR ON REAR";

TitleBlock titleBlockOf(const PanelPlan& plan, const DrawingRules& rules, const PanelDrawingOptions& options) {
    const PanelLayout& l = *plan.layout;
    TitleBlock block;
    block.title = l.name.empty() ? std::string("Panel") : l.name;
    block.drawingNumber = l.drawingNumber;
    block.revision = l.revision;
    block.material = l.material.empty() ? std::string("-") : l.material;
    block.thickness = drawingSize(l.thickness) + " mm";
    block.generalTolerance = rules.generalTolerance.has() ? *rules.generalTolerance : std::string("-");
    block.view = options.face == PanelFace::front ? "FRONT FACE" : "REAR FACE, MIRRORED";
    block.punchDirection = punchDirection;
    if (options.statesScale) block.scale = "1:1";
    return block;
}

std::string viewCaption(PanelFace face) {
    return face == PanelFace::front ? "VIEW ON FRONT FACE" : "VIEW ON REAR FACE (MIRRORED)";
}

}  // namespace

Drawing panelDrawing(const PanelPlan& plan, const DrawingRules& rules, const PanelDrawingOptions& options) {
    const bool rear = options.face == PanelFace::rear;
    const Length width = plan.layout->width;
    // A rear view measures x from the rear's lower left corner: the front's lower right.
    const auto drawnX = [&](Length x) { return rear ? width - x : x; };
    Drawing d;
    d.add(PolylineEntity{DrawingLayer::outline, contourOf(panelShape(*plan.layout))});
    d.add(TextEntity{DrawingLayer::text,
                     {Length(), plan.layout->height + Length::fromSteps(3'000'000)},
                     titleHeight,
                     viewCaption(options.face)});
    std::vector<Length> xs, ys;
    std::vector<Box> cutoutBoxes;  // each cutout with its marks
    for (const auto& c : plan.cutouts) {
        const Placement& p = *c.placement;
        const Point centre{drawnX(p.x), p.y};
        const RoundedRect unturned = cutShape(c.cutout, contourSizeOf(rules), centre);
        const RoundedRect shape = turned(unturned, p.rotation / 90);
        Drawing cutout;
        cutout.layers = d.layers;
        cutout.add(PolylineEntity{cutLayerFor(d, c.cutout, rules), contourOf(shape)});
        addCentreMark(cutout, shape, millimetres(1));
        // The pole row runs along the part's unturned width.
        addPoleMark(cutout, centre, Length::fromSteps(unturned.width.steps() / 2), p.rotation, rear);
        cutoutBoxes.push_back(cutout.extents());
        for (auto& e : cutout.entities) d.add(std::move(e));
        xs.push_back(centre.x);
        ys.push_back(centre.y);
    }
    // The pos number ties the cutout to its row in the position table.
    const Box panel{{Length(), Length()}, {width, plan.layout->height}};
    TakenSpace taken;
    for (const Box& box : cutoutBoxes) taken.add(box);
    for (std::size_t i = 0; i < plan.cutouts.size(); ++i)
        d.add(placedLabel(cutoutBoxes[i], std::to_string(i + 1) + ": " + plan.cutouts[i].placement->number, textHeight,
                          panel, taken));
    addOrdinateDimensions(d, xs, ys);
    Length y = d.extents().min.y - lineSpacing;
    // First and large: the estimates are what the shop must not miss.
    for (const auto& line : estimateLines(plan, rules)) {
        d.add(TextEntity{DrawingLayer::text, {Length(), y}, titleHeight, line});
        y = y - lineSpacing;
    }
    for (const auto& line : titleLines(plan, rules)) {
        d.add(TextEntity{DrawingLayer::text, {Length(), y}, textHeight, line});
        y = y - lineSpacing;
    }
    d.add(TextEntity{DrawingLayer::text,
                     {Length(), y},
                     textHeight,
                     "POSITIONS: centres in mm from the lower left corner of this view, rotation in degrees"});
    addPositionTable(d, positionRows(plan, rear), {Length(), y - Length::fromSteps(1'500'000)});
    addFrameAndTitleBlock(d, titleBlockOf(plan, rules, options));
    return d;
}

}  // namespace partgen
