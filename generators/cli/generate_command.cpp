#include <unistd.h>

#include <chrono>
#include <iostream>
#include <thread>

#include "cli/change_report_json.h"
#include "cli/change_report_text.h"
#include "cli/cli_common.h"
#include "cli/report_file.h"
#include "model/decimal.h"
#include "model/error.h"
#include "pipeline/formats.h"
#include "pipeline/output_folder.h"
#include "pipeline/output_lock.h"
#include "pipeline/recovery.h"
#include "pipeline/run.h"

namespace partgen::cli {
namespace {

void reportGenerate(const GenerateReport& report, bool check, double seconds, std::ostream& out) {
    for (const auto& path : report.foreign)
        out << (check ? "would replace " : "replaced ") << path << ", which partgen had not written\n";
    if (check) {
        for (const auto& change : report.changes) out << "would be " << change << "\n";
        out << "partgen: " << report.variants << " variants, " << report.changes.size() << " files would change\n";
        return;
    }
    out << "partgen: " << report.variants << " variants, " << report.written << " files written, " << report.unchanged
        << " unchanged, " << report.removed << " removed in "
        << formatDecimal(static_cast<std::int64_t>(seconds * 1000), 3, 2) << " s\n";
}

// The change report on `out` and, when asked, as JSON in `reportFile`; then the summary.
void reportRun(const GenerateReport& report, const GenerateOptions& g, const std::string& reportFile, double seconds,
               std::ostream& out) {
    printChangeReport(report.valueChanges, g.outDir.generic_string(), out);
    if (!reportFile.empty()) writeReportFile(reportFile, changeReportJson(report, g.check));
    reportGenerate(report, g.check, seconds, out);
}

int refuseSpec(const Diagnostics& diagnostics, std::ostream& err) {
    printDiagnostics(diagnostics, err);
    err << "partgen: the spec has errors; nothing was written\n";
    return exitInvalid;
}

}  // namespace

int generateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    GenerateOptions g;
    std::string outDir = defaultOutputFolder;
    bool full = false;
    bool force = false;
    std::string reportFile;
    g.jobs = std::max(1u, std::thread::hardware_concurrency());
    auto options = specOptions(o);
    options.add_options()("out", po::value(&outDir)->default_value(outDir), "output folder")(
        "only", po::value(&g.only)->default_value(g.only), "only variants whose number matches this glob")(
        "format", po::value(&g.formats), ("comma-separated formats (default all): " + formatNames()).c_str())(
        "jobs,j", po::value(&g.jobs)->default_value(g.jobs), "parallel jobs")(
        "check", po::bool_switch(&g.check),
        "write nothing; exit 1 listing the files that would change, after the change report")(
        "report", po::value(&reportFile), "also write the change report as JSON to this file")(
        "full", po::bool_switch(&full), "rebuild every file even when the inputs are those of the last run")(
        "force", po::bool_switch(&force), "write into a folder partgen did not make, replacing files it did not write");
    const auto formatOptions = allFormatOptions();
    addFormatOptions(options, formatOptions, g.settings);
    const std::string synopsis =
        "generate [--parts DIR] [--out DIR] [--only GLOB] [--format LIST] [--jobs N] [--check] "
        "[--full] [--force] [--report FILE.json]" +
        formatOptionsSynopsis(formatOptions);
    if (!parseArgs(args, options, synopsis.c_str(), out)) return exitSuccess;
    if (g.jobs < 1) throw Error(ErrorCategory::usage, "--jobs must be at least 1");
    g.outDir = outDir;
    g.force = force;
    checkFormatOptions(formatOptions, g.settings);

    checkOutputChoice(g.outDir, {o.parts, o.templates});
    if (!reportFile.empty()) checkReportFile(reportFile, g.outDir, {o.parts, o.templates});
    // Under the lock: a run making this folder at the same moment has files in it already.
    OutputLock lock(g.outDir, g.check ? OutputLock::Mode::read : OutputLock::Mode::write);
    if (!g.check && !force) checkOutputOwned(g.outDir);
    const bool recovered = !g.check && recoverInterruptedRun(g.outDir);
    if (recovered)
        err << "partgen: " << outDir << " was left by a run that was killed; its temporary files are removed and "
            << "every file is compared again\n";

    const auto start = std::chrono::steady_clock::now();
    const auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    g.inputs = runInputs(specInputFiles(o.parts, o.templates, specReaders().ruleFiles), g);
    g.rules = runRules(ruleInputFiles(o.templates, specReaders().ruleFiles));
    g.reuse = !full && !recovered;
    g.repairedKilledRun = recovered;
    if (const auto unchanged = full ? std::nullopt : unchangedRun(g)) {
        lock.keep();
        reportRun(*unchanged, g, reportFile, seconds(), out);
        return exitSuccess;
    }
    // Each variant is built once, by the run itself, which checks it as it goes.
    SpecReaders readers = specReaders();
    readers.deferVariantChecks = true;
    const LoadedSpec spec = loadSpec(o.parts, o.templates, readers);
    if (spec.diagnostics.hasErrors()) return refuseSpec(spec.diagnostics, err);
    // A spec with warnings is loaded again next time, so they are printed again.
    if (!spec.diagnostics.sorted().empty()) g.inputs.clear();
    if (isatty(STDERR_FILENO) && &err == &std::cerr)
        g.progress = [&err](std::size_t done, std::size_t total) { err << "\r" << done << "/" << total << std::flush; };
    const GenerateReport report = generate(spec, g);
    if (g.progress) err << "\r";
    Diagnostics all = spec.diagnostics;
    all.addAll(report.diagnostics);
    if (all.hasErrors()) return refuseSpec(all, err);
    printDiagnostics(all, err);
    lock.keep();
    reportRun(report, g, reportFile, seconds(), out);
    return g.check && !report.changes.empty() ? exitInvalid : exitSuccess;
}

}  // namespace partgen::cli
