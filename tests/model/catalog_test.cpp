#include "model/catalog.h"

#include <atomic>

#include "support/catch.h"

using namespace partgen;

namespace {

Variant variantNumbered(const std::string& number, const std::string& family) {
    Variant v;
    v.number = number;
    v.familyId = family;
    return v;
}

// Counts how often a variant is made, to show the catalog makes them on demand.
class CountingMaker : public VariantMaker {
public:
    explicit CountingMaker(std::atomic<int>& made) : made_(made) {}
    Variant make(std::size_t source) const override {
        ++made_;
        return variantNumbered("N" + std::to_string(9 - source), "f");
    }

private:
    std::atomic<int>& made_;
};

}  // namespace

TEST_CASE("a catalog sorts its entries by number and finds them", "[model][catalog]") {
    const Catalog catalog({Family{"g", {}, {}, {}}, Family{"f", {}, {}, {}}},
                          {variantNumbered("770-745", "f"), variantNumbered("770-742", "g"), variantNumbered("770-744", "f")});
    REQUIRE(catalog.size() == 3);
    CHECK(catalog.number(0) == "770-742");
    CHECK(catalog.familyId(0) == "g");
    CHECK(catalog.variant(2).number == "770-745");
    CHECK(catalog.find("770-744") == 1);
    CHECK(catalog.find("770-743") == catalog.size());
    CHECK(catalog.families.front().id == "f");
    CHECK(catalog.family("g"));
    CHECK_FALSE(catalog.family("h"));
}

TEST_CASE("a catalog makes a variant only when asked, each time", "[model][catalog]") {
    std::atomic<int> made{0};
    const Catalog catalog({}, {{"N9", "f", 0}, {"N8", "f", 1}}, std::make_shared<CountingMaker>(made));
    CHECK(made == 0);
    CHECK(catalog.variant(0).number == "N8");
    CHECK(catalog.variant(0).number == "N8");
    CHECK(made == 2);
    const VariantSelection second(catalog, {1});
    std::vector<std::string> seen;
    second.forEach([&](const Variant& v) { seen.push_back(v.number); });
    CHECK(seen == std::vector<std::string>{"N9"});
    CHECK(made == 3);
}
