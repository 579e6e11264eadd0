#include "drawing/label_place.h"

#include <algorithm>

#include "drawing/title_block.h"

namespace partgen {
namespace {

constexpr Length nearGap = Length::fromSteps(1'500'000);
constexpr Length farGap = Length::fromSteps(6'000'000);
constexpr std::int64_t cellSteps = 20'000'000;  // 20 mm: about a label or a small cutout

// The grid square holding a coordinate (floor division, also below zero).
std::int64_t cellOf(Length l) {
    const std::int64_t s = l.steps();
    return s >= 0 ? s / cellSteps : -((-s + cellSteps - 1) / cellSteps);
}

Length half(Length l) { return Length::fromSteps(l.steps() / 2); }

// The candidates round `own`, `gap` away, in the order of preference.
std::vector<TextEntity> candidates(const Box& own, const std::string& text, Length height, Length gap) {
    const Length midX = half(own.min.x + own.max.x), midY = half(own.min.y + own.max.y);
    const Length width = estimatedTextWidth(text, height);
    return {
        {DrawingLayer::text, {midX, own.max.y + gap}, height, text, TextAlign::centre},
        {DrawingLayer::text, {midX, own.min.y - gap - height}, height, text, TextAlign::centre},
        {DrawingLayer::text, {own.max.x + gap, midY - half(height)}, height, text, TextAlign::left},
        {DrawingLayer::text, {own.min.x - gap - width, midY - half(height)}, height, text, TextAlign::left},
    };
}

bool inside(const Box& box, const Box& within) {
    return within.min.x <= box.min.x && box.max.x <= within.max.x && within.min.y <= box.min.y &&
           box.max.y <= within.max.y;
}

}  // namespace

Box textBox(const TextEntity& text) {
    const Length width = estimatedTextWidth(text.text, text.height);
    const Length left = text.align == TextAlign::centre ? text.at.x - half(width) : text.at.x;
    return {{left, text.at.y}, {left + width, text.at.y + text.height}};
}

bool overlaps(const Box& a, const Box& b) {
    return a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y && b.min.y <= a.max.y;
}

template <class Visit>
void TakenSpace::forEachCell(const Box& box, Visit&& visit) {
    for (std::int64_t x = cellOf(box.min.x); x <= cellOf(box.max.x); ++x)
        for (std::int64_t y = cellOf(box.min.y); y <= cellOf(box.max.y); ++y) visit(std::make_pair(x, y));
}

void TakenSpace::add(const Box& box) {
    boxes_.push_back(box);
    forEachCell(box, [&](const auto& cell) { cells_[cell].push_back(boxes_.size() - 1); });
}

bool TakenSpace::overlapsAny(const Box& box) const {
    bool found = false;
    forEachCell(box, [&](const auto& cell) {
        const auto in = cells_.find(cell);
        if (found || in == cells_.end()) return;
        found =
            std::any_of(in->second.begin(), in->second.end(), [&](std::size_t i) { return overlaps(box, boxes_[i]); });
    });
    return found;
}

TextEntity placedLabel(const Box& own, std::string text, Length height, const Box& within, TakenSpace& taken) {
    for (const Length gap : {nearGap, farGap})
        for (const auto& candidate : candidates(own, text, height, gap)) {
            const Box box = textBox(candidate);
            if (!inside(box, within) || overlaps(box, own) || taken.overlapsAny(box)) continue;
            taken.add(box);
            return candidate;
        }
    TextEntity above = candidates(own, text, height, nearGap).front();
    taken.add(textBox(above));
    return above;
}

}  // namespace partgen
