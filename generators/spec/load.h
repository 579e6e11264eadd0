#pragma once
// The spec layer's entry point: reads templates and every family file of a folder,
// resolves inheritance and series rules, builds and validates every product.

#include <filesystem>
#include <functional>
#include <string>
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

// Problems a later layer finds in a valid variant (an output with no room for it, say);
// each is reported as an error at the variant.
using VariantCheck = std::function<std::vector<std::string>(const Variant&, const Templates&)>;

// Paths in messages are shown as `dir / file`, relative when the folders are. Every
// variant is made and checked once here; the catalog keeps only how to make it again.
LoadedSpec loadSpec(const std::filesystem::path& partsDir, const std::filesystem::path& templatesDir,
                    const VariantCheck& check = {});

// Every file loadSpec reads for these folders: the family files, then the templates.
std::vector<std::filesystem::path> specInputFiles(const std::filesystem::path& partsDir,
                                                  const std::filesystem::path& templatesDir);

// The same for the given family files only.
LoadedSpec loadSpecFiles(const std::vector<std::filesystem::path>& files, const std::filesystem::path& templatesDir,
                         const VariantCheck& check = {});

}  // namespace partgen
