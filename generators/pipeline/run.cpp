#include "pipeline/run.h"

#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "model/error.h"
#include "pipeline/formats.h"
#include "pipeline/inputs.h"
#include "pipeline/ledger.h"
#include "pipeline/manifest.h"
#include "pipeline/output_tree.h"
#include "pipeline/parallel.h"
#include "pipeline/recovery.h"

namespace partgen {
namespace {

// Indices into the catalog of the variants whose number matches `only`.
std::vector<std::size_t> selectVariants(const Catalog& catalog, const std::string& only) {
    std::vector<std::size_t> selected;
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (matchesGlob(only, catalog.number(i))) selected.push_back(i);
    return selected;
}

void checkContained(const Format& format, const std::string& path) {
    if (!isContainedPath(path)) throw std::logic_error("format " + format.name + " made the path '" + path + "'");
}

void stageAll(const Format& format, const std::string& owner, const std::vector<Document>& documents, OutputTree& tree,
              std::vector<Produced>& produced) {
    for (const Document& document : documents) {
        checkContained(format, document.path);
        const auto size = static_cast<std::int64_t>(document.bytes.size());
        produced.push_back({{format.name, owner, document.path, size}, tree.stage(document)});
    }
}

VariantSelection variantsOf(const Catalog& catalog, const std::string& familyId) {
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (catalog.familyId(i) == familyId) members.push_back(i);
    return {catalog, std::move(members)};
}

std::vector<Produced> generateOne(std::size_t index, const LoadedSpec& spec, const std::vector<const Format*>& formats,
                                  const OutputSettings& settings, OutputTree& tree) {
    const Variant v = spec.catalog.variant(index);
    const Family* family = spec.catalog.family(v.familyId);
    if (!family) throw std::logic_error("variant " + v.number + " has no family");
    std::vector<Produced> produced;
    for (const Format* format : formats)
        if (format->perVariant)
            stageAll(*format, v.number, format->perVariant(v, *family, spec.templates, settings), tree, produced);
    return produced;
}

// A file made from all of a family's variants, whatever --only selects, so a library
// never loses the symbols it did not select. Made for each family --only touches.
struct FamilyTask {
    const Format* format;
    const Family* family;
};

std::vector<FamilyTask> familyTasks(const Catalog& catalog, const std::vector<std::size_t>& selected,
                                    const std::vector<const Format*>& formats) {
    std::vector<FamilyTask> tasks;
    for (const Format* format : formats)
        if (format->perFamily)
            for (const auto& family : catalog.families)
                if (std::any_of(selected.begin(), selected.end(),
                                [&](std::size_t i) { return catalog.familyId(i) == family.id; }))
                    tasks.push_back({format, &family});
    return tasks;
}

std::vector<Produced> generateFamily(const FamilyTask& task, const LoadedSpec& spec, const OutputSettings& settings,
                                     OutputTree& tree) {
    std::vector<Produced> produced;
    const auto members = variantsOf(spec.catalog, task.family->id);
    for (const auto& document : task.format->perFamily(*task.family, members, spec.templates, settings)) {
        checkContained(*task.format, document.path);
        const auto [change, size] = tree.stage(document);
        produced.push_back({{task.format->name, familyOwnerPrefix + task.family->id, document.path, size}, change});
    }
    return produced;
}

// Files made once from the whole catalog (library tables): small, so made last.
std::vector<Produced> generateCatalogFiles(const LoadedSpec& spec, const std::vector<const Format*>& formats,
                                           OutputTree& tree) {
    std::vector<Produced> produced;
    for (const Format* format : formats)
        if (format->perCatalog) stageAll(*format, catalogOwnerName, format->perCatalog(spec.catalog, spec.templates), tree, produced);
    return produced;
}

// Whether the file is there with the size it was written with.
bool stillThere(const std::filesystem::path& outDir, const ManifestEntry& e) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(outDir / e.path, ec);
    return !ec && e.size >= 0 && size == static_cast<std::uintmax_t>(e.size);
}

void sortChanges(std::vector<std::string>& changes) {
    const auto pathOf = [](const std::string& change) { return change.substr(change.find(' ') + 1); };
    std::sort(changes.begin(), changes.end(),
              [&](const std::string& a, const std::string& b) { return pathOf(a) < pathOf(b); });
}

// The options that shape the output, as text for the inputs digest.
std::string optionsText(const std::vector<const Format*>& formats, const GenerateOptions& options) {
    std::string text = "formats=";
    for (const Format* f : formats) text += f->name + ",";
    return text + ";only=" + options.only + ";dxf=" + std::to_string(static_cast<int>(options.settings.dxfVersion)) +
           ";kicad=" + std::to_string(static_cast<int>(options.settings.kicadVersion));
}

}  // namespace

std::string runInputs(const std::vector<std::filesystem::path>& files, const GenerateOptions& options) {
    std::string error;
    const auto formats = selectFormats(options.formats, error);
    if (!formats) return "";
    try {
        return inputsDigest(files, optionsText(*formats, options));
    } catch (const std::runtime_error&) {
        return "";  // loading the spec reports the unreadable file
    }
}

// Manifest entries are checked this many at a time, in parallel, so that a large
// manifest is never held whole.
constexpr std::size_t entriesPerBatch = 4096;

std::optional<GenerateReport> unchangedRun(const GenerateOptions& options) {
    std::string error;
    const auto formats = selectFormats(options.formats, error);
    if (options.inputs.empty() || !formats || interruptedRunIn(options.outDir)) return std::nullopt;
    std::vector<ManifestEntry> batch;
    std::atomic<bool> allThere{true};
    std::size_t covered = 0;
    const auto checkBatch = [&] {
        parallelFor(batch.size(), options.jobs, [&](std::size_t i) {
            if (!stillThere(options.outDir, batch[i])) allThere = false;
        });
        covered += batch.size();
        batch.clear();
    };
    const auto previous = visitManifest(
        options.outDir,
        [&](const ManifestEntry& e) {
            if (!allThere || !runCovers(e, *formats, options.only)) return;
            batch.push_back(e);
            if (batch.size() == entriesPerBatch) checkBatch();
        },
        error);
    if (!previous || previous->inputs != options.inputs) return std::nullopt;
    checkBatch();
    if (!allThere) return std::nullopt;
    GenerateReport report;
    report.variants = previous->variants;
    report.unchanged = covered;
    return report;
}

bool matchesGlob(const std::string& pattern, const std::string& number) {
    return fnmatch(pattern.c_str(), number.c_str(), 0) == 0;
}

GenerateReport generate(const LoadedSpec& spec, const GenerateOptions& options) {
    std::string error;
    const auto formats = selectFormats(options.formats, error);
    if (!formats) throw Error(ErrorCategory::usage, error);
    // A manifest that cannot be read stops the run before any work.
    if (!visitManifest(options.outDir, [](const ManifestEntry&) {}, error)) throw Error(ErrorCategory::io, error);

    const auto variants = selectVariants(spec.catalog, options.only);
    GenerateReport report;
    report.variants = variants.size();

    OutputTree tree(options.outDir, options.check);
    Ledger ledger(*formats, options.only, options.check, options.force);
    // The family files first: each is one long task, and the variants keep the other
    // threads busy meanwhile.
    const auto families = familyTasks(spec.catalog, variants, *formats);
    const std::size_t tasks = families.size() + variants.size();
    std::atomic<std::size_t> done{0};
    parallelFor(tasks, options.jobs, [&](std::size_t i) {
        if (i < families.size()) {
            ledger.addSharedFiles(generateFamily(families[i], spec, options.settings, tree), report);
        } else {
            const std::size_t position = i - families.size();
            ledger.addVariantFiles(position, generateOne(variants[position], spec, *formats, options.settings, tree),
                                   report);
        }
        if (options.progress) options.progress(++done, tasks);
    });
    ledger.addSharedFiles(generateCatalogFiles(spec, *formats, tree), report);

    const auto removals = ledger.settle(options.outDir, report);
    // Checking never repairs; a killed run's journal means the folder is not up to date.
    if (options.check && interruptedRunIn(options.outDir))
        report.changes.push_back(std::string("changed ") + manifestFileName + " (left by a run that was killed)");
    sortChanges(report.changes);
    if (options.check) return report;

    ManifestHeader header;
    header.inputs = options.inputs;
    header.variants = variants.size();
    const auto record = ledger.manifest(header);
    tree.commit(removals, &record);
    return report;
}

}  // namespace partgen
