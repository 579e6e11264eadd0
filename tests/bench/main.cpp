// partgen_bench: how fast partgen writes the benchmark catalog's library, format by
// format and all together, against copying that library and against OpenCASCADE
// building its 3D models. Exits non-zero only when a run fails, not on a missed target.

#include <exception>
#include <iostream>

#include "bench_options.h"
#include "bench_suite.h"
#include "report.h"

int main(int argc, char** argv) {
    using namespace partgen::bench;
    try {
        const auto options = parseBenchOptions(argc, argv);
        if (!options) return 0;
        printReport(runBench(*options, std::cerr), std::cout);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "\npartgen_bench: " << e.what() << "\n";
        return 1;
    }
}
