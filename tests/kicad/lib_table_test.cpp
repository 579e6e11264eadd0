// Library tables read entry by entry, merged and rebased without touching other entries.

#include "kicad/lib_table.h"

#include "model/error.h"
#include "support/catch.h"
#include "support/thrown.h"

using namespace partgen;

namespace {

const std::string userTable =
    "(fp_lib_table\n"
    "\t(version 7)\n"
    "\t(lib (name \"Mine\")(type \"KiCad\")(uri \"/x/Mine.pretty\")(options \"\")(descr \"a (b) \\\"c\\\"\"))\n"
    "\t(lib (name \"Ours\")(type \"KiCad\")(uri \"/old/Ours.pretty\")(options \"\")(descr \"\"))\n"
    ")\n";

const std::string ourTable =
    "(fp_lib_table\n"
    "\t(lib\n"
    "\t\t(name \"Ours\")\n"
    "\t\t(uri \"${PARTGEN_LIBRARY_DIR}/kicad/Ours.pretty\")\n"
    "\t)\n"
    ")\n";

std::string parseError(const std::string& text) {
    try {
        parseLibTable(text, "fp_lib_table", "fp-lib-table");
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a library table reads back as written, entries and version line kept", "[kicad][tables]") {
    const LibTable table = parseLibTable(userTable, "fp_lib_table", "fp-lib-table");
    CHECK(table.versionText == "(version 7)");
    REQUIRE(table.entries.size() == 2);
    CHECK(table.entries[0].name == "Mine");
    CHECK(table.entries[1].name == "Ours");
    CHECK(renderLibTable(table) == userTable);
    CHECK(renderLibTable(parseLibTable(ourTable, "fp_lib_table", "t")) == ourTable);
}

TEST_CASE("merging replaces an entry of the same name in place and keeps the others", "[kicad][tables]") {
    const LibTable ours = rebasedLibTable(parseLibTable(ourTable, "fp_lib_table", "t"), "${PARTGEN_LIBRARY_DIR}",
                                          "${KIPRJMOD}/../output");
    const LibTable merged = mergedLibTable(parseLibTable(userTable, "fp_lib_table", "t"), ours);
    REQUIRE(merged.entries.size() == 2);
    CHECK(merged.entries[0].name == "Mine");
    CHECK(merged.entries[1].text.find("(uri \"${KIPRJMOD}/../output/kicad/Ours.pretty\")") != std::string::npos);
    CHECK(merged.versionText == "(version 7)");
    const LibTable added = mergedLibTable(LibTable{"fp_lib_table", "", {}}, ours);
    CHECK(added.entries.size() == 1);
}

TEST_CASE("a rebased path with quotes or backslashes is escaped", "[kicad][tables]") {
    const LibTable t =
        rebasedLibTable(parseLibTable(ourTable, "fp_lib_table", "t"), "${PARTGEN_LIBRARY_DIR}", "C:\\a\"b");
    CHECK(t.entries[0].text.find("(uri \"C:\\\\a\\\"b/kicad/Ours.pretty\")") != std::string::npos);
}

TEST_CASE("a broken library table is refused at its line", "[kicad][tables]") {
    CHECK(parseError("(sym_lib_table\n)") ==
          "fp-lib-table:1: not a KiCad library table: it does not start with (fp_lib_table");
    CHECK(parseError("(fp_lib_table\n\t(lib (name \"A\")\n") ==
          "fp-lib-table:3: the table ends where ')' was expected");
    CHECK(parseError("(fp_lib_table\n\n\t(libs (name \"A\"))\n)") ==
          "fp-lib-table:3: (libs ...) where an entry (lib ...) was expected");
    CHECK(parseError("(fp_lib_table\n\t(lib (type \"KiCad\"))\n)") ==
          "fp-lib-table:2: a (lib ...) entry without a (name ...)");
    CHECK(parseError("(fp_lib_table\n\t(lib (name \"A))\n)") == "fp-lib-table:3: a string that never ends");
    CHECK(parseError("(fp_lib_table\n)\n(x)") == "fp-lib-table:3: '(' after the table's end");
    CHECK(test::thrownCategory([] { parseLibTable("", "fp_lib_table", "t"); }) == ErrorCategory::usage);
}
