#include "cli/commands.h"

#include <iostream>

#include "cli/cli_common.h"
#include "cli/error_exit.h"
#include "model/partgen_version.h"

namespace partgen {
namespace {

using namespace cli;

const char* const usage =
    "usage: partgen COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  list      one line per variant: number, kind, poles, provenance of its values\n"
    "  check     validate the spec; list every problem and all estimated and derived values\n"
    "  generate  write the library files for every variant into the output folder\n"
    "  panel     check a panel layout and write its punching drawing (DXF, SVG)\n"
    "  import    read datasheet texts; print them as spec XML or merge them into a family file\n"
    "  kicad-project  add the generated KiCad libraries to a KiCad project's library tables\n"
    "\n"
    "  partgen COMMAND --help   options of a command\n"
    "  partgen --version\n";

int dispatch(const std::string& command, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (command == "list") return listCommand(args, out, err);
    if (command == "check") return checkCommand(args, out, err);
    if (command == "generate") return generateCommand(args, out, err);
    if (command == "panel") return panelCommand(args, out, err);
    if (command == "import") return importCommand(args, out, err);
    if (command == "kicad-project") return kicadProjectCommand(args, out, err);
    if (command == "--version" || command == "version") {
        out << "partgen " << partgenVersion() << "\n";
        return exitSuccess;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        out << usage;
        return exitSuccess;
    }
    err << "partgen: unknown command '" << command << "'\n" << usage;
    return exitUsage;
}

}  // namespace

int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    if (argc < 2) {
        err << usage;
        return exitUsage;
    }
    const std::vector<std::string> args(argv + 2, argv + argc);
    try {
        return dispatch(argv[1], args, out, err);
    } catch (...) {
        return reportError(std::current_exception(), err);
    }
}

}  // namespace partgen
