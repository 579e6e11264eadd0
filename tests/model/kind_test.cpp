#include "model/kind.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("kind names read back to the same kind", "[model][kind]") {
    for (const Kind k : {Kind::snapInSocket, Kind::snapInPlug, Kind::socket, Kind::plug})
        CHECK(kindFromName(kindName(k)) == k);
    CHECK_FALSE(kindFromName("flying-socket").has_value());
}

TEST_CASE("snap-in kinds mount in a panel, flying-lead kinds do not", "[model][kind]") {
    CHECK(isPanelMount(Kind::snapInSocket));
    CHECK(isPanelMount(Kind::snapInPlug));
    CHECK_FALSE(isPanelMount(Kind::socket));
    CHECK_FALSE(isPanelMount(Kind::plug));
    CHECK(isFemale(Kind::socket));
    CHECK_FALSE(isFemale(Kind::plug));
}
