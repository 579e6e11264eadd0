#include "eplan/format.h"

#include "support/catch.h"
#include "support/formats.h"
#include "support/golden.h"
#include "support/occurrences.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }

}  // namespace

TEST_CASE("the EPLAN parts file of 770-744 matches its golden file", "[eplan][golden]") {
    const Document doc = test::familyDocument(eplanFormat(), family(), {variant("770-744")});
    CHECK(doc.path == "eplan/wago-winsta-midi.xml");
    CHECK(test::goldenDifference("eplan/golden/770-744.xml", doc.bytes) == "");
}

TEST_CASE("the family's EPLAN file holds every variant, each pattern once", "[eplan]") {
    const std::string xml = test::familyDocument(eplanFormat(), family(), test::repositoryVariants()).bytes;
    CHECK(test::occurrences(xml, "<part ") == 6);
    CHECK(test::occurrences(xml, "<construction ") == 5);
    CHECK(test::occurrences(xml, "<constructionPosition ") == 5);
    CHECK(test::occurrences(xml, "<terminal ") == 6);
    CHECK(test::occurrences(xml, "<address ") == 1);
    CHECK(xml.find("<partsmanagement count=\"6\"") != std::string::npos);
    CHECK(test::occurrences(xml, "<accessorylist ") == test::occurrences(xml, "parttype=\"13\""));
    CHECK(test::occurrences(xml, "P_ARTICLE_PICTUREFILE=") == 6);
    CHECK(test::occurrences(xml, "P_ARTICLE_DOES_NOT_NEED_DRILL=\"1\"") == 1);
    CHECK(xml.find("functiondef") == std::string::npos);
}

TEST_CASE("the EPLAN format draws a picture of every variant", "[eplan]") {
    const Variant& v = variant("770-745");
    const auto documents = eplanFormat().perVariant(v, family(), test::repositoryContext({}));
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].path == "eplan/pictures/wago-winsta-midi/770-745.png");
}
