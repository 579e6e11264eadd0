#include "kicad/symbol_writer.h"

#include <stdexcept>

#include "kicad/symbol_writer_v6.h"
#include "kicad/symbol_writer_v9.h"

namespace partgen {
namespace {

// What a file version contributes; the library around it is the same list in all.
struct SymbolFormat {
    std::vector<SExpr> (*header)();
    SExpr (*symbol)(const SymbolModel&);
};

SymbolFormat formatOf(KicadVersion version) {
    switch (version) {
        case KicadVersion::v6:
            return {kicad6::symbolLibraryHeader, kicad6::symbol};
        case KicadVersion::v9:
            return {kicad9::symbolLibraryHeader, kicad9::symbol};
    }
    throw std::logic_error("no symbol writer for this KiCad version");
}

}  // namespace

// The library is one list: its header lists, then a symbol per line of the file.
std::string symbolLibraryOpening(KicadVersion version) {
    std::string text = "(kicad_symbol_lib\n";
    for (const auto& e : formatOf(version).header()) e.render(text, 1);
    return text;
}

std::string symbolText(const SymbolModel& s, KicadVersion version) {
    std::string text;
    formatOf(version).symbol(s).render(text, 1);
    return text;
}

std::string symbolLibraryClosing() { return ")\n"; }

std::string writeSymbolLibrary(const std::vector<SymbolModel>& symbols, KicadVersion version) {
    std::string text = symbolLibraryOpening(version);
    for (const auto& s : symbols) text += symbolText(s, version);
    return text + symbolLibraryClosing();
}

}  // namespace partgen
