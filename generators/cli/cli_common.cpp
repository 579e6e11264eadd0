#include "cli/cli_common.h"

#include <iostream>

#include "drawing/dxf.h"
#include "model/error.h"
#include "pipeline/formats.h"

namespace partgen::cli {

po::options_description specOptions(SpecOptions& o) {
    po::options_description d("spec options");
    d.add_options()("parts", po::value(&o.parts)->default_value(o.parts), "folder of family files (*.xml)")(
        "templates", po::value(&o.templates)->default_value(o.templates), "folder of house-rule templates")(
        "help,h", "show this help");
    return d;
}

bool parseArgs(const std::vector<std::string>& args, const po::options_description& options, const char* synopsis,
               std::ostream& out, const po::positional_options_description& positional) {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    if (vm.count("help")) {
        out << "usage: partgen " << synopsis << "\n\n" << options;
        return false;
    }
    po::notify(vm);
    return true;
}

void printDiagnostics(const Diagnostics& diagnostics, std::ostream& to) {
    for (const auto& line : formatDiagnostics(diagnostics)) to << line << "\n";
}

LoadedSpec load(const SpecOptions& o) { return loadSpec(o.parts, o.templates, outputFitProblems); }

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

DxfVersion dxfVersionOption(const std::string& name) {
    const auto version = dxfVersionFromName(name);
    if (!version) throw Error(ErrorCategory::usage, "--dxf-version must be 12 or 2000, not '" + name + "'");
    return *version;
}

}  // namespace partgen::cli
