// partgen kicad-project DIR: puts the KiCad libraries of an output folder into the library
// tables of one KiCad project, by paths relative to ${KIPRJMOD}, so the project finds them
// with no path variable set. The other entries of the project's tables stay as written.

#include <filesystem>
#include <iostream>

#include "cli/cli_common.h"
#include "kicad/kicad_names.h"
#include "kicad/lib_table.h"
#include "model/error.h"
#include "pipeline/output_tree.h"
#include "spec/file_bytes.h"

namespace partgen::cli {
namespace {

namespace fs = std::filesystem;

void requireProject(const fs::path& dir) {
    if (!fs::is_directory(dir)) throw Error(ErrorCategory::usage, dir.generic_string() + " is not a folder");
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".kicad_pro") return;
    throw Error(ErrorCategory::usage, dir.generic_string() + " holds no KiCad project (.kicad_pro)");
}

LibTable readTable(const fs::path& path, std::string_view kind, bool required) {
    const auto bytes = readFileBytes(path);
    if (!bytes && required)
        throw Error(ErrorCategory::usage, path.generic_string() + " does not exist; run partgen generate first");
    if (!bytes) return {std::string(kind), "", {}};
    return parseLibTable(*bytes, kind, path.generic_string());
}

// "${KIPRJMOD}/../output/kicad": where the libraries lie, seen from the project.
std::string libraryBase(const fs::path& project, const fs::path& outDir) {
    const fs::path relative =
        fs::absolute(outDir).lexically_normal().lexically_relative(fs::absolute(project).lexically_normal());
    return "${KIPRJMOD}/" + relative.generic_string();
}

// The project's table with partgen's libraries in it; its own header kept if it has one.
Document projectTable(const fs::path& project, const fs::path& outDir, const char* file, std::string_view kind) {
    const LibTable ours = readTable(outDir / "kicad" / file, kind, true);
    const fs::path target = project / file;
    LibTable theirs = fs::exists(target) ? readTable(target, kind, false) : LibTable{ours.kind, ours.versionText, {}};
    const std::string variable = std::string(kicadLibraryDirVariable);
    return {file, renderLibTable(mergedLibTable(std::move(theirs),
                                                rebasedLibTable(ours, variable, libraryBase(project, outDir))))};
}

}  // namespace

int kicadProjectCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
    std::string project, outDir = "output";
    po::options_description options("options");
    options.add_options()("help,h", "show this help")("project", po::value(&project), "KiCad project folder")(
        "out", po::value(&outDir)->default_value(outDir), "the output folder partgen generated");
    po::positional_options_description positional;
    positional.add("project", 1);
    if (!parseArgs(args, options, "kicad-project DIR [--out DIR]", out, positional)) return exitSuccess;
    if (project.empty()) throw Error(ErrorCategory::usage, "kicad-project needs the folder of a KiCad project");
    requireProject(project);
    const Document symbols = projectTable(project, outDir, "sym-lib-table", "sym_lib_table");
    const Document footprints = projectTable(project, outDir, "fp-lib-table", "fp_lib_table");
    OutputTree tree(project, false, OutputTree::Journal::none);
    tree.stage(symbols);
    tree.stage(footprints);
    tree.commit({});
    out << "partgen: the libraries of " << fs::path(outDir).generic_string() << "/kicad are in "
        << (fs::path(project) / "sym-lib-table").generic_string() << " and fp-lib-table, relative to ${KIPRJMOD}\n"
        << "partgen: footprints name their 3D models as templates/kicad.xml <model-folder> says; for the default "
           "${PARTGEN_LIBRARY_DIR}, set it to "
        << fs::absolute(outDir).lexically_normal().generic_string() << " in Preferences > Configure Paths\n";
    return exitSuccess;
}

}  // namespace partgen::cli
