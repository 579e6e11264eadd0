#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/cli_common.h"
#include "datasheet/datasheet_reader.h"
#include "datasheet/merge.h"
#include "datasheet/part_xml.h"
#include "model/error.h"
#include "pipeline/output_tree.h"
#include "spec/file_bytes.h"

namespace partgen::cli {
namespace {

// Two datasheets of one part number must say the same.
void checkAgreement(const std::vector<ImportedPart>& parts, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < parts.size(); ++i)
        for (std::size_t j = i + 1; j < parts.size(); ++j) {
            if (parts[i].number != parts[j].number) continue;
            for (const auto& [name, value] : parts[i].values) {
                const auto other = parts[j].values.find(name);
                if (other != parts[j].values.end() && other->second.text != value.text)
                    diagnostics.error({parts[j].file, other->second.line},
                                      parts[j].number + ": " + name + " is '" + other->second.text + "' here but '" +
                                          value.text + "' in " + parts[i].file + ":" + std::to_string(value.line));
            }
        }
}

int mergeAll(const std::vector<ImportedPart>& parts, const std::string& family, const std::string& templates,
             bool acceptKindChange, Diagnostics& diagnostics, std::ostream& out, std::ostream& err) {
    const std::filesystem::path file(family);
    const std::string before = readFileBytes(file).value_or("");
    const std::filesystem::path working = privateTemporaryPath(file.filename().string());
    std::filesystem::copy_file(file, working, std::filesystem::copy_options::overwrite_existing);
    std::vector<std::string> report;
    bool ok = true;
    for (const auto& part : parts) {
        // Each part is merged into the result of the previous one.
        const MergeResult merged = mergeIntoFamily(part, working, templates, {family, acceptKindChange}, diagnostics);
        ok = ok && merged.ok;
        if (!merged.ok) break;
        std::ofstream(working, std::ios::binary | std::ios::trunc) << merged.text;
        for (const auto& change : merged.changes) report.push_back(part.number + ": " + change);
    }
    const std::string after = readFileBytes(working).value_or("");
    std::filesystem::remove(working);
    printDiagnostics(diagnostics, err);
    if (!ok) {
        err << "partgen: nothing was changed in " << family << "\n";
        return exitInvalid;
    }
    for (const auto& line : report) out << line << "\n";
    if (after != before) {
        OutputTree tree(file.parent_path().empty() ? "." : file.parent_path(), false, OutputTree::Journal::none);
        tree.stage({file.filename().string(), after});
        tree.commit({});
    }
    out << "partgen: " << report.size() << " values changed in " << family << "\n";
    return exitSuccess;
}

}  // namespace

int importCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    std::vector<std::string> texts;
    std::string family;
    bool acceptKindChange = false;
    auto options = specOptions(o);
    options.add_options()("datasheet", po::value(&texts), "datasheet text files")(
        "family", po::value(&family), "merge into this family file instead of printing")(
        "accept-kind-change", po::bool_switch(&acceptKindChange),
        "let a merge change a part's kind, mounting type or pole count");
    po::positional_options_description positional;
    positional.add("datasheet", -1);
    if (!parseArgs(args, options,
                   "import DATASHEET.txt... [--family parts/FILE.xml [--accept-kind-change]] [--templates DIR]", out,
                   positional))
        return exitSuccess;
    if (texts.empty()) throw Error(ErrorCategory::usage, "import needs at least one datasheet text file");

    Diagnostics diagnostics;
    const DatasheetLayout layout = loadDatasheetLayouts(o.templates, diagnostics);
    if (diagnostics.hasErrors()) {
        printDiagnostics(diagnostics, err);
        return exitInvalid;
    }
    std::vector<ImportedPart> parts;
    for (const auto& file : texts) {
        const auto text = readFileBytes(file);
        if (!text) throw Error(ErrorCategory::io, "cannot read " + file);
        parts.push_back(readDatasheet(*text, file, layout, diagnostics));
    }
    for (const auto& part : parts) err << part.file << ": " << coverageSummary(part.coverage) << "\n";
    checkAgreement(parts, diagnostics);
    if (diagnostics.hasErrors()) {
        printDiagnostics(diagnostics, err);
        return exitInvalid;
    }
    if (family.empty()) {
        printDiagnostics(diagnostics, err);
        for (const auto& part : parts) out << partXml(part);
        return exitSuccess;
    }
    return mergeAll(parts, family, o.templates, acceptKindChange, diagnostics, out, err);
}

}  // namespace partgen::cli
