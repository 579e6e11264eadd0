#include "eplan/eplan_library.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_patterns.h"
#include "eplan/eplan_text.h"
#include "eplan/eplan_writer.h"

namespace partgen {

StreamedDocument eplanDocument(const Family& family, const std::vector<const Variant*>& variants,
                               const Templates& templates) {
    const auto write = [&family, variants, &rules = templates.eplan](const ByteSink& sink) {
        // Records that others refer to come first: drilling and connection point patterns.
        const auto partNumber = [&](const Variant& v) { return eplanPartNumber(*rules.partNumber, v, family); };
        sink(eplanOpening(eplanAddressOf(family)));
        for (const Variant* v : variants)
            if (const auto drilling = drillingPatternOf(*v, partNumber(*v), rules)) sink(eplanConstructionText(*drilling));
        for (const Variant* v : variants) sink(eplanTerminalText(connectionPatternOf(*v, partNumber(*v), rules)));
        for (const Variant* v : variants) sink(eplanPartText(eplanPartOf(*v, family, rules)));
        sink(eplanClosing());
    };
    return {"eplan/" + family.id + ".xml", write};
}

}  // namespace partgen
