#include "pipeline/run.h"

#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

#include "model/error.h"
#include "pipeline/family_collector.h"
#include "pipeline/formats.h"
#include "pipeline/inputs.h"
#include "pipeline/ledger.h"
#include "pipeline/manifest.h"
#include "pipeline/output_tree.h"
#include "pipeline/parallel.h"
#include "pipeline/recovery.h"
#include "pipeline/value_ledger.h"
#include "pipeline/value_record.h"

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

// The settings of a run: those given, every other option at its default.
FormatSettings completed(const FormatSettings& given) {
    FormatSettings settings = defaultSettings();
    for (const auto& [name, value] : given) settings[name] = value;
    return settings;
}

// A file made from all of a family's variants, whatever --only selects, so a library
// never loses the symbols it did not select. Made for each family --only touches.
struct FamilyJob {
    const Format* format;
    const FamilyFile* file;
    const Family* family;
    std::unique_ptr<FamilyCollector> entries;
};

std::vector<FamilyJob> familyJobs(const Catalog& catalog, const std::vector<std::size_t>& selected,
                                  const std::vector<const Format*>& formats) {
    std::set<std::string> touched;
    for (const std::size_t i : selected) touched.insert(catalog.familyId(i));
    std::vector<FamilyJob> jobs;
    for (const Format* format : formats)
        for (const FamilyFile& file : format->perFamily)
            for (const auto& family : catalog.families)
                if (touched.count(family.id))
                    jobs.push_back({format, &file, &family, std::make_unique<FamilyCollector>()});
    return jobs;
}

// What one run builds: each variant once, for its own files when --only selects it and
// for the family files of its family when --only touches that family.
class Pass {
public:
    Pass(const LoadedSpec& spec, const std::vector<std::size_t>& selected, const std::vector<const Format*>& formats,
         const FormatContext& context, OutputTree& tree, Ledger& ledger, ValueLedger& values)
        : spec_(spec),
          formats_(formats),
          context_(context),
          tree_(tree),
          ledger_(ledger),
          values_(values),
          jobs_(familyJobs(spec.catalog, selected, formats)),
          positions_(spec.catalog.size(), notSelected) {
        for (std::size_t p = 0; p < selected.size(); ++p) positions_[selected[p]] = p;
        for (auto& job : jobs_) jobsOf_[job.family->id].push_back(&job);
        for (std::size_t i = 0; i < spec.catalog.size(); ++i)
            if (positions_[i] != notSelected || jobsOf_.count(spec.catalog.familyId(i))) built_.push_back(i);
    }

    std::size_t variants() const { return built_.size(); }
    std::size_t familyFiles() const { return jobs_.size(); }

    void buildVariant(std::size_t k, GenerateReport& report) {
        const std::size_t index = built_[k];
        Diagnostics ownProblems;
        const Variant v = spec_.variantsChecked ? spec_.variant(index) : spec_.checkedVariant(index, ownProblems);
        if (ownProblems.errorCount() + ownProblems.warningCount() > 0) keepProblems(index, ownProblems);
        const bool selected = positions_[index] != notSelected;
        if (ownProblems.hasErrors()) {  // the run writes nothing; the ledgers still hear of it
            if (selected) ledger_.addVariantFiles(positions_[index], {}, report);
            if (selected) values_.skipVariant(positions_[index]);
            return;
        }
        const Family* family = spec_.catalog.family(v.familyId);
        if (!family) throw std::logic_error("variant " + v.number + " has no family");
        if (selected) {
            auto files = variantFiles(v, *family);
            values_.addVariant(positions_[index], v, files);
            ledger_.addVariantFiles(positions_[index], std::move(files), report);
        }
        const auto found = jobsOf_.find(v.familyId);
        if (found == jobsOf_.end()) return;
        for (FamilyJob* job : found->second) job->entries->add(index, job->file->entry(v, *family, context_));
    }

    void writeFamilyFile(std::size_t j, GenerateReport& report) {
        FamilyJob& job = jobs_[j];
        job.entries->sort();
        const std::string path = job.file->path(*job.family, context_);
        checkContained(*job.format, path);
        const StreamedDocument document{
            path, [&](const ByteSink& sink) { job.file->write(*job.family, context_, *job.entries, sink); }};
        const auto [change, size] = tree_.stage(document);
        std::vector<Produced> produced{{{job.format->name, familyOwnerPrefix + job.family->id, path, size}, change}};
        values_.addSharedFiles(produced);
        ledger_.addSharedFiles(std::move(produced), report);
    }

    // In the spec's own order, whatever order the threads found them in.
    Diagnostics problems() const {
        Diagnostics all;
        for (const auto& [source, found] : problems_) all.addAll(found);
        return all;
    }

private:
    static constexpr std::size_t notSelected = static_cast<std::size_t>(-1);

    void keepProblems(std::size_t index, const Diagnostics& found) {
        const std::lock_guard<std::mutex> lock(problemsMutex_);
        problems_.emplace(spec_.catalog.entry(index).source, found);
    }

    std::vector<Produced> variantFiles(const Variant& v, const Family& family) {
        std::vector<Produced> produced;
        for (const Format* format : formats_)
            if (format->perVariant)
                stageAll(*format, v.number, format->perVariant(v, family, context_), tree_, produced);
        return produced;
    }

    const LoadedSpec& spec_;
    const std::vector<const Format*>& formats_;
    const FormatContext& context_;
    OutputTree& tree_;
    Ledger& ledger_;
    ValueLedger& values_;
    std::vector<FamilyJob> jobs_;
    std::map<std::string, std::vector<FamilyJob*>> jobsOf_;  // by family id
    std::vector<std::size_t> positions_;                     // by catalog index: the place among the selected
    std::vector<std::size_t> built_;                         // catalog indices, in order
    std::mutex problemsMutex_;
    std::map<std::size_t, Diagnostics> problems_;  // by the spec's own index of the variant
};

// Files made once from the whole catalog (library tables): small, so made last.
std::vector<Produced> generateCatalogFiles(const LoadedSpec& spec, const std::vector<const Format*>& formats,
                                           const FormatContext& context, OutputTree& tree) {
    std::vector<Produced> produced;
    for (const Format* format : formats)
        if (format->perCatalog)
            stageAll(*format, catalogOwnerName, format->perCatalog(spec.catalog, context), tree, produced);
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

// The options that shape the output, as text for the inputs digest: names and values,
// never enum ordinals, so reordering a declaration never invalidates a recorded run.
std::string optionsText(const std::vector<const Format*>& formats, const GenerateOptions& options) {
    std::string text = "formats=";
    for (const Format* f : formats) text += f->name + ",";
    text += ";only=" + options.only;
    const FormatSettings settings = completed(options.settings);
    for (const Format* f : formats)
        for (const FormatOption& option : f->options) text += ";" + option.name + "=" + settings.at(option.name);
    return text;
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
    std::error_code ec;  // nothing changed, in values as in files
    report.valueChanges.previous = std::filesystem::exists(options.outDir / valueRecordFileName, ec)
                                       ? ChangeReport::Previous::compared
                                       : ChangeReport::Previous::fromOlderPartgen;
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
    if (!visitManifest(
            options.outDir, [](const ManifestEntry&) {}, error))
        throw Error(ErrorCategory::io, error);

    const auto variants = selectVariants(spec.catalog, options.only);
    GenerateReport report;
    report.variants = variants.size();

    OutputTree tree(options.outDir, options.check);
    Ledger ledger(*formats, options.only, options.check, options.force);
    const FormatSettings settings = completed(options.settings);
    const FormatContext context{spec.rules, settings};
    ValueLedger values;
    Pass pass(spec, variants, *formats, context, tree, ledger, values);
    const std::size_t tasks = pass.variants() + pass.familyFiles();
    std::atomic<std::size_t> done{0};
    const auto progressed = [&] {
        if (options.progress) options.progress(++done, tasks);
    };
    parallelFor(pass.variants(), options.jobs, [&](std::size_t k) {
        pass.buildVariant(k, report);
        progressed();
    });
    report.diagnostics = pass.problems();
    if (report.diagnostics.hasErrors()) return report;  // the tree rolls back what it staged
    parallelFor(pass.familyFiles(), options.jobs, [&](std::size_t j) {
        pass.writeFamilyFile(j, report);
        progressed();
    });
    auto catalogFiles = generateCatalogFiles(spec, *formats, context, tree);
    values.addSharedFiles(catalogFiles);
    ledger.addSharedFiles(std::move(catalogFiles), report);

    const auto removals = ledger.settle(options.outDir, report);
    report.valueChanges = values.finish(options.outDir, spec.catalog, options.only, ledger.removed());
    // Checking never repairs; a killed run's journal means the folder is not up to date.
    if (options.check && interruptedRunIn(options.outDir))
        report.changes.push_back(std::string("changed ") + manifestFileName + " (left by a run that was killed)");
    sortChanges(report.changes);
    if (options.check) return report;

    ManifestHeader header;
    // A spec with warnings is loaded again next time, so that they are printed again.
    if (report.diagnostics.warningCount() == 0) header.inputs = options.inputs;
    header.variants = variants.size();
    const auto record = ledger.manifest(header);
    tree.stageLast(values.record());
    tree.commit(removals, &record);
    return report;
}

}  // namespace partgen
