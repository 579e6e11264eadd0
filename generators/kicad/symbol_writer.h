#pragma once
// Symbol library files, one frozen writer per KiCad file-format version:
// KiCad 9 (20241209, symbol_writer_v9) and KiCad 6 (20211014, symbol_writer_v6). A new
// format version gets a writer of its own beside them; an existing one never branches.

#include <string>
#include <vector>

#include "kicad/kicad_names.h"
#include "kicad/symbol_model.h"

namespace partgen {

// One library holding `symbols` in the order given (callers sort by name).
std::string writeSymbolLibrary(const std::vector<SymbolModel>& symbols, KicadVersion version);

// The same library in pieces, for writing one symbol at a time: the opening, each
// symbol, the closing.
std::string symbolLibraryOpening(KicadVersion version);
std::string symbolText(const SymbolModel& symbol, KicadVersion version);
std::string symbolLibraryClosing();

}  // namespace partgen
