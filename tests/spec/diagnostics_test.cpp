#include "spec/diagnostics.h"

#include "support/catch.h"

using namespace partgen;

TEST_CASE("errors and warnings are counted as they come, a repeat at the same place once", "[spec][diagnostics]") {
    Diagnostics d;
    CHECK_FALSE(d.hasErrors());
    d.error({"a.xml", 3}, "bad");
    d.error({"a.xml", 3}, "bad");  // the same mistake, inherited by a second product
    d.error({"a.xml", 4}, "bad");
    d.warning({"a.xml", 1}, "odd");
    CHECK(d.hasErrors());
    CHECK(d.errorCount() == 2);
    CHECK(d.warningCount() == 1);
    REQUIRE(d.sorted().size() == 3);
    CHECK(formatDiagnostic(d.sorted().front()) == "a.xml:1: warning: odd");
}

TEST_CASE("a message at a few places is listed at each", "[spec][diagnostics]") {
    Diagnostics d;
    for (int line = 1; line <= 3; ++line) d.error({"a.xml", line}, "bad");
    CHECK(formatDiagnostics(d) ==
          std::vector<std::string>{"a.xml:1: error: bad", "a.xml:2: error: bad", "a.xml:3: error: bad"});
}

TEST_CASE("a message at many places is listed once, with how many more", "[spec][diagnostics]") {
    Diagnostics d;
    for (int line = 10'560; line >= 1; --line) d.error({"a.xml", line}, "bad");
    d.error({"a.xml", 5}, "other");
    CHECK(formatDiagnostics(d) ==
          std::vector<std::string>{"a.xml:1: error: bad", "... and 10,559 more like this", "a.xml:5: error: other"});
}

TEST_CASE("the same message in several files is listed for each file", "[spec][diagnostics]") {
    Diagnostics d;
    for (const char* file : {"a.xml", "b.xml", "c.xml", "d.xml", "e.xml"}) d.error({file, 0}, "cannot be read");
    CHECK(formatDiagnostics(d).size() == 5);
}
