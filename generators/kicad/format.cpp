#include "kicad/format.h"

#include "kicad/kicad_library.h"
#include "kicad/symbol_writer.h"
#include "model3d/connector_model.h"
#include "model3d/step_writer.h"
#include "model3d/vrml_writer.h"

namespace partgen {
namespace {

const FormatOption& kicadVersionOption() {
    static const FormatOption option{"kicad-version", {"9", "6"}, "KiCad file format: 9, or 6 (read by KiCad 6 to 9)"};
    return option;
}

KicadVersion versionOf(const FormatContext& c) {
    return c.option(kicadVersionOption().name) == "6" ? KicadVersion::v6 : KicadVersion::v9;
}

const KicadRules& kicadRules(const FormatContext& c) { return c.rules.get<KicadRules>(); }

FamilyFile symbolLibrary(SymbolLibrary library) {
    return {
        [library](const Family& family, const FormatContext& c) {
            return symbolLibraryPath(family, kicadRules(c), library);
        },
        [library](const Variant& v, const Family& family, const FormatContext& c) {
            SymbolEntry symbol = symbolEntry(v, family, kicadRules(c), versionOf(c), library);
            return FamilyEntry{std::move(symbol.name), {std::move(symbol.text)}};
        },
        [](const Family&, const FormatContext& c, const FamilyEntries& entries, const ByteSink& sink) {
            sink(symbolLibraryOpening(versionOf(c)));
            entries.copySection(0, sink);
            sink(symbolLibraryClosing());
        },
    };
}

Model3d modelOf(const Variant& v, const Family& family, const FormatContext& c) {
    return connectorModel(v, family, c.rules.get<ModelRules>(), c.rules.get<ColourTable>());
}

// kicad/<Library>.3dshapes/<Footprint>, without extension.
std::string modelStem(const Variant& v, const Family& family, const FormatContext& c) {
    return kicadModelStem(v, family, kicadRules(c));
}

std::vector<Document> stepDocuments(const Variant& v, const Family& family, const FormatContext& c) {
    const std::string stem = modelStem(v, family, c);
    const std::string fileName = stem.substr(stem.rfind('/') + 1) + ".step";
    return documentList(Document{stem + ".step", writeStep(modelOf(v, family, c), fileName)});
}

std::vector<Document> vrmlDocuments(const Variant& v, const Family& family, const FormatContext& c) {
    return documentList(Document{modelStem(v, family, c) + ".wrl", writeVrml(modelOf(v, family, c))});
}

}  // namespace

const Format& kicadSymbolFormat() {
    static const Format format{
        "kicad-sym",
        {kicadVersionOption()},
        {&kicadRuleFile()},
        {},
        {},
        {symbolLibrary(SymbolLibrary::connectors), symbolLibrary(SymbolLibrary::cutouts)},
        [](const Catalog& catalog, const FormatContext& c) {
            return documentList(libraryTable(catalog, kicadRules(c), LibraryTable::symbols, versionOf(c)));
        },
    };
    return format;
}

const Format& kicadFootprintFormat() {
    static const Format format{
        "kicad-mod",
        {kicadVersionOption()},
        {&kicadRuleFile()},
        {},
        [](const Variant& v, const Family& family, const FormatContext& c) {
            return footprintDocuments(v, family, kicadRules(c), versionOf(c));
        },
        {},
        [](const Catalog& catalog, const FormatContext& c) {
            return documentList(libraryTable(catalog, kicadRules(c), LibraryTable::footprints, versionOf(c)));
        },
    };
    return format;
}

const Format& stepFormat() {
    static const Format format{
        "step", {}, {&kicadRuleFile(), &modelRuleFile()}, connectorModelCheck, stepDocuments, {}, {},
    };
    return format;
}

const Format& wrlFormat() {
    static const Format format{
        "wrl", {}, {&kicadRuleFile(), &modelRuleFile()}, connectorModelCheck, vrmlDocuments, {}, {},
    };
    return format;
}

}  // namespace partgen
