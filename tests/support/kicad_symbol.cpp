#include "support/kicad_symbol.h"

#include "support/spec.h"

namespace partgen::test {

SymbolModel repositorySymbol(const std::string& number) {
    const LoadedSpec& spec = repositorySpec();
    return symbolOf(repositoryVariant(number), spec.catalog.families.front(), spec.rules.get<KicadRules>());
}

}  // namespace partgen::test
