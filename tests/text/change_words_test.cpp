// The change report's words shared by the printed report and the review's changes page.

#include "text/change_words.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("file counts are worded per format, leaving out what is zero", "[text]") {
    CHECK(formatCountsText({{"dxf", {0, 1, 0}}, {"resolved", {1, 0, 1}}}) ==
          "dxf 1 changed; resolved 1 created, 1 removed");
    CHECK(fileCountText(1, "changed") == "1 file changed");
    CHECK(fileCountText(17, "created") == "17 files created");
    CHECK(fileCountText(0, "removed") == "0 files removed");
}

TEST_CASE("a series rule is named as such, a part and a variant by their word", "[text]") {
    CHECK(originWords("series") == "series rule");
    CHECK(originWords("part") == "part");
    CHECK(originWords("variant") == "variant");
}
