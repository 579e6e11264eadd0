// libFuzzer target: any bytes as a family file, loaded as `partgen check` loads it: the
// file alone in a scratch parts folder, with the repository's own templates/ and the
// check that every output has room for each variant.
//
// An exception that leaves the loader is caught here as partgen's command line catches
// it (it reports it and exits non-zero); crashes, sanitizer findings and timeouts are
// what this target finds.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/variant_fields.h"
#include "pipeline/formats.h"
#include "spec/load.h"
#include "text/value_text.h"

namespace {

std::filesystem::path partsDir;

void removeScratch() {
    std::error_code ignored;
    std::filesystem::remove_all(partsDir.parent_path(), ignored);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::string pattern = (std::filesystem::temp_directory_path() / "partgen-fuzz-spec-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    partsDir = std::filesystem::path(pattern) / "parts";
    std::filesystem::create_directory(partsDir);
    std::atexit(removeScratch);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream file(partsDir / "family.xml", std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!file) std::abort();
    }
    try {
        const partgen::LoadedSpec spec = partgen::loadSpec(
            partsDir, std::filesystem::path(PARTGEN_SOURCE_DIR) / "templates", partgen::specReaders());
        for (const auto& d : spec.diagnostics.sorted()) (void)partgen::formatDiagnostic(d);
        // `check` then lists every variant's estimated and derived values.
        if (!spec.diagnostics.hasErrors())
            spec.forEachVariant([](const partgen::Variant& v) {
                partgen::visitFields(v, [](const char*, const auto& field) {
                    if (field.has()) (void)partgen::valueText(*field);
                });
            });
    } catch (const std::exception&) {
    }
    return 0;
}
