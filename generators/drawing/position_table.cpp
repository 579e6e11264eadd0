#include "drawing/position_table.h"

#include <algorithm>
#include <map>

#include "drawing/title_block.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

constexpr Length textHeight = Length::fromSteps(2'500'000);
constexpr Length rowHeight = Length::fromSteps(5'000'000);
constexpr Length padding = Length::fromSteps(1'250'000);

std::string cutoutSize(const Cutout& c) {
    return drawingSize(c.width) + " x " + drawingSize(c.height) + " R" + drawingSize(c.radius);
}

}  // namespace

std::vector<PositionRow> positionRows(const PanelPlan& plan, bool mirrored) {
    std::vector<PositionRow> rows{
        {"POS", "PART NUMBER", "CUTOUT W x H R", "TOLERANCE", "CENTRE X", "CENTRE Y", "ROTATION", "COUNT"}};
    // The count on every row of a part: the shop sets up one tool per size and counts hits.
    std::map<std::string, int> counts;
    for (const auto& c : plan.cutouts) ++counts[c.placement->number];
    int pos = 0;
    for (const auto& c : plan.cutouts) {
        const Placement& p = *c.placement;
        const Length x = mirrored ? plan.layout->width - p.x : p.x;
        rows.push_back({std::to_string(++pos), p.number, cutoutSize(c.cutout), toleranceText(c.cutout.tolerance),
                        drawingSize(x), drawingSize(p.y), std::to_string(p.rotation),
                        std::to_string(counts[p.number])});
    }
    return rows;
}

Length addPositionTable(Drawing& d, const std::vector<PositionRow>& rows, Point topLeft) {
    d.declare(frameStyle());
    std::array<Length, std::tuple_size_v<PositionRow>> widths{};
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], estimatedTextWidth(row[i], textHeight) + padding * 2);
    Length right = topLeft.x;
    for (const Length w : widths) right = right + w;
    const Length bottom = topLeft.y - rowHeight * static_cast<std::int64_t>(rows.size());
    addRectangle(d, DrawingLayer::frame, {{topLeft.x, bottom}, {right, topLeft.y}});
    Length rowTop = topLeft.y;
    for (const auto& row : rows) {
        Length left = topLeft.x;
        for (std::size_t i = 0; i < row.size(); ++i) {
            d.add(TextEntity{DrawingLayer::text, {left + padding, rowTop - rowHeight + padding}, textHeight, row[i]});
            left = left + widths[i];
        }
        rowTop = rowTop - rowHeight;
        if (rowTop > bottom) d.add(LineEntity{DrawingLayer::frame, {topLeft.x, rowTop}, {right, rowTop}});
    }
    Length column = topLeft.x;
    for (std::size_t i = 0; i + 1 < widths.size(); ++i) {
        column = column + widths[i];
        d.add(LineEntity{DrawingLayer::frame, {column, bottom}, {column, topLeft.y}});
    }
    return bottom;
}

}  // namespace partgen
