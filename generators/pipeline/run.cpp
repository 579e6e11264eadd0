#include "pipeline/run.h"

#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <stdexcept>

#include "pipeline/formats.h"
#include "pipeline/inputs.h"
#include "pipeline/manifest.h"
#include "pipeline/output_tree.h"
#include "pipeline/parallel.h"

namespace partgen {
namespace {

struct Produced {
    ManifestEntry entry;
    FileChange change;
};

// Indices into the catalog of the variants whose number matches `only`.
std::vector<std::size_t> selectVariants(const Catalog& catalog, const std::string& only) {
    std::vector<std::size_t> selected;
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (matchesGlob(only, catalog.number(i))) selected.push_back(i);
    return selected;
}

const std::string familyOwner = "family:";
const std::string catalogOwner = "catalog";

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
        produced.push_back({{task.format->name, familyOwner + task.family->id, document.path, size}, change});
    }
    return produced;
}

// Files made once from the whole catalog (library tables): small, so made last.
std::vector<Produced> generateCatalogFiles(const LoadedSpec& spec, const std::vector<const Format*>& formats,
                                           OutputTree& tree) {
    std::vector<Produced> produced;
    for (const Format* format : formats)
        if (format->perCatalog) stageAll(*format, catalogOwner, format->perCatalog(spec.catalog, spec.templates), tree, produced);
    return produced;
}

// Whether a run of these formats and this --only glob makes (or removes) the entry's file.
bool coveredBy(const ManifestEntry& e, const std::vector<const Format*>& formats, const std::string& only) {
    const bool formatSelected =
        std::any_of(formats.begin(), formats.end(), [&](const Format* f) { return f->name == e.format; });
    const bool shared = e.owner == catalogOwner || e.owner.rfind(familyOwner, 0) == 0;
    return formatSelected && (shared ? only == "*" : matchesGlob(only, e.owner));
}

// Whether the file is there with the size it was written with.
bool stillThere(const std::filesystem::path& outDir, const ManifestEntry& e) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(outDir / e.path, ec);
    return !ec && e.size >= 0 && size == static_cast<std::uintmax_t>(e.size);
}

// What the run wrote, what it leaves alone, and what it removes: files of a selected
// format and variant that the manifest lists but this run did not produce.
class Ledger {
public:
    Ledger(const std::vector<const Format*>& formats, const std::string& only) : formats_(formats), only_(only) {}

    void add(const Produced& p, GenerateReport& report) {
        if (!paths_.emplace(p.entry.path, p.entry.owner).second)
            throw std::logic_error("two outputs of the same run have the path " + p.entry.path);
        manifest_.push_back(p.entry);
        if (p.change == FileChange::unchanged) {
            ++report.unchanged;
            return;
        }
        ++report.written;
        report.changes.push_back((p.change == FileChange::created ? "created " : "changed ") + p.entry.path);
    }

    std::vector<std::string> settle(const std::vector<ManifestEntry>& previous, const std::filesystem::path& outDir,
                                    GenerateReport& report) {
        std::vector<std::string> removals;
        for (const auto& old : previous) {
            if (paths_.count(old.path)) continue;
            if (!coveredBy(old, formats_, only_)) {
                manifest_.push_back(old);
                continue;
            }
            std::error_code ec;
            if (!std::filesystem::exists(outDir / old.path, ec)) continue;
            removals.push_back(old.path);
            report.changes.push_back("removed " + old.path);
            ++report.removed;
        }
        return removals;
    }

    const std::vector<ManifestEntry>& manifest() const { return manifest_; }

private:
    const std::vector<const Format*>& formats_;
    const std::string& only_;
    std::map<std::string, std::string> paths_;
    std::vector<ManifestEntry> manifest_;
};

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

std::optional<GenerateReport> unchangedRun(const GenerateOptions& options) {
    std::string error;
    const auto formats = selectFormats(options.formats, error);
    const auto previous = readManifest(options.outDir, error);
    if (options.inputs.empty() || !formats || !previous || previous->inputs != options.inputs) return std::nullopt;
    std::vector<const ManifestEntry*> covered;
    for (const auto& e : previous->entries)
        if (coveredBy(e, *formats, options.only)) covered.push_back(&e);
    std::atomic<bool> allThere{true};
    parallelFor(covered.size(), options.jobs, [&](std::size_t i) {
        if (!stillThere(options.outDir, *covered[i])) allThere = false;
    });
    if (!allThere) return std::nullopt;
    GenerateReport report;
    report.variants = previous->variants;
    report.unchanged = covered.size();
    return report;
}

bool matchesGlob(const std::string& pattern, const std::string& number) {
    return fnmatch(pattern.c_str(), number.c_str(), 0) == 0;
}

GenerateReport generate(const LoadedSpec& spec, const GenerateOptions& options) {
    std::string error;
    const auto formats = selectFormats(options.formats, error);
    if (!formats) throw std::invalid_argument(error);
    const auto previous = readManifest(options.outDir, error);
    if (!previous) throw std::runtime_error(error);

    const auto variants = selectVariants(spec.catalog, options.only);
    GenerateReport report;
    report.variants = variants.size();

    OutputTree tree(options.outDir, options.check);
    // The family files first: each is one long task, and the variants keep the other
    // threads busy meanwhile.
    const auto families = familyTasks(spec.catalog, variants, *formats);
    const std::size_t tasks = families.size() + variants.size();
    std::vector<std::vector<Produced>> results(tasks);
    std::atomic<std::size_t> done{0};
    parallelFor(tasks, options.jobs, [&](std::size_t i) {
        results[i] = i < families.size()
                         ? generateFamily(families[i], spec, options.settings, tree)
                         : generateOne(variants[i - families.size()], spec, *formats, options.settings, tree);
        if (options.progress) options.progress(++done, tasks);
    });
    results.push_back(generateCatalogFiles(spec, *formats, tree));

    Ledger ledger(*formats, options.only);
    for (const auto& batch : results)
        for (const auto& produced : batch) ledger.add(produced, report);
    const auto removals = ledger.settle(previous->entries, options.outDir, report);
    sortChanges(report.changes);
    if (options.check) return report;

    tree.stage({manifestFileName, manifestText({options.inputs, variants.size(), ledger.manifest()})});
    tree.commit(removals);
    return report;
}

}  // namespace partgen
