#include "pipeline/change_merge.h"

#include "pipeline/value_record.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;
namespace fs = std::filesystem;

namespace {

Variant product(const std::string& number, std::int64_t depthMm) {
    Variant v;
    v.number = number;
    v.familyId = "fam";
    v.at = {"parts/fam.xml", 3};
    v.depth.set(Length::fromUnits(depthMm), Provenance::datasheet, {"parts/fam.xml", 7});
    return v;
}

// A run's spooled rows, as the value ledger spools them: each made one file.
void spoolRows(Spool& rows, const std::vector<Variant>& built) {
    for (const auto& v : built)
        rows.add("1\t" + joinCells(valueRow(v).cells) + "\n" + joinCells(valueLocations(v)) + "\n");
}

void writeRecord(const fs::path& outDir, const std::vector<Variant>& products) {
    ValueRecordWriter writer;
    std::string text = writer.header();
    for (const auto& v : products) text += writer.line(valueRow(v));
    test::writeFile(outDir / valueRecordFileName, text);
}

struct Merged {
    ChangeReport report;
    std::string record;
};

Merged merge(const fs::path& outDir, const std::vector<Variant>& built, const std::vector<std::string>& inSpec,
             const std::string& only) {
    std::vector<CatalogEntry> entries;
    for (const auto& number : inSpec) entries.push_back({number, "fam", 0});
    const Catalog catalog({}, entries);
    const std::vector<ManifestEntry> removed{{"resolved", "A-2", "resolved/A-2.xml", 5}};
    Spool rows, record;
    spoolRows(rows, built);
    MergeInputs inputs{outDir, catalog, only, removed, rows, {}, {}};
    Merged merged{mergeChanges(inputs, record), ""};
    record.copyTo([&](std::string_view piece) { merged.record += piece; });
    return merged;
}

}  // namespace

TEST_CASE("the merge reports changed, added and removed products and records the run's values",
          "[pipeline][change-merge]") {
    test::ScratchDir dir;
    writeRecord(dir.path(), {product("A-1", 37), product("A-2", 20), product("B-1", 5)});
    // A-1 changed, A-2 left the spec, A-3 is new, B-1 is not selected and keeps its record.
    const auto merged = merge(dir.path(), {product("A-1", 36), product("A-3", 30)}, {"A-1", "A-3", "B-1"}, "A-*");
    REQUIRE(merged.report.previous == ChangeReport::Previous::compared);
    REQUIRE(merged.report.families.size() == 1);
    const auto& products = merged.report.families[0].products;
    REQUIRE(products.size() == 3);
    CHECK(products[0].number == "A-1");
    REQUIRE(products[0].values.size() == 1);
    CHECK(products[0].values[0].field == "depth");
    CHECK(products[0].values[0].before == "37 mm");
    CHECK(products[0].values[0].after == "36 mm");
    CHECK(products[0].values[0].at == "parts/fam.xml:7");
    CHECK(products[1].kind == ProductChange::Kind::removed);
    CHECK(products[1].files == 1);
    CHECK(products[2].kind == ProductChange::Kind::added);
    CHECK(merged.report.families[0].byFormat.at("resolved").removed == 1);

    writeRecord(dir.path(), {product("A-1", 36), product("A-3", 30), product("B-1", 5)});
    CHECK(merged.record == test::readFile(dir / valueRecordFileName));
}

TEST_CASE("without a previous record the merge reports nothing and records every product", "[pipeline][change-merge]") {
    test::ScratchDir dir;
    const auto merged = merge(dir.path(), {product("A-1", 36)}, {"A-1"}, "*");
    CHECK(merged.report.previous == ChangeReport::Previous::none);
    CHECK(merged.report.empty());
    writeRecord(dir.path(), {product("A-1", 36)});
    CHECK(merged.record == test::readFile(dir / valueRecordFileName));
}
