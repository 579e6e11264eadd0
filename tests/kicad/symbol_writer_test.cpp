#include "kicad/symbol_writer.h"

#include "support/catch.h"
#include "support/kicad_symbol.h"
#include "support/spec.h"

using namespace partgen;

TEST_CASE("each KiCad version has its own symbol file version", "[kicad][symbol]") {
    CHECK(symbolLibraryOpening(KicadVersion::v6).find("\t(version 20211014)\n") != std::string::npos);
    CHECK(symbolLibraryOpening(KicadVersion::v9).find("\t(version 20241209)\n") != std::string::npos);
}

TEST_CASE("a library holds its symbols in the order given, between opening and closing", "[kicad][symbol]") {
    const std::vector<SymbolModel> symbols{test::repositorySymbol("770-745"), test::repositorySymbol("770-742")};
    for (const KicadVersion version : {KicadVersion::v6, KicadVersion::v9}) {
        const std::string library = writeSymbolLibrary(symbols, version);
        CHECK(library.starts_with(symbolLibraryOpening(version)));
        CHECK(library.ends_with("\t)\n" + symbolLibraryClosing()));
        const auto first = library.find(symbolText(symbols[0], version));
        const auto second = library.find(symbolText(symbols[1], version));
        CHECK(first != std::string::npos);
        CHECK(second != std::string::npos);
        CHECK(first < second);
    }
}
