#include "review/format.h"

#include "model3d/connector_model.h"

#include "review/changes_page.h"
#include "review/review_index.h"
#include "review/review_paths.h"
#include "review/variant_page.h"

namespace partgen {
namespace {

ReviewRules reviewRules(const FormatContext& c) {
    return {c.rules.get<KicadRules>(), c.rules.get<DrawingRules>(), c.rules.get<ModelRules>(),
            c.rules.get<ColourTable>()};
}

FamilyFile familyIndex() {
    return {
        [](const Family& family, const FormatContext&) { return reviewFolder(family.id) + "index.html"; },
        [](const Variant& v, const Family&, const FormatContext&) {
            return FamilyEntry{v.number, {familyIndexEntry(v)}};
        },
        [](const Family& family, const FormatContext&, const FamilyEntries& entries, const ByteSink& sink) {
            sink(familyIndexOpening(family));
            FamilyIndexRows rows(sink);
            entries.copySection(0, [&](std::string_view piece) { rows.add(piece); });
            rows.finish();
            sink(familyIndexClosing());
        },
    };
}

}  // namespace

const Format& reviewFormat() {
    static const Format format{
        "review",
        {},
        {&kicadRuleFile(), &drawingRuleFile(), &modelRuleFile()},
        connectorModelCheck,
        [](const Variant& v, const Family& family, const FormatContext& c) {
            return variantReview(v, family, reviewRules(c));
        },
        {familyIndex()},
        [](const Catalog& catalog, const FormatContext&) { return documentList(catalogIndex(catalog)); },
        ChangesPage{changesPagePath, changesPageFiles, writeChangesPage},
    };
    return format;
}

}  // namespace partgen
