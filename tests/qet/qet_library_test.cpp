#include "qet/qet_library.h"

#include "support/catch.h"
#include "support/golden.h"
#include "support/scratch.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const LoadedSpec& spec() { return test::repositorySpec(); }
const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }
const Family& family() { return spec().catalog.families.front(); }

}  // namespace

TEST_CASE("the QElectroTech element of 770-744/064-000 matches its golden file", "[qet][golden]") {
    const Document doc = elementDocument(variant("770-744/064-000"), family(), spec().rules.get<WordingRules>());
    CHECK(doc.path == "qet/770-744_064-000.elmt");
    CHECK(test::goldenDifference("qet/golden/770-744_064-000.elmt", doc.bytes) == "");
}

TEST_CASE("an element's file is named after the variant's file stem", "[qet]") {
    const Variant& v = variant("770-1242/076-000");
    const Document doc = elementDocument(v, family(), spec().rules.get<WordingRules>());
    CHECK(doc.path == "qet/" + v.fileStem + ".elmt");
    CHECK(doc.bytes.starts_with("<?xml"));
}
