#include "kicad/sexpr.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("short lists stay on one line, long ones break with tabs", "[kicad][sexpr]") {
    const SExpr small = SExpr::of("at", millimetres(1), nanometres(-500'000), 0);
    CHECK(small.render() == "(at 1 -0.5 0)\n");
    SExpr big = SExpr::of("footprint", Str{"Name"}, SExpr::of("layer", Str{"F.Cu"}));
    for (int i = 0; i < 8; ++i) big.add(SExpr::of("fp_line", SExpr::of("start", millimetres(i), millimetres(i))));
    const std::string text = big.render();
    CHECK(text.rfind("(footprint \"Name\"\n\t(layer \"F.Cu\")\n", 0) == 0);
    CHECK(text.find("\t(fp_line (start 7 7))\n") != std::string::npos);
    CHECK(text.substr(text.size() - 2) == ")\n");
}

TEST_CASE("strings are quoted and escaped, a list of atoms never breaks", "[kicad][sexpr]") {
    CHECK(SExpr::of("descr", Str{"a \"b\" c\\d"}).render() == "(descr \"a \\\"b\\\" c\\\\d\")\n");
    const std::string longText(150, 'x');
    CHECK(SExpr::of("descr", Str{longText}).render() == "(descr \"" + longText + "\")\n");
}

TEST_CASE("KiCad numbers have no exponent and no -0", "[kicad][sexpr]") {
    CHECK(kicadNumber(nanometres(1)) == "0.000001");
    CHECK(kicadNumber(-nanometres(0)) == "0");
    CHECK(kicadNumber(millimetres(-25)) == "-25");
}
