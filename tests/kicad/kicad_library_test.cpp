#include "kicad/kicad_library.h"

#include <utility>

#include "model/partgen_version.h"
#include "spec/load.h"
#include "support/catch.h"
#include "support/golden.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }

const Family& family() { return spec().catalog.families.front(); }

}  // namespace

TEST_CASE("names follow the templates' patterns with only allowed characters", "[kicad][names]") {
    const KicadRules& rules = spec().rules.get<KicadRules>();
    CHECK(kicadLibraryName(family(), rules) == "Connector_WAGO_WINSTA_MIDI");
    CHECK(kicadFootprintName(variant("770-744/064-000"), family(), rules) ==
          "WAGO_770-744_064-000_1x04_P10.00mm_SnapIn");
    CHECK(kicadFootprintName(variant("770-742"), family(), rules) == "WAGO_770-742_1x02_P10.00mm_SnapIn");
    CHECK(kicadSymbolName(variant("770-1242/076-000"), family(), rules) == "WAGO_770-1242_076-000");
    CHECK(kicadFootprintFilter(variant("770-744/064-000"), family()) == "WAGO*770?744?064?000*");
}

TEST_CASE("the footprint of 770-744 matches its golden files", "[kicad][footprint][golden]") {
    const std::string name = "WAGO_770-744_1x04_P10.00mm_SnapIn.kicad_mod";
    for (const auto& [version, golden] :
         {std::pair{KicadVersion::v9, "kicad/golden/"}, std::pair{KicadVersion::v6, "kicad/golden/kicad6/"}}) {
        INFO(golden);
        const auto docs = footprintDocuments(variant("770-744"), family(), spec().rules.get<KicadRules>(), version);
        REQUIRE(docs.size() == 1);
        CHECK(docs[0].path == "kicad/Connector_WAGO_WINSTA_MIDI.pretty/" + name);
        CHECK(test::goldenDifference(std::string(golden) + name, docs[0].bytes) == "");
    }
}

TEST_CASE("a KiCad 9 footprint names partgen's major.minor version", "[kicad][footprint]") {
    const auto docs =
        footprintDocuments(variant("770-744"), family(), spec().rules.get<KicadRules>(), KicadVersion::v9);
    REQUIRE(docs.size() == 1);
    const std::string line = "(generator_version \"" + std::string(partgenMajorMinorVersion()) + "\")";
    CHECK(docs[0].bytes.find(line) != std::string::npos);
}

TEST_CASE("a part on flying leads has no footprint", "[kicad][footprint]") {
    CHECK(footprintDocuments(variant("770-1242/076-000"), family(), spec().rules.get<KicadRules>(), KicadVersion::v9)
              .empty());
}

TEST_CASE("library tables point at the libraries below PARTGEN_LIBRARY_DIR", "[kicad][tables]") {
    const auto& rules = spec().rules.get<KicadRules>();
    const Document sym = libraryTable(spec().catalog, rules, LibraryTable::symbols, KicadVersion::v9);
    CHECK(sym.path == "kicad/sym-lib-table");
    CHECK(sym.bytes.find("(uri \"${PARTGEN_LIBRARY_DIR}/kicad/Connector_WAGO_WINSTA_MIDI.kicad_sym\")") !=
          std::string::npos);
    CHECK(sym.bytes.find("(uri \"${PARTGEN_LIBRARY_DIR}/kicad/Connector_WAGO_WINSTA_MIDI_PanelCutout.kicad_sym\")") !=
          std::string::npos);
    const Document fp = libraryTable(spec().catalog, rules, LibraryTable::footprints, KicadVersion::v9);
    CHECK(fp.path == "kicad/fp-lib-table");
    CHECK(fp.bytes.find("(uri \"${PARTGEN_LIBRARY_DIR}/kicad/Connector_WAGO_WINSTA_MIDI.pretty\")") !=
          std::string::npos);
}

TEST_CASE("KiCad 9 tables carry version 7, KiCad 6 tables no version line, which KiCad 6 refuses", "[kicad][tables]") {
    const auto& rules = spec().rules.get<KicadRules>();
    for (const auto table : {LibraryTable::symbols, LibraryTable::footprints}) {
        CHECK(libraryTable(spec().catalog, rules, table, KicadVersion::v9).bytes.find("\t(version 7)\n") !=
              std::string::npos);
        const std::string six = libraryTable(spec().catalog, rules, table, KicadVersion::v6).bytes;
        CHECK(six.find("version") == std::string::npos);
        CHECK(six.find("\t(lib\n") != std::string::npos);
    }
}
