#include "eplan/eplan_library.h"

#include "eplan/eplan_model.h"
#include "eplan/eplan_patterns.h"
#include "eplan/eplan_text.h"
#include "eplan/eplan_writer.h"
#include "model/spool.h"

namespace partgen {

StreamedDocument eplanDocument(const Family& family, const VariantSelection& variants,
                               const Templates& templates) {
    const auto write = [&family, variants, &rules = templates.eplan](const ByteSink& sink) {
        // Records that others refer to come first: drilling and connection point patterns.
        const auto partNumber = [&](const Variant& v) { return eplanPartNumber(*rules.partNumber, v, family); };
        sink(eplanOpening(eplanAddressOf(family)));
        // Each variant is made once: its construction goes out at once, its terminal and
        // part wait in temporary files until their sections come.
        Spool terminals, parts;
        variants.forEach([&](const Variant& v) {
            const std::string number = partNumber(v);
            if (const auto drilling = drillingPatternOf(v, number, rules)) sink(eplanConstructionText(*drilling));
            terminals.add(eplanTerminalText(connectionPatternOf(v, number, rules)));
            parts.add(eplanPartText(eplanPartOf(v, family, rules)));
        });
        terminals.copyTo(sink);
        parts.copyTo(sink);
        sink(eplanClosing());
    };
    return {"eplan/" + family.id + ".xml", write};
}

}  // namespace partgen
