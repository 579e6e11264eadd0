#include "kicad/symbol_common.h"

#include "support/catch.h"

using namespace partgen;

namespace {

Length mm(int value) { return Length::fromSteps(value * 1'000'000LL); }

}  // namespace

TEST_CASE("the pin unit lists every pin in order, passive, with its name and number", "[kicad][symbol]") {
    SymbolModel s;
    s.name = "X";
    s.textSize = mm(1);
    s.pins = {{"1", "PE", {mm(-7), mm(2)}, mm(2)}, {"2", "L", {mm(-7), mm(0)}, mm(2)}};
    std::string text;
    symbolPinUnit(s).render(text, 0);
    CHECK(text ==
          "(symbol \"X_1_1\"\n"
          "\t(pin passive line\n"
          "\t\t(at -7 2 0)\n"
          "\t\t(length 2)\n"
          "\t\t(name \"PE\" (effects (font (size 1 1))))\n"
          "\t\t(number \"1\" (effects (font (size 1 1))))\n"
          "\t)\n"
          "\t(pin passive line\n"
          "\t\t(at -7 0 0)\n"
          "\t\t(length 2)\n"
          "\t\t(name \"L\" (effects (font (size 1 1))))\n"
          "\t\t(number \"2\" (effects (font (size 1 1))))\n"
          "\t)\n"
          ")\n");
}

TEST_CASE("a line inside the body is its two points", "[kicad][symbol]") {
    CHECK(symbolPoints({{mm(-2), mm(1)}, {mm(1), mm(1)}}).render() == "(pts (xy -2 1) (xy 1 1))\n");
}
