#include "bench_suite.h"

#include <algorithm>
#include <ostream>
#include <stdexcept>

#include "catalog_copies.h"
#include "catalog_sample.h"
#include "copy_baseline.h"
#include "number_text.h"
#include "occt_baseline.h"
#include "panel_layout_file.h"
#include "partgen_runner.h"
#include "pipeline/formats.h"
#include "settle_disk.h"
#include "work_folder.h"

namespace partgen::bench {
namespace {

std::vector<std::string> allFormatsWith(const std::string& jobs) { return {"--format", "all", "--jobs", jobs}; }

struct Timed {
    Measurement measurement;
    std::filesystem::path out;
};

// `run` into a fresh folder, repeated `repeats` times; the one of median time counts. The
// file system's state (what was written or removed just before) moves single runs by a
// tenth or more.
template <class Run>
Timed medianOf(WorkFolder& work, int repeats, const std::string& folder, Run run) {
    std::vector<Timed> runs;
    for (int i = 0; i < repeats; ++i) {
        const auto out = work.freshPath(folder);
        runs.push_back({run(out), out});
    }
    std::sort(runs.begin(), runs.end(),
              [](const Timed& a, const Timed& b) { return a.measurement.seconds < b.measurement.seconds; });
    return runs[runs.size() / 2];
}

Timed medianRun(const PartgenRunner& partgen, WorkFolder& work, int repeats, const std::string& label,
                const std::vector<std::string>& args, const std::string& folder,
                const std::filesystem::path& parts = catalogDir) {
    return medianOf(work, repeats, folder,
                    [&](const std::filesystem::path& out) { return partgen.run(label, args, out, parts); });
}

std::vector<Measurement> eachFormatAlone(const PartgenRunner& partgen, WorkFolder& work, int repeats) {
    std::vector<Measurement> rows;
    for (const Format* format : allFormats())
        rows.push_back(medianRun(partgen, work, repeats, format->name + ", jobs 1",
                                 {"--format", format->name, "--jobs", "1"}, format->name)
                           .measurement);
    return rows;
}

// perFormat is in allFormats() order.
Measurement stepRow(const std::vector<Measurement>& perFormat) {
    const auto& formats = allFormats();
    for (std::size_t i = 0; i < formats.size(); ++i)
        if (formats[i]->name == "step") return perFormat.at(i);
    throw std::runtime_error("partgen has no step format");
}

// Fresh with one job and with two, then again over the second tree, which is then copied.
void allFormatsRuns(const PartgenRunner& partgen, WorkFolder& work, int repeats, BenchResults& r,
                    std::ostream& progress) {
    r.allJobs1 =
        medianRun(partgen, work, repeats, "all formats, jobs 1", allFormatsWith("1"), "all-jobs-1").measurement;
    const Timed jobs2 = medianRun(partgen, work, repeats, "all formats, jobs 2", allFormatsWith("2"), "all-jobs-2");
    r.allJobs2 = jobs2.measurement;
    const auto& jobs2Out = jobs2.out;
    r.noOp = partgen.run("no-op regeneration, jobs 2", allFormatsWith("2"), jobs2Out);

    const auto copyOut = work.freshPath("copy");
    progress << "partgen_bench: copy baseline ..." << std::flush;
    r.copy = copyBaseline(jobs2Out, copyOut, r.allJobs2.variants);
    progress << " " << fixed(r.copy.seconds, 2) << " s\n";
}

// A spec updated in place, as a library maintainer does: a tree generated from a copy of
// the catalog, then the copy's first series rule changed and the tree regenerated, then
// changed back and regenerated, and so on: each of those runs regenerates the same
// variants, and the one of median time counts, as a single run of a few seconds moves by
// a tenth with the file system's state. The first run does what "all formats, jobs 2"
// measures and is not reported.
Measurement oneRuleRun(const PartgenRunner& partgen, const BenchOptions& o, WorkFolder& work) {
    const auto parts = writeCatalogCopy(o.root, work.freshPath("one-rule-catalog"));
    const auto out = work.freshPath("one-rule");
    partgen.run("all formats from a copy of the catalog, jobs 2", allFormatsWith("2"), out, parts);
    const std::string label = "one series rule changed (" + std::to_string(oneRuleVariants) + " variants), jobs 2";
    std::vector<Measurement> runs;
    for (int i = 0; i < o.repeats; ++i) {
        if (i % 2 == 0)
            writeOneRuleChangedCatalog(o.root, parts);
        else
            writeCatalogCopy(o.root, parts);
        runs.push_back(partgen.run(label, allFormatsWith("2"), out, parts));
    }
    std::sort(runs.begin(), runs.end(),
              [](const Measurement& a, const Measurement& b) { return a.seconds < b.seconds; });
    return runs[runs.size() / 2];
}

// The same catalog file cut to its first quarter of series rules: the change in peak
// memory between the two is what partgen holds per variant of the catalog.
Measurement quarterRun(const PartgenRunner& partgen, const BenchOptions& o, WorkFolder& work) {
    const auto parts = writeQuarterCatalog(o.root, work.freshPath("quarter-catalog"));
    return medianRun(partgen, work, o.repeats, "a quarter of the catalog, jobs 2", allFormatsWith("2"), "quarter",
                     parts)
        .measurement;
}

// `partgen panel` of a generated layout: the check, the DXF and the SVG.
Measurement panelRun(const PartgenRunner& partgen, WorkFolder& work, int repeats, std::size_t cutouts) {
    const auto layout = work.freshPath("panel-layout") / "panel.xml";
    writePanelLayout(layout, cutouts);
    const std::string label = "panel, " + std::to_string(cutouts) + " cutouts (check, DXF, SVG)";
    return medianOf(
               work, repeats, "panel",
               [&](const std::filesystem::path& out) { return partgen.runPanel(label, layout, out / "panel.dxf"); })
        .measurement;
}

Measurement occtRun(const BenchOptions& o, WorkFolder& work, std::ostream& progress) {
    progress << "partgen_bench: OpenCASCADE baseline, loading the catalog ..." << std::flush;
    const auto sample = sampleCatalog(o.root, o.occtModels);
    progress << " building " << sample.size() << " models ..." << std::flush;
    const auto out = work.freshPath("occt");
    settleDisk();
    Measurement m = occtBaseline(sample, out);
    progress << " " << fixed(m.seconds, 2) << " s\n";
    return m;
}

}  // namespace

BenchResults runBench(const BenchOptions& o, std::ostream& progress) {
    WorkFolder work(o.work);
    const PartgenRunner partgen(o.partgen, o.root, progress);
    BenchResults r;
    r.perFormat = eachFormatAlone(partgen, work, o.repeats);
    r.stepAlone = stepRow(r.perFormat);
    allFormatsRuns(partgen, work, o.repeats, r, progress);
    r.oneRule = oneRuleRun(partgen, o, work);
    r.quarter = quarterRun(partgen, o, work);
    r.panelSmall = panelRun(partgen, work, o.repeats, panelSmallCutouts);
    r.panelLarge = panelRun(partgen, work, o.repeats, panelLargeCutouts);
    r.occt = occtRun(o, work, progress);
    return r;
}

}  // namespace partgen::bench
