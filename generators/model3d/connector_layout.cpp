#include "model3d/connector_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "geometry/cutout.h"
#include "model/decimal.h"

namespace partgen {
namespace {

Length half(Length l) { return Length::fromSteps(l.steps() / 2); }

std::string mm(Length l) { return formatUnits(l, 3) + " mm"; }

// Centre of pole `index` (0-based) of `poles`, the row centred on x = 0.
Length poleX(int index, int poles, Length pitch) {
    return Length::fromSteps((2 * index - (poles - 1)) * pitch.steps() / 2);
}

// The side of a square entry that takes the largest conductor: its round diameter,
// rounded up to 0.01 mm, plus the clearance.
Length entrySide(Area largest, Length clearance) {
    const double diameter = 2 * std::sqrt(largest.units() / std::acos(-1.0));
    return Length::fromSteps(static_cast<std::int64_t>(std::ceil(diameter * 100)) * 10'000) + clearance;
}

bool strictlyInside(const Point& p, const Polygon2& convexCounterClockwise) {
    const auto& q = convexCounterClockwise;
    for (std::size_t i = 0; i < q.size(); ++i) {
        const Point& a = q[i];
        const Point& b = q[(i + 1) % q.size()];
        const WideInt side = static_cast<WideInt>((b.x - a.x).steps()) * (p.y - a.y).steps() -
                             static_cast<WideInt>((b.y - a.y).steps()) * (p.x - a.x).steps();
        if (side <= 0) return false;
    }
    return true;
}

Box boxOf(const Polygon2& polygon) {
    Box b{polygon.front(), polygon.front()};
    for (const auto& p : polygon) {
        b.min = {std::min(b.min.x, p.x), std::min(b.min.y, p.y)};
        b.max = {std::max(b.max.x, p.x), std::max(b.max.y, p.y)};
    }
    return b;
}

bool apart(const Polygon2& a, const Polygon2& b) {
    const Box p = boxOf(a), q = boxOf(b);
    return p.max.x < q.min.x || q.max.x < p.min.x || p.max.y < q.min.y || q.max.y < p.min.y;
}

class LayoutBuilder {
public:
    LayoutBuilder(const Variant& v, const ModelRules& r) : v_(v), r_(r) {}

    LayoutResult build() {
        if (!complete()) return {std::nullopt, problems_};
        placeBody();
        placeContacts();
        placeCoding();
        placeEntries();
        checkPockets("mating face", layout_.matingPockets);
        checkPockets("rear face", layout_.rearPockets);
        checkDepths();
        if (!problems_.empty()) return {std::nullopt, problems_};
        return {layout_, {}};
    }

private:
    bool complete() {
        if (!v_.width.has() || !v_.height.has() || !v_.depth.has() || !v_.pitch.has())
            problems_.push_back("the 3D model needs width, height, depth and pitch");
        if (!v_.poles.has() || *v_.poles < 1) problems_.push_back("the 3D model needs the number of poles");
        return problems_.empty();
    }

    void placeBody() {
        auto& l = layout_;
        l.width = *v_.width;
        l.height = *v_.height;
        l.depth = *v_.depth;
        const auto cutout = cutoutOf(v_);
        if (!cutout) {
            l.bodyWidth = l.width, l.bodyHeight = l.height, l.bodyChamfer = *r_.chamfer;
            l.front = Length{}, l.rear = -l.depth;
            checkBodyOutline();
            return;
        }
        l.flange = FlangeLayout{l.width, l.height, *r_.flangeThickness, *r_.chamfer};
        l.front = *r_.flangeThickness;
        l.rear = l.front - l.depth;
        l.bodyWidth = cutout->width - *r_.bodyClearance * 2;
        l.bodyHeight = cutout->height - *r_.bodyClearance * 2;
        // A chamfer at least as large as the cutout's corner radius keeps the housing's
        // corners inside the rounded cutout.
        l.bodyChamfer = std::max(*r_.chamfer, cutout->radius);
        checkBodyOutline();
        if (l.front >= l.depth)
            problems_.push_back("the 3D model's flange (" + mm(l.front) + ") is as deep as the part");
        if (cutout->plateThickness.max > Length{}) placeWings(*cutout);
    }

    void checkBodyOutline() {
        const auto& l = layout_;
        if (l.bodyWidth <= l.bodyChamfer * 2 || l.bodyHeight <= l.bodyChamfer * 2)
            problems_.push_back("the 3D model's housing (" + mm(l.bodyWidth) + " x " + mm(l.bodyHeight) +
                                ") is too small for its chamfer " + mm(l.bodyChamfer));
    }

    void placeWings(const Cutout& cutout) {
        auto& l = layout_;
        WingLayout w;
        w.base = half(l.bodyHeight);
        w.tip = half(cutout.height) + *r_.wingReach;
        w.thinnest = -cutout.plateThickness.min;
        w.thickest = -cutout.plateThickness.max;
        w.tail = w.thickest - *r_.wingLength;
        w.width = *r_.wingWidth;
        if (w.tip > half(l.height))
            problems_.push_back("the 3D model's snap-in wings (" + mm(w.tip * 2) +
                                " over both) reach past the flange height " + mm(l.height));
        if (w.tail <= l.rear)
            problems_.push_back("the part is too shallow (" + mm(l.depth) + ") for the 3D model's snap-in wings");
        if (w.width >= l.bodyWidth - l.bodyChamfer * 2)
            problems_.push_back("the 3D model's snap-in wings (" + mm(w.width) +
                                ") are wider than the housing's flat side");
        if (cutout.plateThickness.min <= Length{})
            problems_.push_back("the 3D model's snap-in wings need a plate thickness above zero");
        l.wings = w;
    }

    void placeContacts() {
        const int poles = *v_.poles;
        for (int i = 0; i < poles; ++i)
            layout_.matingPockets.push_back(
                {rectangle({poleX(i, poles, *v_.pitch), Length{}}, *r_.contactWidth, *r_.contactHeight),
                 *r_.contactDepth});
    }

    // Above the pole the coding letter names, midway between the contacts and the face's edge.
    void placeCoding() {
        if (!v_.coding.has() || v_.coding->empty() || !std::isalpha(static_cast<unsigned char>(v_.coding->front())))
            return;
        const int letter = std::toupper(static_cast<unsigned char>(v_.coding->front())) - 'A';
        const int poles = *v_.poles;
        const Length faceEdge = half(layout_.bodyHeight) - layout_.bodyChamfer;
        const Length y = half(half(*r_.contactHeight) + faceEdge);
        layout_.matingPockets.push_back(
            {rectangle({poleX(letter % poles, poles, *v_.pitch), y}, *r_.codingWidth, *r_.codingHeight),
             *r_.codingDepth});
    }

    // One square entry per connection point, stacked in the pole's column, as deep as the
    // strip length.
    void placeEntries() {
        if (!v_.nominalCrossSection.has() || !v_.stripLength.has()) return;
        const int poles = *v_.poles;
        const int perPole = v_.connectionPointsPerPole.has() ? *v_.connectionPointsPerPole : 1;
        const Length side = entrySide(v_.nominalCrossSection->section.max, *r_.entryClearance);
        const Length usable = layout_.bodyHeight - layout_.bodyChamfer * 2;
        for (int i = 0; i < poles; ++i)
            for (int j = 0; j < perPole; ++j) {
                const Length y = Length::fromSteps((2 * j + 1 - perPole) * usable.steps() / (2 * perPole));
                layout_.rearPockets.push_back(
                    {rectangle({poleX(i, poles, *v_.pitch), y}, side, side), *v_.stripLength});
            }
    }

    void checkPockets(const std::string& face, const std::vector<Pocket>& pockets) {
        const Polygon2 outline = chamferedRectangle({}, layout_.bodyWidth, layout_.bodyHeight, layout_.bodyChamfer);
        for (std::size_t i = 0; i < pockets.size(); ++i) {
            const auto& mouth = pockets[i].mouth;
            const bool inside =
                std::all_of(mouth.begin(), mouth.end(), [&](const Point& p) { return strictlyInside(p, outline); });
            bool clear = true;
            for (std::size_t j = 0; j < i; ++j) clear = clear && apart(mouth, pockets[j].mouth);
            if (!inside || !clear) {
                problems_.push_back("the 3D model's openings do not fit its " + face + " (" + mm(layout_.bodyWidth) +
                                    " x " + mm(layout_.bodyHeight) + ")");
                return;
            }
        }
    }

    static Length deepest(const std::vector<Pocket>& pockets) {
        Length d;
        for (const auto& p : pockets) d = std::max(d, p.depth);
        return d;
    }

    void checkDepths() {
        const Length length = layout_.front - layout_.rear;
        if (deepest(layout_.matingPockets) + deepest(layout_.rearPockets) >= length)
            problems_.push_back("the 3D model's contact openings and conductor entries meet inside the " +
                                mm(layout_.depth) + " deep housing");
    }

    const Variant& v_;
    const ModelRules& r_;
    ConnectorLayout layout_;
    std::vector<std::string> problems_;
};

}  // namespace

LayoutResult connectorLayout(const Variant& v, const ModelRules& rules) { return LayoutBuilder(v, rules).build(); }

}  // namespace partgen
