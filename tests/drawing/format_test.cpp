// The dxf format: a cutout drawing per panel-mount variant, as DXF in the chosen version
// and an SVG preview; nothing for a part without a cutout.

#include "drawing/format.h"

#include "drawing/dxf.h"
#include "support/catch.h"
#include "support/formats.h"
#include "support/spec.h"

using namespace partgen;

namespace {

const Variant& variant(const std::string& number) { return test::repositoryVariant(number); }

}  // namespace

TEST_CASE("a part without a cutout gets no drawing", "[drawing][dxf]") {
    CHECK(test::variantDocuments(dxfFormat(), variant("770-1242/076-000")).empty());
}

TEST_CASE("a cutout drawing is a DXF and an SVG named by the variant's file stem", "[drawing][dxf]") {
    const Variant& v = variant("770-744/064-000");
    const auto docs = test::variantDocuments(dxfFormat(), v);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].path == "drawings/" + v.fileStem + "_cutout.dxf");
    CHECK(docs[1].path == "drawings/" + v.fileStem + "_cutout.svg");
    CHECK(docs[1].bytes.find("<svg") != std::string::npos);
}

TEST_CASE("the dxf-version option chooses the DXF version, R12 by default", "[drawing][dxf]") {
    REQUIRE(dxfVersionOption().choices.front() == "12");
    const auto byDefault = test::variantDocuments(dxfFormat(), variant("770-744"))[0].bytes;
    const auto r12 = test::variantDocuments(dxfFormat(), variant("770-744"), {{"dxf-version", "12"}})[0].bytes;
    const auto r2000 = test::variantDocuments(dxfFormat(), variant("770-744"), {{"dxf-version", "2000"}})[0].bytes;
    CHECK(byDefault == r12);
    CHECK(r12.find("\nAC1009\n") != std::string::npos);    // the R12 version string
    CHECK(r2000.find("\nAC1015\n") != std::string::npos);  // the R2000 version string
}

TEST_CASE("every dxf-version choice names a DXF version", "[drawing][dxf]") {
    for (const auto& choice : dxfVersionOption().choices) CHECK(dxfVersionFromName(choice));
}
