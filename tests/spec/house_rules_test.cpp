#include "spec/house_rules.h"

#include <stdexcept>

#include "support/catch.h"

using namespace partgen;

namespace {

struct SomeRules {
    int value = 0;
};
struct OtherRules {};

}  // namespace

TEST_CASE("house rules are kept by their type", "[spec][templates]") {
    HouseRules rules;
    rules.put(SomeRules{7});
    CHECK(rules.get<SomeRules>().value == 7);
    rules.put(SomeRules{8});
    CHECK(rules.get<SomeRules>().value == 8);
    CHECK_THROWS_AS(rules.get<OtherRules>(), std::logic_error);
}
