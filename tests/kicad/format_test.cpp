// The KiCad formats over the repository's spec: the symbol library, the footprints, the
// 3D models beside them, and the kicad-version option.

#include "kicad/format.h"

#include <regex>

#include "kicad/kicad_names.h"
#include "support/catch.h"
#include "support/formats.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }
const KicadRules& rules() { return spec().rules.get<KicadRules>(); }

}  // namespace

TEST_CASE("the library holds one symbol per variant, sorted by name", "[kicad][symbol]") {
    const Document lib = test::familyDocument(kicadSymbolFormat(), family(), test::repositoryVariants());
    CHECK(lib.path == "kicad/Connector_WAGO_WINSTA_MIDI.kicad_sym");
    const std::regex symbol("\n\t\\(symbol \"([^\"]+)\"");
    std::vector<std::string> names;
    for (std::sregex_iterator it(lib.bytes.begin(), lib.bytes.end(), symbol), end; it != end; ++it)
        names.push_back((*it)[1]);
    CHECK(names == std::vector<std::string>{"WAGO_770-1242_076-000", "WAGO_770-742", "WAGO_770-743", "WAGO_770-744",
                                            "WAGO_770-744_064-000", "WAGO_770-745"});
}

TEST_CASE("the symbol library is opened and closed around its symbols", "[kicad][symbol]") {
    const Document lib = test::familyDocument(kicadSymbolFormat(), family(), {variant("770-744")});
    CHECK(lib.bytes.starts_with("(kicad_symbol_lib\n"));
    CHECK(lib.bytes.ends_with(")\n"));
}

TEST_CASE("kicad-version 6 writes the KiCad 6 file version, the default KiCad 9's", "[kicad]") {
    // KiCad 6 libraries are version 20211014, KiCad 9's 20241209.
    const Document v9 = test::familyDocument(kicadSymbolFormat(), family(), {variant("770-744")});
    const Document v6 =
        test::familyDocument(kicadSymbolFormat(), family(), {variant("770-744")}, {{"kicad-version", "6"}});
    CHECK(v9.bytes.find("(version 20241209)") != std::string::npos);
    CHECK(v6.bytes.find("(version 20211014)") != std::string::npos);
    const auto fp6 = test::variantDocuments(kicadFootprintFormat(), variant("770-744"), {{"kicad-version", "6"}});
    REQUIRE(fp6.size() == 1);
    CHECK(fp6[0].bytes.find("(version 20211014)") != std::string::npos);
}

TEST_CASE("the footprint format writes a footprint per panel part and none for flying leads", "[kicad][footprint]") {
    const Variant& v = variant("770-745");
    const auto docs = test::variantDocuments(kicadFootprintFormat(), v);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].path == "kicad/" + kicadLibraryName(family(), rules()) + ".pretty/" +
                              kicadFootprintName(v, family(), rules()) + ".kicad_mod");
    CHECK(test::variantDocuments(kicadFootprintFormat(), variant("770-1242/076-000")).empty());
}

TEST_CASE("3D models go into the .3dshapes folder under the footprint's name", "[kicad][model3d]") {
    const Variant& v = variant("770-744");
    const std::string stem =
        "kicad/" + kicadLibraryName(family(), rules()) + ".3dshapes/" + kicadFootprintName(v, family(), rules());
    const auto step = test::variantDocuments(stepFormat(), v);
    REQUIRE(step.size() == 1);
    CHECK(step[0].path == stem + ".step");
    CHECK(step[0].bytes.find(kicadFootprintName(v, family(), rules()) + ".step") != std::string::npos);
    const auto wrl = test::variantDocuments(wrlFormat(), v);
    REQUIRE(wrl.size() == 1);
    CHECK(wrl[0].path == stem + ".wrl");
}

TEST_CASE("the 3D model formats refuse a variant whose model does not fit", "[kicad][model3d]") {
    Variant v = variant("770-744");
    CHECK(stepFormat().check(v, spec().rules).empty());
    v.height.value = Length::fromSteps(16'500'000);  // lower than the wings reach
    CHECK_FALSE(stepFormat().check(v, spec().rules).empty());
    CHECK_FALSE(wrlFormat().check(v, spec().rules).empty());
}

TEST_CASE("the library tables come with the formats' catalog files", "[kicad][tables]") {
    const FormatContext context = test::repositoryContext();
    const auto symbolTables = kicadSymbolFormat().perCatalog(spec().catalog, context);
    REQUIRE(symbolTables.size() == 1);
    CHECK(symbolTables[0].path == "kicad/sym-lib-table");
    const auto footprintTables = kicadFootprintFormat().perCatalog(spec().catalog, context);
    REQUIRE(footprintTables.size() == 1);
    CHECK(footprintTables[0].path == "kicad/fp-lib-table");
}
