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
#include "pipeline/changes_pages.h"
#include "pipeline/family_collector.h"
#include "pipeline/family_index.h"
#include "pipeline/fingerprint.h"
#include "pipeline/formats.h"
#include "pipeline/inputs.h"
#include "pipeline/ledger.h"
#include "pipeline/manifest.h"
#include "pipeline/output_tree.h"
#include "pipeline/parallel.h"
#include "pipeline/recovery.h"
#include "pipeline/reuse.h"
#include "pipeline/spool.h"
#include "pipeline/value_ledger.h"
#include "pipeline/value_record.h"
#include "pipeline/variant_files.h"

namespace partgen {
namespace {

// Indices into the catalog of the variants whose number matches `only`.
std::vector<std::size_t> selectVariants(const Catalog& catalog, const std::string& only) {
    std::vector<std::size_t> selected;
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (matchesGlob(only, catalog.number(i))) selected.push_back(i);
    return selected;
}

// Whether the file is there with the size it was written with.
bool entryStillThere(const std::filesystem::path& outDir, const ManifestEntry& e) {
    return stillThere(outDir, e.path, e.size);
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
    std::string path;
    std::string formatPrint;
    std::unique_ptr<FamilyCollector> entries;
    std::unique_ptr<KnownFamilyFile> before;  // the file as the last run left it, when its layout is known
    std::unique_ptr<Spool> layout;            // the written file's lines of the family index
};

// What family jobs need to know of the run.
struct FamilyRun {
    const FormatContext& context;
    const std::map<const Format*, std::string>& formatPrints;
    const FamilyIndex& before;
    const std::filesystem::path& outDir;
};

std::vector<FamilyJob> familyJobs(const Catalog& catalog, const std::vector<std::size_t>& selected,
                                  const std::vector<const Format*>& formats, const FamilyRun& run) {
    std::set<std::string> touched;
    for (const std::size_t i : selected) touched.insert(catalog.familyId(i));
    std::vector<FamilyJob> jobs;
    for (const Format* format : formats)
        for (const FamilyFile& file : format->perFamily)
            for (const auto& family : catalog.families) {
                if (!touched.count(family.id)) continue;
                const std::string path = file.path(family, run.context);
                checkContained(*format, path);
                jobs.push_back({format, &file, &family, path, run.formatPrints.at(format),
                                std::make_unique<FamilyCollector>(), run.before.known(run.outDir, format->name, path),
                                nullptr});
            }
    return jobs;
}

// Where a run's files and records go.
struct Ledgers {
    OutputTree& tree;
    Ledger& files;
    ValueLedger& values;
    FingerprintLedger& fingerprints;
};

// What one run builds: each variant once, for its own files when --only selects it and
// for the family files of its family when --only touches that family.
class Pass {
public:
    Pass(const LoadedSpec& spec, const std::vector<std::size_t>& selected, const std::vector<const Format*>& formats,
         const FamilyRun& familyRun, const VariantFiles& files, Ledgers ledgers)
        : spec_(spec),
          context_(familyRun.context),
          files_(files),
          tree_(ledgers.tree),
          ledger_(ledgers.files),
          values_(ledgers.values),
          fingerprints_(ledgers.fingerprints),
          jobs_(familyJobs(spec.catalog, selected, formats, familyRun)),
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
            if (selected) fingerprints_.addVariant(positions_[index], {});
            return;
        }
        const Family* family = spec_.catalog.family(v.familyId);
        if (!family) throw std::logic_error("variant " + v.number + " has no family");
        const std::string variantPrint = variantFingerprint(v, *family);
        if (selected) {
            std::vector<FingerprintLine> lines;
            auto files = files_.make(v, *family, variantPrint, lines);
            fingerprints_.addVariant(positions_[index], lines);
            values_.addVariant(positions_[index], v, files);
            ledger_.addVariantFiles(positions_[index], std::move(files), report);
        }
        const auto found = jobsOf_.find(v.familyId);
        if (found == jobsOf_.end()) return;
        for (FamilyJob* job : found->second) addFamilyEntry(*job, index, v, *family, variantPrint);
    }

    void writeFamilyFile(std::size_t j, GenerateReport& report) {
        FamilyJob& job = jobs_[j];
        job.entries->sort();
        const std::string& path = job.path;
        std::uint64_t written = 0;
        job.entries->countBytesFrom(&written);
        const StreamedDocument document{path, [&](const ByteSink& sink) {
                                            const ByteSink counted = [&](std::string_view piece) {
                                                written += piece.size();
                                                sink(piece);
                                            };
                                            job.file->write(*job.family, context_, *job.entries, counted);
                                        }};
        const auto [change, size] = tree_.stage(document);
        job.entries->countBytesFrom(nullptr);
        keepLayout(job, size);
        std::vector<Produced> produced{{{job.format->name, familyOwnerPrefix + job.family->id, path, size}, change}};
        values_.addSharedFiles(produced);
        ledger_.addSharedFiles(std::move(produced), report);
    }

    // The layouts of the family files written, in job order: the new family index.
    StreamedDocument familyIndex() {
        return {familyIndexFileName, [this](const ByteSink& sink) {
                    sink(familyIndexHeader());
                    for (FamilyJob& job : jobs_)
                        if (job.layout) job.layout->copyTo(sink);
                }};
    }

    // In the spec's own order, whatever order the threads found them in.
    Diagnostics problems() const {
        Diagnostics all;
        for (const auto& [source, found] : problems_) all.addAll(found);
        return all;
    }

private:
    static constexpr std::size_t notSelected = static_cast<std::size_t>(-1);

    // The entry the last run made from the same fingerprint, read back, or a new one.
    void addFamilyEntry(FamilyJob& job, std::size_t index, const Variant& v, const Family& family,
                        const std::string& variantPrint) {
        const std::string print = combinedFingerprint(variantPrint, job.formatPrint);
        auto kept = job.before ? job.before->entry(v.number, print) : std::nullopt;
        job.entries->add(index, kept ? *kept : job.file->entry(v, family, context_), print);
    }

    void keepLayout(FamilyJob& job, std::int64_t size) {
        job.before.reset();
        FamilyFileLayout file;
        file.format = job.format->name;
        file.path = job.path;
        file.size = size;
        auto layout = std::make_unique<Spool>();
        const auto numberOf = [this](std::size_t i) { return spec_.catalog.number(i); };
        if (job.entries->writeLayout(file, numberOf, [&](std::string_view line) { layout->add(line); }))
            job.layout = std::move(layout);
    }

    void keepProblems(std::size_t index, const Diagnostics& found) {
        const std::lock_guard<std::mutex> lock(problemsMutex_);
        problems_.emplace(spec_.catalog.entry(index).source, found);
    }

    const LoadedSpec& spec_;
    const FormatContext& context_;
    const VariantFiles& files_;
    OutputTree& tree_;
    Ledger& ledger_;
    ValueLedger& values_;
    FingerprintLedger& fingerprints_;
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

std::string runRules(const std::vector<std::filesystem::path>& ruleFiles) {
    try {
        return inputsDigest(ruleFiles, "rules");
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
    // Another run's inputs are told by the header: no file needs a look then.
    const auto head = readManifestHeader(options.outDir, error);
    if (!head || head->inputs != options.inputs) return std::nullopt;
    std::vector<ManifestEntry> batch;
    std::atomic<bool> allThere{true};
    std::size_t covered = 0;
    const auto checkBatch = [&] {
        parallelFor(batch.size(), options.jobs, [&](std::size_t i) {
            if (!entryStillThere(options.outDir, batch[i])) allThere = false;
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
    FingerprintLedger fingerprints;
    PreviousFingerprints previous(options.outDir, [&](const std::string& number) {
        return options.reuse && matchesGlob(options.only, number) && spec.catalog.find(number) != spec.catalog.size();
    });
    std::vector<std::string> formatPrints;
    std::map<const Format*, std::string> printOf;
    for (const Format* format : *formats) {
        formatPrints.push_back(formatFingerprint(*format, settings, options.rules));
        printOf[format] = formatPrints.back();
    }
    const VariantFiles files({*formats, context, tree, options.outDir, formatPrints, previous, options.reuse});
    const FamilyIndex familiesBefore = options.reuse ? FamilyIndex::read(options.outDir) : FamilyIndex();
    const FamilyRun familyRun{context, printOf, familiesBefore, options.outDir};
    Pass pass(spec, variants, *formats, familyRun, files, {tree, ledger, values, fingerprints});
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
    fingerprints.finish(options.outDir, spec.catalog, options.only);
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
    tree.stageLastDroppingOld(fingerprints.record());
    tree.stageLastDroppingOld(pass.familyIndex());
    stageChangesPages(*formats, report.valueChanges, {tree, options.outDir, removals, options.repairedKilledRun});
    tree.commit(removals, &record);
    return report;
}

}  // namespace partgen
