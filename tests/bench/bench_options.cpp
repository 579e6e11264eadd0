#include "bench_options.h"

#include <boost/program_options.hpp>
#include <iostream>
#include <string>

namespace po = boost::program_options;

namespace partgen::bench {
namespace {

// Absolute, because partgen runs with the repository root as its working folder.
std::filesystem::path absolute(const std::string& path) { return std::filesystem::absolute(path).lexically_normal(); }

}  // namespace

std::optional<BenchOptions> parseBenchOptions(int argc, char** argv) {
    std::string partgen = PARTGEN_BENCH_DEFAULT_PARTGEN;
    std::string root = PARTGEN_BENCH_DEFAULT_ROOT;
    std::string work = PARTGEN_BENCH_DEFAULT_WORK;
    BenchOptions o;
    po::options_description d("usage: partgen_bench [options]\n\nTimes partgen on tests/bench/catalog.xml");
    d.add_options()("help,h", "show this help")("partgen", po::value(&partgen)->default_value(partgen),
                                                "partgen executable to measure")(
        "root", po::value(&root)->default_value(root), "repository root (holds templates/ and tests/bench/)")(
        "work", po::value(&work)->default_value(work), "folder for the runs' output, removed again at the end")(
        "occt-models", po::value(&o.occtModels)->default_value(o.occtModels),
        "catalog variants the OpenCASCADE baseline builds, a fixed random sample")(
        "repeats", po::value(&o.repeats)->default_value(o.repeats),
        "fresh runs of each kind; the one of median time is reported");
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, d), vm);
    po::notify(vm);
    if (vm.count("help")) {
        std::cout << d << "\n";
        return std::nullopt;
    }
    if (o.occtModels < 1) throw po::error("--occt-models must be at least 1");
    if (o.repeats < 1) throw po::error("--repeats must be at least 1");
    o.partgen = absolute(partgen);
    o.root = absolute(root);
    o.work = absolute(work);
    return o;
}

}  // namespace partgen::bench
