// The changes page from a change report and the fates of its pictures: values before and
// after with provenance and spec line, each changed picture before (carried in the page)
// beside after (linked), the pictures left alone named, and the cases without a "before".

#include "review/changes_page.h"

#include "review/data_uri.h"
#include "support/catch.h"
#include "support/occurrences.h"

using namespace partgen;

namespace {

ProductChange depthChange(const std::string& number) {
    ValueChange depth{
        "depth", "37.5 mm", "36 mm", Provenance::datasheet, Provenance::datasheet, "parts/wago-winsta-midi.xml:68"};
    return {ProductChange::Kind::changed, number, {depth}, "", "", 6};
}

ChangeReport reportOf(std::vector<ProductChange> products) {
    ChangeReport report;
    report.families.push_back({"wago-winsta-midi", std::move(products), {{"step", {0, 1, 0}}}});
    return report;
}

std::string pageOf(const ChangeReport& report, const std::map<std::string, FileFate>& files, bool repaired = false) {
    std::string page;
    writeChangesPage({report, files, repaired}, [&](std::string_view piece) { page += piece; });
    return page;
}

const std::string folder = "review/wago-winsta-midi/";

}  // namespace

TEST_CASE("base64 of the RFC 4648 test vectors", "[review]") {
    CHECK(base64("") == "");
    CHECK(base64("f") == "Zg==");
    CHECK(base64("fo") == "Zm8=");
    CHECK(base64("foo") == "Zm9v");
    CHECK(base64("foob") == "Zm9vYg==");
    CHECK(base64("fooba") == "Zm9vYmE=");
    CHECK(base64("foobar") == "Zm9vYmFy");
    CHECK(base64(std::string("\xff\x00\x80", 3)) == "/wCA");
    CHECK(svgDataUri("<svg/>") == "data:image/svg+xml;base64,PHN2Zy8+");
}

TEST_CASE("the changes page asks for every picture of the products it shows", "[review]") {
    const auto files = changesPageFiles(reportOf({depthChange("770-744"), depthChange("770-750/000-001")}));
    CHECK(files.size() == 2 * 7);
    CHECK(std::count(files.begin(), files.end(), folder + "770-744.model-top.svg") == 1);
    CHECK(std::count(files.begin(), files.end(), folder + "770-750_000-001.symbol.svg") == 1);
}

TEST_CASE("a changed picture is shown before, from the page itself, beside after, from the library", "[review]") {
    const std::string oldTop = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"49.5mm\" height=\"41.5mm\"/>";
    std::map<std::string, FileFate> files{
        {folder + "770-744.model-top.svg", {FileFate::Kind::changed, oldTop}},
        {folder + "770-744.symbol.svg", {FileFate::Kind::kept, std::nullopt}},
        {folder + "770-744.cutout.svg", {FileFate::Kind::kept, std::nullopt}},
    };
    const std::string page = pageOf(reportOf({depthChange("770-744")}), files);
    CHECK(test::holds(page, "<b>depth</b> 37.5 mm <i class=s>datasheet</i> &#8594; 36 mm <i class=s>datasheet</i>"));
    CHECK(test::holds(page, "<small>wago-winsta-midi.xml:68</small>"));  // no folder of the machine
    CHECK_FALSE(test::holds(page, "parts/wago"));
    CHECK(test::holds(page, "Files: step 1 changed"));
    CHECK(test::holds(page, "<a href=\"wago-winsta-midi/770-744.html\">770-744</a>"));
    CHECK(test::holds(page, "<figure id=\"770-744.model-top.before\"><div class=\"box\"><img src=\"" +
                                svgDataUri(oldTop) + "\" alt=\"Before: 3D model, top view\">"));
    CHECK(test::holds(page,
                      "<figure id=\"770-744.model-top.after\"><div class=\"box\"><img "
                      "src=\"wago-winsta-midi/770-744.model-top.svg\" alt=\"After: 3D model, top view\">"));
    CHECK(test::holds(page, "<p>Unchanged: Schematic symbol, Panel cutout drawing.</p>"));
    // Before and after share a row drawn at one scale.
    CHECK(test::holds(page,
                      "<div class=\"pictures compare\">\n<div class=\"z2\">\n<figure id=\"770-744.model-top.before\""));
    CHECK_FALSE(test::holds(page, "symbol.before"));
}

TEST_CASE("added and removed products show the side they have, and an unknown before is said", "[review]") {
    ProductChange added{ProductChange::Kind::added, "770-746", {}, "series", "parts/wago-winsta-midi.xml:170", 17};
    ProductChange removed{ProductChange::Kind::removed, "770-745", {}, "part", "parts/wago-winsta-midi.xml:90", 17};
    std::map<std::string, FileFate> files{
        {folder + "770-746.symbol.svg", {FileFate::Kind::created, std::nullopt}},
        {folder + "770-745.symbol.svg", {FileFate::Kind::removed, std::string("<svg/>")}},
        {folder + "770-745.footprint.svg", {FileFate::Kind::removed, std::nullopt}},
    };
    const std::string page = pageOf(reportOf({added, removed}), files);
    CHECK(test::holds(page, "<td>added</td><td>series rule, wago-winsta-midi.xml:170; 17 files created</td>"));
    CHECK(test::holds(page, "<tr><td>770-745</td><td>removed</td><td>part, wago-winsta-midi.xml:90; 17 files removed"));
    CHECK(test::holds(page, "id=\"770-746.symbol.new\""));
    CHECK(test::holds(page, "id=\"770-745.symbol.before\""));
    CHECK_FALSE(test::holds(page, "770-745.symbol.after"));
    CHECK(test::holds(page, "Changed, its picture before not known: Footprint"));
}

TEST_CASE("after a killed run the page says so and shows no picture before", "[review]") {
    std::map<std::string, FileFate> files{{folder + "770-744.model-top.svg", {FileFate::Kind::changed, std::nullopt}}};
    const std::string page = pageOf(reportOf({depthChange("770-744")}), files, true);
    CHECK(test::holds(page, "killed part-way"));
    CHECK_FALSE(test::holds(page, "base64"));
    CHECK(test::holds(page, "id=\"770-744.model-top.after\""));
    CHECK(test::holds(page, "Changed, its picture before not known: 3D model, top view."));
}

TEST_CASE("the page says when there was nothing to compare with or nothing changed", "[review]") {
    ChangeReport first;
    CHECK(test::holds(pageOf(first, {}), "the folder had no value record (a first run)"));
    ChangeReport older;
    older.previous = ChangeReport::Previous::fromOlderPartgen;
    CHECK(test::holds(pageOf(older, {}), "an older partgen wrote the folder"));
    ChangeReport unreadable;
    unreadable.previous = ChangeReport::Previous::unreadable;
    unreadable.note = "out/.partgen-values:3: a line without its cells";
    CHECK(test::holds(pageOf(unreadable, {}), "out/.partgen-values:3: a line without its cells"));
    ChangeReport nothing;
    nothing.previous = ChangeReport::Previous::compared;
    CHECK(test::holds(pageOf(nothing, {}), "The run changed nothing."));
}

TEST_CASE("a change to many products pictures the first ones and says how many are listed", "[review]") {
    std::vector<ProductChange> products;
    for (int i = 0; i < 60; ++i) products.push_back(depthChange("770-" + std::to_string(1000 + i)));
    const ChangeReport report = reportOf(products);
    CHECK(changesPageFiles(report).size() == picturedProducts * 7);
    const std::string page = pageOf(report, {});
    CHECK(test::holds(page, "Pictures of the first 50 of the 60 products listed"));
    CHECK(test::holds(page, "<a href=\"wago-winsta-midi/770-1059.html\">770-1059</a>"));  // every one in the table
    CHECK(test::holds(page, "<h3 id=\"770-1049\">"));
    CHECK_FALSE(test::holds(page, "<h3 id=\"770-1050\">"));
}
