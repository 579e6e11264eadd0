#include "support/formats.h"

#include <stdexcept>

#include "pipeline/family_collector.h"
#include "pipeline/formats.h"
#include "support/spec.h"

namespace partgen::test {
namespace {

// Contexts refer to their settings: each distinct set is kept for the test run.
const FormatSettings& keptSettings(const FormatSettings& given) {
    static std::vector<std::unique_ptr<FormatSettings>> kept;
    FormatSettings settings = defaultSettings();
    for (const auto& [name, value] : given) settings[name] = value;
    for (const auto& k : kept)
        if (*k == settings) return *k;
    kept.push_back(std::make_unique<FormatSettings>(std::move(settings)));
    return *kept.back();
}

const Family& familyOf(const Variant& v) {
    const Family* family = repositorySpec().catalog.family(v.familyId);
    if (!family) throw std::runtime_error("no family " + v.familyId);
    return *family;
}

}  // namespace

FormatContext repositoryContext(const FormatSettings& given) { return {repositorySpec().rules, keptSettings(given)}; }

std::vector<Document> variantDocuments(const Format& format, const Variant& v, const FormatSettings& given) {
    return format.perVariant(v, familyOf(v), repositoryContext(given));
}

Document familyDocument(const Format& format, const Family& family, const std::vector<Variant>& variants,
                        const FormatSettings& given) {
    const FormatContext context = repositoryContext(given);
    const FamilyFile& file = format.perFamily.at(0);
    FamilyCollector entries;
    for (std::size_t i = 0; i < variants.size(); ++i) entries.add(i, file.entry(variants[i], family, context));
    entries.sort();
    Document document{file.path(family, context), {}};
    file.write(family, context, entries, [&](std::string_view piece) { document.bytes += piece; });
    return document;
}

}  // namespace partgen::test
