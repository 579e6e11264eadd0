// The SVG pictures of the review pages, drawn from the KiCad models of 770-744.

#include "kicad/footprint_model.h"
#include "kicad/symbol_model.h"
#include "review/footprint_svg.h"
#include "review/symbol_svg.h"
#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const KicadRules& kicadRules() { return test::repositorySpec().rules.get<KicadRules>(); }

const Family& familyOf(const Variant& v) { return *test::repositorySpec().catalog.family(v.familyId); }

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the symbol picture has the body, a pin and a socket contact per pole, and the shown fields",
          "[review][svg]") {
    const Variant& v = test::repositoryVariant("770-744/064-000");
    const std::string svg = symbolSvg(symbolOf(v, familyOf(v), kicadRules()));
    CHECK(count(svg, "<rect class=\"body\"") == 1);
    CHECK(count(svg, "<line class=\"pin\"") == 4);
    CHECK(count(svg, "<path class=\"detail\"") == 4);
    CHECK(count(svg, "<text class=\"name\"") == 4);  // PE 2L 1L L: names that are not just numbers
    CHECK(svg.find(">WAGO_770-744_064-000</text>") != std::string::npos);
    CHECK(svg.find(">J</text>") != std::string::npos);
}

TEST_CASE("the footprint picture draws each layer in KiCad's default colour", "[review][svg]") {
    const Variant& v = test::repositoryVariant("770-744");
    const std::string svg = footprintSvg(footprintOf(v, familyOf(v), kicadRules()));
    for (const KicadLayer layer : {KicadLayer::fFab, KicadLayer::fSilkS, KicadLayer::fCrtYd, KicadLayer::edgeCuts}) {
        INFO(kicadLayerName(layer));
        CHECK(svg.find("stroke=\"" + kicadLayerColour(layer) + "\"") != std::string::npos);
    }
    CHECK(kicadLayerColour(KicadLayer::fSilkS) == "#F2EDA1");
    CHECK(svg.find(" A ") != std::string::npos);  // the cutout's rounded corners
}
