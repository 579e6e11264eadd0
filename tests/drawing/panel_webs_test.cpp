// planPanel checks webs and flanges only on the pairs of cutouts its spatial index finds
// near each other. These random (but seeded) panels, crowded so that cutouts touch,
// overlap, stand exactly at the minimum web and one nanometre inside or outside it, at
// every rotation, must give the same messages in the same order as checking every pair.

#include <random>

#include "drawing/panel.h"
#include "geometry/clearance.h"
#include "spec/diagnostics.h"
#include "support/catch.h"

using namespace partgen;

namespace {

// The panel and its plan together: the plan points into the layout's placements.
struct RandomPanel {
    PanelLayout layout;
    PanelPlan plan;
};

class PanelMaker {
public:
    explicit PanelMaker(std::uint32_t seed) : random_(seed) {}

    RandomPanel make(Length web, int count) {
        RandomPanel p;
        p.layout.placements.reserve(static_cast<std::size_t>(count));
        p.plan.layout = &p.layout;
        p.plan.minimumWeb = web;
        for (int i = 0; i < count; ++i) {
            const int turns = pick(4);
            // Some flanges no larger than their cutout, so that the cutouts alone decide.
            const Length margin = tenths(pick(2) * pick(40));
            const RoundedRect cut{{}, tenths(50 + pick(400)), tenths(50 + pick(150)), tenths(pick(3) * 10)};
            const RoundedRect largest = turned(cut, turns);
            const RoundedRect flange = turned({{}, cut.width + margin, cut.height + margin, Length()}, turns);
            const Point centre = i > 0 && pick(3) > 0 ? besideEarlier(p.plan, largest, flange, web) : somewhere();
            p.layout.placements.push_back(
                {"P" + std::to_string(i), centre.x, centre.y, turns * 90, {"panel.xml", i + 3}});
            p.plan.cutouts.push_back({&p.layout.placements.back(), {}, at(largest, centre), at(flange, centre)});
        }
        return p;
    }

private:
    int pick(int n) { return static_cast<int>(random_() % static_cast<std::uint32_t>(n)); }
    static Length tenths(int n) { return Length::fromSteps(100'000LL * n); }
    static RoundedRect at(RoundedRect r, Point centre) {
        r.centre = centre;
        return r;
    }

    Point somewhere() { return {tenths(pick(3000)), tenths(pick(1500))}; }

    // Right of or above an earlier cutout: its largest cutout or flange exactly at the
    // web, touching, a nanometre either side of the web, or overlapping; straight across
    // or shifted so that rounded corners face each other.
    Point besideEarlier(const PanelPlan& plan, const RoundedRect& largest, const RoundedRect& flange, Length web) {
        const PlacedCutout& other = plan.cutouts[static_cast<std::size_t>(pick(static_cast<int>(plan.cutouts.size())))];
        const bool byFlange = pick(4) == 0;
        const Box there = boundsOf(byFlange ? other.flange : other.largest);
        const Box here = boundsOf(byFlange ? flange : largest);  // centred on the origin
        const Length gaps[] = {web, Length(), web - nanometres(1), web + nanometres(1), -tenths(10)};
        const Length gap = gaps[pick(5)];
        const Length shift = tenths(pick(3) == 0 ? pick(200) : 0);
        if (pick(2) == 0) return {there.max.x + gap - here.min.x, other.largest.centre.y + shift};
        return {other.largest.centre.x + shift, there.max.y + gap - here.min.y};
    }

    std::mt19937 random_;
};

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.sorted()) out.push_back(formatDiagnostic(d));
    return out;
}

std::vector<std::string> websChecked(const PanelPlan& plan, const std::vector<IndexPair>& pairs) {
    Diagnostics diagnostics;
    checkWebs(plan, pairs, diagnostics);
    return messages(diagnostics);
}

// The check as it was before the index: every pair i < j, in order.
std::vector<IndexPair> everyPair(std::size_t count) {
    std::vector<IndexPair> pairs;
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t j = i + 1; j < count; ++j) pairs.emplace_back(i, j);
    return pairs;
}

// Pairs whose web is exactly the minimum: they pass, and one nanometre more would not.
int exactlyAtWeb(const PanelPlan& plan) {
    int n = 0;
    for (const auto& [i, j] : everyPair(plan.cutouts.size())) {
        const auto &a = plan.cutouts[i].largest, &b = plan.cutouts[j].largest;
        n += webAtLeast(a, b, plan.minimumWeb) && !webAtLeast(a, b, plan.minimumWeb + nanometres(1));
    }
    return n;
}

int containing(const std::vector<std::string>& lines, const std::string& part) {
    int n = 0;
    for (const auto& line : lines) n += line.find(part) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("the indexed web check reports exactly what checking every pair reports", "[drawing][panel]") {
    int atWeb = 0, thinWebs = 0, touching = 0, flanges = 0;
    // Few and small enough for the sanitizer build, where every exact distance is slow, yet
    // crowded enough that each case below turns up many times.
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const Length webs[] = {Length(), Length::fromSteps(2'250'000), millimetres(4)};
        const Length web = webs[seed % 3];
        const RandomPanel panel = PanelMaker(seed).make(web, 45);
        INFO("seed " << seed);
        const auto expected = websChecked(panel.plan, everyPair(panel.plan.cutouts.size()));
        CHECK(websChecked(panel.plan, nearCutoutPairs(panel.plan)) == expected);
        atWeb += exactlyAtWeb(panel.plan);
        thinWebs += containing(expected, "leave a web of");
        touching += containing(expected, " touch or overlap; the minimum web");
        flanges += containing(expected, "flanges of");
    }
    // The panels hold every case the comparison is about.
    CHECK(atWeb > 20);
    CHECK(thinWebs > 20);
    CHECK(touching > 20);
    CHECK(flanges > 20);
}
