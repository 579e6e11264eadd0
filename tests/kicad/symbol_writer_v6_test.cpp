#include "kicad/symbol_writer_v6.h"

#include "kicad/symbol_writer.h"
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

TEST_CASE("the KiCad 6 symbol of 770-744/064-000 matches its golden file", "[kicad][symbol][golden]") {
    CHECK(test::goldenDifference("kicad/golden/kicad6/WAGO_770-744_064-000.kicad_sym",
                                 writeSymbolLibrary({test::repositorySymbol("770-744/064-000")}, KicadVersion::v6)) ==
          "");
}

TEST_CASE("a KiCad 6 symbol library names no generator version", "[kicad][symbol]") {
    std::string header;
    for (const auto& e : kicad6::symbolLibraryHeader()) header += text(e);
    CHECK(header == "(version 20211014)\n(generator partgen)\n");
}

TEST_CASE("KiCad 6 fields are numbered, the description is ki_description, hidden is a bare hide", "[kicad][symbol]") {
    const SymbolModel model = test::repositorySymbol("770-744");
    const std::string symbol = text(kicad6::symbol(model));
    CHECK(symbol.find("(property \"Description\"") == std::string::npos);
    CHECK(symbol.find("(property \"ki_description\"") != std::string::npos);
    const std::string lastId = "(id " + std::to_string(model.fields.size() - 1) + ")";
    CHECK(symbol.find(lastId) != std::string::npos);
    CHECK(symbol.find(" hide)") != std::string::npos);
    CHECK(symbol.find("(hide yes)") == std::string::npos);
}

TEST_CASE("KiCad 6 hides pin names with a bare hide and runs contact arcs from the top down", "[kicad][symbol]") {
    const std::string symbol = text(kicad6::symbol(test::repositorySymbol("770-744")));
    CHECK(symbol.find("(pin_names (offset 0.508) hide)") != std::string::npos);
    CHECK(symbol.find("(on_board no)") != std::string::npos);
    CHECK(symbol.find("(start 1.524 3.048)\n\t\t\t(mid 1.016 2.54)\n\t\t\t(end 1.524 2.032)") != std::string::npos);
    CHECK(symbol.find("(color 0 0 0 0)") != std::string::npos);
}
