#pragma once
// What partgen's commands share: the spec options, argument parsing and reporting.

#include <boost/program_options.hpp>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "format/format.h"
#include "spec/load.h"

namespace partgen::cli {

namespace po = boost::program_options;

// generate's --out, and the folder other commands' default files go below.
inline constexpr const char* defaultOutputFolder = "output";

struct SpecOptions {
    std::string parts = "parts";
    std::string templates = "templates";
};

// --parts, --templates and --help.
po::options_description specOptions(SpecOptions& o);

// Parses `args` against `options`; returns false (and prints help) for --help.
bool parseArgs(const std::vector<std::string>& args, const po::options_description& options, const char* synopsis,
               std::ostream& out, const po::positional_options_description& positional = {});

void printDiagnostics(const Diagnostics& diagnostics, std::ostream& to);
LoadedSpec load(const SpecOptions& o);

// --NAME for each format option, defaulting to its first choice, its value into `settings`.
void addFormatOptions(po::options_description& options, const std::vector<FormatOption>& formatOptions,
                      FormatSettings& settings);
// " [--dxf-version 12|2000] ..."
std::string formatOptionsSynopsis(const std::vector<FormatOption>& formatOptions);
// Throws po::error for a value that is not one of the option's choices.
void checkFormatOptions(const std::vector<FormatOption>& formatOptions, const FormatSettings& settings);

int listCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int checkCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int generateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int panelCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int importCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int kicadProjectCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace partgen::cli
