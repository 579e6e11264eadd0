#include "text/placeholders.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("placeholders expand in one pass, leaving names without a value", "[text][placeholders]") {
    const PlaceholderValues values{{placeholder::manufacturer, "WAGO"}, {placeholder::number, "770-744/064-000"}};
    CHECK(expandPlaceholders("{manufacturer}.{number}", values) == "WAGO.770-744/064-000");
    CHECK(expandPlaceholders("{number}{number}", values) == "770-744/064-000770-744/064-000");
    CHECK(expandPlaceholders("{poles}-pole {number}", values) == "{poles}-pole 770-744/064-000");
    CHECK(expandPlaceholders("no placeholder", values) == "no placeholder");
    CHECK(expandPlaceholders("", values).empty());
}

TEST_CASE("text a placeholder brings in is not expanded again", "[text][placeholders]") {
    const PlaceholderValues values{{placeholder::series, "{number}"}, {placeholder::number, "1"}};
    CHECK(expandPlaceholders("{series}/{number}", values) == "{number}/1");
}

TEST_CASE("only braces around a name are placeholders", "[text][placeholders]") {
    const PlaceholderValues values{{placeholder::poles, "4"}};
    CHECK(expandPlaceholders("{{poles}}", values) == "{4}");
    CHECK(expandPlaceholders("{ poles } {} {poles", values) == "{ poles } {} {poles");
    CHECK(expandPlaceholders("{pole{poles}", values) == "{pole4");
    CHECK(unknownPlaceholders("{ poles } {} {poles", {}).empty());
}

TEST_CASE("a pattern's unknown placeholders are listed once, in order", "[text][placeholders]") {
    const auto& known = kicadPartNamePlaceholders();
    CHECK(unknownPlaceholders("{manufacturer}_{file-number}_P{pitch}mm_{mount}", known).empty());
    CHECK(unknownPlaceholders("{manufacturer}_{pich}_{Number}_{pich}", known) ==
          std::vector<std::string>{"pich", "Number"});
    CHECK(unknownPlaceholders("Connector_{manufacturer}_{number}", kicadLibraryNamePlaceholders()) ==
          std::vector<std::string>{"number"});
}

TEST_CASE("each EPLAN phrase declares the values its writer gives", "[text][placeholders]") {
    REQUIRE(eplanPhrasePlaceholders("cutout"));
    CHECK(placeholderList(*eplanPhrasePlaceholders("cutout")) == "{width}, {height}, {radius}, {tolerance}, {plate}");
    REQUIRE(eplanPhrasePlaceholders("estimated"));
    CHECK(placeholderList(*eplanPhrasePlaceholders("estimated")) == "none");
    CHECK_FALSE(eplanPhrasePlaceholders("codeing"));
}

TEST_CASE("series values know the pole count, part values only the number", "[text][placeholders]") {
    CHECK(unknownPlaceholders("770-74{poles}", seriesNumberPlaceholders()).empty());
    CHECK(unknownPlaceholders("770-74{number}", seriesNumberPlaceholders()) == std::vector<std::string>{"number"});
    CHECK(unknownPlaceholders("{poles}-pole, {number}", seriesValuePlaceholders()).empty());
    CHECK(unknownPlaceholders("{poles}-pole, {number}", partValuePlaceholders()) == std::vector<std::string>{"poles"});
}

TEST_CASE("the file-safe number has its own name where names are files", "[text][placeholders]") {
    CHECK(unknownPlaceholders("{number} {file-number}", kicadPartNamePlaceholders()).empty());
    CHECK(unknownPlaceholders("{manufacturer}.{number}", eplanPartNumberPlaceholders()).empty());
    CHECK(unknownPlaceholders("{manufacturer}.{file-number}", eplanPartNumberPlaceholders()) ==
          std::vector<std::string>{"file-number"});
}
