// libFuzzer target: any bytes as the text of a datasheet, read as `partgen import` reads
// it (with the repository's datasheet layouts) and printed as spec XML. Damaged text must
// end in diagnostics, never in a crash, undefined behaviour or an exception.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "datasheet/datasheet_reader.h"
#include "datasheet/part_xml.h"
#include "spec/datasheet_layout.h"

namespace {

// Read once: the layouts are the reader's vocabulary, not its input.
const partgen::DatasheetLayout& layouts() {
    static const partgen::DatasheetLayout layout = [] {
        partgen::Diagnostics diagnostics;
        auto loaded = partgen::loadDatasheetLayouts(std::string(PARTGEN_SOURCE_DIR) + "/templates", diagnostics);
        if (diagnostics.hasErrors()) {
            for (const auto& d : diagnostics.sorted()) std::cerr << partgen::formatDiagnostic(d) << "\n";
            std::abort();
        }
        return loaded;
    }();
    return layout;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    partgen::Diagnostics diagnostics;
    const partgen::ImportedPart part = partgen::readDatasheet(text, "fuzz.txt", layouts(), diagnostics);
    for (const auto& d : diagnostics.sorted()) (void)partgen::formatDiagnostic(d);
    (void)partgen::partXml(part);
    return 0;
}
