#pragma once
// The spec layer's entry point: reads templates and every family file of a folder,
// resolves inheritance and series rules, builds and validates every product.

#include <filesystem>
#include <vector>

#include "model/catalog.h"
#include "spec/diagnostics.h"
#include "spec/templates.h"

namespace partgen {

struct LoadedSpec {
    Catalog catalog;
    Templates templates;
    Diagnostics diagnostics;
};

// Paths in messages are shown as `dir / file`, relative when the folders are.
LoadedSpec loadSpec(const std::filesystem::path& partsDir, const std::filesystem::path& templatesDir);

// Every file loadSpec reads for these folders: the family files, then the templates.
std::vector<std::filesystem::path> specInputFiles(const std::filesystem::path& partsDir,
                                                  const std::filesystem::path& templatesDir);

// The same for the given family files only.
LoadedSpec loadSpecFiles(const std::vector<std::filesystem::path>& files, const std::filesystem::path& templatesDir);

}  // namespace partgen
