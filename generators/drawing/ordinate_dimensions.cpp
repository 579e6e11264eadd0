#include "drawing/ordinate_dimensions.h"

#include <algorithm>

#include "drawing/title_block.h"
#include "text/drawing_numbers.h"

namespace partgen {
namespace {

constexpr Length textHeight = Length::fromSteps(2'500'000);
constexpr Length gap = millimetres(1);  // panel edge to tick, and between texts
constexpr Length tickLength = millimetres(5);
constexpr Length rowStep = millimetres(4);  // from one staggered row or column to the next

// 0 and the values, sorted, each once.
std::vector<Length> distinctWithOrigin(std::vector<Length> values) {
    values.push_back(Length());
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// The first row (0, 1, ...) whose last text ends before `from`; updates its end to `to`.
std::size_t freeRow(std::vector<Length>& ends, Length from, Length to) {
    std::size_t row = 0;
    while (row < ends.size() && ends[row] + gap > from) ++row;
    if (row == ends.size()) ends.push_back(to);
    ends[row] = to;
    return row;
}

void addXs(Drawing& d, const std::vector<Length>& xs) {
    std::vector<Length> rowEnds;
    for (const Length x : xs) {
        const std::string text = drawingSize(x);
        const Length half = Length::fromSteps(estimatedTextWidth(text, textHeight).steps() / 2);
        const auto row = static_cast<std::int64_t>(freeRow(rowEnds, x - half, x + half));
        const Length tickEnd = -(gap + tickLength + rowStep * row);
        d.add(LineEntity{DrawingLayer::dim, {x, -gap}, {x, tickEnd}});
        d.add(TextEntity{DrawingLayer::dim, {x, tickEnd - gap - textHeight}, textHeight, text, TextAlign::centre});
    }
}

void addYs(Drawing& d, const std::vector<Length>& ys) {
    std::vector<Length> columnEnds;
    const Length half = Length::fromSteps(textHeight.steps() / 2);
    for (const Length y : ys) {
        const std::string text = drawingSize(y);
        const auto column = static_cast<std::int64_t>(freeRow(columnEnds, y - half, y + half));
        // Texts end beside the tick; staggered columns stand one widest value apart.
        const Length tickEnd = -(gap + tickLength + rowStep * 3 * column);
        d.add(LineEntity{DrawingLayer::dim, {-gap, y}, {tickEnd, y}});
        const Length left = tickEnd - gap - estimatedTextWidth(text, textHeight);
        d.add(TextEntity{DrawingLayer::dim, {left, y - half}, textHeight, text});
    }
}

}  // namespace

void addOrdinateDimensions(Drawing& d, std::vector<Length> xs, std::vector<Length> ys) {
    addXs(d, distinctWithOrigin(std::move(xs)));
    addYs(d, distinctWithOrigin(std::move(ys)));
}

}  // namespace partgen
