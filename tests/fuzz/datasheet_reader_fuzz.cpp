// libFuzzer target: any bytes as the text of a datasheet, read as `partgen import` reads
// it and printed as spec XML. Damaged text must end in diagnostics, never in a crash,
// undefined behaviour or an exception.

#include <cstddef>
#include <cstdint>
#include <string>

#include "datasheet/datasheet_reader.h"
#include "datasheet/part_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    partgen::Diagnostics diagnostics;
    const partgen::ImportedPart part = partgen::readDatasheet(text, "fuzz.txt", diagnostics);
    for (const auto& d : diagnostics.sorted()) (void)partgen::formatDiagnostic(d);
    (void)partgen::partXml(part);
    return 0;
}
