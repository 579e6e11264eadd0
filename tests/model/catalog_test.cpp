#include "model/catalog.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a catalog sorts its entries by number and finds them", "[model][catalog]") {
    const Catalog catalog({Family{"g", {}, {}, {}}, Family{"f", {}, {}, {}}},
                          {{"770-745", "f", 0}, {"770-742", "g", 1}, {"770-744", "f", 2}});
    REQUIRE(catalog.size() == 3);
    CHECK(catalog.number(0) == "770-742");
    CHECK(catalog.familyId(0) == "g");
    CHECK(catalog.entry(2).source == 0);
    CHECK(catalog.find("770-744") == 1);
    CHECK(catalog.find("770-743") == catalog.size());
    CHECK(catalog.families.front().id == "f");
    CHECK(catalog.family("g"));
    CHECK_FALSE(catalog.family("h"));
}
