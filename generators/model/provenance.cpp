#include "model/provenance.h"

#include "model/enum_table.h"

namespace partgen {
namespace {

constexpr EnumTable<Provenance, 4> table{{{
    {Provenance::datasheet, "datasheet"},
    {Provenance::drawing, "drawing"},
    {Provenance::derived, "derived"},
    {Provenance::estimated, "estimated"},
}}};

}  // namespace

std::string_view provenanceName(Provenance p) { return table.name(p); }
std::optional<Provenance> provenanceFromName(std::string_view word) { return table.find(word); }

std::string provenanceNames() {
    std::string names;
    for (const auto& [p, word] : table.entries()) names += (names.empty() ? "" : ", ") + std::string(word);
    return names;
}

}  // namespace partgen
