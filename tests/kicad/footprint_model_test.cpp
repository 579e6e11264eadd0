#include "kicad/footprint_model.h"

#include <set>
#include <string>
#include <vector>

#include "geometry/cutout.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

FootprintModel footprintOf(const Variant& v) {
    const LoadedSpec& spec = test::repositorySpec();
    return partgen::footprintOf(v, spec.catalog.families.front(), spec.rules.get<KicadRules>());
}

std::vector<std::string> keysOf(const FootprintModel& fp) {
    std::vector<std::string> keys{fp.reference.key, fp.value.key, fp.fabReference.key};
    for (const auto& g : fp.graphics) keys.push_back(std::visit([](const auto& item) { return item.key; }, g));
    return keys;
}

}  // namespace

TEST_CASE("no two items of a footprint share a key", "[kicad][footprint]") {
    int footprints = 0;
    for (const Variant& v : test::repositoryVariants()) {
        if (!cutoutOf(v)) continue;
        ++footprints;
        INFO(v.number);
        const auto keys = keysOf(footprintOf(v));
        const std::set<std::string> distinct(keys.begin(), keys.end());
        CHECK(distinct.size() == keys.size());
        CHECK(distinct.count("") == 0);
    }
    CHECK(footprints > 1);
}

TEST_CASE("footprint items are keyed by what they are", "[kicad][footprint]") {
    const auto keys = keysOf(footprintOf(test::repositoryVariant("770-744")));
    CHECK(std::set<std::string>(keys.begin(), keys.end()) ==
          std::set<std::string>{"silk/reference", "fab/value", "fab/reference", "edge-cut/line/1", "edge-cut/line/2",
                                "edge-cut/line/3", "edge-cut/line/4", "edge-cut/arc/1", "edge-cut/arc/2",
                                "edge-cut/arc/3", "edge-cut/arc/4", "fab/outline", "silk/outline", "pin-1-mark",
                                "courtyard"});
}

TEST_CASE("the cutout's lines and arcs are numbered each in their own kind, in contour order", "[kicad][footprint]") {
    const FootprintModel fp = footprintOf(test::repositoryVariant("770-744"));
    int lines = 0, arcs = 0;
    for (const auto& g : fp.graphics) {
        if (const auto* line = std::get_if<FpLine>(&g); line && line->layer == KicadLayer::edgeCuts)
            CHECK(line->key == "edge-cut/line/" + std::to_string(++lines));
        if (const auto* arc = std::get_if<FpArc>(&g); arc && arc->layer == KicadLayer::edgeCuts)
            CHECK(arc->key == "edge-cut/arc/" + std::to_string(++arcs));
    }
    CHECK(lines == 4);
    CHECK(arcs == 4);
}
