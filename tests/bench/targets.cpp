#include "targets.h"

#include "number_text.h"

namespace partgen::bench {
namespace {

double ratio(double a, double b) { return b > 0 ? a / b : 0; }

double megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

// Writing the library should cost little more than its bytes do.
TargetCheck againstCopy(const BenchResults& r) {
    const double x = ratio(r.allJobs2.seconds, r.copy.seconds);
    return {"all formats (jobs 2) / copy of their output", fixed(x, 2) + " x", "<= 3 x", x <= 3};
}

// partgen's STEP writer must stay far ahead of building the same solids in a CAD kernel;
// its time per model includes loading the catalog and starting the process.
TargetCheck againstOcct(const BenchResults& r) {
    const double x = ratio(r.occt.msPerVariant(), r.stepAlone.msPerVariant());
    return {"OpenCASCADE ms/model / partgen step ms/variant", fixed(x, 0) + " x", ">= 200 x", x >= 200};
}

// Regenerating an unchanged library is what a build system does most often.
TargetCheck noOpShare(const BenchResults& r) {
    const double percent = 100 * ratio(r.noOp.seconds, r.allJobs2.seconds);
    return {"no-op regeneration / all formats (jobs 2)", fixed(percent, 1) + " %", "< 5 %", percent < 5};
}

// A spec update that touches a few variants costs in proportion to them, plus loading
// the catalog and writing the family files they are in.
TargetCheck oneRuleShare(const BenchResults& r) {
    const double percent = 100 * ratio(r.oneRule.seconds, r.allJobs2.seconds);
    return {"one series rule changed / all formats (jobs 2)", fixed(percent, 1) + " %", "< 10 %", percent < 10};
}

TargetCheck peakMemory(const BenchResults& r) {
    const double mb = megabytes(r.allJobs2.peakBytes.value_or(0));
    return {"peak memory, all formats (jobs 2)", fixed(mb, 1) + " MB", "< 200 MB", mb < 200};
}

// What each variant more costs in peak memory, from the whole catalog and its first
// quarter. Holding a variant's documents would cost their size, 130 KB on average; the
// catalog's index of numbers and the ledger's path hashes cost a few hundred bytes. A
// ratio of the two peaks would depend on the process's fixed size instead.
TargetCheck memoryPerVariant(const BenchResults& r) {
    const double extraBytes =
        static_cast<double>(r.allJobs2.peakBytes.value_or(0)) - static_cast<double>(r.quarter.peakBytes.value_or(0));
    const double extraVariants = static_cast<double>(r.allJobs2.variants) - static_cast<double>(r.quarter.variants);
    const double bytes = ratio(extraBytes, extraVariants);
    const double x = ratio(static_cast<double>(r.allJobs2.peakBytes.value_or(0)),
                           static_cast<double>(r.quarter.peakBytes.value_or(0)));
    return {"peak memory per variant more (whole catalog vs a quarter: " + fixed(x, 2) + " x)", fixed(bytes, 0) + " B",
            "<= 1024 B", extraVariants > 0 && bytes <= 1024};
}

TargetCheck parallelSpeedup(const BenchResults& r) {
    const double x = ratio(r.allJobs1.seconds, r.allJobs2.seconds);
    return {"all formats, jobs 1 / jobs 2", fixed(x, 2) + " x", ">= 1.7 x", x >= 1.7};
}

// A panel of 10,000 cutouts, checked and drawn, is a few seconds of a user's wait at most.
TargetCheck largePanel(const BenchResults& r) {
    const double s = r.panelLarge.seconds;
    return {"panel of " + std::to_string(r.panelLarge.variants) + " cutouts (check, DXF, SVG)", fixed(s, 2) + " s",
            "< 2 s", r.panelLarge.variants > 0 && s < 2};
}

// Ten times the cutouts: about ten times the time when the web check grows as n log n, a
// hundred times when it tries every pair.
TargetCheck panelScaling(const BenchResults& r) {
    const double x = ratio(r.panelLarge.seconds, r.panelSmall.seconds);
    return {"panel of " + std::to_string(r.panelLarge.variants) + " / " + std::to_string(r.panelSmall.variants) +
                " cutouts",
            fixed(x, 1) + " x", "<= 20 x", r.panelSmall.seconds > 0 && x <= 20};
}

}  // namespace

std::vector<TargetCheck> checkTargets(const BenchResults& r) {
    return {againstCopy(r),      againstOcct(r),     noOpShare(r),  oneRuleShare(r), peakMemory(r),
            memoryPerVariant(r), parallelSpeedup(r), largePanel(r), panelScaling(r)};
}

}  // namespace partgen::bench
