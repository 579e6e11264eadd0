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
