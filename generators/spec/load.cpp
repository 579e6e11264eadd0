#include "spec/load.h"

#include <algorithm>
#include <map>
#include <memory>
#include <unordered_map>

#include "model/variant_fields.h"
#include "spec/build_variant.h"
#include "spec/colour_table.h"
#include "spec/family_reader.h"
#include "spec/part_number.h"
#include "spec/resolve.h"
#include "spec/validate.h"
#include "spec/wording_rules.h"
#include "text/value_text.h"

namespace partgen {
namespace {

std::vector<std::filesystem::path> familyFiles(const std::filesystem::path& dir, Diagnostics& diag) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        diag.error({dir.generic_string(), 0}, "the parts folder does not exist");
        return files;
    }
    // Whatever its type: a family file that is not a regular file is reported when read,
    // never skipped, or the next generate would delete its family's files.
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".xml") files.push_back(entry.path());
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
            diag.error(family->family.at,
                       "family id '" + family->family.id + "' is also used by " + it->second.file.str());
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

// The raw families and what inheritance made of them: all a catalog needs to make any
// of its variants again.
class ResolvedSpec : public VariantSource {
public:
    std::vector<RawFamily> families;
    Resolution resolution;
    HouseRules rules;
    VariantCheck check;

    Variant make(std::size_t source) const override {
        Diagnostics ignored;  // reported when the spec was loaded
        return buildVariant(resolution.entries[source], ignored).variant;
    }

    Variant makeChecked(std::size_t source, Diagnostics& diag) const override {
        BuiltVariant built = buildVariant(resolution.entries[source], diag);
        const Variant& v = built.variant;
        const std::size_t errorsBefore = diag.errorCount();
        validateVariant(v, built.given, rules.get<ColourTable>(), diag);
        // A later layer's checks assume a variant without errors of its own.
        if (check && diag.errorCount() == errorsBefore)
            for (const auto& problem : check(v, rules)) diag.error(v.at, v.number + ": " + problem);
        return std::move(built.variant);
    }
};

// A source over variants already made: hands out copies.
class HeldVariants : public VariantSource {
public:
    explicit HeldVariants(std::vector<Variant> variants) : variants_(std::move(variants)) {}
    Variant make(std::size_t source) const override { return variants_[source]; }
    Variant makeChecked(std::size_t source, Diagnostics&) const override { return variants_[source]; }

private:
    std::vector<Variant> variants_;
};

// Makes, validates and checks each product once, keeping only its catalog entry.
std::vector<CatalogEntry> checkedEntries(const ResolvedSpec& spec, Diagnostics& diag) {
    std::vector<CatalogEntry> entries;
    entries.reserve(spec.resolution.entries.size());
    for (std::size_t i = 0; i < spec.resolution.entries.size(); ++i) {
        const Variant v = spec.makeChecked(i, diag);
        entries.push_back({v.number, v.familyId, i});
    }
    return entries;
}

// Without usable templates every variant would fail the same checks: only the catalog
// entries are made, and the template problems are reported alone.
std::vector<CatalogEntry> uncheckedEntries(const ResolvedSpec& spec) {
    std::vector<CatalogEntry> entries;
    entries.reserve(spec.resolution.entries.size());
    for (std::size_t i = 0; i < spec.resolution.entries.size(); ++i) {
        const ResolvedEntry& entry = spec.resolution.entries[i];
        entries.push_back({entry.number, entry.family->family.id, i});
    }
    return entries;
}

// In number order; a file stem is a function of the number alone, so only the rare
// clash makes its variant again, for the line to report.
void checkFileStems(const LoadedSpec& spec, Diagnostics& diag) {
    const Catalog& catalog = spec.catalog;
    std::unordered_map<std::string, std::size_t> stems;
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        std::string error;
        const auto stem = fileStemForNumber(catalog.number(i), error);
        if (!stem) continue;  // reported when the variant was made
        const auto [it, inserted] = stems.emplace(*stem, i);
        if (!inserted)
            diag.error(spec.variant(i).at, "part numbers '" + catalog.number(it->second) + "' and '" +
                                               catalog.number(i) + "' both become file name '" + *stem + "'");
    }
}

// The spec's own files first, then the later layers' files, each read once.
std::vector<const RuleFile*> allRuleFiles(const std::vector<const RuleFile*>& later) {
    std::vector<const RuleFile*> files = specRuleFiles();
    for (const RuleFile* file : later)
        if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
    return files;
}

HouseRules readHouseRules(const std::filesystem::path& dir, const std::vector<const RuleFile*>& later,
                          Diagnostics& diag) {
    HouseRules rules;
    for (const RuleFile* file : allRuleFiles(later)) file->read(dir, dir.generic_string(), diag, rules);
    return rules;
}

}  // namespace

std::optional<Variant> LoadedSpec::variantNumbered(const std::string& number) const {
    const std::size_t i = catalog.find(number);
    if (i == catalog.size()) return std::nullopt;
    return variant(i);
}

std::vector<Variant> LoadedSpec::all() const {
    std::vector<Variant> variants;
    variants.reserve(catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) variants.push_back(variant(i));
    return variants;
}

LoadedSpec heldSpec(std::vector<Family> families, std::vector<Variant> variants) {
    std::vector<CatalogEntry> entries;
    entries.reserve(variants.size());
    for (std::size_t i = 0; i < variants.size(); ++i) entries.push_back({variants[i].number, variants[i].familyId, i});
    LoadedSpec spec;
    spec.catalog = Catalog(std::move(families), std::move(entries));
    spec.source = std::make_shared<HeldVariants>(std::move(variants));
    return spec;
}

std::vector<const RuleFile*> specRuleFiles() { return {&colourRuleFile(), &wordingRuleFile()}; }

LoadedSpec loadSpec(const std::filesystem::path& partsDir, const std::filesystem::path& templatesDir,
                    const SpecReaders& readers) {
    Diagnostics folderProblems;
    const auto files = familyFiles(partsDir, folderProblems);
    LoadedSpec spec = loadSpecFiles(files, templatesDir, readers);
    for (const auto& d : folderProblems.sorted()) spec.diagnostics.error(d.at, d.message);
    return spec;
}

std::vector<std::filesystem::path> specInputFiles(const std::filesystem::path& partsDir,
                                                  const std::filesystem::path& templatesDir,
                                                  const std::vector<const RuleFile*>& ruleFiles) {
    Diagnostics unused;
    auto files = familyFiles(partsDir, unused);
    for (auto& file : ruleInputFiles(templatesDir, ruleFiles)) files.push_back(std::move(file));
    return files;
}

std::vector<std::filesystem::path> ruleInputFiles(const std::filesystem::path& templatesDir,
                                                  const std::vector<const RuleFile*>& ruleFiles) {
    std::vector<std::filesystem::path> files;
    for (const RuleFile* file : allRuleFiles(ruleFiles)) files.push_back(templatesDir / file->name);
    return files;
}

LoadedSpec loadSpecFiles(const std::vector<std::filesystem::path>& files, const std::filesystem::path& templatesDir,
                         const SpecReaders& readers) {
    LoadedSpec spec;
    Diagnostics& diag = spec.diagnostics;
    spec.rules = readHouseRules(templatesDir, readers.ruleFiles, diag);
    const bool templatesUsable = !diag.hasErrors();
    auto resolved = std::make_shared<ResolvedSpec>();
    resolved->families = readFamilies(files, diag);
    resolved->resolution = resolveFamilies(resolved->families, diag);
    resolved->rules = spec.rules;
    resolved->check = readers.check;

    spec.variantsChecked = templatesUsable && (!readers.deferVariantChecks || diag.hasErrors());
    auto entries = spec.variantsChecked ? checkedEntries(*resolved, diag) : uncheckedEntries(*resolved);
    std::vector<Family> families;
    for (const auto& family : resolved->families) families.push_back(family.family);
    spec.catalog = Catalog(std::move(families), std::move(entries));
    spec.source = resolved;
    checkFileStems(spec, diag);

    if (!templatesUsable) return spec;
    for (const auto& shadowed : resolved->resolution.shadowed)
        if (const auto datasheetPart = spec.variantNumbered(shadowed.number))
            compareWithDatasheet(shadowed, *datasheetPart, diag);
    return spec;
}

}  // namespace partgen
