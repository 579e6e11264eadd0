#include "pipeline/formats.h"

#include <algorithm>
#include <sstream>

#include "drawing/format.h"
#include "eplan/format.h"
#include "kicad/format.h"
#include "qet/format.h"
#include "resolved/format.h"
#include "review/format.h"

namespace partgen {
namespace {

std::vector<const RuleFile*> formatRuleFiles() {
    std::vector<const RuleFile*> files;
    for (const Format* format : allFormats())
        for (const RuleFile* file : format->ruleFiles)
            if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
    return files;
}

// Formats sharing a check (step and wrl build the same model) report its problems once.
std::vector<std::string> outputFitProblems(const Variant& v, const HouseRules& rules) {
    std::vector<std::string> problems;
    for (const Format* format : allFormats())
        if (format->check)
            for (auto& problem : format->check(v, rules))
                if (std::find(problems.begin(), problems.end(), problem) == problems.end())
                    problems.push_back(std::move(problem));
    return problems;
}

const Format* formatNamed(const std::string& name) {
    for (const Format* f : allFormats())
        if (f->name == name) return f;
    return nullptr;
}

}  // namespace

// The registry: a format is one line here.
const std::vector<const Format*>& allFormats() {
    // One line per format, so that adding one is a one-line change here.
    // clang-format off
    static const std::vector<const Format*> formats{
        &resolvedFormat(),
        &dxfFormat(),
        &pdfFormat(),
        &kicadSymbolFormat(),
        &kicadFootprintFormat(),
        &stepFormat(),
        &wrlFormat(),
        &eplanFormat(),
        &qetFormat(),
        &reviewFormat(),
    };
    // clang-format on
    return formats;
}

std::vector<FormatOption> allFormatOptions() {
    std::vector<FormatOption> options;
    for (const Format* format : allFormats())
        for (const FormatOption& option : format->options)
            if (std::none_of(options.begin(), options.end(),
                             [&](const FormatOption& o) { return o.name == option.name; }))
                options.push_back(option);
    return options;
}

FormatSettings defaultSettings() {
    FormatSettings settings;
    for (const FormatOption& option : allFormatOptions()) settings[option.name] = option.choices.front();
    return settings;
}

SpecReaders specReaders() { return {formatRuleFiles(), outputFitProblems}; }

std::string formatNames() {
    std::string names;
    for (const Format* f : allFormats()) names += (names.empty() ? "" : ", ") + f->name;
    return names;
}

std::optional<std::vector<const Format*>> selectFormats(const std::string& list, std::string& error) {
    if (list.empty() || list == "all") return allFormats();
    std::vector<const Format*> selected;
    std::istringstream in(list);
    for (std::string name; std::getline(in, name, ',');) {
        const Format* found = formatNamed(name);
        if (!found) {
            error = "unknown format '" + name + "'; known formats: " + formatNames();
            return std::nullopt;
        }
        if (std::find(selected.begin(), selected.end(), found) == selected.end()) selected.push_back(found);
    }
    return selected;
}

}  // namespace partgen
