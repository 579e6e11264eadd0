#include "cli/commands.h"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <set>
#include <thread>

#include "datasheet/datasheet_reader.h"
#include "datasheet/merge.h"
#include "datasheet/part_xml.h"
#include "drawing/dxf.h"
#include "drawing/panel.h"
#include "drawing/svg.h"
#include "model/decimal.h"
#include "model/variant_fields.h"
#include "pipeline/formats.h"
#include "pipeline/output_tree.h"
#include "pipeline/run.h"
#include "spec/load.h"
#include "spec/panel_layout.h"
#include "spec/value_text.h"

namespace partgen {
namespace po = boost::program_options;
namespace {

const char* const usage =
    "usage: partgen COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  list      one line per variant: number, kind, poles, provenance of its values\n"
    "  check     validate the spec; list every problem and all estimated and derived values\n"
    "  generate  write the library files for every variant into the output folder\n"
    "  panel     check a panel layout and write its punching drawing (DXF and SVG)\n"
    "  import    read datasheet texts; print them as spec XML or merge them into a family file\n"
    "\n"
    "  partgen COMMAND --help   options of a command\n"
    "  partgen --version\n";

struct SpecOptions {
    std::string parts = "parts";
    std::string templates = "templates";
};

po::options_description specOptions(SpecOptions& o) {
    po::options_description d("spec options");
    d.add_options()("parts", po::value(&o.parts)->default_value(o.parts), "folder of family files (*.xml)")(
        "templates", po::value(&o.templates)->default_value(o.templates), "folder of house-rule templates")(
        "help,h", "show this help");
    return d;
}

// Parses `args` against `options`; returns false (and prints help) for --help.
bool parseArgs(const std::vector<std::string>& args, const po::options_description& options, const char* synopsis,
               std::ostream& out, const po::positional_options_description& positional = {}) {
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
    for (const auto& d : diagnostics.sorted()) to << formatDiagnostic(d) << "\n";
}

LoadedSpec load(const SpecOptions& o) { return loadSpec(o.parts, o.templates); }

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string padded(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

std::string provenanceFlags(const Variant& v) {
    std::set<Provenance> seen;
    visitFields(v, [&](const char*, const auto& field) {
        if (field.has()) seen.insert(field.source);
    });
    std::string flags;
    for (const Provenance p : seen) flags += (flags.empty() ? "" : ",") + std::string(provenanceName(p));
    return flags;
}

int listCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    if (!parseArgs(args, specOptions(o), "list [--parts DIR] [--templates DIR]", out)) return exitSuccess;
    const LoadedSpec spec = load(o);
    printDiagnostics(spec.diagnostics, err);
    if (spec.diagnostics.hasErrors()) return exitInvalid;
    for (const auto& v : spec.catalog.variants)
        out << padded(v.number, 20) << padded(std::string(kindName(*v.kind)), 16)
            << padded(std::to_string(*v.poles) + " poles", 10) << provenanceFlags(v) << "\n";
    return exitSuccess;
}

void listValues(const Catalog& catalog, std::ostream& out) {
    out << "estimated values:\n";
    for (const auto& v : catalog.variants)
        visitFields(v, [&](const char* name, const auto& field) {
            if (field.has() && field.source == Provenance::estimated)
                out << "  " << v.number << ": " << name << " = " << valueText(*field) << " (" << field.at.file << ":"
                    << field.at.line << ")\n";
        });
    out << "derived values:\n";
    for (const auto& v : catalog.variants) {
        if (v.origin == Origin::series) {
            out << "  " << v.number << ": every value (series rule at " << v.at.file << ":" << v.at.line << ")\n";
            continue;
        }
        visitFields(v, [&](const char* name, const auto& field) {
            if (field.has() && field.source == Provenance::derived)
                out << "  " << v.number << ": " << name << " = " << valueText(*field) << " (" << field.at.file << ":"
                    << field.at.line << ")\n";
        });
    }
}

int checkCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
    SpecOptions o;
    if (!parseArgs(args, specOptions(o), "check [--parts DIR] [--templates DIR]", out)) return exitSuccess;
    const LoadedSpec spec = load(o);
    printDiagnostics(spec.diagnostics, out);
    const auto errors = spec.diagnostics.errorCount();
    const auto all = spec.diagnostics.sorted().size();
    if (errors == 0) listValues(spec.catalog, out);
    out << counted(spec.catalog.families.size(), "family", "families") << ", "
        << counted(spec.catalog.variants.size(), "variant", "variants") << ", " << counted(errors, "error", "errors")
        << ", " << counted(all - errors, "warning", "warnings") << "\n";
    return errors == 0 ? exitSuccess : exitInvalid;
}

void reportGenerate(const GenerateReport& report, bool check, double seconds, std::ostream& out) {
    if (check) {
        for (const auto& change : report.changes) out << "would be " << change << "\n";
        out << "partgen: " << report.variants << " variants, " << report.changes.size() << " files would change\n";
        return;
    }
    out << "partgen: " << report.variants << " variants, " << report.written << " files written, " << report.unchanged
        << " unchanged, " << report.removed << " removed in "
        << formatDecimal(static_cast<std::int64_t>(seconds * 1000), 3, 2) << " s\n";
}

DxfVersion dxfVersionOption(const std::string& name) {
    const auto version = dxfVersionFromName(name);
    if (!version) throw po::error("--dxf-version must be 12 or 2000, not '" + name + "'");
    return *version;
}

int panelCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    std::string layoutPath, outPath, dxfVersion = "12";
    auto options = specOptions(o);
    options.add_options()("layout", po::value(&layoutPath), "panel layout file (XML)")(
        "out", po::value(&outPath), "DXF file to write (default: the layout's name with .dxf); an .svg goes beside it")(
        "dxf-version", po::value(&dxfVersion)->default_value(dxfVersion), "DXF version: 12 or 2000");
    po::positional_options_description positional;
    positional.add("layout", 1);
    if (!parseArgs(args, options, "panel LAYOUT.xml [--out FILE.dxf] [--dxf-version 12|2000] [--parts DIR]", out,
                   positional))
        return exitSuccess;
    if (layoutPath.empty()) throw po::error("panel needs a layout file");
    const DxfVersion version = dxfVersionOption(dxfVersion);
    if (outPath.empty()) outPath = std::filesystem::path(layoutPath).filename().replace_extension(".dxf").string();

    const LoadedSpec spec = load(o);
    Diagnostics diagnostics;
    const auto layout = readPanelLayout(layoutPath, layoutPath, diagnostics);
    const auto plan = layout && !diagnostics.hasErrors()
                          ? planPanel(*layout, spec.catalog, spec.templates.drawing, diagnostics)
                          : std::nullopt;
    printDiagnostics(spec.diagnostics, err);
    printDiagnostics(diagnostics, err);
    if (spec.diagnostics.hasErrors() || !plan) {
        err << "partgen: the panel was refused; nothing was written\n";
        return exitInvalid;
    }
    const Drawing drawing = panelDrawing(*plan, spec.templates.drawing);
    const std::filesystem::path target(outPath);
    const std::filesystem::path svg = std::filesystem::path(target).replace_extension(".svg");
    OutputTree tree(target.parent_path().empty() ? "." : target.parent_path(), false);
    tree.stage({target.filename().string(), writeDxf(drawing, version)});
    tree.stage({svg.filename().string(), writeSvg(drawing)});
    tree.commit({});
    out << "partgen: " << plan->cutouts.size() << " cutouts checked; wrote " << target.generic_string() << " and "
        << svg.generic_string() << "\n";
    return exitSuccess;
}

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
             Diagnostics& diagnostics, std::ostream& out, std::ostream& err) {
    const std::filesystem::path file(family);
    std::ifstream in(file, std::ios::binary);
    const std::string before((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::filesystem::path working = std::filesystem::temp_directory_path() / ("partgen-import-" + file.filename().string());
    std::filesystem::copy_file(file, working, std::filesystem::copy_options::overwrite_existing);
    std::vector<std::string> report;
    bool ok = true;
    for (const auto& part : parts) {
        // Each part is merged into the result of the previous one.
        const MergeResult merged = mergeIntoFamily(part, working, templates, diagnostics);
        ok = ok && merged.ok;
        if (!merged.ok) break;
        std::ofstream(working, std::ios::binary | std::ios::trunc) << merged.text;
        for (const auto& change : merged.changes) report.push_back(part.number + ": " + change);
    }
    std::ifstream result(working, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(result)), std::istreambuf_iterator<char>());
    result.close();
    std::filesystem::remove(working);
    printDiagnostics(diagnostics, err);
    if (!ok) {
        err << "partgen: nothing was changed in " << family << "\n";
        return exitInvalid;
    }
    for (const auto& line : report) out << line << "\n";
    if (after != before) {
        OutputTree tree(file.parent_path().empty() ? "." : file.parent_path(), false);
        tree.stage({file.filename().string(), after});
        tree.commit({});
    }
    out << "partgen: " << report.size() << " values changed in " << family << "\n";
    return exitSuccess;
}

int importCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    std::vector<std::string> texts;
    std::string family;
    auto options = specOptions(o);
    options.add_options()("datasheet", po::value(&texts), "datasheet text files")(
        "family", po::value(&family), "merge into this family file instead of printing");
    po::positional_options_description positional;
    positional.add("datasheet", -1);
    if (!parseArgs(args, options, "import DATASHEET.txt... [--family parts/FILE.xml] [--templates DIR]", out,
                   positional))
        return exitSuccess;
    if (texts.empty()) throw po::error("import needs at least one datasheet text file");

    Diagnostics diagnostics;
    std::vector<ImportedPart> parts;
    for (const auto& file : texts) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error("cannot read " + file);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        parts.push_back(readDatasheet(text, file, diagnostics));
    }
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
    return mergeAll(parts, family, o.templates, diagnostics, out, err);
}

int generateCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    SpecOptions o;
    GenerateOptions g;
    std::string outDir = "output";
    std::string dxfVersion = "12";
    std::string kicadVersion = "9";
    g.jobs = std::max(1u, std::thread::hardware_concurrency());
    auto options = specOptions(o);
    options.add_options()("out", po::value(&outDir)->default_value(outDir), "output folder")(
        "only", po::value(&g.only)->default_value(g.only), "only variants whose number matches this glob")(
        "format", po::value(&g.formats), ("comma-separated formats (default all): " + formatNames()).c_str())(
        "jobs,j", po::value(&g.jobs)->default_value(g.jobs), "parallel jobs")(
        "check", po::bool_switch(&g.check), "write nothing; exit 1 listing the files that would change")(
        "dxf-version", po::value(&dxfVersion)->default_value(dxfVersion), "DXF version of drawings: 12 or 2000")(
        "kicad-version", po::value(&kicadVersion)->default_value(kicadVersion),
        "KiCad file format: 9, or 6 (read by KiCad 6 to 9)");
    if (!parseArgs(args, options, "generate [--parts DIR] [--out DIR] [--only GLOB] [--format LIST] [--jobs N] [--check] "
                   "[--dxf-version 12|2000] [--kicad-version 9|6]",
                   out))
        return exitSuccess;
    if (g.jobs < 1) throw po::error("--jobs must be at least 1");
    g.outDir = outDir;
    g.settings.dxfVersion = dxfVersionOption(dxfVersion);
    if (kicadVersion != "9" && kicadVersion != "6") throw po::error("--kicad-version must be 9 or 6, not '" + kicadVersion + "'");
    g.settings.kicadVersion = kicadVersion == "9" ? KicadVersion::v9 : KicadVersion::v6;

    const LoadedSpec spec = load(o);
    printDiagnostics(spec.diagnostics, err);
    if (spec.diagnostics.hasErrors()) {
        err << "partgen: the spec has errors; nothing was written\n";
        return exitInvalid;
    }
    if (isatty(STDERR_FILENO) && &err == &std::cerr)
        g.progress = [&err](std::size_t done, std::size_t total) { err << "\r" << done << "/" << total << std::flush; };
    const auto start = std::chrono::steady_clock::now();
    const GenerateReport report = generate(spec, g);
    if (g.progress) err << "\r";
    reportGenerate(report, g.check,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), out);
    return g.check && !report.changes.empty() ? exitInvalid : exitSuccess;
}

int dispatch(const std::string& command, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (command == "list") return listCommand(args, out, err);
    if (command == "check") return checkCommand(args, out, err);
    if (command == "generate") return generateCommand(args, out, err);
    if (command == "panel") return panelCommand(args, out, err);
    if (command == "import") return importCommand(args, out, err);
    if (command == "--version" || command == "version") {
        out << "partgen " << PARTGEN_VERSION << "\n";
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
    } catch (const po::error& e) {
        err << "partgen: " << e.what() << "\n";
        return exitUsage;
    } catch (const std::invalid_argument& e) {
        err << "partgen: " << e.what() << "\n";
        return exitUsage;
    } catch (const std::exception& e) {
        err << "partgen: I/O error, the output folder is unchanged: " << e.what() << "\n";
        return exitIo;
    }
}

}  // namespace partgen
