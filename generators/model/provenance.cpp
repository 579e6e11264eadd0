#include "model/provenance.h"

#include <mutex>
#include <unordered_set>

#include "model/enum_table.h"

namespace partgen {
namespace {

const std::string emptyName;

constexpr EnumTable<Provenance, 5> table{{{
    {Provenance::datasheet, "datasheet"},
    {Provenance::drawing, "drawing"},
    {Provenance::inherited, "inherited"},
    {Provenance::derived, "derived"},
    {Provenance::estimated, "estimated"},
}}};

}  // namespace

FileName::FileName() : name_(&emptyName) {}

// The pool only grows: a run reads a handful of files, and their names live as long as
// the values that point at them.
FileName::FileName(const std::string& name) {
    // The empty name is the default's, so that equal names stay one object.
    if (name.empty()) {
        name_ = &emptyName;
        return;
    }
    static std::mutex mutex;
    static std::unordered_set<std::string> pool;
    std::lock_guard lock(mutex);
    name_ = &*pool.insert(name).first;
}

std::string_view provenanceName(Provenance p) { return table.name(p); }
std::optional<Provenance> provenanceFromName(std::string_view word) { return table.find(word); }

std::string provenanceNames() {
    std::string names;
    for (const auto& [p, word] : table.entries()) names += (names.empty() ? "" : ", ") + std::string(word);
    return names;
}

}  // namespace partgen
