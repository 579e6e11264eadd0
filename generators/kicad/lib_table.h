#pragma once
// KiCad library tables (sym-lib-table, fp-lib-table) as text a user may have edited:
// read entry by entry, each kept as written, so that partgen can put its own libraries
// into a project's tables and leave every other line of them alone.

#include <string>
#include <string_view>
#include <vector>

namespace partgen {

struct LibTableEntry {
    std::string name;  // the nickname, (name "...")
    std::string text;  // "(lib ...)" as written
};

struct LibTable {
    std::string kind;         // "sym_lib_table" or "fp_lib_table"
    std::string versionText;  // "(version 7)" as written; empty without one (KiCad 6)
    std::vector<LibTableEntry> entries;
};

// Throws Error (usage) naming `file`, its line and what was found, for text that is no
// library table of `kind`.
LibTable parseLibTable(std::string_view text, std::string_view kind, const std::string& file);

std::string renderLibTable(const LibTable& table);

// `theirs` with every entry of `ours` in it: an entry of the same name is replaced where it
// stands, a new one goes to the end; the others stay as they are.
LibTable mergedLibTable(LibTable theirs, const LibTable& ours);

// Every "${VARIABLE}" at the start of a uri of `table` replaced by `base`.
LibTable rebasedLibTable(LibTable table, std::string_view variable, const std::string& base);

}  // namespace partgen
