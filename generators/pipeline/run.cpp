#include "pipeline/run.h"

#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <stdexcept>

#include "pipeline/formats.h"
#include "pipeline/manifest.h"
#include "pipeline/output_tree.h"
#include "pipeline/parallel.h"

namespace partgen {
namespace {

struct Produced {
    ManifestEntry entry;
    FileChange change;
};

std::vector<const Variant*> selectVariants(const Catalog& catalog, const std::string& only) {
    std::vector<const Variant*> selected;
    for (const auto& v : catalog.variants)
        if (matchesGlob(only, v.number)) selected.push_back(&v);
    return selected;
}

std::vector<Produced> generateOne(const Variant& v, const LoadedSpec& spec, const std::vector<const Format*>& formats,
                                  const OutputSettings& settings, OutputTree& tree) {
    const Family* family = spec.catalog.family(v.familyId);
    if (!family) throw std::logic_error("variant " + v.number + " has no family");
    std::vector<Produced> produced;
    for (const Format* format : formats)
        for (const Document& document : format->perVariant(v, *family, spec.templates, settings)) {
            if (!isContainedPath(document.path))
                throw std::logic_error("format " + format->name + " made the path '" + document.path + "'");
            produced.push_back({{format->name, v.number, document.path}, tree.stage(document)});
        }
    return produced;
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
            if (!covers(old)) {
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
    bool covers(const ManifestEntry& e) const {
        const bool formatSelected =
            std::any_of(formats_.begin(), formats_.end(), [&](const Format* f) { return f->name == e.format; });
        return formatSelected && matchesGlob(only_, e.owner);
    }

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

}  // namespace

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
    std::vector<std::vector<Produced>> results(variants.size());
    std::atomic<std::size_t> done{0};
    parallelFor(variants.size(), options.jobs, [&](std::size_t i) {
        results[i] = generateOne(*variants[i], spec, *formats, options.settings, tree);
        if (options.progress) options.progress(++done, variants.size());
    });

    Ledger ledger(*formats, options.only);
    for (const auto& perVariant : results)
        for (const auto& produced : perVariant) ledger.add(produced, report);
    const auto removals = ledger.settle(*previous, options.outDir, report);
    sortChanges(report.changes);
    if (options.check) return report;

    tree.stage({manifestFileName, manifestText(ledger.manifest())});
    tree.commit(removals);
    return report;
}

}  // namespace partgen
