#include "kicad/symbol_writer.h"

#include "model/partgen_version.h"
#include "support/catch.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

// A library holding only the symbol of 770-744/064-000, as `version` writes it.
std::string oneSymbolLibrary(KicadVersion version) {
    const Family& family = test::repositorySpec().catalog.families.front();
    const SymbolModel symbol =
        symbolOf(test::repositoryVariant("770-744/064-000"), family, test::repositorySpec().templates.kicad);
    return writeSymbolLibrary({symbol}, version);
}

std::string golden(const std::string& folder) {
    return test::readFile(test::sourceDir() / "tests/kicad/golden" / folder / "WAGO_770-744_064-000.kicad_sym");
}

}  // namespace

TEST_CASE("the KiCad 9 symbol of 770-744/064-000 matches its golden file", "[kicad][symbol]") {
    CHECK(oneSymbolLibrary(KicadVersion::v9) == golden(""));
}

TEST_CASE("a KiCad 9 symbol library names partgen's major.minor version", "[kicad][symbol]") {
    const std::string line = "(generator_version \"" + std::string(partgenMajorMinorVersion()) + "\")";
    CHECK(writeSymbolLibrary({}, KicadVersion::v9).find(line) != std::string::npos);
}

TEST_CASE("the KiCad 6 symbol of 770-744/064-000 matches its golden file", "[kicad][symbol]") {
    CHECK(oneSymbolLibrary(KicadVersion::v6) == golden("kicad6"));
}
