#include "eplan/eplan_library.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_patterns.h"
#include "eplan/eplan_text.h"
#include "eplan/eplan_writer.h"

namespace partgen {

StreamedDocument eplanDocument(const Family& family, const VariantSelection& variants,
                               const Templates& templates) {
    const auto write = [&family, variants, &rules = templates.eplan](const ByteSink& sink) {
        // Records that others refer to come first: drilling and connection point patterns.
        const auto partNumber = [&](const Variant& v) { return eplanPartNumber(*rules.partNumber, v, family); };
        sink(eplanOpening(eplanAddressOf(family)));
        // Each section makes the variants again, one at a time, rather than hold them all.
        variants.forEach([&](const Variant& v) {
            if (const auto drilling = drillingPatternOf(v, partNumber(v), rules)) sink(eplanConstructionText(*drilling));
        });
        variants.forEach([&](const Variant& v) { sink(eplanTerminalText(connectionPatternOf(v, partNumber(v), rules))); });
        variants.forEach([&](const Variant& v) { sink(eplanPartText(eplanPartOf(v, family, rules))); });
        sink(eplanClosing());
    };
    return {"eplan/" + family.id + ".xml", write};
}

}  // namespace partgen
