#include "spec/load.h"

#include <algorithm>
#include <map>

#include "model/variant_fields.h"
#include "spec/build_variant.h"
#include "spec/family_reader.h"
#include "spec/resolve.h"
#include "spec/validate.h"
#include "spec/value_text.h"

namespace partgen {
namespace {

std::vector<std::filesystem::path> familyFiles(const std::filesystem::path& dir, Diagnostics& diag) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        diag.error({dir.generic_string(), 0}, "the parts folder does not exist");
        return files;
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) diag.error({dir.generic_string(), 0}, "no family files (*.xml) in the parts folder");
    return files;
}

std::vector<RawFamily> readFamilies(const std::vector<std::filesystem::path>& files, Diagnostics& diag) {
    std::vector<RawFamily> families;
    std::map<std::string, SourceLocation> ids;
    for (const auto& file : files) {
        auto family = readFamilyFile(file, file.generic_string(), diag);
        if (!family) continue;
        const auto [it, inserted] = ids.emplace(family->family.id, family->family.at);
        if (!inserted)
            diag.error(family->family.at, "family id '" + family->family.id + "' is also used by " + it->second.file);
        families.push_back(std::move(*family));
    }
    return families;
}

// The values a series rule computes or states as sizes, counts and ratings; wording
// (materials, notes) differs between datasheets of one family and says nothing about
// the rule.
std::map<std::string, std::string> ruleValueTexts(const Variant& v) {
    std::map<std::string, std::string> texts;
    visitFields(v, [&](const char* name, const auto& field) {
        using T = std::decay_t<decltype(*field)>;
        if constexpr (!std::is_same_v<T, std::string> && !std::is_same_v<T, Approvals>)
            if (field.has()) texts[name] = valueText(*field);
    });
    return texts;
}

// A series rule that disagrees with a datasheet part of the same number is likely wrong.
void compareWithDatasheet(const ResolvedEntry& seriesEntry, const Variant& datasheetPart, Diagnostics& diag) {
    Diagnostics ignored;  // the rule's own mistakes are reported for its other products
    const auto derived = ruleValueTexts(buildVariant(seriesEntry, ignored).variant);
    for (const auto& [name, stated] : ruleValueTexts(datasheetPart)) {
        const auto it = derived.find(name);
        if (it != derived.end() && it->second != stated)
            diag.warning(seriesEntry.at, "the series rule gives " + seriesEntry.number + " " + name + " = '" +
                                             it->second + "', its datasheet part says '" + stated +
                                             "'; the datasheet part is used");
    }
}

void checkFileStems(const std::vector<Variant>& variants, Diagnostics& diag) {
    std::map<std::string, const Variant*> stems;
    for (const auto& v : variants) {
        if (v.fileStem.empty()) continue;
        const auto [it, inserted] = stems.emplace(v.fileStem, &v);
        if (!inserted)
            diag.error(v.at, "part numbers '" + it->second->number + "' and '" + v.number + "' both become file name '" +
                                 v.fileStem + "'");
    }
}

}  // namespace

LoadedSpec loadSpec(const std::filesystem::path& partsDir, const std::filesystem::path& templatesDir) {
    Diagnostics folderProblems;
    const auto files = familyFiles(partsDir, folderProblems);
    LoadedSpec spec = loadSpecFiles(files, templatesDir);
    for (const auto& d : folderProblems.sorted()) spec.diagnostics.error(d.at, d.message);
    return spec;
}

std::vector<std::filesystem::path> specInputFiles(const std::filesystem::path& partsDir,
                                                  const std::filesystem::path& templatesDir) {
    Diagnostics unused;
    auto files = familyFiles(partsDir, unused);
    for (const auto& name : templateFileNames()) files.push_back(templatesDir / name);
    return files;
}

LoadedSpec loadSpecFiles(const std::vector<std::filesystem::path>& files, const std::filesystem::path& templatesDir) {
    LoadedSpec spec;
    Diagnostics& diag = spec.diagnostics;
    spec.templates = readTemplates(templatesDir, templatesDir.generic_string(), diag);
    const auto families = readFamilies(files, diag);
    Resolution resolution = resolveFamilies(families, diag);

    for (const auto& family : families) spec.catalog.families.push_back(family.family);
    std::sort(spec.catalog.families.begin(), spec.catalog.families.end(),
              [](const Family& a, const Family& b) { return a.id < b.id; });

    // Each entry's raw values are dropped once its variant is built, so a large catalog
    // never holds both forms of every product at once.
    spec.catalog.variants.reserve(resolution.entries.size());
    for (auto& entry : resolution.entries) {
        materialize(entry);
        BuiltVariant built = buildVariant(entry, diag);
        validateVariant(built.variant, built.given, spec.templates, diag);
        spec.catalog.variants.push_back(std::move(built.variant));
        RawProps().swap(entry.props);
    }
    for (const auto& shadowed : resolution.shadowed)
        for (const auto& v : spec.catalog.variants)
            if (v.number == shadowed.number) compareWithDatasheet(shadowed, v, diag);

    std::sort(spec.catalog.variants.begin(), spec.catalog.variants.end(),
              [](const Variant& a, const Variant& b) { return a.number < b.number; });
    checkFileStems(spec.catalog.variants, diag);
    return spec;
}

}  // namespace partgen
