#include "eplan/format.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_patterns.h"
#include "eplan/eplan_picture.h"
#include "eplan/eplan_text.h"
#include "eplan/eplan_writer.h"
#include "model3d/connector_model.h"

namespace partgen {
namespace {

// The sections of the file, each in catalog order.
enum Section : std::size_t { constructions, accessoryLists, terminals, parts, sectionCount };

EplanPart partOf(const Variant& v, const Family& family, const FormatContext& c) {
    return eplanPartOf({v, family, c.rules.get<EplanRules>(), c.rules.get<WordingRules>(), c.rules.get<ModelRules>()});
}

FamilyEntry eplanEntry(const Variant& v, const Family& family, const FormatContext& c) {
    const EplanPart part = partOf(v, family, c);
    FamilyEntry entry{"", std::vector<std::string>(sectionCount)};
    if (part.drilling) entry.sections[constructions] = eplanConstructionText(*part.drilling);
    if (part.counterparts) entry.sections[accessoryLists] = eplanAccessoryListText(*part.counterparts);
    entry.sections[terminals] = eplanTerminalText(part.connections);
    entry.sections[parts] = eplanPartText(part);
    return entry;
}

void writeEplanFile(const Family& family, const FormatContext&, const FamilyEntries& entries, const ByteSink& sink) {
    sink(eplanOpening(eplanAddressOf(family), entries.count()));
    for (std::size_t section = 0; section < sectionCount; ++section) entries.copySection(section, sink);
    sink(eplanClosing());
}

std::vector<Document> pictureDocuments(const Variant& v, const Family& family, const FormatContext& c) {
    return documentList(eplanPicture(v, family, c.rules.get<ModelRules>(), c.rules.get<ColourTable>()));
}

}  // namespace

const Format& eplanFormat() {
    static const Format format{
        "eplan",
        {},
        {&eplanRuleFile(), &wordingRuleFile(), &modelRuleFile()},
        connectorModelCheck,
        pictureDocuments,
        {FamilyFile{[](const Family& family, const FormatContext&) { return "eplan/" + family.id + ".xml"; },
                    eplanEntry, writeEplanFile}},
        {},
    };
    return format;
}

}  // namespace partgen
