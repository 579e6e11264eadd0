#include "cli/cli_common.h"

#include <iostream>

#include <algorithm>

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

LoadedSpec load(const SpecOptions& o) { return loadSpec(o.parts, o.templates, specReaders()); }

namespace {

std::string choicesText(const FormatOption& option) {
    std::string text;
    for (std::size_t i = 0; i < option.choices.size(); ++i)
        text += (i == 0 ? "" : i + 1 == option.choices.size() ? " or " : ", ") + option.choices[i];
    return text;
}

}  // namespace

void addFormatOptions(po::options_description& options, const std::vector<FormatOption>& formatOptions,
                      FormatSettings& settings) {
    for (const FormatOption& option : formatOptions) {
        std::string& value = settings[option.name];
        value = option.choices.front();
        options.add_options()(option.name.c_str(), po::value(&value)->default_value(value),
                              (option.help + ": " + choicesText(option)).c_str());
    }
}

std::string formatOptionsSynopsis(const std::vector<FormatOption>& formatOptions) {
    std::string text;
    for (const FormatOption& option : formatOptions) {
        text += " [--" + option.name + " ";
        for (std::size_t i = 0; i < option.choices.size(); ++i) text += (i == 0 ? "" : "|") + option.choices[i];
        text += "]";
    }
    return text;
}

void checkFormatOptions(const std::vector<FormatOption>& formatOptions, const FormatSettings& settings) {
    for (const FormatOption& option : formatOptions) {
        const std::string& value = settings.at(option.name);
        if (std::find(option.choices.begin(), option.choices.end(), value) == option.choices.end())
            throw Error(ErrorCategory::usage,
                        "--" + option.name + " must be " + choicesText(option) + ", not '" + value + "'");
    }
}

}  // namespace partgen::cli
