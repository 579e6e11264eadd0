#include "bench_suite.h"

#include <ostream>
#include <stdexcept>

#include "catalog_sample.h"
#include "copy_baseline.h"
#include "number_text.h"
#include "occt_baseline.h"
#include "partgen_runner.h"
#include "quarter_catalog.h"
#include "pipeline/formats.h"
#include "work_folder.h"

namespace partgen::bench {
namespace {

std::vector<std::string> allFormatsWith(const std::string& jobs) { return {"--format", "all", "--jobs", jobs}; }

std::vector<Measurement> eachFormatAlone(const PartgenRunner& partgen, WorkFolder& work) {
    std::vector<Measurement> rows;
    for (const auto& format : allFormats()) {
        const auto out = work.freshPath(format.name);
        rows.push_back(partgen.run(format.name + ", jobs 1", {"--format", format.name, "--jobs", "1"}, out));
    }
    return rows;
}

// perFormat is in allFormats() order.
Measurement stepRow(const std::vector<Measurement>& perFormat) {
    const auto& formats = allFormats();
    for (std::size_t i = 0; i < formats.size(); ++i)
        if (formats[i].name == "step") return perFormat.at(i);
    throw std::runtime_error("partgen has no step format");
}

// Fresh with one job and with two, then again over the second tree, which is then copied.
void allFormatsRuns(const PartgenRunner& partgen, WorkFolder& work, BenchResults& r, std::ostream& progress) {
    const auto jobs1Out = work.freshPath("all-jobs-1");
    r.allJobs1 = partgen.run("all formats, jobs 1", allFormatsWith("1"), jobs1Out);

    const auto jobs2Out = work.freshPath("all-jobs-2");
    r.allJobs2 = partgen.run("all formats, jobs 2", allFormatsWith("2"), jobs2Out);
    r.noOp = partgen.run("no-op regeneration, jobs 2", allFormatsWith("2"), jobs2Out);

    const auto copyOut = work.freshPath("copy");
    progress << "partgen_bench: copy baseline ..." << std::flush;
    r.copy = copyBaseline(jobs2Out, copyOut, r.allJobs2.variants);
    progress << " " << fixed(r.copy.seconds, 2) << " s\n";
}

// The same catalog file cut to its first quarter of series rules: the change in peak
// memory between the two is what partgen holds per variant of the catalog.
Measurement quarterRun(const PartgenRunner& partgen, const BenchOptions& o, WorkFolder& work) {
    const auto parts = writeQuarterCatalog(o.root, work.freshPath("quarter-catalog"));
    const auto out = work.freshPath("quarter");
    Measurement m = partgen.run("a quarter of the catalog, jobs 2", allFormatsWith("2"), out, parts);
    return m;
}

Measurement occtRun(const BenchOptions& o, WorkFolder& work, std::ostream& progress) {
    progress << "partgen_bench: OpenCASCADE baseline, loading the catalog ..." << std::flush;
    const auto sample = sampleCatalog(o.root, o.occtModels);
    progress << " building " << sample.size() << " models ..." << std::flush;
    const auto out = work.freshPath("occt");
    Measurement m = occtBaseline(sample, out);
    progress << " " << fixed(m.seconds, 2) << " s\n";
    return m;
}

}  // namespace

BenchResults runBench(const BenchOptions& o, std::ostream& progress) {
    WorkFolder work(o.work);
    const PartgenRunner partgen(o.partgen, o.root, progress);
    BenchResults r;
    r.perFormat = eachFormatAlone(partgen, work);
    r.stepAlone = stepRow(r.perFormat);
    allFormatsRuns(partgen, work, r, progress);
    r.quarter = quarterRun(partgen, o, work);
    r.occt = occtRun(o, work, progress);
    return r;
}

}  // namespace partgen::bench
