#include "pipeline/spool.h"

#include <string>

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a spool gives back its bytes whole, by place and line by line", "[model][spool]") {
    Spool spool;
    spool.add("first line\n");
    spool.add("second\nthird without end");
    CHECK(spool.size() == 35);
    CHECK(spool.read(6, 4) == "line");
    CHECK(spool.read(17, 5) == "\nthir");

    std::string whole;
    spool.copyTo([&](std::string_view piece) { whole += piece; });
    CHECK(whole == "first line\nsecond\nthird without end");

    Spool::Lines lines(spool);
    std::string line;
    std::vector<std::string> all;
    while (lines.next(line)) all.push_back(line);
    CHECK(all == std::vector<std::string>{"first line", "second", "third without end"});
}

TEST_CASE("a spool larger than one piece is copied in order", "[model][spool]") {
    Spool spool;
    std::string expected;
    for (int i = 0; i < 20000; ++i) {
        const std::string line = "line " + std::to_string(i) + "\n";
        spool.add(line);
        expected += line;
    }
    std::string whole;
    int pieces = 0;
    spool.copyTo([&](std::string_view piece) {
        whole += piece;
        ++pieces;
    });
    CHECK(whole == expected);
    CHECK(pieces > 1);
}
