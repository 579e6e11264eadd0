#include "eplan/format.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_patterns.h"
#include "eplan/eplan_text.h"
#include "eplan/eplan_writer.h"

namespace partgen {
namespace {

// The sections of the file, each in catalog order.
enum Section : std::size_t { constructions, terminals, parts, sectionCount };

FamilyEntry eplanEntry(const Variant& v, const Family& family, const FormatContext& c) {
    const auto& rules = c.rules.get<EplanRules>();
    const auto& words = c.rules.get<WordingRules>();
    const std::string number = eplanPartNumber(*rules.partNumber, v, family);
    FamilyEntry entry{"", std::vector<std::string>(sectionCount)};
    if (const auto drilling = drillingPatternOf(v, number, words))
        entry.sections[constructions] = eplanConstructionText(*drilling);
    entry.sections[terminals] = eplanTerminalText(connectionPatternOf(v, number, words));
    entry.sections[parts] = eplanPartText(eplanPartOf(v, family, rules, words));
    return entry;
}

void writeEplanFile(const Family& family, const FormatContext&, const FamilyEntries& entries, const ByteSink& sink) {
    sink(eplanOpening(eplanAddressOf(family)));
    for (std::size_t section = 0; section < sectionCount; ++section) entries.copySection(section, sink);
    sink(eplanClosing());
}

}  // namespace

const Format& eplanFormat() {
    static const Format format{
        "eplan",
        {},
        {&eplanRuleFile(), &wordingRuleFile()},
        {},
        {},
        {FamilyFile{[](const Family& family, const FormatContext&) { return "eplan/" + family.id + ".xml"; },
                    eplanEntry, writeEplanFile}},
        {},
    };
    return format;
}

}  // namespace partgen
