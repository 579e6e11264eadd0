#include "kicad/symbol_writer_v9.h"

#include "kicad/symbol_writer.h"
#include "model/partgen_version.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/kicad_symbol.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

std::string text(const SExpr& e) {
    std::string out;
    e.render(out, 0);
    return out;
}

}  // namespace

TEST_CASE("the KiCad 9 symbol of 770-744/064-000 matches its golden file", "[kicad][symbol][golden]") {
    CHECK(test::goldenDifference("kicad/golden/WAGO_770-744_064-000.kicad_sym",
                                 writeSymbolLibrary({test::repositorySymbol("770-744/064-000")}, KicadVersion::v9)) ==
          "");
}

TEST_CASE("a KiCad 9 symbol library names partgen's major.minor version", "[kicad][symbol]") {
    std::string header;
    for (const auto& e : kicad9::symbolLibraryHeader()) header += text(e);
    CHECK(header.find("(generator_version \"" + std::string(partgenMajorMinorVersion()) + "\")") != std::string::npos);
}

TEST_CASE("KiCad 9 fields go by name, hidden ones with (hide yes)", "[kicad][symbol]") {
    const std::string symbol = text(kicad9::symbol(test::repositorySymbol("770-744")));
    CHECK(symbol.find("(property \"Description\" ") != std::string::npos);
    CHECK(symbol.find("(id ") == std::string::npos);
    CHECK(symbol.find("(hide yes)") != std::string::npos);
    CHECK(symbol.find(" hide)") == std::string::npos);
}

TEST_CASE("a KiCad 9 connector symbol stays off the board and hides names that repeat numbers", "[kicad][symbol]") {
    const std::string symbol = text(kicad9::symbol(test::repositorySymbol("770-744")));
    CHECK(symbol.find("(pin_names (hide yes))") != std::string::npos);
    CHECK(symbol.find("(in_bom yes)") != std::string::npos);
    CHECK(symbol.find("(on_board no)") != std::string::npos);
    const std::string marked = text(kicad9::symbol(test::repositorySymbol("770-744/064-000")));
    CHECK(marked.find("(pin_names") == std::string::npos);  // KiCad 9 writes no default offset
}

TEST_CASE("a KiCad 9 cutout symbol has no pin unit, is on the board and out of the BOM", "[kicad][symbol]") {
    const auto& spec = test::repositorySpec();
    const auto cutout =
        cutoutSymbolOf(test::repositoryVariant("770-744"), spec.catalog.families.front(), spec.rules.get<KicadRules>());
    REQUIRE(cutout);
    const std::string symbol = text(kicad9::symbol(*cutout));
    CHECK(symbol.find("(in_bom no)") != std::string::npos);
    CHECK(symbol.find("(on_board yes)") != std::string::npos);
    CHECK(symbol.find("_1_1\"") == std::string::npos);
    CHECK(symbol.find("(fill (type none))") != std::string::npos);
}

TEST_CASE("a KiCad 9 socket contact arc runs from its lower end up", "[kicad][symbol]") {
    const std::string symbol = text(kicad9::symbol(test::repositorySymbol("770-744")));
    CHECK(symbol.find("(start 1.524 2.032)\n\t\t\t(mid 1.016 2.54)\n\t\t\t(end 1.524 3.048)") != std::string::npos);
}

TEST_CASE("the KiCad 9 symbol of 770-744 and its cutout symbol match their golden files", "[kicad][symbol][golden]") {
    const auto& spec = test::repositorySpec();
    const auto cutout =
        cutoutSymbolOf(test::repositoryVariant("770-744"), spec.catalog.families.front(), spec.rules.get<KicadRules>());
    REQUIRE(cutout);
    CHECK(test::goldenDifference("kicad/golden/WAGO_770-744.kicad_sym",
                                 writeSymbolLibrary({test::repositorySymbol("770-744")}, KicadVersion::v9)) == "");
    CHECK(test::goldenDifference("kicad/golden/WAGO_770-744_PanelCutout.kicad_sym",
                                 writeSymbolLibrary({*cutout}, KicadVersion::v9)) == "");
}
