#include "pipeline/value_record.h"

#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

ValueRow rowOf(const std::string& number, const std::string& depth) {
    ValueRow row;
    row.cells = {number, "fam", "part", "parts/fam.xml", "3"};
    row.cells.resize(rowHeadCells + recordFieldNames().size());
    const auto& names = recordFieldNames();
    const auto depthAt = std::find(names.begin(), names.end(), "depth") - names.begin();
    row.cells[rowHeadCells + depthAt] = depth;
    return row;
}

std::string recordOf(const std::vector<ValueRow>& rows) {
    ValueRecordWriter writer;
    std::string text = writer.header();
    for (const auto& row : rows) text += writer.line(row);
    return text;
}

std::vector<ValueRow> readBack(const fs::path& file, std::string& error) {
    ValueRecordReader reader(file);
    std::vector<ValueRow> rows;
    for (ValueRow row; reader.next(row);) rows.push_back(row);
    error = reader.error();
    return rows;
}

}  // namespace

TEST_CASE("a value record reads back the rows written, a cell like the one above as ^", "[pipeline][value-record]") {
    test::ScratchDir dir;
    const std::vector<ValueRow> rows{rowOf("A-1", "D37.5 mm"), rowOf("A-2", "D37.5 mm"), rowOf("A-3", "E36 mm\ttab")};
    const std::string text = recordOf(rows);
    CHECK(text.find("A-2\tfam\tpart\tparts/fam.xml\t3\t") != std::string::npos);
    CHECK(text.find("\t^") != std::string::npos);
    CHECK(text.find("E36 mm\\ttab") != std::string::npos);
    test::writeFile(dir / "values", text);
    std::string error;
    CHECK(readBack(dir / "values", error).size() == 3);
    CHECK(readBack(dir / "values", error)[1].cells == rows[1].cells);
    CHECK(readBack(dir / "values", error)[2].cells == rows[2].cells);
    CHECK(error.empty());
}

TEST_CASE("a value record's columns are found by field name", "[pipeline][value-record]") {
    test::ScratchDir dir;
    test::writeFile(
        dir / "values",
        "# partgen value record 1\n# fields depth no-such-field\nA-1\tfam\tpart\tparts/fam.xml\t3\tD36 mm\tDx\n");
    std::string error;
    const auto rows = readBack(dir / "values", error);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].cells == rowOf("A-1", "D36 mm").cells);
}

TEST_CASE("an unusable value record says why and where", "[pipeline][value-record]") {
    test::ScratchDir dir;
    std::string error;
    test::writeFile(dir / "values", "something else\n");
    CHECK(readBack(dir / "values", error).empty());
    CHECK(error == (dir / "values").generic_string() + ":1: is not a value record of this partgen");
    test::writeFile(dir / "values",
                    "# partgen value record 1\n# fields depth\nB\tf\tpart\tp\t1\tD1 mm\nA\tf\tpart\tp\t1\t^\n");
    CHECK(readBack(dir / "values", error).size() == 1);
    CHECK(error == (dir / "values").generic_string() + ":4: products are not in order of their numbers");
    test::writeFile(dir / "values", "# partgen value record 1\n# fields depth\nB\tf\tpart\n");
    CHECK(readBack(dir / "values", error).empty());
    CHECK(error.find(":3: a line has the wrong number of cells") != std::string::npos);
}
