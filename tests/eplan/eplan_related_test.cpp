// The accessories and mating parts of a part, as EPLAN accessory positions and lists.

#include "eplan/eplan_related.h"

#include "support/catch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }
const EplanRules& rules() { return spec().rules.get<EplanRules>(); }
const WordingRules& words() { return spec().rules.get<WordingRules>(); }

}  // namespace

TEST_CASE("the accessories of 770-744 are exactly the spec's, then its counterpart list", "[eplan]") {
    const auto accessories = accessoriesOf(variant("770-744"), family(), rules(), "WAGO.770-744");
    std::vector<std::string> numbers;
    for (const auto& a : accessories)
        if (!a.isList) numbers.push_back(a.partNumber);
    CHECK(numbers ==
          std::vector<std::string>{"WAGO.770-201", "WAGO.770-221", "WAGO.770-644", "WAGO.770-694", "WAGO.210-719"});
    REQUIRE(accessories.size() == 6);
    CHECK(accessories.back().isList);
    CHECK(accessories.back().partNumber == "WAGO.770-744.counterparts");
}

TEST_CASE("the counterparts of 770-744 are one accessory list of the spec's mating parts", "[eplan]") {
    const auto list = counterpartListOf(variant("770-744"), family(), rules(), "WAGO.770-744", words());
    REQUIRE(list);
    CHECK(list->name == "WAGO.770-744.counterparts");
    CHECK(list->partNumbers ==
          std::vector<std::string>{"WAGO.771-9994/205-103", "WAGO.771-9994/005-103", "WAGO.770-254"});
    CHECK(list->description.german == "Gegenstücke");
}

TEST_CASE("a variant keeps its own counterparts", "[eplan]") {
    const auto list = counterpartListOf(variant("770-744/064-000"), family(), rules(), "WAGO.770-744/064-000", words());
    REQUIRE(list);
    CHECK(list->partNumbers == std::vector<std::string>{"WAGO.770-254/064-000"});
}

TEST_CASE("a part without counterparts has no list and no position for one", "[eplan]") {
    Variant v = variant("770-744");
    v.counterparts.value.reset();
    CHECK_FALSE(counterpartListOf(v, family(), rules(), "P", words()));
    for (const auto& a : accessoriesOf(v, family(), rules(), "P")) CHECK_FALSE(a.isList);
}

TEST_CASE("only values that are not estimates have an EPLAN property of their own", "[eplan]") {
    Variant v = variant("770-744");
    CHECK(hasOwnEplanProperty(v, "rated-current"));
    CHECK(hasOwnEplanProperty(v, "packaging-unit"));
    CHECK_FALSE(hasOwnEplanProperty(v, "gtin"));
    v.ratedCurrent.source = Provenance::estimated;
    CHECK_FALSE(hasOwnEplanProperty(v, "rated-current"));
    CHECK(ratingsOf(v).current.empty());
}
