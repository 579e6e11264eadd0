// Provenance: names, ordering by trust, and the file names values keep once.

#include "model/provenance.h"

#include <sstream>

#include "support/catch.h"

using namespace partgen;

TEST_CASE("a computed value is as weak as its weakest input", "[model][provenance]") {
    CHECK(weakest(Provenance::datasheet, Provenance::derived) == Provenance::derived);
    CHECK(weakest(Provenance::estimated, Provenance::derived) == Provenance::estimated);
    CHECK(weakest(Provenance::datasheet, Provenance::drawing) == Provenance::drawing);
    CHECK(provenanceFromName("estimated") == Provenance::estimated);
    CHECK_FALSE(provenanceFromName("guessed").has_value());
}

TEST_CASE("provenance names read back to the same provenance", "[model][provenance]") {
    for (const Provenance p : {Provenance::datasheet, Provenance::drawing, Provenance::derived, Provenance::estimated})
        CHECK(provenanceFromName(provenanceName(p)) == p);
}

TEST_CASE("provenance names are listed from most to least trustworthy", "[model][provenance]") {
    CHECK(provenanceNames() == "datasheet, drawing, inherited, derived, estimated");
}

TEST_CASE("equal file names are one object, different ones differ", "[model][provenance]") {
    const FileName a("parts/a.xml"), b(std::string("parts/a.xml")), c("parts/b.xml");
    CHECK(a == b);
    CHECK(&a.str() == &b.str());
    CHECK_FALSE(a == c);
    CHECK(a < c);
    CHECK_FALSE(c < a);
}

TEST_CASE("a default file name is empty", "[model][provenance]") {
    CHECK(FileName().str().empty());
    CHECK(FileName() == FileName(""));
    CHECK(SourceLocation{}.line == 0);
}

TEST_CASE("a file name prints as its text", "[model][provenance]") {
    std::ostringstream out;
    out << FileName("parts/x.xml");
    CHECK(out.str() == "parts/x.xml");
    const std::string& text = FileName("parts/x.xml");
    CHECK(text == "parts/x.xml");
}
