#include "drawing/title_block.h"

#include <algorithm>

namespace partgen {
namespace {

constexpr Length textHeight = Length::fromSteps(2'500'000);
constexpr Length rowHeight = Length::fromSteps(6'000'000);
constexpr Length padding = Length::fromSteps(1'750'000);  // text to cell line
constexpr Length labelWidth = millimetres(35);
constexpr Length gap = millimetres(5);  // between the content, the block and the frame

Length valueWidth(const std::vector<std::pair<std::string, std::string>>& rows) {
    Length widest = millimetres(60);
    for (const auto& [label, value] : rows) widest = std::max(widest, estimatedTextWidth(value, textHeight));
    return widest + padding * 2;
}

}  // namespace

Length estimatedTextWidth(const std::string& text, Length height) {
    // 0.7, not extents' 0.6: capitals in a proportional font are wider than the average.
    return Length::fromSteps(height.steps() * 7 / 10 * static_cast<std::int64_t>(text.size()));
}

void addRectangle(Drawing& d, DrawingLayer layer, Box box) {
    const Point a = box.min, b{box.max.x, box.min.y}, c = box.max, e{box.min.x, box.max.y};
    d.add(LineEntity{layer, a, b});
    d.add(LineEntity{layer, b, c});
    d.add(LineEntity{layer, c, e});
    d.add(LineEntity{layer, e, a});
}

std::vector<std::pair<std::string, std::string>> titleBlockRows(const TitleBlock& block) {
    std::vector<std::pair<std::string, std::string>> rows;
    const auto row = [&](const char* label, const std::string& value) {
        if (!value.empty()) rows.emplace_back(label, value);
    };
    row("TITLE", block.title);
    row("DRAWING NO.", block.drawingNumber);
    row("REVISION", block.revision);
    row("MATERIAL", block.material);
    row("THICKNESS", block.thickness);
    row("GENERAL TOLERANCES", block.generalTolerance);
    if (block.scale) row("SCALE", *block.scale);
    row("VIEW", block.view);
    row("PUNCH", block.punchDirection);
    return rows;
}

void addFrameAndTitleBlock(Drawing& d, const TitleBlock& block) {
    d.declare(frameStyle());
    const Box content = d.extents();
    const auto rows = titleBlockRows(block);
    const Length width = labelWidth + valueWidth(rows);
    const Length top = content.min.y - gap;
    const Length bottom = top - rowHeight * static_cast<std::int64_t>(rows.size());
    // The block's right and bottom sides are the frame's: the corner where a folded sheet
    // shows its number.
    const Length right = std::max(content.max.x + gap, content.min.x - gap + width);
    const Length left = right - width;
    addRectangle(d, DrawingLayer::frame, {{content.min.x - gap, bottom}, {right, content.max.y + gap}});
    d.add(LineEntity{DrawingLayer::frame, {left, top}, {right, top}});
    d.add(LineEntity{DrawingLayer::frame, {left, bottom}, {left, top}});
    d.add(LineEntity{DrawingLayer::frame, {left + labelWidth, bottom}, {left + labelWidth, top}});
    Length rowTop = top;
    for (const auto& [label, value] : rows) {
        const Length baseline = rowTop - rowHeight + padding;
        d.add(TextEntity{DrawingLayer::text, {left + padding, baseline}, textHeight, label});
        d.add(TextEntity{DrawingLayer::text, {left + labelWidth + padding, baseline}, textHeight, value});
        rowTop = rowTop - rowHeight;
        if (rowTop > bottom) d.add(LineEntity{DrawingLayer::frame, {left, rowTop}, {right, rowTop}});
    }
}

}  // namespace partgen
