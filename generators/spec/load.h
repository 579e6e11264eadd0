#pragma once
// The spec layer's entry point: reads templates and every family file of a folder,
// resolves inheritance and series rules, builds and validates every product.

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.h"
#include "spec/diagnostics.h"
#include "spec/house_rules.h"

namespace partgen {

// Makes a variant from the spec's own index of it (CatalogEntry::source); safe to call
// from several threads at once.
class VariantSource {
public:
    virtual ~VariantSource() = default;
    virtual Variant make(std::size_t source) const = 0;
    // The same variant, with its own problems (validation and the later layers' checks)
    // reported into `diagnostics`.
    virtual Variant makeChecked(std::size_t source, Diagnostics& diagnostics) const = 0;
};

struct LoadedSpec {
    Catalog catalog;
    HouseRules rules;
    Diagnostics diagnostics;
    std::shared_ptr<const VariantSource> source;

    // False when the loader left each variant's own checks to whoever builds it next
    // (SpecReaders::deferVariantChecks): `generate` checks each variant as it builds it.
    bool variantsChecked = true;

    // The catalog's i-th variant, built.
    Variant variant(std::size_t i) const { return source->make(catalog.entry(i).source); }
    // The same, with its own problems reported into `diagnostics`.
    Variant checkedVariant(std::size_t i, Diagnostics& variantDiagnostics) const {
        return source->makeChecked(catalog.entry(i).source, variantDiagnostics);
    }
    // The variant with this number, built; nullopt when there is none.
    std::optional<Variant> variantNumbered(const std::string& number) const;
    // Each variant in catalog order, built while visited.
    template <class Visit>
    void forEachVariant(Visit&& visit) const {
        for (std::size_t i = 0; i < catalog.size(); ++i) visit(variant(i));
    }
    // Every variant at once: for small catalogs and tests.
    std::vector<Variant> all() const;
};

// A spec of variants already built (small catalogs, tests), with no house rules.
LoadedSpec heldSpec(std::vector<Family> families, std::vector<Variant> variants);

// Problems a later layer finds in a valid variant (an output with no room for it, say);
// each is reported as an error at the variant.
using VariantCheck = std::function<std::vector<std::string>(const Variant&, const HouseRules&)>;

// What a spec is read with: the templates/ files to read besides the spec's own
// (colours.xml, wording.xml) and the later layers' checks.
struct SpecReaders {
    std::vector<const RuleFile*> ruleFiles;
    VariantCheck check;
    // Build no variant while loading: the caller builds each once, with checkedVariant,
    // so that a run builds every variant once. Problems of the spec as a whole (its
    // files, inheritance, series, templates) are still found here; when there are any,
    // every variant is checked here too, so that one run reports every problem.
    bool deferVariantChecks = false;
};

// The templates/ files the spec layer itself reads.
std::vector<const RuleFile*> specRuleFiles();

// Paths in messages are shown as `dir / file`, relative when the folders are. Every
// variant is made and checked once here, unless deferred; the catalog keeps only how to
// make it again.
LoadedSpec loadSpec(const std::filesystem::path& partsDir, const std::filesystem::path& templatesDir,
                    const SpecReaders& readers = {});

// Every file loadSpec reads for these folders: the family files, then the templates.
std::vector<std::filesystem::path> specInputFiles(const std::filesystem::path& partsDir,
                                                  const std::filesystem::path& templatesDir,
                                                  const std::vector<const RuleFile*>& ruleFiles);

// The templates among them: the files of the house rules.
std::vector<std::filesystem::path> ruleInputFiles(const std::filesystem::path& templatesDir,
                                                  const std::vector<const RuleFile*>& ruleFiles);

// The same for the given family files only.
LoadedSpec loadSpecFiles(const std::vector<std::filesystem::path>& files, const std::filesystem::path& templatesDir,
                         const SpecReaders& readers = {});

}  // namespace partgen
